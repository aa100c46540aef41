"""Where it hurts (location), how far it spreads (radiation), and one leg or both.

Radiation is the furthest point down the leg that pain, numbness or tingling reaches (clinical.md): a level word counts
after a symptom or a spreading word ("pain down my leg to the foot", "past my knee"); "down my leg" alone is ``leg``
(the engine asks how far); the whole leg reaches the foot; "5 foot 10" is no level; ``none`` only when it is denied.
"""

from __future__ import annotations

import re
from dataclasses import replace

from backchat.core.facts import ordered_locations
from backchat.core.understand import concepts
from backchat.core.understand.baseline import set_aside
from backchat.core.understand.lazy import lazy
from backchat.core.understand.legs import DENIED_AFTER, read_bilateral
from backchat.core.understand.legs import FINE as _FINE
from backchat.core.understand.lexicon import DISSOCIATED, hypothetical, recent
from backchat.core.understand.text import Mention, Utterance

__all__ = ["read_location", "read_radiation", "read_bilateral", "mentions_leg"]

# a side of the back (or of one buttock); the side of a leg is the leg's, not a place in the back
_SIDE_NOUN = (r"(?:hand )?(?:side|sided|buttock|bum|butt|cheek|glute|hip|lower|upper|part|half|portion|region|lumbar|"
              r"kidney|flank|"
              r"of my back|of (?:my|the) spine|neck|shoulder|shoulder ?blade)")
_LEVEL_WORD = r"(?:lower|low|upper|mid|middle)"
_NOT_BACK = r"(?:arm|leg|thigh|chest|abdomen|stomach|tummy|belly)\b"
"""After "upper right": a place that is not the back ("my upper right arm")."""
# "the left" said on its own, as in "lower back, the left, mostly"
_SIDE_ALONE = r"(?= *(?:[?,.;!]|$| one\b| side\b| hand side\b| mostly\b| mainly\b| more\b))"
_LEFT = lazy(rf"\bleft[- ]?{_SIDE_NOUN}\b|\bon (?:the|my) left\b"
             rf"|\bthe left of (?:my|the) (?:{_LEVEL_WORD} )?(?:back|spine)\b"
             rf"|\b(?:{_LEVEL_WORD}|bottom|top) left\b(?! {_NOT_BACK})"
             rf"|\bleft and right\b|\bleft or right\b|\blhs\b|\bthe left{_SIDE_ALONE}"
             r"|(?:^|, |\()left(?= *[.,;!]|$)")
_RIGHT = lazy(rf"\bright[- ]?{_SIDE_NOUN}\b|\bon (?:the|my) right\b"
              rf"|\bthe right of (?:my|the) (?:{_LEVEL_WORD} )?(?:back|spine)\b"
              rf"|\b(?:{_LEVEL_WORD}|bottom|top) right\b(?! {_NOT_BACK})"
              rf"|\bleft and right\b|\bright and left\b|\brhs\b|\bthe right{_SIDE_ALONE}"
              r"|(?:^|, |\()right(?= *[.,;!]|$)")
_LIMB_NEAR = lazy(r"\b(?:legs?|thighs?|knees?|calf|calves|shins?|ankles?|foot|feet|(?:tip)?toes?|heels?|"
                        r"arms?|hands?(?! side)|head|eyes?|groin|chest|stomach|tummy|belly|sciatic\w*)\b")
_FINE_SIDE = lazy(r"^(?: one| leg)?(?:'s| is| are| feels?)? (?:\w+ )?(?:fine|ok|okay|alright|normal)\b")
_AREA_FINE = lazy(r"(?: and (?:my )?\w+)? (?:(?:is|are|feels?|seems?|looks?|'s) (?:\w+ )?"
                  r"(?:fine|ok|okay|alright|normal)\b"
                  r"|(?:(?:is|are|'s) (?:\w+ )?(?:not|no longer)|isn't|aren't|doesn't|don't|hasn't been) "
                  r"(?!only|just)(?:\w+ )?(?:hurt\w*|ach\w*|sore|painful|bother\w*)\b"
                  # not "doesn't hurt when I sit", "isn't sore at rest", "not hurting as much": it still hurts
                  r"(?! (?:when|while|if|as|so|too|that|at|unless|except|until|much|nearly|during|after|before|on|"
                  r"in|with|till|for)\b))")
"""After a place: said to be fine or not hurting ("my lower back is finally not hurting, it's the upper back now")."""
_A_THING_FOR_IT = lazy(r"(?:/\w+)? (?:pain )?(?:specialist|clinic|surgeon|doctor|physio\w*|consultant|team|service|"
                       r"exercises?|stretches?|support|belt|brace|cushion|lumbar mri|mri|scan|x-?ray)s?\b")
"""After a place: a service or a thing named for it ("a lower back specialist", "a lumbar MRI"), not the pain."""
# done to a place ("squeeze your shoulder blades", "stretches to relax the lower back"): an exercise, not the pain
_SQUEEZED = lazy(r"\b(?:squeez|pinch|draw|retract|tuck)\w* (?:my |your |the |both )?$|\bto (?:relax|strengthen|stretch|"
                 r"loosen|mobilise|mobilize|support) (?:the |my )?(?:\w+ (?:in|of) (?:the |my )?)?$")
_BOTH_SIDES = lazy(r"\bleft and right sides?\b")
"""Both sides said as two sides ("both sides" adds no side: stories/README.md)."""
_AREA_WORD = r"(?:lower|low|middle|mid|upper|top)"
_AREAS = (
    ("lower", lazy(r"\b(?:lower|low|bottom of (?:my|the)|base of (?:my|the)) (?:back(?:ache)?|spine)\b"
                         r"|\blow (?:down )?(?:on|in|at|across) (?:the|my)\b|\blow (?:left|right)\b"
                         r"|(?<=left, )low(?= *[.,;!]|$)|(?<=right, )low(?= *[.,;!]|$)"
                         r"|\b(?:just )?(?:above|below|under|over|around|at|near|in line with) (?:my|the) "
                         r"(?:belt|waist\w*)\b"
                         r"|\b(?:just )?above (?:my|the) (?:hips?|bum|bottom|buttocks?|backside|butt)\b"
                         r"|\b(?:across|right at|at) the bottom\b(?! of)"
                         r"|\blumbar\b(?! (?:cushion|support|roll|pillow|belt|brace))|\bway down on my back"
                         r"|\bsmall of (?:my|the) back\b|\blower down\b|\blow down\b|\btail ?bone\b|\bcoccyx\b"
                         r"|\bl[1-5](?:/s1|/l[1-5])?\b|\blower (?:left|right)\b|\b(?:left|right) lower back\b"
                         rf"|\blower(?= (?:and|or|&) {_AREA_WORD}\b| ?/ ?{_AREA_WORD}\b)"
                         r"|\b(?:upper|middle|mid|top) (?:and|or|&|to) lower\b"
                         r"|\blower (?:side|half) of (?:my|the) back\b|\blowest (?:part of (?:my|the) )?back\b"
                         r"|\blower(?= *(?:[?,.;!]|$| (?:central|centre|center) back"
                         r"| part\b(?! of (?:my|the) (?:leg|arm|stomach|tummy|belly))"
                         r"| bit\b| region\b| area\b| end\b))")),
    ("middle", lazy(r"\bmid(?:dle)?[- ]?back\b|\b(?:middle|cent(?:re|er)|mid ?point) of (?:my|the) back\b"
                          r"|\bbra[- ](?:strap|clasp|hook|band|line)s?\b"
                          r"|\bbelow (?:my|the) (?:left |right )?shoulder ?blades?\b"  # just below: bra strap height
                          r"|\bmid(?:dle)? (?:left|right) (?:side of (?:my |the )?)?(?:back|spine)\b"
                          r"|\b(?:just )?(?:below|under|beneath) (?:my|the) ribs\b"
                          r"|\b(?:the )?bottom of (?:my|the) ribs\b"
                          r"|\bmid(?:dle)? (?:(?:of )?(?:my |the )?spine|part of (?:my|the) back)\b|\bthoracic\b"
                          r"|(?<!back )(?<!back, )(?<!back, right )(?<!back right )\b(?:in|at) the middle\b"
                          r"(?! of (?!(?:my|the) (?:back|spine))| low(?:er)? down)"
                          rf"|\b(?:middle|mid)(?= (?:and|or|&|to) {_AREA_WORD}\b| ?/ ?{_AREA_WORD}\b)"
                          r"|\b(?:lower|upper|low) (?:and|or|&|to) middle\b"
                          r"|(?<!the )(?<!lower )(?<!upper )(?<!lower back )(?<!low back )(?<!down )(?<!back, )\bmiddle"
                          r"(?= *(?:[?,.;!]|$| part\b(?! of (?:my|the) (?:leg|arm|night|day))| bit\b))")),
    ("upper", lazy(r"\bupper (?:back(?:ache)?|spine)\b"
                         r"|\bshoulder ?blades?\b"  # "just below the shoulder blades" too: upper and middle (safer)
                         r"|\b(?:upper|top) (?:left|right) (?:side of (?:my |the )?)?(?:back|spine)\b"
                         r"|(?<!on )\btop of (?:my|the) back\b(?! pain| ache| problem)"
                         r"|(?<=on )top of (?:my|the) back\b(?! pain| ache| problem| and)"  # on top of X and Y: besides
                         r"|\bbetween (?:my|the) shoulders\b"
                         rf"|\bupper(?= (?:and|or|&) {_AREA_WORD}\b| ?/ ?{_AREA_WORD}\b)"
                         r"|\b(?:lower|middle|mid|low) (?:and|or|&) upper\b")),
    ("neck", lazy(r"\bneck\b")),
)
_BUTTOCK = lazy(r"(?<!above my )(?<!above the )\b(?:buttocks?|bum|butt|glutes?|backside|arse|ass|"
                r"(?<!the )(?<!top to )bottom"  # "bottom right near the waistband" is a place on the back
                r"(?! of| rung| step| stair| drawer| shelf| of the| bunk| left\b| right\b))\b")
_LANDED_ON = lazy(r"\b(?:landed|fell|fall|falling|sat down hard|slipped)\b[^,.]{0,20}$"
                  r"|\b(?:bump\w*|came down|went down|slid|skid\w*|thud\w*)\b[^,.]{0,40}\b(?:on|onto) (?:my|the) $")
_SPREAD = lazy(
    r"\b(?:spread\w*|radiat\w*|shoot\w*|goes|going|go|went|travel\w*|runs?|running|(?<!low )(?<!lower )down|into|"
    r"to|through|referr?\w*|sciatica|moves?|extends?|reach\w*|past|beyond|as far as|further)\b"
)
_PAIN = lazy(r"\b(?:pain\w*|hurt\w*|ache\w*|aching|sore\w*|sciatica|burn\w*|shoot\w*|on fire|"
                   r"stab\w*|throb\w*|cramp\w*|twinge\w*|electric|sharp|agony|killing)\b")
_SENSATION = lazy(r"\b(?:numb(?!er)\w*|tingl\w*|pins and needles|weak\w*|dead|heavy|jelly|prickl\w*|lost feeling|"
                        r"no feeling|(?:can't|couldn't|cannot) lift|slaps?|drags?)\b")
# what reaches a level: pain, numbness or tingling (clinical.md); weakness or a foot that flops is no spread
_REACH = lazy(r"\b(?:numb(?!er)\w*|tingl\w*|pins and needles|dead|prickl\w*|lost feeling|no feeling|on fire)\b")
_LEVELS = (
    ("foot", lazy(r"\b(?:foot|feet|toes?|heels?|soles?|instep)\b")),
    ("below_knee", lazy(r"\b(?:calf|calves|shin|shins|ankles?|lower leg|below (?:my |the )?knee"
                              r"|from the knees? down|(?:past|beyond) (?:my |the )?knees?|under (?:my |the )?knee"
                              r"|all the way down)\b")),
    ("thigh", lazy(r"\b(?:thighs?|hamstrings?|knees?|upper legs?)\b")),
    ("buttock", _BUTTOCK),
)
_DOWN_LEG = lazy(r"\b(?:down|into) (?:the )?(?:back|front|side|outside|inside)s? of (?:my |the |both (?:my )?)?"
                 r"(?:left |right )?legs?\b"
                 r"|\b(?:pain|ache|aching|hurts?|sciatica) in (?:both|each|either) (?:of )?(?:my )?legs\b")
_STOPS_AT = lazy(r"\b(?:stops?|stopped|ends?|ended|only goes to|goes as far as)\s+(?:just\s+)?"
                 r"(?:at|above|before|short of)?\s*(?:the|my)\s+$")
_BEYOND = lazy(r"(?:past|beyond|all the way down|from the knees? down)\b")
_NOT_A_LEVEL = lazy(r"\b(?:on|off) (?:my|your|his|her|their) feet\b|\b\d+ (?:foot|feet)\b"
                          r"|\b(?:a couple of|a few|couple of|few|two|a|one) (?:foot|feet)\b|\bfoot or so\b"
                          r"|\b(?:get|gets|got|getting|jump\w*|rose|rise|rising|struggl\w*|stagger\w*|come|came|"
                          r"back|return\w*|help\w* me) to (?:my|your|his|her|their) feet\b|\bwithin (?:\w+ )?feet\b"
                          r"|\b(?:put|puts|putting|with|got) (?:my|your|his|her|their) feet up\b"
                          # feet set down or stood on: "set both feet down on the rug", "up onto my feet"
                          r"|\b(?:put|puts|putting|plant\w*|plac\w*|rest\w*|swung|swing\w*|pull\w*) (?:my|your|his|her"
                          r"|their|both|one) (?:foot|feet) (?:\w+ )?(?:on|onto|to|towards|into|over|out)\b"
                          r"|\b(?:up )?onto (?:my|your|his|her|their) feet\b|\b(?:step\w*|stand\w*|stood|land\w*|"
                          r"weight) (?:down )?on (?:my|the) (?:left |right )?(?:foot|feet|heel)\b"  # "step on my foot"
                          r"|\bfoot (?:\d|of)\b|\bknee[- ]to[- ]chest\b|\bfoot the bill\b|\bfor my knees\b"
                          r"|\b(?:nerves?|the one)\b(?: that| which)? (?:run|go|travel|extend)\w*\b[^.;]{0,70}"
                          r"|\b(?:on|onto) (?:my|his|her|their|both) (?:knees|heels|toes|tiptoes)\b"
                          r"|\bshin splints?\b|\bflat feet\b"
                          r"|\btouch\w* (?:my|your|the) toes\b"  # a reach: "I can still touch my toes"
                          r"|\b(?:hands and knees|knees and hands)\b|\bon(?:to)? one knee\b"
                          r"|\b(?:dropped|fell|sank|got down|went down) to (?:my|his|her|their) knees\b"
                          r"|\blike (?:when|if|after|you|your|someone)\b[^,.;]*"
                          r"|\bknees up\b|\binner thighs?\b|\binsides? of (?:my |the |both |of )*thighs\b"
                          r"|\bbetween (?:my|the) (?:legs|thighs|knees)\b|\bpillow (?:under|between) (?:my )?knees\b"
                          r"|\b(?:lift\w*|bend\w*) (?:\w+ )?(?:with|from) (?:my|your|the) (?:knees|legs)\b"
                          r"|\b(?:look\w*|check\w*) at (?:my|the) (?:left |right )?(?:ankle|knee|foot|heel|calf|shin)"
                          r"|\b(?:went|go\w*|gone) over on (?:my |it|the )?(?:left |right |bad )?(?:ankle|foot)?"
                          r"|\b(?:twisted|sprained|rolled|broke|broken|fractured) (?:my |the )?(?:left |right )?"
                          r"(?:ankle|knee|foot|toe|wrist)\b")
_LEG = lazy(r"\b(?:legs?|sciatica|thighs?|calf|calves|shins?|ankles?|foot|feet|knees?)\b")
_NO_SPREAD = lazy(
    r"\b(?<!not )(?:stays?|staying) (?:in )?(?:my |the )?(?:lower |low )?back\b"
    r"|\bno (?:leg pain|pain (?:in|down) (?:my |the )?legs?|sciatica)\b"
    r"|\bdoes(?:n't| not) (?:go|spread|radiate|travel|move|shoot|trail|run|extend)\b(?! away| off| on)"
    r"|\b(?:don't|do not|haven't) (?:have |got )?(?:any )?(?:other )?(?:pains?|numbness|tingling)"
    r"(?: or (?:pains?|numbness|tingling))? (?:in|down) (?:my |either )?legs?\b"
    r"|\bnot (?:going |spreading |radiating |shooting )?(?:down|into) (?:my |the |either )?legs?\b"
    r"|\bdoesn't go anywhere\b|\bnowhere else\b|\bit stays put\b|(?:n't|\bnot) (?:going|spreading) anywhere else\b"
    r"|\b(?:nothing|no pain|no ache) (?:\w+ )?(?:down|in|into) (?:my |the |either |both )?legs?\b"
    r"|\bno (?:leg|legs) (?:symptoms|pain|problems|issues|numbness|tingling)\b"
    r"|\b(?:only|just) in (?:my|the) (?:lower |low |upper |middle )?back\b"
    r"|\blegs? (?:is|are) (?:\w+ )?(?:fine|ok|okay|alright|normal)\b"
    r"|\b(?:just|only) (?:in )?(?:the |my )?(?:one )?(?:spot|place|area)\b"
    r"|\b(?:it's|its|it is|just|only|for now it's) (?:just |only |all )?local(?:ised|ized)?\b"
)


def read_location(u: Utterance) -> tuple[str, ...] | None:
    """Where the pain is; None when no place is named."""
    found: set[str] = set()
    aside = set_aside(u)  # "my shoulder blades are winging, but that's a separate thing": not where it hurts
    for name, pattern in _AREAS:
        if any(m.polarity not in ("neg", "other") and m.clause not in aside
               and not (_CENTRE.match(m.text) and _AREA_BEFORE.search(m.before))
               and not _AREA_FINE.match(m.after) and not _A_THING_FOR_IT.match(m.after)
               and not _SQUEEZED.search(m.before[-45:])  # "squeeze your shoulder blades together": an exercise
               and not (_LEVEL.match(m.text) and _DIAGNOSIS.search(m.clause))
               for m in u.mentions(pattern) if recent(m.clause) or _STILL.search(m.clause)):
            found.add(name)
    areas = set(found)
    for name, pattern in (("left", _LEFT), ("right", _RIGHT)):
        if any(m.polarity not in ("neg", "other") and m.clause not in aside and not _FINE_SIDE.match(m.after)
               and not _of_a_limb(m)
               and not _side_of_a_limb_before(u, m) and not _not_the_backs_side(u, m, bool(areas))
               for m in u.mentions(pattern)):
            found.add(name)
    if any(m.polarity not in ("neg", "other") for m in u.mentions(_BOTH_SIDES)):
        found.update(("left", "right"))
    sides = {a or b for a, b in _A_SIDE.findall(u.text)}
    if len(sides) == 1 and any(m.polarity == "pos" and re.search(r"\b(?:back|spine)\b", m.clause)
                               for m in u.mentions(_THAT_SIDE)):
        found.update(sides)  # "my left leg gave out ... lower back on that side has hurt": the leg's side
    if any(_buttock_pain(m, piece=True, only_place=not areas) for m in u.mentions(_BUTTOCK)):
        found.add("buttock")
    return ordered_locations(found) or None


# "a disc at L5", "MRI showed L4/5": a level in a diagnosis, not where it hurts now
_LEVEL = lazy(r"l[1-5]\b")
_DIAGNOSIS = lazy(r"\b(?:discs?|diagnos\w*|mri|scans?|x-?rays?|prolaps\w*|herniat\w*|bulg\w*|slipped|fusion|surgery|"
                  r"op|operation|\w+ectomy|degenerat\w*|arthritis|stenosis|showed|found)\b")
# "lie on my left side", "sleeping on my right side": a posture, not where it hurts
_POSTURE = lazy(r"\b(?:lie|lying|lay|laying|sleep\w*|slept|roll\w*|turn\w*|curl\w*|lean\w*)\s+(?:\w+\s+)?"
                r"(?:(?:on|onto)\s+(?:my|the|your)\s*)?$"
                r"|\b(?:roll\w*|turn\w*) (?:over )?from (?:my|the) (?:left|right)(?: side)? (?:to|onto) (?:my |the )?$"
                r"|\b(?:roll\w*|turn\w*) (?:over )?from (?:my|the) $")  # "rolled from one side onto the other"
# "..., had the same thing years ago": the history is compared, the spread is now
_SAME_AS_BEFORE = lazy(r"\b(?:had|got) (?:the same|something (?:like|similar)|similar)\b[^,.;]*|\blike i had [^,.;]*")
# "when I turn my head to the right", "leaning to the left": which way they move, not where it hurts
_TOWARDS = lazy(r"\b(?:turn|twist|lean|bend|look|rotat|reach|step|swivel|tilt)\w*\b(?: [\w']+){0,4} (?:to|towards)"
                r"(?: the| my)? ?$")
_A_SIDE = lazy(r"\b(left|right)(?= (?:hand side|side|leg|foot|buttock|bum|butt|hip|thigh|calf|knee|ankle|cheek|"
              r"glute)\b)|\bon (?:the|my) (left|right)\b")
_SKIN = lazy(r"\b(?:graz\w*|scraped|scratched|skinned|cut)\b")
_THAT_SIDE = lazy(r"\b(?:that|the same) side\b")  # "tingly in my right bum cheek, and my back on that side aches"
_SPREAD_TO = lazy(r"\b(?:into|down to|round to|across to|"
                  r"(?<!more )(?<!bit )(?<!slightly )(?<!mostly )(?<!mainly )(?:to|towards?))\s+(?:my|the)\s*$")
"""Where it spreads; "more towards my left side", "a bit to my right" say where in the back it is."""


def _not_the_backs_side(u: Utterance, m: Mention, areas: bool) -> bool:
    """True when the side is not the back pain's own: a numb part ("my right buttock tingles"), a posture, where the
    pain spreads ("into my right hip"; a buttock only when the back's place is said), or "right?" at the end."""
    if _POSTURE.search(m.before) or _TOWARDS.search(m.before):
        return True
    if re.search(r"\b(?:buttock|bum|butt|cheek|glute)\b", m.text):
        if areas and _SPREAD.search(m.before[-30:]) and not _FROM_OR_INTO.search(m.before):
            return True
    elif _SPREAD_TO.search(m.before) and not re.search(r"\b(?:back|spine)\b", m.text):
        return True
    if (m.clause.strip() == "right" or not m.after.strip()) and m.text.strip(" ,") == "right" \
            and re.search(r"\bright\s*\?|(?:^|[.!?]\s*)right,? (?:so|well|ok|okay|then)\b", u.text):
        return True  # "..., right?": a question tag; "Right, so ...": a way of starting
    if not m.before and m.text == "right" and _OPENING.match(u.text):
        return True  # "Right, background: I'm 35, ...": a way of starting
    piece = m.before.rsplit(",", 1)[-1] + m.text + _LINK.split(m.after.split(",", 1)[0], 1)[0]
    if _SKIN.search(piece) and not _PAIN.search(piece) and not re.search(r"\b(?:back|spine)\b", piece):
        return True  # "my left hip is grazed": a mark on the skin, not where the back hurts
    if re.match(r"\s*(?:back|spine)\b", m.after) or re.search(r"\b(?:back|spine)\b", m.text):
        return False  # "a dead patch on my upper left back": the back's own side
    return bool(_REACH.search(piece)) and not _PAIN.search(piece) and not _THAT_SIDE.search(u.text)


# "Right, background: ...", "Right, I'm 40 and ...": a way of starting, unless a place follows ("Right, low down")
_OPENING = lazy(r"right, (?!(?:and|just|mostly|mainly|more|low|lower|upper|mid|middle|top|bottom|side|back|spine|"
                r"buttock|bum|hip|leg|one|hand|the)\b)")
# what follows these is another happening ("a tingling patch on my right cheek since I hurt my back")
_LINK = lazy(r"\b(?:since|after|because|while|when)\b")
# "low down in the middle", "lower back, right in the middle": the centre of a level already named
_CENTRE = lazy(r"(?:in|at) the middle")
_AREA_BEFORE = lazy(r"\b(?:low|lower|upper|top|bottom)\b")
# a clause placed long ago still names where it hurts now when it says the pain goes on
_STILL = lazy(r"\b(?:since|still|ever since|on and off|now)\b")


def _of_a_limb(m: Mention) -> bool:
    """True when the side belongs to a leg, a foot or the head ("the back of my knee on the right")."""
    if re.search(r"\b(?:back|spine|buttock|bum|butt|cheek|hip|kidney|flank|neck|shoulder|blade|lower|upper)\b",
                 m.text):
        return False
    near = m.before[-30:].rsplit(",", 1)[-1] + " " + m.after[:20].split(",", 1)[0]
    return _LIMB_NEAR.search(near) is not None and not re.search(r"\b(?:back|spine)\b", near)


_PART = lazy(r"\b(?:back|spine|buttocks?|bum|cheek|glutes?|hips?|kidney|flank|neck|shoulders?|blades?|waist|"
             r"sciatic\w*|legs?|thighs?|knees?|calf|calves|shins?|ankles?|foot|feet|toes?|tiptoes|heels?|soles?|arms?|"
             r"hands?)\b")
_LIMB_PART = lazy(r"^(?:sciatic\w*|legs?|thighs?|knees?|calf|calves|shins?|ankles?|foot|feet|toes?|tiptoes|heels?|"
                  r"soles?|arms?|"
                  r"hands?)$")


def _side_of_a_limb_before(u: Utterance, m: Mention) -> bool:
    """True when a side said on its own belongs to the limb named just before it ("down my leg, the left one",
    "both my thighs, more on the left"), even across a comma that starts a new clause."""
    if re.search(r"\b(?:back|spine|buttock|bum|butt|cheek|glute|hip|kidney|flank|neck|shoulder|blade|lower|upper)\b",
                 m.text):
        return False
    before = m.before
    parts = list(_PART.finditer(before))
    if not parts:
        i = u.clauses.index(m.clause) if m.clause in u.clauses else 0
        parts = list(_PART.finditer(u.clauses[i - 1])) if i > 0 else []
    return bool(parts) and _LIMB_PART.match(parts[-1].group(0)) is not None


_FROM_OR_INTO = lazy(r"\bfrom (?:my |the |both )?(?:left |right )?$|(?<!goes )(?<!going )(?<!went )(?<!spreads )"
                     r"(?<!radiates )(?<!aches )(?<!shoots )(?<!travels )(?<!runs )\binto (?:my |the |both )?"
                     r"(?:left |right )?$")


def _buttock_pain(m: Mention, piece: bool = False, only_place: bool = False) -> bool:
    """True when the buttock is where the pain is (not where it spreads, a fall's landing or numbness);
    ``piece``: judged on its own comma piece ("tingling in my left buttock, and an ache low down");
    ``only_place``: no other place is named, so "it goes into my bum" is where it hurts."""
    if m.polarity == "neg" or _LANDED_ON.search(m.before):
        return False
    if _SPREAD.search(m.before[-30:]) and not _FROM_OR_INTO.search(m.before) and not (
            only_place and re.search(r"\binto (?:my |the |both )?(?:left |right )?$", m.before)):
        return False  # "it goes down to my bum" is where it spreads ("from my bum", "into the buttock" hurt there)
    said = m.before.rsplit(",", 1)[-1] + m.text + _LINK.split(m.after.split(",", 1)[0], 1)[0] if piece else m.clause
    return not (_SENSATION.search(said) or re.search(r"\bfeel\b", said)) or bool(_PAIN.search(said))


def read_radiation(u: Utterance, answering: bool = False) -> str | None:
    """The furthest level the pain spreads to, "none", or None when not said (``answering``: the
    text answers "how far does it spread?", so a level named alone is where it reaches: "my calf")."""
    order = ("none", "buttock", "leg", "thigh", "below_knee", "foot")
    aside = set_aside(u)
    if aside:  # "My feet go numb when I cycle, that's normal for me. The new problem is my lower back."
        kept = tuple(c for c in u.clauses if c not in aside) or ("",)
        u = replace(u, text=" . ".join(kept), clauses=kept)
    same_way = re.search(r"\b(?:pain|it) (?:goes|spreads|runs|does) (?:the same way|there too|as well)\b",
                         u.text) is not None
    best: str | None = None
    for clause in u.clauses:
        blocked = [(m.start(), m.end()) for m in _NOT_A_LEVEL.finditer(clause)]
        sub = Utterance(raw=clause, text=clause, clauses=(clause,))
        for name, pattern in _LEVELS:
            for m in sub.mentions(pattern):
                if m.polarity != "pos" or DENIED_AFTER.match(m.after) or any(s <= m.start < e for s, e in blocked):
                    continue
                if not (answering or _pain_reaches(m, same_way, buttock=name == "buttock")):
                    continue
                if not recent(_SAME_AS_BEFORE.sub(" ", clause)) or DISSOCIATED.search(clause) \
                        or hypothetical(m.before) or (not answering and _OWN_CAUSE.match(m.after)
                                                      and not re.search(r"\b(?:thought|assumed|blamed)\b", m.before)):
                    continue  # "my knee is sore from an old football injury, that's a separate thing"
                if name == "buttock" and _SENSATION.search(clause) and not re.search(
                        r"\b(?:left|right|one|a|my) (?:buttock|bum cheek|cheek|glute|side)\b|\bbuttock\b", clause):
                    continue  # "my bum feels numb": the saddle (read as a cauda equina sign), not one buttock
                if best is None or order.index(name) > order.index(best):
                    best = name
    if (best is None or best == "none") and any(_buttock_pain(m) and re.search(
            r"\b(?:left|right|one)\b", m.clause) for m in u.mentions(_BUTTOCK)):
        best = "buttock"  # pain in one buttock reaches it (stories/README.md)
    if best in (None, "none", "buttock") and any(m.polarity == "pos" and recent(m.clause)
                                                 for m in u.mentions(_DOWN_LEG)):
        best = "leg"  # "down the back of my leg", "pain in both my legs": the leg, level not said
    felt = tuple(re.sub(r"\bbetween (?:my|the|your) legs\b", "in the saddle", c)  # the saddle is not a leg
                 for c in u.clauses if not (_FINE.search(c) and not _PAIN.search(c))
                 and not (hypothetical(c) and _MAY.search(c))  # "I'm worried it might go down my leg"
                 and not (_WEAK.search(c) and not _PAIN.search(c) and not _REACH.search(c))) or ("",)
    whole = concepts.leg_spread(replace(u, text=" . ".join(felt), clauses=felt))  # not "fine in my legs"
    if whole is not None and (best is None or order.index(whole) > order.index(best)):
        best = whole
    if best is None and answering and any(m.polarity == "pos" for m in u.mentions(_SCIATICA)):
        best = "leg"  # "yes, sciatica" answers "does it spread down your leg?"; told in a story it names no leg
    if best is None and (_NO_SPREAD.search(u.text) or concepts.spread_denied(u)):
        return "none"
    return best


_SCIATICA = lazy(r"\bsciatica\b")
_ONE_CHEEK = lazy(r"\b(?:left|right|one)\b[^,.;]*$")
# "my calves ache from the new running shoes", "feet sore from standing all day": that part's own cause
_OWN_CAUSE = lazy(r"^(?:'s| is| are| feel| feels| have been| has been)?(?: \w+)?(?: \w+)?,? (?:from|because of|due to) "
                  r"(?!(?:my |the |a |your )?(?:lower |low |bad |left |right )?(?:back|spine|sciatica|discs?|nerves?|"
                  r"it|hips?|knees?|thighs?|waist|bum|buttocks?|groin|heels?|toes?|ankles?|calf|calves|shins?|feet|"
                  r"foot|top|bottom|side|front)\b)")
_WEAK = lazy(r"\bweak\w*|\bgiv\w* way\b|\bgave way\b")  # weakness is no spread of pain or numbness
_LISTED = lazy(r"^\s*(?:my |the )?(?:left |right )?(?:buttock|bum|hip|groin|thigh|knee)s? (?:and|&|then) "
               r"(?:down |into )?(?:the (?:back|front|side|outside|inside) of )?(?:my |the )?(?:left |right )?$")
_MAY = lazy(r"\b(?:might|may|could|will|would)\b|'ll\b")  # a fear of what may come ("worried it'll spread")


def _pain_reaches(m: Mention, same_way: bool, buttock: bool) -> bool:
    """True when pain, numbness or a spreading word is said of the level ("pain down to my calf",
    "the back of my left thigh has been sore", "my right buttock tingles")."""
    if buttock and _LANDED_ON.search(m.before):
        return False  # "came down hard on my bum": where they landed
    if _BEYOND.match(m.text) or _STOPS_AT.search(m.before):
        return True  # "past the knee", "all the way down", "it stops at the knee" say a spread by themselves
    after = m.after[:40].split(",", 1)[0]
    if (_PAIN.search(after) or _REACH.search(after)) and not _LANDED_ON.search(m.before):
        return True
    before = m.before
    own = before.rfind(", and ") + 1  # "the pain came down my leg, and my right knee has buckled": not the knee's pain
    pains = [x.end() for x in _PAIN.finditer(before) if x.start() >= own]
    feelings = [x.end() for x in _REACH.finditer(before)]
    spreads = [x.end() for x in _SPREAD.finditer(before)]
    if feelings and (not pains or max(feelings) > max(pains)):
        # numbness reaching a level counts; in the bottom only when one side's cheek is meant ("my left bum cheek")
        return not buttock or same_way or _ONE_CHEEK.search(before[-25:] + m.text) is not None
    if buttock:  # pain in one buttock reaches it (clinical.md); "landed on my bum" does not
        return (bool(spreads) and max(spreads) > len(before) - 30) or bool(pains)
    return bool(pains) or bool(spreads) and (
        max(spreads) > len(before) - 20 or _LISTED.match(before[max(spreads):]) is not None)  # "bum and my thigh"


def mentions_leg(u: Utterance) -> bool:
    """True when a leg (or part of one) is mentioned."""
    return u.has(_LEG)
