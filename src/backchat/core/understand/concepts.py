"""Concepts matched on word roots, whatever the tense, modal or contraction.

Each pattern here runs on :attr:`Utterance.roots` (every word at its root:
"went" → "go", "struggled" → "struggle", "woke" → "wake"), so one pattern covers
"my back went", "my back's gone", "my back goes"; "struggled to wee",
"I'm struggling to wee"; "it woke me", "keeps waking me". They add to the surface
extractors; each reader returns the polarities of what it found (see
:func:`backchat.core.understand.symptoms.settle`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from functools import cache, lru_cache

from backchat.core.understand.bladder import BLADDER
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import BUCKLE, back_went, hypothetical, recent, someone_else
from backchat.core.understand.text import Mention, Polarity, Utterance, polarity

__all__ = ["sudden_onset", "hurt_doing", "worsening", "bladder_signs", "night_signs", "sensation_signs", "warned_of",
           "SIGN_WORDS", "deficit_signs", "spread_denied", "leg_spread", "sentence_holding", "worry_told",
           "rest_no_help"]

_LIMB = r"(?:leg|thigh|knee|calf|shin|ankle|foot|heel|toe|sole|hamstring)s?"
_BACK = r"(?:my |the )?(?:lower |upper |low |middle )?(?:back|spine)"

_PATTERNS = {
    "sudden": (
        rf"\b(?:{_BACK}|something|my hip|my neck)(?:'s| has| have| had| just| suddenly| completely| totally)*"
        r"(?: that| which)? (?:go|pop|ping|click|snap|lock|seize|give (?:way|out)|twang|crick|crack|"
        r"(?:(?<=just )|(?<=suddenly )|(?<=have )|(?<=has )|(?<=had ))spasm|let go)"  # "back spasm", a noun: nothing
        r"(?! (?:down|into|to|through|in|up|away|round|numb|dead|stiff|from|across|along|out of|back|straight|crooked|"
        r"right(?! there| then| away)|achy|weak|wonky|funny|tight|sore|bad|worse|tingly|heavy)\b)(?: up| out| on me)?\b"
        r"|(?<!as )(?<!far )(?<!leg )(?<!foot )(?<!knee )(?<!buttock )(?<!how )(?<!want )(?<!need )"
        r"\bit(?:'s| has| just| suddenly| completely)* (?:go|pop|ping|click|snap|lock|seize|give (?:way|out))"
        r"(?= *(?:[.,;!]|$|when|as|while|on me|again|and|up(?! and)|out))"  # "it goes up and down my leg": spread
        r"|\b(?:lock|seize) up\b|\b(?:throw|put|blow|pull) (?:my )?(?:lower |low )?back out\b|\b(?:throw|put|blow) out "
        r"my (?:lower |low )?back\b"  # "threw my back out": the idiom of a sudden start
    ),
    "hurt_doing": (
        r"\b(?:hurt|injure|strain|pull|tweak|do|damage|wrench|jar|put out) (?:my |the )?"
        r"(?:lower |upper |low )?(?:back|spine)(?: out| in)? (?:while |when |by |after |from |whilst )?"
        r"(?:i was |i were )?(?P<what>(?!exercise|stretch|routine|rehab)[a-z]+)"  # not "do my back exercises"
    ),
    "worse": (
        r"\b(?:get|grow|become|go|seem)(?:\s+(?:\w+ly|a lot|much|even|a bit|progressively|steadily|only|"
        r"just|gradually|slowly|way|loads))*\s+worse\b|\bworsen\b|\bworse and worse\b"
        r"|\bworse (?:every|each|by the) (?:day|week)\b|\bworse if anything\b|\bif anything worse\b"
        r"|\bworse than (?:ever|before|it was|last week)\b"
    ),
    "gradual_worse": (
        r"\b(?:progressively|steadily|gradually|slowly) (?:get|grow|become)?\s*worse\b"
        r"|\b(?:get|grow|become) (?:progressively|steadily|gradually|slowly) worse\b"
    ),
    "bladder": BLADDER,
    "night": (
        r"\b(?:can't|cannot|couldn't|unable to|struggle to|(?:hard|difficult|impossible) (?:for me )?to|not able to|"
        r"barely|hardly|can't get to|couldn't get to|(?:not|never|haven't|hasn't|hadn't) been able to)\s+(?:get to |"
        r"go to |get back to |get any |fall )?(?:a)?sleep\b"
        r"|\b(?:stop|prevent|keep)\w* (?:me|us) (?:from )?(?:\w+,? ){0,3}?(?:get (?:to )?|fall )?(?:a)?sleep\b"
        r"|\bkeep (?:me |us )(?:up|awake)(?: at night| all night)?\b|\bkeep (?:me )?awake\b"
        r"|\bkeep up (?:at night|all night)\b|\b(?:pain|it|ache) (?:\w+ )?wake me\b"
        r"|\bwake (?:me )?(?:up )?(?:in|with|from|because of|due to) (?:the |such |terrible |bad )?"
        r"(?:pain|agony)\b|\bno (?:position|way) (?:is|be|i can lie|of lie)\w* comfortable\b"
        r"|\b(?:can't|cannot|couldn't) get comfortable (?:in bed|at night|to sleep|lie down)\b"
        r"|\brest (?:doesn't|didn't|don't|won't|never) (?:help|ease|make)\b|\bnot (?:ease|relieve|help)(?:d)? by rest\b"
        r"|\bwake (?:up )?[^.]{0,30}\b(?:because of|from|with|due to) (?:the |my )?(?:pain|agony)\b"
        r"|\bwake (?:up )?[^.]{0,30}\b(?:because of|due to) (?:the |my )?back\b"
        r"|\b(?:not|never|haven't|hadn't|no) (?:have |had )?(?:a )?(?:proper |decent |good |full )?night's sleep\b"
        r"|\bup (?:most of|all|half) (?:of )?the night\b|\b(?:can't|cannot|couldn't) lie (?:down|flat|in bed)\b"
        r"|\b(?:haven't|hadn't|not|didn't|couldn't|can't|barely|hardly|never|don't|doesn't) (?:\w+ )?(?:sleep|slept)\b"
        r"(?! (?:too )?bad)(?: properly| well| much| at all| a wink| through)?[^.]{0,30}\b(?:because(?: of)?|with|from|"
        r"due to) (?:the |my |this )?(?:lower |low |upper |mid )?(?:pain|back|it|ache|agony)\b"
        r"|\b(?:rest|lie (?:down|still|flat))\b[^.,]{0,35}\b(?:doesn't|does not|don't|won't|never|didn't) "
        r"(?:help|ease|make|touch|relieve|shift)"
        r"|\b(?:doesn't|does not|no|don't) matter (?:if|whether|how (?:much|long)) i (?:rest|lie|sit still)\b"
        r"|\b(?:it|pain|ache|back)(?:'s|\w*) (?:\w+ ){0,2}(?:mess|ruin|wreck|disturb|disrupt)\w* (?:up )?(?:with )?"
        r"my sleep\b"
        r"|\brest (?:make|makes|made) no difference\b"
        r"|\bsleepless nights?\b|\b(?:lie|lay|laid|lying|laying) awake\b"  # "after another sleepless night"
        r"|\b(?:pain|hurt|ache|sore|throb)\w*\b[^.,;]{0,30}\b(?:while|when|whilst) (?:i(?:'m| am| be)? )?"
        r"(?:sleep\w*|asleep)\b(?! on (?:my |the )?(?:left|right|front|stomach|tummy|side|back))"  # "pain while asleep"
        r"|\b(?:rest|lie (?:down|flat|still)|lie in bed|sit still)\b (?:do not|doesn't|don't|didn't|won't|never|"
        r"do nothing to|can't) (?:even )?(?:take the edge off|touch it|shift it|settle it|relieve it|ease it|help)"
        r"|\b(?:lie|lying|rest\w*) still[^.]{0,40}\bstill (?:throb|hurt|ache)"
        r"|\beven (?:when (?:i )?)?(?:lie|lay|lying|laying|rest|resting)\b[^.]{0,30}\bstill (?:throb|hurt|ache|kill)"
    ),
    "sensation": (
        rf"\b(?:lose|no|lack of|without) (?:all |any |the |further |more |some )?(?:feel|sensation)"
        rf"(?: and (?:feel|sensation))? (?:in|on|of|down) (?:my |the )?"
        rf"(?:left |right |whole |outer |inner |big )?{_LIMB}\b"
        rf"|\b(?:my )?(?:left |right )?{_LIMB} (?:go|have go|has go|feel|be|is|are|was|were|turn) "
        r"(?:a bit |completely |totally |sort of |kind of |a little |slightly |quite |really |all )?"
        r"(?:numb|dead|tingle|fuzzy)\b"
    ),
    "deficit": (
        rf"\b(?:my )?(?:left |right |one )?(?!foot |feet ){_LIMB} (?:\w+ )?(?:(?:give|buckle|collapse|go)(?: out| way|"
        r" from under me)(?: on me| under me)?|collapse|(?:just )?wobble)\b"
        r"|\bgive way\b|\b" + BUCKLE + r"|\bfoot drop\b|\bdrop foot\b|\blose (?:further|more) (?:feel|sensation)\b"
        r"|\b(?:can't|cannot|couldn't|unable to|struggle to|not able to|hard to|difficult to|trouble) "
        r"(?:lift|raise|stand on|walk on|point|flex|move|bend) (?:up )?(?:the front of )?(?:my |the )?"
        r"(?:left |right |big )?(?:foot|toe|heel|ankle|leg)s?\b"
        r"|\b(?:drag|trip over|scuff) my (?:own )?(?:left |right |bad |weak )?(?:foot|toe|leg)s?\b"
        r"(?! (?:along|across|through|in|into|over) the\b)"
        r"|\bcatch my (?:own )?(?:left |right |bad |weak )?(?:foot|toe|leg)s?\b"  # "caught my foot on the cat": a trip
        r"(?! (?:along|across|through|in|into|over) the\b| on (?:the|a|an|some|my|his|her|our|that|this)\b(?! way))"
        r"|\b(?:keep|keeps|kept|always|still|been|be) (?:on )?(?:catch\w*|drag\w*|scuff\w*) "
        r"(?:the (?:toes?|front|tips?|end) of )?my (?:left |right |bad |weak )?(?:foot|toe|feet|toes)\b"
        r"|\b(?:foot|toe|ankle|leg)s? (?:won't|wouldn't|doesn't|didn't|can't|couldn't|will not|do not|does not)"
        r" (?:\w+ )?(?:lift|raise|go up|come up|bend up|push|move|hold (?:me|my weight)|take my weight|bear weight)\b"
        r"|\b(?:can't|cannot|couldn't|unable to|struggle to|not able to) (?:stand|walk|go|get) (?:up )?on "
        r"(?:my )?(?:left |right )?(?:tip ?toes?|tiptoes?|toes?|heels?)\b"
        # a test that failed: "tried going up on tiptoes and the right side just won't do it"
        r"|\btry (?:to )?(?:go|stand|get|walk) (?:up )?on (?:my )?(?:tip ?toes?|tiptoes?|toes?|heels?)\b[^.]{0,60}"
        r"\b(?:won't|wouldn't|can't|couldn't|didn't|doesn't|not) (?:\w+ )?(?:do it|do that|manage|work|hold|go up)\b"
        r"|\b(?:can't|cannot|couldn't|unable to|struggle to) (?:straighten (?:my )?(?:knee|leg)|push off|tiptoe|"
        r"do (?:a |any )?(?:calf|heel) raise)\b"
        r"|\b(?:hard|difficult|struggle|can't|cannot) (?:to )?walk (?:properly|straight|normally)\b"
        r"|(?<!from )(?<!after )(?<!by )(?<!of )\bwalk(?:ing)? (?:like i'm drunk|on cotton wool|funny)\b"
        r"|\b(?:walk|gait)\b[^.]{0,25}\bshuffle\b|\b(?:keep|kept|been|start|begin|always) (?:on )?(?:stumbl\w*|trip)\b"
        rf"|\b{_LIMB} (?:\w+ ){{0,2}}(?:floppy|limp|useless|no strength|paraly[sz]\w*)\b"
        r"|\bstumbl\w* (?:a lot|all the time|more|over nothing|around|about|when i walk)|\bmuscle[^.]{0,20}\bwast\w*"
        rf"|\b(?:weak|weakness|weaken)\b[^.]{{0,25}}\b{_LIMB}\b|\b{_LIMB}\b[^.]{{0,60}}\b(?:weak|weakness|weaken)\b"
        r"|\b(?:heavy|jelly|wobbly) (?:leg)s?\b"  # not "with a heavy bias towards the calf"
        r"|\b(?:leg|they)\b[^.]{0,15}(?<!\ba )(?<!\bthe )\b(?:jelly|wobbly|heavy)\b"
        r"|\b(?:foot|toe)s? (?!(?:of|or|and)\b)(?:\w+ ){0,2}(?:slap|drag|flop|drop|catch)\w*"  # not "a foot of a drop"
        r"|\bfoot\b (?:[\w']+ ){0,5}slap\w* (?:on |against )?(?:the )?(?:floor|ground)\b"  # one foot: a foot drop
    ),
    "numb": r"\b(?:numb\w*|tingle|pins and needles|dead|no feel|lose (?:the )?feel|fuzzy|prickl\w*)\b",
    "growing": (
        r"\b(?:spread\w*|get(?:ting)? worse|worsen\w*|progress\w*|creep\w*|more and more|further|"
        r"(?:is|are|be|feel|feels) (?!no |not |never |any )(?:\w+ )?worse(?! when| if| after| with| on| in| at| by)|"
        r"bigger)\b|\bnow (?:it )?(?:go|run|reach|cover|extend|come|spread)s? (?:\w+ ){0,3}?"
        r"(?:down|across|over|onto|into|up|to|as far)\b"  # "was the size of a coin, now it runs down to my toe"
    ),
    "spread_verb": (
        rf"\b(?:go|spread|radiate|travel|shoot|move|run|extend|reach|come)\b(?: \w+)?"
        rf" (?:down|into|to|through|in) (?:my |the |either |both |one )?(?:left |right )?(?:{_LIMB}|buttock|bum)\b"
        rf"|\b(?:pain|ache|anything|nothing|sciatica) (?:\w+ )?(?:in|down|into) (?:my |the |either |both )?"
        rf"(?:leg|{_LIMB})\b"
    ),
    "leg": (
        r"\b(?:down|into|in|through|along|up) (?:my |the |one |either |both )?(?:left |right |whole |entire )?leg\b"
        r"|\bleg\b[^.,]{0,15}\b(?:hurt|ache|pain|tingle|numb|sore|throb|burn|agony|sciatica)"
        r"|\bleg (?:pain|ache|numbness|tingle)\b"
        r"|\bleg (?:\w+ )?(?:be|is|are|was|were|feel|go|turn|have go|has go) (?:a bit |completely |totally )?"
        r"(?:numb|tingle|dead)\b"
    ),
    "whole_leg": r"\b(?:whole|entire) (?:left |right )?leg\b|\ball the way down (?:my |the )?(?:left |right )?leg\b",
}


# A concept is looked for only when the surface text has one of its key stems: most answers are short
# ("no", "lower back") and skip the word roots altogether (no lemmatiser needed for them).
_KEYS = {
    "sudden": r"back|spine|something|it|hip|neck|lock|seiz", "hurt_doing": r"back|spine",
    "worse": r"wors", "gradual_worse": r"wors",
    "bladder": r"wee|pee|poo|urin|blad|bowel|water|toilet|loo|myself|bed|leak|accident|finish|control|sensation|urge",
    "night": r"sleep|slept|awake|wak|woke|night|comf|rest|lie|lying|lay",
    "deficit": r"leg|thigh|knee|calf|shin|ankle|foot|feet|heel|toe|sole|hamstring|weak|way|buckl|drop|walk|stumbl|"
               r"muscle|they",
    "sensation": r"feel|felt|sensation|numb|dead|tingl|fuzzy", "numb": r"numb|tingl|pins|dead|feel|felt|fuzzy|prickl",
    "growing": r"spread|wors|progress|creep|crept|more|further|bigger|now",
    "spread_verb": r"leg|thigh|knee|calf|shin|ankle|foot|feet|heel|toe|sole|hamstring|buttock|bum",
    "leg": r"leg|sciatica", "whole_leg": r"leg",
}


@cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(_PATTERNS[name])


@cache
def _keys(name: str) -> re.Pattern[str]:
    return re.compile(_KEYS[name])


SIGN_WORDS = ("bladder", "night", "sensation", "deficit")
"""The concepts that are red-flag signs or screen answers."""


def _found(u: Utterance, name: str) -> list[Mention]:
    """Mentions of one concept in this episode (not in a clause placed long ago)."""
    if not _keys(name).search(u.text):
        return []
    return [m for m in u.root_mentions(_pattern(name)) if recent(m.clause)]


def _pols(u: Utterance, name: str) -> list[Polarity]:
    return [m.polarity for m in _found(u, name)]


def sudden_onset(u: Utterance) -> list[Polarity]:
    """"my back went", "it locked", "put my back out", "felt it go" in any tense."""
    return _pols(u, "sudden")


def hurt_doing(u: Utterance) -> list[Mention]:
    """"hurt my back doing X", "strained my back while lifting": the X is in group "what"."""
    return [m for m in _found(u, "hurt_doing") if m.polarity == "pos"]


def worsening(u: Utterance) -> tuple[list[Polarity], bool]:
    """Polarities of "getting worse" in any tense, and True when it is said to be steadily worse."""
    steady = any(m.polarity == "pos" for m in _found(u, "gradual_worse"))
    return _pols(u, "worse"), steady


def bladder_signs(u: Utterance) -> list[Polarity]:
    """Bladder or bowel control said with other verbs or modals ("struggled to wee"); not what nearly
    happened ("I nearly wet myself laughing")."""
    return [m.polarity for m in _found(u, "bladder") if not _NEARLY.search(m.before)]


def night_signs(u: Utterance) -> list[tuple[str, Polarity]]:
    """Pain that stops sleep or wakes ("couldn't get to sleep", "it woke me up"): each with its clause
    (as said, not at its roots) so that a caller can tell whose doing the waking is."""
    if not _keys("night").search(u.text):
        return []
    return [(u.clauses[i], m.polarity) for i, root in enumerate(u.roots)
            for m in _mentions_in_root(root, "night") if recent(m.clause)]


def _mentions_in_root(root: str, name: str) -> list[Mention]:
    return Utterance(raw=root, text=root, clauses=(root,)).mentions(_pattern(name))


def sensation_signs(u: Utterance) -> list[Mention]:
    """Numbness said otherwise ("lost feeling in my heel", "my foot went numb")."""
    return _found(u, "sensation")


def deficit_signs(u: Utterance) -> list[Polarity]:
    """Weakness, a leg giving way, foot drop, or numbness that is new and spreading or getting worse."""
    pols = [_polarity_at_sign(m) for m in _found(u, "deficit")  # "my leg might give way", "legs went on the ice"
            if not _MAYBE.search(m.text) and not _MAYBE_BEFORE.search(m.before) and not (
                m.text.startswith("give way") and back_went(m.before, _sentence_of(u, m.clause)))  # the back went
            and not (_SLIPPED.search(_sentence_of(u, m.clause)) and _GAVE.search(m.text))
            and not (_CANNOT_MOVE.search(m.text) and _AT_A_COST.search(_sentence_of(u, m.clause)))]
    if not _keys("numb").search(u.text):
        return pols
    for i, clause in enumerate(u.roots):
        # how the numbness changed ("was small | now it goes onto my foot"), until a clause about the pain (its growth)
        after = " . ".join(itertools.takewhile(lambda c: not _NEW_SUBJECT.match(c), u.roots[i + 1:i + 4]))
        for m in _pattern("numb").finditer(clause):
            said = clause[m.start():]
            if _SADDLE_NEAR.search(said[:45]):
                continue  # numbness between the legs is a cauda equina sign, not a leg's
            cut = _NEW_SUBJECT.search(said, 1)
            own = (said[:cut.start()] if cut else said)[:120]  # the numbness's own words, then the next clause
            if _own(clause, m.start()) and _growing(own + " . " + after[:120]):
                pols.append("pos")
    return pols


_MAYBE, _NEARLY = lazy(r"\b(?:might|may|could)\b"), lazy(r"\b(?:nearly|almost|practically|could have|could've)\s*$")
_SLIPPED = lazy(r"\b(?:on the ice|icy|slip\w*|wet floor|trip over|tripped over|skid\w*)\b")
_GAVE = lazy(r"\b(?:give|gave|buckle\w*|collapse\w*|go|went)\b")  # a slip explains a leg going, not a foot drop
# a leg that moves, at a price: "can't lift my leg to tie my shoes without real pain" (the screens ask about weakness)
_CANNOT_MOVE, _AT_A_COST = lazy(r"\b(?:lift|raise|move|bend)\b"), lazy(
    r"\bwithout (?!any |much )(?:\w+ ){0,3}(?:pain|hurt\w*|agony|winc\w*|scream\w*|cry\w*|breath\w*|gasp\w*)\b")
_MAYBE_BEFORE = lazy(r"\b(?:might|may|could)\s+(?:\w+\s+)?$")
# a pain (not the numbness) is what the rest of the sentence is about
_NEW_SUBJECT = lazy(r"(?:^|\b(?:and|but|while|whereas) )\s*(?:my|the) (?:\w+ ){0,3}(?:pain|ache|back|sciatica)\b")
_SADDLE_NEAR = lazy(r"\b(?:between (?:my|the) legs|groin|genital\w*|back passage|saddle|bottom|bum|"
                     r"down below|down there|privates|crotch|inner thigh|when i wipe)\b")


def _sentence_of(u: Utterance, root: str) -> str:
    """The sentence (as said) that holds the clause whose root form is ``root``."""
    if root not in u.roots:
        return root
    return sentence_holding(u, u.clauses[u.roots.index(root)])


def sentence_holding(u: Utterance, clause: str) -> str:
    """The sentence (as said) that holds ``clause`` ("Off a ladder, that's how I fell."): it ends at a
    full stop, question or exclamation mark before a space, or a line break ("38.6" does not end it)."""
    at = u.text.find(clause)
    if at < 0:
        return clause
    bounds = _sentence_ends(u.text)
    before = bisect_right(bounds, at)  # the ends at or before the clause
    after = bisect_right(bounds, at + len(clause))  # the first end after it
    start = bounds[before - 1] if before else 0
    end = bounds[after] if after < len(bounds) else len(u.text)
    return u.text[start:end].strip()


@lru_cache(maxsize=32)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` ends, found once per text (a long text asks for every clause's sentence)."""
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))


_SENTENCE_END = lazy(r"[.!?](?=\s)|\n")


def _own(clause: str, at: int) -> bool:
    return polarity(clause, at) == "pos" and not someone_else(clause[:at]) and not hypothetical(clause[:at])


def _growing(text: str) -> bool:
    """True when the numbness is said to spread or get worse (not "hasn't spread", "not spreading")."""
    return any(polarity(text, g.start()) == "pos" and not re.search(r"\bnot\s*$", text[:g.start()])
               for g in _pattern("growing").finditer(text[:250]))


def _polarity_at_sign(m: Mention) -> Polarity:
    """A weakness mention's polarity read at the weakness word ("my legs are fine, no weakness" denies it)."""
    word = re.search(r"\bweak\w*", m.text)
    if word is None or m.polarity != "pos":
        return m.polarity
    return polarity(m.clause, m.start + word.start())


def spread_denied(u: Utterance) -> bool:
    """True when spreading into the leg is denied ("it didn't go down my leg", "no pain in my legs")."""
    found = _found(u, "spread_verb")
    return bool(found) and all(m.polarity == "neg" for m in found)


def leg_spread(u: Utterance) -> str | None:
    """"below_knee" for the whole leg (stories/README.md), "leg" for down the leg with no level, else None."""
    if any(m.polarity == "pos" for m in _found(u, "whole_leg")):
        return "below_knee"
    if any(m.polarity == "pos" for m in _found(u, "leg")):
        return "leg"
    return None


# "what worries me is it wakes me at 3am": the worry tells a sign that happens, it does not fear one
_WORRY_TOLD = lazy(r"\b(?:worr(?:y|ies)|bothers?|scares?|frightens?) me (?:most |the most )?is (?:that )?it "
                   r"(?:wakes|keeps|stops|gets)\b")


def worry_told(clause: str) -> bool:
    """True when a worry in ``clause`` states what the pain does ("what worries me is it wakes me")."""
    return _WORRY_TOLD.search(clause) is not None


# "Nothing I do eases it. Lying down, sitting, standing, it's the same": rest named among what fails
_REST_NO_HELP = lazy(r"\bnothing (?:i do |i try |at all )?(?:eases|helps|relieves|shifts|touches) (?:it|the pain)\b"
                     r"[,.;:!\s-]{1,4}(?:not even |even )?(?:lying|resting|rest\b|sitting still|in bed)"
                     # told otherwise: "even lying in bed didn't relieve it", "lying down made it hurt more",
                     # "it hurts whether I sit, stand or lie flat", "sleep interrupted with it",
                     # "a few hours, then woke in pain"
                     r"|\b(?:lying|laying|lie|lay|resting)(?: down| flat| in bed| still)? (?:\w+ ){0,2}?"
                     r"(?:did not|didn't|doesn't|does not|don't|won't|wouldn't|never) (?:help|ease|relieve)"
                     r"|\b(?:lying|laying) (?:down|flat|in bed) (?:seemed to |seems to |would |always )?"
                     r"(?:makes?|made) it (?:hurt |feel )?(?:more|worse)"
                     r"|\b(?:pain|agony|hurts?|hurting)\b[^.]{0,40}\b(?:or|and|,) even (?:when |while )?"
                     r"(?:lying|laying) (?:down|flat|in bed|still)\b"
                     r"|\bsleep (?:was |is |has been |kept )?(?:getting )?(?:a bit |really |constantly )?"
                     r"(?:interrupted|disturbed|broken) (?:with|by|from|because of) (?:it|the pain|the ache)\b"
                     r"|\b(?:hours?|in the night|middle of the night)\b[^.]{0,15}\b(?:awaken|wake|woke|waking)"
                     r"(?: up)? (?:with|in) (?:\w+ )?pain\b")


def rest_no_help(text: str) -> bool:
    """True when the text says nothing eases the pain and names rest or lying down among it."""
    return _REST_NO_HELP.search(text) is not None


# a sign named as general knowledge ("I know chest pain with back pain is a warning sign"), then
# perhaps denied ("but I don't have that"): not the person's own sign
_GENERAL = lazy(r"^(?:\s+(?:with|and|plus|alongside|along with)(?:\s+(?!my\b)[\w-]+){1,3}?)?\s+"
                r"(?:is|are|can be|could be|means|might mean)\s+(?:a |an |one of the )?"
                r"(?:\w+ )?(?:warning signs?|red flags?|danger signs?|bad signs?|sign of something|emergency)\b")
_OWN = lazy(r"\b(?:have|has|had|got|getting|get|my|having|with|some|this|the)\s+(?:\w+\s+)?$")
_NOT_THAT = lazy(r"\b(?:don't|do not|dont|haven't|have not|havent|never) (?:have|had|got|get) "
                 r"(?:that|it|any|those|one)\b|\b(?:not|none of) (?:that|those)\b|\bthat's not me\b")


def warned_of(u: Utterance, m: Mention) -> Polarity | None:
    """"neg" for a sign named as a general warning and then denied, "other" when only named as one,
    None when the mention is not said as a general warning."""
    if not _GENERAL.search(m.after) or _OWN.search(m.before[-25:]):
        return None
    sentence = sentence_holding(u, m.clause)
    at = sentence.find(m.clause)
    return "neg" if _NOT_THAT.search(sentence[at + m.end:] if at >= 0 else m.after) else "other"
