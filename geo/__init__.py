"""Text to places: finding names in Chinese text, the gazetteer, geocoders, datums and facts."""
