"""backchat installs like any Python tool: the wheel carries everything it reads at run time.

The wheel is built offline from a copy of the sources and installed into a fresh virtual
environment (its dependencies come from the test environment's site-packages, added by a
.pth file, so nothing is downloaded). A whole piped intake then runs from a folder with no
``flows/`` in it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
EMERGENCY = "I lifted a box yesterday and since then I cannot control my bladder and my groin is numb\n"
"""An emergency sign ends the interview at once: an intake to its outcome, whatever the questions."""
IGNORE = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")


def test_the_flows_folder_is_the_one_the_package_ships() -> None:
    assert (SRC / "backchat" / "flows").resolve() == (ROOT / "flows").resolve()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built offline from a copy of the sources (the checkout is left untouched)."""
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    for folder in ("src", "flows"):
        shutil.copytree(ROOT / folder, tree / folder, symlinks=True, ignore=IGNORE)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "--disable-pip-version-check", "-q", "-w", str(out), str(tree)],
                   check=True, capture_output=True, timeout=120)
    (built,) = out.glob("backchat-*.whl")
    return built


def test_the_wheel_carries_the_flows_the_schema_and_the_stylesheet(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"backchat/flows/{p.name}" for p in (ROOT / "flows").iterdir() if p.suffix in (".yaml", ".json")}
    assert "backchat/flows/low_back_pain.yaml" in shipped and "backchat/flows/flow.schema.json" in shipped
    assert shipped <= names
    assert {"backchat/tui/backchat.tcss", "backchat/py.typed"} <= names


def test_an_installed_wheel_runs_an_intake_to_its_outcome_from_anywhere(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "--disable-pip-version-check", "-q", str(wheel)], check=True, capture_output=True, timeout=120)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "TERM": "dumb",
           "BACKCHAT_DATA_DIR": str(tmp_path / "data")}

    where = subprocess.run([str(python), "-c", "import backchat; print(backchat.__file__)"], cwd=elsewhere,
                           env=env, check=True, capture_output=True, text=True).stdout
    assert Path(where.strip()).is_relative_to(site)

    run = subprocess.run([str(venv / "bin" / "backchat"), "chat", "--no-store", "--today", "2026-11-18"],
                         input=EMERGENCY, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert "EMERGENCY: get help now" in run.stdout and "does not diagnose" in run.stdout
    assert list(elsewhere.iterdir()) == [] and not (tmp_path / "data").exists()
