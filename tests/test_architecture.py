"""The layout is the architecture: which rooms may import which, and what each start-up loads.

The import graph is built from the source (the AST), from EVERY import statement: at module
level, inside functions (lazy imports) and under ``if TYPE_CHECKING:``. A lazy import is still
a dependency, so a circle through one is still a circle.

Rules: no import circles among backchat modules; only cli/ (and ``python -m backchat``)
imports cli/; store/ imports no click; core/ imports only core/, errors, the standard library
and a few pure libraries; speech/ does not import core/. Each public name (listed in a module's
``__all__`` and defined there) is defined in one module only.
"""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import backchat.errors as errors

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "backchat"
CORE_MAY_USE = {"pydantic", "yaml", "transitions", "rapidfuzz", "text_to_num", "simplemma"}
"""Pure third-party libraries the core may import (besides the standard library)."""
UI_OR_AUDIO = ("textual", "rich", "vosk", "pocketsphinx", "pyttsx3", "sounddevice", "click")
HEAVY = ("pydantic", "transitions", "yaml", "textual", "rich", "rapidfuzz", "sqlite3")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> Iterator[str]:
    """Every module ``name`` imports, anywhere in it (a name imported from a module counts as the module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                yield sub if sub in MODULES else base


IMPORTS = {name: sorted(set(_imports(name, path))) for name, path in MODULES.items()}


def _inside(module: str, room: str) -> bool:
    return module == room or module.startswith(room + ".")


def _edges(src_room: str, dst_room: str) -> list[str]:
    return [f"{m} -> {i}" for m, imported in IMPORTS.items() if _inside(m, src_room)
            for i in imported if _inside(i, dst_room)]


def _circles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), and modules importing themselves."""
    graph = {m: [i for i in imported if i in MODULES] for m, imported in IMPORTS.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = [[m] for m, out in graph.items() if m in out]

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while (w := stack.pop()) != v:
                group.append(w)
            if group:
                found.append(sorted([v, *group]))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_sees_lazy_and_type_only_imports() -> None:
    assert "backchat.core.conversation" in IMPORTS["backchat.intake"]  # under TYPE_CHECKING and in a function
    assert "backchat.store.resume" in IMPORTS["backchat.intake"]  # in a function only


def test_no_import_circles() -> None:
    assert _circles() == []


def test_only_the_cli_imports_the_cli() -> None:
    outside = [e for e in _edges("backchat", "backchat.cli")
               if not e.startswith(("backchat.cli", "backchat.__main__ "))]
    assert outside == []


def test_the_store_imports_no_click_and_no_ui() -> None:
    assert _edges("backchat.store", "click") == []
    assert _edges("backchat.store", "backchat.tui") + _edges("backchat.store", "backchat.cli") == []


def test_the_core_imports_only_the_core_errors_the_standard_library_and_pure_libraries() -> None:
    allowed = set(sys.stdlib_module_names) | CORE_MAY_USE
    outside = [f"{m} -> {i}" for m, imported in IMPORTS.items() if _inside(m, "backchat.core") for i in imported
               if not (_inside(i, "backchat.core") or i == "backchat.errors" or i.split(".")[0] in allowed)]
    assert outside == []


def test_speech_does_not_import_the_core() -> None:
    assert _edges("backchat.speech", "backchat.core") == []


def test_running_an_intake_loads_no_ui_or_audio_module() -> None:
    code = (
        "import sys\n"
        "from backchat.core.loader import load_flow\n"
        "from backchat.core.engine import Engine\n"
        "e = Engine(load_flow()); e.start(); e.handle('I lifted a box, no leg pain')\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {UI_OR_AUDIO!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _loaded_by(*argv: str) -> tuple[str, list[str]]:
    """What ``backchat ARGV`` prints, and which of the big libraries (and click) it loaded."""
    code = (
        "import contextlib, io, sys\n"
        f"sys.argv = ['backchat', *{argv!r}]\n"
        "from backchat.cli.entry import run\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
        "    run()\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {{*{HEAVY!r}, 'click'}}))\n"
        "print(out.getvalue(), end='')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, _, printed = done.stdout.partition("\n")
    return printed, ast.literal_eval(loaded)


def test_version_loads_nothing_and_says_what_click_would() -> None:
    from click.testing import CliRunner

    from backchat.cli.main import main

    printed, loaded = _loaded_by("--version")
    assert loaded == []
    assert printed == CliRunner().invoke(main, ["--version"]).stdout


def test_help_loads_click_only() -> None:
    printed, loaded = _loaded_by("--help")
    assert "Commands:" in printed and "chat" in printed and "sessions" in printed
    assert loaded == ["click"]


def _public_definitions(path: Path) -> set[str]:
    """The names a module lists in ``__all__`` and defines itself (re-exports are not definitions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    listed: set[str] = set()
    defined: set[str] = set()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defined.add(node.name)
        elif isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                defined.add(target.id)
                if target.id == "__all__" and isinstance(node.value, ast.List | ast.Tuple):
                    listed = {e.value for e in node.value.elts if isinstance(e, ast.Constant)}
    return listed & defined


def test_each_public_name_is_defined_once() -> None:
    where: dict[str, list[str]] = {}
    for name, path in MODULES.items():
        for public in _public_definitions(path):
            where.setdefault(public, []).append(name)
    assert {name: modules for name, modules in where.items() if len(modules) > 1} == {}


def test_the_terminal_app_loads_voice_only_with_voice_and_the_exporters_only_to_save() -> None:
    code = ("import sys\n"
            "import backchat.tui.app\n"
            "print(sorted(m for m in sys.modules if m.startswith(('backchat.voice', 'backchat.speech', "
            "'backchat.store.exports'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_export_choices_spelt_for_a_quick_help_are_the_stores_formats() -> None:
    from backchat.cli.sessions import EXPORT_FORMATS
    from backchat.store.exports import FORMATS

    assert EXPORT_FORMATS == FORMATS


def test_every_error_derives_from_backchat_error() -> None:
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass)
               if issubclass(c, Exception) and c.__module__ == errors.__name__]
    assert len(classes) >= 4
    assert all(issubclass(c, errors.BackchatError) for c in classes)


def test_modules_stay_small() -> None:
    too_big = [f"{p.relative_to(SRC)}: {n}" for p in MODULES.values()
               if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert too_big == []
