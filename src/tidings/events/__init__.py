"""Event coding: articles -> actor mentions and CAMEO/PLOVER events.

``code_articles`` is what the pipeline calls (batched through ``nlp.pipe``); ``events`` is
behind the public ``tidings.events``.

What is coded: the *coded text* of an article, ``coded_text(article)`` = the title, a blank
line, then ``Article.text`` (the title alone when there is no body, the body alone when
there is no title). ``Event.sentence_index`` counts sentences of that text and
``Event.span`` is the sentence's (start, end) in it, so
``coded_text(article)[e.span[0]:e.span[1]] == e.sentence``. For a plain string that
extraction cannot turn into an article (one sentence, a headline), the string itself is
the coded text.

A text that is not English is coded as nothing; ``language_check`` says why.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tidings.config import EventSettings
from tidings.errors import InputError
from tidings.model import Article, Document, Event, Mention

if TYPE_CHECKING:
    from tidings.events.coder import Coder, SentenceTrace

__all__ = ["code_articles", "coded_text", "events", "explain", "language_check"]

# Function words of English and of the languages a news crawl meets most: a text is taken as
# not English when another language's function words outnumber English ones, or when most
# of its letters are not Latin (a cheap check that needs no model).
_ENGLISH = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at", "from", "it", "an", "be", "are", "has", "have", "said", "will", "were", "its", "their", "this", "which", "not", "but", "or", "after", "been", "had", "who", "he", "his", "they", "would", "over", "two", "also", "more", "than", "into", "against", "new", "last", "she", "her", "we", "our", "about"]
)
_OTHER = frozenset(
    ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "mit", "von", "zu", "auf", "für", "sich", "des", "le", "la", "les", "et", "est", "une", "un", "des", "du", "pour", "dans", "pas", "qui", "sur", "au", "aux", "el", "los", "las", "y", "del", "por", "una", "con", "para", "es", "que", "se", "su", "al", "lo", "il", "di", "che", "della", "per", "non", "sono", "gli", "nel", "o", "os", "e", "do", "da", "em", "um", "uma", "não", "com", "het", "een", "en", "van", "ik", "niet", "zijn", "op", "te", "dat"]
)


# A letter (a word character that is neither a digit nor "_"), and a Latin one (ASCII or the
# Latin-1 and Latin Extended letters).
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def language_check(text: str) -> str | None:
    """None when ``text`` reads as English, else the reason it is not coded."""
    sample = text[:5000]
    # (counted by regular expressions, not letter by letter: every article passes here; and
    # only when a letter is not Latin, as in most English text none is)
    if _LETTER.search(sample) is None:
        return "no words"
    if _NON_LATIN_LETTER.search(sample) is not None:
        latin = len(_LATIN_LETTER.findall(sample)) / len(_LETTER.findall(sample))
        if latin < 0.5:
            return f"not English: {1 - latin:.0%} of the letters are not Latin"
    words = [w.strip(".,;:!?\"'()").lower() for w in sample.split()[:400]]
    words = [w for w in words if w]
    if len(words) < 10:
        return None  # too short to judge: a headline or one sentence is coded as it stands
    en = sum(w in _ENGLISH for w in words)
    other = sum(w in _OTHER and w not in _ENGLISH for w in words)
    if other > en and other / len(words) > 0.05:
        return f"not English: {other} function words of other languages against {en} English ones"
    return None


def coded_text(article: Article) -> str:
    """The text the coder reads: title, blank line, body (see the module docstring)."""
    parts = [p for p in (article.title.strip(), article.text) if p]
    return "\n\n".join(parts)


def _cap(text: str, max_words: int) -> str:
    """The first ``max_words`` words of ``text`` (cut at a word boundary)."""
    m = _words_then_more(max_words).match(text)
    return text[: m.end()].rstrip() if m is not None else text


@functools.lru_cache(maxsize=8)
def _words_then_more(n: int) -> re.Pattern[str]:
    """Up to the start of the word after the first ``n`` (whitespace-separated) words."""
    return re.compile(r"\s*(?:\S+\s+){" + str(n) + r"}(?=\S)")


@functools.lru_cache(maxsize=4)
def _coder(dictionaries: tuple[str, ...] = (), min_confidence: float = 0.0) -> Coder:
    from tidings.actors import ActorResolver
    from tidings.events.coder import Coder

    return Coder(ActorResolver.load(extra_dictionaries=dictionaries), min_confidence=min_confidence)


def code_texts(
    texts: Sequence[str],
    published: Sequence[str | None],
    doc_ids: Sequence[str],
    *,
    settings: EventSettings,
    coder: Coder | None = None,
    explain: bool = False,
) -> Iterator[tuple[list[Mention], list[Event], list[SentenceTrace]]]:
    """Code plain texts (batched). One item per text, in order."""
    from tidings import nlp

    coder = coder or _coder(tuple(settings.dictionaries), settings.min_confidence)
    capped = [_cap(t, settings.max_words) for t in texts]
    english = [language_check(t) is None for t in capped]
    keep = None if settings.parse_all else coder.worth_parsing
    docs = nlp.parse_many(
        (t if ok else "" for t, ok in zip(capped, english, strict=True)), batch_size=settings.batch_size, keep=keep
    )
    for doc, pub, did, ok in zip(docs, published, doc_ids, english, strict=True):
        if not ok or not nlp.doc_text(doc).strip():
            yield [], [], []
            continue
        yield coder.code_doc(doc, published=pub, doc_id=did, explain=explain)


def code_articles(
    articles: Sequence[Article], *, settings: EventSettings
) -> Iterator[tuple[list[Mention], list[Event]]]:
    """Code a batch of articles: one (mentions, events) per article, in order."""
    for mentions, evs, _ in code_texts(
        [coded_text(a) for a in articles],
        [a.published for a in articles],
        [a.doc_id for a in articles],
        settings=settings,
    ):
        yield mentions, evs


def _to_text(source: str | bytes | Path | Document | Article, published: str | None) -> tuple[str, str | None, str]:
    """(coded text, publication date, doc_id) for any source ``tidings.events`` takes."""
    if isinstance(source, Article):
        return coded_text(source), published or source.published, source.doc_id
    from tidings import extract

    raw: str | None = None
    if isinstance(source, str):
        raw = source
    elif isinstance(source, bytes):
        raw = source.decode("utf-8", errors="replace")
    try:
        article = extract(source, published=published)
    except InputError:
        if raw is not None and raw.strip():
            return raw.strip(), published, ""
        raise
    text = coded_text(article)
    # A short plain text (a sentence, a headline) is coded as it stands: extraction flags
    # it as "not an article" or trims it, but it is still the caller's text.
    # A page whose furniture was set apart is an article even when its body is a small part of
    # it (the seed's body is under half its page): only a text extraction trimmed without
    # finding furniture, or a short non-article, is taken whole.
    short = raw is not None and (
        not article.paragraphs
        or (not article.is_article and len(raw) < 2000)
        or (len(text) < 0.5 * len(raw.strip()) and not article.furniture)
    )
    if raw is not None and short and "<" not in raw[:200]:
        return raw.strip(), published or article.published, article.doc_id
    return text, published or article.published, article.doc_id


def events(
    source: str | bytes | Path | Document | Article,
    *,
    published: str | None = None,
    settings: EventSettings | None = None,
) -> list[Event]:
    """The events of one page or text (see ``tidings.events``)."""
    text, pub, did = _to_text(source, published)
    ((_, evs, _),) = list(code_texts([text], [pub], [did], settings=settings or EventSettings()))
    return evs


def explain(
    source: str | bytes | Path | Document | Article,
    *,
    published: str | None = None,
    settings: EventSettings | None = None,
) -> tuple[str, list[SentenceTrace], str | None]:
    """(coded text, per-sentence traces, reason the text was not coded or None)."""
    text, pub, did = _to_text(source, published)
    reason = language_check(text)
    ((_, _, traces),) = list(code_texts([text], [pub], [did], settings=settings or EventSettings(), explain=True))
    return text, traces, reason
