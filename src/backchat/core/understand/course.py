"""The course of the pain: is it getting better, and has it happened before (recurring episodes)."""

from __future__ import annotations

import re

from backchat.core.understand import concepts
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import PAIN, recent, someone_else
from backchat.core.understand.symptoms import settle
from backchat.core.understand.text import Polarity, Utterance

__all__ = ["read_improving", "read_recurrent", "answer_improving", "answer_recurrent"]

_BETTER = lazy(
    r"\b(?:getting|got|gets|feeling|feels|slowly|much|a bit|bit|a little|definitely) better\b"
    r"|\b(?:improving|improved|easing|eased off|settling|settled|on the mend|less (?:painful|sore))\b"
    r"|\b(?:bit|little|getting|slowly|much) easier\b|\bloosening up\b|\b(?:half|not) as bad\b"
    # said against an earlier time: "better than last night", "a lot better", "easier today", "eased loads"
    r"|\b(?:it's|its|it is|lot|loads|far|way|slightly|somewhat|moving|feels?|already|now) better\b"
    r"|\bbetter than (?:last|yesterday|it was|before|this morning)\b|\beased (?:loads|a lot|a bit|a little|up)\b"
    r"|\b(?:easier|looser) (?:today|now|already|this morning)\b|\bcalming down\b"
    r"|\b(?:much |a lot |far )?less than it was\b"
    # "the pain has subsided", "not as fierce as it was", "never as bad again as on day one"
    r"|\bsubsid(?:ed|ing)\b|\b(?:nothing|nowhere near|hasn't been|has not been|isn't|is not) (?:as|so) "
    r"(?:bad|intense|severe|painful|sharp|sore) as (?:before|it was|that first day|the first day|at first|"
    r"at the start)\b"
)
# better or looser in some position or after something: what eases it, not its course ("better after a bath")
_RELIEF_AFTER = lazy(r"^\s*(?:after|when|whenever|once|if|with|in the|lying|sitting|standing|walking|moving|"
                     r"for a (?:bit|while)|on my)\b")
_NOT_BETTER = lazy(
    r"\b(?:not (?:getting )?(?:any )?better|no better|not improving|hasn't improved|haven't improved|"
    r"isn't improving|not easing|hasn't eased|(?:getting|got|gets) worse|worse and worse|worsening|"
    r"(?:isn't|hasn't|is not|has not) (?:getting |got |been )?(?:any )?better|"
    r"(?:can't|cannot|couldn't) say (?:it's|it is|it has) (?:got |been |getting )?(?:any )?better|"
    r"(?:about|roughly|much|pretty much|more or less|still|just) the same|"
    r"(?:it's|it is|its|it's been|it has been|it stayed|it's stayed|pain is|pain's|back is|back's) (?:\w+ )?the same"
    r"(?! (?:old|in|spot|place|side|way|time|as (?:always|ever)))|"
    r"no change|no different|not (?:really )?changed|not shifting|won't shift|"
    r"(?:isn't|is not|hasn't been|not) (?:really )?(?:shifting|going away|budging|clearing up|settling)|"
    r"won't (?:go away|budge|settle|clear)|(?:more and more|worse and worse)|"
    r"(?:(?:it|pain|back|ache) is|it's|its|it feels|now|gone|much|even|a lot|far) worse"
    r"(?! (?:when|whenever|if|at|in|by|after|with|during|first|lying|sitting|standing|on|as|for|than|before)\b)"
    # a worsening told as more of it: "hurts a little more every day", "it's playing up more again",
    # "has steadily progressed", "relapsed", "has not gone away"
    r"|(?:hurt\w*|ach(?:e|es|ing)|bother\w*(?: me)?|sore|painful)(?: (?:a (?:little |lot |tiny )?bit|even|much|"
    r"a lot|far|way|slightly))? more(?! (?:when|whenever|if|after|in|on|at|with|during|than|because|as|for|to|"
    r"of|often|than)\b)|(?:steadily|gradually|slowly) progressed|\brelapsed|"
    r"(?:hasn't|has not|haven't|have not) (?:\w+ )?gone away)\b"  # "doesn't go away at night" is how it is
)
_OWN_NEGATION = lazy(r"\b(?:not|no|never)\b|n't\b")
_SENSATION = lazy(r"\b(?:numb(?!er)\w*|tingl\w*|pins and needles)\b")
# "first time in four years", "first time since 2019": it has happened before, so no first episode
_SINCE_LAST = r"first time (?:in (?:(?:about|over|nearly|like|almost) )?(?:\w+ ){0,2}(?:years?|months|ages|decades?|" \
    r"a (?:long )?while|a long time|forever)|since)"
_RECURRENT = lazy(
    r"\b(?:(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d+(?:st|nd|rd|th)) time|"
    r"again|keeps? (?:happening|going (?:out|again)|coming back|recurring)|recurr\w*|comes? back|came back|"
    r"flare[- ]?ups?|flares? up|flared up|(?:every|each) (?:few )?(?:months|year|winter|summer)|"
    r"on and off for (?:\w+ )?years|happened before|had (?:this|it) before|same as last (?:time|year|episode)|"
    r"(?:\w+|\d+) times over the years|(?:slipped|prolapsed|herniated|bulging) (?:a )?dis[ck]s? (?:\w+ ){0,2}ago|"
    r"(?:surgery|an operation|an op) on my (?:lower |upper )?back|a bout of (?:sciatica|back pain)|"
    r"(?:several|few|many|a couple of) times (?:before|a year|this year)|used to get this|"
    # an earlier bout said otherwise: "been here before in 2019", "same as happened in 2012", "had the same
    # thing years ago", "flares every month", "on and off since I was a postman"
    r"been here before|same as (?:happened |last time |before )?(?:\w+ ){0,2}(?:in (?:19|20)\d\d|years? ago)|"
    r"had the same (?:thing|problem|pain|trouble)|"
    r"(?:on and off|off and on) since (?:i was|my (?:teens|twenties|thirties|school|first)|(?:19|20)\d\d)|"
    r"flares? (?:up )?every|re-?occur\w*|"
    # earlier bouts told in passing: "I've occasionally tweaked my back over the years", "it re-occurs"
    r"(?:occasionally|from time to time|every now and then|every so often) (?:[\w']+ ){0,4}(?:tweak|pull|strain|hurt|"
    r"put|twinge)\w* my back|" + _SINCE_LAST + r")\b"
)
_FIRST_TIME = lazy(r"\b(?:first time(?! post| poster| here| writing| asking| in (?:\w+ ){0,3}(?:years?|months|ages|" \
                   r"decades?|while|time|forever)\b| since\b)|never had (?:this|it|back pain) before|"
                         r"never before|not had (?:this|it) before|new for me|never happened before|"
                         r"not (?:something|a thing) (?:that )?i(?:'ve| have)? (?:really |ever )?"
                         r"(?:suffered|had|experienced)"
                         r"(?: from| with)? before|"
                         r"never (?:had|given me) (?:any )?(?:back )?(?:trouble|problems?|pain|issues)|"
                         r"no (?:back )?(?:trouble|problems|injuries) before)\b")
# back trouble named in a clause placed in the past: an earlier episode ("a bulging disc on a scan in 2019")
_PAST_BACK = lazy(r"\b(?:(?:bulging|slipped|prolapsed|herniated|trapped) (?:a )?dis[ck]s?|"
                  r"dis[ck] (?:problem|issue|injury)s?|sciatica|bad back|back (?:trouble|problems?|pain|injury))\b")
_GOING_ON = lazy(r"\b(?:since|still|ever since|now|for|on and off)\b")
_AGAIN_OF = lazy(r"\b(?:it|it's|this|that|back|backs|pain|sciatica|twinge|spasm|flare\w*|here we go)\b")


_STILL = lazy(r"^(?:.*the same|no change|no different|no better)$")
_ANSWER_NO = lazy(r"^(?:\w+ )?(?:not (?:much|a lot|really|hugely|massively|very much|that much|noticeably)|"
                        r"hardly|barely|not that i can tell|if anything worse|worse)\b")
_ANSWER_YES = lazy(r"^(?:yes |yeah )?(?:slightly|a (?:tiny |little )?bit|a little|somewhat|marginally|a touch|"
                         r"a fraction|little by little|slowly|gradually|kind of|sort of|i think so|a tad)\b")


# an answer to "have you had this before?" that counts the times: "once, years ago", "a couple of times"
_ANSWER_TIMES = lazy(r"^(?:yes,? |yeah,? )?(?:just |only )?(?:once|twice|a few times|a couple of times|"
                           r"several times|many times|loads of times|(?:\w+|\d+) times)\b")


def answer_recurrent(u: Utterance) -> bool | None:
    """A short answer to "has this happened before?" that counts the times ("once, years ago")."""
    text = u.text.strip(" .!,")
    if len(text.split()) > 10 or re.search(r"\b(?:no|never|not)\b", text):
        return None
    return True if _ANSWER_TIMES.match(text) else None


def answer_improving(u: Utterance) -> bool | None:
    """A short answer to "is it getting better?" read for that question ("not much", "slightly")."""
    text = u.text.strip(" .!,")
    if len(text.split()) > 8:
        return None
    if _ANSWER_NO.match(text):
        return False
    if _ANSWER_YES.match(text):
        return True
    return None


def _about_sensation(u: Utterance, clause: str) -> bool:
    """True when the clause speaks of a numbness or tingling (here or, as "it", in the clause before)."""
    if PAIN.search(clause):
        return False
    if _SENSATION.search(clause):
        return True
    i = u.clauses.index(clause) if clause in u.clauses else 0
    if not re.match(r"^(?:and )?(?:now )?(?:it|it's|its|that|that's)\b", clause):
        return False
    for before in reversed(u.clauses[max(0, i - 2):i]):  # "the tingling started …, now it's up to my ankle, it's worse"
        if PAIN.search(before):
            return False
        if _SENSATION.search(before) and not re.search(r"\bno\b|\bnot\b|n't\b", before):
            return True  # "no numbness, no weakness. it's about the same": the pain's course
    return False


def _about_before(u: Utterance, clause: str) -> bool:
    """True when an "it" clause goes on from one about someone else or long ago ("my dad had a bad back in
    his 50s and it settled with physio", "I fell off a ladder years ago … before it settled")."""
    i = u.clauses.index(clause) if clause in u.clauses else 0
    if i == 0 or not re.match(r"^(?:and |but )?(?:it|it's|that)\b", clause):
        return False
    before = u.clauses[i - 1]
    return someone_else(before) or not recent(before) or not recent(clause)


def read_improving(u: Utterance) -> bool | None:
    """True when the pain is said to be easing, False when not improving or getting worse."""
    pols: list[Polarity] = []
    about_sensation = [_about_sensation(u, c) for c in u.clauses if "wors" in c]
    for m in u.mentions(_NOT_BETTER):
        if _about_sensation(u, m.clause):
            continue  # "the tingling is the same as before" is about the tingling, not the pain's course
        if _STILL.match(m.text) and m.polarity != "other":
            pols.append("neg")  # "not really, about the same": the hedge does not flip "the same"
            continue
        if _OWN_NEGATION.search(m.text):
            if m.polarity != "other":
                pols.append("neg")  # "not worse, not better": the denial before does not reach "not better"
            continue
        if m.polarity == "pos":
            pols.append("neg")
        # a denied worsening ("not getting worse, just not going") says nothing of getting better
    if not (about_sensation and all(about_sensation)):
        pols += ["neg" for p in concepts.worsening(u)[0] if p == "pos"]
    if not pols:
        for m in u.mentions(_BETTER):
            if _RELIEF_AFTER.match(m.after):
                continue  # "feels better after a bath": what eases it
            pols.append("other" if _about_before(u, m.clause) else m.polarity)
    if "neg" in pols:
        return False  # any word of not improving wins: the safer reading
    return True if "pos" in pols else None


def read_recurrent(u: Utterance) -> bool | None:
    """True for recurring episodes, False for a first episode."""
    if any(m.polarity == "pos" and not _OTHER_SYMPTOM.search(m.clause) for m in u.mentions(_FIRST_TIME)):
        return False  # "wet myself, which has never happened before" is about that, not the back
    pols = [m.polarity for m in u.mentions(_RECURRENT)
            if not (m.text == "again" and (_REGAINED.search(m.before) or not _AGAIN_OF.search(m.before)))
            and not (_OTHER_SYMPTOM.search(m.clause) and not PAIN.search(m.clause))
            and not (m.text.startswith("first") and not _BACK_SAID.search(m.after.split(",")[0]))]
    pols += ["pos" for m in u.mentions(_PAST_BACK)
             if m.polarity == "pos" and not recent(m.clause) and not _GOING_ON.search(m.clause)]
    return settle(pols)  # "getting up again is worse" repeats a movement, not an episode


# "first time in ages I went jogging" dates the jog; "first time since 2019 my back has gone" an episode
_BACK_SAID = lazy(PAIN.pattern + r"|\b(?:back|spine|sciatica)\b")
_OTHER_SYMPTOM = lazy(r"\b(?:wet|pee|wee|poo|numb(?!er)\w*|tingl\w*|fever|temperature|sweat\w*|weight)\b")
# "I can put my socks on again": an ability regained, not another episode
_REGAINED = lazy(r"\b(?:can|could|able to|managed to)\b")
