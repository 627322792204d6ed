"""Read PETRARCH/TABARI-format actor and agent dictionaries into the phrase index.

Accepted syntax (one file may mix actors and agents):

- comments: ``#`` to the end of a line; ``<!-- ... -->`` blocks, which may span lines;
- actors: a root phrase (words joined by ``_`` or spaces), optionally followed by its code
  block on the same line; ``+PHRASE`` lines add synonyms to the last root; code lines
  ``[CODE]``, ``[CODE YYMMDD-YYMMDD]``, ``[CODE >YYMMDD]``, ``[CODE <YYMMDD]`` (dates as
  YYMMDD or YYYYMMDD; two-digit years up to 30 read as 20xx, later ones as 19xx); a code
  ``A/B`` names several actors; a root that never receives a code is ignored;
- agents: ``PHRASE {PLURALS} [~CODE]`` (``{}`` = no plural) or ``[CODE~]`` for a primary
  code such as ``NGO``; substitution sets ``!NAME! = word, word`` expand ``!NAME!`` in
  later phrases.

A phrase ending in ``_`` matches exactly; otherwise its regular plural matches too (stems,
which TABARI matched as word prefixes, are matched as written). Matching ignores case,
except that a one-word actor of three letters or fewer ("US", "UN") must be in capitals
and other actor phrases must start with a capital.

Anything else raises ``ConfigError`` naming the file and line; a lenient load
(``problems`` given) skips such a line instead and notes why.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tidings.actors.dictionary import (
    ActorDictionary,
    DatedActor,
    DatedCode,
    Entry,
    phrase_tokens,
    plural_forms,
)
from tidings.errors import ConfigError
from tidings.model import Actor

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_SUBST = re.compile(r"^(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
_CODE = re.compile(r"^[A-Za-z0-9+\-#/]+$")
_RESTRICTION = re.compile(r"^(?P<code>\S+)\s*(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<d1>\d+)\s*-\s*(?P<d2>\d+))?$")


def _fail(path: Path, lineno: int, message: str, code: str = "actors.petrarch_syntax") -> ConfigError:
    return ConfigError(f"line {lineno}: {message}", source=str(path), code=code)


def parse_date(text: str, path: Path, lineno: int) -> dt.date:
    """YYMMDD or YYYYMMDD."""
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            return dt.date(2000 + yy if yy <= 30 else 1900 + yy, int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    raise _fail(path, lineno, f"bad date {text!r} in a code restriction; write YYMMDD or YYYYMMDD", "actors.bad_date")


def parse_code(block: str, path: Path, lineno: int) -> DatedCode:
    """One actor code block's content: ``RUSGOV``, ``RUSGOV >080508``, ``X 950601-990815``."""
    m = _RESTRICTION.match(block.strip())
    if not m or not _CODE.match(m.group("code")):
        raise _fail(path, lineno, f"bad code block [{block}]; expected [CODE] or [CODE YYMMDD-YYMMDD]")
    code = m.group("code").upper()
    if m.group("op") == "<":
        return DatedCode(code, None, parse_date(m.group("d"), path, lineno))
    if m.group("op") == ">":
        return DatedCode(code, parse_date(m.group("d"), path, lineno), None)
    if m.group("d1"):
        return DatedCode(code, parse_date(m.group("d1"), path, lineno), parse_date(m.group("d2"), path, lineno))
    return DatedCode(code)


def _phrase_text(raw: str) -> tuple[str, bool]:
    """("WORDS WITH SPACES", exact) from a dictionary phrase."""
    raw = raw.strip()
    exact = raw.endswith("_")
    return " ".join(w for w in raw.replace("_", " ").split()), exact


class _Reader:
    def __init__(self, path: Path, d: ActorDictionary) -> None:
        self.path = path
        self.d = d
        self.subst: dict[str, list[str]] = {}
        self.root: str | None = None
        self.root_line = 0
        self.phrases: list[tuple[str, bool]] = []
        self.codes: list[DatedCode] = []
        self.count = 0

    # actors ---------------------------------------------------------------------------
    def flush(self) -> None:
        if self.root is not None and self.codes:
            name = self.phrases[0][0].title()
            dated = DatedActor(name, tuple(self.codes))
            for text, exact in self.phrases:
                self._add(text, exact, Entry("dated", dated=dated, source="petrarch"), actor=True)
        self.root, self.phrases, self.codes = None, [], []

    def _add(self, text: str, exact: bool, entry: Entry, *, actor: bool) -> None:
        forms = [text] if exact else [text, *plural_forms(text)]
        for form in forms:
            toks = phrase_tokens(form)
            if not toks:
                continue
            if not actor:
                casing = tuple(0 for _ in toks)
            elif len(toks) == 1 and len(toks[0].replace(".", "")) <= 3:
                casing = (2,)
            else:
                casing = (1, *(0 for _ in toks[1:]))
            from dataclasses import replace

            self.d.index.add(toks, replace(entry, casing=casing), first=True)
            self.count += 1

    def expand(self, phrase: str, lineno: int) -> list[str]:
        out = [phrase]
        for name in re.findall(r"![A-Za-z0-9_]+!", phrase):
            if name not in self.subst:
                raise _fail(self.path, lineno, f"substitution set {name} is used before it is defined")
            out = [p.replace(name, w, 1) for p in out for w in self.subst[name]]
        return out

    def line(self, lineno: int, text: str) -> None:
        stripped = text.strip()
        m = _SUBST.match(stripped)
        if m:
            self.subst[m.group(1)] = [w.strip().replace(" ", "_") for w in m.group(2).split(",") if w.strip()]
            return
        blocks = _CODE_BLOCK.findall(stripped)
        if stripped.count("[") != stripped.count("]") or len(blocks) != stripped.count("["):
            raise _fail(self.path, lineno, f"unbalanced brackets in {stripped!r}")
        if any("~" in b for b in blocks):
            self.flush()
            self.agent(lineno, stripped, blocks)
            return
        head = _CODE_BLOCK.sub(" ", stripped).strip()
        if stripped.startswith("+"):
            if self.root is None:
                raise _fail(self.path, lineno, f"synonym {stripped!r} before any root phrase")
            for p in self.expand(head[1:], lineno):
                self.phrases.append(_phrase_text(p))
        elif head:
            if "{" in head or "}" in head:
                raise _fail(self.path, lineno, f"plural braces {{}} belong to agent lines ([~CODE]): {stripped!r}")
            self.flush()
            self.root, self.root_line = head, lineno
            self.phrases = [_phrase_text(p) for p in self.expand(head, lineno)]
        elif self.root is None:
            raise _fail(self.path, lineno, f"code line {stripped!r} before any root phrase")
        for b in blocks:
            self.codes.append(parse_code(b, self.path, lineno))

    # agents ---------------------------------------------------------------------------
    def agent(self, lineno: int, text: str, blocks: list[str]) -> None:
        if len(blocks) != 1:
            raise _fail(self.path, lineno, f"an agent line takes one [~CODE] block: {text!r}")
        code = blocks[0].replace(" ", "")
        before = text[: text.index("[")]
        plurals: list[str] | None = None
        if "{" in before:
            if "}" not in before:
                raise _fail(self.path, lineno, f"unclosed {{ in {text!r}")
            inner = before[before.index("{") + 1 : before.index("}")]
            plurals = [p for p in re.split(r"[\s,]+", inner) if p]
            before = before[: before.index("{")]
        phrase = before.strip()
        if not phrase or not re.fullmatch(r"~?[A-Za-z0-9]+~?", code) or code.count("~") != 1:
            raise _fail(self.path, lineno, f"bad agent line {text!r}; expected PHRASE [~CODE]")
        if code.startswith("~"):
            entry = Entry("role", role=code[1:].upper(), title=False, source="petrarch")
        else:
            primary = code[:-1].upper()
            entry = Entry("actor", actor=Actor(code=primary, name=primary, kind="group"), source="petrarch")
        for p in self.expand(phrase, lineno):
            text_p, exact = _phrase_text(p)
            if plurals is not None:
                self._add(text_p, True, entry, actor=False)
                for pl in plurals:
                    for pe in self.expand(pl, lineno):
                        from dataclasses import replace

                        self._add(_phrase_text(pe)[0], True, replace(entry, plural=True) if entry.kind == "role" else entry, actor=False)
            else:
                self._add(text_p, exact, entry, actor=False)


def load_petrarch(path: Path, d: ActorDictionary, problems: list[str] | None = None) -> int:
    """Add one PETRARCH actor/agent file's phrases to ``d`` (ahead of shipped entries).
    Returns the number of phrases added. With a ``problems`` list, a malformed line is
    skipped and described there ("FILE: line N: why") instead of raising.

    Raises:
        ConfigError: the file cannot be read, or a line is malformed and no ``problems``
            list was given.
    """
    try:
        raw = path.read_text(encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raw = path.read_text(encoding="latin-1")
    except OSError as exc:
        raise ConfigError(f"cannot read actor dictionary ({exc.strerror})", source=str(path), code="actors.dictionary_missing") from exc
    reader = _Reader(path, d)
    in_comment = False
    for lineno, line in enumerate(raw.splitlines(), 1):
        if in_comment:
            if "-->" in line:
                in_comment = False
                line = line[line.index("-->") + 3 :]
            else:
                continue
        s = line.lstrip()
        if s.startswith("<"):
            if "-->" not in s and ">" not in s[1:]:
                in_comment = True
            continue
        if "#" in line:
            line = line[: line.index("#")]
        if not line.strip():
            continue
        if problems is None:
            reader.line(lineno, line)
            continue
        try:
            reader.line(lineno, line)
        except ConfigError as exc:
            problems.append(str(exc))
    reader.flush()
    return reader.count
