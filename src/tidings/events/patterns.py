"""The event patterns: ``tidings/data/verbs.yaml`` (see its header for the format)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from tidings.errors import ConfigError
from tidings.events.cameo import is_code


@dataclass(frozen=True)
class Pattern:
    id: str
    lemma: str
    code: str
    kind: str = "verb"  # verb, noun or adjective
    prep: tuple[str, ...] = ()
    particle: tuple[str, ...] = ()
    obj: tuple[str, ...] = ()
    pobj: tuple[str, ...] = ()  # the object of one of ``prep`` must be one of these ("took to the streets")
    xcomp: tuple[str, ...] = ()
    target: str = "obj"  # obj, dobj (the direct object only), prep (the pattern's prepositions only), ccomp, subject, receiver or none
    reciprocal: bool = False
    # each side does the act to the other ("Russia and Ukraine exchanged prisoners": each
    # freed the other's): two events, one each way
    mutual: bool = False
    need_target: bool = False
    # no event unless someone is named as doing it (a state told of the ones it is done to,
    # "engineers who had been held hostage for two years", is no act with a doer)
    need_source: bool = False
    intent: bool = False
    need_prep: bool = False
    ccomp_aux: tuple[str, ...] = ()
    # the subject's word must be one of these (the verb dictionary's "DEMONSTRATORS * GATHER")
    subj: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, Pattern]
    adjectives: dict[str, Pattern]
    light: frozenset[str]
    # A noun given a list of patterns: the ones tried before ``nouns[lemma]``, each only
    # when one of its prepositions hangs on the noun ("a call with X" is a phone call, "a
    # call for X" an appeal).
    noun_alternatives: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)

    @functools.cached_property
    def noun_heads(self) -> frozenset[str]:
        """The last word of every nominal pattern ("strike" of "air strike", "siege" of "state
        of siege"): a noun that is none of these names no act by itself or with a modifier."""
        return frozenset(k.split()[-1] for k in (*self.nouns, *self.noun_alternatives))

    def noun(self, lemma: str, preps: dict[str, set[str]]) -> Pattern | None:
        """The pattern of a nominal event ``lemma`` with these prepositions on it, each with
        the lemmas of its objects (an alternative with ``pobj`` words only when one of its
        prepositions governs one of them: "the release of aid")."""
        for pat in self.noun_alternatives.get(lemma, ()):
            if any(p in preps and (not pat.pobj or preps[p] & set(pat.pobj)) for p in pat.prep):
                return pat
        return self.nouns.get(lemma)


def _words(raw: Any) -> tuple[str, ...]:
    """A list of words; YAML 1.1 reads a bare on/off/yes/no as a boolean, which here can
    only mean the word ("prep: [on]"), so it is read back as "on"/"off"."""
    return tuple(("on" if w else "off") if isinstance(w, bool) else str(w) for w in (raw or ()))


def _pattern(lemma: str, kind: str, raw: Any, where: str) -> Pattern:
    if not isinstance(raw, dict) or "code" not in raw:
        raise ConfigError(f"{where}: pattern for {lemma!r} needs a mapping with a 'code'", code="config.patterns")
    code = str(raw["code"])
    if not is_code(code):
        raise ConfigError(f"{where}: {lemma!r} has {code!r}, not a CAMEO code", code="config.patterns")
    known = {"code", "id", "prep", "particle", "obj", "pobj", "xcomp", "target", "reciprocal", "mutual", "need_target", "need_source", "intent", "need_prep", "ccomp_aux", "subj"}
    extra = set(raw) - known
    if extra:
        raise ConfigError(f"{where}: {lemma!r} has unknown keys {sorted(extra)}; accepted: {sorted(known)}", code="config.patterns")
    parts = [lemma] + [f"{k}" for k in ("particle", "obj", "pobj", "xcomp") if raw.get(k)]
    return Pattern(
        id=str(raw.get("id") or ".".join(parts)),
        lemma=lemma,
        code=code,
        kind=kind,
        prep=_words(raw.get("prep")),
        particle=_words(raw.get("particle")),
        obj=_words(raw.get("obj")),
        pobj=_words(raw.get("pobj")),
        xcomp=_words(raw.get("xcomp")),
        target=str(raw.get("target", "obj")),
        reciprocal=bool(raw.get("reciprocal", False)),
        mutual=bool(raw.get("mutual", False)),
        need_target=bool(raw.get("need_target", False)),
        need_source=bool(raw.get("need_source", False)),
        intent=bool(raw.get("intent", False)),
        need_prep=bool(raw.get("need_prep", False)),
        ccomp_aux=_words(raw.get("ccomp_aux")),
        subj=_words(raw.get("subj")),
    )


# libyaml's parser when PyYAML has it (a tenth of the pure-Python parser's time at start-up)
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeBase):  # type: ignore[misc,valid-type]
    """A YAML loader that refuses a key given twice in one mapping: in a lexicon the second
    entry would silently replace the first."""

    code = "config.patterns"


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ConfigError(
                f"{loader.name}:{key_node.start_mark.line + 1}: {key!r} is given twice (first at line {seen[key] + 1})",
                code=loader.code,
            )
        seen[key] = key_node.start_mark.line
    out: dict[Any, Any] = loader.construct_mapping(node, deep=deep)
    return out


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def load_yaml(text: str, where: str, code: str = "config.patterns") -> Any:
    """Parse a lexicon file; a key given twice is an error naming the file and line (``code``
    the error's code)."""
    loader = _UniqueKeyLoader(text)
    loader.name = where
    loader.code = code
    try:
        return loader.get_single_data()
    except yaml.YAMLError as e:
        raise ConfigError(f"{where}: not valid YAML: {e}", code=code) from None
    finally:
        loader.dispose()


def parse_lexicon(data: Any, where: str) -> Lexicon:
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping with verbs/nouns/adjectives/light", code="config.patterns")
    verbs = {
        lemma: tuple(_pattern(lemma, "verb", p, where) for p in (pats if isinstance(pats, list) else [pats]))
        for lemma, pats in (data.get("verbs") or {}).items()
    }
    nouns: dict[str, Pattern] = {}
    alternatives: dict[str, tuple[Pattern, ...]] = {}
    for lemma, raw in (data.get("nouns") or {}).items():
        pats = [_pattern(lemma, "noun", p, where) for p in (raw if isinstance(raw, list) else [raw])]
        nouns[lemma] = pats[-1]
        if len(pats) > 1:
            alternatives[lemma] = tuple(pats[:-1])
    adjs = {lemma: _pattern(lemma, "adjective", p, where) for lemma, p in (data.get("adjectives") or {}).items()}
    return Lexicon(verbs, nouns, adjs, frozenset(data.get("light") or ()), alternatives)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped patterns."""
    text = resources.files("tidings").joinpath("data/verbs.yaml").read_text(encoding="utf-8")
    return parse_lexicon(load_yaml(text, "tidings/data/verbs.yaml"), "tidings/data/verbs.yaml")


def merge(base: Lexicon, extra: Lexicon) -> Lexicon:
    """``extra``'s patterns first, then ``base``'s (a user dictionary wins)."""
    verbs = dict(base.verbs)
    for lemma, pats in extra.verbs.items():
        verbs[lemma] = pats + verbs.get(lemma, ())
    return Lexicon(verbs, {**base.nouns, **extra.nouns}, {**base.adjectives, **extra.adjectives}, base.light | extra.light,
                   {**base.noun_alternatives, **extra.noun_alternatives})
