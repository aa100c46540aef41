"""Doubt about a red-flag sign: said with a hedge, or not sure, in a clause of its own.

A red-flag sign that the text states only inside a hedged clause ("I think I might
have had a temperature", "possibly a bit of leaking") or only as something the
person is unsure of ("not sure if I've lost weight") is neither a fact nor nothing:
the reader puts it in :attr:`Reading.uncertain` and the engine asks one short
confirming question. The test is by construction: read the text again with the
hedged clauses left out (what is firmly said) and with the hedges taken out (what
may be said); a sign in the second reading but not the first is uncertain.

Emergency signs get one wider net (``signs_at_a_remove``): a sign a story holds only in a
part that may tell it at one remove (advice passed on, a condition, an event long ago) is
uncertain too. The net is deliberately coarser than the reader's own tests, which drop such
signs when they recognise the shape: where they do not, a misreading costs one question
instead of an emergency. Urgent signs read from a story are all confirmed by the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from backchat.core.facts import FactValue
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import LONG_AGO, SIGNS_LISTED, WRITER
from backchat.core.understand.text import Utterance, prepare

__all__ = ["RED_SIGNS", "EMERGENCY_SIGNS", "HEDGE", "doubtful_signs", "earlier_signs", "signs_at_a_remove",
           "signs_in_jest", "denied_next", "denied_list"]

RED_SIGNS = ("bladder_bowel", "saddle_numbness", "sexual_change", "bilateral", "neuro_deficit", "fever",
             "trauma", "cancer_history", "weight_loss", "night_pain", "immune", "chest_pain", "back_lump")
"""Screen facts whose True is a red flag."""
EMERGENCY_SIGNS = ("bladder_bowel", "saddle_numbness", "sexual_change", "bilateral", "trauma", "chest_pain")
"""Of ``RED_SIGNS``, those that clinical.md sends to emergency care: read firmly, they end the interview."""

HEDGE = lazy(
    r"\b(?:maybe|might|may (?:have|be)|possibly|perhaps|could (?:be|have)|not sure (?:if|whether)|"
    r"unsure (?:if|whether)|don't know (?:if|whether)|can't tell (?:if|whether)|not certain|seems? like|"
    r"wonder(?:ing)? (?:if|whether)|hard to (?:say|tell)|possible)\b"
)
"""Words that put a sign in doubt ("I think" and "probably" lean to yes: they are kept as said)."""
_UNSURE_LEAD = lazy(
    r"\b(?:not (?:really |totally |100% )?sure|unsure|(?:i )?(?:don't|do not) know|not certain|"
    r"can't (?:tell|remember)|hard to (?:say|tell)|wonder(?:ing)?)\s*(?:if|whether|about|that)\s+"
)

Reader = Callable[[Utterance], dict[str, FactValue]]


# a clause that puts what comes next in doubt: "I might be imagining it, but my foot feels weaker"
_DOUBT_AHEAD = lazy(r"\b(?:(?:might|may|could) be imagining (?:it|things)|(?:it )?(?:might|may|could) be nothing|"
                    r"probably nothing|not sure if i'm imagining|maybe it's (?:just )?me)\b")


def _firm(u: Utterance) -> Utterance:
    """Each clause up to its first hedge ("both thighs hurt, pain is maybe a 5" keeps the thighs); a clause
    after one that doubts what comes next is left out whole."""
    cut = []
    for i, c in enumerate(u.clauses):
        if i and _DOUBT_AHEAD.search(u.clauses[i - 1]):
            cut.append("")
            continue
        marks = [m.start() for p in (HEDGE, _UNSURE_LEAD) for m in [p.search(c)] if m is not None]
        cut.append(c[:min(marks)].strip(" ,") if marks else c)
    clauses = tuple(cut) or ("",)
    return replace(u, text=" . ".join(clauses), clauses=clauses)


def _dehedged(u: Utterance) -> Utterance:
    clauses = tuple(re.sub(r"\s+", " ", HEDGE.sub(" ", _UNSURE_LEAD.sub(" ", _DOUBT_AHEAD.sub(" ", c)))).strip()
                    for c in u.clauses)
    return replace(u, text=" . ".join(clauses), clauses=clauses)


def doubtful_signs(u: Utterance, facts: dict[str, FactValue], read_signs: Reader) -> dict[str, FactValue]:
    """Red-flag signs that are possibly stated but not firmly; moves hedged ones out of ``facts``."""
    if not any(HEDGE.search(c) or _UNSURE_LEAD.search(c) for c in u.clauses):
        return {}
    firm = read_signs(_firm(u))
    maybe = read_signs(_dehedged(u))
    out: dict[str, FactValue] = {}
    for name in RED_SIGNS:
        if maybe.get(name) is True and firm.get(name) is not True:
            out[name] = True
            facts.pop(name, None)
    return out


# an earlier episode or a time well before this one: "the last time my back went", "after my first baby"
_EARLIER = lazy(
    r"\b(?:(?:the )?last time|the time before|my (?:last|previous|first|other) (?:flare[- ]?ups?|flares?|episodes?|"
    r"bouts?|attacks?)|previously|in the past|before my (?:op|operation|surgery)|"
    r"after (?:my|having my) (?:first |second |last )?(?:baby|child|pregnancy|op|operation|surgery))\b"
)
# what brings the story back to now: "this time", "now", "since Monday"
_NOW = lazy(r"\b(?:this time|now|these days|at the moment|currently|this (?:week|morning|flare\w*|episode|one)|"
            r"today|yesterday|last night|since|still)\b")
_PRESENT = lazy(r"\b(?:i've got|i have|i'm|i am|i've been|it's|it is|is|are|am|has been|have been|keeps?|"
                r"can't|cannot|won't|don't|doesn't|isn't)\b")
_PAST = lazy(r"\b(?:had|was|were|went|got|lost|felt|needed|became|came|did|took|\w+ed)\b")
_NOT_BEFORE = lazy(r"\b(?:never|didn't|did not|not) use(?:d)? to\b")
# what the person always has, not this episode's ("that's normal for me", "I always get that")
_BASELINE = lazy(r"\b(?:(?:that's|that is|which is|it's|this is|all) (?:quite |pretty |completely )?"
                 r"(?:normal|usual|standard|typical) "
                 r"for (?:me|us|my (?:job|age|work)|\w+s)|i always get (?:that|this|them)|from years of|"
                 r"(?:^|, )always (?:have|had|has|do|did)(?= *(?:[,.;!]|$))|(?:that's|which is) (?:quite |pretty )?"
                 r"normal(?= *(?:[,.;!]|$))|"
                 r"for (?:years|decades)|"
                 r"(?:old|long[- ]standing) (?:\w+ )?(?:injury|injuries|problem|condition))\b")
# what was, and is over: "my chest was sore for months, but that's all healed now"
_RESOLVED = lazy(r"^(?:(?:but|and|though)\s+)?(?:that's|that has|that is|it's|it is|it has|which is|which has|"
                 r"that|it|which)\s+(?:all\s+|completely\s+|long\s+|since\s+|fully\s+)*"
                 r"(?:healed|cleared(?: up)?|resolved|gone(?: away)?|settled(?: down)?|sorted|back to normal|worn off|"
                 r"passed)(?:\s+(?:now|up))?\s*$")
_CONTRAST = lazy(r"\b(?:but|though|although|however|whereas)\s*$")
_SIGNS_OF_HISTORY = ("cancer_history", "immune")
"""Signs that are history by definition (clinical.md), or whose reader weighs the time itself (a transplant
in 2019 with tablets taken now)."""


def _earlier_clauses(u: Utterance) -> list[bool]:
    """Per clause: True when it tells of an earlier episode (a sentence opened by one, up to a turn to now)."""
    out: list[bool] = []
    at, earlier = 0, False
    for c in u.clauses:
        found = u.text.find(c, at)
        start = found if found >= 0 else at
        gap = u.text[at:start]
        if re.search(r"[.!?\n]", gap):
            earlier = False  # a new sentence
        if _CONTRAST.search(gap) or _NOW.search(c) or _PRESENT.search(c) or not _PAST.search(c):
            earlier = False  # "..., but this time", "..., I've got a temperature of 38.5", "..., it wakes me"
        if (LONG_AGO.search(c) or _EARLIER.search(c)) and not _NOT_BEFORE.search(c):
            earlier = not _NOW.search(c)  # "trouble peeing since yesterday, which never happened before"
        if _BASELINE.search(c) or _RESOLVED.match(c):  # "my legs ache after a day on my feet, that's normal for me"
            earlier = True
            if out and not re.search(r"[.!?\n]", gap):
                out[-1] = True
        out.append(earlier)
        at = start + len(c) if found >= 0 else at
    return out


def earlier_signs(u: Utterance, facts: dict[str, FactValue], read_signs: Reader) -> dict[str, FactValue]:
    """Red-flag signs stated only in clauses about an earlier episode ("the last time my back went I had
    numbness in both legs"): moved out of ``facts`` to be confirmed ("is that happening now?")."""
    flags = _earlier_clauses(u)
    if not any(flags) or not any(facts.get(name) is True for name in RED_SIGNS):
        return {}
    clauses = tuple(c for c, old in zip(u.clauses, flags, strict=True) if not old) or ("",)
    now = read_signs(replace(u, text=" . ".join(clauses), clauses=clauses))
    out: dict[str, FactValue] = {}
    for name in RED_SIGNS:
        if facts.get(name) is True and now.get(name) is not True and name not in _SIGNS_OF_HISTORY:
            out[name] = True
            facts.pop(name)
    return out


# A part of a sentence that may tell a sign at one remove, however it is worded: a condition ("if",
# "unless", "what if"), a source ("the page says", "I read", "my physio told me", "a warning sign"), or a
# time long before this episode. Wider than the reader's own tests on purpose: an emergency sign that a
# story holds only in such a part is confirmed with one question, neither taken at once nor dropped.
_AT_A_REMOVE = lazy(
    r"(?<!tell )(?<!feel )(?<!know )(?<!sense )(?<!notice )(?<!sure )(?<!dunno )(?<!as )\b(?:if|unless)\b"
    r"(?! (?:i'm|i am|im|i'm being) honest| (?:that|it|this) "
    r"(?:matters|helps|makes sense|is relevant|'s relevant)| relevant| you (?:see|know) what i mean)|\bin case\b|"
    r"\b(?:says|said|saying|told|tells|reckons?|according to|page|website|online|leaflet|article|forum|"
    r"heard|googled?|handout|mentions|talks about|lists|"
    r"read (?:that|online|up|about|somewhere|the))\b|\byou (?:should|need to|must|have to|ought to)\b|"
    + SIGNS_LISTED + r"|"
    r"\bin the (?:spring|summer|autumn|fall|winter)\b|"
    r"\b(?:news|documentar\w*|programme|film|movie|podcast|show) (?:\w+ ){0,3}?(?:about|where)\b|"
    r"\bon (?:the )?(?:news|tv|telly|radio)\b"
)
_OWN_TURN = lazy(r"^\s*(?:(?:and|but|so|then|now|since|though)\s+)?(?:\w+\s+){0,2}?(?:i|i'm|i've|i'd|my|me)\b")
"""A part that turns to the person's own statement ("..., and both my legs feel numb"): a doubt before it
in the sentence does not reach it."""


_WHOLLY_REMOTE = lazy(
    r"\b(?:nobody|no one|no-one|none of us) (?:was |were |got )?(?:hurt|injured)\b"
    # an accident there was, not one the person was in; a near miss; advice with a condition
    r"|\bthere(?:'s| was| has been| had been|'s been) (?:a |an )?(?:\w+ )?(?:accident|crash|collision|pile-?up)\b"
    r"|\b(?:didn't|did not|never) (?:actually )?(?:hit|touch|collide with|crash into|come off|fall off|go down)\b"
    r"|\bnear(?:ly)? (?:hit|knocked|ran (?:me )?over)|\bnear[- ]miss\b|\bjust missed (?:me|us)\b"
    r"|\b(?:managed|manage) (?:not to|to avoid|to miss) (?:hit\w*|crash\w*|com\w* off|fall\w*|the (?:car|van|bus))"
    r"|\bwithout (?:hitting|crashing|coming off|falling off|touching)\b"
    r"|\b(?:said|says|told|tells|listed|lists|a list)\b[^.]*\bif\b"
)
"""A sentence wholly at one remove: an event with nobody hurt ("there was an accident at work, nobody was hurt"),
an accident there was, a near miss ("a taxi pulled out on me ... I didn't hit anything"), or advice with a
condition ("the pharmacist rattled off a list, numbness ..., trouble peeing, and said go to A&E if ...")."""

_ANYONE = lazy(r"(?<!thank )\b(?:you|your|you'd|you're|you'll|you've|yourself)\b")
"""A sentence of a story said of anyone ("the nerve runs all the way down both legs to your feet", "you'd think
standing is simple when you have the use of both legs"), with no word of the writer's: it may tell a sign at one
remove, so an emergency sign it alone holds is confirmed. "Like when the dentist numbs you" is a true sign told
this way: it costs one question."""


def _remote_parts(u: Utterance) -> list[list[tuple[str, bool]]]:
    """The text's sentences cut at commas and semicolons, each part with True when it may tell a sign
    at one remove: it holds a condition, a source or a long-ago time, or follows such a part in its
    sentence without turning to the person's own statement."""
    sentences: list[list[tuple[str, bool]]] = []
    split = [s for s in re.split(r"[.!?\n]+", u.text) if s.strip()]
    for sentence in split:
        wholly = _WHOLLY_REMOTE.search(sentence) is not None or (
            len(split) > 1 and _ANYONE.search(sentence) is not None and WRITER.search(sentence) is None)
        doubt, parts = wholly, []
        for part in re.split(r"[,;:]|\s-\s", sentence):
            if not part.strip():
                continue
            if _OWN_TURN.match(part) and not wholly:
                doubt = False
            if _AT_A_REMOVE.search(part) or LONG_AGO.search(part):
                doubt = True
            parts.append((part.strip(), doubt))
        sentences.append(parts)
    return sentences


def signs_at_a_remove(u: Utterance, facts: dict[str, FactValue], read_signs: Reader,
                      answering: str | None = None) -> dict[str, FactValue]:
    """Emergency signs that the text holds only in parts that may tell them at one remove (quoted
    advice, a condition, an old event): moved out of ``facts`` to be confirmed. ``answering``: the
    fact of the question the text answers, never moved (its own answer is what it asks)."""
    signs = [name for name in EMERGENCY_SIGNS if facts.get(name) is True and name != answering]
    if not signs:
        return {}
    sentences = _remote_parts(u)
    if not any(far for parts in sentences for _, far in parts):
        return {}
    kept = ". ".join(", ".join(p for p, far in parts if not far) for parts in sentences)
    return _held_unless_firm(kept, signs, facts, read_signs)


def _held_unless_firm(kept: str, signs: list[str], facts: dict[str, FactValue],
                      read_signs: Reader) -> dict[str, FactValue]:
    """The ``signs`` that ``kept`` (the text less its doubtful parts) does not state firmly: moved out of
    ``facts``, to be confirmed."""
    firm = read_signs(prepare(kept))
    return {name: facts.pop(name) for name in signs if firm.get(name) is not True}


# A joke or an exaggeration: laughter after it ("my knees nearly buckled lol", "my legs went to jelly, ha"), a
# near death told of a shock ("the quote nearly gave me a heart attack"), or laughter in it ("wetting myself
# laughing"). A near thing of the body ("my knee nearly gave way") is no joke: it is read as said.
_JEST_SENTENCE = lazy(r"(?:\b(?:lol|lmao|rofl|haha\w*|ha|hah|jk|only joking|just kidding)\b"
                      r"|[\U0001F602\U0001F923\U0001F605])\W*$")
_PRESSED = r"(?:sitting|cycling|ride|riding|bike|saddle|drive|driving|flight)"
_JEST_PART = lazy(r"\b(?:nearly|almost|practically|virtually) (?:gave me (?:a heart attack|kittens|a coronary)|"
                  r"had (?:a heart attack|kittens|a coronary)|died|keeled over)\b|\blaugh\w*\b|\bjok(?:e|es|ing)\b"
                  r"|\bkidding\b|\bfigure of speech\b"
                  # tiredness after effort said as a figure: "my legs were like jelly after the hike"
                  r"|\b(?:legs?|knees)\b[^,.;]{0,25}\b(?:like jelly|jelly|wobbly|shaky|like lead)\b[^,.;]{0,20}"
                  r"\b(?:after|from) (?:the |a |my |that |all the |all that )?(?:\w+ )?(?:hike|walk|run|gym|workout|"
                  r"class|session|squats|climb|stairs|match|game|ride|marathon|leg day)\b"
                  r"|\b(?:after|from) (?:the |a |my |that )?(?:\w+ )?(?:hike|walk|run|gym|workout|class|session|squats|"
                  r"climb|match|game|ride|marathon|leg day)\b[^.;]{0,30}\b(?:legs?|knees)\b[^,.;]{0,25}\b(?:like jelly|"
                  r"jelly|wobbly|shaky|like lead)\b"  # "after the marathon both my legs were like lead"
                  # numbness of pressure told with its cause: "my bum went numb on the long drive"
                  r"|\bnumb\w*\b[^.;]{0,30}\b(?:after|from|on) (?:\w+ ){0,3}" + _PRESSED + r"\b"
                  r"|\b(?:after|from) (?:\w+ ){0,4}" + _PRESSED + r"\b[^.;]{0,30}\bnumb\w*")
_SERIOUS = lazy(r"\b(?:not|no|isn't|is not) (?:joking|a joke|kidding|laughing)\b|\bno joke\b|\bseriously\b")


def signs_in_jest(u: Utterance, facts: dict[str, FactValue], read_signs: Reader,
                  answering: str | None = None) -> dict[str, FactValue]:
    """Red-flag signs that the text holds only in a joke or an exaggeration (a sentence that ends in
    laughter, a part with a near thing or with laughter in it, legs "like jelly" after a hike): moved out of
    ``facts`` to be confirmed
    with one question, never dropped. A sentence that says it is no joke keeps its signs."""
    signs = [name for name in RED_SIGNS if facts.get(name) is True and name != answering]
    if not signs:
        return {}
    kept: list[str] = []
    cut = False
    for sentence in re.split(r"(?<=[.!?\n])\s+", u.text):
        if _SERIOUS.search(sentence):
            kept.append(sentence)
        elif _JEST_SENTENCE.search(sentence.strip()):
            cut = True
        else:
            parts = re.split(r"[,;]", sentence)
            plain = [p for p in parts if not _JEST_PART.search(p)]
            cut = cut or len(plain) < len(parts)
            kept.append(", ".join(plain))
    return _held_unless_firm(" ".join(kept), signs, facts, read_signs) if cut else {}


# a sentence that answers a list of signs told just before it with one denial: "... numb privates, trouble peeing,
# weak legs, fever. No to all of it."
_NONE_OF_THE_LIST = lazy(r"^\W*(?:(?:and|but|so|thankfully|luckily|happily|i said)\W+)*"
                         r"(?:(?:it was |it's |that was |i was )?no to (?:all|any|every\w*|both|each)(?: of)?"
                         r"(?: (?:it|them|those|these|that))?|"
                         r"(?:i've got |i have |i've had |i had |i get |luckily )?none of (?:it|them|those|these|that)|"
                         r"(?:all|both) nos?|"
                         r"(?:i )?(?:don't|do not|didn't|did not) have (?:any of )?(?:them|those|these))"
                         r"[\s,;!.]*(?:(?:thank (?:god|goodness|heavens)|thank\w*|luckily|phew|so far)[\s,;!.]*)?$")
# the sentence before is a list of signs, asked or read out: "went through a list: ...", "asked about A, B and C"
_A_LIST = lazy(r"\b(?:list\w*|checklist\w*|asked|checked|questions?|went through|warning signs|red flags|leaflet|"
               r"rattled off|"
               r"(?:watch|look) (?:out )?for)\b"
               r"|:|,[^,]+,")


def denied_list(u: Utterance, facts: dict[str, FactValue], read_signs: Reader) -> None:
    """Removes from ``facts`` each red-flag sign (and numbness) said only in a list of signs that the next
    sentence denies whole ("the 111 lady went through a list: numb privates, trouble peeing, weak legs. No
    to all of it."); the screens are asked of everyone, so a sign wrongly dropped here is still asked."""
    sentences = [part for s in re.split(r"(?<=[.!?\n])\s+", u.text) if s.strip() for part in _denial_apart(s)]
    cut = {i for i in range(len(sentences) - 1)
           if _NONE_OF_THE_LIST.match(sentences[i + 1]) and _A_LIST.search(sentences[i])}
    signs = (*RED_SIGNS, "numbness_or_weakness")
    if not cut or not any(facts.get(name) is True for name in signs):
        return
    kept = read_signs(prepare(" ".join(s for i, s in enumerate(sentences) if i not in cut)))
    for name in signs:
        if facts.get(name) is True and kept.get(name) is not True:
            del facts[name]


_NONE_TAIL = lazy(r",?\s*(?:and|but|;)\s+(?:(?:i've got|i have|i've had|i had|luckily|thankfully) none of "
                  r"(?:them|those|these|it)|(?:it was |it's |it is |i said |i was )?no to "
                  r"(?:all|any|every\w*|both|each)(?: of)?(?: (?:them|those|these|it))?)\b")


def _denial_apart(sentence: str) -> list[str]:
    """A list and its denial in one sentence ("a sheet listing A, B, C, and I've got none of them") as two."""
    m = _NONE_TAIL.search(sentence)
    if m is None or not _A_LIST.search(sentence[:m.start()]):
        return [sentence]
    return [sentence[:m.start()] + ".", sentence[m.start():].lstrip(" ,;")]


# a clause that denies the one before it with its verb left out: "my wife thinks I've lost weight, but I haven't"
_DENIED_NEXT = lazy(r"^(?:but |though |and )?(?:i|it|that) (?:haven't|hasn't|have not|has not|don't|doesn't|didn't|"
                    r"do not|did not|isn't|wasn't|is not|was not|am not|'m not|can't say i have)"
                    r"(?: really| at all| though| actually)?\s*$")


def denied_next(u: Utterance, facts: dict[str, FactValue], read_signs: Reader) -> None:
    """Removes from ``facts`` each red-flag sign said only in a clause that the next one denies with its
    verb left out ("everyone says I look like I've got a temperature, but I haven't")."""
    cut = [i for i in range(len(u.clauses) - 1) if _DENIED_NEXT.match(u.clauses[i + 1])]
    if not cut or not any(facts.get(name) is True for name in RED_SIGNS):
        return
    clauses = tuple(c for i, c in enumerate(u.clauses) if i not in cut) or ("",)
    kept = read_signs(replace(u, text=" . ".join(clauses), clauses=clauses))
    for name in RED_SIGNS:
        if facts.get(name) is True and kept.get(name) is not True:
            del facts[name]
