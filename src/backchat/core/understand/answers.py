"""Short answers: yes / no / not sure, commands, and text that is not an answer at all."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from backchat.core.understand.lazy import LazyPattern, lazy
from backchat.core.understand.text import MAX_CHARS, Utterance

__all__ = ["YesNo", "Command", "read_yes_no", "read_command", "is_hedged", "other_language",
           "about_back_pain", "answer_like"]

YesNo = Literal["yes", "no", "unknown"]
Command = Literal["help", "why", "repeat", "back", "restart", "quit", "sources"]

_UNKNOWN = lazy(
    r"^(?:i'?m |i am |i |honestly |really |truly |um+ |er+ |well |sorry |oh )*"
    r"(?:not (?:really |totally |100% )?sure|unsure|"
    r"(?:i )?(?:don't|do not|dont) know|dunno|no idea|not certain|can't (?:say|tell|remember)|"
    r"(?:i )?(?:can't|cannot|don't) remember|hard to say|maybe|possibly|perhaps|might (?:be|have)|"
    r"could be|who knows|i'?m not certain|not that i know of|no clue|i guess so|hmm+|"
    r"i have no idea|not a clue|"
    r"yes and no|(?:a )?bit of both|half and half|(?:it )?varies|on and off|off and on|(?:it )?comes and goes|"
    r"up and down|(?:it )?depends|meh|so[- ]so)\b"  # mixed: neither a yes nor a no, so never a lower level
)
_YES = lazy(
    r"^(?:oh |um+ |er+ |well |so |ah |actually )*(?:yes|yeah|yep|yup|yea|aye|ya|yah|sure|"
    r"correct|right|true|definitely|absolutely|certainly|indeed|affirmative|uh[- ]?huh|mm[- ]?hmm|"
    r"(?:i do|i have|i did|i am|it does|it is|it did|it has|they do|they are)(?=[\s.!]*$|\s*,)|i think so|"
    r"i believe so|probably|kind of|kinda|sort of|a (?:bit|little)|a little bit|somewhat|slightly|marginally|"
    r"sometimes|occasionally|now and then|afraid so|unfortunately|that's right|that is right|"
    r"(?:yes|yeah) (?:it|i|they) (?:is|do|does|have|has|did|am|are))\b"
)
_NO = lazy(
    r"^(?:oh |um+ |er+ |well |so |ah |actually )*(?:no|nope|nah|nay|never|none|nothing|"
    r"not (?:really|at all|that i(?:'ve)? (?:noticed|know))|negative|i don't|i do not|i haven't|"
    r"i have not|i didn't|i did not|it doesn't|it does not|it hasn't|it isn't|it's not|"
    r"they don't|i'm not|i am not|not me|no way|nothing like that|definitely not|"
    r"certainly not|absolutely not|don't think so|i don't think so|not as far as i know|"
    r"all fine|all good|fine|nothing of the sort|neither|nor|(?:probably|maybe|perhaps|possibly) not|"
    r"i doubt it|doubt it|hardly|not that i've noticed)\b"
)
_HEDGES = lazy(
    r"\b(?:i think|think so|probably|kind of|kinda|sort of|a bit|a little|not really|maybe|"
    r"i guess|somewhat|sometimes|i believe|i suppose|not that i|slightly|not much|about the same|if anything|"
    r"marginally|hardly|barely)\b"
)
_ANSWER_WORDS = lazy(
    r"\b(?:much|slightly|bit|little|same|worse|better|more|less|sometimes|often|always|never|rarely|mostly|"
    r"mainly|kind|sort|maybe|perhaps|probably|think|guess|suppose|hardly|barely|somewhat|marginally|quite|"
    r"very|really|definitely|anything|nothing|none|yes|no|not|sure|dunno|idea|easier|harder|improving|"
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|half)\b"
)
_COMMANDS: tuple[tuple[Command, LazyPattern], ...] = (
    ("why", lazy(r"^(?:but )?why\b(?:(?: do| are| would| did)? you(?: need to)?(?: ask"
                       r"(?:ing)?| want to know| need to know| need that| ask that))?"
                       r"(?: that| this| it| about that| for)?(?: question)?$"
                       r"|^what(?:'s| is) (?:that|this) (?:for|about)$|^why is that (?:important|relevant)$"
                       r"|^why does (?:that|it) matter$|^why do you want to know$")),
    ("help", lazy(r"^(?:help|help me|what can i say|what do i say|how does this work|"
                        r"what should i say|options|commands|instructions|i need help|"
                        r"can you help|help please|please help|\?+)$")),
    ("repeat", lazy(r"^(?:repeat|repeat that|repeat the question|again|say (?:that|it) again|"
                          r"pardon|what|what\?|sorry|sorry\?|come again|eh|huh|"
                          r"(?:can|could) you (?:repeat|say) (?:that|it)(?: again)?|"
                          r"i didn't (?:catch|hear|get|understand) (?:that|it|the question)|"
                          r"what did you (?:say|ask)|what was the question|one more time)$")),
    ("back", lazy(r"^(?:back|go back|undo|undo that|previous|previous question|go back one|"
                        r"back up|scratch that|last question|i made a mistake|wrong answer|"
                        r"take that back|oops|go back a step|step back)$")),
    ("restart", lazy(r"^(?:restart|start again|start over|begin again|from the (?:start|top|"
                           r"beginning)|reset|new intake|let's start again|can we start again|"
                           r"start from scratch|start from the beginning)$")),
    ("sources", lazy(r"^(?:sources?|references?|show (?:me )?(?:the )?sources|"
                           r"where does (?:this|that|it) come from|what are your sources)$")),
    ("quit", lazy(r"^(?:quit|exit|stop|bye|goodbye|good bye|end|cancel|close|i'm done|"
                        r"i want to stop|leave|that's all|finish|stop now|q|:q)$")),
)
_DOMAIN = lazy(
    r"\b(?:back|spine|pain\w*|hurt\w*|ach\w*|sore\w*|leg|legs|numb\w*|tingl\w*|bladder|bowel\w*|"
    r"pee|wee|fever|temperature|hip|buttock|bum|sciatica|neck|shoulder\w*|knee|foot|feet|toes|"
    r"thigh|calf|lift\w*|bend\w*|twist\w*|fell|fall|accident|stiff\w*|spasm\w*|weak\w*|"
    r"days?|weeks?|months?|years?|night|sleep\w*|weight|cancer|steroid\w*|doctor|gp|physio\w*|"
    r"old|age|\d+|since|ago|fortnight|summer|spring|autumn|winter|christmas|easter|weekend|yesterday|today|"
    r"tonight|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"came on|started|began|happened|all over|everywhere|side|middle|top|bottom)\b"
)
_FOREIGN = lazy(
    r"\b(?:el|la|los|las|mi|me|duele|espalda|dolor|tengo|que|por|muy|le|les|des|est|j'ai|mal|au|"
    r"dos|je|der|die|das|und|ich|nicht|habe|rücken|schmerzen|mein|il|di|della|schiena|"
    r"pierna|jambe|bein|o|não|costas|dor|perna|ho|mio)\b"
)


def read_yes_no(u: Utterance) -> YesNo | None:
    """yes, no or unknown when the answer starts with one, else None."""
    text = u.text.strip(" .!,")
    if _UNKNOWN.match(text):
        return "unknown"
    if _NO.match(text):
        return "no"
    if _YES.match(text):
        return "yes"
    return None


def is_hedged(u: Utterance) -> bool:
    """True when the answer carries a hedge ("I think so", "kind of", "not really")."""
    return _HEDGES.search(u.text) is not None


def read_command(u: Utterance) -> Command | None:
    """A command said on its own ("go back", "why do you ask?"), else None."""
    text = re.sub(r"\b(?:please|can we|could we|can you|could you|just|ok|okay)\b", " ", u.text)
    text = re.sub(r"\s+", " ", text).strip(" .!,?")
    if not text and u.text.strip() in ("?", "??"):
        return "help"
    for name, pattern in _COMMANDS:
        if pattern.match(text) or pattern.match(u.text.strip(" .!,?")) or pattern.match(u.text.strip(" .!,")):
            return name
    return None


def other_language(u: Utterance) -> bool:
    """True when the text looks like it is not English."""
    letters = [c for c in u.raw[:MAX_CHARS] if c.isalpha()]
    if letters:
        non_latin = sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN"))
        if non_latin / len(letters) > 0.5:
            return True
    words = u.words
    if len(words) >= 3:
        foreign = len(_FOREIGN.findall(u.text))
        return foreign / len(words) >= 0.4 and _DOMAIN.search(u.text) is None
    return False


def answer_like(u: Utterance) -> bool:
    """True for a short reply made of the words of answers ("not much", "slightly", "worse if anything")."""
    return len(u.words) <= 8 and _ANSWER_WORDS.search(u.text) is not None


def about_back_pain(u: Utterance) -> bool:
    """True when the text uses any word about the body, pain or time."""
    return _DOMAIN.search(u.text) is not None
