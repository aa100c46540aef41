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
    assert again.runtime == {} and again.runtime is not flow.runtime  # built afresh, nothing shared
    assert again.question(again.start).prompt == flow.question(flow.start).prompt


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


def test_an_intake_opened_from_a_kept_flow_loads_no_pydantic_yaml_or_understanding(tmp_path: Path) -> None:
    """The first prompt waits for neither validation nor the reader: both load only when needed."""
    import subprocess
    import sys

    load_flow(None, FlowFolderCache(str(tmp_path), write=True))  # as an earlier run leaves it
    code = ("import sys\n"
            "from backchat.core.engine import Engine\n"
            "from backchat.core.loader import load_flow\n"
            "from backchat.intake import FlowFolderCache\n"
            f"flow = load_flow(None, FlowFolderCache({str(tmp_path)!r}, write=False))\n"
            "engine = Engine(flow)\n"
            "first = engine.start().say\n"
            "print(sorted(m for m in ('pydantic', 'yaml', 'backchat.core.understand', 'backchat.core.flow_schema')"
            " if m in sys.modules))\n"
            "engine.handle('I lifted a box yesterday')\n"
            "print('backchat.core.understand' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "True"]


def test_the_derived_schema_models_validate_what_the_shapes_describe() -> None:
    """One description of the flow: each shape's fields are its model's fields, in order, aliases included."""
    import dataclasses

    from backchat.core.flow import SHAPES
    from backchat.core.flow_schema import flow_model

    schema = flow_model().model_json_schema(by_alias=True)
    for shape in SHAPES:
        names = [f.metadata.get("alias", f.name) for f in dataclasses.fields(shape) if not f.name.startswith("_")]
        model = schema if shape.__name__ == "Flow" else schema["$defs"][shape.__name__]
        assert list(model["properties"]) == names
