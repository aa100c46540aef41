"""Plain-words descriptions of facts, used for acknowledgements, read-backs and summaries."""

from __future__ import annotations

from collections.abc import Mapping

from backchat.core.facts import CATALOGUE, FactValue

__all__ = ["HELP", "describe_fact", "describe_facts", "fact_label", "days_phrase"]

HELP = (
    "Answer in your own words; I'll pick out what matters. You can also say: "
    "\"why\" (why I ask this), \"repeat\", \"go back\" (undo your last answer), "
    "\"start again\", \"I don't know\", or \"quit\". To change an earlier answer, just say so, "
    "for example \"actually it's been two weeks\"."
)
"""What "help" says."""

_ONSET = {"sudden": "it came on suddenly", "gradual": "it built up gradually",
          "trauma": "it started with a fall or injury"}
_TRIGGER = {"lifting": "set off by lifting", "bending": "set off by bending",
            "twisting": "set off by twisting", "fall": "after a fall", "accident": "after an accident",
            "sport": "during sport", "exercise": "after exercise", "sleeping": "after sleeping",
            "other": "set off by something you were doing", "unknown": "no clear cause"}
_LOCATION = {"lower": "lower back", "middle": "middle of the back",
             "upper": "between the shoulder blades", "left": "left side", "right": "right side",
             "buttock": "buttock", "neck": "neck"}
_RADIATION = {"none": "it doesn't spread", "buttock": "it spreads into your buttock",
              "thigh": "it spreads into your thigh, no further than the knee",
              "below_knee": "it spreads below the knee", "foot": "it spreads down to your foot"}
_BOOL = {
    "bilateral": ("in both legs", "in one leg only"),
    "numbness_or_weakness": ("numbness, tingling or weakness", "no numbness, tingling or weakness"),
    "bladder_bowel": ("bladder, bowel, saddle or sexual changes",
                      "no bladder, bowel, saddle or sexual changes"),
    "fever": ("a fever or chills", "no fever or chills"),
    "trauma": ("it started after a serious fall or accident", "no serious fall or accident"),
    "night_pain": ("it is worse at night or not eased by rest", "rest eases it"),
    "weight_loss": ("weight loss without trying", "no unexplained weight loss"),
    "cancer_history": ("cancer now or in the past", "no history of cancer"),
    "immune": ("a weakened immune system, long-term steroids or injected drugs",
               "no weakened immune system, long-term steroids or injected drugs"),
    "chest_pain": ("chest pain", "no chest pain"),
    "back_lump": ("a lump or a change in the shape of your back", "no lump in your back"),
    "improving": ("it is getting better", "it is not getting better"),
    "recurrent": ("it has happened before", "it is the first time"),
}


def days_phrase(days: int) -> str:
    """'3 days', 'about 2 weeks', 'about 4 months', 'about 2 years'."""
    if days == 0:
        return "since today"
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 60:
        weeks = round(days / 7)
        return f"about {weeks} weeks"
    if days < 730:
        return f"about {round(days / 30)} months"
    return f"about {round(days / 365)} years"


def fact_label(name: str) -> str:
    """How the fact is named to a person."""
    spec = CATALOGUE.get(name)
    return spec.label if spec and spec.label else name.replace("_", " ")


def describe_fact(name: str, value: FactValue) -> str:
    """One fact in plain words ("no fever or chills", "pain for about 2 weeks")."""
    if name == "onset" and isinstance(value, str):
        return _ONSET.get(value, value)
    if name == "trigger" and isinstance(value, str):
        return _TRIGGER.get(value, value)
    if name == "location" and isinstance(value, tuple | list):
        return "pain in your " + ", ".join(_LOCATION.get(v, v) for v in value)
    if name == "radiation" and isinstance(value, str):
        return _RADIATION.get(value, value)
    if name in _BOOL and isinstance(value, bool):
        yes, no = _BOOL[name]
        return yes if value else no
    if name == "duration_days" and isinstance(value, int):
        return "for " + days_phrase(value) if value else "it started today"
    if name == "age" and isinstance(value, int):
        return f"age {value}"
    if name == "severity" and isinstance(value, int):
        return f"pain {value} out of 10"
    return f"{fact_label(name)}: {value}"


def describe_facts(facts: Mapping[str, FactValue]) -> str:
    """Several facts joined for one sentence."""
    return "; ".join(describe_fact(k, v) for k, v in facts.items())
