"""Symptoms: numbness or weakness, the cauda equina screen (fever: :mod:`fever`, re-exported)."""

from __future__ import annotations

import re
from dataclasses import replace

from backchat.core.understand import concepts
from backchat.core.understand.baseline import set_aside
from backchat.core.understand.fever import read_fever
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import BUCKLE, HELD_IT, TRIP_TO_PEE, back_went, recent, someone_else
from backchat.core.understand.polarities import settle
from backchat.core.understand.text import Polarity, Utterance, polarity

__all__ = ["read_numbness", "read_deficit", "read_bladder_bowel", "both_denied", "read_saddle",
           "read_sexual", "read_fever", "settle"]

# one buttock cheek is not the saddle (clinical.md): "my right buttock", "one bum cheek" are leg-side numbness
_SADDLE_PLACE = (r"(?:down below|down there|(?:things|everything|it's all|all) downstairs|between my legs|"
                 r"(?:my |the )?(?:groin|genitals?|"
                 r"privates|private parts|crotch|perineum|back passage|anus|bottom area|"
                 r"saddle(?: area)?|inner thighs?|insides? of (?:my |the |both |of )*thighs?|inner legs|"
                 r"insides? of (?:my |both (?:of )?(?:my )?)?legs|bits|penis|vagina|vulva|scrotum|"
                 r"(?<!left )(?<!right )(?<!one )(?:bum|buttocks|backside|(?<!foot )(?<!feet )(?<!heel )(?<!toe )"
                 r"bottom\b(?! of))(?! cheek)|bum cheeks|"
                 r"both (?:bum |butt )?cheeks|butt cheeks))")
_NUMB = lazy(
    r"\b(?:numb(?!er)\w*|tingl\w*|pins and needles|weak(?:ness|er|ened)?|giving way|gives? way|gave way|"
    + BUCKLE + r"|foot drop|drop foot|dead leg|lost (?:the )?feeling|no feeling|"
    r"(?:can't|cannot|couldn't|can not) (?:properly |really )?feel (?:my |the )?(?:(?:left|right|big|little|lower|"
    r"whole) )?(?:leg|legs|foot|feet|toes?|heel|sole|shin|calf|thigh|ankle)|"
    r"can't (?:lift|raise|move|bend) (?:up )?my (?:big )?"
    r"(?:foot|feet|toes?|leg|legs|ankle)|heavy legs?|"
    r"legs? (?:feel|feels|feeling|felt) (?:like )?(?:heavy|jelly|wobbly|weak)|jelly legs|"
    r"(?:legs?|foot|feet|toes?|thigh|calf|shin|ankle) (?:feels?|felt|feeling|is|are|has gone|went) dead|"
    r"(?:legs?|foot|feet|toes?) (?:(?:keeps?|kept|would|always|often|still|just|has|have|had|will|tends? to) ){0,2}"
    r"(?:go|goes|went|gone|going|fall|falls|fell|fallen|falling) "
    r"(?:to )?a?sleep|"
    r"(?:legs?|foot|feet|toes?) (?:is|are|was|were|'s) (?:still )?asleep|"
    r"foot (?:slaps|drags|flops|drops|catches)|(?:dragging|drag) my (?:foot|leg)|"
    r"prickl\w*|(?:legs?|foot|feet|toes?|thighs?|calf|calves|shins?|ankles?|heels?)\b[^.;]{0,30}\bfizz\w*|"
    r"electric(?:al)? (?:feeling|sensation))\b"
)
# numbness or a changed feeling when wiping is saddle numbness (clinical.md), not a bladder change
_WIPE_CHANGE = (r"\b(?:numb(?!er)\w*|weird|strange|odd|different|no feeling|muted|through a glove|"
                r"(?:isn't|is not|wasn't|isnt|not) (?:really )?touching|(?:can't|cannot|can not|couldn't) "
                r"(?:really |quite |properly )?feel(?: myself| it| anything)?)[^.]{0,35}\bwip(?:e|es|ed|ing)\b"
                r"|\bwip(?:e|es|ed|ing)\b[^.]{0,60}\b(?:numb(?!er)\w*|weird|strange|odd|different|no feeling|muted|"
                r"(?:can't|cannot|can not|couldn't|could not) (?:really |quite |properly )?feel|"
                r"(?:isn't|is not|wasn't|isnt|not) (?:really )?touching|through a glove|"
                r"not my (?:skin|own|body)|(?:wasn't|isn't) my (?:skin|own|body)|someone else's|like cardboard|"
                r"not mine)")
_SADDLE = lazy(
    rf"\b(?:numb(?!er)\w*|tingl\w*|pins and needles|no feeling|lost (?:the )?feeling|can't feel|couldn't feel|"
    rf"cannot feel|could not feel)\b"
    rf"[^.,;]{{0,25}}{_SADDLE_PLACE}|\bsaddle (?:numbness|anaesthesia|anesthesia)\b"
    rf"|{_SADDLE_PLACE}(?:(?!\b(?:no|not|never|left|right|one)\b)[^.,;]){{0,20}}"
    rf"\b(?:numb(?!er)\w*|tingl\w*|feels? different|no feeling|dead|asleep)\b"
    rf"|{_WIPE_CHANGE}"
)
# what numbness or weakness is about when it is not the legs
_NOT_LIMB = lazy(r"\b(?:hands?|arms?|fingers?|wrists?|face|lips?|tongue|cheek|elbows?|"
                       r"immune|system|bladder|stream|flow|wee|pee|wees|peeing|weeing|urine|voice|tea|coffee|joke|signal|wifi|heart|chest|"
                       r"eyes?|eyesight|stomach|grip|memory|core|abs|pelvic|tummy|poo|bowels?|toilet|loo|"
                       r"jaw|mouth|gums?|teeth|tooth|chin|ears?|nose|scalp)\b"
                       r"|\bback (?:is|feels?|felt|went|has gone|goes|has been|'s been|had been|was) (?:\w+ )?numb"
                       r"|\bnumb(?:ness)? (?:in|across|on) (?:my |the )?(?:lower |upper |low )?back\b(?! passage)")
_LIMB = lazy(r"\b(?:legs?|foot|feet|toes?|thighs?|knees?|calf|calves|shins?|ankles?|heels?)\b")
_BACK_WEAK = lazy(r"\b(?:back|spine|core)(?:'s| is| feels?| has gone| went)\s+(?:\w+\s+)?$")  # the back is weak
_CES = lazy(
    r"\b(?:incontinen\w*|wet (?:my|him|her)self|wetting (?:my|him|her)self|wet the bed|"
    # not what a disc or a roof leaks: "the disc was leaking gel", "a leakage of its contents", "a leak in the roof"
    r"(?<!disc )(?<!disk )(?<!roof )(?<!pipe )(?<!tap )(?<!gel )(?<!oil )(?<!gas )leak\w*\b(?! (?:(?:of|in|into|onto|"
    r"out of|from) (?:the |my |a |its |it's |their )?)?(?:contents|gel|fluid|disc|disk|nucleus|roof|pipe|tap|tyres?|"
    r"radiator|boiler|oil|gas|ceiling|kitchen|bathroom|car|shed|house|attic|loft)\b)|dribbl\w*|"
    r"(?:can't|cannot|can not|couldn't|could not|unable to)(?: really| quite| properly| always)? "
    r"(?:control|hold|feel|tell)[^.]{0,20}"
    r"\b(?:bladder|bowels?|pee|wee|urine|poo|poop|"
    r"wee|toilet|need to go)|"
    rf"(?:couldn't|can't|cannot|could not) hold (?:{HELD_IT}|my (?:wee|pee|bladder|bowels|poo))|"
    r"(?:trouble|difficult\w*|problems?|struggl\w*|hard|can't|cannot|unable|straining)"
    r"[^.]{0,12}\b(?:peeing|pee|weeing|wee|urinat\w*|passing (?:urine|water)|"
    r"(?<!i'm )(?<!i am )(?<!been )(?:starting|stopping)(?! to\b)|"
    r"going to the (?:toilet|loo|bathroom))|"
    r"(?:bladder|bowels?|waterworks|toilet habits|peeing|weeing)[^.]{0,20}\b(?:changed|different|"
    r"problems?|issues?|trouble|funny|weird|not right|gone|stopped|accident\w*|control)|"
    r"(?:not|can't|cannot|don't|didn't) (?:feel|feeling|notice|know)\w* (?:when|if|that) "
    r"(?:my bladder|i need|i'm going|i've been|i have to)|"
    r"(?:don't|do not|can't|cannot|no longer|not) (?:really |properly |even )?(?:get|have|feel|notice) (?:the |any )?"
    r"(?:feeling|urge|sensation|signal) (?:that |to |of needing to |of needing a )?(?:i )?(?:need )?(?:to )?"
    # "I don't really get the feeling that I need a wee any more"
    r"(?:a )?(?:wee|pee|go(?=\s*(?:[.,;!?]|$|any ?more|to the (?:toilet|loo|bathroom))))\b|"
    r"bladder[^.]{0,15}\bfull\b|(?:can't|cannot|unable to) empty|"
    r"(?:lost|losing|lose|no|poor) control (?:of|over) (?:my )?(?:bladder|bowels?|pee|wee|toilet)|"
    r"(?:can't|cannot|unable to|trouble|struggl\w*|difficult\w*) (?:to )?pass(?:ing)? (?:urine|water)|"
    r"(?:hardly|barely|nothing|not much|very little|only a (?:dribble|trickle)) (?:anything |much )?"
    r"(?:would |will )?(?:comes?|coming|came) out|"
    rf"{TRIP_TO_PEE}\b(?:peeing|pee|wee|weeing|stream|flow)[^.]{{0,20}}\b(?:slow|slower|weak|weaker|hesitant|"
    r"stops? and starts?|"
    r"stop[- ]start)|(?:only|just) (?:a )?trickl\w*|"
    r"(?:ages|forever|minutes|a long time) (?:on the (?:loo|toilet) )?(?:before|to get) (?:anything|it|the flow|"
    r"the wee|a wee|going|started) ?(?:happens|comes|came|started|going)?|"
    r"(?:need|needed|want|wanted) to (?:go|wee|pee)[^.]{0,10}\b(?:but|and) (?:nothing|hardly anything|very little|"
    r"not much) (?:comes|came|happens|happened)|"
    r"(?:haven't|hasn't|not|didn't|couldn't|can't) (?:had |have |done |do )?(?:a )?(?:proper |decent |single )?"
    r"(?:wee|pee)\b (?:since|for|all day|today)|"
    r"(?:never|don't|didn't|doesn't|not|can't|couldn't) (?:\w+ )?(?:feel|felt|feels) (?:completely |fully |properly )?"
    r"empty|"
    r"(?:had|have had|having|been having) (?:a |an |some )?(?:bit of an |little |small )?accidents? "
    r"(?:in bed|in my sleep|in the night|overnight|on the way to the (?:loo|toilet)|"
    r"before i got to the (?:loo|toilet))|"
    r"slow (?:stream|flow)|(?:didn't|did not|couldn't|could not|can't|cannot) feel (?:myself|it) "
    r"(?:go|going|come|coming|happen\w*)|"
    r"retention|"
    # not having passed water for a long time: "I hadn't been for a wee all day"
    r"(?:haven't|hadn't|have not|had not|not) (?:been able to )?(?:been for|had|done|passed) (?:a |any )?"
    r"(?:wee|pee|urine|water)\w*[^.,;]{0,20}?\b(?:all day|since (?:yesterday|last night|this morning)|"
    r"for (?:\d+|twelve|ten|eight|hours|ages)|in (?:\d+|twelve|ten|eight|hours))|"
    r"(?:toilet|loo|wee|pee|bladder)\b[^.]{0,40}\bnothing (?:would |will |wanted to |wants to )?"
    r"(?:come|came|comes|happen|happened|happens)\b|"
    r"(?:barely|hardly|only just|just about) (?:get|got|getting|manag\w*(?: to get)?) (?:a |the )?(?:trickle|dribble|"
    r"drop|drip|(?:anything|much) out)|"
    r"(?:toilet|loo|urinal|wee|pee|bladder)\b[^.]{0,40}\b(?:push|strain|forc)\w* (?:\w+ )?to (?:get (?:it |things )?"
    r"(?:going|started|out)|start)|(?:push|strain|forc)\w* (?:\w+ )?to get (?:a |the |my )?(?:wee|pee|flow|stream)|"
    r"(?:off|wrong|not right|funny|weird|strange|different) (?:with|about) my (?:bladder|bowels?|waterworks)|"
    r"(?:not sure|can't tell|cannot tell|don't know|never sure) (?:if |whether |when )?(?:i've|i have|i'm) "
    r"(?:finished|emptied|done)|"
    r"no (?:feeling|sensation)\b[^.,;]{0,25}\b(?:poo\w*|wee\w*|pee\w*|bowels?|number twos?|open my bowels)\b|"
    r"(?:can't|cannot|couldn't|could not) tell (?:if|whether|when) (?:anything|something|it)(?:'s| has| had| is)? "
    r"(?:come|coming|gone|going) (?:out|through)|"
    r"catheter|soiled|soiling|(?:pooed|pooped|wet|peed|soiled) myself|accidents? in my (?:pants|underwear))\b"
)
_CES_WORDS = lazy(r"\b(?:bladder|bowels?|waterworks|peeing|pees?|weeing|wees|toilet|urine|"
                        r"poos?|incontinen\w*)\b")
_FINE = lazy(r"(?<!is that )(?<!is this )(?<!is it )(?<!that's not )(?<!not )"
                   r"\b(?:fine|ok|okay|normal|alright|all right|no (?:problems?|issues?|change)|"
                   r"working|good|as usual|same as always|unchanged|nothing wrong)\b")



_ONE_CHEEK = lazy(r"\b(?:left|right|one) (?:bum|butt|buttock) cheek\b|\b(?:left|right|one) buttock\b")
_WIPING = lazy(r"\bwip(?:e|es|ed|ing)\b")


_SADDLE_WHERE = lazy(_SADDLE_PLACE)


# numbness with an everyday cause, or not of a limb: "my feet go numb with the cold", "my brain went numb"
# ("numb with boredom" and "numb about it" are read as figures of speech by text.py)
_NOT_A_SIGN = lazy(r"\b(?:(?:from|with|in|by) (?:the )?(?:cold|frost|snow|ice)|"
                   r"(?:brain|mind|head)(?:'s)? (?:\w+ )?numb)\b")
_GENITAL = lazy(r"\b(?:equipment|privates|private parts|penis|genitals?|erections?|bedroom|sex|down there)\b")


def read_numbness(u: Utterance) -> bool | None:
    """Numbness, tingling or weakness in the legs or feet (not the saddle area, not the hands)."""
    pols: list[Polarity] = []
    aside = set_aside(u)
    for m in u.mentions(_NUMB):
        if m.clause in aside:
            continue  # "my toes go numb in the cold, always have. Different issue: my back ...": not this episode
        near = m.before[-60:].rsplit(",", 1)[-1] + m.text + m.after[:60].split(",", 1)[0]  # its own part
        # one cheek is not saddle; "inner thighs", "between my legs" are
        limb = _LIMB.search(_SADDLE_WHERE.sub(" ", near)) is not None or _ONE_CHEEK.search(near) is not None
        if re.search(r"\bnumb to (?:it|the pain|that|this)\b|\bweak (?:spot|point|link)\b", near):
            continue  # "I'm numb to it by now", "my back is my weak spot" are figures of speech
        if m.text.startswith("weak") and not limb and (not _LIMB.search(concepts.sentence_holding(u, m.clause))
                                                       or _BACK_WEAK.search(m.before)):
            continue  # "I feel weak and tired with this flu", "my legs are fine but my back is weak": no leg's
        if re.match(r"(?:giving|gives?|gave) way", m.text) \
                and back_went(m.before, concepts.sentence_holding(u, m.clause)):
            continue  # "bending to the sink, my back just gave way": the back went, no leg gave way
        if _SADDLE.match(m.text + m.after[:35]) or (_WIPING.search(m.before[-60:]) and not limb):
            continue  # "numb around my back passage" after a leg told first; "when I wiped ..., sort of numb"
        if m.polarity == "neg" and (m.text.startswith("weak") or not _LIMB.search(sentence := concepts.sentence_holding(
                u, m.clause)) and _SADDLE_WHERE.search(sentence)):
            continue  # "my leg isn't weak" leaves numbness open; "fine down there, no numbness" is the saddle's
        if re.search(r"\blike (?:when |after |at )?(?:the |a )?\w*\s*$", m.before) or not recent(m.clause) \
                or re.search(r"\b(?:might|may|could|would|will)\s+(?:\w+\s+)?$", m.before) \
                and not _HABIT.search(m.before):
            continue  # a simile ("like when the dentist numbs you"), long ago, or a possibility ("might give way")
        if _SADDLE.search(near) and not _LIMB.search(_SADDLE.sub(" ", near)):
            continue  # "my bum and between my legs feel numb": the saddle, not the legs
        if (_SADDLE.search(near) or _WIPING.search(near)) and not limb:
            continue  # saddle numbness is a cauda equina sign of its own, read by read_saddle
        if _NOT_LIMB.search(near) and not limb:
            continue  # "pins and needles in my hands", "my immune system is weak"
        if _NOT_A_SIGN.search(near) or (_GENITAL.search(concepts.sentence_holding(u, m.clause)) and not limb):
            continue  # "feet went numb from the cold", "my brain went numb"; numb genitals are read by read_saddle
        pols.append(m.polarity)
    aside_roots = {r for c, r in zip(u.clauses, u.roots, strict=True) if c in aside} if aside else set()
    pols += [m.polarity for m in concepts.sensation_signs(u) if m.clause not in aside_roots
             and not re.search(r"\bbetween(?: my| the| your)?\s*$", m.before) and not _SADDLE.search(m.clause)
             and not _NOT_A_SIGN.search(m.clause)]
    return settle(pols)


def read_deficit(u: Utterance) -> bool | None:
    """Weakness, a leg giving way, foot drop, or numbness new and spreading or getting worse (clinical.md)."""
    pols = concepts.deficit_signs(u)
    failed = _TIPTOE_FAILED.search(u.text)  # across clauses: "asked me to stand on my toes and I couldn't"
    if failed and not someone_else(u.text[max(0, failed.start() - 60):failed.start()]):
        pols.append("pos")
    for w in _WEAK_SAID.finditer(u.text):  # across brackets: "got back some (not all) of the power in ..."
        before = u.text[max(0, w.start() - 60):w.start()]
        if not someone_else(before) and recent(u.text[max(0, w.start() - 80):w.end()]):
            pols.append("neg" if re.search(r"(?:\b(?:not|never|no)|n't)\s+(?:\w+\s+)?$", before) else "pos")
    if "pos" in pols:
        return True
    if "neg" in pols or u.has(_STRONG):
        return False  # "no weakness", "my leg feels strong", "not spreading"
    return None


# a test of strength failed, told in two clauses: "asked me to stand on my tiptoes and I couldn't do it"
# "I noticed my leg would go numb", "I found my foot would tingle": what kept happening, not a possibility
_HABIT = lazy(r"\b(?:notic\w*|found|realis\w*|realiz\w*)\b[^.;]{0,40}\bwould\s+(?:\w+\s+)?$")
# weakness said as strength lost or a leg that quit: "lost the power in my right foot", "my leg stopped working",
# "unable to get up on my heels", "can't do a single-leg heel raise"
_WEAK_SAID = lazy(r"\b(?:regain\w*|get back|got back|getting back|lost|losing|lose|loss of|no) (?:[\w()]+ ){0,6}?"
                  r"(?:strength|power) (?:in|of) (?:my )?(?:left |right )?(?:legs?|foot|feet|ankle|calf|thigh)\b"
                  r"|\b(?:my )?(?:left |right )?(?:leg|foot)\b[^.;]{0,90}?\b(?:ceased to work|stopped working|"
                  r"quit working|refused to work)\b"
                  r"|\b(?:inability|unable|not able) to (?:stand|walk|go|get|rise) (?:up )?on (?:my |the )?"
                  r"(?:left |right )?(?:tip ?toes?|tiptoes?|toes|heels?)\b"
                  r"|\b(?:couldn't|could not|can't|cannot) do a (?:single|one)[- ](?:leg\w*|foot\w*) "
                  r"(?:calf|heel) raise\b")
_TIPTOE_FAILED = lazy(r"\b(?:stand|standing|walk|walking|go|get|rise|rising|push|pushing) (?:up )?on (?:my |his |her )?"
                      r"(?:tip ?toes?|tiptoes?|toes|heels?)\b[^.]{0,40}\b(?:couldn't|could not|can't|cannot|"
                      r"wouldn't|would not|won't|will not|"
                      r"wasn't able|not able|unable|failed|dropped (?:back )?(?:onto|on to))\b"
                      # a longer sentence, the foot the one that failed: "tried to stand on my heels like the
                      # page said and my left foot just won't come up"
                      r"|\b(?:stand|standing|stood|go|going|went|get|got|rise|rising|rose) (?:up )?on (?:my )?"
                      r"(?:tip ?toes?|tiptoes?|toes|heels?)\b[^.]{0,80}?\b(?:foot|leg|calf|heel|ankle)\b[^.]{0,20}?"
                      r"\b(?:couldn't|could not|can't|cannot|wouldn't|would not|won't|will not|didn't|did not) "
                      r"(?:\w+ )?(?:push|come|go|lift|rise|do it|work|hold)\b")
_STRONG = lazy(r"\b(?:legs?|foot|feet) (?:is |are |feels? |both )?(?:as )?strong\b|\bnot spreading\b"
                     r"|\bhasn't spread\b|\bcan walk on my heels\b")


# numbness a long ride explains: "numb from the saddle", "after six hours in the saddle", "saddle sore"
_FROM_RIDING = lazy(r"\bfrom (?:the |my )?(?:bike )?saddle\b|(?<!like )\bafter (?:\w+ ){0,4}?in the saddle\b|"
                    r"\bsaddle[- ]sore\b|\bfrom (?:cycling|riding|the ride)\b")


def read_saddle(u: Utterance) -> bool | None:
    """Numbness between the legs, around the back passage or genitals, or when wiping (clinical.md's
    ``saddle_numbness``, not a bladder change); "nothing different down below" denies it."""
    pols: list[Polarity] = []
    for m in u.mentions(_SADDLE):
        if m.polarity == "pos" and (someone_else(m.before) or _FROM_RIDING.search(m.clause)):
            continue  # someone else's; "my bum was numb from the saddle" after a long ride
        pols.append(m.polarity)
    for m in u.mentions(_SADDLE_FINE):  # a denial of its own: "if I sit long ..., everything down below is fine"
        if not someone_else(m.before):
            said = polarity(m.clause, m.start)
            pols.append("neg" if said == "pos" else said)
    return settle(pols)


def read_sexual(u: Utterance) -> bool | None:
    """New problems with erection or ejaculation, or sex that feels numb or different (``sexual_change``);
    "couldn't finish" counts only where the sentence is about sex ("couldn't finish with my wife")."""
    pols = [m.polarity for m in u.mentions(_SEXUAL) if not someone_else(m.before)]
    for m in u.mentions(_NO_CLIMAX):
        sentence = concepts.sentence_holding(u, m.clause)
        if _BEDROOM.search(sentence) and not someone_else(m.before) and m.polarity != "other":
            pols.append("pos")  # the words are a complaint in themselves: an earlier "no feeling" does not deny it
    return settle(pols)


_NO_CLIMAX = lazy(r"\b(?:couldn't|could not|can't|cannot|unable to|not able to|struggl\w* to|struggl\w* with|trouble)"
                  r"(?:,? (?:you know|well|um|erm|er|ahem|like),?| really| quite)? "
                  r"(?:finish\w*|climax\w*|orgasm\w*|perform\w*|come|get it up)\b"
                  r"(?! (?:my|the|a|an|it|this|that|work|off|up|in time|reading|eating|\w+ing)\b)")
_BEDROOM = lazy(r"\b(?:sex|sexual\w*|intercourse|intimate|intimacy|in bed with|bedroom|with my (?:wife|husband|partner|"
                r"girlfriend|boyfriend|other half)|down there|privates|erection|you know)\b")



def read_bladder_bowel(u: Utterance) -> bool | None:
    """Bladder or bowel control or feeling (saddle numbness and sex are facts of their own)."""
    pols: list[Polarity] = []
    asked = {m.clause for m in u.mentions(_CES) if _IF_SIGN.search(m.before)}
    if asked:  # "what if I can't pee tomorrow??", "I read that if you can't pee it's serious": a condition, not a sign
        kept = tuple(c for c in u.clauses if c not in asked) or ("",)
        u = replace(u, text=" . ".join(kept), clauses=kept)
    for m in u.mentions(_CES):
        if _NEARLY.search(m.before):
            continue  # "I nearly wet myself laughing": it did not happen
        if _WIPING.search(m.clause) and not re.search(r"bladder|bowel|pee|wee|urin|poo", m.text):
            continue  # "couldn't feel the toilet paper when I wiped" is saddle numbness, not the bladder
        if m.polarity == "pos" and _FINE.search(m.clause[m.start:]) and not re.search(
                r"\b(?:not|isn't|wasn't|aren't|never|nothing like) (?:\w+ )?(?:fine|ok|okay|normal|right|usual)\b",
                m.clause):
            pols.append("neg")
        else:
            pols.append(m.polarity)
    pols += concepts.bladder_signs(u)
    if "pos" not in pols and "neg" not in pols:  # "what if I can't pee? bladder and everything is fine"
        for m in u.mentions(_CES_WORDS):
            if m.polarity == "neg" or _FINE.search(m.clause):
                pols.append("neg")
    return settle(pols)


_NEARLY = lazy(r"\b(?:nearly|almost|practically|could have|could've)\s*$")
# the sign is the condition itself ("if I can't pee"; not "if I cough I leak", where it is what happens)
_IF_SIGN = lazy(r"\bif (?:you|i|u|we|ever)(?: (?:ever|suddenly|then|start(?:ed)? to))?\s*$")
_BLADDER_WORD = lazy(r"\b(?:bladder|pee\w*|wee\w*|urin\w*|waterworks|water)\b")
_BOWEL_WORD = lazy(r"\b(?:bowels?|poo\w*|stools?|number twos?)\b")
_BOTH_WORD = lazy(r"\b(?:toilet(?: habits)?|loo|everything)\b")  # "down below" is the saddle (stories/README.md)


def both_denied(u: Utterance) -> bool:
    """True when the text speaks of the bladder and the bowels alike (or the toilet as a whole): only then is a
    denial in a story a denial of both ("peeing seems fine" says nothing of the bowels, stories/README.md);
    as the answer to the bladder-and-bowels question, any denial answers it."""
    said = " . ".join(c for c in u.clauses if (_CES_WORDS.search(c) or _CES.search(c) or _BOTH_WORD.search(c))
                      and not _WIPING.search(c))  # "when I wiped after the toilet": the saddle, not the toilet habits
    return bool(_BOTH_WORD.search(said) or (_BLADDER_WORD.search(said) and _BOWEL_WORD.search(said)))


_SADDLE_FINE = lazy(
    r"\b(?:nothing|no (?:numbness|problems?|change|issues?|tingl\w*)|not numb)\b[^.;]{0,30}"
    r"\b(?:down below|down there|between my legs|saddle(?: area)?|groin|private parts|privates)\b"
    r"|\b(?:everything|things?|all) (?:else )?(?:down below|down there)\b[^.;]{0,20}"
    r"\b(?:fine|normal|ok|okay|as usual|alright)\b"
)
_SEXUAL = lazy(
    r"\b(?:erection\w*|impoten\w*|ejaculat\w*|(?:get|getting|got|keep|keeping) hard)\b"
    r"|\b(?:sex|intercourse|orgasm\w*)\b[^.;]{0,40}\b(?:numb(?!er)\w*|different|strange|odd|weird|"
    r"no (?:feeling|sensation)|hardly any (?:feeling|sensation)|(?:can't|couldn't|cannot) feel)"
    r"|\b(?:penis|genitals?|vagina|vulva|clitoris|scrotum)\b[^.;]{0,20}\b(?:numb(?!er)\w*|no feeling|tingl\w*)"
    r"|\b(?:things?|it|everything|nothing)\b[^.;]{0,20}\b(?:work\w*|right|the same)\b[^.;]{0,12}\b(?:in the bedroom|"
    r"down there|in bed with)|\b(?:problems?|trouble|issues?|difficult\w*) (?:\w+ )?in the bedroom\b"
    r"|\b(?:numb(?!er)\w*|no feeling|lost (?:the )?feeling)\b[^.;]{0,20}\b(?:penis|genitals?|vagina|vulva|clitoris)\b"
    r"|\b(?:numb(?!er)\w*|no feeling|lost (?:the )?feeling|(?:hardly|barely) (?:any|feel)\w*|less feeling|can't feel "
    r"(?:anything|much))\b[^.;]{0,25}\b(?:during|in|with|when (?:we|i) (?:have|had|were having)) (?:sex|intercourse)\b"
)
