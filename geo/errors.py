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


class GeocoderConfigurationError(WuhanMapError, ValueError):
    """An online geocoder cannot be built: its API key is missing; the message names the variable."""


class GeocoderServiceError(WuhanMapError, OSError):
    """An online geocoder failed (timeout, error status, network); raised instead of a silent None.

    The message is the reason a chain records for the name, e.g. ``"amap: timed out"``.
    """


class MalformedAnswerError(GeocoderServiceError):
    """A service answered 200 with something unusable: not JSON, a wrong shape, a missing
    location or a coordinate out of range."""


class RejectedAnswerError(WuhanMapError, LookupError):
    """A service answered, but not with a place in Wuhan: outside its boundary, or only as
    precise as a whole city. A chain caches it as "not found" with this reason."""


class ExportError(WuhanMapError, OSError):
    """A layer could not be written: unknown format or layer, or an unwritable folder."""
