"""Wuhan Innovation Map: the Streamlit page (thin: widgets in, calls into geo/ and layers/)."""
