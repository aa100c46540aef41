"""write_private: new files only, 0600, folders 0700 under any umask, no links followed, no hang on a FIFO."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from backchat.errors import BackchatError
from backchat.paths import FileExistsRefused, PrivateFileError, ensure_private_dir, write_private


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def test_new_file_is_private_and_parents_are_0700_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    target = tmp_path / "a" / "b" / "summary.md"
    write_private(target, "hello")
    assert target.read_text() == "hello"
    assert _mode(target) == 0o600
    assert _mode(tmp_path / "a") == 0o700
    assert _mode(tmp_path / "a" / "b") == 0o700


def test_data_folder_is_0700_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    ensure_private_dir(tmp_path / "x" / "data")
    assert _mode(tmp_path / "x") == 0o700
    assert _mode(tmp_path / "x" / "data") == 0o700


def test_an_existing_folder_of_the_user_keeps_its_mode(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    write_private(tmp_path / "out.json", b"{}")
    assert _mode(tmp_path) == 0o755


def test_existing_file_is_not_replaced_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("keep me")
    with pytest.raises(FileExistsRefused) as caught:
        write_private(target, "new")
    assert isinstance(caught.value, BackchatError)
    assert str(caught.value).count(".") >= 1 and "\n" not in str(caught.value)
    assert target.read_text() == "keep me"


def test_force_replaces_atomically_and_tightens_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")
    os.chmod(target, 0o644)
    write_private(target, "new", force=True)
    assert target.read_text() == "new"
    assert _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temporary file left


@pytest.mark.parametrize("dangling", [True, False])
def test_a_symlink_is_never_followed(tmp_path: Path, dangling: bool) -> None:
    victim = tmp_path / "victim.txt"
    if not dangling:
        victim.write_text("precious")
    link = tmp_path / "out.md"
    link.symlink_to(victim)
    with pytest.raises(FileExistsRefused):
        write_private(link, "health data")
    assert victim.exists() == (not dangling)
    if not dangling:
        assert victim.read_text() == "precious"
    write_private(link, "health data", force=True)  # replaces the link itself
    assert not link.is_symlink()
    assert link.read_text() == "health data"
    assert victim.exists() == (not dangling)
    if not dangling:
        assert victim.read_text() == "precious"


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileExistsRefused):
        write_private(fifo, "x")
    with pytest.raises(PrivateFileError, match="not a regular file"):
        write_private(fifo, "x", force=True)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PrivateFileError):
        write_private("/dev/null", "x", force=True)


def test_a_full_disk_is_one_sentence_and_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    target = tmp_path / "out.md"
    with pytest.raises(PrivateFileError, match="the disk is full"):
        write_private(target, "x")
    assert not target.exists()
