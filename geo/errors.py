"""Every error this project raises on purpose, in one place (geopy's ``exc.py`` is the model).

Each subclass also inherits the builtin a caller would naturally catch, so
``except ValueError`` still works for code that does not know our names.
"""

from __future__ import annotations


class WuhanMapError(Exception):
    """Root of every error raised on purpose by ``geo`` and ``layers``."""


class ArticleError(WuhanMapError, ValueError):
    """The article cannot be read as text: missing, empty, binary, not UTF-8 or too large."""


class GazetteerError(WuhanMapError, ValueError):
    """A row of a curated data file is malformed; the message names the file, row and field."""


class UnknownGeocoderError(WuhanMapError, LookupError):
    """``get_geocoder`` was asked for a provider name that is not registered."""


class GeocoderServiceError(WuhanMapError, OSError):
    """An online geocoder failed (network, quota, bad answer); raised instead of a silent None."""


class ExportError(WuhanMapError, OSError):
    """A layer could not be written: unknown format or layer, or an unwritable folder."""
