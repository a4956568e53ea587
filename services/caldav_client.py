"""One connection to the mentor's calendar server, through python-caldav: the few requests the
calendar server sync makes, each counted, and every failure turned into one sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

from services import policy
from services.errors import CalendarServerError, CalendarServerOffline

# The server refuses a second event with the same UID in a calendar (RFC 4791 5.3.2.1, which
# Nextcloud, Radicale, Fastmail and iCloud enforce), so a new event is one PUT with
# If-None-Match: * instead of a search for its UID first.
FEATURES = {"save.no-uid-conflict": {"support": "full"}}
WRITING = frozenset({"PUT", "DELETE", "MKCALENDAR", "PROPPATCH", "MKCOL"})


@dataclass(frozen=True)
class ServerCalendar:
    url: str
    name: str


class Mismatch(Exception):
    """The server's copy is not the one the ETag named (412), or is gone."""


class Connection:
    """Requests to one server as one user. `requests` and `writes` count what went out."""

    def __init__(self, url: str, user: str, password: str, auth_type: str | None = None) -> None:
        import caldav

        self.url = url
        self.requests = 0
        self.writes = 0
        with self._failures():
            # Discovery (DNS, .well-known) only for a bare domain or address: a URL is taken as is.
            self._client = caldav.DAVClient(
                url=url, username=user, password=password, auth_type=auth_type,
                timeout=policy.CALDAV_TIMEOUT_SECONDS, features=FEATURES,
                enable_rfc6764="://" not in url)
        self._client.session.hooks["response"].append(self._counted)

    def _counted(self, response: Any, **_: Any) -> Any:
        self.requests += 1
        if response.request is not None and response.request.method in WRITING:
            self.writes += 1
        return response

    def close(self) -> None:
        self._client.close()

    @property
    def auth_type(self) -> str | None:
        """The scheme the server asked for, to send at once next time (no 401 round trip)."""
        name = type(self._client.auth).__name__ if self._client.auth is not None else ""
        return {"HTTPBasicAuth": "basic", "HTTPDigestAuth": "digest"}.get(name)

    # -- calendars ---------------------------------------------------------------------------

    def calendars(self) -> list[ServerCalendar]:
        with self._failures():
            found = self._client.principal().calendars()
            return sorted((ServerCalendar(str(c.url), _name_of(c)) for c in found),
                          key=lambda c: c.name.lower())

    def make_calendar(self, name: str) -> ServerCalendar:
        with self._failures():
            made = self._client.principal().make_calendar(name=name)
            return ServerCalendar(str(made.url), name)

    # -- events ------------------------------------------------------------------------------

    def href(self, calendar_url: str, uid: str) -> str:
        return calendar_url.rstrip("/") + "/" + quote(uid, safe="") + ".ics"

    def put(self, href: str, data: bytes, etag: str | None) -> str | None:
        """Create (etag None: If-None-Match: *) or replace the copy with `etag` (If-Match);
        returns the new ETag (None if the server gave none). Mismatch if refused so."""
        from caldav import Event
        from caldav.elements import dav
        from caldav.lib import error

        props = {dav.GetEtag.tag: etag} if etag else {}
        with self._failures():
            event = Event(self._client, url=href, parent=self._calendar(href), props=props)
            try:
                event.save(raw_data=data, no_overwrite=etag is None, increase_seqno=False,
                           precondition="etag")
            except (error.ETagMismatchError, error.ConsistencyError, error.NotFoundError):
                raise Mismatch(href) from None
        return event.etag

    def delete(self, href: str, etag: str | None) -> None:
        """Delete the copy with `etag` (If-Match); gone already is fine. Mismatch if changed."""
        from caldav import Event
        from caldav.lib import error

        with self._failures():
            event = Event(self._client, url=href, parent=self._calendar(href))
            try:
                event.delete(if_match=etag or False)
            except error.NotFoundError:
                return
            except error.ETagMismatchError:
                raise Mismatch(href) from None

    def get(self, href: str) -> tuple[bytes, str | None] | None:
        """The server's copy and its ETag; None if it is gone."""
        from caldav import Event
        from caldav.lib import error

        with self._failures():
            event = Event(self._client, url=href, parent=self._calendar(href))
            try:
                event.load()
            except error.NotFoundError:
                return None
        return _bytes(event.data), event.etag

    def events_between(self, calendar_url: str, start: datetime, end: datetime
                       ) -> Iterator[bytes]:
        """Each event resource with an instance in [start, end): a time-range query the server
        answers (recurring ones whole, expanded here), not filtered again by the library."""
        from caldav import Calendar

        with self._failures():
            calendar = Calendar(self._client, url=calendar_url)
            found = calendar.search(start=start, end=end, event=True, expand=False,
                                    post_filter=False)
        for item in found:
            yield _bytes(item.data)

    def _calendar(self, href: str) -> Any:
        from caldav import Calendar

        return Calendar(self._client, url=href.rsplit("/", 1)[0] + "/")

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """What went wrong, as a sentence: unreachable (offline), or what the server said."""
        import niquests
        from caldav.lib import error

        host = urlsplit(self.url).netloc or self.url
        try:
            yield
        except Mismatch:
            raise
        except error.AuthorizationError as exc:
            if exc.status == 403:
                raise CalendarServerError(f"{host} refused access (403 Forbidden)",
                                          reason="forbidden", host=host) from None
            raise CalendarServerError(f"{host} refused the user name or password "
                                      "(401 Unauthorized)", reason="bad_login", host=host) from None
        except error.RateLimitError:
            raise CalendarServerOffline(f"{host} asks to wait (too many requests)",
                                        reason="too_many_requests", host=host) from None
        except error.DAVError as exc:
            raise CalendarServerError(f"{host} refused the request: {_reason(exc)}",
                                      reason="refused", host=host, why=_reason(exc)) from None
        except (niquests.exceptions.ConnectionError, niquests.exceptions.Timeout,
                OSError) as exc:
            raise CalendarServerOffline(f"cannot reach {host}: {_why(exc)}", reason="unreachable",
                                        host=host, why=_why(exc)) from None
        except niquests.exceptions.RequestException as exc:
            raise CalendarServerError(f"{host}: {_why(exc)}", host=host, why=_why(exc)) from None
        except ValueError as exc:
            # The library's word for an address it cannot use.
            raise CalendarServerError(f"{self.url} is not a calendar server address: {exc}",
                                      reason="not_caldav", host=self.url, why=str(exc)) from None


def _name_of(calendar: Any) -> str:
    try:
        name = calendar.get_display_name()
    except Exception:  # noqa: BLE001 - a name is only a label: the URL's last part will do
        name = None
    return (name or str(calendar.url).rstrip("/").rsplit("/", 1)[-1]).strip()


def _bytes(data: str | bytes | None) -> bytes:
    if data is None:
        return b""
    return data if isinstance(data, bytes) else data.encode()


def _reason(exc: Any) -> str:
    text = str(getattr(exc, "reason", "") or "")
    if text in ("", "no reason"):
        text = str(exc)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return re.sub(r"\s+", " ", " ".join(lines))[:300] or exc.__class__.__name__


def _why(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError) or "timed out" in str(exc).lower():
        return "no answer in time"
    if "refused" in str(exc).lower():
        return "connection refused"
    if "name or service not known" in str(exc).lower() or "resolve" in str(exc).lower():
        return "unknown host"
    return exc.__class__.__name__
