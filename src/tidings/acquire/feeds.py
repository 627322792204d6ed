"""RSS and Atom feeds: entries to article URLs, and polite polling with conditional GET.

``parse_feed(bytes)`` gives the entries of a feed (feedparser does the parsing, so RSS 0.9x,
1.0, 2.0 and Atom are all read); ``fetch_feed(url, state)`` fetches a feed sending
``If-None-Match``/``If-Modified-Since`` from the last poll, so an unchanged feed costs a 304
and no body. The feed address itself is one the user gave, so robots.txt is not consulted
for it; the article pages its entries point to are fetched by ``tidings.acquire.http``,
which does obey robots.txt.
"""

from __future__ import annotations

import calendar
import io
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from tidings.config import FetchSettings
from tidings.errors import FetchError, InputError
from tidings.model import Document, Failure

STAGE = "acquire.feed"
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


#: The first element of an XML document, after the declaration, comments, processing
#: instructions and a DOCTYPE.
_ROOT = re.compile(
    # A DOCTYPE may carry an internal subset in brackets, with ">" inside it.
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!doctype[^>\[]*(?:\[.*?\]\s*)?>\s*)*<([a-z][\w:.-]*)",
    re.DOTALL,
)


def root_element(head: bytes) -> str | None:
    """The (lower-case) name of the root element of the XML document ``head`` begins."""
    m = _ROOT.match(head[:8192].lower())
    return m.group(1).decode("ascii", errors="replace") if m else None


def looks_like_feed(head: bytes) -> bool:
    """True when the document's root element is an RSS (0.9x/2.0), RSS 1.0 (RDF) or Atom one."""
    return root_element(head) in ("rss", "feed", "rdf:rdf")


def is_feed_name(name: str) -> bool:
    return name.lower().endswith((".rss", ".atom", ".rss.xml", ".atom.xml"))


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed: the article's address and what the feed says about it."""

    url: str
    title: str = ""
    published: str | None = None
    entry_id: str | None = None


@dataclass(frozen=True)
class FeedState:
    """What a poll remembers for the next one: the validators of the last 200 answer."""

    etag: str | None = None
    last_modified: str | None = None

    def request_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class FeedPoll:
    """The outcome of one fetch of a feed. ``not_modified`` is True for a 304 answer (then
    ``entries`` is empty and ``state`` is the one sent)."""

    url: str
    status: int
    entries: tuple[FeedEntry, ...] = ()
    state: FeedState = field(default_factory=FeedState)
    not_modified: bool = False


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    ts = calendar.timegm(parsed)
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_feed(content: bytes, *, source: str, base_url: str | None = None,
               content_type: str | None = None) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed, in feed order, with relative links resolved
    against ``base_url``. Entries without a link are left out.

    Raises:
        InputError: ``feed.invalid`` when the bytes are not a feed at all.
    """
    import feedparser

    headers = {}
    if base_url:
        headers["content-location"] = base_url
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(content), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        raise InputError(
            f"not an RSS or Atom feed{f' ({why})' if why else ''}; give the feed address, not the site's",
            source=source, code="feed.invalid", stage=STAGE,
        )
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link:
            for candidate in e.get("links", ()):
                if candidate.get("href") and candidate.get("rel", "alternate") == "alternate":
                    link = candidate["href"]
                    break
        if not link or link in seen:
            continue
        seen.add(link)
        entries.append(FeedEntry(
            url=link,
            title=e.get("title", "") or "",
            published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
            entry_id=e.get("id"),
        ))
    return entries


def fetch_feed(
    url: str,
    state: FeedState | None = None,
    settings: FetchSettings | None = None,
    *,
    client: httpx.Client | None = None,
) -> FeedPoll:
    """Fetch and parse a feed with a conditional GET.

    Raises:
        FetchError: the feed could not be fetched (codes as in ``tidings.acquire.http``).
        InputError: ``feed.invalid`` when the answer is not a feed.
    """
    from tidings.acquire.files import GZIP_MAGIC, gunzip
    from tidings.acquire.http import _status_error, _transport_error, make_client

    settings = settings or FetchSettings()
    state = state or FeedState()
    own = client is None
    http = client if client is not None else make_client(settings)
    try:
        headers = {"Accept": _ACCEPT, **state.request_headers()}
        try:
            with http.stream("GET", url, headers=headers, follow_redirects=True) as resp:
                status = resp.status_code
                if status == 304:
                    return FeedPoll(url=url, status=304, state=state, not_modified=True)
                if status >= 400:
                    raise _status_error(status, resp.reason_phrase, str(resp.url), url)
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > settings.max_bytes:
                        raise FetchError(
                            f"the feed is larger than the {settings.max_bytes:,}-byte limit; raise "
                            "fetch.max_bytes if it really is that big",
                            source=url, code="fetch.too_large", stage=STAGE,
                        )
                final = str(resp.url)
                new_state = FeedState(resp.headers.get("etag"), resp.headers.get("last-modified"))
                content_type = resp.headers.get("content-type")
        except httpx.TooManyRedirects as exc:
            raise FetchError(f"more than {http.max_redirects} redirects; the feed address is wrong",
                             source=url, code="fetch.too_many_redirects", stage=STAGE) from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise _transport_error(exc, url, url, settings) from exc
    finally:
        if own:
            http.close()
    data = bytes(body)
    if data[:2] == GZIP_MAGIC:
        data = gunzip(data, source=url, max_bytes=settings.max_bytes)
    entries = parse_feed(data, source=url, base_url=final, content_type=content_type)
    return FeedPoll(url=url, status=status, entries=tuple(entries), state=new_state)


def read_feed_file(data: bytes, *, source: str) -> list[FeedEntry]:
    """The entries of a feed saved to a file (relative links stay as written)."""
    return parse_feed(data, source=source)


def entry_documents(
    entries: list[FeedEntry] | tuple[FeedEntry, ...],
    settings: FetchSettings | None = None,
    *,
    client: httpx.Client | None = None,
) -> Iterator[Document | Failure]:
    """Fetch the article page of each entry (robots.txt obeyed). A page that cannot be
    fetched becomes a Failure; the entry's date, when the feed gives one, becomes the
    Document's ``published``."""
    import dataclasses

    from tidings.acquire.http import Fetcher

    with Fetcher(settings, client=client) as fetcher:
        for entry in entries:
            try:
                doc = fetcher.fetch(entry.url)
            except (FetchError, InputError) as exc:
                yield Failure(entry.url, exc.stage or "acquire.http", exc.code, exc.message)
                continue
            if entry.published and not doc.published:
                doc = dataclasses.replace(doc, published=entry.published)
            yield doc


@dataclass(frozen=True)
class FeedOutcome:
    """One feed's part of a polling round: new entries, a 304, or the error that kept it down."""

    feed: str
    new_entries: tuple[FeedEntry, ...] = ()
    entries: int = 0
    not_modified: bool = False
    error: FetchError | InputError | None = None


class FeedPoller:
    """Polls feeds with conditional GET and hands out only entries not seen before.

    ``seen`` starts with the URLs already stored (the caller's business) and grows with every
    entry handed out; an entry whose page could not be fetched for a passing reason can be
    given back with ``forget`` so the next round tries it again. One HTTP client is kept for
    every round.
    """

    def __init__(self, feeds: list[str], settings: FetchSettings | None = None, *,
                 seen: set[str] | None = None, client: httpx.Client | None = None) -> None:
        from tidings.acquire.http import make_client

        self.feeds = list(dict.fromkeys(feeds))
        self.settings = settings or FetchSettings()
        self.seen: set[str] = set(seen or ())
        self.states: dict[str, FeedState] = {}
        self._owns_client = client is None
        self.client = client if client is not None else make_client(self.settings)

    def close(self) -> None:
        if self._owns_client:
            self.client.close()

    def poll(self) -> Iterator[FeedOutcome]:
        """Fetch every feed once; yields one outcome per feed, in order."""
        for feed in self.feeds:
            try:
                got = fetch_feed(feed, self.states.get(feed), self.settings, client=self.client)
            except (FetchError, InputError) as exc:
                yield FeedOutcome(feed, error=exc)
                continue
            if got.not_modified:
                yield FeedOutcome(feed, not_modified=True)
                continue
            self.states[feed] = got.state
            new = tuple(e for e in got.entries if e.url not in self.seen)
            self.seen.update(e.url for e in new)
            yield FeedOutcome(feed, new_entries=new, entries=len(got.entries))

    def forget(self, url: str) -> None:
        self.seen.discard(url)
