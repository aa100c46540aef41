"""The core is pure: it never imports a UI or audio library, and errors share one base class."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import backchat.errors as errors

CORE = Path(__file__).resolve().parents[1] / "src" / "backchat" / "core"
FORBIDDEN = ("textual", "rich", "vosk", "pocketsphinx", "pyttsx3", "sounddevice", "click")


def test_no_core_module_imports_a_ui_or_audio_library() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_running_an_intake_loads_no_ui_or_audio_module() -> None:
    code = (
        "import sys\n"
        "from backchat.core.loader import load_flow\n"
        "from backchat.core.engine import Engine\n"
        "e = Engine(load_flow()); e.start(); e.handle('I lifted a box, no leg pain')\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_error_derives_from_backchat_error() -> None:
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass)
               if issubclass(c, Exception) and c.__module__ == errors.__name__]
    assert len(classes) >= 4
    assert all(issubclass(c, errors.BackchatError) for c in classes)


def test_modules_stay_small() -> None:
    src = CORE.parent
    too_big = [f"{p.relative_to(src)}: {n}" for p in src.rglob("*.py")
               if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert too_big == []
