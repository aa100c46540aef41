"""Text preparation shared by the extractors: normalising, spelling, clauses, negation.

A :class:`Utterance` is the cleaned text split into clauses. Each extractor asks
:meth:`Utterance.mentions` for a pattern and gets back every match with its
polarity: ``pos`` (stated, hedges included: "maybe a bit of tingling"), ``neg``
(denied) or ``unsure`` ("not sure if ...").

Clauses end at sentence punctuation and at "but", "though", "however", so in "no
numbness but it tingles" the "no" does not reach "tingles". Inside a clause a
negation reaches at most eight words, and stops at a comma that starts a new
statement ("for no reason, goes into my bum") or at "and" before a new verb
("not eating much and lost weight"); it carries on through a list ("no numbness,
tingling or weakness").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from text_to_num import alpha2digit

from backchat.core.understand.lazy import Pattern, lazy
from backchat.core.understand.lemmas import lemma_text
from backchat.core.understand.lexicon import hypothetical, someone_else
from backchat.core.understand.spelling import fix_word

__all__ = ["MAX_CHARS", "Polarity", "Mention", "Utterance", "prepare", "normalise", "polarity",
           "has_letters"]

MAX_CHARS = 4000
"""Only this much of one utterance is read (bounded time on huge input)."""

MAX_CLAUSE = 300
"""Longer clauses are cut (no real clause is this long; it keeps the work per clause small)."""

Polarity = Literal["pos", "neg", "unsure", "other"]

_NEGATION = lazy(
    r"\b(no|not|never|without|none|nothing|neither|nor|don't|doesn't|didn't|haven't|"
    r"hasn't|hadn't|isn't|aren't|wasn't|weren't|won't|ain't|denies|deny|free of|nope|nah|"
    r"no longer|absence of|negative for|zero)\b"
)
_PSEUDO_NEGATION = lazy(
    # two negations make a yes: "I can't move without pain shooting into my legs" (first: "can't" is one below)
    r"\b(?:can't|cannot|couldn't|unable to|not able to|impossible to) (?:\w+ ){1,3}?without\b"
    r"|\b(not only|not just|no doubt|not sure|no idea|don't know|didn't know|no better|"
    r"not better|no relief|not eased|"
    r"can't|cannot|no position|not getting better|doesn't stop|won't stop|won't go|"
    r"doesn't go away|not going away|haven't been able|hasn't been able|not been able|not able|don't think it's|"
    r"not helping|no matter|doesn't matter|"
    r"don't matter|not comfortable|(?:for )?no (?:real |obvious |particular |apparent )?reason|"
    r"no idea (?:why|what|how)|nothing to do with|not long|not much better|"
    r"not (?:trying|dieting|on purpose|on (?:a|any) (?:\w+ ){0,2}diet)|without (?:trying|dieting|meaning to)"
    r"|(?:hard|difficult|impossible|tough) not to"  # "hard not to think the cancer is back": no denial
    # a treatment that did not work, in any tense: "the cushion didn't help my lower back pain"
    r"|(?:doesn't|don't|didn't|hasn't|haven't|hadn't|won't|wouldn't|isn't|wasn't|aren't|weren't) "
    r"(?:really |even |much )?"
    r"(?:help\w*|eas(?:e|ed|ing)|touch\w*|reliev\w*|do(?:ne)? (?:anything|much) (?:for|to))"
    r"|(?:does|do|did) nothing (?:for|to)|nothing (?:has |have )?(?:helped|helps|eased|eases|touches|touched))\b"
)
_CANT_FEEL_ANY = lazy(r"\b(?:can't|cannot|can not|couldn't) (?:really |actually )?(?:feel|notice)"
                      r"(?: any| any kind of| anything like)(?! (?:better|worse|different|relief|improvement)\b)"
                      r"(?: [\w-]+,?){0,3}\s*$")  # "can't feel any tingling or numbness in my legs"
_UNSURE = lazy(
    r"\b(not sure|unsure|no idea|don't know|dunno|not certain|can't tell|can't remember|"
    r"don't remember|hard to say|not that i know|not that i'm aware)\b"
)
_CLAUSE_BREAK = lazy(
    r"(?<!\d)\.|\.(?!\d)|[.;!?\n]{2,}|[;!?\n]+"
    r"|\s+[\u2013\u2014]\s+|\s*--+\s*|(?<=[a-z])-\s+(?=[a-z])"  # a dash between two statements ("leg – the")
    r"|\s*\b(?:but|though|although|however|except|whereas|apart from|other than)\b\s*"
    r"|,\s*(?=(?:and\s+)?(?:i|i'm|i've|i'd|my|it|it's|its|the|now|then|also|there|this|that|"
    r"that's|though|me|since|and now|so|plus)\b)"
    r"|\s+\band\b\s+(?=(?:i|i'm|i've|my|it|it's|now|then|also|there|this|that|that's|since|"
    r"the pain|pain|yes|yeah|no)\b)"
)
_WORD = lazy(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# a whole word of plain letters (not the "r" of "rückenschmerzen")
_ASCII_WORD = lazy(r"(?<![^\W_])[a-z][a-z']*(?![^\W_])")
_WEAK_AS_WEEK = lazy(
    r"\b(a|one|two|three|four|five|six|\d+|last|this|per|couple of|few) weaks?\b"
    # "a weak core", "this weak leg": weak, said of the body
    r"(?!\s+(?:and\s+)?(?:core|legs?|knees?|ankles?|foot|feet|toes?|bladder|back|muscles?|spine|grip|arms?|"
    r"hips?|side|pelvic|pelvis|stomach|abs|glutes?|bones?|spot|heart|chest|wrists?|hands?|immune|joints?|"
    r"link|point|pelvic|tummy|bum|buttocks?|thighs?|calf|calves|shoulders?|neck)\b)"
)
# a sign's word said figuratively: "cabin fever", "numb with boredom", "I feel numb about it", "weak at the knees",
# "the tablets kicked my butt", "the flu knocked me for six"
_FIGURATIVE = lazy(r"\b(?P<cabin>cabin fever)\b|\b(?P<pitch>fever pitch|fever of (?:excitement|anticipation))\b"
                   r"|\bnumb(?P<emotion>(?= (?:with|from) (?:boredom|shock|grief|worry|fear|the news|it all)\b)"
                   r"|(?<=(?:feel|felt) numb)(?= about\b)|(?<=feels numb)(?= about\b)|(?<=feeling numb)(?= about\b)"
                   r"|(?= about (?:the whole|it all|everything|all of (?:it|this))\b))"
                   r"|\b(?P<knees>weak at the knees)\b|\b(?P<hay>hay ?fever)\b|\b(?P<waiting>on pins and needles)\b"
                   r"|\b(?P<core>weak (?:core|stomach muscles|abs|glutes))\b"
                   r"|\b(?P<journey>legs? of the (?:journey|trip|drive|race|relay|tour|flight|walk))\b"
                   r"|\b(?P<zodiac>(?:i'm|i am|as) a cancer|typical cancer|cancer (?:star sign|sign|season))\b"
                   r"|\b(?P<chance>happy accident|by accident)\b|\b(?P<form>accident (?:form|book|report))\b"
                   r"|\b(?P<device>(?:laptop|computer|pc|phone|server|website|site|app|system|printer|tablet|"
                   r"software|stock market|market) (?:\w+ )?crash(?:ed|es|ing)?)\b"
                   r"|\b(?P<dozed>crash(?:ed|ing)? out)\b|\b(?P<quick>crash (?:course|diet))\b"
                   r"|\b(?P<gauge>(?:temperature|temp) (?:gauge|light|warning|sensor|dial|needle))\b"
                   r"|\b(?P<budget>(?:went|gone|going|go) into the red)\b"
                   r"|\b(?P<craze>(?:world cup|football|election|christmas|spring|gold|saturday night|disco|wedding|"
                   r"baby|holiday|exam) fever)\b"
                   r"|\b(?P<rush>(?:mad |frantic |wild )?feverish (?:rush|pace|haste|excitement)|"
                   r"(?:typ|work|writ|clean|pack|revis)\w* feverishly|"
                   r"feverishly (?:typ|work|writ|clean|pack|revis)\w*)\b"
                   r"|\b(?P<spine>shivers? (?:down|up) (?:my|the|your) spine)\b"
                   r"|\b(?P<stars>horoscope[^.]{0,40}?\bcancers?)\b"
                   r"|\b(?P<waver>blow(?:ing|s|n)? hot and cold)\b"
                   r"|\b(?P<beat>(?:kick(?:ed|ing|s)?|whupp?(?:ed|ing)?) (?:my|your) (?:butt|ass|arse|behind)|"
                   r"knock(?:ed|ing|s)? me (?:for six|sideways|for a loop))\b")
_PLAIN = {"cabin": "cabin restlessness", "pitch": "high pitch", "emotion": "flat", "knees": "smitten",
          "hay": "pollen allergy", "core": "untrained core", "journey": "parts of the journey",
          "zodiac": "a crab by star sign", "chance": "lucky chance", "form": "incident form", "device": "device froze",
          "dozed": "dozed off", "quick": "quick course", "gauge": "engine gauge", "budget": "went over budget",
          "craze": "craze", "rush": "frantic rush", "spine": "a thrill of fear", "stars": "horoscope crabs",
          "waver": "wavering", "beat": "wore me out", "waiting": "on edge"}
# a negation written out in full reads as its contraction, which every pattern knows: "I could not lift my
# foot", "I did not fall", "it does not go down my leg" ("cannot" is kept: the patterns know it too; "is not",
# "has not" and the like are kept, as patterns read "not eased by rest", "not had this before" in them)
_UNCONTRACTED = lazy(r"\b(could|would|should|did|does|do|must|need) not\b")
_WILL_NOT = lazy(r"\b(?:will not|wo not)\b")
_CAN_NOT = lazy(r"\bcan not\b")
# "I don't think I can feel ..." says "I can't feel ..." (the negation belongs to "can").
_NEG_RAISING = lazy(r"\b(?:i )?(?:don't|do not) think i can\b")
# a feeling said to be all but gone is a lost feeling: "I can barely feel the paper", "hardly felt my foot"
_BARELY_FEEL = lazy(r"\b(?:(can|could) (?:only )?|)(?:barely|hardly|scarcely) (?:feel|felt)\b")
# "fever? not really" / "numbness - no": the answer after an echoed topic denies it.
_ECHO = lazy(r"^(?P<topic>[a-z' ]{2,30}?)\s*(?:\?|:|-)\s*(?P<answer>no|nope|not really|none|"
                   r"not at all|never|nah)\b")
_SCOPE_WORDS = 8
# Words that open a new statement after a comma or "and" (a negation stops there).
_NEW_STATEMENT = lazy(
    r"^\s*(?:i|i'm|i've|i'd|it|it's|its|my|the|maybe|perhaps|but|goes|go|going|went|started|"
    r"just|only|so|now|then|yes|yeah|though|some|there|this|that|which|when|since|still|"
    r"probably|possibly|a bit|a little|more|lost|got|had|has|have|felt|feel|feels|been|was|is|"
    r"am|are|can|can't|could|keep|keeps|kept|comes|came|gets)\b"
)


def _strip_controls(text: str) -> str:
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat.startswith("C"):
            out.append("\n" if ch in "\n\r\u2028\u2029" else " ")
        else:
            out.append(ch)
    return "".join(out)


def has_letters(text: str) -> bool:
    """True when the text has at least one letter (in any script; not digits like "¹" or "Ⅻ")."""
    return any(unicodedata.category(ch).startswith("L") for ch in text[:MAX_CHARS])


_CLAPPED = lazy(r"(?<![\w'.])((?:[\w']+\. ){2,}[\w']+)\.")
"""One word a sentence, for emphasis: three or more such words are one phrase."""


def normalise(text: str) -> str:
    """Lower-case, plain-quote, control-free text with fixed spellings and digits for numbers."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    text = _strip_controls(text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"[ \t]+", " ", text).strip()
    text = _CLAPPED.sub(lambda m: m.group(1).replace(". ", " ") + ".", text)  # "fell. down. the. stairs."
    text = _ASCII_WORD.sub(lambda m: fix_word(m.group(0)), text)
    text = _WEAK_AS_WEEK.sub(lambda m: m.group(0).replace("weak", "week"), text)
    text = re.sub(r"\bpins\s*(?:&|\+|n|and)\s*needles\b", "pins and needles", text)
    text = _FIGURATIVE.sub(lambda m: _PLAIN[m.lastgroup or ""], text)
    text = _UNCONTRACTED.sub(r"\1n't", text)
    text = _WILL_NOT.sub("won't", _CAN_NOT.sub("can't", text))
    text = _NEG_RAISING.sub("i can't", text)
    text = _BARELY_FEEL.sub(lambda m: "can't feel" if m.group(1) == "can" else "couldn't feel", text)
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)  # 38,5 degrees
    try:
        text = alpha2digit(text, "en")
    except Exception:  # noqa: BLE001 - a third-party parser; the text is still usable as is
        pass
    return text


@dataclass(frozen=True)
class Mention:
    """One match of a pattern, with the clause it sits in and its polarity."""

    text: str
    clause: str
    polarity: Polarity
    start: int
    """Where the match starts in ``clause``."""

    @property
    def end(self) -> int:
        """Where the match ends in ``clause``."""
        return self.start + len(self.text)

    @property
    def before(self) -> str:
        """The clause up to the match."""
        return self.clause[:self.start]

    @property
    def after(self) -> str:
        """The clause after the match."""
        return self.clause[self.end:]


@dataclass(frozen=True)
class Utterance:
    """Prepared text: normalised, and split into clauses."""

    raw: str
    text: str
    clauses: tuple[str, ...]

    def mentions(self, pattern: Pattern) -> list[Mention]:
        """Every match of ``pattern`` with its polarity, in order."""
        return _mentions_in(self.clauses, pattern)

    def has(self, pattern: Pattern) -> bool:
        """True when the pattern matches anywhere."""
        return pattern.search(self.text) is not None

    @cached_property
    def roots(self) -> tuple[str, ...]:
        """The clauses with every word at its root ("i struggled to wee" → "i struggle to wee")."""
        return tuple(lemma_text(c) for c in self.clauses)

    def root_mentions(self, pattern: Pattern) -> list[Mention]:
        """Every match of ``pattern`` in the root form of the clauses, with its polarity."""
        return _mentions_in(self.roots, pattern)

    @property
    def words(self) -> list[str]:
        """The words of the text (in any script)."""
        return _WORD.findall(self.text)


_ENDS_ON_PRONOUN = lazy(r"\b(?:me|him|her|them|us|myself|anyone|anything)\s*$")
_OR_LIST = lazy(r"^\s*(?:[\w'-]+\s+){1,3}(?:or|nor)\s")


def _scope(clause: str, at: int) -> str:
    """The words before ``at`` in ``clause`` that a negation among them still reaches."""
    segments = clause[:at].split(",")
    kept = segments[-1]
    item = kept + clause[at:].split(",", 1)[0]  # the comma-separated item holding the match
    for seg in reversed(segments[:-1]):
        # carry on through a list ("no numbness, tingling or weakness"), not into a new statement, nor past a
        # part that ends on a pronoun ("my leg feels like it doesn't belong to me, heavy and weak")
        listed = len(item.split()) <= 3 or _OR_LIST.match(item)  # "..., tingling or weakness in my legs"
        if not listed or _NEW_STATEMENT.match(item) or _ENDS_ON_PRONOUN.search(seg):
            break
        kept = seg + "," + kept
        item = seg
    parts = re.split(r"\band\b(?! needles)", kept)
    tail = parts[-1]
    for part in reversed(parts[:-1]):
        probe = tail + clause[at:]
        if _NEW_STATEMENT.match(probe) or re.match(r"^\s*\w+ed\b", probe):
            break
        tail = part + "and" + tail
    words = tail.split()
    return " ".join(words[-_SCOPE_WORDS:]) if words else ""


def _mentions_in(clauses: tuple[str, ...], pattern: Pattern) -> list[Mention]:
    found: list[Mention] = []  # a plain loop: read for every pattern of every utterance, mostly finding nothing
    for clause in clauses:
        for m in pattern.finditer(clause):
            found.append(Mention(m.group(0), clause, _assert(clause, m.start()), m.start()))
    return found


def _assert(clause: str, at: int) -> Polarity:
    """``polarity``, or "other" when it is someone else's or only a possibility ("if I ever got ...")."""
    before = clause[:at]
    if someone_else(before) or hypothetical(before):
        return "other"
    return polarity(clause, at)


# A negation does not reach through these into what they introduce: "my GP didn't think it was linked
# to my cancer" still states the cancer; "might not realise I have lymphoma" still states the lymphoma; "my back
# hasn't been right since the fall" still states the fall.
_GOVERNED = lazy(r"\b(?:linked to|related to|connected to|caused by|due to|to do with|because of|since|"
                       r"(?:realise|realize|know|knew|notice|tell|told|think|thought|believe|mention\w*)(?: that)? "
                       r"(?:i|i've|i'd|i'm)(?: have| had| got)?)(?:\s|$)")


def polarity(clause: str, at: int) -> Polarity:
    """Whether what starts at ``at`` in ``clause`` is stated, denied or unsure."""
    window = _scope(clause, at)
    governed = list(_GOVERNED.finditer(window))
    if governed and _NEGATION.search(window[:governed[-1].start()]):
        window = window[governed[-1].end():]
    if _UNSURE.search(window):
        return "unsure"
    if _CANT_FEEL_ANY.search(window):
        return "neg"  # "I can't feel any numbness": "can't" here denies, unlike "can't feel my foot"
    cleaned = _PSEUDO_NEGATION.sub(" ", window)
    return "neg" if _NEGATION.search(cleaned) else "pos"


def _pieces(part: str) -> list[str]:
    """A clause longer than any real one cut at spaces (bounded work on run-on or junk text)."""
    out = []
    while len(part) > MAX_CLAUSE:
        cut = part.rfind(" ", 0, MAX_CLAUSE)
        cut = cut if cut > 0 else MAX_CLAUSE
        out.append(part[:cut])
        part = part[cut:].strip()
    out.append(part)
    return out


def _split(norm: str) -> list[str]:
    parts = [q for p in _CLAUSE_BREAK.split(norm) if p and p.strip(" ,") for q in _pieces(p.strip(" ,"))]
    out: list[str] = []
    for part in parts:
        echo = _ECHO.match(part)
        if echo:  # "fever? not really" -> "no fever"
            out.append(f"no {echo.group('topic').strip()}")
            rest = part[echo.end():].strip(" ,")
            if rest:
                out.append(rest)
            continue
        out.append(part)
    return out


def prepare(text: str) -> Utterance:
    """Normalise ``text`` and split it into clauses."""
    norm = normalise(text)
    # an echoed topic and its answer are split by the "?": join them again
    joined = re.sub(r"^([a-z' ]{2,30}?)\s*\?\s*(?=(?:no|nope|not really|none|not at all|never|nah)\b)",
                    r"\1 - ", norm)
    parts = _split(joined)
    return Utterance(raw=text, text=norm, clauses=tuple(parts) or ("",))
