"""Plain-words descriptions of facts, used for acknowledgements, read-backs and summaries."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from backchat.core.facts import CATALOGUE, FactValue
from backchat.core.flow import Flow, Question
from backchat.core.state import DialogueState

__all__ = ["HELP", "describe_fact", "describe_facts", "checked_words", "fact_label", "days_phrase", "acknowledge",
           "placeholders", "fill_in", "asking", "sources_text", "taken_back", "signs_said"]

HELP = (
    "Answer in your own words; I'll pick out what matters. You can also say: "
    "\"why\" (why I ask this), \"repeat\", \"go back\" (undo your last answer), "
    "\"sources\" (where my advice comes from), \"start again\", \"I don't know\", or \"quit\". "
    "To change an earlier answer, just say so, for example \"actually it's been two weeks\"."
)
"""What "help" says."""

_ONSET = {"sudden": "it came on suddenly", "gradual": "it built up gradually",
          "trauma": "it started with a fall or injury"}
_TRIGGER = {"lifting": "set off by lifting", "bending": "set off by bending",
            "twisting": "set off by twisting", "fall": "after a fall", "accident": "after an accident",
            "sport": "during sport", "exercise": "after exercise", "sleeping": "after sleeping",
            "other": "set off by something you were doing",
            "unknown": "you're not sure what set it off"}
_LOCATION = {"lower": "lower back", "middle": "middle of the back",
             "upper": "between the shoulder blades", "left": "left side", "right": "right side",
             "buttock": "buttock", "neck": "neck"}
_RADIATION = {"none": "it doesn't spread", "buttock": "it spreads into your buttock",
              "thigh": "it spreads into your thigh, no further than the knee",
              "below_knee": "it spreads below the knee", "foot": "it spreads down to your foot",
              "leg": "it spreads down your leg"}
# Each pair is (what a "yes" means, what a "no" means), in the person's own terms: a "no" says
# only that the thing asked about is not there, never something they did not say.
_BOOL = {
    "bilateral": ("pain, numbness or weakness in both legs", "no pain, numbness or weakness in both legs"),
    "numbness_or_weakness": ("numbness, tingling or weakness in your legs or feet",
                             "no numbness, tingling or weakness in your legs or feet"),
    "neuro_deficit": ("weakness, or numbness that is spreading or getting worse",
                      "no weakness, and no numbness that is spreading or getting worse"),
    "bladder_bowel": ("changes in your bladder or bowels", "no changes in your bladder or bowels"),
    "saddle_numbness": ("numbness between your legs or around your bottom",
                        "no numbness between your legs or around your bottom"),
    "sexual_change": ("changes in your sex life or feeling in your genitals",
                      "no changes in your sex life or feeling in your genitals"),
    "fever": ("a fever or chills", "no fever or chills"),
    "trauma": ("it started after a serious fall or accident", "no serious fall or accident"),
    "night_pain": ("it is worse at night or rest doesn't ease it",
                   "it isn't worse at night or when you rest"),
    "weight_loss": ("weight loss without trying", "no weight loss without trying"),
    "cancer_history": ("you have had cancer", "you haven't had cancer"),
    "immune": ("a weakened immune system, steroid tablets or injected drugs",
               "no weakened immune system, steroid tablets or injected drugs"),
    "chest_pain": ("chest pain", "no chest pain"),
    "back_lump": ("a lump or a change in the shape of your back", "no lump in your back"),
    "fragile_bones": ("thin bones or long-term steroid tablets", "no thin bones or long-term steroid tablets"),
    "improving": ("it is getting better", "it is not getting better"),
    "recurrent": ("it has happened before", "it is the first time"),
}


# What an answer is about, as said to the person ("your answer about ...").
_ABOUT = {
    "onset": "how it started", "trigger": "what set it off", "location": "where it hurts",
    "radiation": "how far it spreads", "bilateral": "both legs",
    "numbness_or_weakness": "numbness, tingling or weakness", "neuro_deficit": "weakness or worse numbness",
    "bladder_bowel": "your bladder and bowels", "saddle_numbness": "numbness between your legs",
    "sexual_change": "changes in your sex life", "fever": "a fever", "duration_days": "how long you've had it",
    "age": "your age", "severity": "how bad it is", "trauma": "a serious fall or accident",
    "night_pain": "pain at night or at rest", "weight_loss": "weight loss", "cancer_history": "cancer",
    "immune": "your immune system", "chest_pain": "chest pain", "back_lump": "a lump in your back",
    "fragile_bones": "thin bones or steroids", "improving": "whether it's getting better",
    "recurrent": "whether it has happened before",
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
        return f"you're {value}"
    if name == "severity" and isinstance(value, int):
        return f"pain {value} out of 10"
    return f"{fact_label(name)}: {value}"


def checked_words(name: str, value: FactValue) -> str:
    """One reading as it is checked in a list ("you've had it for 3 days", "you're 35")."""
    if name == "duration_days" and isinstance(value, int) and not isinstance(value, bool):
        return f"you've had it for {days_phrase(value)}" if value else "it started today"
    return describe_fact(name, value)


def describe_facts(facts: Mapping[str, FactValue]) -> str:
    """Several facts joined for one sentence."""
    return "; ".join(describe_fact(k, v) for k, v in facts.items())


def acknowledge(changed: Mapping[str, FactValue], note: str = "") -> str:
    """What was just understood ("Noted: no fever or chills."), then ``note``, said once.

    When ``note`` says the person is not sure, a fact that only records the same doubt (a
    cause that is ``unknown``) is not read back as well: one "not sure" is enough.
    """
    shown = {k: v for k, v in changed.items() if not (note and v == "unknown")}
    said = f"Noted: {describe_facts(shown)}." if shown else ""
    return f"{said} {note.strip()}".strip()


@cache
def _placeholder() -> re.Pattern[str]:
    return re.compile(r"\{([a-z][a-z0-9_]*)\}")


def placeholders(template: str) -> set[str]:
    """The facts a text names as ``{fact}`` ("Because you're {age}, ..." names ``age``)."""
    return set(_placeholder().findall(template))


def _value(name: str, value: FactValue) -> str:
    if name == "age" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if name == "duration_days" and isinstance(value, int) and not isinstance(value, bool):
        return days_phrase(value)
    return describe_fact(name, value)


def fill_in(template: str, facts: Mapping[str, FactValue], extra: Mapping[str, str] | None = None) -> str:
    """``template`` with each ``{fact}`` replaced by the person's own answer in plain words.

    ``{age}`` gives "72", ``{duration_days}`` "about 6 weeks", any other fact its plain
    description; ``extra`` names other words (``{signs}``). A fact not known is named rather
    than guessed ("your age").
    """
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if extra and name in extra:
            return extra[name]
        if name in facts:
            return _value(name, facts[name])
        return _ABOUT.get(name, f"your {fact_label(name)}")
    return _placeholder().sub(one, template)


def signs_said(facts: Mapping[str, FactValue], names: Iterable[str]) -> str:
    """The yes/no signs among ``names`` that the person said yes to, as one phrase ("a and b")."""
    said = [describe_fact(n, True) for n in dict.fromkeys(names) if facts.get(n) is True]
    return " and ".join([", ".join(said[:-1]), said[-1]] if len(said) > 1 else said)


def asking(question: Question) -> str:
    """The question as first put to the person: its short preface (why it is asked), then it."""
    return f"{question.preface} {question.prompt}".strip()


def _titles(flow: Flow, keys: Iterable[str]) -> str:
    return "; ".join(flow.sources[k].title if k in flow.sources else k for k in keys)


def sources_text(flow: Flow, advice: Iterable[str] = (), rules: Iterable[str] = (),
                 safety_net: bool = False, rules_label: str = "Why this care level") -> str:
    """Where the named advice items and triage rules come from, as plain text.

    Patients see the advice without its sources; this is what "sources" and the clinician's
    export show. Unknown ids are skipped; links are listed once at the end.
    """
    lines: list[str] = []
    used: list[str] = []
    rule_sources = {r.id: r.sources for r in flow.red_flags}
    rule_sources.update({r.id: r.sources for r in flow.care_rules})
    keys = [k for rid in rules for k in rule_sources.get(rid, [])]
    if keys:
        unique = list(dict.fromkeys(keys))
        used += unique
        lines.append(f"{rules_label}: {_titles(flow, unique)}")
    items = {a.id: a for a in flow.advice}
    for aid in advice:
        if aid in items:
            used += items[aid].sources
            lines.append(f"{items[aid].title}: {_titles(flow, items[aid].sources)}")
    if safety_net:
        used += flow.safety_net_sources
        lines.append(f"When to get help straight away: {_titles(flow, flow.safety_net_sources)}")
    links = [f"{flow.sources[k].title}: {flow.sources[k].url}" for k in dict.fromkeys(used)
             if k in flow.sources and flow.sources[k].url]
    if not lines:
        return ""
    out = ["Where this comes from:"] + [f"- {line}" for line in lines]
    if links:
        out += ["", "Links:"] + [f"- {link}" for link in links]
    return "\n".join(out)


def taken_back(undone: DialogueState, restored: DialogueState) -> str:
    """What "go back" undid, in the person's terms ("I've taken back your answer about ...")."""
    changed = [k for k in undone.facts if undone.facts[k] != restored.facts.get(k)]
    doubts = sorted(undone.unknown - restored.unknown)
    if changed:
        said = describe_facts({k: undone.facts[k] for k in changed})
        return f"I've taken back your answer about {_ABOUT.get(changed[0], fact_label(changed[0]))} ({said})."
    if doubts:
        return f"I've taken back your \"not sure\" about {_ABOUT.get(doubts[0], fact_label(doubts[0]))}."
    return "OK, let's go back."
