"""Load a PETRARCH verb dictionary (``CAMEO.2.0.txt``, ``PETR.Validate.verbs.txt``) as patterns.

What is read: verb blocks ``--- LABEL [CODE] ---``, their verb lines (``WORD`` or
``WORD {IRREGULAR FORMS}`` with an optional ``[code]`` of their own), and of the pattern
lines ``- ... * ... [CODE]`` the two simple kinds a dependency coder can apply: a direct
object word (``- * CREDENTIALS [142]``) and a preposition before the target
(``- * AGAINST + [173]``). Other pattern lines (word sequences before the verb, synsets,
transformations) are counted and skipped. Codes are taken as written: the validation
dictionary uses WEIS codes, which are not CAMEO.

Raises ``ConfigError`` naming the file and line for a block header or code that cannot be
read.
"""

from __future__ import annotations

import re
from pathlib import Path

from tidings.errors import ConfigError
from tidings.events.patterns import Lexicon, Pattern

_HEADER = re.compile(r"^---\s+(\S.*?)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]+)\]")
_PREPS = {"against", "on", "with", "to", "for", "at", "in", "into", "from", "over", "upon", "toward", "towards", "about", "of", "between"}


def load_verbs(path: str | Path) -> tuple[Lexicon, dict[str, int]]:
    """(lexicon, counts of what was read and skipped) from a PETRARCH verb file."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read verb dictionary: {exc.strerror}", source=str(p), code="config.verbs") from exc
    verbs: dict[str, list[Pattern]] = {}
    counts = {"blocks": 0, "verbs": 0, "patterns_used": 0, "patterns_skipped": 0}
    block_code: str | None = None
    block_verbs: list[str] = []
    for n, raw in enumerate(lines, 1):
        m = _HEADER.match(raw)
        line = raw.split("#", 1)[0].rstrip()
        if not m and (not line.strip() or line.startswith(("<!--", "&", "+", "~"))):
            continue
        if m:
            code = m.group(2).strip()
            block_code = code if re.fullmatch(r"\d{2,4}", code) else None
            block_verbs = []
            counts["blocks"] += 1
            continue
        if line.startswith("---"):
            raise ConfigError(f"line {n}: malformed verb block header: {raw.strip()!r}", source=str(p), code="config.verbs")
        if line.lstrip().startswith("-"):
            cm = _CODE.search(line)
            if not cm or not block_verbs:
                counts["patterns_skipped"] += 1
                continue
            code = cm.group(1).strip().split(":")[-1]
            if not re.fullmatch(r"\d{2,4}", code):
                counts["patterns_skipped"] += 1
                continue
            body = line.lstrip()[1:line.find("[") - 1 if "[" in line else None].strip()
            pre, _, post = body.partition("*")
            words = [w for w in post.split() if w not in ("+", "$", "^", "%")]
            if pre.strip() or not words or any(w.startswith("&") for w in words):
                counts["patterns_skipped"] += 1
                continue
            first = words[0].lower().replace("_", " ")
            for lemma in block_verbs:
                if first in _PREPS:
                    pat = Pattern(f"petrarch.{lemma}.{first}", lemma, code, prep=(first,), need_prep=True)
                else:
                    pat = Pattern(f"petrarch.{lemma}.{first.split()[0]}", lemma, code, obj=(first.split()[0],))
                verbs.setdefault(lemma, []).insert(0, pat)
            counts["patterns_used"] += 1
            continue
        # a verb line: WORD [{FORMS}] [[code]]
        wm = re.match(r"[A-Za-z_'+-]+", line.split()[0])
        word = wm.group(0) if wm else ""
        if not word:
            raise ConfigError(f"line {n}: expected a verb, got {raw.strip()!r}", source=str(p), code="config.verbs")
        own = _CODE.search(line)
        code = own.group(1).strip() if own else block_code
        lemma = word.lower().strip("+").split("_")[0]
        block_verbs.append(lemma)
        if code and re.fullmatch(r"\d{2,4}", code):
            verbs.setdefault(lemma, []).append(Pattern(f"petrarch.{lemma}", lemma, code))
            counts["verbs"] += 1
    lex = Lexicon({k: tuple(v) for k, v in verbs.items()}, {}, {}, frozenset())
    return lex, counts
