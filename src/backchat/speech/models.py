"""Where speech models are, and whether each is complete (for ``backchat models``).

Vosk models are downloaded by the user (see ``models/README.md``) and found, in order:
an explicit path, ``$BACKCHAT_VOSK_MODEL``, then a model folder under ``models/`` (of the
working directory or of a source checkout) or ``<data folder>/models``. Nothing here
imports vosk or touches the network. PocketSphinx's model is bundled with its wheel.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from backchat.speech.errors import ModelNotFoundError

__all__ = [
    "VOSK_ENV",
    "ModelInfo",
    "default_model_dirs",
    "check_vosk_model",
    "find_models",
    "resolve_vosk_model",
    "bundled_sphinx_model",
]

VOSK_ENV = "BACKCHAT_VOSK_MODEL"

_REQUIRED = ("am/final.mdl", "conf/model.conf")
_FEATURES = ("conf/mfcc.conf", "conf/fbank.conf")
_IVECTOR = ("ivector/final.ie", "ivector/final.mat", "ivector/final.dubm",
            "ivector/global_cmvn.stats", "ivector/online_cmvn.conf", "ivector/splice.conf")
_STATIC_GRAPH = "graph/HCLG.fst"
_RUNTIME_GRAPH = ("graph/HCLr.fst", "graph/Gr.fst", "graph/disambig_tid.int")


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """A model folder and what is wrong with it, if anything."""

    path: Path
    """The folder."""
    engine: str
    """"vosk" or "pocketsphinx"."""
    complete: bool
    """True when every file the engine needs is there."""
    missing: tuple[str, ...] = ()
    """Files that are missing (relative to ``path``)."""
    grammar: bool = False
    """True when the model can restrict recognition to a phrase list (Vosk "lookahead"
    models such as the small ones; big models with a static graph ignore grammars)."""
    size_bytes: int = 0
    """Total size of its files."""
    problem: str = ""
    """One sentence saying what is wrong ("" when complete)."""

    @property
    def name(self) -> str:
        """The folder's name."""
        return self.path.name


def default_model_dirs(
    data_dir: Path | None = None, cwd: Path | None = None
) -> list[Path]:
    """Folders searched for models: ``./models``, the source checkout's ``models/`` and
    ``<data folder>/models`` (existing or not; duplicates removed)."""
    if data_dir is None:
        from backchat.paths import data_dir as user_data_dir

        data_dir = user_data_dir()
    candidates = [(cwd or Path.cwd()) / "models"]
    checkout = Path(__file__).resolve().parents[3]
    if (checkout / "pyproject.toml").is_file():
        candidates.append(checkout / "models")
    candidates.append(data_dir / "models")
    unique: dict[Path, None] = {}
    for folder in candidates:
        unique.setdefault(folder.resolve() if folder.exists() else folder, None)
    return list(unique)


def check_vosk_model(path: str | os.PathLike[str]) -> ModelInfo:
    """Check that ``path`` holds a complete Vosk model."""
    folder = Path(path).expanduser()
    if folder.is_file() and folder.suffix == ".zip":
        return ModelInfo(folder, "vosk", False, problem=f"{folder} is a zip archive: "
                         f"unpack it (unzip {folder.name}) and use the folder inside.")
    if not folder.is_dir():
        return ModelInfo(folder, "vosk", False,
                         problem=f"There is no Vosk model folder at {folder}.")
    missing = [f for f in _REQUIRED if not (folder / f).is_file()]
    if not any((folder / f).is_file() for f in _FEATURES):
        missing.append(_FEATURES[0])
    runtime = all((folder / f).is_file() for f in _RUNTIME_GRAPH)
    if not runtime and not (folder / _STATIC_GRAPH).is_file():
        missing += [f for f in _RUNTIME_GRAPH if not (folder / f).is_file()]
    if (folder / "ivector").is_dir():
        missing += [f for f in _IVECTOR if not (folder / f).is_file()]
    empty = [f for f in (*_REQUIRED, *_RUNTIME_GRAPH, _STATIC_GRAPH)
             if (folder / f).is_file() and (folder / f).stat().st_size == 0]
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    if missing or empty:
        nested = [c for c in folder.iterdir() if c.is_dir() and (c / "am").is_dir()]
        if len(nested) == 1:
            hint = f" (the model seems to be one level down, in {nested[0]})"
        else:
            hint = " (an interrupted download or unpacking?)"
        bad = [*missing, *(f"{f} (empty)" for f in empty)]
        return ModelInfo(folder, "vosk", False, tuple(bad), runtime, size,
                         f"The Vosk model in {folder} is incomplete: {', '.join(bad)} "
                         f"missing{hint}.")
    return ModelInfo(folder, "vosk", True, (), runtime, size)


def find_models(dirs: Iterable[Path] | None = None) -> list[ModelInfo]:
    """Every model folder (and stray model zip) in ``dirs`` (default:
    :func:`default_model_dirs`), each checked, plus PocketSphinx's bundled model."""
    found: list[ModelInfo] = []
    bundled = bundled_sphinx_model()
    if bundled is not None:
        found.append(bundled)
    for folder in default_model_dirs() if dirs is None else dirs:
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            if entry.name.startswith(".") or entry.name.lower().startswith("readme"):
                continue
            if entry.is_dir() or entry.suffix == ".zip":
                found.append(check_vosk_model(entry))
    named = os.environ.get(VOSK_ENV, "").strip() if dirs is None else ""
    if named and all(info.path != Path(named) for info in found):
        found.append(check_vosk_model(named))  # the model $BACKCHAT_VOSK_MODEL points at, wherever it is
    return found


def resolve_vosk_model(
    explicit: str | os.PathLike[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    dirs: Sequence[Path] | None = None,
) -> Path:
    """The Vosk model folder to use: ``explicit``, else ``$BACKCHAT_VOSK_MODEL``, else the
    first complete model found in ``dirs`` (default: :func:`default_model_dirs`).

    Raises:
        ModelNotFoundError: the chosen folder is missing or incomplete, or none was found.
    """
    env = os.environ if environ is None else environ
    chosen = explicit if explicit else env.get(VOSK_ENV) or None
    if chosen is not None:
        info = check_vosk_model(chosen)
        if not info.complete:
            raise ModelNotFoundError(info.problem)
        return info.path
    searched = default_model_dirs() if dirs is None else list(dirs)
    candidates = [m for m in find_models(searched) if m.engine == "vosk"]
    for info in candidates:
        if info.complete:
            return info.path
    if candidates:
        raise ModelNotFoundError(candidates[0].problem)
    where = ", ".join(str(d) for d in searched)
    raise ModelNotFoundError(
        f"No Vosk model found (looked in {where}); download one such as "
        f"vosk-model-small-en-us-0.15, unpack it there or set {VOSK_ENV} to its folder."
    )


def bundled_sphinx_model() -> ModelInfo | None:
    """PocketSphinx's bundled US English model, located without importing pocketsphinx."""
    spec = importlib.util.find_spec("pocketsphinx")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model" / "en-us"
    needed = ("en-us/mdef", "en-us/means", "en-us/variances", "en-us/transition_matrices",
              "en-us/feat.params", "cmudict-en-us.dict", "en-us.lm.bin")
    missing = tuple(f for f in needed if not (folder / f).is_file())
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0
    problem = (f"PocketSphinx's bundled model in {folder} is incomplete: reinstall "
               f"pocketsphinx.") if missing else ""
    return ModelInfo(folder, "pocketsphinx", not missing, missing, True, size, problem)
