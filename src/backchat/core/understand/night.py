"""Night pain: pain worse at night, that wakes them or stops sleep, or that rest does not ease (clinical.md), told
plainly or as a story ("waking at 3 or 4 every morning with a deep ache"); not sleep lost to a baby, a dog or a
snore. Split out of :mod:`backchat.core.understand.screens`, which re-exports :func:`read_night_pain`."""

from __future__ import annotations

import re

from backchat.core.understand import concepts
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import recent
from backchat.core.understand.symptoms import settle
from backchat.core.understand.text import Polarity, Utterance, polarity

__all__ = ["read_night_pain"]

_NIGHT = lazy(
    r"\b(?:worse at night|worst at night|bad at night|at night|in the night|during the night|"
    r"(?:in|during) the middle of the night|(?:small|wee|early) hours(?! of the (?:day|evening|afternoon))|"
    r"overnight|night ?time|wakes? me(?: up)?|woken (?:up )?by|waking me|wok(?:e|en) me(?: up)?|keeps me (?:up|awake)|"
    r"can't sleep|cannot sleep|unable to sleep|no sleep|not sleeping|"
    r"(?:rest|resting|lying (?:down|still)|lying flat|sitting still)(?: still)? (?:doesn't|does not|"
    r"don't|won't|never) (?:help|ease|make)|"
    r"not (?:eased|relieved|better) (?:by (?!\w*day\b|tomorrow|tonight|then|next|now|the weekend)|with|when|even)|"
    r"even (?:when|if|while) i(?:'m)? (?:rest|resting|lie|lying|am resting|sit still|stay still)\b|"
    r"no (?:position|way of lying)|any position|every position|"
    r"no matter (?:what|which) position(?![^.]{0,25}\b(?:sit|sat|sitting|desk|chair|car|seat|drive|driving))|"
    r"sleep(?:ing)? (?:is|was|has been|gets) (?:even |much |far |a lot |way )?worse|"
    r"(?:no|any) comfortable (?:position|way)|"
    r"(?:can't|couldn't|cannot) get comf(?:y|ie|ortable|ortably)?\b(?! (?:sitting|sat|in (?:the|a|my) "
    r"(?:car|chair|seat|van|cab|theatre|theater|cinema|plane|train|bus|office|waiting room|meeting)|at (?:my|the) "
    r"(?:desk|table)|on the (?:sofa|couch|toilet|loo|plane|train|bus)|driving|when i sit))|"
    r"(?:worse|worst|bad|especially) (?:at bedtime|in bed|when i lie down|(?:when|while) i(?:'m| am) lying down|"
    r"lying down|(?:when|while|after|if) i(?:'ve| have)? been (?:lying|laying)(?: down| in bed| flat)?)|"
    r"(?:can't|couldn't|cannot) (?:lie|lay|sleep) (?:in|on) my (?:normal|usual) (?:position|side|back)|"
    r"(?:lying|lie) (?:down|flat|in bed) makes? it (?:so much |much |a lot |even |far |way )?worse|"
    r"(?:once|when|whenever|as soon as) i (?:lie|lay) (?:down|flat|in bed)(?: in bed)? it (?:gets|goes|is|feels) "
    r"(?:\w+ )?worse|(?:can't|cannot|couldn't) (?:bear|stand|tolerate) (?:lying|to lie) (?:flat|down)|"
    r"nights? (?:are|is|have been|were|has been) (?:the |by far the )?(?:worst|hell|unbearable|awful|terrible|"
    r"a nightmare|horrendous|agony)|"
    r"(?:lying|lie) (?:flat|down|in bed)(?: in bed)? (?:is|was|has been) (?:\w+ )?(?:agony|unbearable|impossible|"
    r"excruciating|too painful|murder|hell|the worst))\b"
)
_NOT_NIGHT = lazy(
    r"\b(?:morning|get(?:ting)? up|early for work|(?<!before my )(?<!before the )alarm|after sitting|stiff\w*|"
    r"(?:rest|resting|lying down|lying flat|sleep\w*) (?:helps|eases|makes it better|is better)|"
    r"eases? (?:off |up |down )?(?:overnight|at night|in bed)|settles? (?:down )?overnight|"
    r"better (?:when|if|after) i (?:rest|lie|sleep)|fine at night|okay at night|ok at night|"
    r"sleep(?:ing)? fine|sleep(?:ing)? ok|sleep(?:ing)? well|not (?:the|my) (?:pain|back))\b"
)
# pain there on waking, each morning, is no pain that wakes them ("most mornings I wake up in pain")
_ON_WAKING = lazy(r"\bwak\w* up (?:with|in) (?!the night)[^.]*\b(?:(?:every|each|in the|most|some) (?:mornings?|days?)|"
                  r"(?:\d|two|three|four|five|six|seven) (?:days|mornings) a week|daily)\b"
                  r"|\b(?:mornings?|most days|every day)\b[^.]*\bwak\w* up (?:with|in)\b")  # "six days a week"
_NIGHT_WORDS_NEEDING_PAIN = ("at night", "in the night", "during the night", "overnight", "in the middle of the night",
                             "during the middle of the night", "night time", "nighttime", "constant", "constantly",
                             "all the time", "small hours", "wee hours", "early hours")


def read_night_pain(u: Utterance) -> bool | None:
    """Pain worse at night, waking them, or not eased by rest (not sleep lost to a baby, a dog or a snore)."""
    pols: list[Polarity] = []
    others = _woken_by_something_else(u)
    for m in u.mentions(_NIGHT):
        if m.clause in others:
            if m.polarity == "neg" or re.search(r"\bnot (?:the|my) (?:pain|back)\b", m.clause):
                pols.append("neg")  # "... but the back pain doesn't wake me", "the baby wakes me, not the pain"
            continue
        if _INTO_POSITION.search(m.before + m.text):
            continue  # "getting from my chair to lying flat is murder": the move hurts
        if m.polarity == "pos" and _NOT_NIGHT.search(m.clause):
            if not re.search(r"\b(?:worse|wakes?|woken|waking|can't sleep)\b", m.clause):
                continue
        if m.text in _NIGHT_WORDS_NEEDING_PAIN and (not re.search(
                r"\b(?:pain|hurt\w*|ach\w*|worse|bad|sore|it|agony|throb\w*)\b", m.clause)
                or _SWEATS_BEFORE.search(m.before)):
            continue  # "sweats and shivering at night" is a fever sign, not night pain
        pols.append("pos" if m.polarity == "other" and concepts.worry_told(m.clause) else m.polarity)
    pols += ["pos" if pol == "other" and concepts.worry_told(clause) else pol
             for clause, pol in concepts.night_signs(u) if (clause not in others or pol == "neg")
             and not (_ON_WAKING.search(clause) and not re.search(r"\b(?:sleep|wakes? me|woken|woke me)\b", clause))]
    pols += [m.polarity for pattern in (_LYING_HURTS, _SLEEP_SPOILED) for m in u.root_mentions(pattern)
             if recent(m.clause) and u.clauses[u.roots.index(m.clause)] not in others  # someone else's: "other"
             and not _INTO_POSITION.search(m.before + m.text)]
    pols += [polarity(m.group(0), m.start("hurt") - m.start()) for m in _TRYING_TO_SLEEP.finditer(u.text)
             if not _WAKER.search(m.group(0))]  # across the comma that splits its clauses: "trying to sleep, it hurts"
    pols += [m.polarity for m in u.mentions(_NIGHT_CAUSED) if m.clause not in others
             and not (_WAKER.search(m.clause) and not _PAIN_CAUSE.search(m.clause))]  # "pacing at 3am with the baby"
    found = settle(pols + (["pos"] if concepts.rest_no_help(u.text) else []))  # "nothing eases it, not even lying"
    if found is None and any(m.polarity == "pos" for m in u.mentions(_SLEEPS_WELL)):
        return False  # "I sleep fine", "lying flat eases it": rest eases it and it lets them sleep
    return found


# someone or something else wakes them: "my baby wakes me", "the dog barks at 4am and wakes me",
# "my husband's snoring keeps me awake"; "not the pain" says the pain is not what wakes them
_OTHER_WAKER = lazy(
    r"\b(?:wakes?|woke|woken|waking|keeps? (?:me |us )?(?:up|awake)|kept (?:me |us )?(?:up|awake)|"
    r"no sleep|(?:barely|hardly|not) sleep\w*|(?:trouble|difficult\w*|problems?|struggl\w*) (?:\w+ )?sleep\w*|"
    r"toss\w* and turn\w*|sleepless nights?|(?:lie|lay|laid|lying|laying) awake|"
    r"(?:can't|cannot|couldn't|unable to|been able to) (?:get (?:to |any )?)?sleep|"
    r"(?:up|awake) (?:[\w-]+ ){0,4}?(?:with|for|because of) (?:the|my|our|a|them|him|her)\b|not the (?:pain|back)|"
    r"rather than the pain|(?:up|awake)\b[^.]{0,25}\bwalking (?:her|him|them|the baby) (?:round|around|up)|"
    r"(?:sleep|slept|sleeping)\b[^.]{0,12}\b(?:because|cos|coz|cause|due to|thanks to|with|for))"
)
_WAKER = lazy(
    r"\b(?:baby|babies|newborn|toddler|twins|kids?|children|son|daughter|dog|puppy|cat|husband|wife|"
    r"partner|snor\w*|neighbours?|noise|feeds?|feeding|teething|night shifts?|nightmares?|bladder|"
    r"hot flush\w*|(?<!before my )(?<!before the )alarm|"
    r"wee|wees|pee|loo|toilet|party|parties|music|heat|heatwave|stress\w*|worr\w*(?! me\b)|"
    r"anxi\w*|exams?|kicks?|fevers?|poorly|ill|sick|(?:with|for) (?:them|him|her)|kicking|pregnan\w*|bump|"
    r"insomnia|jet ?lag|caffeine|coffee|mind racing|racing mind|"
    r"walking (?:her|him|them|the baby) (?:round|around|up))\b"
)
_SWEATS_BEFORE = lazy(r"\b(?:sweat\w*|shiver\w*|chills?|fever\w*|temperature|shak\w*|hot|cold)(?: and \w+)?\s*$")
_PAIN_CAUSE = lazy(r"\b(?:because of|because|cos|coz|from|with|due to|for) (?:the |my |of the |of my )?"
                   r"(?:pain|back|agony|ache)\b")
# told as a story: "every night the pain gets me out of bed", "I kept waking because my back was so sore"
_NIGHT_CAUSED = lazy(
    r"\b(?:pain|it|ache|back)\b (?:\w+ ){0,2}(?:gets|got|drives|drove|forces|forced|gets me up|sends|sent|drags|"
    r"dragged) me (?:up )?out of bed\b(?=[^.]{0,40}\b(?:night|\d{1,2} ?am|\d{1,2}(?::\d\d)? in the morning|"
    r"\d{1,2}(?::\d\d)? (?:every|each) morning)\b)"
    r"|(?<=night)[^.]{0,20}\b(?:pain|it|ache)\b (?:\w+ ){0,2}(?:gets|got|drives|forces|sends) me (?:up )?out of bed"
    r"|\b(?:struggl\w*|hard|difficult|impossible|can't|couldn't|cannot|never) (?:to )?get (?:comfy|comfortable)"
    r" (?:in bed|at night|to sleep|lying down|last night)\b"
    r"|\b(?:sore|painful|bad|agony|hurt\w*)\b[^.]{0,25}\b(?:keep|kept|keeps) (?:on )?waking\b"
    r"|\bwok(?:e|en)(?: up)?\b[^.,;]{0,20}\bby (?:it|the pain|my back|the ache|the back pain)\b"
    r"|\b(?:wak(?:e|es|ing)|wok(?:e|en))(?: up)?\b[^.,;]{0,25}\b(?:because of|from) (?:it|the pain|my back|"
    r"the ache)\b"
    # the pain as what woke them: "kept waking because I was in pain", "one of the spasms woke me up", "I would
    # wake up screaming when I turned"
    r"|\b(?:wak(?:e|es|ing)|wok(?:e|en))(?: up)?\b[^.,;]{0,30}(?:, )?\bbecause (?:i was|i'm|i am|it was|my back was) "
    r"(?:in (?:\w+ )?pain|in agony|hurting|so sore)\b"
    r"|\b(?:spasms?|twinges?|cramps?)\b (?:that |which )?(?:\w+ )?(?:woke|wakes|wake|keep waking|kept waking) me\b"
    r"|\bwould (?:\w+ )?wake(?: up)? (?:screaming|crying|yelling|in tears|in agony|in (?:\w+ )?pain)\b"
    r"|\b(?:pac(?:e|ed|ing)|walk(?:ed|ing)? (?:it off|around|about|the (?:floor|landing|kitchen|hall)))\b[^.]{0,20}"
    r"\b(?:at \d{1,2} ?am|\d{1,2} ?am|in the (?:middle of the )?night|most nights|every night|at night)\b"
    r"|\b(?:pain|ache|back|it)\b (?:\w+ ){0,2}(?:got|gets|has got|had|has|keeps getting|kept getting) me up\b"
    r"(?=[^.]{0,30}\b(?:night|\d{1,2} ?am|in the small hours)\b)"
    r"|\b(?:wak(?:e|es|ing)|wok(?:e|en))(?: up)? (?:at (?:about |around )?\d{1,2}(?::\d\d)? ?(?:am|in the morning)|"
    r"in the (?:night|small hours|early hours))\b[^.]{0,40}\bwith (?:it|the pain|the ache|my (?:\w+ )?back)\b"
    r"|\b(?:worse|more|hurts? more|sorer|bad) (?:when i'm |when i am |when )?(?:at rest|resting)\b"
    r"(?= than| and| but|[.,;]|$)"
    r"|\b(?:keep|kept|keeps) (?:on )?waking(?: up)? (?:because|with|from|due to) (?:of )?(?:the |my )?"
    r"(?:pain|back|ache|agony)\b"
    # woken in the small hours by it, again and again: "waking at 3 or 4 every morning with a deep ache", "most
    # nights I'm awake at 4 with it" (not "woke at 4am with a heavy pain", once: how it started)
    r"|\b(?:wak(?:e|es|ing)|awake)(?: up)? at (?:like |about |around |roughly )?(?:[1-5]|12)(?::\d\d)? ?"
    r"(?:am\b ?)?(?:(?:or|and|to|-) ?\d{1,2}(?::\d\d)? ?(?:am\b ?)?)?[^.]{0,30}?\bwith (?:it|the pain|the ache|"
    r"an? (?:[\w-]+ ){0,2}(?:ache|pain|throb\w*)|my (?:\w+ ){0,2}back)\b"
    # a bed the pain will not let them lie in: "dozing upright in the armchair is the only way I get any rest"
    r"|\b(?:sleep\w*|slept|doz\w*|end(?:ed)? up|spend\w* (?:the night|nights))(?: sitting)?(?: up(?:right)?)? "
    r"(?:in (?:the|a|my) (?:arm ?chair|recliner|chair)|on the (?:sofa|couch))\b(?=[^.]{0,60}\b(?:"
    r"only way|can't (?:bear|stand|lie)|because of (?:the |my )?(?:pain|back))\b)"
)


# lying down hurts, so rest does not ease it (read at the words' roots): "it even hurts to lie down", "lying in bed
# hurts", "laying or sitting is painful", "it even hurt to crouch or lie down", "it aches whether I'm standing,
# sitting or lying down"; not one side or position ("it hurts to lie on my left side") and not getting up from it
_LYING_HURTS = lazy(
    r"\b(?:hurt|painful|agony|sore|ache)\b (?:even )?(?:to |when i |while i )?(?:\w+ (?:or|and) ){0,3}(?:lie|lay)"
    r"(?: down| flat| in bed| still)?\b(?! on (?:my |the |your )?(?:left|right|one|other|front|stomach|tummy|side))"
    r"|(?:^|\band |\bor |, )(?:even )?(?:lie|lay)(?: down| flat| in bed| still)?(?:,? (?:or|and) \w+)? (?:hurt|"
    r"(?:is|be|was) (?:\w+ )?(?:painful|agony|sore))\b(?! (?:a (?:bit|little) |much |far )?less)"
    r"|\beven (?:lie|lay) (?:down|flat|in bed)\b[^.]{0,30}\b(?:hurt|ache|throb|sore)"
    r"|\b(?:hurt|ache|pain)\w*\b[^.]{0,20}\bwhether\b[^.]{0,40}\b(?:lie|lay)(?: down| flat| in bed)?\b"
)


# the move into a position, not lying there (read at the words' roots): "moving from the chair to lying flat hurts",
# "getting into bed hurts", "lowering myself onto the bed is painful"
_INTO_POSITION = lazy(r"\b(?:(?:from|between) [^.;]{1,45}? (?:to|and) (?:\w+ (?:or|and) )?(?:sit\w*|lie|lay|lying)\b"
                      r"|\b(?:get|climb|lower \w+) (?:into|in|onto|on to|out of|off) (?:the |my )?bed\b)")


# sleep spoiled, told otherwise (read at the words' roots): "I have trouble sleeping", "sleep was out of the question",
# "I toss and turn all night", "it's made worse by sleeping", "whenever I lie down my back plays up", "lying in any
# bed kills my back", "I can no longer lie flat", "I can barely sit or lie down"
_SLEEP_SPOILED = lazy(
    r"\b(?:trouble|difficulty|difficulties|problems?|struggle|a struggle) (?:with )?(?:get (?:to )?)?(?:a)?sleep\b"
    r"|\b(?:difficult|hard|impossible) (?:to )?sleep\b"
    r"|\bsleep (?:is|was|has been|have been|had been|be) (?:\w+ )?(?:difficult|hard|impossible|a struggle|a nightmare|"
    r"out of the question|non-?existent)\b"
    r"|\btoss and turn\b"
    r"|\bworse (?:when|while|if|as|whenever) i (?:try to )?(?:sleep|lie|lay)\b|\bworse (?:by|with|from) (?:a)?sleep\b"
    r"|\b(?:when|whenever|if|once|as soon as) i (?:lie|lay)(?: down| flat| in bed)? (?:my )?(?:back|it|the pain|spine) "
    r"(?:\w+ ){0,2}?(?:hurt|kill|ache|throb|play up|flare|give me|scream)"
    r"|\b(?:kill|hurt|ache|throb)s? (?:me )?(?:when|whenever|if|once) i (?:lie|lay)\b(?! on (?:my |the )?(?:left|right|"
    r"one|other|front|stomach|tummy|side))"
    r"|\b(?:lie|lay) (?:down |flat )?(?:in (?:most |any |a |the |my )?beds? )?(?:make|kill|hurt)s? (?:my back|it|me)\b"
    r"(?! (?:a (?:bit|little) |much |far )?(?:less|better|easier))"
    r"|\bcan no long(?:er)? (?:lie|lay|sleep)\b|\b(?:can|could) (?:barely|hardly) (?:\w+,? (?:or )?){0,3}(?:lie|lay)\b"
)
# lying still to sleep and the pain comes: "when I try to get to sleep my back starts to throb", "trying to sleep, it's
# awful" (read as said: the comma splits the roots)
_TRYING_TO_SLEEP = lazy(r"\btr(?:y|ying|ied) to (?:get to |go to |get back to )?sleep\b,?(?: [^.]{0,40}?)?"
                        r"\b(?P<hurt>hurt\w*|pain\w*|ach(?:e|es|ed|ing)|awful|agony|unbearable|flare\w*|throb\w*|kill\w*)\b")


def _woken_by_something_else(u: Utterance) -> set[str]:
    """The clauses where lost sleep is put down to someone or something else: in the clause itself, or
    anywhere in its sentence by "not the pain" ("I'm not sleeping much but that's the baby, not my back")."""
    return {c for c in u.clauses if _OTHER_WAKER.search(c) and _WAKER.search(c) and not _PAIN_CAUSE.search(c)
            or _LOST_TO_OTHER.search(c) or _NOT_THE_PAIN.search(concepts.sentence_holding(u, c))}


_NOT_THE_PAIN = lazy(r"\bnot (?:because of |due to )?(?:the|my) (?:pain|back)(?=\s*(?:[.,;:!?)]|$|though\b|at all\b))"
                    r"|\brather than the pain\b")  # not "it's not the pain in the day that gets me"


# sleep lost to a cause that is named and is not the pain: "couldn't sleep because of the storm"
_LOST_TO_OTHER = lazy(
    r"\b(?:sleep|slept|sleeping|awake)\b[^.]{0,12}\b(?:because of|cos of|coz of|due to|thanks to) "
    r"(?:the |my |our |a |all the |that )?+(?!(?:pain|back|ache|aching|agony|sciatica|legs?|hips?|it|this|spasms?|"
    r"throbbing|discomfort|sore\w*|stiff\w*|spine|how|what|way|being|lying|not)\b)[a-z]")


_SLEEPS_WELL = lazy(
    r"\b(?:(?:i )?(?:can )?sleep(?:ing)? (?:fine|ok|okay|well|through)|fine in bed|(?:don't|doesn't|never) wake me|"
    r"(?:don't|do not) wake up with it|(?:lying|lie) (?:down|flat) (?:eases|helps)|"
    r"(?:eases|easier|better) when i (?:lie|rest|sit)|rest (?:helps|eases it)|(?<!not )(?<!never )i can sleep|"
    r"(?:not|isn't|doesn't|don't|never) (?:\w+ )?stop(?:ping|s)? me (?:from )?(?:sleeping|getting to sleep))\b")
