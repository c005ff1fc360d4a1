"""A chain of geocoders tried in order, with a SQLite disk cache and one rate limiter.

The gazetteer comes first and answers offline; an online provider, if any, is
asked only for names the gazetteer does not know, at most once per
``min_delay_seconds`` for the whole chain (failures included), and each answer (or
"not found") is cached on disk so the same name is not sent again: answers for
``ANSWER_TTL`` seconds, misses for ``MISS_TTL``, because a place the service did not
know last week may be on its map now.

The chain fails soft: a timeout, an error status or a malformed answer leaves that
one name unresolved, with the reason in ``chain.failures[name]``; a cache that
cannot be opened, read or written is replaced by memory, with the reason in
``cache.problem`` and a ``RuntimeWarning``.
"""

from __future__ import annotations

import json
import sqlite3
import time
import warnings
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location

from geo.errors import GeocoderServiceError, RejectedAnswerError
from geo.geocoders.base import Placement, placement_of

DAY = 86_400.0
MISS_TTL = 7 * DAY
ANSWER_TTL = 180 * DAY


@dataclass(frozen=True)
class CachedAnswer:
    """What a provider said about a name: a placement, or None with the reason, if any."""

    placement: Placement | None
    reason: str = ""


class DiskCache:
    """Answers keyed by (provider, query) in one SQLite file, each with an expiry time.

    Parameters
    ----------
    path : the SQLite file; its folder is created.
    miss_ttl, answer_ttl : seconds a "not found" and a placement stay valid.
    clock : seconds since the epoch (``time.time``; a fake one in tests).
    """

    def __init__(self, path: str | Path, miss_ttl: float = MISS_TTL,
                 answer_ttl: float = ANSWER_TTL, clock: Callable[[], float] = time.time) -> None:  # fmt: skip
        self.path = Path(path)
        self.miss_ttl, self.answer_ttl, self.clock = miss_ttl, answer_ttl, clock
        self.problem = ""
        self._memory: dict[tuple[str, str], CachedAnswer] = {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._execute(
                "create table if not exists lookups (provider text, query text, placement text,"
                " reason text, expires real, primary key (provider, query))"
            )
        except (sqlite3.Error, OSError) as err:
            self._degrade(err)

    def get(self, provider: str, query: str) -> CachedAnswer | None:
        """The cached answer, or None when never asked, expired or unreadable."""
        if self.problem:
            return self._memory.get((provider, query))
        try:
            rows = self._execute(
                "select placement, reason, expires from lookups where provider = ? and query = ?",
                (provider, query),
            )
        except sqlite3.Error as err:
            self._degrade(err)
            return None
        if not rows or rows[0][2] is None or rows[0][2] <= self.clock():
            return None
        return _decoded(*rows[0][:2])

    def put(self, provider: str, query: str, placement: Placement | None, reason: str = "") -> None:
        """Keep an answer (or a miss and its reason) until its time to live runs out."""
        answer = CachedAnswer(placement, reason)
        if self.problem:
            self._memory[(provider, query)] = answer
            return
        value = None if placement is None else json.dumps(asdict(placement), ensure_ascii=False)
        expires = self.clock() + (self.miss_ttl if placement is None else self.answer_ttl)
        try:
            self._execute("insert or replace into lookups values (?, ?, ?, ?, ?)",
                          (provider, query, value, reason, expires))  # fmt: skip
        except sqlite3.Error as err:
            self._degrade(err)
            self._memory[(provider, query)] = answer

    def _execute(self, sql: str, params: tuple = ()) -> list[tuple]:
        with closing(sqlite3.connect(self.path)) as db, db:
            return db.execute(sql, params).fetchall()

    def _degrade(self, err: Exception) -> None:
        self.problem = f"geocode cache {self.path} unusable ({err}); answers kept in memory only"
        warnings.warn(self.problem, RuntimeWarning, stacklevel=3)


def _decoded(placement: str | None, reason: str | None) -> CachedAnswer | None:
    """A row as an answer; a row that does not decode counts as never asked (and is overwritten)."""
    if placement is None:
        return CachedAnswer(None, reason or "")
    try:
        return CachedAnswer(Placement(**json.loads(placement)), reason or "")
    except (ValueError, TypeError):
        return None


class GeocoderChain:
    """Asks each geocoder in turn; the first answer wins. Offline geocoders skip cache and limit.

    Parameters
    ----------
    geocoders : the providers, in order; each has a ``name``.
    cache : where online answers are kept; required when any provider is online.
    min_delay_seconds : at most one online request per this many seconds, for the whole
        chain, whatever the previous request's outcome.
    """

    def __init__(self, geocoders: Sequence, cache: DiskCache | None = None,
                 min_delay_seconds: float = 1.0) -> None:  # fmt: skip
        self.geocoders = list(geocoders)
        self.cache = cache
        self.failures: dict[str, str] = {}
        self._request = RateLimiter(_request, min_delay_seconds=min_delay_seconds,
                                    max_retries=0, swallow_exceptions=False)  # fmt: skip
        if any(_is_online(g) for g in self.geocoders) and cache is None:
            raise ValueError("an online geocoder needs a DiskCache: the service must not be asked twice")

    def locate(self, query: str) -> Placement | None:
        """The first provider's placement of ``query``, or None when nobody knows it.

        When an online provider failed or rejected its answer, ``failures[query]`` says why.
        """
        self.failures.pop(query, None)
        reasons = []
        for geocoder in self.geocoders:
            answer = self._ask(geocoder, query)
            if answer.placement is not None:
                return answer.placement
            if answer.reason:
                reasons.append(answer.reason)
        if reasons:
            self.failures[query] = "; ".join(reasons)
        return None

    def geocode(self, query: str, exactly_one: bool = True) -> Location | None:
        """geopy-style: a ``Location`` or None."""
        placement = self.locate(query)
        return placement.as_location(query) if placement else None

    def _ask(self, geocoder, query: str) -> CachedAnswer:
        if not _is_online(geocoder):
            return CachedAnswer(placement_of(geocoder.geocode(query)))
        cached = self.cache.get(geocoder.name, query)
        if cached is not None:
            return cached
        try:
            placement = placement_of(self._request(geocoder, query))
        except RejectedAnswerError as err:
            self.cache.put(geocoder.name, query, None, str(err))
            return CachedAnswer(None, str(err))
        except (GeocoderServiceError, GeopyError) as err:
            return CachedAnswer(None, _reason(geocoder.name, err))  # a failure is not an answer
        self.cache.put(geocoder.name, query, placement)
        return CachedAnswer(placement)


def _request(geocoder, query: str) -> Location | None:
    return geocoder.geocode(query)


def _reason(provider: str, err: Exception) -> str:
    text = str(err) or type(err).__name__
    return text if text.startswith(f"{provider}:") else f"{provider}: {text}"


def _is_online(geocoder) -> bool:
    return getattr(geocoder, "name", "") != "gazetteer"
