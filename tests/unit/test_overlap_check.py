"""The check that keeps real posts' words out of the project (scripts/overlap_check.py), on a real git repository."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("overlap_check", ROOT / "scripts" / "overlap_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


POST = "Out walking the dog on Sunday when the lead yanked me sideways and something in my back went twang."


def test_a_sentence_that_keeps_a_posts_words_is_found() -> None:
    ours = 'assert read("On Sunday the lead yanked me sideways and something in my back went twang.")'
    found = _module().shared(ours, {"posts.yaml p1": POST}, 7)
    assert list(found) == ["posts.yaml p1"] and "and something in my back went twang" in found["posts.yaml p1"]


def test_the_same_shape_in_our_own_words_is_not() -> None:
    ours = 'assert read("The puppy pulled hard on Saturday, I was jerked to one side and felt my back go.")'
    assert _module().shared(ours, {"posts.yaml p1": POST}, 7) == {}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.mark.parametrize(("line", "status"), [
    ("# the lead yanked me sideways and something in my back went twang", 1),
    ("# a dog that pulls can jerk a person to one side", 0),
])
def test_the_change_since_a_commit_is_checked_committed_or_not(tmp_path: Path, line: str, status: int,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    repo, posts = tmp_path / "repo", tmp_path / "private"
    (repo / "src").mkdir(parents=True)
    posts.mkdir()
    (posts / "r1.yaml").write_text(f"- id: p1\n  text: \"{POST}\"\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "base")
    (repo / "src" / "new.py").write_text(line + "\n", encoding="utf-8")  # a new file, not yet added
    assert _module().main(["HEAD", str(posts), "--repo", str(repo)]) == status
    assert ("r1.yaml p1" in capsys.readouterr().out) == bool(status)


def test_a_missing_folder_is_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert _module().main(["HEAD", "/nonexistent/posts"]) == 2
    assert "no such folder" in capsys.readouterr().err
