"""Word classes shared by several extractors: pain words, body words, past events, third persons."""

from __future__ import annotations

import re

from backchat.core.understand.lazy import lazy

__all__ = ["ACCOMPANIED", "PAIN", "BODY", "LONG_AGO", "THIRD_PERSON", "DISSOCIATED", "recent", "TIME_WORDS",
           "someone_else", "hypothetical", "TRIP_TO_PEE", "HELD_IT", "LEG_WORD", "back_went",
           "NO_LIFT_PICKED_UP", "PARENT_NAMED_BARE", "WRITER", "SIGNS_LISTED"]

TRIP_TO_PEE = r"(?<!\bup to )(?<!\bget to )(?<!\bwalk to )"
"""Put before a word for passing water: a trip to the toilet that pain makes slow or hard is not a bladder
change ("a trip to the loo for a wee takes ages", "getting up to wee is a struggle")."""

_BACK_BEFORE = lazy(r"\b(?:back|spine)\s+(?:(?!(?:and|or|legs?|knees?|foot|feet)\b)\w+\s+){0,2}$")
_IT_BEFORE = lazy(r"\b(?:it|something|a muscle|a disc|the disc)\s+(?:\w+\s+){0,2}$")  # "felt something give way"
WRITER = lazy(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine|us|our|we|we're|we've)\b")
"""A word of the writer's own (the text is prepared: "im" is already "i'm")."""
LEG_WORD = lazy(r"\b(?:legs?|thighs?|knees?|calf|calves|shins?|ankles?|foot|feet|toes?|hips?|sciatic\w*)\b")
"""A leg, a part of one, or sciatica named."""


def back_went(before: str, sentence: str) -> bool:
    """The back is what "gave way" just after ``before``: "my back finally gave way", or "it" or "something" gave
    way in a sentence about the back that names no leg ("my lower back felt weak and today it gave way")."""
    if _BACK_BEFORE.search(before):
        return True
    return bool(_IT_BEFORE.search(before) and re.search(r"\b(?:back|spine)\b", sentence)
                and not LEG_WORD.search(sentence))


OTHERS_DID = lazy(r"\b(?:people|everyone|everybody|others|folk)\s+(?:\w+\s+)?$")
"""Before an event, the crowd that it happened to ("loads of people fell over")."""
OTHERS_HURT = lazy(r"^[^.]{0,60}\bbut not me\b|\b(?:clipped|hit|struck|ran over|knocked (?:over|down)|injured|hurt)\s+"
                   r"(?:my|our|his|her|their|a|the)\s+(?:\w+\s+)?(?:colleague|co-?worker|workmate|friend|mate|boss|"
                   r"brother|sister|son|daughter|husband|wife|partner|dad|father|mum|mother|neighbour|kid|child)")
"""After an event, the person it happened to when that is not the writer ("but not me", "clipped my colleague")."""


HELD_IT = r"it(?= in\b|[^.]{0,40}\b(?:toilet|loo|bathroom|wee|pee|wet|leak\w*|accident|bladder|bowels?)\b)"
"""The "it" of "couldn't hold it" when it is wee or poo ("couldn't hold it in", "... and wet myself"), not a yoga
pose or a plank."""

PAIN = lazy(
    r"\b(?:pain\w*|hurt\w*|ache\w*|aching|achy|sore\w*|agony|agonising|stiff\w*|tight\w*|"
    r"twinge\w*|niggl\w*|throb\w*|spasm\w*|sciatica|killing me|killing|trouble|problems?|"
    r"playing up|grumbl\w*|bad back|(?:done|did) (?:my (?:\w+ )?back|it) in|"
    r"(?:put|threw|thrown|blew|blown) my (?:\w+ )?back out|"
    r"back went|back's gone|back (?:has |had )?gone out|(?:bother|bugg)\w* me|"
    r"dis[ck] (?:went|gone|slipped|popped|bulged|blew|herniated|prolapsed)|"
    r"(?:wreck|destroy|trash|ruin|screw|fuck|mess|knacker|bugger|bust)\w*(?: up)? my (?:\w+ )?back|"
    r"tor(?:e|n) (?:something|(?:a |my )?(?:\w+ )?(?:muscle|ligament|disc|back))|"
    r"it went|it's gone|tweak\w*|pulled|strain\w*|sprain\w*|bad|terrible|awful|horrendous|unbearable|"
    r"excruciating|acting up|giving me (?:grief|gyp|hell))\b"
)
"""Words that say something hurts (or that the back has gone)."""

BODY = lazy(
    r"\b(?:back|backs|spine|lumbar|neck|shoulder ?blades?|hip|hips|buttocks?|bum|glutes?|"
    r"legs?|thighs?|knees?|calf|calves|shins?|ankles?|foot|feet|toes?)\b"
)
"""Places the pain can be."""

FEVERISH_NUMBER = r"(?:3[5-9]|4[0-3]|9[5-9]|10\d|110)(?:\.\d)?\b"
"""A number that may be a body temperature (35-43 °C, 95-110 °F): "running 101.5" is a fever, not a jog."""

LONG_AGO = lazy(
    r"\b(?:\d+ |many |several |a few |few |some |couple of |a couple of |two |three |ten )?"
    r"years (?:ago|back)\b|\b(?:a|one|about a|over a|nearly a|almost a) year (?:ago|back)\b|\blong (?:time )?ago\b"
    r"|\bwhen i was (?:about |around |only |just )?(?:a |little|young|\d+|younger|at school|a kid|a teenager|pregnant)"
    r"|\bi was (?:about |around |only |just )?\d{1,2} when\b"  # "I was 40 when I came off the bike": an earlier age
    r"|\bas a (?:kid|child|teenager)\b|\bin (?:19|20)\d\d\b|\bages ago\b|\bdecades?\b"
    r"|\bback in (?:the day|the (?:19)?\d0s|the (?:seventies|eighties|nineties)|"
    r"my (?:teens|twenties|thirties|forties|fifties|youth|school days))\b"
    r"|\blast year\b|\byears before\b|(?<!like i )(?<!as i )(?<!than i )\bused to\b"  # not "like I used to"
    r"|\bold (?:\w+ )?injur\w*|\byears ago\b|\bthe (?:bad )?old days\b"
    # a stage of life: "since a car accident in college", "a kidney infection at 19" (not "I'm in college")
    r"|(?<!i'm )(?<!i am )(?<!still )(?<!currently )(?<!now )"
    r"\b(?:back )?in (?:college|high school|secondary school|grade school|middle school|sixth form)\b"
    r"|\b(?:at|aged) (?:1[3-9]|2\d)\b(?![:.]\d|\s*(?:am|pm|a\.m|p\.m|h|hrs?|hours?|minutes|mins|kg|kilos?|lbs?|"
    r"pounds|stone|st|mph|miles|degrees|%|/|out of|or|-|to|past)\b|\s*[%/°-])"
)
"""Past far enough that an event then did not start this pain."""

THIRD_PERSON = lazy(
    r"\b(?:my|her|his|our|their|the)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|sister|brother|"
    r"wife|husband|aunt|auntie|uncle|gran\w*|nan|nana|grandma|grandad|grandpa|friend|son|"
    r"daughter|partner|kid|kids|child|children|boy|girl|lad|baby|cousin|niece|nephew|boyfriend|"
    r"girlfriend|neighbour|colleague|dog|cat|parents?)\b(?:'s)?\s+(?:\w+\s+)?$"
    r"|\b(?:she|he|they|someone else)\s+(?:\w+\s+)?$"
)
"""Someone else is the subject of what follows ("my daughter fell", "he slipped")."""

DISSOCIATED = lazy(
    r"\b(?:separate (?:thing|issue|problem)|unrelated|not related|isn't related|nothing to do with|"
    r"different (?:pain|thing|issue|problem)|that's (?:a )?separate)\b"
)
"""The speaker says the thing named is not this pain."""

TIME_WORDS = lazy(
    r"\b(?:since|ago|yesterday|today|this morning|last night|tonight|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|weekend|last week|for (?:\d+|a|an|a few|a couple of|about) "
    r"(?:days?|weeks?|months?|years?))\b"
)
"""Words that date something."""


def recent(clause: str) -> bool:
    """False when the clause places what it says long ago."""
    return LONG_AGO.search(clause) is None


_PERSON = (r"(?:mum|mom|mother|dad|father|sister|brother|wife|husband|aunt|auntie|uncle|gran\w*|nan|nana|"
           r"grandma|grandad|grandpa|friend|mate|son|daughter|partner|kid|kids|child|children|boy|girl|baby|"
           r"cousin|niece|nephew|boyfriend|girlfriend|neighbour|neighbor|colleague|flatmate|housemate|"
           r"roommate|boss|foreman|manager|supervisor|workmate|dog|cat|parents?|other half|in-laws?|"
           r"brother-in-law|sister-in-law|"
           r"mother-in-law|father-in-law|family|physio|doctor|gp|nurse|pal|buddy|bestie)")
PARENT_NAMED_BARE = (r"(?:^|[.;,] )(?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa)(?:'s)? "
                     r"(?=(?:also |too |just )?(?:has|had|is|was|got|gets|fell|broke|died|says|said|thinks|used|always|"
                     r"never|started|starts|began|finished|needs|needed|went|goes|beat|survived|battled|fought|passed|"
                     r"took|takes)\b)")
"""A parent named without "my", as the subject of what follows ("Mum has osteoporosis", "Dad started radiotherapy");
not "Grandma of five here" (also :mod:`screens`)."""
_OTHER_SUBJECT = lazy(
    rf"\b(?:my|her|his|our|their|a|the)\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}(?:'s)?\b"
    r"(?!(?:'s)? (?:food|lead|leash|bed|bowl|basket|cage|crate|toys?|seat|gate|flap|litter|hair|walker|buggy|pram|"
    r"chair|bath|monitor|wipes|clothes)\b)"  # "a sack of dog food", "the baby gate": a thing, not a person
    r"|\b(?:she|he|someone|somebody|people|everyone|(?<!the )others|sufferers|patients)\b(?!')"
    r"|" + PARENT_NAMED_BARE +  # "Dad was diagnosed with"
    r"|\b(?:his|hers)\b(?= (?:is|was|has|had)\b)"
)
_OWN_SUBJECT = lazy(r"\b(?:i|i'm|i've|i'd|i'll|me|my own|myself|mine|we|we're|we've)\b"
                    r"|\bmy (?!(?:[\w'-]+\s+){0,2}?"
                          + _PERSON + r"\b)")


# a person after a preposition or a handling verb is the object, not the subject: "carrying boxes for my dad
# when something twanged", "bent to pick up my cat and felt a pop", "caught my foot on the cat and stumbled"
# (unless "who/that …" makes them one)
_OBJECT_BEFORE = lazy(r"\b(?:for|with|to|from|at|of|about|up|into|onto|on|over|against|carry\w*|carried|lift\w*|"
                      r"pick\w*|hold\w*|held|help\w*|put\w*|push\w*|mov\w*|bath\w*|wash\w*)\s+$")
_RELATIVE = lazy(r"\s*(?:who|that|which|had|has|have|is|was|'s)\b")

# someone taken or kept company to their treatment: "driving him to radiotherapy", "sat with her through chemo"
ACCOMPANIED = lazy(r"\b(?:him|her|them)\b")

def someone_else(before: str) -> bool:
    """True when what follows ``before`` (its clause so far) is said of someone else.

    The nearest subject wins: "my flatmate had pins and needles in both legs" is the
    flatmate's; "my mum had cancer and I've got a fever" gives the fever to the speaker.
    """
    other = [m.end() for m in _OTHER_SUBJECT.finditer(before)
             if not (_OBJECT_BEFORE.search(before[:m.start()]) and not _RELATIVE.match(before[m.end():]))]
    if not other:
        return False
    own = [m.start() for m in _OWN_SUBJECT.finditer(before)]
    return not own or max(own) < max(other)


BUCKLE = r"buckl\w*\b(?! (?:her|him|them|it|the|a|my|your|our|their|his|up|in|into)\b)"
"""A leg that buckles, not a child or a belt buckled in ("leaned into the car to buckle him in")."""
SIGNS_LISTED = r"(?<!my )(?<!your )\b(?:symptoms?|signs?)\b[^.;]{0,60}\b(?:include|includes|including)\b"
"""Signs listed as what "symptoms include" (a page, a leaflet): not the writer's ("my symptoms include" is)."""

_HYPOTHETICAL = lazy(
    r"(?<!as )(?<!even )\b(?:if i \w+|if (?:both|my|the|your)\b|if(?=\s*$)|"
    r"if (?:it|there|you) (?:ever|got|gets|get|is|was|were|be|starts?|go|goes|spreads?)|i'd hate|i would hate|"
    r"if you (?:can't|cannot|can not|lose|lost|have|develop|notice|feel|get|go)|"  # advice quoted: "if you can't wee"
    r"(?:page|leaflet|website|site|article|nhs|it) says|"
    r"in case|(?<!should i be )(?:worried|scared|afraid|terrified|frightened|paranoid) (?:about|of|that|it|i)|"
    r"(?:(?:worr(?:y|ies|ied)|scares?|frightens?|terrif(?:y|ies)) me (?:most |the most )?|"
    r"my (?:\w+ )?(?:worry|fear|dread) )is(?! (?:the|this|that)\b)|"
    r"(?:watch|look) out for|keep an eye (?:on|out)|told (?:me|us) (?:to|about)|warned|"
    r"(?:i'd|i would|you'd|you would) (?:have|need) to|what (?:to|would) (?:look|happen)|unless|"
    r"in future|could lead to|can cause|a sign of|signs of|symptoms? of|red flags?|heard that|read that|"
    + SIGNS_LISTED + r"|"
    r"(?:could|might|can|would) (?:this|it|that) (?:be|mean)|read(?:ing)? (?:up )?(?:about|on)|googl\w*|"
    # "what I'm asking about is my lower back", "the thing I'm nervous to ask about": the person's own
    r"(?<!i'm )(?<!i am )(?<!actually )(?<!really )(?<!mainly )(?<!to )"
    r"ask(?:ed|ing)? (?:me )?(?:about|if|whether)|check(?:ed)? (?:me )?for|warning signs?|the signs|"
    r"(?:i'm|i am|we're|we are|i was|we were) (?:meant|supposed|planning|hoping|due) to|stopped going to|"
    r"had (?:planned|hoped|meant|intended) to|"
    r"cancelled|given up|runs in the family)\b"
)


def hypothetical(before: str) -> bool:
    """True when the clause so far makes what follows a possibility, a fear or advice, not a fact."""
    return _HYPOTHETICAL.search(before) is not None


NO_LIFT_PICKED_UP = (r"(?! (?:a |my |the |some )?(?:prescription|hobby|habit|cold|bug|virus|infection|shifts?|speed|"
                     r"pace|phone|bill|tab|kids|children)\b| from (?:school|work|nursery|the (?:station|airport|shops?|"
                     r"pharmacy|chemist))\b| (?:\w+ ){0,2}as a (?:hobby|sport|pastime)\b| at (?:the )?age\b)")
"""After "picked up": what is no lift ("pick up a prescription", "picked up a hobby", "pick the kids up from school");
"pick me up" (a lift in a car) is left out where the pattern is written (:mod:`events`)."""
