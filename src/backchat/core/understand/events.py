"""What happened to start the pain: the events a story can name (a fall, an accident, a lift,
a bend ...) and which of them are the speaker's own, recent and tied to this episode.

An event counts when it is the speaker's own, recent, said as something that happened
("lifted a box", "was hoovering", "sneezed"), not as a habit ("I play a lot of football",
"forever picking them up"), a thing that makes it worse ("it hurts when I bend"), a guess
("probably from the new mattress"), someone else's ("our dog fell") or something long ago
("fell off a trampoline when I was 12"). The readers of the trigger and of the onset use it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from backchat.core.understand import concepts, lexicon
from backchat.core.understand.knocks import HITS_WITHOUT_A_BLOW, SIMILE_OF_A_BLOW, denied
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import BODY, DISSOCIATED, PAIN, THIRD_PERSON, TIME_WORDS, hypothetical, recent
from backchat.core.understand.onset_words import SUDDEN
from backchat.core.understand.text import Mention, Utterance
from backchat.core.understand.told import LINK, guessed_sentences, not_told, tied_to_the_pain
from backchat.core.understand.waking import waking_is_a_time

__all__ = ["EVENT", "FALL", "ACCIDENT", "FALL_OR_ACCIDENT", "TRIGGER_PATTERNS", "CHORE", "MOVES",
           "LINK", "trigger_mentions", "every_trigger_mention", "sentence_index"]

FALL = lazy(
    r"\b(?:(?:fell|(?<!every )(?<!each )(?<!last )(?<!in the )(?<!this )(?<!next )"  # "every fall" is autumn
    r"(?<!i'll )(?<!i will )(?<!might )(?<!could )(?<!going to )(?<!gonna )fall(?:en|ing|s)?)"  # not "I'll fall off"
    r"(?! asleep| ill| sick| pregnant| apart| behind| out with| for| short| in love| in with| victim| foul| silent|"
    r"[ ”\"']*back[”\"']* to\b|"  # "fell back to sleep", "we had to fall back to the hut"
    r" into (?:an? )?(?:\w+ )?(?:sleep|doze|coma|habit|trap|routine)|"
    r" clean-?up| colou?rs| leaves| semester| term| season| break|"
    r" through(?! (?:the|a) (?:loft|hatch|floor\w*|ceiling|roof|ice|trap ?door|skylight|decking))|"
    r"s? asleep)|slip(?:ped|ping)?(?! (?:a )?dis[ck]s?| into (?:a |my )?(?:\w+ )?(?:funk|depression|coma|routine|habit|"
    r"mood|sleep|doze)\b)|tripped|trip(?:ped)? over|tumbled|took a tumble|"
    r"had a tumble|(?:my|that|the) (?:\w+ )?tumble (?:down|off|on|from|over)\b|"
    r"stumbled (?:into|onto|against|down|backwards|off|"
    r"over (?!(?:a|an|this|the) (?:post|video|article|thread|site|page|forum)))|"
    r"came off|came down (?:from|off)|thrown off|"
    r"went flying|(?:horse|mare|pony|gelding|stallion) (?:\w+ ){0,2}?(?:threw|dumped|tossed|unseated) me|bucked me off|"
    r"(?:thrown|ejected|flung|catapulted|launched|chucked|bucked|pitched) (?:\w+ ){0,2}?(?:from|off|over|out of)|"
    r"went (?:over|flying over) the (?:handlebars|handle bars|bars|front)|(?:on|upon) impact|"
    r"landed (?:hard|(?:flat |heavily |right |straight |mostly |mainly |squarely )?on(?! (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|time|the runway)\b))|"
    r"lost my (?:footing|balance)|(?:feet|foot|ladder|chair|stool|steps) (?:went|slid|shot|flew|came|slipped) "
    r"(?:out )?from under me|dropped (?:about |around |nearly )?(?:\d+|a few|several) (?:feet|foot|ft|metres)|"
    r"missed (?:a|the) step|bump\w* down (?:the )?(?:\w+ ){0,3}(?:stairs|steps)|went down hard|slid off|"
    r"missed the (?:last |bottom |top |first )?(?:stair|step)|(?:pulled|dragged|pushed) me (?:over|down)|"
    r"went (?:all the way )?down (?:the )?(?:whole|entire|full) (?:flight|staircase|stairs))\b")
ACCIDENT = lazy(
    r"\b(?:accident|crash(?:ed|es|ing)?\b(?! (?:out )?on (?:(?:a|the|my|\w+'s) ){0,2}(?:sofa|couch|settee|floor|"
    r"bed|futon))|"  # "crashed on my mate's sofa": slept there
    r"collision|collided|rear[- ]ended|hit by|knocked (?:off|down|over)|"
    r"rta|whiplash|run over|car (?:hit|went into)|shunt|pile[- ]up|kicked(?! off| in(?! (?:the|my) ))|punched|"
    r"assault\w*|t[- ]?boned|t[- ]bone(?! steak)|air ?bags? (?:went off|deployed|came out|blew|exploded|inflated|"
    r"opened)|(?:car|van) (?:was |got )?written off|"
    r"(?:car|van|vehicle|bus|lorry|truck|taxi) (?:\w+ ){0,2}?(?:pulled out|clipped|hit|knocked|went into|ran into|"
    r"reversed into|swerved into)|clipped me|"
    r"(?<!\bi )hit (?:my|me in the) back(?! (?:on|against|off)\b)|blow to (?:my|the) back|"  # "I hit it on": a knock
    r"(?:car|van|vehicle|bus|lorry|truck|taxi)\b[^.,;]{0,25}\b(?:rolled|overturned|flipped|crashed|hit|skidded)|"
    r"(?:hit|struck|whacked|smacked|knocked|landed on|fell on|came down on) me\b|"
    r"(?:went|drove|crashed|ran|ploughed|smashed|slammed|reversed) (?:straight |right )?into (?:the (?:back|side) of )?"
    r"(?:my|our|me|us)\b|"
    r"(?:went|drove|crashed|ran|ploughed|plowed|smashed|slammed) (?:straight |right )?into (?:\w+ ){0,4}?"
    r"(?:cars|vehicles|traffic)\b[^.;]{0,20}?\b(?:including (?:mine|ours|me|us)|(?:mine|ours) included)|"
    r"(?:clipped|struck|hit|knocked|rammed|shunted|side-?swiped) by (?:a |an |the |some )?(?:\w+ )?(?:car|van|bus|"
    r"lorry|truck|taxi|vehicle|driver|motor ?bike|motorcycle|moped|scooter|cyclist)|"
    r"came off (?:my |the |a )?(?:motor ?bike|motorcycle|moped|scooter|quad)|"
    r"(?:motor ?bike|motorcycle|moped|scooter|bike) (?:crash|accident|came off|went over))")
_NOT_ACCIDENT = lazy(
    r"\baccidents? in (?:my|his|her|the) (?:pants|underwear|knickers|trousers|bed|sleep)"
    r"|\b(?:falling|fall|fell|dropping|hanging|slipping) off me\b|\b(?:been|is|was|'s) (?:a|an) (?:\w+ )?car crash\b"
    r"|\b(?:dog|dogs|cat|puppy|kitten|pet|toddler|baby)\b[^.,;]{0,25}\baccidents?\b"
    r"|\baccidents? on the (?:rug|floor|carpet|sofa|bed)\b"
    r"|" + SIMILE_OF_A_BLOW + r"|\b(?:nearly|almost|just about|didn't quite|without) (?:fell|fall|falling|slipped|"
    r"tripped|lost my balance|went (?:flying|over|down)|going (?:flying|over)|came off|coming off)"
    r"|\(\s*not me\b|\bnot me[,;:] (?:a|an|the|my|one of|some|his|her)\b|\bwasn't me\b|\bnot to me\b"
    r"|\baccident (?:form|report|book|log|record|claim|forms)\b"
    # the pain is what hit: "a tearing pain hit me in the back", "the sciatica struck me", "it hit me like a train"
    r"|\b" + HITS_WITHOUT_A_BLOW + r"\b(?: \w+){0,2}? "
    r"(?:hit|hits|struck|strikes|whacked|smacked|knocked) (?:me|my (?:\w+ )?back)\b|\bit (?:hit|struck) me like\b"
    r"|\b(?:hit|struck|knocked|floored) by (?:a |an |the |this )?(?:\w+ ){0,2}?(?:(?:wave|bolt|jolt|surge|stab|shot|"
    r"burst|rush) of\b|(?:pain|ache|spasm|twinge|agony|cramp)\b)"  # "hit by a wave of pain"
    r"|\b(?:tablets?|pills?|they|co-?codamol|codeine|meds|medication|tramadol|diazepam|sleeping \w+)\b[^.]{0,15}"
    r"\b(?:knock(?:ed|s)? me (?:flat |right |straight |clean )?out|kick(?:ed|s)?(?! me| my))\b"  # "meds kicked (in)"
    r"|\bby accident\b|\baccidentally\b|\bcrash(?:ed)? (?:mat|pad|course|diet|out|on the (?:sofa|couch|bed))\b"
    r"|\b(?:kicked|punched|hit|elbowed) (?:me )?in the (?:ribs|face|head|shins?|stomach|tummy|belly|nose|mouth|arm)\b"
    r"|\b(?:went|goes|going|spread\w*|shot|shoots|ran|runs|radiat\w*) into (?:my|the|his|her) (?:left |right )?"
    r"(?:arms?|legs?|chest|neck|shoulders?|foot|feet|hips?|buttocks?|bum|groin|knees?|thighs?|calf|calves|jaw|"
    r"stomach|tummy|ribs?)\b"
)
# "had an accident" with the toilet nearby means incontinence, not an injury
# the fall is the symptom's doing, not an injury ("my leg gave way and I fell", "collapsed with the pain")
_CAUSED_BY_SYMPTOM = lazy(
    r"\b(?:because|as|when|since|cause|'cause)\b[^.;]{0,25}\b(?:leg|legs|knee|knees|foot|feet|toes?)\b[^.;]{0,20}"
    r"\b(?:gave|give|giving|keeps?|buckl\w*|catch\w*|drag\w*|went|goes|weak|didn't|don't|wouldn't|won't|"
    r"couldn't|can't|slapp\w*)"
    r"|\b(?<!me )(?<!i'm )(?<!am )(?<!been )(?<!still )(?:in|with|from|because of|due to) (?:the |such )?"
    r"(?:pain|agony)\b"  # "the fall has me in pain" is no collapse
    r"|\b(?:pain|agony) (?:made|sent|dropped|brought|put) me\b"
)
_WHEN = r"(?:day|days|week|weeks|month|months|ago|night|morning|evening|time|while|weekend)\b"
_NOT_MINE = lazy(r"\b(?:a|the|my|his|her|their|our|some|this|that)\s+(?:falling|slipping)\s+\w+"
                       r"|\b(?:my|the|a|his|her|some|our)\s+(?!back\b|own\b)(?:(?!i\b|" + _WHEN + r")[\w-]+\s+){0,3}?"
                       r"(?!i\b|" + _WHEN + r")[a-z]+s?\s+(?:just\s+)?(?:fell|fall|falls)\b"
                       r"|\b(?:her|his|their|(?!(?:it|that|there|what|he|she|who)'s)[a-z]+'s)\s+(?:\w+\s+)?"
                       r"(?:fall|fell|trip|slip|accident|crash)\b"
                       r"|\b(?:which|that|who)(?:'d)? (?:had |has |have )?(?:just )?"
                       r"(?:fallen|fell|dropped|tripped|slipped)\b")
# the same fall again and again is a sign (a weak leg), not the injury that started the pain
_REPEATED = lazy(r"^[^.;]{0,30}?\b(?:twice|three times|a few times|several times|a couple of times|\d+ times|"
                 r"again and again|over and over|all the time)\b")
_DROPPED_ONTO = lazy(r"^\s*(?:down )?(?:to|onto|on) (?:my|the) knees\b|^\s*(?:back |down )?(?:on|onto|into) "
                     r"(?:the|my|a) (?:bed|sofa|couch|settee|chair|armchair|recliner|mattress|pillow)\b"
                     r"(?! ?(?:frame|post|end|rail|edge|corner|arm|leg|base|side)\b)")  # the pain did it, softly
_KEEP = lazy(r"\b(?:keep|keeps|kept|keep on|always)\s*$")
CHORE, MOVES = "chore", ("lifting", "bending", "twisting")  # a chore ("gardening") dates the pain only
TRIGGER_PATTERNS = (
    ("exercise", lazy(
        r"\b(?:gym|work(?:ing)? ?out|workout|exercis\w*|"
        r"(?:went|go|going|out|been) running(?! (?:a |with a )?(?:\w+ )?(?:temp\w*|fever)"
        r"| (?:at |about |a )?" + lexicon.FEVERISH_NUMBER + r")|"
        r"(?:a|my|on a|long|first|morning|evening|short) run\b|jogging|jog|weights|weight ?lifting|"
        r"weight training|deadlifts?|squats?|squatting|training|trained(?! (?:medical )?(?:professional|nurse|doctor|"
        r"physio\w*|therapist|eye))|yoga|pilates|crossfit|spin class|hiit|press(?:-ups?| ?ups)|sit(?:-ups?| ?ups)|"
        r"burpees|bench press\w*|kettlebells?|marathon|5k|10k|bootcamp|circuits|a class|fitness class|spin classes|"
        r"rowing|swimming|cycling|dancing|ballet|climbing|bouldering|zumba|aerobics|"
        r"trampoline|bouncy castle|long walk|hik(?:e|ing)|gymnastics|skating|pe)\b")),
    ("sport", lazy(
        r"\b(?<!size of a )(?:football|soccer|rugby|tennis|golf(?! ball)\w*|cricket|netball|basketball|hockey|"
        r"badminton|squash|volleyball|baseball|boxing(?! day)|martial arts|tackl\w*|judo|karate|wrestling|skiing|"
        r"snowboarding|surfing|match|game of|(?:five|5)[- ]a[- ]side|kayak\w*|canoe\w*|padel|bowling|darts)\b")),
    ("lifting", lazy(r"\b(?:lift\w*(?! weights)|"
        r"carr(?:y|ied|ying)(?! (?:a lot of |too much |so much )?(?:stress|worry|weight|extra weight|excess weight))|"
        r"pick(?:ed|ing)? (?!me |us )(?:\w+ ){0,4}up\b" + lexicon.NO_LIFT_PICKED_UP + r"|help(?:ed|ing)? (?:\w+ ){1,3}"
        r"in and out of|turn(?:ed|ing)? a (?:heavy )?patient|"
        r"transferr?(?:ed|ing)? (?:a |the |my )?(?:patient|him|her|them)|"
        r"(?:caught|catch\w*) (?:her|him|them)|help(?:ed|ing)? (?:her|him|them) (?:back )?up\b(?! and down)|shifting|"
        r"unload\w*|picking|heav(?:y|ier) (?:box|bag|shopping|load|suitcase|thing)|hauling|hauled|"
        r"shifting (?:boxes|furniture)|lugging|lugged|piggy ?backs?|hoist\w*|(?:lifting|pulling|getting|taking)"
        r" (?:\S+ ){1,2}(?:in|into|out of) (?:his|her|their|the|a) (?:car ?seat|cot|crib|high ?chair|pram|buggy|bath)|"
        r"(?:get|gets|getting|got) (?:a |the |my |our |some )?(?:[\w-]+ ){0,2}(?:box|boxes|suitcase|case|bags?|"
        r"decorations|crate|luggage|shopping) (?:down|off|out|up|into|onto)|"
        r"(?:move|moving|moved) (?:a |the |my |our )?(?:heavy )?(?:box|boxes)|"
        r"(?:pull|drag|push|heav|haul|yank)\w* (?:\w+ ){0,2}(?:suitcase|luggage|case|box|boxes|bag|bags|"
        r"shopping|pallet|furniture|sofa|wardrobe|fridge|sack|sacks|load))\b")),
    ("bending", lazy(
        r"\b(?:(?<!looks )(?<!look )(?<!is )bent(?! (?:to one side|sideways|out of shape|from the waist))|bending|"
        r"bend(?:ing)? (?:down|over)|bend|lean(?:ed|ing|t)? (?:over|forward|down)|stoop\w*|reach(?:ed|ing)? (?:down|"
        r"under|into)|tying my (?:shoe|lace)\w*|picking something up|crawl(?:ed|ing)? under)\b")),
    ("twisting", lazy(r"\b(?:twist\w*|turned (?:awkward\w*|round|around|quickly|sharply)|awkward (?:twist|turn)|"
        r"swung|swinging|swivel\w*|rotat\w*)\b")),
    ("sleeping", lazy(
        r"\b(?:woke up with|wok(?:e|en)(?: up)?(?= (?:this morning |today |on \w+ )?with (?!the sheets|sweats?|night "
        r"sweats))|i wake (?:up )?and|"
        r"(?:^|i |and |just )woke up\b(?! (?:drenched|soaked|sweating|sweaty|in a (?:cold )?sweat|"
        r"shivering|freezing|boiling|hot|cold|wet)\b)|woke (?:up )?(?:and|with)|when i woke|on waking|"
        r"slept (?:funny|awkward\w*|badly|wrong|on it|in a)|sleeping (?:funny|awkward\w*|wrong|position)|"
        r"new mattress|after sleeping|in my sleep|fell asleep (?:on|in)|slept on (?:a|the|my)|sleeping on (?:a|the)|"
        r"bad (?:night's )?sleep|sofa bed|camp bed|air ?bed)")),
    ("other", lazy(r"\b(?:mopping|cleaning|housework|"
        r"sneez\w*|cough\w*|long drives?|driving|drove|decorat(?!ions?)\w*|paint(?:ed|ing)|mowing|"
        r"long (?:car )?journey|sand(?:ed|ing)|wallpaper\w*|"
        r"started (?:a |my )?(?:new )?(?:job|work\w*) (?:at|in|as|for)|"
        r"(?:sitting|sat) (?:badly|awkwardly|hunched|for hours|in (?:a|the) meeting|at (?:my|a|the) desk)|"
        r"(?:day|session|hours|shift) (?:sat )?(?:at|in) (?:my|a|the) (?:desk|meeting|computer)|"
        r"hunch\w* over|standing (?:at|for|all day)|"
        r"push(?:ed|ing)? (?:a |the |our |my )?(?:\w+ )?(?:\w+ )?car|new job|holding the baby|"
        r"long flight|long[- ]haul (?:flight|to)|diy|building work|ironing|cooking|childbirth|labour|"
        r"hanging (?:washing|curtains)|stretching|yawn\w*|reaching up)\b")),
    (CHORE, lazy(r"\b(?:hoover\w*|vacuum\w*|garden\w*|digging|dug|weed\w*|shovel\w*|laying (?:a )?(?:patio|slabs)|"
                  r"(?:moving|moved|move) (?:house|flat)|help(?:ed|ing)? (?:\w+ ){1,3}move|"
                  r"(?:move|moving|moved|shift\w*) (?:a |the |my |our |his |her )?(?:[\w-]+ ){0,4}?"
                  r"(?:furniture|sofa|couch|wardrobe|bed|fridge|table|bookcase|dresser|piano|chest))\b")),
)
FALL_OR_ACCIDENT = (("accident", ACCIDENT), ("fall", FALL))
# moments that start the pain without being its cause ("stood up and my back locked"), and knocks
_MOMENT = lazy(r"\b(?:stood up|standing up|got up|getting up|reach(?:ed|ing)? for|(?:got|getting) out of (?:bed|"
               r"the car|the bath)|sat down (?:hard|heavily)|bump\w*|bang\w*|jolted)\b")
EVENT = lazy("|".join(p.pattern for _, p in (*FALL_OR_ACCIDENT, *TRIGGER_PATTERNS)) + "|" + _MOMENT.pattern)
"""Any event that can start back pain (for dating the pain by it)."""

# the writer was in the vehicle another person crashed
_ON_BOARD = lazy(r"\b(?:with me|me in (?:it|the (?:car|van|back|front))|i was (?:in it|in the (?:car|van|back|front)|"
                 r"(?:a|the) passenger|sat (?:in|next to|beside))|we were (?:in|both))\b")
_AGGRAVATOR = lazy(r"\b(?:when|if|whenever|every time|each time|as soon as) i (?P<verb>[\w']+ )?(?:\w+ ){0,3}$")
_PAST = lazy(r"^(?:\w+ed|was|were|bent|got|fell|went|did|had|took|stood|sat|ran|slept|woke|drove|dug|"
                   r"swung|caught|felt|tried|put|hit|came|made|gave|threw|i'd)$")
_MAKES_IT_WORSE = lazy(r"^\s*(?:\w+\s+){0,3}?(?:makes?|make) (?:it|the pain|my back) (?:worse|hurt|bad|flare)"
                             r"|^\s*(?:\w+\s+){0,2}?(?:is|are) (?:painful|agony|hard|difficult|a nightmare)\b"
                             r"|^\s*(?:\w+\s+){0,2}?(?:hurts|kills|aggravates|sets it off|helps?|eases?|alleviat\w*|"
                             r"reliev\w*|sooth\w*)\b"  # eases it; below, done and fine after ("was fine afterwards")
                             r"|^\s*(?:\w+\s+){0,2}?(?:doesn't|does not|don't|didn't|won't) (?:hurt|bother|affect)\b"
                             r"|^[^.;]{0,40}\band (?:i )?(?:was|felt) (?:totally |completely |perfectly |absolutely )?"
                             r"(?:fine|ok|okay|great|good) (?:after(?:wards)?|the next day|that night)\b")
_HABIT = lazy(r"\b(?:i|and) (?:play|plays|do|does|go|goes|love|enjoy|like)\b[^.]*\b(?:a lot|lots|loads|regularly|often|"
              r"every|most days|all the time|weekly)\b")
_BODY_OBJECT = lazy(r"^\s*(?:up )?(?:my|your|the|his|her) (?:big )?(?:toes?|foot|feet|legs?|arms?|"
                          r"head|knees?|hand|hands|leg up|front of (?:it|my foot))\b")
_TO_LIFT = lazy(r"^\s*(?:down |over )?to (?:lift|carry)\b")


def _linked(u: Utterance, asked: bool) -> bool:
    """True when the text ties what happened to the pain (or it answers "how did it start")."""
    return asked or any(u.has(p) for p in (PAIN, BODY, LINK, TIME_WORDS, SUDDEN))


def _own_event(m: Mention) -> bool:
    """True when the event is the speaker's own, recent and really happened."""
    on_board = ACCIDENT.match(m.text) is not None and _ON_BOARD.search(m.clause) is not None  # "with me in the car"
    done_to_me = m.polarity == "other" and (re.search(r"\b(?:me|my|our|us|mine|ours)\b", m.text) is not None
                                            or re.match(r"\s*(?:me|us)\b", m.after) is not None  # "someone hit me"
                                            or on_board) \
        and not hypothetical(m.before)  # "someone went into the back of my car"
    if (m.polarity != "pos" and not done_to_me) or not recent(m.clause) or DISSOCIATED.search(m.clause) \
            or _IN_MY_YEARS.search(m.clause):
        return False
    if _EARLIER_ONE.search(m.before[-30:]) or _DATED_BACK.match(m.after):
        return False  # "since that earlier road accident", "a crash, which was in 2016": an old one
    if _NOT_THE_EVENT.search(m.before[-80:]) or _RESULT.search(m.before):
        return False  # "if I fell now", "should I be doing exercises", "tried yoga poses"
    habit = _HABIT_NOW.search(m.clause)
    if habit and habit.start() <= m.start and "," not in m.clause[habit.end():m.start]:
        return False  # "I lift at work", "I carry a heavy bag every day": a habit said in the present
    other = THIRD_PERSON.search(m.before[-40:])  # "my daughter fell" is hers; "my dog pulled me over" and "caught
    if other and not re.search(r"\bme\b", m.text) and not on_board and not (  # my foot on the cat and fell" mine
            _STRUCK.search(m.before[-40:][:other.start()]) and not other.group().rstrip().endswith("'s")) \
            and not re.search(r"\bhelp(?:ed|ing|s)? $", m.before[-40:][:other.start()]):  # "helped my son carry it"
        return False
    if lexicon.OTHERS_DID.search(m.before[-30:]) or lexicon.OTHERS_HURT.search(f"{m.clause[m.start:]} {m.after[:80]}"):
        return False  # "loads of people fell over, but not me", "an accident when a forklift clipped my colleague"
    if not (FALL.search(m.text) or ACCIDENT.search(m.text)) and not_told(m):
        return False  # a guess, a habit, a treatment or someone doing it for me
    near = m.clause[max(0, m.start - 45):m.end + 40]
    if _NOT_ACCIDENT.search(near) or _NOT_MINE.search(m.clause[max(0, m.start - 25):m.end + 12]):
        return False  # "a falling mug", "my keys fell"
    if m.text.startswith(("fell", "fall", "trip", "stumbl", "collaps", "went flying", "lost")) \
            and (_CAUSED_BY_SYMPTOM.search(m.clause[max(0, m.start - 40):m.end + 50])
                 or _REPEATED.match(m.after) or _KEEP.search(m.before) or _DROPPED_ONTO.match(m.after)):
        return False  # "tripped twice because my toes catch": a sign of weakness, not the injury
    if m.text.startswith("accident") and _HAD_ACCIDENTS.search(m.before) \
            and not re.search(r"\b(?:car|road|bike|work)\b", near):
        return False  # "had an accident" with no vehicle nearby: in these stories, incontinence
    # "it hurts when I bend" names what makes it worse, not what started it ("when I bent" did start it)
    if _MAKES_IT_WORSE.match(m.after) and not _PAST.match(m.text.split()[0]):
        return False  # "bending makes it worse", "driving is agony"
    worse = _AGGRAVATOR.search(m.before[-40:])
    if worse:  # "when I bent" started it, "when I sit hunched over" makes it worse
        verb = (worse.group("verb") or m.text).split()[0]
        return _PAST.match(verb) is not None
    return True


# what stands before an activity that is not the event that started the pain: a condition ("if I fell
# now"), a habit in the present ("I lift at work", "I run a lot"), a question or a treatment tried for it
# what the pain made me do is its result, not its start: "so bad at night that I've been sleeping on the floor"
_RESULT = lazy(r"\bso (?:bad|painful|sore|stiff|awful|severe)\b[^.;]{0,40}\b(?:that|i've|i had to|i have to)\b"
               r"[^.;,]{0,40}$")
_EARLIER_ONE = lazy(r"\b(?:previous|prior|earlier|former|old)\s+(?:\w+\s+)?$")
_DATED_NOW = lazy(TIME_WORDS.pattern + r"|\b(?:now|just|this|currently|at the moment|last|recently|earlier)\b")
_THAT_ONE = lazy(r"\b(?:that|the|this|same)\s+(?:\w+\s+)?$")
_DATED_BACK = lazy(r"^[^.;]{0,12}?,?\s*(?:which|that) (?:\w+ ){0,2}?(?:was|happened|took place|occurred)"
                   r" (?:back )?in (?:19|20)\d\d\b")
_HAD_ACCIDENTS = lazy(r"\b(?:had|have|having) (?:a little |an |a bit of an |a couple of |a few |some |two |three |"
                      r"several )?(?:little |small |minor )?$")
_HAD_AN = lazy(r"\b(?:had|have|having) (?:a little |an |a bit of an |a couple of |a few |some |two |three |"
               r"several |more )$")
_TOILET = lazy(r"\b(?:poo|poos|wee|pee|toilet|loo|bowels?|bladder|wet myself|wet the bed|soiled|pants)\b")
# an event placed in a decade of the speaker's life ("fell off a horse in my twenties") is history;
# "I'm in my twenties" tells the age only
_IN_MY_YEARS = lazy(r"(?<!i'm )(?<!im )(?<!i am )(?<!now )\bin my (?:early |mid |late |mid-)?"
                    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|20s|30s|40s|50s|60s|70s)\b")
_NOT_THE_EVENT = lazy(r"(?:\bif (?:i|we|you)"
                      r"|\bshould i (?:be )?(?:\w+ )?|\b(?:(?:tried|trying|try)(?! to)|been doing|been trying|"
                      r"been sitting on|using|bought|recommended|suggested|gave me|given|prescribed|showed me)"
                      r"\b[^,.]{0,25}|\bworse (?:after|when|with|from|if)\b[^,.]{0,25}"
                      r"|\b(?:especially|particularly|mainly|mostly|worst)(?: (?:in|at|first) (?:the )?\w+)? ?"
                      r"(?:(?:after|when|with|from|if)\b[^,.]{0,25})?"  # "mostly at dawn after a night on it"
                      r"|\b(?:can|could|able to)(?!')(?: still)? [^.;]{0,40}?(?:, |\band )(?:do |go |play )?"
                      r"|\b(?:still|even) manag\w*(?: to)?(?: do)? (?:a bit of |a little |some |the )?"
                      r"|\b(?:can|can't|cannot|could|couldn't|unable to|able to|hard to|struggl\w* to|hurts? to|"
                      r"painful to|stiffness|soreness|difficulty|trouble)"
                      r"(?: (?:barely|hardly|only just|just about|seem to|quite|even|really))?"
                      r"(?:(?: \w+){1,3}(?:,| and| or))*(?: even)?"  # a list: "unable to sit, stand or walk"
                      r"|\b(?:(?:can|can't|cannot|could|couldn't) \w+ (?:and|or))"
                      r"|(?:when|whenever|if|every time|each time|while) (?:i've|i have|i'm|i am) (?:been )?"
                      r"(?:\w+ ){0,2}|\b(?:i|we) do(?: a lot of| lots of| some)?"
                      r"|\b(?:likely|unlikely|liable|prone|chance|risk|afraid|scared|worried|terrified) (?:to|of)"
                      r"(?: \w+)?"  # "scared to slip a second time": feared, not happened
                      r"|\b(?:requires|involves|involving|requiring)\b[^.;,]{0,30}"  # "jobs involving lots of stooping"
                      r"|\b(?:worse|bad|painful|agony)(?: (?:for|by))?|\b(?:makes?|made|making) (?:\w+ )?"
                      r"|\b(?:prevents?|prevented|stops?|stopped|keeps?|kept) me (?:from )?(?:\w+,? ){0,3}?"
                      r"|\b(?:like|as if|as though) (?:i'd|i've|i have|i had|i just|you'd|you've|after|being|been|"
                      r"getting|i|someone)(?: \w+){0,2})\s*$")  # a simile: "like I've run a marathon", "like being"
_QUESTION = lazy(r"^(?:\w+ )?(?:any(?:one|1)?|does|do|did(?! (?:my|it|something|the same)\b)|could|can|is|are|would|"
                 r"should|has|have|will|what|why|how|might)\b[^?]*\?[?!.]*$")
_DUTY = lazy(r"^\s*(?:\w+ )?(?:duty|supervis\w*|marshal\w*|stewarding|refereeing|coaching the)\b")
# a game's gear handled is a lift, not the game: "lifting a kayak onto the roof rack", "carried my golf bag"
_HANDLED = lazy(r"\b(?:lift\w*|carr(?:y|ied|ying)|pick\w* up|load\w*|unload\w*|mov(?:e|ed|ing)|lug\w*|haul\w*|"
                r"drag\w*|push\w*|pull\w*|put\w*) (?:a |an |the |my |our |his |her )?(?:\w+ )?$")


_HABIT_NOW = lazy(r"\b(?:i|we) (?:lift|carry|run|play|train|swim|cycle|garden|bend|drive)\b")
# a game named for its gear: "reaching under the bed for my son's football boots"
_GEAR = lazy(r"^\s*(?:boots?|kit|bags?|shoes?|balls?|gear|rackets?|racquets?|nets?|goals?|cleats|pads|sticks?|"
             r"clubs?|trolley|shirts?|socks)\b")
_STRUCK = lazy(r"\b(?:on|over|onto|into|against)\s+$")  # what one trips on or falls over: an object
# a near-fall that still hit the body: "didn't really fall, just jolted down onto my heels"
_IMPACT = lazy(r"\b(?:landed|landing|jolt\w*|jarr\w*|thump\w*|came down hard|went down hard|"
                     r"(?:down )?onto my (?:heels|bum|backside|back|knees|side|coccyx|tailbone))\b")


def trigger_mentions(u: Utterance, asked: bool) -> tuple[tuple[int, int, str, Mention], ...]:
    """(clause index, offset, trigger, mention) for every trigger the text states; a fall or an
    accident counts on its own, other events only when the text ties them to the pain."""
    found = every_trigger_mention(u)
    if asked:
        return found
    if _linked(u, asked):  # a story: an activity counts where its sentence ties it to the pain
        return tuple(f for f in found if f[0] == -1 or tied_to_the_pain(u, sentence_index(u, f[3].clause)))
    return tuple(f for f in found if f[0] == -1)


@lru_cache(maxsize=4)
def every_trigger_mention(u: Utterance) -> tuple[tuple[int, int, str, Mention], ...]:
    """Every trigger mention, tied to the pain or not (read once per text: the trigger and the
    trauma screen both need them). Falls and accidents have clause index -1."""
    found: list[tuple[int, int, str, Mention]] = []
    order = {c: i for i, c in enumerate(u.clauses)}
    no_fall = {sentence_index(u, m.clause) for m in u.mentions(FALL) if denied(m)}
    guessed = guessed_sentences(u, sentence_index)
    for rank, (name, pattern) in enumerate((*FALL_OR_ACCIDENT, *TRIGGER_PATTERNS)):
        old = rank <= 1 and any(_EARLIER_ONE.search(m.before[-30:]) or _DATED_BACK.match(m.after)
                                for m in u.mentions(pattern))
        # the sentences right after an accident told as long ago, with no date of their own, tell the same one
        told_old = {sentence_index(u, m.clause) + 1 for m in u.mentions(pattern)
                    if name == "accident" and m.polarity == "pos" and not recent(m.clause)}
        for m in u.mentions(pattern):
            if old and _THAT_ONE.search(m.before[-20:]):
                continue  # "my previous car accident ... ever since that accident": the old one again
            if sentence_index(u, m.clause) in told_old \
                    and not _DATED_NOW.search(concepts.sentence_holding(u, m.clause)):
                continue  # "It goes back to a crash years ago. He went straight into me.": the same crash
            if not _own_event(m) or (rank > 1 and _QUESTION.match(concepts.sentence_holding(u, m.clause))):
                continue  # "anyone else get this from hunching over a laptop?" asks, it does not tell
            if rank > 1 and guessed and sentence_index(u, m.clause) in guessed:
                continue  # "I've been hunched over a laptop. Not sure if it's that.": a guess at the cause
            if name == "accident" and _HAD_AN.search(m.before) \
                    and _TOILET.search(concepts.sentence_holding(u, m.clause)):
                continue  # "needed a poo, had an accident at work": incontinence, not an injury
            if name == "fall" and sentence_index(u, m.clause) in no_fall \
                    and not _IMPACT.search(concepts.sentence_holding(u, m.clause)):
                continue  # "I missed a step but caught the banister and didn't fall" (a jolt still counts)
            if name in ("lifting", "twisting") and _BODY_OBJECT.match(m.after):  # "lifting my foot onto the step"
                continue  # "I can't lift my toes" is not lifting a load
            if name == "sleeping" and waking_is_a_time(u, m):
                continue  # "woke when the toddler cried", "woke, got up and went for a wee": a time, not how I slept
            if name == "bending" and _TO_LIFT.match(m.after):
                continue  # "bent to lift a paving slab": the lift is what set it off
            if name in ("sport", "exercise") and _HABIT.search(m.clause) and not u.has(LINK):
                continue
            if name == "sport" and (_HANDLED.search(m.before) or _GEAR.match(m.after)):
                continue
            if name in ("sport", "exercise") and _DUTY.match(m.after):
                continue  # "two days of bouncy castle duty": watching others play
            found.append((order[m.clause] if rank > 1 else -1, m.start, name, m))
    return tuple(sorted(found, key=lambda f: (f[0], f[1])))


def sentence_index(u: Utterance, clause: str) -> int:
    """Which sentence of the text the clause sits in (by its position)."""
    at = u.text.find(clause)
    return len(re.findall(r"[.!?]\s", u.text[:at])) if at >= 0 else -1
