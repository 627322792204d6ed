"""What the HTML body must not lose, and what it must not take in.

trafilatura decides what is body largely by class names and by its own idea of an article.
Each step here corrects one way that loses words of the main text, judged on the page's text
and structure, never on one site's markup:

- ``unmasked``: inline elements inside running text (a ``<span class="link">`` around a
  name, a drop capital) are not dropped for their class, id or style: their attributes are
  lifted for the trafilatura call and put back straight after;
- ``json_ld_body``: the ``articleBody`` of the page's JSON-LD, used when it is longer than
  what the HTML gives and consistent with it (the page's own body is a script-rendered
  shell, or a caption);
- ``prose_blocks``: when the body extractors find (almost) nothing, the page's prose
  paragraphs, whatever their containers are called (a forum thread whose posts are marked up
  as comments);
- ``restore``: prose left out of the body but standing in its place on the page: a lead
  between the headline and the body (or, when it repeats the page's description, the
  standfirst, kept apart), paragraphs and lists the body skipped over, the rest of a listing.
  A paragraph is prose by its text (length, sentence ending, few links), not by its
  container's class; captions, text printed twice and text the body already has stay out.
  The body also stops at a neighbouring story's headline: a linked headline opening a wrapper
  of its own after the page's story, or a second ``<h1>``;
- ``join_drop_caps``: a first letter set apart ("T" + "he minister") joined to its word;
- ``choose_title``: the headline from ``og:title``, the JSON-LD ``headline`` and the ``<h1>``,
  never the name of the site or of the content system.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from tidings.extract.teasers import norm
from tidings.model import Block

# ---- inline elements inside running text -------------------------------------------------

_INLINE = (
    "span", "a", "em", "strong", "b", "i", "u", "small", "sup", "sub", "abbr", "cite", "mark", "q",
    "time", "font", "code", "s", "bdi", "dfn", "kbd", "var", "del", "ins",
)
_MASKS = ("class", "id", "style", "role", "data-component")
_TEXT_BLOCKS = frozenset(["p", "li", "blockquote", "dd"])
_NOT_TEXT = frozenset(["div", "section", "article", "main", "body", "td", "header", "footer", "nav", "aside", "form"])


def _in_running_text(el: lxml_html.HtmlElement) -> bool:
    """Text runs on after the element or stands just before it: it is part of a sentence
    (a link alone in a list item, a byline alone in its paragraph, is not)."""
    tail = el.tail
    if tail and not tail.isspace():
        return True
    previous = el.getprevious()
    if previous is not None:
        before = previous.tail
    else:
        parent = el.getparent()
        before = parent.text if parent is not None else None
    return before is not None and before != "" and not before.isspace()


def _inline_in_text(root: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """Inline elements with a class, id, style, role or aria-hidden, inside a paragraph, a list
    item, a quotation or a definition (the nearest block around them), in running text."""
    for el in root.iter(*_INLINE):
        attrib = el.attrib
        if not attrib or not any(name in attrib for name in _MASKS) and "aria-hidden" not in attrib:
            continue
        if not _in_running_text(el):
            continue
        for anc in el.iterancestors():
            tag = anc.tag
            if tag in _TEXT_BLOCKS:
                yield el
                break
            if tag in _NOT_TEXT:
                break


# Text that is hidden on the page, or only read out by screen readers, stays out.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_CLASS = re.compile(r"hidden|sr-only|screen-?reader|visually-?hidden|offscreen", re.IGNORECASE)


def _drop_cap(el: lxml_html.HtmlElement) -> bool:
    """A letter or two set apart at the start of a word: "T" before "he minister"."""
    text = (el.text_content() or "").strip()
    tail = el.tail or ""
    return 0 < len(text) <= 3 and text.isalpha() and bool(tail) and tail[0].isalpha() and tail[0].islower()


@contextmanager
def unmasked(root: lxml_html.HtmlElement) -> Iterator[None]:
    """Lift the class, id, style and role of inline elements inside paragraphs (and the
    ``aria-hidden`` of a drop capital) for the duration, and put them back afterwards."""
    undo: list[tuple[lxml_html.HtmlElement, dict[str, str]]] = []  # element, all its attributes
    for el in list(_inline_in_text(root)):
        attrib = el.attrib
        label = f"{attrib.get('class', '')} {attrib.get('id', '')}"
        if _HIDDEN_STYLE.search(attrib.get("style", "")) or _HIDDEN_CLASS.search(label):
            continue
        if _CAPTION_LABEL.search(label) or _HAS_MEDIA(el):
            continue  # a picture and its caption inside a paragraph
        names = list(_MASKS)
        if attrib.get("aria-hidden") == "true":
            if not _drop_cap(el):
                continue
            names.append("aria-hidden")
        if any(name in attrib for name in names):
            saved = dict(attrib)
            for name in names:
                attrib.pop(name, None)
            undo.append((el, saved))
    try:
        yield
    finally:
        for el, saved in undo:  # put back in their order, so that the tree is as it was
            el.attrib.clear()
            el.attrib.update(saved)


def join_drop_caps(blocks: list[Block]) -> list[Block]:
    """Join a block of one to three capital letters to the block after it when that one
    starts in lower case ("T" / "he minister said" -> "The minister said")."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        text = b.text.strip()
        if (
            nxt is not None and 0 < len(text) <= 3 and text.isalpha() and text.isupper()
            and nxt.text[:1].isalpha() and nxt.text[:1].islower()
        ):
            out.append(Block(nxt.kind, text + nxt.text))
            i += 2
            continue
        out.append(b)
        i += 1
    return out


# ---- JSON-LD articleBody -----------------------------------------------------------------

_BODY_KEYS = ("articleBody", "reviewBody")
_TAGS = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


@dataclass(frozen=True)
class LdBody:
    text: str
    headline: str


def _ld_items(root: lxml_html.HtmlElement, needle: str = "") -> Iterator[dict]:  # type: ignore[type-arg]
    """The objects of the page's JSON-LD scripts (of those holding ``needle``), nested ones too."""
    for script in root.iter("script"):
        if script.get("type", "").lower() != "application/ld+json" or not script.text:
            continue
        if needle and needle not in script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
            elif isinstance(item, list):
                stack.extend(item)


def json_ld_body(root: lxml_html.HtmlElement) -> LdBody | None:
    """The longest ``articleBody`` in the page's JSON-LD, as text, with its headline."""
    best: LdBody | None = None
    for item in _ld_items(root, "Body"):
        for key in _BODY_KEYS:
            value = item.get(key)
            if not isinstance(value, str) or not value.strip():
                continue
            text = _BLOCK_END.sub("\n", value)
            text = _TAGS.sub(" ", text)
            text = lxml_html.fromstring(f"<div>{text}</div>").text_content() if "&" in text else text
            headline = item.get("headline") or item.get("name") or ""
            if best is None or len(text) > len(best.text):
                best = LdBody(text, norm(headline) if isinstance(headline, str) else "")
    return best


# schema.org types a page declares when it is something other than an article, and the
# article types that overrule them (a news story embedding a product or an event is a story).
_OTHER_TYPES = frozenset([
    "Product", "ProductGroup", "Offer", "JobPosting", "QAPage", "FAQPage", "DiscussionForumPosting",
    "RealEstateListing", "SearchResultsPage", "CollectionPage", "ProfilePage", "Recipe", "Event",
])
_ARTICLE_TYPES = frozenset([
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
])


def declared_non_article(root: lxml_html.HtmlElement) -> bool:
    """The page's JSON-LD declares a non-article type (a product, a job, a question, a forum
    thread...) and no article type."""
    types: set[str] = set()
    for item in _ld_items(root, "@type"):
        value = item.get("@type")
        for t in value if isinstance(value, list) else [value]:
            if isinstance(t, str):
                types.add(t)
    return bool(types & _OTHER_TYPES) and not types & _ARTICLE_TYPES


def ld_blocks(body: LdBody) -> list[Block]:
    parts = [norm(p) for p in re.split(r"\n\s*\n|\n", body.text)]
    return [Block("paragraph", p) for p in parts if p]


def _grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))}


def _contained(inner: str, outer_grams: set[tuple[str, ...]]) -> float:
    a = _grams(inner)
    return len(a & outer_grams) / len(a) if a else 0.0


def containment(inner: str, outer: str) -> float:
    """Share of ``inner``'s word 4-grams found in ``outer`` (1.0: all of it)."""
    a = _grams(inner)
    return len(a & _grams(outer)) / len(a) if a else 0.0


#: The JSON-LD body replaces the HTML's when it is LD_LONGER times as long and holds LD_CONTAINS
#: of it, or when the HTML gave under LD_SHORT characters and the JSON-LD item is the page's
#: story (its headline is the page's title).
LD_LONGER = 1.5
LD_CONTAINS = 0.6
LD_SHORT = 200


def use_json_ld(body: LdBody | None, ours: str, headlines: Iterable[str]) -> bool:
    """Whether the JSON-LD body should replace ``ours``; ``headlines`` are the page's own
    (its ``<h1>``, ``og:title`` and ``<title>``), against which the JSON-LD headline is checked."""
    if body is None or len(body.text) < LD_LONGER * max(1, len(ours)) or len(body.text) < 200:
        return False
    if ours and containment(ours, body.text) >= LD_CONTAINS:
        return True
    head = body.headline.lower()
    same_story = bool(head) and any(
        h and (head == h.lower() or head in h.lower() or containment(head, h) >= 0.75) for h in map(norm, headlines)
    )
    return len(ours) < LD_SHORT and same_story


def page_headlines(root: lxml_html.HtmlElement) -> list[str]:
    """The headlines the page's HTML itself gives: its <h1>s, og:title and <title>."""
    out = [h.text_content() for h in root.iter("h1")]
    out += [str(v) for v in root.xpath("//meta[@property='og:title']/@content")]
    title = root.find(".//title")
    if title is not None and title.text:
        out.append(title.text)
    return out


# ---- prose the body left out --------------------------------------------------------------

_LEAVES = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt")
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_LEAVES_SET = frozenset(_LEAVES)
# Never body: navigation, forms, captions, page furniture by its tag.
_OUTSIDE = frozenset(["nav", "form", "figure", "figcaption", "footer", "aside", "button", "select",
                      "label", "noscript", "template", "script", "style", "textarea"])
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)]$")
_LEAD_MIN_WORDS = 12
#: A linked headline inside the body ends it when this many words of body stand before it.
CUT_MIN_WORDS = 50
_ITEM_MIN_WORDS = 3


_CONTAINERS = frozenset(["div", "section", "td", "table"])
_CANDIDATE_TAGS = (*_LEAVES, "h1", "div", "section", "td", "table")
_HOLDS_ITEMS = frozenset(["p", "li"])


_BLOCK_INSIDE = etree.XPath("boolean(.//p or .//li or .//div or .//section or .//h2 or .//h3 or .//table)")


def _own_prose(text: str | None) -> bool:
    return text is not None and len(text) > 50 and len(text.split()) >= _LEAD_MIN_WORDS


_ITEM_HOLDERS = frozenset(["li", "blockquote", "dd", "dt", "pre"])


def _leaf_blocks(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Text-block elements with no text-block element inside, in document order: paragraphs,
    list items, headings, quotations; and a <div> whose own text is prose (a forum post
    written with <br> breaks)."""
    body = root.find(".//body")
    scope = body if body is not None else root
    out = []
    holders: set[lxml_html.HtmlElement] = set()  # items holding paragraphs or items: not blocks
    for el in scope.iter(*_CANDIDATE_TAGS):
        tag = el.tag
        if tag in _CONTAINERS:
            # a container is a block only when its own text is prose and it holds no block
            if tag == "table" or not _own_prose(el.text) or _BLOCK_INSIDE(el):
                continue
        elif tag in _HOLDS_ITEMS:
            anc = el.getparent()
            for _ in range(3):  # (a <p> never holds a <p> or a list once parsed)
                if anc is None or anc.tag in _CONTAINERS:
                    break
                if anc.tag in _ITEM_HOLDERS:
                    holders.add(anc)
                    break
                anc = anc.getparent()
        out.append(el)
    return [el for el in out if el not in holders] if holders else out


def _hidden_inside(el: lxml_html.HtmlElement) -> bool:
    return any(_is_hidden(d) for d in el.iterdescendants())


def _is_hidden(el: lxml_html.HtmlElement) -> bool:
    if el.tag in ("script", "style") or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style) and bool(_HIDDEN_STYLE.search(style))


def visible_text(el: lxml_html.HtmlElement) -> str:
    """The element's text as a reader sees it: hidden elements, scripts and styles left out."""
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and not _is_hidden(child):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return norm("".join(parts))


def _link_share(el: lxml_html.HtmlElement, text: str) -> float:
    linked = sum(len(norm(a.text_content())) for a in el.iter("a"))
    return linked / max(1, len(text))


def _inside_outside_tag(el: lxml_html.HtmlElement) -> bool:
    return any(anc.tag in _OUTSIDE for anc in el.iterancestors())


def _line_table(el: lxml_html.HtmlElement) -> bool:
    """Three or more <br>-separated lines, most of them not ending like a sentence."""
    lines: list[str] = [el.text or ""]
    for node in el.iterdescendants():
        if node.tag == "br":
            lines.append(node.tail or "")
        else:
            lines[-1] += (node.text or "") + (node.tail or "")
    lines = [norm(line) for line in lines if norm(line)]
    if len(lines) < 4:
        return False
    ended = sum(1 for line in lines if _SENTENCE_END.search(line))
    return ended < 0.5 * len(lines)


def _prose(text: str, el: lxml_html.HtmlElement) -> bool:
    words = len(text.split())
    if el.find(".//br") is not None and _line_table(el):
        return False  # lines under one another: a table or a schedule written with <br>
    if el.tag in ("li", "dd"):
        return words >= _ITEM_MIN_WORDS and _link_share(el, text) < 0.5
    return (
        words >= _LEAD_MIN_WORDS
        and (bool(_SENTENCE_END.search(text)) or words >= 25)
        and _link_share(el, text) < 0.3
    )


def _sibling_headline(el: lxml_html.HtmlElement, title_key: str) -> bool:
    """A heading that is another story's headline: it links elsewhere, or it is an <h1> other
    than the page's title."""
    if el.tag not in _HEADINGS:
        return False
    text = norm(el.text_content())
    if not text or text.lower() == title_key:
        return False
    if el.tag == "h1":
        return True  # a second headline of the top rank: another story's
    links = [a for a in el.iter("a") if a.get("href") and not a.get("href", "").startswith("#")]
    return bool(links) and sum(len(norm(a.text_content())) for a in links) >= 0.8 * len(text)


_HAS_MEDIA = etree.XPath("boolean(.//img or .//picture or .//video or .//iframe or .//svg)")
_HAS_CODE = etree.XPath("boolean(.//script or .//style)")


def _story_cut(leaves: list[lxml_html.HtmlElement], found: list[int], title_key: str) -> int | None:
    """Where a neighbouring story starts inside the body: a linked headline that opens a
    wrapper of its own (an ``<article>``, a ``<div>``) holding body paragraphs after it but
    none before it, with CUT_MIN_WORDS of the page's own story above it. Linked subheadings
    standing among the paragraphs (a buying guide) are not cuts, nor are a listing's entries
    (the wrapper of the body's first paragraph opens with a linked headline too)."""
    first, last = found[0], found[-1]
    top = _common_ancestor([leaves[first], leaves[last]])
    if top is None:
        top = leaves[first].getroottree().getroot().find(".//body")
    # a listing's entries each open with a linked headline, the first one too: no cut there
    opening = leaves[first]
    for anc in opening.iterancestors():
        if anc is top:
            break
        opening = anc
    if opening is not leaves[first] and any(
        _sibling_headline(h, title_key) for h in opening.iter("h1", "h2", "h3", "h4", "h5", "h6")
    ):
        return None
    words = 0
    found_set = set(found)
    for i in range(first, last):
        el = leaves[i]
        if i in found_set:
            words += len(el.text_content().split())
            continue
        if words < CUT_MIN_WORDS or el.tag not in _HEADINGS or not _sibling_headline(el, title_key):
            continue
        wrapper = el
        for anc in el.iterancestors():
            if anc is top:
                break
            wrapper = anc
        if wrapper is el:
            continue
        inside = [j for j in found if _is_inside(leaves[j], wrapper)]
        if inside and min(inside) > i:
            return i
    return None


def _key(text: str) -> str:
    return norm(text).lower()


@dataclass(frozen=True)
class PageBlocks:
    """The page's text blocks (``_leaf_blocks``) and their texts, read once per page."""

    leaves: list[lxml_html.HtmlElement]
    texts: list[str]

    def paragraph_chars(self) -> int:
        """Characters of text in the page's <p> elements."""
        return sum(len(t) for el, t in zip(self.leaves, self.texts, strict=True) if el.tag == "p")


def page_blocks(root: lxml_html.HtmlElement) -> PageBlocks:
    leaves = _leaf_blocks(root)
    return PageBlocks(leaves, [norm(el.text_content()) for el in leaves])


def restore(
    root: lxml_html.HtmlElement,
    blocks: list[Block],
    title: str,
    furniture_texts: frozenset[str],
    chrome: Iterable[lxml_html.HtmlElement] = (),
    page: PageBlocks | None = None,
) -> Restored:
    """The body with the prose it left out put back in page order (see the module docstring),
    cut at a neighbouring story's headline; and the standfirst, set apart."""
    if not blocks:
        return Restored(blocks)
    page = page or page_blocks(root)
    leaves, texts = page.leaves, list(page.texts)
    if not leaves:
        return Restored(blocks)
    keys = [t.lower() for t in texts]
    position: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k:
            position.setdefault(k, i)
    # where each body line stands among the page's blocks
    lines = [(b, line) for b in blocks for line in (b.text.splitlines() if b.kind == "list" else [b.text])]
    line_keys = [_key(line) for _, line in lines]
    found = sorted({position[k] for k in line_keys if k in position})
    if len(found) < max(1, len(lines) // 3):
        return Restored(blocks)  # the body is not made of the page's blocks (readability's merge)
    first, last = found[0], found[-1]
    title_key = _key(title)
    chrome_set = set(chrome)
    container = _common_ancestor([leaves[first], leaves[last]])
    body_key = "\n".join(line_keys)
    body_grams: set[tuple[str, ...]] = set()

    taken = set(found)
    extra: dict[int, Block] = {}
    seen = Counter(keys)
    parents = {leaves[i].getparent() for i in found}
    grandparents = {p.getparent() for p in parents if p is not None}

    def usable(i: int) -> bool:
        el, text = leaves[i], texts[i]
        if not text or seen[keys[i]] > 1 or text in furniture_texts or keys[i] == title_key:
            return False  # text printed twice on a page is a caption, a teaser, a label
        if not _prose(text, el) or keys[i] in body_key:
            return False
        if _hidden_inside(el):
            text = texts[i] = visible_text(el)
            if not text or not _prose(text, el):
                return False
        if not body_grams:
            body_grams.update(_grams(body_key))
        if _contained(text, body_grams) >= 0.5:
            return False  # the body has it already, worded a little differently
        if _caption(el, parents):
            return False
        if any(anc in chrome_set for anc in el.iterancestors()):
            return False
        return not _inside_outside_tag(el)

    # 1. the lead: prose between the page's headline and the body. One that repeats the
    # page's description is its standfirst, kept apart from the body.
    standfirst = ""
    descriptions = [norm(str(d)) for d in _DESCRIPTION(root) if str(d).strip()]
    h1 = next((i for i in range(first - 1, -1, -1) if leaves[i].tag == "h1" or keys[i] == title_key), None)
    if h1 is not None:
        for i in range(h1 + 1, first):
            if i not in taken and leaves[i].tag in ("p", "div", "section", "td") and usable(i):
                if any(_same_text(texts[i], d) for d in descriptions):
                    standfirst = standfirst or texts[i]
                else:
                    extra[i] = Block("paragraph", texts[i])
    # 2. what the body skipped over, and 3. what follows it, among the body's own blocks:
    # prose whose parent holds body paragraphs (or, for a list item or a listing's entry,
    # whose grandparent does), up to the headline of a neighbouring story.
    cut = _story_cut(leaves, found, title_key)
    listing = cut is None and any(
        leaves[i].tag in _HEADINGS and _sibling_headline(leaves[i], title_key) for i in range(first + 1, last)
    )
    end = cut if cut is not None else len(leaves)
    for i in range(last + 1, end):
        if container is None or not _is_inside(leaves[i], container) or (
            not listing and leaves[i].tag in _HEADINGS and _sibling_headline(leaves[i], title_key)
        ):
            end = i
            break

    def beside(i: int) -> bool:
        parent = leaves[i].getparent()
        if parent is None:
            return False
        if parent in parents:
            return True
        if leaves[i].tag in ("li", "dd"):
            return parent.getparent() in parents and _link_share(leaves[i], texts[i]) < 0.2
        return listing and parent.getparent() in grandparents

    for i in range(first + 1, end):
        if i in taken or i in extra or leaves[i].tag in _HEADINGS:
            continue
        if beside(i) and usable(i):
            extra[i] = Block("list" if leaves[i].tag in ("li", "dd") else "paragraph", texts[i])
    if not extra and cut is None:
        return Restored(blocks, standfirst)
    # rebuild in page order: body lines at their places, restored blocks in between
    placed: list[tuple[float, int, Block]] = []
    order = 0.0
    for n, (b, line) in enumerate(lines):
        k = line_keys[n]
        if k in position:
            order = position[k]
        elif n:
            order += 0.001
        if cut is not None and k in position and position[k] >= cut:
            break
        placed.append((order, n, Block(b.kind, line)))
    for i, blk in extra.items():
        if cut is None or i < cut:
            placed.append((i - 0.5, -1, blk))
    placed.sort(key=lambda t: (t[0], t[1]))
    return Restored(_merge_lists([b for _, _, b in placed]), standfirst)


#: The body is replaced by the page's prose when it has under PROSE_BELOW words and the prose
#: PROSE_TIMES as many (at least PROSE_MIN_WORDS).
PROSE_BELOW = 50
PROSE_TIMES = 3
PROSE_MIN_WORDS = 40


def prose_blocks(
    root: lxml_html.HtmlElement, chrome: Iterable[lxml_html.HtmlElement] = (), page: PageBlocks | None = None
) -> list[Block]:
    """Every prose paragraph of the page, in order, whatever its container's class: text
    blocks that read as sentences, outside navigation, forms, footers and captions, each once.
    The last resort when the body extractors find (almost) nothing: a forum thread whose posts
    are marked up as comments, a page of notices in plain <div>s."""
    page = page or page_blocks(root)
    leaves, texts = page.leaves, page.texts
    seen = Counter(t.lower() for t in texts)
    chrome_set = set(chrome)
    out: list[Block] = []
    for el, text in zip(leaves, texts, strict=True):
        if el.tag in _HEADINGS or el.tag == "h1" or seen[text.lower()] > 1 or not _prose(text, el):
            continue
        if _caption(el, set()) or _inside_outside_tag(el):
            continue
        if _hidden_inside(el):
            text = visible_text(el)
            if not _prose(text, el):
                continue
        if any(anc in chrome_set for anc in el.iterancestors()):
            continue
        out.append(Block("list" if el.tag in ("li", "dd") else "paragraph", text))
    return _merge_lists(out)


def words(blocks: Iterable[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def has_prose(blocks: Iterable[Block]) -> bool:
    """Whether any block reads as a sentence of prose (a short news brief does; a menu line, a
    title and a footer line, all a failed extraction gives, do not)."""
    return any(
        b.kind == "paragraph" and len(b.text.split()) >= _LEAD_MIN_WORDS and _SENTENCE_END.search(b.text)
        for b in blocks
    )


@dataclass(frozen=True)
class Restored:
    blocks: list[Block]
    standfirst: str = ""


_DESCRIPTION = etree.XPath(
    "//meta[@name='description' or @property='og:description' or @name='twitter:description']/@content"
)


def _same_text(a: str, b: str) -> bool:
    """One text is the other, or holds most of it (a description cut short, or extended)."""
    a, b = a.lower(), b.lower()
    if a == b or (len(b) >= 40 and (b.rstrip(".… ") in a or a.rstrip(".… ") in b)):
        return True
    return containment(b, a) >= 0.8 or containment(a, b) >= 0.8


def _caption(el: lxml_html.HtmlElement, body_parents: set[lxml_html.HtmlElement]) -> bool:
    """Text beside a picture: an ancestor within three levels holds an image or a video and
    none of the body's own paragraphs."""
    if _CAPTION_LABEL.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
        return True
    if _HAS_MEDIA(el) and len(el.text_content().split()) < 60:
        return True  # a paragraph holding a picture and the words under it
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= 3 or anc in body_parents or anc.tag in ("body", "html", "article", "main"):
            return False
        if _HAS_MEDIA(anc) or _CAPTION_LABEL.search(f"{anc.get('class') or ''} {anc.get('id') or ''}"):
            return True
    return False


# Labels of picture wrappers (lazy-loaded pictures leave no <img> to see).
_CAPTION_LABEL = re.compile(r"caption|credit|photo|gallery|slideshow|inlineimage|image-?embed", re.IGNORECASE)


def _merge_lists(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if b.kind == "list" and out and out[-1].kind == "list":
            out[-1] = Block("list", out[-1].text + "\n" + b.text)
        else:
            out.append(b)
    return out


def _common_ancestor(elements: list[lxml_html.HtmlElement]) -> lxml_html.HtmlElement | None:
    """The lowest element holding all of ``elements`` (given in document order: the lowest
    ancestor of the first and the last holds everything between them), below <body>."""
    if not elements:
        return None
    first, last = elements[0], elements[-1]
    mine = {last, *last.iterancestors()}
    top = next((a for a in (first, *first.iterancestors()) if a in mine), None)
    return top if top is not None and top.tag not in ("body", "html") else None


def _is_inside(el: lxml_html.HtmlElement, container: lxml_html.HtmlElement) -> bool:
    return any(anc is container for anc in el.iterancestors())


# ---- the title ----------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s+(?:[|–—·•»:]|-|::)\s+")


def choose_title(root: lxml_html.HtmlElement, found: str, sitename: str | None) -> str:
    """The page's headline: ``found`` (trafilatura's pick) unless it is the site's or the
    content system's name; then ``og:title``, the JSON-LD ``headline``, the ``<h1>``, the
    ``<title>`` without its site part, whichever is not such a name."""
    if found and len(found.split()) > 3:
        return found  # a system's or a site's name is a word or three
    names = {_key(n) for n in _system_names(root, sitename) if n}

    def bad(t: str) -> bool:
        k = _key(t)
        return not k or k in names or any(k == n.split()[0] for n in names if n) or len(k.split()) == 1 and k in _GENERIC

    if found and not bad(found):
        return found
    candidates = [
        *root.xpath("//meta[@property='og:title']/@content"),
        *(str(i.get("headline")) for i in _ld_items(root) if isinstance(i.get("headline"), str)),
        *(h.text_content() for h in root.iter("h1")),
        *root.xpath("//meta[@name='twitter:title']/@content"),
    ]
    for c in candidates:
        c = norm(str(c))
        if c and not bad(c):
            return c
    title_el = root.find(".//title")
    if title_el is not None and title_el.text:
        parts = _SEPARATORS.split(norm(title_el.text))
        for part in parts:
            if not bad(part) and len(part.split()) >= 2:
                return part
    return found


_GENERIC = frozenset(["home", "untitled", "index", "page", "article", "post", "blog", "news"])


def _system_names(root: lxml_html.HtmlElement, sitename: str | None) -> list[str]:
    names = [sitename or ""]
    for value in root.xpath("//meta[@name='generator' or @name='Generator']/@content"):
        text = norm(str(value))
        names.append(text)
        # "WordPress 6.4", "Joomla! - Open Source Content Management": the product's name alone
        head = re.split(r"\s+(?:-|–|\d)", text, maxsplit=1)[0]
        names.append(head)
    names += [norm(str(v)) for v in root.xpath("//meta[@property='og:site_name' or @name='application-name']/@content")]
    return names
