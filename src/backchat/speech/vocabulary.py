"""Word lists the grammars are built from: plain data, no logic.

Templates use a JSGF-like syntax (see :func:`backchat.speech.grammars.parse_template`):
``(a | b)`` alternatives, ``[x]`` optional, ``<name>`` a rule from :data:`RULES`.
Every word must be in the recogniser's dictionary; :mod:`.grammars` checks, respells
(:data:`RESPELL`) or drops and reports the ones that are not.
"""

from __future__ import annotations

__all__ = [
    "RULES",
    "KIND_TEMPLATES",
    "COMMANDS",
    "RED_FLAG_PHRASES",
    "RESPELL",
    "EXTRA_PRONUNCIATIONS",
    "DOMAIN_SENTENCES",
    "FILLER_WORDS",
    "NOT_ANSWERS",
    "SAME_MEANING",
]

RULES: dict[str, str] = {
    "digit": "one | two | three | four | five | six | seven | eight | nine",
    "teen": "ten | eleven | twelve | thirteen | fourteen | fifteen | sixteen | seventeen"
    " | eighteen | nineteen",
    "tens": "twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety",
    "number": "zero | <digit> | <teen> | <tens> [<digit>] | [a | one] hundred",
    "unit": "second | seconds | minute | minutes | hour | hours | day | days | night | nights"
    " | week | weeks | fortnight | month | months | year | years",
    "count": "<number> | a | an | a couple of | a couple | a few | several | half a"
    " | <digit> and a half | one or two | two or three | a few more",
    "qualifier": "about | around | roughly | nearly | almost | over | more than | less than"
    " | just over | just under | at least | maybe | probably | for | for about | the last"
    " | the past | only",
    "weekday": "monday | tuesday | wednesday | thursday | friday | saturday | sunday",
    "when": "yesterday | today | this morning | last night | last week | last month | last year"
    " | the weekend | <weekday> | christmas | new year",
    "side": "left | right | both | left hand | right hand",
    "level": "buttock | buttocks | bottom | hip | hips | groin | thigh | thighs | knee | knees"
    " | calf | calves | shin | shins | ankle | ankles | foot | feet | toe | toes | heel"
    " | leg | legs",
    "area": "lower back | low back | upper back | middle back | mid back | back | spine"
    " | neck | tailbone | shoulder blades | side | waist",
    "place": "[in | on | at] [my | the] [<side>] (<area> | <level>)",
    "aside": "on (the | my) (left | right) [side] | on both sides | on one side"
    " | in the middle",
    "target": "[the back of | the front of | the side of | the outside of] [my | the]"
    " [<side>] <level>",
    "verb": "goes | runs | spreads | shoots | travels | moves | radiates | went",
}
"""Shared pieces of the templates, by rule name."""

KIND_TEMPLATES: dict[str, tuple[str, ...]] = {
    "yes_no": (
        "(yes | yeah | yep | yup) [please | i do | i have | it does | it is | i am | i did]",
        "(no | nope) [thanks | i don't | i haven't | it doesn't | it isn't | i'm not | i didn't"
        " | nothing like that]",
        "not really | not at all | never | not that i know of | not that i've noticed",
        "i think so | i don't think so | i'm not sure | not sure | maybe | possibly",
        "sometimes | a little | a bit | a little bit | sort of | kind of | i guess so",
        "definitely | absolutely | correct | that's right",
    ),
    "duration": (
        "[<qualifier>] <count> <unit> [and a half] [ago | now | or so]",
        "[ever] since <when> | since <weekday> | from <when> | <when> | on <weekday>",
        "[for] a (while | long time) | ages | years | i'm not sure how long",
        "it started (<when> | <count> <unit> ago)",
    ),
    "location": (
        "<place> [(and | down | into) <place>] [<aside>]",
        "<aside> [of my <area>]",
        "[on] [the | my] (left | right) [side] | [on] both sides [of my <area>]",
        "in the middle [of my <area>] | right in the middle | all over | just one side",
    ),
    "radiation": (
        "[yes | no] [it] <verb> (down | into | to | down to | all the way down to | as far as)"
        " <target>",
        "(down | into | down to | all the way down to) <target> [and <target>]",
        "down (my | the | both) [<side>] (leg | legs) [to <target>]",
        "[no | nope] [it] (stays | stays in | is just in | is only in) my back",
        "it doesn't (go | spread) (anywhere | down my leg | into my legs)",
        "just my back | only my back | (above | below | past) the knee | down both legs",
    ),
    "onset": (
        "[it came on] (suddenly | gradually | slowly) | all of a sudden | out of nowhere",
        "over (a few days | time | a few weeks) | it crept up [on me] | it just started",
        "for no reason | i woke up with it | i don't remember",
        "[it started] when i (lifted | picked up | bent over | twisted | turned | reached"
        " | coughed | sneezed | fell | slipped | woke up | got up | stood up)"
        " [something | a box | a heavy box | the shopping | my child]",
        "[it started] after (lifting | gardening | exercise | running | sport | a fall"
        " | an accident | a car accident | a long drive | sitting) [something]",
        "i (fell | slipped | tripped) [over | down the stairs | off a ladder]",
    ),
    "number": (
        "[about | around | maybe | i'm | i am] <number> [years old | out of ten]",
        "(<number> | <digit> or <digit>) out of ten",
    ),
    "free": (),
}
"""The phrases a closed question of each answer kind expects ("free" has none)."""

COMMANDS: tuple[str, ...] = (
    "repeat", "repeat that", "say that again", "can you repeat that", "pardon", "sorry",
    "what", "go back", "stop", "help", "i don't know", "yes", "no", "start again",
)
"""What a person may say on any question to steer the conversation."""

RED_FLAG_PHRASES: tuple[str, ...] = (
    "i can't control my bladder", "i can't control my bowels", "i've wet myself",
    "i can't pee", "i can't feel when i need to pee", "i'm numb between my legs",
    "i'm numb around my bottom", "my legs are numb", "my legs are weak", "my legs gave way",
    "i can't feel my legs", "i can't walk properly", "i have a fever", "i've got a fever",
    "i've been sweating and shivering", "i had a bad fall", "i was in a car accident",
    "i've had cancer", "i've lost weight without trying", "i have chest pain",
)
"""Default red-flag phrases, recognisable on every question (a flow may pass its own)."""

RESPELL: dict[str, str] = {
    "ok": "okay",
    "alright": "all right",
    "gonna": "going to",
    "wanna": "want to",
    "dunno": "don't know",
    "pins-and-needles": "pins and needles",
    "xray": "x ray",
    "x-ray": "x ray",
}
"""Spellings replaced before the dictionary check."""

EXTRA_PRONUNCIATIONS: dict[str, str] = {
    "sciatica": "S AY AE T IH K AH",
    "shins": "SH IH N Z",
    "tailbone": "T EY L B OW N",
    "tingles": "T IH NG G AH L Z",
    "shivery": "SH IH V ER IY",
    "prednisolone": "P R EH D N IH S AH L OW N",
    "paracetamol": "P AE R AH S IY T AH M AA L",
    "physio": "F IH Z IY OW",
    # British long "a", missing from the (American) CMU dictionary
    "calf": "K AA F",
    "calves": "K AA V Z",
    "half": "HH AA F",
    "can't": "K AA N T",
    "past": "P AA S T",
    "after": "AA F T AH",
    "last": "L AA S T",
}
"""Pronunciations (ARPAbet) added to PocketSphinx's dictionary: domain words the CMU
dictionary lacks, and British variants of words it has (added as alternatives)."""

DOMAIN_SENTENCES: tuple[str, ...] = (
    "it came on suddenly two days ago when i lifted a box",
    "it started a week ago when i bent over to pick something up",
    "i hurt my back lifting a heavy box at work",
    "i was gardening at the weekend and it started hurting",
    "it just came on gradually over the last few weeks",
    "the pain is in my lower back on the left side",
    "it goes down the back of my right leg to the knee",
    "it shoots down my leg into my foot",
    "my foot tingles and my leg feels weak",
    "i have pins and needles in my toes",
    "it hurts more when i sit for a long time",
    "it is worse in the morning and better when i walk",
    "it wakes me up at night",
    "lying down helps and bending makes it worse",
    "it is a dull ache most of the time",
    "it is a sharp stabbing pain when i move",
    "i can't stand up straight",
    "i have had back pain before but not this bad",
    "i take ibuprofen and paracetamol",
    "i have been to the physio",
    "i slipped on the stairs and landed on my back",
    "i twisted when i was playing football",
    "i woke up with it yesterday morning",
    "it has been getting better every day",
    "it is the same or worse than last week",
    "about six out of ten",
    "i am fifty two years old",
    "no nothing like that",
    "yes i have had a fever and i feel hot and shivery",
    "i don't know what caused it",
)
"""Typical open answers, the corpus of the domain language model for free-text questions."""

FILLER_WORDS: tuple[str, ...] = tuple(
    """
    the of to and in is was that he for on with as his they at be this from have or by
    had but what all were when we there can an your which their said if do will each how
    up out them then she many some these would other into has more her like him see time
    could make than first been its who now people made over did down only way find use may
    water long little very after words called just where most get through back much before
    good new write our used me man too any day same right look also around another came
    come work three word must because does part even place well such here take why things
    put years different away again off went old number great tell men say small every found
    still between name should home big give air line set own under read last never us left
    end along while might next sound below saw something thought both few those always
    show large often together asked house don't world going want school important until
    form food keep children feet land side without boy once animals life enough took
    sometimes four head above kind began almost live page got earth need far hand high year
    mother light country father let night picture being study second soon story since white
    ever paper hard near sentence better best across during today however sure knew it's
    try told young sun thing whole hear example heard several change answer room sea
    against top turned learn point city play toward five using usually car dog cat box
    walk run sit stand sleep feel pain hurt ache sharp dull sore bad worse stiff weak
    numb tingle burning pulling twinge doctor nurse hospital work gym football shopping
    garden stairs chair bed morning evening week month monday friday weekend bending
    lifting sitting standing walking lying coughing sneezing driving
    """.split()
)
"""Common words that let the closed-question language model absorb out-of-grammar speech,
and that widen the open-question vocabulary."""

NOT_ANSWERS: tuple[str, ...] = (
    "down", "up", "go", "left", "right", "on", "off", "in", "out", "now", "so", "then", "well",
    "oh", "hello", "wait", "where", "when", "why", "who", "how", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "zero", "ten",
)
"""Single words a closed question's grammar may hear instead of an answer (its way out):
short common words, directions and numbers; each question drops the ones that are answers."""

SAME_MEANING: dict[str, str] = {"yeah": "yes", "yep": "yes", "yup": "yes", "nope": "no"}
"""Words that mean the same answer: two recognition passes that differ only by these agree."""
