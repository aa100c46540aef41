"""Finding and checking model folders (what ``backchat models`` shows)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from backchat.speech.errors import ModelNotFoundError
from backchat.speech.models import (
    VOSK_ENV,
    bundled_sphinx_model,
    check_vosk_model,
    default_model_dirs,
    find_models,
    resolve_vosk_model,
)

from .fakes import make_vosk_model


def test_a_complete_small_model(tmp_path: Path) -> None:
    info = check_vosk_model(make_vosk_model(tmp_path / "vosk-model-small-en-us-0.15"))
    assert info.complete and info.grammar and info.missing == () and info.problem == ""
    assert info.name == "vosk-model-small-en-us-0.15" and info.size_bytes > 0


def test_a_big_static_model_cannot_take_grammars(tmp_path: Path) -> None:
    info = check_vosk_model(make_vosk_model(tmp_path / "big", static=True))
    assert info.complete and not info.grammar


def test_incomplete_models_say_what_is_missing(tmp_path: Path) -> None:
    info = check_vosk_model(make_vosk_model(tmp_path / "m", skip=("am/final.mdl",
                                                                  "ivector/final.ie")))
    assert not info.complete
    assert info.missing == ("am/final.mdl", "ivector/final.ie")
    assert info.problem.startswith(f"The Vosk model in {tmp_path / 'm'} is incomplete: ")
    (tmp_path / "empty" / "am").mkdir(parents=True)
    (tmp_path / "empty" / "am" / "final.mdl").touch()
    assert "am/final.mdl (empty)" in check_vosk_model(tmp_path / "empty").missing


def test_a_model_one_level_down_and_a_zip(tmp_path: Path) -> None:
    make_vosk_model(tmp_path / "outer" / "vosk-model-small-en-us-0.15")
    assert "one level down" in check_vosk_model(tmp_path / "outer").problem
    with zipfile.ZipFile(tmp_path / "m.zip", "w") as archive:
        archive.writestr("m/README", "x")
    assert "unpack it" in check_vosk_model(tmp_path / "m.zip").problem
    assert "no Vosk model folder" in check_vosk_model(tmp_path / "nowhere").problem


def test_find_models_lists_each_folder_and_the_bundled_sphinx_model(tmp_path: Path) -> None:
    make_vosk_model(tmp_path / "a-good-one")
    make_vosk_model(tmp_path / "b-broken", skip=("conf/model.conf",))
    (tmp_path / "README.md").write_text("how to get a model")
    (tmp_path / ".hidden").mkdir()
    found = find_models([tmp_path, tmp_path / "does-not-exist"])
    assert [(m.engine, m.name, m.complete) for m in found] == [
        ("pocketsphinx", "en-us", True), ("vosk", "a-good-one", True),
        ("vosk", "b-broken", False)]


def test_bundled_sphinx_model_is_complete() -> None:
    info = bundled_sphinx_model()
    assert info is not None and info.complete and info.engine == "pocketsphinx"


def test_resolution_order(tmp_path: Path) -> None:
    explicit = make_vosk_model(tmp_path / "explicit")
    from_env = make_vosk_model(tmp_path / "env")
    folder = tmp_path / "models"
    make_vosk_model(folder / "found")
    env = {VOSK_ENV: str(from_env)}
    assert resolve_vosk_model(explicit, environ=env, dirs=[folder]) == explicit
    assert resolve_vosk_model(None, environ=env, dirs=[folder]) == from_env
    assert resolve_vosk_model(None, environ={}, dirs=[folder]) == folder / "found"


def test_missing_or_incomplete_models_give_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match=r"^No Vosk model found \(looked in .*\); "
                       r"download one such as vosk-model-small-en-us-0\.15"):
        resolve_vosk_model(None, environ={}, dirs=[tmp_path])
    with pytest.raises(ModelNotFoundError, match="There is no Vosk model folder at"):
        resolve_vosk_model(None, environ={VOSK_ENV: str(tmp_path / "gone")}, dirs=[])
    make_vosk_model(tmp_path / "half", skip=("graph/Gr.fst",))
    with pytest.raises(ModelNotFoundError, match=r"incomplete: graph/Gr.fst missing") as err:
        resolve_vosk_model(None, environ={}, dirs=[tmp_path])
    assert str(err.value).count(".") >= 1 and "\n" not in str(err.value)


def test_default_dirs_include_the_data_folder(tmp_path: Path) -> None:
    dirs = default_model_dirs(data_dir=tmp_path / "data", cwd=tmp_path)
    assert dirs[0] == tmp_path / "models" and dirs[-1] == tmp_path / "data" / "models"
