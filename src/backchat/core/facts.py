"""The catalogue of facts backchat can understand, and their types.

The public facts are a contract: replay files, ``backchat parse --json`` and the
exports use exactly these keys and values. Screen facts are the answers to the
red-flag questions that have no public fact of their own (the public view shows
them through ``red_flags``). Derived facts are computed by the engine from the
others (``red_flags``, ``duration_band``) and may be named in conditions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

__all__ = [
    "ONSETS",
    "TRIGGERS",
    "LOCATIONS",
    "RADIATIONS",
    "RED_FLAGS",
    "OUTCOMES",
    "DURATION_BANDS",
    "FactSpec",
    "CATALOGUE",
    "PUBLIC_FACTS",
    "SCREEN_FACTS",
    "DERIVED_FACTS",
    "FactValue",
    "check_value",
    "ordered_locations",
]

ONSETS: Final = ("sudden", "gradual", "trauma")
TRIGGERS: Final = (
    "lifting",
    "bending",
    "twisting",
    "fall",
    "accident",
    "sport",
    "exercise",
    "sleeping",
    "other",
    "unknown",
)
LOCATIONS: Final = ("lower", "middle", "upper", "left", "right", "buttock", "neck")
RADIATIONS: Final = ("none", "buttock", "thigh", "below_knee", "foot", "leg")
"""How far down it spreads: ``buttock`` < ``thigh`` < ``below_knee`` < ``foot``; ``leg`` means
"down the leg" with no level stated (the engine asks how far, never guesses); ``none`` only when
the spread is denied."""
RED_FLAGS: Final = (
    "cauda_equina",
    "fever",
    "trauma",
    "weight_loss",
    "cancer_history",
    "night_pain",
    "neuro_deficit",
    "immune",
    "age",
    "minor_trauma",
    "chest_pain",
    "back_lump",
    "between_shoulder_blades",
)
"""Every red flag the flow names, and the care rule for pain between the shoulder blades (the
story corpus annotates it as a red flag: stories/README.md)."""
OUTCOMES: Final = ("emergency", "urgent", "gp", "self_care")
DURATION_BANDS: Final = ("acute", "subacute", "chronic")

FactValue = str | int | bool | tuple[str, ...]
ValueKind = Literal["enum", "enum_list", "bool", "int"]


@dataclass(frozen=True)
class FactSpec:
    """What one fact may hold."""

    name: str
    kind: ValueKind
    values: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    label: str = ""
    """How the fact is named to a person ("how it started")."""


def _spec(name: str, kind: ValueKind, label: str, values: tuple[str, ...] = (), lo: int | None = None,
          hi: int | None = None) -> FactSpec:
    return FactSpec(name=name, kind=kind, values=values, minimum=lo, maximum=hi, label=label)


PUBLIC_FACTS: Final[tuple[FactSpec, ...]] = (
    _spec("onset", "enum", "how it started", ONSETS),
    _spec("trigger", "enum", "what set it off", TRIGGERS),
    _spec("location", "enum_list", "where it hurts", LOCATIONS),
    _spec("radiation", "enum", "how far it spreads", RADIATIONS),
    _spec("bilateral", "bool", "both legs affected"),
    _spec("numbness_or_weakness", "bool", "numbness, tingling or weakness"),
    _spec("bladder_bowel", "bool", "changes in bladder or bowels"),
    _spec("fever", "bool", "fever or chills"),
    _spec("duration_days", "int", "how long (days)", lo=0, hi=36500),
    _spec("age", "int", "age", lo=0, hi=120),
    _spec("severity", "int", "pain score (0-10)", lo=0, hi=10),
)

SCREEN_FACTS: Final[tuple[FactSpec, ...]] = (
    _spec("trauma", "bool", "started after a serious fall or accident"),
    _spec("night_pain", "bool", "worse at night or not eased by rest"),
    _spec("weight_loss", "bool", "weight loss without trying"),
    _spec("cancer_history", "bool", "cancer now or in the past"),
    _spec("immune", "bool", "weakened immune system, steroids or injected drugs"),
    _spec("neuro_deficit", "bool",
          "weakness, a leg giving way, or numbness that is new and spreading or getting worse"),
    _spec("saddle_numbness", "bool",
          "numbness between the legs, around the back passage or genitals, or when wiping"),
    _spec("sexual_change", "bool", "new problems with sex or loss of feeling in the genitals"),
    _spec("fragile_bones", "bool", "thin bones (osteoporosis) or long-term steroid tablets"),
    _spec("chest_pain", "bool", "chest pain with the back pain"),
    _spec("back_lump", "bool", "a lump or a change in the shape of the back"),
    _spec("improving", "bool", "getting better"),
    _spec("recurrent", "bool", "has happened before"),
)

DERIVED_FACTS: Final[tuple[FactSpec, ...]] = (
    _spec("red_flags", "enum_list", "red flags", RED_FLAGS),
    _spec("duration_band", "enum", "acute, subacute or chronic", DURATION_BANDS),
)

CATALOGUE: Final[dict[str, FactSpec]] = {
    spec.name: spec for spec in (*PUBLIC_FACTS, *SCREEN_FACTS, *DERIVED_FACTS)
}


def ordered_locations(values: set[str] | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Locations in the catalogue's order, without repeats."""
    return tuple(v for v in LOCATIONS if v in values)


def check_value(name: str, value: Any) -> str | None:
    """Return why ``value`` cannot be fact ``name``, or None when it can."""
    spec = CATALOGUE.get(name)
    if spec is None:
        return f"unknown fact {name!r}"
    if spec.kind == "bool":
        return None if isinstance(value, bool) else f"{name} takes true or false"
    if spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{name} takes a whole number"
        if spec.minimum is not None and value < spec.minimum:
            return f"{name} is at least {spec.minimum}"
        if spec.maximum is not None and value > spec.maximum:
            return f"{name} is at most {spec.maximum}"
        return None
    if spec.kind == "enum":
        return None if value in spec.values else f"{name} is one of {', '.join(spec.values)}"
    items = value if isinstance(value, list | tuple) else [value]
    bad = [v for v in items if v not in spec.values]
    return f"{name} takes items from {', '.join(spec.values)}" if bad else None
