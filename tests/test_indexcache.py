"""The disk cache of indexes built from data files (issue 9: cold start): the actor
dictionary and the place index are built once, read back by later loads, built again when a
data file changes, and a damaged cache or an unwritable directory is never an error."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tidings import indexcache
from tidings.actors import dictionary
from tidings.actors.resolve import ActorResolver
from tidings.config import CacheSettings, cache_dir
from tidings.events import places


class Counter:
    """A build function that counts its calls."""

    def __init__(self, value: object = None) -> None:
        self.calls = 0
        self.value = value if value is not None else {"built": True, "rows": list(range(100))}

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def _only_file(directory: Path, name: str) -> Path:
    (path,) = directory.glob(f"{name}-*.pickle")
    return path


# ---- the cache itself ----------------------------------------------------------------------


def test_load_or_build_builds_once_then_reads_the_file(tmp_path: Path) -> None:
    build = Counter()
    first = indexcache.load_or_build("thing", "k1", build, tmp_path)
    second = indexcache.load_or_build("thing", "k1", build, tmp_path)
    assert build.calls == 1
    assert first == second == build.value
    assert second is not build.value  # read back from the file, not kept in memory
    assert [p.name for p in tmp_path.iterdir()] == [_only_file(tmp_path, "thing").name]  # no temp file left


def test_load_or_build_builds_again_for_another_key(tmp_path: Path) -> None:
    build = Counter()
    indexcache.load_or_build("thing", "k1", build, tmp_path)
    indexcache.load_or_build("thing", "k2", build, tmp_path)
    assert build.calls == 2
    indexcache.load_or_build("thing", "k2", build, tmp_path)
    assert build.calls == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"not a pickle at all"),
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),  # truncated
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(pickle.dumps(("another key", "stale"))),
        lambda p: p.write_bytes(pickle.dumps(["not", "a", "cache", "record"])),
    ],
    ids=["garbage", "truncated", "empty", "other-key", "other-shape"],
)
def test_load_or_build_ignores_a_damaged_file_and_replaces_it(tmp_path: Path, damage: object) -> None:
    build = Counter()
    indexcache.load_or_build("thing", "k1", build, tmp_path)
    damage(_only_file(tmp_path, "thing"))  # type: ignore[operator]
    assert indexcache.load_or_build("thing", "k1", build, tmp_path) == build.value
    assert build.calls == 2
    assert indexcache.load_or_build("thing", "k1", build, tmp_path) == build.value
    assert build.calls == 2  # the damaged file was replaced by a good one


def test_load_or_build_in_processes_at_once_leaves_one_whole_file(tmp_path: Path) -> None:
    # Four processes find no cache, build (slowly) and write at the same moment: each gets
    # its value, no temporary file is left, and the file that stays is whole.
    snippet = (
        "import sys, time; from pathlib import Path; from tidings import indexcache\n"
        "def build():\n    time.sleep(0.3)\n    return list(range(200_000))\n"
        "got = indexcache.load_or_build('thing', 'k1', build, Path(sys.argv[1]))\n"
        "assert got == list(range(200_000))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", snippet, str(tmp_path)]) for _ in range(4)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0, 0]
    assert [p.name for p in tmp_path.iterdir()] == [_only_file(tmp_path, "thing").name]
    build = Counter()
    assert indexcache.load_or_build("thing", "k1", build, tmp_path) == list(range(200_000))
    assert build.calls == 0


def test_load_or_build_without_a_usable_directory_just_builds(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a regular file where the cache directory would be\n")
    build = Counter()
    for directory in (blocker / "cache", None):
        assert indexcache.load_or_build("thing", "k1", build, directory) == build.value
        assert indexcache.load_or_build("thing", "k1", build, directory) == build.value
    assert build.calls == 4
    assert blocker.read_text().startswith("a regular file")


def test_load_or_build_removes_files_of_old_keys_only_after_a_while(tmp_path: Path) -> None:
    indexcache.load_or_build("thing", "old", Counter(), tmp_path)
    old = _only_file(tmp_path, "thing")
    indexcache.load_or_build("thing", "new", Counter(), tmp_path)
    assert old.exists()  # another checkout may still use it
    week_ago = old.stat().st_mtime - indexcache.STALE_AFTER - 60
    os.utime(old, (week_ago, week_ago))
    indexcache.load_or_build("thing", "newer", Counter(), tmp_path)
    assert not old.exists()
    assert len(list(tmp_path.glob("thing-*.pickle"))) == 2


def test_cache_key_follows_file_contents_and_versions(tmp_path: Path) -> None:
    data = tmp_path / "rows.tsv"
    data.write_text("a\tb\n")
    key = indexcache.cache_key([data], {"pkg": "1.0"})
    assert indexcache.cache_key([data], {"pkg": "1.0"}) == key
    assert indexcache.cache_key([data], {"pkg": "1.1"}) != key
    data.write_text("a\tc\n")
    assert indexcache.cache_key([data], {"pkg": "1.0"}) != key


def test_cache_dir_setting_env_and_default(tmp_path: Path) -> None:
    assert cache_dir(CacheSettings(dir=str(tmp_path)), environ={}) == tmp_path
    assert cache_dir(CacheSettings(dir="off"), environ={}) is None
    assert cache_dir(CacheSettings(), environ={"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "tidings"
    home = Path.home() / ".cache" / "tidings"
    assert cache_dir(CacheSettings(), environ={}) == home
    assert cache_dir(CacheSettings(), environ={"XDG_CACHE_HOME": "relative/dir"}) == home  # as the XDG spec says
    assert cache_dir(environ={"TIDINGS_CACHE__DIR": str(tmp_path / "c")}) == tmp_path / "c"
    assert cache_dir(environ={"TIDINGS_CACHE__DIR": "off"}) is None


# ---- the actor dictionary ------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the shipped data files that a test may change."""
    return Path(shutil.copytree(dictionary.shipped_data_dir(), tmp_path / "data"))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The data directories the actor dictionary was built from, one per build."""
    seen: list[Path] = []
    real = dictionary._build

    def counting(data: Path) -> dictionary.ActorDictionary:
        seen.append(data)
        return real(data)

    monkeypatch.setattr(dictionary, "_build", counting)
    return seen


def test_actor_dictionary_is_built_once_and_read_from_the_cache(
    data_dir: Path, tmp_path: Path, builds: list[Path]
) -> None:
    cache = tmp_path / "cache"
    first = dictionary.build_shipped(data_dir, cache_dir=cache)
    path = _only_file(cache, "actors")
    stamp = path.stat().st_mtime_ns, path.stat().st_ino
    second = dictionary.build_shipped(data_dir, cache_dir=cache)
    assert builds == [data_dir]
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == stamp
    assert second is not first and second.index.size == first.index.size > 5000
    assert second.index.root == first.index.root and second.people == first.people
    assert ActorResolver(second).lookup("the Kremlin") == ActorResolver(first).lookup("the Kremlin") != ()


def test_actor_dictionary_is_rebuilt_when_a_data_file_changes(
    data_dir: Path, tmp_path: Path, builds: list[Path]
) -> None:
    cache = tmp_path / "cache"
    before = ActorResolver(dictionary.build_shipped(data_dir, cache_dir=cache))
    assert before.lookup("Quillfeather Palace") == ()
    with (data_dir / "metonyms.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Quillfeather Palace\tRUSGOV\tQuillfeather Palace\n")
    after = ActorResolver(dictionary.build_shipped(data_dir, cache_dir=cache))
    assert len(builds) == 2
    assert [a.code for a in after.lookup("Quillfeather Palace")] == ["RUSGOV"]
    # and the rebuilt dictionary is what the next load reads
    again = ActorResolver(dictionary.build_shipped(data_dir, cache_dir=cache))
    assert len(builds) == 2
    assert [a.code for a in again.lookup("Quillfeather Palace")] == ["RUSGOV"]


def test_actor_dictionary_survives_a_corrupt_cache_file(data_dir: Path, tmp_path: Path, builds: list[Path]) -> None:
    cache = tmp_path / "cache"
    dictionary.build_shipped(data_dir, cache_dir=cache)
    path = _only_file(cache, "actors")
    path.write_bytes(path.read_bytes()[:1000])
    rebuilt = dictionary.build_shipped(data_dir, cache_dir=cache)
    assert len(builds) == 2
    assert [a.code for a in ActorResolver(rebuilt).lookup("the Kremlin")] == ["RUSGOV"]
    assert pickle.loads(path.read_bytes())[1].index.size == rebuilt.index.size  # a whole file again


def test_actor_dictionary_without_cache_builds_every_time(data_dir: Path, builds: list[Path]) -> None:
    dictionary.build_shipped(data_dir, cache_dir=None)
    dictionary.build_shipped(data_dir, cache_dir=None)
    assert builds == [data_dir, data_dir]


# ---- the place index -----------------------------------------------------------------------


def test_place_index_is_built_once_and_survives_a_corrupt_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = places._build

    def counting() -> places.Index:
        calls.append(1)
        return real()

    monkeypatch.setattr(places, "_build", counting)
    first = places.load_index(cache_dir=tmp_path)
    second = places.load_index(cache_dir=tmp_path)
    assert len(calls) == 1
    assert second == first and second[0]["moscow"][1] == "RUS" and second[1]["moscow"] == "RUS"
    _only_file(tmp_path, "places").write_bytes(b"\x80\x05garbage")
    third = places.load_index(cache_dir=tmp_path)
    assert len(calls) == 2 and third[1] == first[1]


# ---- a fresh process -----------------------------------------------------------------------


def test_cli_events_fills_the_cache_then_reads_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "TIDINGS_CACHE__DIR": str(cache)}
    cli = [sys.executable, "-c", "from tidings.cli import main; main()", "events", "--format", "json",
           "Russian troops attacked Ukrainian positions near Kharkiv on Monday."]
    first = subprocess.run(cli, env=env, capture_output=True, text=True, check=False, timeout=120)
    assert first.returncode == 0, first.stderr
    files = {p.name.split("-")[0]: p.stat().st_mtime_ns for p in cache.glob("*.pickle")}
    assert set(files) == {"actors", "places"}
    second = subprocess.run(cli, env=env, capture_output=True, text=True, check=False, timeout=120)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout and '"RUSMIL"' in first.stdout and "Kharkiv" in first.stdout
    assert {p.name.split("-")[0]: p.stat().st_mtime_ns for p in cache.glob("*.pickle")} == files
