"""Input data: the seed article and the curated gazetteer, read through importlib.resources."""
