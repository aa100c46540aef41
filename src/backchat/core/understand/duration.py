"""How long the pain has lasted, in days: "a couple of weeks", "since Monday", "for years".

Every time expression in a clause is tied to the nearest thing it can date: the
pain ("the pain started 2 weeks ago"), an event that set it off ("lifted a box
on Monday"), or something else ("temp was 37.1 this morning", "diagnosed 8 months
ago", "been a nurse for 30 years", "on steroids for years"). Only the first two
give the duration; so does a clause that is nothing but a time ("since Monday",
"that was Tuesday morning"). Of several, one tied to the pain wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import BODY, DISSOCIATED, LONG_AGO, PAIN, THIRD_PERSON, recent, someone_else
from backchat.core.understand.onset import EVENT, GRADUAL, SUDDEN
from backchat.core.understand.text import Utterance
from backchat.core.understand.timespans import DAY_N, RELATIVE, SPAN, Time, find_times, span_days, stated_today

__all__ = ["read_duration", "bare_days"]

# what a time expression can be tied to
_OTHER = lazy(
    r"\b(?:paracetamol|ibuprofen|co-?codamol|codeine|naproxen|painkillers?|tablets?|pills?|meds|"
    r"medication|medicine|drugs|prednisolone|steroids?|injection|jab|course|chemo\w*|treatment|"
    r"op|operation|surgery|transplant|tattoo\w*|piercing|diagnos\w*|scan|x-?ray|mri|uti|infection|covid|flu|cold|"
    r"cancer|fever|temperature|thermometer|chills?|shiver\w*|sweat\w*|wet (?:my|him|her)self|poo|wee|pee|"
    r"toilet|loo|bladder|bowels?|relief|(?:takes?|took|taking) the edge off|wears? off|eases? (?:it |off )?for|"
    r"pooed|peed|gave way|giving way|given way|gives way|numb(?!er)\w*|tingl\w*|pins and needles|"
    r"slept (?:fine|well|ok|okay|"
    r"through)|pregnant|baby|born|job|retired|married|nurse|driver|smoke|smoked|smoking|weight|"
    r"lost|dropped|stone|kilos?|kg|pounds|lbs|\d+ ?st|diet\w*|off work|off sick|holiday|physio|appointment|"
    r"(?:new|firmer|softer|different|foam) (?:mattress|pillows?))\b"
    r"|\b\d+(?:\.\d)?\s*(?:°|degrees?\b|f\b|c\b|fahrenheit\b|celsius\b)"
)
# "been on steroids for years", "been a nurse for 30 years", "been playing football for years":
# the time belongs to that, not to the pain
_BEEN_OTHER = lazy(
    r"\b(?:been on(?! and off)|i'm on(?! and off)|been an? (?!few|couple|bit|lot|while|long|good|week|month|"
    r"year|day|fortnight|ache|aching|pain|twinge|niggle|dull|sharp|constant|nagging|problem|nightmare|"
    r"real (?:pain|problem)|\d)\w+|"
    r"been (?!hurting|aching|killing|bothering|bugging|playing up|getting|niggling|throbbing|"
    r"burning|twinging|flaring|nagging|grumbling|stiffening|spasming|pounding|stabbing|shooting|"
    r"building|coming|going|ongoing|troubling|giving|sore|stiff|bad|agony|about|around|over|nearly|almost|"
    r"roughly|feeling|having|suffering|dealing|living|struggling|battling|coping)\w+ing|been to|"
    r"been in (?:the|a|an|our|my|this|that) (?!pain|agony|bits|bed with|(?:\w+ )?(?:state|mess|shape|way)\b))\b"
)
_PAIN_ANCHOR = lazy(
    PAIN.pattern + r"|\b(?:started|starting|start|began|begun|came on|come on|kicked off|"
    r"it's been|it has been|it was|had it|had this|this|been there|since it|that was|it|happen\w*|"
    r"worse|better|easing|eased|improv\w*|knot(?:ted)?|wak(?:e|es|ing) me(?: up)?)\b"  # "worse for 10 days", "a knot"
)
_FILLER = lazy(
    r"\b(?:so far|about|around|roughly|approximately|nearly|almost|just|over|under|more|less|than|maybe|"
    r"perhaps|probably|i|think|reckon|guess|say|would|i'd|so|well|um+|er+|erm|honestly|really|now|"
    r"ago|since|for|the|last|past|a|an|bit|longer|or|and|it|it's|its|that|that's|was|is|been|has|"
    r"have|had|on|off|ish|tbh|lol|only|still|yes|yeah|no|ok|okay|like|this|sort|kind|of|at|least|"
    r"most|morning|afternoon|evening|night|time|days|weeks|in|total|all|together|going|went|good)\b"
)
# a clause told of the earlier bout: "last time this happened it seized up for a week" ("same spot as last time" is not)
_LAST_BOUT = lazy(r"^\s*(?:and |but |so )?(?:the )?last time (?:this|it|that|i|my|was)\b")
_UP_TO_NOW = lazy(r"\b(?:ever since|since then|still)\b")  # the old event goes on to now
_HURT_SINCE = lazy(rf"(?:{PAIN.pattern}).{{0,30}}\b(?:ever )?since(?: then)?\s*$")
_NEGATED = lazy(r"\b(?:no|not|never|fine|okay|ok)\b")
_COURSE_TODAY = lazy(r"\b(?:better|worse|easier|eas(?:es|ed|ing)|improv\w*|settl\w*|calm\w*|loosen\w*|"
                     r"stiff|sore|tight|achy|agony|painful|black and blue)\b")
_STARTED = lazy(r"\b(?:start\w*|began|begun|since|happen\w*|woke|wake|came on|come on|kicked off|did it|"
                r"got|get|felt|noticed|developed)\b")
_NEW_SIGN = lazy(r"\b(?:wee|weeing|pee|peeing|toilet|loo|bladder|bowels?|wet (?:my|him|her)self|dribbl\w*)\b")
# what used to happen: "it used to niggle for a few days", "each time it aches for 2 or 3 days and then eases"
_USED_TO = lazy(r"\b(?:would(?! have been| be\b)|always|occasionally|from time to time|whenever|every time|"
                r"each time)\b")
# "took six weeks to settle" / "lasted a month" last time: an earlier bout ("has now lasted six weeks" is this one)
_HABIT_OR_PLAN = lazy(r"\b(?:usually|normally|generally|typically|tends? to|give it|rest|another|took|"
                      r"(?<!has )(?<!have )(?<!now )lasted|expect\w*)\b[^,.;]{0,25}$"
                      # how it goes in general: "improves on its own after about six weeks"
                      r"|\b(?:improves?|settles?|heals?|clears? up|resolves?|gets? better)\b[^,.;]{0,20}"
                      r"\b(?:after|within|in)\s+(?:about |around |roughly )?$")
# a story opening with what was done, and for how long: "sleeping in a tent for four nights wrecked my back"
_ACTIVITY_FOR = lazy(r"\s*(?!suffer|struggl|deal|cop|liv|limp|hobbl|hav|wait|hop)\w+ing\b[^,.;]{0,40}\bfor "
                     r"(?:about |around |nearly |over )?$")
_PREGNANCY = lazy(r"\b(?:pregnan\w*|twins|baby|babies|bump|midwife|maternity|due date|due in|kicks?)\b")
# "got worse over the week", "spread over a few days": a change in a pain that may be older, not how long
# this episode has lasted ("over the last few days", "it's been getting worse over 10 days" still date it)
_DEVELOPED_OVER = lazy(r"(?<!been )\b(?:worse\w*|worsen\w*|progressive\w*|steadily|grew|grow\w*|spread\w*)"
                       r"\b[^,.;]{0,30}\bover (?:the )?(?:course of )?(?:a |the )?$")
# "came on gradually over 3 weeks", "crept up over a fortnight": the pain began then, so the span is at least
# its length; it dates the episode when no other time does (a span said of the pain itself wins)
_CAME_ON_OVER = lazy(r"(?<!been )\b(?:buil[dt]\w*|came on|come on|coming on|develop\w*|crept|creep\w*|gradual\w*|"
                     r"slowly)\b[^,.;]{0,30}\bover (?:the )?(?:course of )?(?:a |the )?(?:last |past )?$")
_SCORE_BEFORE = lazy(r"(?:\b\d{1,2} ?(?:/|out of) ?10|\ban? \d{1,2})\s*(?:at |by )?$")
_SCORE_AFTER = lazy(r"\s*(?:it's|its|it is|it was|i'd say|i'd give it)?\s*"
                    r"(?:more like|about|around|maybe|only|just)?\s*(?:an? )?\d{1,2}\b"
                    r"(?:\s*(?:/|out of)\s*10\b|\s*(?:[,.;!?]|$|now|but|and))")
# a time this episode is given that cannot be counted in days: "this week", "this winter", a weekday or
# "a week ago Sunday" without the message date; it outranks a weaker reading and stops a vague "for years"
_UNDATED = lazy(r"\bthis (?:week|month|winter|spring|summer|autumn|fall|year)\b|\b(?:in|since|last|early|late|mid|of) "
                r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
                r"|\b(?:a|one|two|a couple of) weeks? (?:ago |on |last )?(?:monday|tuesday|wednesday|thursday|friday|"
                r"saturday|sunday)\b")
_BACK_TIMED = lazy(r"\b(?:usual\w*|always|all (?:week|month|year)|since|years?|months?|weeks?|days?|ages|again|"
                   r"chronic|on and off|still)\b")
_FUTURE = lazy(r"\b(?:gonna|going to|will|won't|'ll|should|shall|hop(?:e|ing)|plan\w*|next|till|until|"
                r"(?:this )?coming|booked|before)\b")
_WEEKDAY_ONLY = lazy(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the )?weekend)\b")
# where one piece of a clause ends: ", and", "and then", ";"
_PIECE_BREAK = lazy(r",|\band\b|\bso\b|\bthen\b")
# "today" dates the start only with a start said beside it ("hurt it today", "it started today");
# "my back is really painful today", "today I realised ..." tell how things are now
_TODAY_ONLY = lazy(r"^(?:today|earlier today|this afternoon|this evening|tonight)$")
_START_HERE = lazy(r"\b(?:start\w*|began|begun|happen\w*|woke|wake|came on|come on|kicked off|did it|"
                   r"did my|done it|hurt (?:it|my)|put (?:it|my)|got (?:a|an|this|some|the)|"
                   r"went(?! off)|gone(?! off)|pulled|twinged|tweaked|strained|"
                   r"felt|noticed|developed)\b")
# another symptom that "it", "started", "worse" then speak of when no pain is named beside it
_NERVE = lazy(r"\b(?:numb(?!er)\w*|tingl\w*|pins and needles|weak\w*|gave way|giving way|given way|gives way)\b")
_SYMPTOM = lazy(_NERVE.pattern + r"|\b(?:fever|temperature|shiver\w*|chills?|sweat\w*|bladder|bowels?|wee|pee|poo|"
                r"toilet|loo)\b")
# this episode named against the history: "three bad bouts in six years ... this one began a month ago"
_THIS_ONE = lazy(r"\bthis (?:one|time|episode|flare(?:-up| up)?|bout|attack|round)\b[^,.;]{0,20}\b(?:start\w*|began|"
                 r"begun|came on|kicked off|went|happened)\b|\b(?:came back|returned|flared (?:up )?again)\b")
_WORSENED = lazy(r"\b(?:got|gotten|became|turned|went) (?:\w+ ){0,2}?worse\b|\b(?:worse|worsened) since\b"
                 r"|\bsince\b[^,.;]{0,25}\bbeen (?:\w+ ){0,2}?worse\b")  # a change on that day, not the start
# the pain changing place: "switched to both legs", "has travelled down my leg", "moved into my buttock"
_SINCE_IT = lazy(r"\s*(?:it|this|this all|all this|the whole thing) (?:all |first |properly )?(?:started|began|begun|"
                 r"happened|kicked off|came on)\b")  # "it's been two weeks since this started": this episode's start
_SINCE_I_HURT = lazy(r"\s*i (?:first )?(?:injured|hurt|did|put|threw|pulled|strained|tweaked|wrenched|suffered|slipped|"
                     r"ricked|popped)\b(?![^,.]{0,40}\b(?:last time|before|previously|originally)\b)")
_MOVED = lazy(r"\b(?:switch\w*|travel\w*|moved|moving|spread\w*|shifted)\b[^,.;]{0,30}\b(?:to|into|down|up|across)\b")
_STARTED_OTHER = lazy(r"(?:started|starting|start|began|begun) (?:a |an |my |the |on |at |back at )?(?:new )?(?:\w+ )?"
                      r"(?:job|work|school|uni|college|course|tablets|pills|meds|medication|physio|diet|training|"
                      r"treatment|chemo|injections?|exercises?|class(?:es)?|gym|running|shifts?|role|position|term)\b")
# an injury elsewhere that no force on the back came with: a cut or a burn, or one told in brackets as the aside
_OTHER_INJURY = lazy(r"(?:\(\s*(?:broke|broken|fractured|sprained|bruised|dislocated)|\b(?:cut|burnt|burned|stubbed|"
                     r"trapped|jammed|went over on|twisted|sprained|rolled|turned))\s+(?:my|his|her|a)\s+(?:\w+\s+)?"
                     r"(?:thumb|fingers?|hand|wrist|arm|elbow|ankle|foot|toes?|knee|head|nose|face|ribs?|collarbone)\b")
_WOKE_ME = lazy(r"\b(?:woke|wakes|waking|wake|kept|keeps) me\b")
_EASED = lazy(r"\b(?:better|easier|eas(?:es|ed|ing)|improv\w*|settl\w*|calm\w*|loosen\w*|gone off|going off|"
               r"wor[ne] off|wearing off)\b")
# "went on Friday", "started on Wednesday", "since Sunday": the day the pain began
_WEEKDAY_START = lazy(r"\b(?:since|(?:went|gone|started|began|begun|hurt|did|done|pulled|put|twinged|tweaked|"
                      r"came on|kicked off)\b[^,.;]{0,40}\b(?:on|last))\s+(?:the\s+)?(?:monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday|weekend)\b")


@dataclass(frozen=True)
class _Candidate:
    days: int
    score: int
    vague: bool = False


def read_duration(u: Utterance, today: date | None) -> int | None:
    """Days the pain has lasted, or None (``today``: the message date, else the day the story says it is)."""
    today = today or stated_today(u.text)
    found: list[_Candidate] = []
    undated = False  # this episode is given a time that is not counted in days ("since Sunday", "this week")
    weekday_start = False  # the pain dates from a weekday ("back went on Friday", "bad since Sunday")
    for i, clause in enumerate(u.clauses):
        nxt = u.clauses[i + 1] if i + 1 < len(u.clauses) else ""
        if today is None and not _FUTURE.search(clause):
            undated = undated or bool(_UNDATED.search(clause) or _WEEKDAY_ONLY.search(clause))
            weekday_start = weekday_start or _weekday_start(clause)
        prev = " ".join(u.clauses[max(0, i - 2):i])  # what "like this" points back to
        if re.search(r"\blike (?:this|that)\b|\bit (?:\w+ )?happened\b|\bit(?:'s| has) been going on\b", clause) \
                and not PAIN.search(clause) \
                and _SYMPTOM.search(prev) \
                and not PAIN.search(prev):
            continue  # "I keep needing to pee, and it's been like this since yesterday": that sign's time
        for t in find_times(clause, today):
            if t.days >= 140 and t.days % 7 == 0 and _PREGNANCY.search(u.text):
                continue  # "36 weeks with twins", "33 weeks and can't sleep": how far on the pregnancy is
            if (not recent(piece := clause[:t.start].rsplit(",", 1)[-1]) or _LAST_BOUT.match(piece)) \
                    and not _UP_TO_NOW.search(clause + " " + nxt):
                continue  # "years ago I had it for 6 weeks", "last time it lasted a week": that bout's length
            # "had a baby 6 weeks ago and my back's been sore since": the pain dates from that
            hurt_since = any(_HURT_SINCE.search(c) and not _NEGATED.search(c) for c in (clause[t.end:], nxt))
            score = _score(clause, t, hurt_since)
            if score is None and t.start == 0 and t.days <= 7 and _nearest_anchor(clause, t) is None \
                    and SUDDEN.search(nxt) and _same_sentence(u.text, clause, nxt):
                score = 3  # "Yesterday I climbed out of the car and my lower back seized": the sentence's moment
            if score is not None and _THIS_ONE.search(clause) and not t.vague:
                score = 6  # "three bad bouts over the last 6 years ... this one began a month ago": this episode
            if score is not None:
                found.append(_Candidate(t.days, score, t.vague))
    # a vague "for years" is the background when the story gives any other time
    dated = [c for c in found if not c.vague] or ([] if undated else found)
    best: _Candidate | None = None
    for c in dated:
        if best is None or c.score > best.score or c.score == best.score and c.days > best.days:
            best = c  # of times as sure, the earliest start is the episode's
    if best is None or best.score < 2 and (undated or not _back_untimed(u)):
        return None  # only a nerve sign's time, and the back pain has a time of its own ("my usual backache")
    if weekday_start and best.days <= 1:
        return None  # "went on Friday ... this morning I had a little accident": a later sign's day, not the start
    if any(c.score >= max(3, best.score - 1) and _band(c.days) > _band(best.days)
           and (best.score < 5 or c.days < 365) for c in dated):
        return None  # two readings that would set different care ("4 months now" and "a week ago"): ask
    return best.days


def _same_sentence(text: str, clause: str, nxt: str) -> bool:
    """True when ``nxt`` follows ``clause`` in the text with no sentence end between them."""
    at = text.find(clause)
    then = text.find(nxt, at + len(clause)) if at >= 0 else -1
    return then >= 0 and not re.search(r"[.!?;]", text[at + len(clause):then])


def _weekday_start(clause: str) -> bool:
    """The clause dates the back pain from a weekday ("back went on Friday", "bad since Sunday")."""
    m = _WEEKDAY_START.search(clause)
    return m is not None and bool(PAIN.search(clause[:m.start()]) or re.search(r"\b(?:back|spine)\b", clause)
                                  or re.search(r"\b(?:it|this|this time|this one)\s+$", clause[:m.start()]))


def _back_untimed(u: Utterance) -> bool:
    """The back pain is named and given no time or history of its own ("the back pain is on the left")."""
    backs = [c for c in u.clauses if re.search(r"\bback\b", c) and PAIN.search(c)]
    return bool(backs) and not any(_BACK_TIMED.search(c) or SPAN.search(c) or RELATIVE.search(c) for c in backs)


def _band(days: int) -> int:
    """The duration band the care level turns on: under a week, under four weeks, longer."""
    return 0 if days < 7 else 1 if days < 28 else 2


def bare_days(u: Utterance) -> int | None:
    """Days from an answer that is only a span ("two weeks"), even about other things."""
    m = SPAN.search(u.text)
    return span_days(m) if m is not None else None


def _score(clause: str, t: Time, hurt_since: bool = False) -> int | None:
    """How surely the time dates the pain; None when it dates something else."""
    if re.search(r"\bin (?:all )?my\s*$", clause[:t.start]) or re.match(r"\s*(?:on (?:this )?(?:planet|earth)|alive)\b",
                                                                    clause[t.end:]):
        return None  # "never had back trouble in my 44 years on this planet": a life, not this pain
    count = DAY_N.fullmatch(clause[t.start:t.end])
    if count and re.match(r",? (?:run|day|session|workout|lesson|class) \w+", clause[t.end:]):
        return None  # "I'm on week four, run three, of the running plan": the plan's week, not this pain's
    if count and not re.match(r"\s*of\b(?! (?:mine|this|it\b|the pain|my back))", clause[t.end:]):
        # "it's day 3 now", "week 5 update" count this episode ("day 3 of the course" does not)
        return 3 if count.group("unit") == "day" else 5
    if _SCORE_BEFORE.search(clause[max(0, t.start - 20):t.start]) or _SCORE_AFTER.match(clause[t.end:]):
        return None  # "10/10 last night", "a 9 yesterday": when that score was, not when the pain began
    since_then = re.match(r"(?:ever )?since\b", clause) and re.match(r"\s*ago\b", clause[t.end:]) \
        and PAIN.search(clause[t.end:])  # "since my daughter was born 5 weeks ago I've had an ache"
    if since_then:
        return 5
    if someone_else(clause[:t.start]) and not re.search(r"\b(?:i|i'm|i've|i'd|me|my back)\b", clause[:t.start]):
        return None  # "my brother-in-law was off for months": his time, not this pain's
    been = [m for m in _BEEN_OTHER.finditer(clause) if m.end() <= t.start]
    if been and re.fullmatch(r"[^,]{0,30}", clause[been[-1].end():t.start]) \
            and not PAIN.search(clause[been[-1].end():t.start]):
        return None
    if t.days == 0 and _COURSE_TODAY.search(clause) and not any(
            p.search(clause) for p in (EVENT, SUDDEN, GRADUAL, _STARTED)):
        return None  # "it's a bit better today", "stiff today": how it is now, not when it began
    if re.match(r"\s*than\b", clause[t.end:]) or re.search(r"(?<!more )(?<!less )(?<!longer )(?<!over )\bthan\b"
                                                           r"[^,.;]{0,15}$", clause[:t.start]):
        return None  # "I can bend a bit more today than yesterday": a comparison of days, not a start
    piece = _piece(clause, t)
    if t.days == 0 and not any(p.search(piece) for p in (EVENT, SUDDEN, GRADUAL, _START_HERE)) and (
            _EASED.search(piece) or not re.search(r"\bsince\b", piece)
            and (_COURSE_TODAY.search(piece) or _TODAY_ONLY.match(clause[t.start:t.end]))):
        return None  # "today it's better, achy when I bend", "it's eased since this morning", "painful today"
    if _WOKE_ME.search(piece) and t.days <= 1 and not SPAN.search(clause[t.start:t.end]):
        return None  # "the pain woke me up last night": a night it woke them, not when it began
    if _NEW_SIGN.search(piece) and not PAIN.search(piece):
        return None  # "... since Saturday, and today I realised I hadn't needed a wee": the bladder's time
    if _MOVED.search(piece) and not _START_HERE.search(piece):
        return None  # "it has moved into both buttocks since yesterday": when it spread, not when it began
    if _WORSENED.search(piece) and not _START_HERE.search(re.sub(r"\bgot a (?:lot|bit|little)\b", " ", piece)) \
            and not re.search(r"\b(?:for|over|in) (?:the (?:last|past) )?(?:about |around |nearly |over )?$",
                              clause[:t.start]):  # "for three weeks I've had pain that's got worse": how long
        return None  # "yesterday the ache got worse", "much worse since Sunday": when it got worse, not its start
    aside = clause.rfind("(", 0, t.start)
    if aside >= 0 and ")" not in clause[aside:t.start] and not PAIN.search(clause[aside:]) \
            and _FILLER.sub(" ", clause[aside + 1:t.start]).strip():
        return None  # "(roofer for 30 years, so ...)": an aside about something else
    if _NEW_SIGN.search(clause) and not PAIN.search(re.sub(r"\bstrain\w* to\b|\btrouble\b", " ", clause)):
        return None  # "since yesterday I've had trouble getting a wee started": the bladder's time, not the back's
    before = clause[:t.start]
    if _USED_TO.search(_piece(clause, t)[:max(0, t.start - _piece_span(clause, t)[0])]) \
            and not re.search(r"\b(?:since|ago|now|this time)\b", clause):
        return None  # "it would flare up for a few days each time": earlier bouts, not this one
    if _ACTIVITY_FOR.match(before) and not PAIN.search(before):
        return None  # "sleeping in a tent for four nights wrecked my back": how long that went on
    if _HABIT_OR_PLAN.search(before):
        return None  # "it usually takes about a week to settle", "or give it a week": other bouts, or the future
    if _DEVELOPED_OVER.search(before):
        return None
    if _CAME_ON_OVER.search(before):
        return 2
    if re.search(r"\b(?:on and off|off and on|comes and goes)\b(?:[^,]{0,12}|, (?:for |over |in )?(?:the )?"
                 r"(?:last |past )?(?:about |around )?)$", before) and (t.days >= 365 or not PAIN.search(before)):
        return None  # "on and off for 20 years" is the history ("aching on and off for seven weeks" is this one)
    if t.days >= 365 and re.match(r"\s*(?:ago|back)\b", clause[t.end:]) \
            and not re.search(r"\b(?:started|began|begun|start|ever since|since then)\b", clause):
        return None  # "hurt my back a year ago", "moved here 2 years ago": another time
    pain_for = re.search(PAIN.pattern + r"[^,.]{0,25}\b(?:for|over)\s+(?:about |around |nearly |over )?$", before)
    pain_since = re.search(PAIN.pattern + r"[^,.]{0,30}\bsince\b[^,.]*$", before)
    if pain_since and re.match(r"\s*ago\b", clause[t.end:]):
        return 5  # "niggly since I started a new job 10 days ago": the pain dates from it
    since = re.match(r"\s*(?:now )?since\b(.*)", clause[t.end:])
    if since and _SINCE_I_HURT.match(since.group(1)):
        return 5 if t.days < 365 else 3  # "it's been five weeks since I hurt my back": this episode's start
    if since and since.group(1).strip(" ,") and not pain_for and not _SINCE_IT.match(since.group(1)) \
            and not any(p.search(since.group(1)) for p in (PAIN, EVENT, SUDDEN, GRADUAL)):
        return None  # "it's been a week since I saw the GP" dates the visit
    after_clause = re.search(r"\bafter (?:i|we|i'd|we'd) [^,]*$", before)  # "after I sat in the car for two days"
    after_what = after_clause.group(0) if after_clause else ""
    if after_what and re.search(r"\bfor (?:about |around |nearly |over )?$", before) and not hurt_since \
            and not _PAIN_ANCHOR.search(after_what) and not BODY.search(after_what):
        return None  # "it came on after I sat in the car for two days": how long that went on
    anchor = "pain" if pain_for else _nearest_anchor(clause, t)
    bonus = 1 if t.strong else 0
    if anchor == "other":
        return 3 + bonus if hurt_since else None
    if anchor == "symptom":
        rest = clause[:t.start] + clause[t.end:]
        if hurt_since or PAIN.search(clause) and not _BACK_TIMED.search(rest):
            return 3 + bonus  # "tingling to the knee for 10 days, lower back pain too"
        return 1  # that sign's time is the episode's only when nothing else dates it
    if anchor == "pain":
        return 4 + bonus
    if anchor == "event":
        if _OTHER_INJURY.search(clause) and not hurt_since and not re.search(r"\b(?:back|spine)\b", clause):
            return None  # "an accident with the hedge trimmer last month (cut my thumb)": that injury's time
        if t.days >= 365 and LONG_AGO.search(clause) and not re.search(r"\bever since\b|\bsince then\b", clause):
            return None  # "had a fall about 5 years ago": that event is not this pain
        events = list(EVENT.finditer(before))
        since_event = before[events[-1].start():] if events else before
        if re.search(r"\bfor (?:about |around |nearly |over |the (?:last|past) )?$", before) and not hurt_since \
                and not _PAIN_ANCHOR.search(since_event) and not BODY.search(since_event):
            return None  # "training, 40 miles a week for 3 months", "after I slept on a sofa for 3 nights": its length
        return 3 + bonus
    if anchor is None and hurt_since:
        return 3 + bonus  # "had a massage 4 days ago, and my back has been sore since": the pain dates from it
    piece_start = clause.rfind(",", 0, t.start) + 1
    piece_end = clause.find(",", t.end) if "," in clause[t.end:] else len(clause)
    for rest in (clause[:t.start] + " " + clause[t.end:], clause[piece_start:t.start] + " " + clause[t.end:piece_end]):
        rest = re.sub(r"'s\b", " ", _FILLER.sub(" ", rest))
        rest = BODY.sub(" ", rest)
        rest = re.sub(r"\b(?:lower|upper|middle|mid|left|right|side|sides|my|both|and|in|\d+)\b|[^\w\s]", " ", rest)
        if not rest.strip():
            return 2 + bonus  # the clause or its comma piece is just a time ("since Monday", "mid back, 3 weeks now")
    return None


def _piece(clause: str, t: Time) -> str:
    """The part of the clause between the breaks (",", "and", "so", "then") around the time."""
    start, end = _piece_span(clause, t)
    return clause[start:end]


def _piece_span(clause: str, t: Time) -> tuple[int, int]:
    breaks = [(m.start(), m.end()) for m in _PIECE_BREAK.finditer(clause)]
    return (max((e for s, e in breaks if e <= t.start), default=0),
            min((s for s, e in breaks if s >= t.end), default=len(clause)))


def _nearest_anchor(clause: str, t: Time) -> str | None:
    """'pain', 'event' or 'other': what the time is said about, by the nearest word of each kind."""
    best: tuple[bool, int, str] | None = None
    p_start, p_end = _piece_span(clause, t)
    end = clause.find(",", t.end)
    piece = clause[clause.rfind(",", 0, t.start) + 1:end if end >= 0 else len(clause)]  # its comma piece
    other_subject = not PAIN.search(clause) and _SYMPTOM.search(piece)
    for kind, pattern in (("other", _OTHER), ("other", _BEEN_OTHER), ("pain", _PAIN_ANCHOR), ("event", EVENT),
                          ("pain", SUDDEN), ("pain", GRADUAL)):
        for m in pattern.finditer(clause):
            if m.start() < t.end and t.start < m.end():
                continue  # the time itself ("over the last few weeks")
            said_before = clause[:m.start()]
            if kind == "pain" and (re.search(r"\bfor (?:my|the|his|her) (?:\w+ )?$", said_before) or re.search(
                    r"\b(?:no|without|not any) $", said_before) and re.match(r"problem|trouble|pain", m.group(0))):
                continue  # "an injection for my sciatica 10 days ago": the injection's; "with no problems": none
            what = kind
            if kind == "event" and ((THIRD_PERSON.search(clause[max(0, m.start() - 40):m.start()])
                                     and not re.search(r"\bme\b", m.group(0))) or DISSOCIATED.search(clause)):
                what = "other"  # "my husband fell last week": his event, not this pain's start
            if (pattern is _PAIN_ANCHOR and _STARTED_OTHER.match(clause[m.start():])) or (kind == "event" and any(
                    s.start() <= m.start() < s.end() for s in _STARTED_OTHER.finditer(clause))):
                what = "other"  # "two weeks ago I started a new job": the job's start, not the pain's
            elif pattern is _PAIN_ANCHOR and other_subject or kind == "other" and _NERVE.fullmatch(m.group(0)):
                # "the numbness started a fortnight ago": that symptom's time, not the pain's; a nerve sign's
                # time is the episode's only when nothing else dates it (it is often how sciatica starts)
                what = "symptom" if _NERVE.search(piece) else "other"
            gap = t.start - m.end() if m.end() <= t.start else m.start() - t.end
            gap = max(gap, 0) + (0 if m.end() <= t.start else 3)  # what came before is likelier
            key = (not p_start <= m.start() < p_end, gap)  # a word in the time's own piece comes first
            if best is None or key < best[:2]:
                best = (*key, what)
    return best[2] if best is not None else None


