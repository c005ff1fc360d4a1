"""Amap (高德) web-service geocoding, as a geopy geocoder bounded to Wuhan.

Request and answer as documented in "地理/逆地理编码", https://lbs.amap.com/api/webservice/guide/api/georegeo
(match levels: https://lbs.amap.com/news/geocoder_api)::

    GET https://restapi.amap.com/v3/geocode/geo?address=光谷实验室&city=武汉&key=KEY
    {"status": "1", "info": "OK", "infocode": "10000", "count": "1",
     "geocodes": [{"formatted_address": "...", "location": "114.41,30.50", "level": "兴趣点", ...}]}

``status`` "0" is a failure whose ``info`` says why (INVALID_USER_KEY ...); an empty
``geocodes`` list is "not found". ``location`` is "lng,lat" in GCJ-02, converted to
WGS-84 here. The key comes from ``api_key`` or the ``AMAP_KEY`` environment
variable. Amap's terms require its attribution ("© 高德地图 AutoNavi") wherever
its results are shown.
"""

from __future__ import annotations

from geopy.location import Location

from geo.errors import GeocoderServiceError, MalformedAnswerError, RejectedAnswerError
from geo.geocoders.keyed import KeyedGeocoder


class Amap(KeyedGeocoder):
    """Amap's geocoder, asked with ``city=武汉`` and checked against Wuhan's boundary."""

    name = "amap"
    key_env = "AMAP_KEY"
    default_domain = "restapi.amap.com"
    datum = "GCJ-02"
    attribution = "© 高德地图 AutoNavi"
    city = "武汉"

    def geocode(self, query: str, exactly_one: bool = True, **_) -> Location | list | None:
        """The first answer inside Wuhan, in WGS-84; None when Amap knows nothing.

        Raises ``GeocoderServiceError`` (timeout, HTTP or Amap status error, malformed
        answer) and ``RejectedAnswerError`` (every answer outside Wuhan or city-level).
        """
        page = self._get_json("/v3/geocode/geo",
                              {"address": query, "city": self.city, "key": self.api_key})  # fmt: skip
        if not isinstance(page, dict):
            raise MalformedAnswerError(f"{self.name}: malformed answer (not a JSON object)")
        if "status" not in page:
            raise MalformedAnswerError(f"{self.name}: malformed answer (no status)")
        if page.get("status") != "1":
            raise GeocoderServiceError(
                f"{self.name}: status {page.get('status')}, infocode {page.get('infocode')}: "
                f"{page.get('info')}"
            )
        geocodes = page.get("geocodes")
        if not isinstance(geocodes, list):
            raise MalformedAnswerError(f"{self.name}: malformed answer (no geocodes list)")
        locations, rejected = [], []
        for geocode in geocodes:
            try:
                locations.append(self._answer(geocode, query))
            except RejectedAnswerError as err:
                rejected.append(err)
        if not locations:
            if rejected:
                raise rejected[0]
            return None
        return locations[0] if exactly_one else locations

    def _answer(self, geocode: object, query: str) -> Location:
        if not isinstance(geocode, dict):
            raise MalformedAnswerError(f"{self.name}: malformed answer (geocode is not an object)")
        location = geocode.get("location")
        if not isinstance(location, str) or location.count(",") != 1:
            raise MalformedAnswerError(f"{self.name}: malformed answer (location {location!r})")
        lon, lat = location.split(",")
        level = geocode.get("level")
        address = geocode.get("formatted_address")
        return self._located(lon, lat, level if isinstance(level, str) else "",
                             address if isinstance(address, str) and address else query)  # fmt: skip
