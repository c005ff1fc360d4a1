"""A chain of geocoders tried in order, with a SQLite disk cache and a rate limiter.

The gazetteer comes first and answers offline; an online provider, if any, is
asked only for names the gazetteer does not know, at most once per
``min_delay_seconds``, and each answer (or "not found") is cached on disk so the
same name is never sent twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location

from geo.geocoders.base import Placement, placement_of

_MISS = "null"


class DiskCache:
    """Answers keyed by (provider, query), in one SQLite file; "not found" is cached too."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute(
                "create table if not exists answers "
                "(provider text, query text, placement text, primary key (provider, query))"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path)

    def get(self, provider: str, query: str) -> tuple[bool, Placement | None]:
        """(hit, placement): hit is False when the pair was never asked."""
        with self._connect() as db:
            row = db.execute(
                "select placement from answers where provider = ? and query = ?",
                (provider, query),
            ).fetchone()
        if row is None:
            return False, None
        return True, None if row[0] == _MISS else Placement(**json.loads(row[0]))

    def put(self, provider: str, query: str, placement: Placement | None) -> None:
        value = _MISS if placement is None else json.dumps(placement.__dict__, ensure_ascii=False)
        with self._connect() as db:
            db.execute(
                "insert or replace into answers values (?, ?, ?)", (provider, query, value)
            )


class GeocoderChain:
    """Asks each geocoder in turn; the first answer wins. Offline geocoders skip cache and limit.

    Parameters
    ----------
    geocoders : the providers, in order; each has a ``name``.
    cache : where online answers are kept; required when any provider is online.
    min_delay_seconds : at most one online request per this many seconds.
    """

    def __init__(self, geocoders: Sequence, cache: DiskCache | None = None,
                 min_delay_seconds: float = 1.0) -> None:  # fmt: skip
        self.geocoders = list(geocoders)
        self.cache = cache
        self._limited = {
            g.name: RateLimiter(g.geocode, min_delay_seconds=min_delay_seconds,
                                max_retries=0, swallow_exceptions=False)
            for g in self.geocoders if _is_online(g)
        }  # fmt: skip
        if self._limited and cache is None:
            raise ValueError("an online geocoder needs a DiskCache: the service must not be asked twice")

    def locate(self, query: str) -> Placement | None:
        """The first provider's placement of ``query``, or None when nobody knows it."""
        for geocoder in self.geocoders:
            placement = self._ask(geocoder, query)
            if placement is not None:
                return placement
        return None

    def geocode(self, query: str, exactly_one: bool = True) -> Location | None:
        """geopy-style: a ``Location`` or None."""
        placement = self.locate(query)
        return placement.as_location(query) if placement else None

    def _ask(self, geocoder, query: str) -> Placement | None:
        if geocoder.name not in self._limited:
            return placement_of(geocoder.geocode(query))
        hit, placement = self.cache.get(geocoder.name, query)
        if not hit:
            placement = placement_of(self._limited[geocoder.name](query))
            self.cache.put(geocoder.name, query, placement)
        return placement


def _is_online(geocoder) -> bool:
    return getattr(geocoder, "name", "") != "gazetteer"
