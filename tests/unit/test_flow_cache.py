"""A flow validated once is kept as plain JSON and rebuilt as the same flow, never for other bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backchat.core.flow_cache import from_plain, to_plain
from backchat.core.loader import default_flow_path, load_flow
from backchat.errors import FlowError
from backchat.intake import FlowFolderCache


class DictCache:
    def __init__(self) -> None:
        self.kept: dict[str, str] = {}
        self.puts = 0

    def get(self, key: str) -> str | None:
        return self.kept.get(key)

    def put(self, key: str, text: str) -> None:
        self.puts += 1
        self.kept[key] = text


def test_the_plain_form_rebuilds_the_same_flow() -> None:
    flow = load_flow()
    again = from_plain(to_plain(flow))
    assert again == flow
    assert again.question(again.start).prompt == flow.question(flow.start).prompt
    assert again.runtime == {} and again.runtime is not flow.runtime


def test_a_second_load_uses_the_kept_flow() -> None:
    cache = DictCache()
    first = load_flow(None, cache)
    second = load_flow(None, cache)
    assert cache.puts == 1 and len(cache.kept) == 1
    assert second == first


def test_changed_bytes_are_validated_again_and_a_broken_flow_is_still_reported(tmp_path: Path) -> None:
    cache = DictCache()
    file = tmp_path / "flow.yaml"
    text = default_flow_path().read_text(encoding="utf-8")
    file.write_text(text, encoding="utf-8")
    load_flow(file, cache)
    file.write_text(text.replace("start: ", "start: nowhere_", 1), encoding="utf-8")
    with pytest.raises(FlowError) as caught:
        load_flow(file, cache)
    assert str(file) in str(caught.value) and "line" in str(caught.value)


def test_a_damaged_kept_copy_is_ignored() -> None:
    cache = DictCache()
    flow = load_flow(None, cache)
    for key in cache.kept:
        cache.kept[key] = '{"questions": "not a list of questions'
    assert load_flow(None, cache) == flow
    assert cache.puts == 2


def test_the_folder_cache_is_private_and_no_store_writes_nothing(tmp_path: Path) -> None:
    load_flow(None, FlowFolderCache(str(tmp_path / "quiet"), write=False))
    assert not (tmp_path / "quiet").exists()
    load_flow(None, FlowFolderCache(str(tmp_path / "data"), write=True))
    kept = list((tmp_path / "data" / "cache").glob("flow-*.json"))
    assert len(kept) == 1
    assert os.stat(kept[0]).st_mode & 0o077 == 0
