"""The settings tree: defaults < tidings.toml < TIDINGS_SECTION__KEY < CLI flags.

Resolved once at the edge (CLI, API, Dask runner) and passed down explicitly. Each field
has a default and a help line (``metadata["help"]``); unknown keys are errors that name
the file, the key and the accepted values.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from tidings.errors import ConfigError


def _f(default: Any, help: str) -> Any:  # "help" reads best in field declarations
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class FetchSettings:
    connect_timeout: float = _f(5.0, "Seconds to wait for a TCP/TLS connection.")
    read_timeout: float = _f(15.0, "Seconds to wait between bytes of a response.")
    total_timeout: float = _f(60.0, "Most seconds one fetch may take, redirects included.")
    max_bytes: int = _f(10_000_000, "Largest response body accepted, in bytes.")
    max_redirects: int = _f(5, "Most redirects followed before giving up.")
    user_agent: str = _f(
        "tidings/0.1 (+https://github.com/tidings-news/tidings; news event coder)",
        "User-Agent header sent with every request.",
    )
    respect_robots: bool = _f(True, "Obey robots.txt before fetching a page.")


@dataclass(frozen=True)
class ExtractSettings:
    max_bytes: int = _f(20_000_000, "Largest page accepted for extraction, in bytes.")
    favor_precision: bool = _f(
        True, "Ask trafilatura to prefer precision over recall (better F1 on news pages)."
    )


@dataclass(frozen=True)
class EventSettings:
    batch_size: int = _f(32, "Articles parsed together by spaCy's nlp.pipe.")
    max_words: int = _f(60_000, "Articles longer than this are coded on their first N words.")
    dictionaries: tuple[str, ...] = _f((), "Extra PETRARCH-format actor dictionaries to load.")
    min_confidence: float = _f(
        0.4, "Events below this confidence (0-1) are not output; chosen on the news-events study half and the study leads."
    )
    parse_all: bool = _f(True, "Parse every sentence (actors outside the dictionary are found by the parser's entity recogniser); false: a sentence naming no dictionary actor is only tokenized.")


@dataclass(frozen=True)
class DedupSettings:
    threshold: float = _f(0.8, "Jaccard similarity above which two bodies are near-duplicates.")
    num_perm: int = _f(128, "MinHash permutations.")
    shingle: int = _f(5, "Words per shingle.")


@dataclass(frozen=True)
class StorySettings:
    window_days: int = _f(3, "Articles further apart than this never share a story.")
    threshold: float = _f(0.35, "Cosine similarity (TF-IDF) needed to join a story.")
    related_k: int = _f(5, "Related articles kept per article.")
    event_window_days: int = _f(7, "Articles on the same events (shared dyads, event types, places) join over this many days.")
    event_threshold: float = _f(0.6, "Event overlap (0-1: dyads 1/2, event types 1/4, places 1/4) needed to join a story.")
    event_min_similarity: float = _f(0.1, "Word similarity (TF-IDF cosine) an event-based join still needs.")


@dataclass(frozen=True)
class StoreSettings:
    path: str = _f("tidings.duckdb", "The DuckDB file of the store.")


#: The kinds of alert rule, with the keys each one reads (``name`` and ``kind`` aside).
ALERT_KINDS: dict[str, tuple[str, ...]] = {
    "goldstein_below": ("dyad", "threshold", "window_days"),
    "first_assault": ("dyad",),
    "feed_failing": ("feed", "failures"),
    "new_actor": ("actor",),
}


@dataclass(frozen=True)
class AlertRule:
    """One rule of ``[[alerts.rules]]`` (see ``tidings.alerts``)."""

    name: str = _f("", "What the alert is called (defaults to the kind and the dyad or feed).")
    kind: str = _f("goldstein_below", "goldstein_below, first_assault, feed_failing or new_actor.")
    dyad: str = _f("", "Two actors, like ARM-AZE (first_assault: empty means any pair).")
    threshold: float = _f(-2.0, "goldstein_below: fire when the dyad's mean Goldstein drops below this.")
    window_days: int = _f(7, "goldstein_below: the mean is over the events of this many days.")
    feed: str = _f("", "feed_failing: the feed's address (empty means any watched feed).")
    failures: int = _f(3, "feed_failing: fire after this many failed polls in a row.")
    actor: str = _f("", "new_actor: only actor codes starting with this (RUS); empty means any.")

    @property
    def label(self) -> str:
        return self.name or " ".join(x for x in (self.kind, self.dyad, self.feed, self.actor) if x)


@dataclass(frozen=True)
class AlertSettings:
    webhook: str = _f("", "POST each batch of new alerts as JSON to this address (empty: no webhook).")
    webhook_timeout: float = _f(5.0, "Seconds to wait for the webhook.")
    rules: tuple[AlertRule, ...] = _f((), "The rules, as [[alerts.rules]] tables; evaluated after every ingest run.")


def _alert_rules(value: Any, where: str) -> tuple[AlertRule, ...]:
    """``[[alerts.rules]]`` tables into ``AlertRule``s; unknown keys and kinds are errors."""
    if not isinstance(value, list | tuple) or not all(isinstance(v, Mapping) for v in value):
        raise ConfigError(f"{where}: write the rules as [[alerts.rules]] tables", code="config.type")
    rules = []
    defaults = AlertRule()
    for i, table in enumerate(value, 1):
        here = f"{where}[{i}]"
        kind = str(table.get("kind", defaults.kind))
        if kind not in ALERT_KINDS:
            raise ConfigError(f"{here}: unknown kind {kind!r}; accepted: {', '.join(ALERT_KINDS)}",
                              code="config.unknown_key")
        accepted = ("name", "kind", *ALERT_KINDS[kind])
        new: dict[str, Any] = {}
        for key, item in table.items():
            if key not in accepted:
                raise ConfigError(f"{here}: unknown key {key!r} for a {kind} rule; accepted: {', '.join(accepted)}",
                                  code="config.unknown_key")
            new[key] = _coerce(item, getattr(defaults, key), f"{here}.{key}")
        rule = dataclasses.replace(defaults, **new)
        if rule.dyad and len([p for p in rule.dyad.replace(",", "-").split("-") if p]) != 2:
            raise ConfigError(f"{here}.dyad: give two actor codes like ARM-AZE, got {rule.dyad!r}", code="config.type")
        if kind == "goldstein_below" and not rule.dyad:
            raise ConfigError(f"{here}: a goldstein_below rule needs a dyad (ARM-AZE)", code="config.missing")
        rules.append(rule)
    return tuple(rules)


@dataclass(frozen=True)
class CacheSettings:
    dir: str = _f(
        "",
        "Directory for the actor dictionary and place index built from the data files; empty: "
        "$XDG_CACHE_HOME/tidings or ~/.cache/tidings; 'off': build them in memory on every start.",
    )


@dataclass(frozen=True)
class Settings:
    fetch: FetchSettings = field(default_factory=FetchSettings, metadata={"help": "Fetching URLs."})
    extract: ExtractSettings = field(default_factory=ExtractSettings, metadata={"help": "Extraction."})
    events: EventSettings = field(default_factory=EventSettings, metadata={"help": "Event coding."})
    dedup: DedupSettings = field(default_factory=DedupSettings, metadata={"help": "Deduplication."})
    stories: StorySettings = field(default_factory=StorySettings, metadata={"help": "Story clustering."})
    store: StoreSettings = field(default_factory=StoreSettings, metadata={"help": "The store."})
    alerts: AlertSettings = field(default_factory=AlertSettings, metadata={"help": "Alert rules and delivery."})
    cache: CacheSettings = field(default_factory=CacheSettings, metadata={"help": "Cached indexes."})

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _coerce(value: Any, current: Any, where: str) -> Any:
    if isinstance(current, bool):
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("1", "true", "yes", "on"):
            return True
        if str(value).lower() in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{where}: expected true or false, got {value!r}", code="config.type")
    if isinstance(current, tuple):
        if isinstance(value, str):
            return tuple(v for v in value.split(",") if v)
        return tuple(value)
    try:
        return type(current)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"{where}: expected {type(current).__name__}, got {value!r}", code="config.type"
        ) from exc


def _apply(settings: Settings, updates: Mapping[str, Mapping[str, Any]], origin: str) -> Settings:
    sections = {f.name: f for f in fields(Settings)}
    changed: dict[str, Any] = {}
    for section, values in updates.items():
        if section not in sections:
            raise ConfigError(
                f"{origin}: unknown section [{section}]; accepted: {', '.join(sorted(sections))}",
                code="config.unknown_key",
            )
        current = getattr(settings, section)
        keys = {f.name for f in fields(current)}
        new: dict[str, Any] = {}
        for key, value in values.items():
            if key not in keys:
                raise ConfigError(
                    f"{origin}: unknown key {section}.{key}; accepted: {', '.join(sorted(keys))}",
                    code="config.unknown_key",
                )
            if section == "alerts" and key == "rules":
                new[key] = _alert_rules(value, f"{origin}: alerts.rules")
                continue
            new[key] = _coerce(value, getattr(current, key), f"{origin}: {section}.{key}")
        changed[section] = dataclasses.replace(current, **new)
    return dataclasses.replace(settings, **changed)


def load_settings(
    path: str | Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
) -> Settings:
    """Resolve settings: defaults, then ``tidings.toml`` (or ``path``), then the
    ``TIDINGS_SECTION__KEY`` environment variables, then ``overrides`` (CLI flags)."""
    settings = Settings()
    toml_path = Path(path) if path else Path("tidings.toml")
    if toml_path.is_file():
        try:
            data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{toml_path}: not valid TOML: {exc}", code="config.syntax") from exc
        settings = _apply(settings, data, str(toml_path))
    elif path:
        raise ConfigError(f"{toml_path}: settings file not found", code="config.missing")
    env = os.environ if environ is None else environ
    from_env: dict[str, dict[str, str]] = {}
    for name, value in env.items():
        if name.startswith("TIDINGS_") and "__" in name:
            section, _, key = name[len("TIDINGS_"):].lower().partition("__")
            from_env.setdefault(section, {})[key] = value
    if from_env:
        settings = _apply(settings, from_env, "environment")
    if overrides:
        settings = _apply(settings, overrides, "command line")
    return settings


def cache_dir(settings: CacheSettings | None = None, *, environ: Mapping[str, str] | None = None) -> Path | None:
    """The directory of cached indexes (see ``tidings.indexcache``), or None for no cache.

    ``settings.dir`` when set (``off`` disables the cache), else ``$XDG_CACHE_HOME/tidings``,
    else ``~/.cache/tidings``. Without ``settings``, the settings are resolved here
    (``tidings.toml`` and ``TIDINGS_CACHE__DIR``), because the indexes are loaded deep in the
    coder, once per process; a settings file that does not load gives the default directory
    (its error is reported where the settings are loaded for the run).
    """
    env = os.environ if environ is None else environ
    if settings is None:
        try:
            settings = load_settings(environ=env).cache
        except ConfigError:
            settings = CacheSettings()
    value = settings.dir.strip()
    if value.lower() == "off":
        return None
    if value:
        return Path(value).expanduser()
    xdg = env.get("XDG_CACHE_HOME", "").strip()
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "tidings"
    try:
        return Path.home() / ".cache" / "tidings"
    except RuntimeError:  # no home directory to be found: no cache
        return None
