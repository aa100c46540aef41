"""Whether an event is told as what started this episode, or only guessed, a habit or a treatment.

"I think I strained something reaching up", "probably from all that", "That's probably why my back's
sore" give a cause as a guess; "I work nights in a care home, lots of hoisting residents", "forever
picking them up" a habit; "I've done physio, yoga, the lot" a treatment. None of them says how this
episode started (stories/README.md), so :mod:`events` leaves them out of the trigger.
"""

from __future__ import annotations

from collections.abc import Callable

from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import BODY, PAIN, TIME_WORDS
from backchat.core.understand.text import Mention, Utterance

__all__ = ["LINK", "not_told", "guessed", "guessed_sentences", "tied_to_the_pain"]

LINK = lazy(r"\b(?:it|this|that's when|started|began|came on|since|caused)\b")
"""Words that tie an event to the pain."""

# a cause guessed, not told: "I think from carrying my toddler", "probably just the new mattress",
# "figured it was from the gym" (the hedge, a few filler words, then the cause)
_GUESS = lazy(r"\b(?:think|thought|guess|guessing|probably|prob|possibly|maybe|perhaps|reckon|figured?|assumed?|"
              r"assuming|wonder(?:ing|ed)? (?:if|whether)|not sure (?:if|whether)|"
              r"(?:don't|do not|dont) know (?:if|whether)|"
              r"suspect|presume|must be|might be|could be|(?:could|can|might|would) (?:it|this|that)|"
              r"seem(?:s|ed)? to have|must have|must've)\b")
_GUESSED_CAUSE = lazy(r"^\s*(?:(?:that|it's|its|it|was|is|be|been|just|only|all|mainly|mostly|really|this)\s+){0,4}"
                      r"(?:(?:i|i'd|i've)\s+(?:just\s+)?(?:tweaked|strained|pulled|hurt|done|did|injured|twisted|"
                      r"wrenched)\s+(?:something|it|my back|a muscle)(?:\s+in my (?:\w+\s+)?back)?\s+)?"
                      r"(?:(?:a|an)\s+(?:pulled |strained |torn )?(?:muscle|strain|sprain|tweak)(?: thing)?\s+)?"
                      r"(?:(?:from|after|due to|down to|because of|caused by|doing|while|whilst|when|by)\b"
                      r"(?:\s+[\w'-]+){0,10}"
                      r"|(?:just |only )?the(?:\s+[\w'-]+){0,2})\s*$")
# "I reckon I did a clumsy movement when gardening": the move is the guess, the dancing its setting
_GUESSED_MOVE = lazy(r"^\s*(?:(?:that|is|was|it's|it)\s+){0,2}(?:i|i'd)\s+(?:made|did)\s+(?:some|an|a)\s+(?:\w+\s+)?"
                     r"(?:move|movement|motion)\s+(?:(?:while|when)(?:\s+(?:doing|at|on))?|doing)\s*$")
# what stands between a hedge and the event when the hedge is about the time, not the cause
_NOT_GUESSED = lazy(r"\b(?:when|while|as|then|and|but|so|because|on|yesterday|today|tonight|ago|last|this|"
                    r"morning|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|started|began|happened)\b")
# a guess that points back at what was told before it: "Not sure if it's that.", "That's probably why my back's
# sore", "probably from all that", "I think that's what's done it"
_GUESS_BACK = lazy(
    r"\b(?:that's|that is|that was|it's|its|it was|this is)\s+(?:probably|maybe|possibly|perhaps|likely|prob)\s+"
    r"(?:why|what|the cause|the reason|the culprit|to blame)\b"
    r"|\b(?:probably|maybe|possibly|perhaps|prob|i think|i guess|i reckon|i suspect|not sure if|not sure whether|"
    r"unsure if|wonder(?:ing)? if|could be|might be)\s+(?:it's |its |it was |it is |that's |it's all )?(?:just )?"
    r"(?:from |down to |because of |due to |after )?(?:all )?(?:that|this|those)(?=\s*(?:$|[,.!?;]|lol|tbh|though|"
    r"really|again|stuff|lot\b))"
    r"|\b(?:i think|probably|maybe|i reckon|i guess|i suspect) that's (?:why|what(?:'s| has| did)? (?:done|did|caused|"
    r"started|set|triggered|brought))\b"
    # the guess after the cause: "I slept on my front, maybe that started it?", "the coughing seems to have strained it"
    r"|\b(?:maybe|perhaps|possibly|probably|could) (?:that|this)(?: is| was| has| have)? (?:started|caused|triggered|"
    r"set off|brought on|did) it\b|\bseem(?:s|ed)? to have (?:strained|hurt|caused|triggered|pulled|tweaked|done)\b")


def _guessed(between: str) -> bool:
    """True when the words between a hedge and an event make the event the guess ("I think I strained
    something reaching up", "probably just muscular from the new kettlebell routine", "I thought I'd just slept
    funny"), not a time the hedge is about ("I think it was Monday when I bent down")."""
    return _GUESSED_CAUSE.match(between) is not None or _GUESSED_MOVE.match(between) is not None or (
        len(between.split()) <= 6 and _NOT_GUESSED.search(between) is None)


def guessed(before: str) -> bool:
    """True when the words before an event end on a guess at the cause ("I think I hurt my back doing", "I seem to
    have injured it")."""
    hedges = list(_GUESS.finditer(before[-80:]))
    return bool(hedges) and _guessed(before[-80:][hedges[-1].end():])


def guessed_sentences(u: Utterance, sentence_of: Callable[[Utterance, str], int]) -> set[int]:
    """The sentences whose events a later guess points back at, with the guess's own sentence."""
    out: set[int] = set()
    for clause in u.clauses:
        if _GUESS_BACK.search(clause):
            at = sentence_of(u, clause)
            out.update((at, at - 1))
    return out


# a background habit, not this episode's start: "for years from lifting patients", "forever picking them up",
# "carrying her about loads", "10 hours a day at my desk", "usually after shovelling"
_BACKGROUND = lazy(r"\b(?:for years|(?:from |after )?years of|forever|always|everywhere|all the time|a lot(?! of)|"
                   r"loads(?! of)|"
                   r"lots(?! of)|constantly|usually|normally|regularly|(?<!my )(?<!a )(?<!the )daily|"
                   r"every (?:day|night|morning|evening|week|shift|"
                   r"weekend)|each day|most days|day in,? day out|\d+(?:-\d+)? hours? a day|"
                   r"(?:\d+|ten|twelve|long|double|night)[- ]hour (?:days|shifts)|(?:\d|five|six|seven) days a week|"
                   r"(?:once|twice|three times|\d+ times) a (?:day|week|month)|"
                   r"all (?:day|week)(?=\s*(?:,|$|long\b|every\b))|"
                   r"(?:her|him|them|it|the baby|the kids?) (?:about|around))\b")
# a treatment or advice, not the start: "I've done physio, yoga, the lot", "keep at the exercises"
_TREATMENT = lazy(r"(?:\b(?:i've|i have|have|we've) (?:also )?(?:done|tried) (?!it\b|my\b|something\b)[^.]{0,70}"
                  r"|\b(?:physio|pt|rehab|keep (?:at|up|doing)|stick (?:at|to|with))(?: the| my| these| some)? "
                  r"|\btried (?!to\b)[^.;]{0,40},\s*(?:[\w' ]+,\s*)*(?:and |or )?)$")  # "tried Aleve, heat, stretching"
_SET_EXERCISES = lazy(r"\b(?:the|my|these|those|home|daily|core|back) $")  # "the exercises" were given
_FOR_ME = lazy(r"^\s*(?:me|us)\b")
_THROUGH = lazy(r"^\s*(?:[\w']+\s+){0,4}?(?:through|despite) (?:it|the pain)\b")  # "I've been training through it"


def not_told(m: Mention) -> bool:
    """True when the event is a guess at the cause, a habit, a treatment, or done to me by
    someone else ("my daughter's driving me"): none of them states how this episode started."""
    if _TREATMENT.search(m.before) or (m.text.startswith("exercises") and _SET_EXERCISES.search(m.before)):
        return True
    if guessed(m.before) or likened(m):
        return True
    if _BACKGROUND.search(_segment(m)) or (_JOB.search(m.before) and not LINK.search(m.clause)):
        return True  # "I work nights in a care home, lots of hoisting residents": the job, not this episode
    if _HOW_TO.match(m.text) and _WITH_THE_LEGS.match(m.after):
        return True  # "lift with your knees, not your back": the advice, not what happened
    return _FOR_ME.match(m.after) is not None or _THROUGH.match(m.after) is not None


_HOW_TO = lazy(r"^(?:lift|bend)$")
_WITH_THE_LEGS = lazy(r"^\s*(?:\w+ )?(?:with|from|using) (?:my|your|the|ur) (?:knees|legs)\b")



def likened(m: Mention) -> bool:
    """True when the event only says what the pain is like: "similar to the soreness you get after a
    workout", "feels like normal gym soreness" compare the pain with an activity's; they do not say
    the activity started it."""
    return _LIKENED.search(m.before[-90:]) is not None or (
        _LIKE.search(m.before[-30:]) is not None and _SORENESS.match(m.after) is not None)


_SENSE_NOUN = r"(?:soreness|ache|aching|stiffness|pain|feeling|doms|tightness|burn)"
_LIKENED = lazy(r"\b(?:similar to|like|same as|akin to|reminds? me of|compared to)\s+(?:\w+\s+){0,3}" + _SENSE_NOUN
                + r"\b[^,.;]{0,50}$")
_LIKE = lazy(r"\b(?:like|similar to|same as|akin to)\s+(?:a |an |the |normal |usual |typical |ordinary |regular |"
             r"post[- ])?$")
_SORENESS = lazy(r"^\w*\s*" + _SENSE_NOUN + r"\b")


_SEGMENT_BREAK = lazy(r",|;|\b(?<!on )and\b(?! off)|\bso\b|\bthen\b")  # "on and off" is one phrase


def _segment(m: Mention) -> str:
    """The stretch of the clause that holds the mention, between commas or "and" ("on steroids for
    years and tripped on Monday": the years are not the trip's)."""
    starts = [b.end() for b in _SEGMENT_BREAK.finditer(m.clause, 0, m.start)]
    end = _SEGMENT_BREAK.search(m.clause, m.end)
    start, stop = max(starts, default=0), end.start() if end else len(m.clause)
    return m.clause[max(start, m.start - 45):min(stop, m.end + 35)]


_JOB = lazy(r"\b(?:i work(?: \w+)? (?:in|at|as|for|on)|i'm a (?:\w+ )?(?:nurse|carer|care worker|builder|"
            r"hairdresser|plumber|porter|labourer|postie|postman|cleaner|mechanic|chef|farmer|driver)|my job)\b")


# what ties a sentence's event to the pain: the pain or the body named, or the start told
_TIE = lazy(r"\b(?:started|starting|began|begun|came on|since|set (?:it|me) off|that's when|"
            r"went|gone|locked|seized|twinged|twinge|pop|popped|grab|grabbed|felt something|shoulders?|"
            r"gets me|got me)\b")
# the next sentence picks the event up: "Lifted the bath on Monday. Since then it's been agony."
_PICKED_UP = lazy(r"^\s*(?:(?:and|but|so|then)\s+)?(?:now|since|ever since|then|by|the next|next|afterwards|"
                  r"after that|later|within|overnight|that (?:night|evening|afternoon)|the day after|"
                  r"the following|straight after|woke|started|began|when i (?:woke|got up|stood))\b")
# ... or names the pain as what came of it: "My lower back's paying for it, sore since the weekend."
_CAME_OF_IT = lazy(r"\b(?:since|ever since|(?:for|from|after) (?:it|that|all that)|now)\b")
# a sentence that tells a single event of the person's own, even with no pain in it: "I did it lifting the
# garden furniture.", "Lifting my toddler out of the bath this time.", "I was lifting my husband after he fell."
_TOLD_EVENT = lazy(r"\b(?:did (?:it|mine|my back|that)|done (?:it|mine)|this time|that's how|how i did|happened|"
                   r"i (?:was|were) (?:just |only )?\w+ing|i (?:just |then )?(?:\w+ed|did|went|bent|slept|ran|swam|"
                   r"rode|took|got|spent|caught|threw|fell|hit|dug|swung|stood|sat|woke|helped))\b")
# "back" as the body only when it is someone's back ("my lower back"), not "get back to netball"
_MY_BACK = lazy(r"\b(?:my|the|lower|low|upper|mid|middle|bad|sore|stiff|achy|whole)\s+(?:\w+\s+)?backs?\b")
_SENTENCES = lazy(r"[.!?]\s")


def _names_the_pain(sentence: str) -> bool:
    """The pain, or a part of the body as the person's, is named in ``sentence``."""
    return PAIN.search(sentence) is not None or _MY_BACK.search(sentence) is not None or any(
        m.group(0) not in ("back", "backs") for m in BODY.finditer(sentence))


def tied_to_the_pain(u: Utterance, sentence: int) -> bool:
    """True when the ``sentence``-th sentence of a story ties what it tells to the pain (it names the
    pain, the body or the start, or tells one dated event of the person's own), or the next sentence
    picks it up; a one-sentence text always does. "Doing yoga videos in the evenings for now." or
    "Tried physio, pilates, a new mattress." at the end of a story tell a treatment, not what set the
    pain off."""
    parts = _SENTENCES.split(u.text)
    if len(parts) < 2 or not 0 <= sentence < len(parts):
        return True
    here = parts[sentence]
    if _names_the_pain(here) or any(p.search(here) for p in (_TIE, TIME_WORDS, _TOLD_EVENT)):
        return True
    after = parts[sentence + 1] if sentence + 1 < len(parts) else ""
    return _PICKED_UP.match(after) is not None or (_names_the_pain(after) and _CAME_OF_IT.search(after) is not None)
