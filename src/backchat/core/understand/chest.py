"""The words of the chest-pain screen (read by :func:`screens.read_chest_pain`): chest pain said
alongside the back pain, told plainly ("chest pains", "an ache in my breastbone") or as a story
("it went right through to my chest", "like someone sitting on my chest")."""

from __future__ import annotations

from backchat.core.understand.lazy import lazy

__all__ = ["CHEST", "CHEST_THROUGH", "CHEST_STORY", "SOMEONE_ON", "FELT", "CHEST_FINE", "MOVED", "MOVER"]

CHEST = lazy(r"\b(?:chest (?:pain|pains|tightness|pressure|hurts|is tight)|"
             r"(?:pain|pains|ache|aching|discomfort|pressure|burning|soreness|tightness|squeezing|heaviness) "
             r"(?:\w+ ){0,3}?(?:in|on|behind|across) (?:the (?:front|middle|centre|center|left|right)(?: side)? of )?"
             r"(?:my|the) "
             r"(?:chest(?! of drawers| freezer| infection)|sternum|breastbone|breast bone)|"
             r"(?:sternum|breastbone|breast bone) (?:pain|ache|aches|hurts|is sore|was sore)|"
                    r"chest (?:feels|felt|is|was|gets|got|get|goes|go|went|getting|going|feeling|has gone|had gone|"
                    r"'s gone|has got|"
                    r"has been|had been|'s been) (?:really |very |a bit |so |all )?"
                    r"(?:tight|heavy|crushed|squeezed|painful|sore)|tightness in (?:my|the) chest|"
                    r"(?:tight|crushing|heavy) chest|heart attack|angina)\b")
CHEST_THROUGH = lazy(
    r"\b(?:pain\w*|ache\w*|hurt\w*|tight\w*|pressure|ripping|tearing|burning|crushing|stabbing|goes|going|went|"
    r"shoot\w*|radiat\w*|spread\w*)\b[^.]{0,40}\b(?:to|into|through|across|in|round|over) (?:to )?"
    r"(?:the (?:front|middle|centre|center|left|right)(?: side)? of )?(?:my|the) chest\b"
    r"|\bchest\b[^.]{0,25}\b(?:into|to|through) (?:to )?(?:my|the) back\b"
    r"|\bchest (?:is|feels) (?:fine|ok|okay|normal|alright)\b|\bnothing in my chest\b")
_MOVING = (r"(?:go|goes|going|gone|went|come|comes|came|coming|spread\w*|radiat\w*|shoot\w*|shot|travel\w*|mov\w*|"
           r"wrap\w*|seep\w*|bor\w*)")  # what carries a pain to the chest
# chest pain told another way: "it went right through to my chest", "like someone sitting on my chest",
# "a tight band across my chest"; not a chest of drawers or a chest infection
CHEST_STORY = lazy(
    r"\b" + _MOVING + r"\b[^.,;]{0,25}\b(?:to|into|through|across|round|around) (?:to )?"
    r"(?:the (?:front|middle|centre|center) of )?(?:my|the) chest\b(?! of drawers| freezer| infection)"
    r"|\b(?:weight|pressure|elephant|someone|somebody|something|band|vice|vise|brick)\b[^.,;]{0,25}"
    r"\b(?:on|across|round|around|over|in|squeez\w*|crush\w*) (?:my|the) chest\b(?! of drawers| freezer)"
    r"|\bchest\b[^.,;]{0,30}\b(?:weight|elephant|someone|somebody|something|brick)\b[^.,;]{0,15}"
    r"\b(?:sitting|sat|standing|stood|pressing|pushing|crushing|squeezing|squashing|lying|kneeling) on it\b"
    r"|\b(?:sitting|sat|standing|stood|pressing|pushing|crushing|squeezing|squashing|lying|kneeling) on (?:my|the) "
    r"chest\b(?! of drawers| freezer)"
    r"|\b(?:tight|heavy|crushing|squeezing) (?:band|feeling|weight|pressure)\b[^.,;]{0,15}\b(?:across|round|around|"
    r"in|on|over) (?:my|the) chest\b")
# a weight or someone on the chest is chest pain only as a feeling ("felt like someone sitting on my chest"),
# not a toddler who sat on it
SOMEONE_ON = lazy(r"\b(?:someone|somebody|something|sitting|sat|standing|stood|elephant|brick|kneeling|lying)\b")
FELT = lazy(r"\b(?:like|as if|as though|felt|feels|feel|feeling)\b")
CHEST_FINE = lazy(r"\bchest (?:is|feels) (?:fine|ok|okay|normal|alright)\b|\bnothing in my chest\b")
# what went to the chest is the pain ("it went right through to my chest", "the ache moved round to my chest"), not
# what a surgeon moved ("they moved muscle from my back to my chest")
MOVED = lazy(_MOVING + r"\b")
MOVER = lazy(r"\b(?:it|it's|pain\w*|ache\w*|aching|hurt\w*|burning|tight\w*|pressure|sensation|feeling|sciatica|"
             r"twinge\w*|spasm\w*|stabbing|sharp|throb\w*|sore\w*|band)\b(?![^.,;]{0,40}\b(?:muscle|tissue|skin|flap|fat|"
             r"implant|lymph)\b)")
