from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from tidings.config import Settings, load_settings
from tidings.errors import ConfigError


def test_settings_every_field_has_a_help_line() -> None:
    for section in fields(Settings):
        assert section.metadata.get("help"), section.name
        for f in fields(section.default_factory()):  # type: ignore[misc]
            assert f.metadata.get("help"), f"{section.name}.{f.name} has no help line"


def test_load_settings_precedence_file_env_flags(tmp_path: Path) -> None:
    toml = tmp_path / "tidings.toml"
    toml.write_text("[fetch]\nread_timeout = 3.5\nmax_redirects = 2\n", encoding="utf-8")
    s = load_settings(toml, environ={"TIDINGS_FETCH__MAX_REDIRECTS": "4"},
                      overrides={"store": {"path": "x.duckdb"}})
    assert (s.fetch.read_timeout, s.fetch.max_redirects, s.store.path) == (3.5, 4, "x.duckdb")


def test_load_settings_unknown_key_names_file_and_accepted_keys(tmp_path: Path) -> None:
    toml = tmp_path / "tidings.toml"
    toml.write_text("[fetch]\ntimeout = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(toml, environ={})
    msg = str(info.value)
    assert str(toml) in msg and "fetch.timeout" in msg and "read_timeout" in msg


def test_load_settings_bad_type_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="expected int"):
        load_settings(None, environ={"TIDINGS_FETCH__MAX_REDIRECTS": "many"})
