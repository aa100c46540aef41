"""The closed form of a question, the last try before moving on: yes or no, or numbered choices.

The closed form is offered by the voice dialogue itself, so it also maps what is heard back:
"two" is the second choice it listed, handed to the engine in the choice's own words.
"""

from __future__ import annotations

from dataclasses import replace

from backchat.core.flow import Question
from backchat.speech.ports import Transcript
from backchat.speech.words import spoken_words

__all__ = ["closed_prompt", "closed_answers", "from_closed_form", "NUMBER_WORDS"]

NUMBER_WORDS: tuple[str, ...] = ("zero", "one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten")


def closed_prompt(q: Question) -> str:
    """What to say for the closed form of ``q``."""
    ask = q.simpler or q.reprompt
    if q.kind == "yes_no":
        return f"Please just say yes, no, or I don't know. {ask}"
    if q.choices:
        listed = "; ".join(f"{NUMBER_WORDS[i + 1]}: {c}" for i, c in enumerate(q.choices[:9]))
        return f"{ask} Say the number: {listed}. Or say I don't know."
    if q.kind == "number":
        return f"{ask} Please say just the number, or I don't know."
    return f"{ask} Or say I don't know."


def closed_answers(q: Question) -> list[str]:
    """The answers the closed form listens for (besides the commands every question keeps)."""
    if q.kind == "yes_no":
        return ["yes", "no", "i don't know"]
    if q.choices:
        return [*NUMBER_WORDS[1:len(q.choices[:9]) + 1], "i don't know"]
    return []


def from_closed_form(q: Question, heard: Transcript) -> Transcript:
    """A number heard for the closed form of a choice question becomes that choice's words."""
    if q.kind == "yes_no" or not q.choices:
        return heard
    words = spoken_words(heard.text)
    if len(words) == 1 and words[0] in NUMBER_WORDS[1:len(q.choices[:9]) + 1]:
        return replace(heard, text=q.choices[NUMBER_WORDS.index(words[0]) - 1])
    return heard
