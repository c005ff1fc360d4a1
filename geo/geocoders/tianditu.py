"""Tianditu (天地图) geocoding, as a geopy geocoder bounded to Wuhan.

Request and answer as documented in "地理编码", http://lbs.tianditu.gov.cn/server/geocodinginterface.html
(the stored copy checked was https://blog.csdn.net/mcband/article/details/134915002, which
reproduces that page; the service's conventions match http://lbs.tianditu.gov.cn/server/geocoding.html)::

    GET https://api.tianditu.gov.cn/geocoder?ds={"keyWord":"武汉市光谷实验室"}&tk=KEY
    {"location": {"lon": "114.41", "lat": "30.50", "level": "地名地址", "keyWord": "..."},
     "status": "0", "msg": "ok", "searchVersion": "4.8.0"}

``status`` "0" is an answer, "101" is "no result", "404" an error. Coordinates are
CGCS2000, which equals WGS-84 to within a metre, so they pass unchanged. The
geocoder takes no city parameter: the name is asked as 武汉市<name>. The key comes
from ``api_key`` or the ``TIANDITU_KEY`` environment variable. Tianditu's terms ask
for its attribution ("© 天地图 Tianditu") wherever its results are shown.
"""

from __future__ import annotations

import json

from geopy.location import Location

from geo.errors import GeocoderServiceError, MalformedAnswerError
from geo.geocoders.keyed import KeyedGeocoder

_EMPTY = "101"


class Tianditu(KeyedGeocoder):
    """Tianditu's geocoder, asked for 武汉市<name> and checked against Wuhan's boundary."""

    name = "tianditu"
    key_env = "TIANDITU_KEY"
    default_domain = "api.tianditu.gov.cn"
    datum = "WGS-84"
    attribution = "© 天地图 Tianditu"
    city = "武汉市"

    def geocode(self, query: str, exactly_one: bool = True, **_) -> Location | list | None:
        """Tianditu's answer inside Wuhan; None when it has none.

        Raises ``GeocoderServiceError`` (timeout, HTTP or status error, malformed answer)
        and ``RejectedAnswerError`` (the answer is outside Wuhan).
        """
        keyword = query if query.startswith("武汉") else self.city + query
        page = self._get_json("/geocoder", {
            "ds": json.dumps({"keyWord": keyword}, ensure_ascii=False), "tk": self.api_key,
        })  # fmt: skip
        if not isinstance(page, dict):
            raise MalformedAnswerError(f"{self.name}: malformed answer (not a JSON object)")
        status = str(page.get("status"))
        if status == _EMPTY:
            return None
        if status != "0":
            raise GeocoderServiceError(f"{self.name}: status {status}: {page.get('msg')}")
        location = page.get("location")
        if not isinstance(location, dict):
            raise MalformedAnswerError(f"{self.name}: malformed answer (no location)")
        level = location.get("level")
        answer = self._located(location.get("lon"), location.get("lat"),
                               level if isinstance(level, str) else "", keyword)  # fmt: skip
        return answer if exactly_one else [answer]
