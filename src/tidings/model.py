"""Plain data types that flow between the stages. No I/O here.

Document (raw bytes in) -> Article (clean text out) -> Mention/Actor -> Event -> Story.
Every type is a frozen dataclass with a ``to_dict`` giving its JSON form; ``Failure``
is what a stage returns for a bad input inside a batch, so a batch never loses the
reason a page failed.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def content_hash(text: str) -> str:
    """Hex SHA-256 of ``text`` with white space folded: the identity of a body."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One raw page as acquired, before extraction.

    Attributes:
        source: where it came from, as a person would name it (a path, a URL, ``<stdin>``).
        content: the raw bytes (already un-gzipped).
        url: the page's URL when known (the fetched URL, or one given by the caller).
        kind: ``"html"`` or ``"text"`` when known, else ``None`` (detected from content).
        encoding: the declared or detected character encoding, if any.
        published: an ISO 8601 date given by the caller, which wins over the page's own.
        fetched_at: ISO 8601 UTC time of acquisition, when fetched.
        status: the HTTP status code, when fetched.
        headers: selected response headers (lower-case names), when fetched.
    """

    source: str
    content: bytes
    url: str | None = None
    kind: str | None = None
    encoding: str | None = None
    published: str | None = None
    fetched_at: str | None = None
    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def doc_id(self) -> str:
        """Stable id: SHA-256 of the raw bytes (first 16 hex digits)."""
        return hashlib.sha256(self.content).hexdigest()[:16]


@dataclass(frozen=True)
class Block:
    """A block of body text: ``kind`` is ``paragraph``, ``heading``, ``list`` or ``quote``."""

    kind: str
    text: str


@dataclass(frozen=True)
class Furniture:
    """A piece of page furniture set apart from the body.

    ``kind`` is one of: ``related`` (teaser of another story), ``navigation``, ``source``
    (credit line), ``share`` (share/subscribe), ``cookie``, ``comments``, ``section``
    (a marker such as "Popular"), ``advert``, ``other``. Teasers carry their headline in
    ``title`` and their standfirst in ``text``.
    """

    kind: str
    text: str
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Article:
    """A clean article extracted from a Document.

    ``paragraphs`` are the body paragraphs only (no title, no furniture); ``blocks`` keeps
    headings and lists as such for the markdown rendering; ``text`` joins the paragraphs
    with blank lines. ``standfirst`` is the summary printed between the headline and the
    body (the one that repeats the page's description), kept apart from the body; ``""``
    when there is none. ``is_article`` says whether the page reads as an article rather than
    an index of links, a search page or a wall; it never empties the text: a page judged not
    to be one still has its main text in ``paragraphs``.
    """

    title: str
    paragraphs: tuple[str, ...]
    source: str = ""
    url: str | None = None
    site_name: str | None = None
    site_domain: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    published_method: str | None = None
    language: str | None = None
    blocks: tuple[Block, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    is_article: bool = True
    article_confidence: float = 1.0
    method: str = ""
    doc_id: str = ""
    standfirst: str = ""

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines, nothing else."""
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def markdown(self) -> str:
        """The article as Markdown: title, then headings, lists and paragraphs as such."""
        out = [f"# {self.title}"] if self.title else []
        if self.standfirst:
            out.append(f"*{self.standfirst}*")
        blocks = self.blocks or tuple(Block("paragraph", p) for p in self.paragraphs)
        for b in blocks:
            if b.kind == "heading":
                out.append(f"## {b.text}")
            elif b.kind == "list":
                out.append("\n".join(f"- {line}" for line in b.text.splitlines() if line.strip()))
            elif b.kind == "quote":
                out.append("\n".join(f"> {line}" for line in b.text.splitlines()))
            else:
                out.append(b.text)
        return "\n\n".join(out) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``tidings extract``."""
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "url": self.url,
            "site": {"name": self.site_name, "domain": self.site_domain},
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "published_method": self.published_method,
            "language": self.language,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "blocks": [asdict(b) for b in self.blocks],
            "word_count": self.word_count,
            "content_hash": self.content_hash,
            "furniture": [asdict(f) for f in self.furniture],
            "is_article": self.is_article,
            "article_confidence": round(self.article_confidence, 3),
            "method": self.method,
            "standfirst": self.standfirst,
        }


@dataclass(frozen=True)
class Actor:
    """A resolved political actor.

    ``code`` is the CAMEO actor code (``RUSGOV``, ``ARMMIL``, ``IGOEUROSC``); ``country``
    the ISO 3166 alpha-3 code (``None`` for an IGO or an unplaced group); ``role`` the
    CAMEO agent code (``GOV``, ``MIL``, …) or ``None``; ``name`` the canonical name
    (``Vladimir Putin``, ``Russia``, ``OSCE Minsk Group``); ``kind`` one of ``country``,
    ``person``, ``igo``, ``group``.
    """

    code: str
    name: str
    country: str | None = None
    role: str | None = None
    kind: str = "country"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Mention:
    """Where an actor is named in the text. A compound mention ("the two countries",
    "Armenia and Azerbaijan") resolves to several actors."""

    text: str
    start: int
    end: int
    sentence_index: int
    actors: tuple[Actor, ...]
    how: str = "dictionary"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence_index": self.sentence_index,
            "actors": [a.to_dict() for a in self.actors],
            "how": self.how,
        }


@dataclass(frozen=True)
class Place:
    """A place from the offline gazetteer."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


MODALITIES = ("asserted", "future", "hypothetical", "reported", "negated")


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, when, where, and how sure the text is.

    ``span`` is the (start, end) character offsets of the sentence in the coded text,
    ``tidings.events.coded_text(article)`` = the title, a blank line, then ``Article.text``
    (for a plain string that is not an article: the string itself); ``trigger`` the words
    that expressed the event.
    """

    source: Actor | None
    target: Actor | None
    source_text: str
    target_text: str | None
    cameo: str
    plover: str
    quad_class: int
    goldstein: float
    modality: str
    sentence: str
    sentence_index: int
    span: tuple[int, int]
    rule: str
    trigger: str = ""
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    place: Place | None = None
    confidence: float = 0.5
    doc_id: str = ""
    # the named facts the confidence was computed from (``tidings.events.confidence``)
    evidence: tuple[str, ...] = ()

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def to_dict(self) -> dict[str, Any]:
        """Flat JSON form. The keys named in the public contract never change."""
        s, t, p = self.source, self.target, self.place
        return {
            "source_code": s.code if s else None,
            "target_code": t.code if t else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "modality": self.modality,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "place": p.name if p else None,
            "place_country": p.country if p else None,
            "place_lat": p.lat if p else None,
            "place_lon": p.lon if p else None,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "span": list(self.span),
            "rule": self.rule,
            "trigger": self.trigger,
            "confidence": round(self.confidence, 3),
            "source_text": self.source_text,
            "source_name": s.name if s else None,
            "source_country": s.country if s else None,
            "source_role": s.role if s else None,
            "target_text": self.target_text,
            "target_name": t.name if t else None,
            "target_country": t.country if t else None,
            "target_role": t.role if t else None,
            "doc_id": self.doc_id,
        }


@dataclass(frozen=True)
class Story:
    """A cluster of articles about the same happening."""

    story_id: str
    title: str
    article_ids: tuple[str, ...]
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def size(self) -> int:
        return len(self.article_ids)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["article_ids"] = list(self.article_ids)
        d["size"] = self.size
        return d


@dataclass(frozen=True)
class Failure:
    """A document that a stage could not process, with a stable ``code`` and a message."""

    source: str
    stage: str
    code: str
    message: str
    doc_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Result:
    """What the pipeline gives for one document: an article and its events, or a failure."""

    document: Document
    article: Article | None = None
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    failure: Failure | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def ok(self) -> bool:
        return self.failure is None
