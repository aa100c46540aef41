"""Care-level safety on patient stories: run each through the full engine with a scripted patient.

Each vignette gives the care level a clinician would choose; the report counts how
many came out under-triaged (a lower level: must be none), exact and over-triaged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from backchat.checks.replay import DEFAULT_TODAY, Script, run_script
from backchat.core.flow import Flow
from backchat.errors import ScriptError

__all__ = ["VignetteResult", "VignetteReport", "run_vignettes"]


@dataclass(frozen=True)
class VignetteResult:
    """One story's outcome against the expected level."""

    id: str
    story: str
    expected: str
    got: str | None
    failure: str | None


@dataclass
class VignetteReport:
    """Under, exact and over triage across the suite."""

    results: list[VignetteResult] = field(default_factory=list)
    ranks: dict[str, int] = field(default_factory=dict)

    def _diff(self, r: VignetteResult) -> int:
        got = self.ranks.get(r.got or "", len(self.ranks))
        return got - self.ranks[r.expected]

    @property
    def under(self) -> list[VignetteResult]:
        """Stories that got a lower level of care than expected (or did not finish)."""
        return [r for r in self.results if r.got is None or self._diff(r) > 0]

    @property
    def exact(self) -> list[VignetteResult]:
        """Stories that got exactly the expected level."""
        return [r for r in self.results if r.got is not None and self._diff(r) == 0]

    @property
    def over(self) -> list[VignetteResult]:
        """Stories that got a higher level of care than expected."""
        return [r for r in self.results if r.got is not None and self._diff(r) < 0]

    def lines(self) -> list[str]:
        """The report as text lines."""
        out = [f"{len(self.results)} vignettes: under-triaged {len(self.under)}, exact {len(self.exact)}, "
               f"over-triaged {len(self.over)}"]
        for label, group in (("under", self.under), ("over", self.over)):
            for r in group:
                out.append(f"  {label}: {r.id} expected {r.expected}, got {r.got}"
                           f"{' (' + r.failure + ')' if r.failure else ''}  <- {r.story}")
        return out


def run_vignettes(flow: Flow, path: str | Path) -> VignetteReport:
    """Run every vignette in the file."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ScriptError(f"{path}: cannot be read as vignettes ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("vignettes"), list):
        raise ScriptError(f"{path}: a vignette file needs 'vignettes:' (a list)")
    report = VignetteReport(ranks={o.id: i for i, o in enumerate(flow.outcomes)})
    for v in data["vignettes"]:
        report.results.append(_run_one(flow, v))
    return report


def _run_one(flow: Flow, v: dict[str, Any]) -> VignetteResult:
    patient = dict(v.get("patient") or {})
    default = patient.pop("default", "no")
    script = Script(patient=patient, default=default, today=v.get("today", DEFAULT_TODAY))
    result = run_script(script, flow, str(v.get("id")))
    return VignetteResult(str(v.get("id")), str(v.get("story", "")), str(v["expected"]), result.outcome,
                          result.failure)
