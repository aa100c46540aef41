"""The other red-flag screens: weight loss, cancer history, immune system, chest pain, a lump, thin bones (night
pain is :mod:`backchat.core.understand.night`, re-exported here)."""

from __future__ import annotations

import re

from backchat.core.understand import chest, concepts
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import ACCOMPANIED, PARENT_NAMED_BARE, recent, someone_else
from backchat.core.understand.night import read_night_pain
from backchat.core.understand.symptoms import settle
from backchat.core.understand.text import Polarity, Utterance

__all__ = ["read_night_pain", "read_weight_loss", "read_cancer_history", "read_immune",
           "read_chest_pain", "read_back_lump", "read_fragile_bones"]

_WEIGHT = lazy(
    r"\b(?:lost (?:a (?:bit|lot|load|few \w+) of |some |loads of |so much |\w+ )?weight|"
    r"weight loss|losing weight|weight (?:i've|i have|i'd|i had) (?:lost|dropped|shed)|"
    r"(?:wedding |engagement )?rings? (?:\w+ )?(?:fell|falls|falling|keeps? falling|slipp\w*|slid\w*) off|"
    r"rings? (?:are|is|have been|has been) (?:so |really )?(?:loose|too big)|"
    r"weight(?:'s| is| has)? (?:just |been |really )*(?:dropped|dropping|gone down|"
    r"going down|fallen|falling|coming) ?(?:off)?|"
    r"(?:lost|(?:dropped|shed)(?! an? )) (?:(?:about|around|over|nearly|almost|roughly|more than|half|a|an|"
    r"\d+(?:\.\d+)?|a bit|a lot|one|two|few|couple of)\s*)+"
    r"(?:kg|kgs|kilos?|pounds|lbs?|stone|st)\b(?! (?:of|bag|sack|box|weight|load)\b)|"
    r"(?:clothes|jeans|trousers|skirts?|dress(?:es)?|belt|top|shirts?) "
    r"(?:are |is |keep |have been )?(?:looser|loose|hanging off|falling off|too big|dropping off|slipping off)|"
    r"(?:getting|gone|got|look|looking|looks) (?:so |really |very |a bit )?(?:thin|thinner|skinny|skinnier|gaunt)|"
    r"(?:dropped|down|gone down|went down) (?:a |one |two |three |\d+ )?(?:dress|jean|trouser|clothes|belt) sizes?|"
    r"(?:belt|jeans|trousers|clothes|dress) (?:has |have )?(?:gone|come) down (?:a |one |two |\d+ )?"
    r"(?:sizes?|notch\w*|holes?)|smaller (?:jeans|trousers|clothes|size|dress)|"
    r"wasting away|not eating and losing|(?:clothes|jeans|trousers) (?:are |keep )?(?:swamping|drowning) me|"
    r"\bdown (?:by )?(?:about |nearly |almost |over |around |roughly |more than )?(?:a|half a|a couple of|a few|"
    r"\d+(?:\.\d+)?|one|two|three) ?(?:kg|kgs|kilos?|pounds|lbs|stone)\b(?! (?:of|bag|sack|box|weight|load)\b)|"
    r"lost\b[^.,;]{0,30}?\b(?:\d+(?:\.\d+)?|a|half a) ?(?:kg|kgs|kilos?|pounds|lbs|stone)\b|"
    r"(?:\d+(?:\.\d+)?|a|half a|a few|a couple of) ?(?:kg|kgs|kilos?|pounds|lbs|stone) (?:lighter|down|less)\b|"
    r"(?:dropped|gone|went|come|fallen|fell) (?:down )?from (?:about |around |nearly )?\d+(?:\.\d+)? ?"
    r"(?:kg|kgs|kilos?|pounds|lbs|stone|st)?\b[^.;]{0,12}\bto (?:just |about |around )?(?:under |over |below )?\d)"
)
_ON_PURPOSE = lazy(
    r"\b(?:on purpose|diet\w*|trying to (?:lose|slim)|slimming|intentional\w*|meant to|"
    r"deliberate\w*|weight ?watchers|calorie\w*|keto|fasting|gym|training|running|"
    r"exercis\w*|healthy eating|eating better|eating clean|wanted to|plan\w*|goal|ozempic|wegovy|"
    r"mounjaro|gastric|since i (?:started|joined|stopped)|walking loads|couch to 5k|"
    r"(?:pleased|chuffed|happy|delighted|thrilled) (?:with|about)|which i'm (?:\w+ )?(?:pleased|chuffed|happy))\b"
)
_UNEXPLAINED = lazy(
    r"\b(?:without (?:trying|dieting|meaning to|doing anything|changing|any diet\w*|being on a diet)|"
    r"(?:haven't|hasn't|have not|wasn't|"
    r"weren't|not|never) (?:been )?(?:dieting|on (?:a|any) (?:\w+ ){0,2}diet|trying to lose)|not trying|"
    r"unexplain\w*|unintention\w*|(?:don't|do not|dont) know why|"
    r"for no (?:reason|apparent reason)|no idea why|not sure why|(?:haven't|have not) been trying|"
    r"wasn't trying|weren't trying|no reason|even though i'm eating|eating the same|"
    r"(?:didn't|haven't|did not|have not) change(?:d)? anything|not been eating|(?:no|lost my|poor) appetite|"
    r"(?:didn't|haven't|hasn't|did not|have not|without|not) (?:\w+ )?chang\w* (?:my (?:diet|eating|food)|what i eat|"
    r"how (?:much )?i eat)|"
    r"off my food)\b"
)
_SAME_WEIGHT = lazy(r"\b(?:weight|weigh) (?:is |has been |hasn't |has not |'s )?(?:the same|stable|steady|"
                    r"unchanged|changed|no different)\b(?!.*\b(?:lost|losing|dropped)\b)")
# a cause the speaker gives, or weight that came back: "lost weight with covid, but I've put it back on"
_EXPLAINED = lazy(
    r"\b(?:put (?:it|the weight|it all|most of it) back on|regained|gained it back|back to my (?:normal )?weight|"
    r"skipp\w* meals|(?:from|through|with|because of|due to|down to) (?:\w+ ){0,2}(?:stress|worry|worrying|grief|"
    r"eating badly|not eating properly|forgetting to eat|running around|rushing around|being so busy)\b|"
    r"(?:,|and|because|cos|as) (?:i'm |i am |i've been |been )?(?:not eating (?:properly|much|well)|off my food|"
    r"barely eating|hardly eating)\b|"  # "lost half a stone since the divorce, not eating properly"
    r"\bsince (?:the|my) (?:divorce|break-?up|separation|bereavement|funeral)\b|"
    r"(?:when|after|with|from|because of|due to|during) (?:i had |having |a |the |my )?(?:covid|flu|a bug|stomach bug|"
    r"sickness|norovirus|food poisoning|op|operation|surgery|pregnancy|breastfeeding)|"
    r"(?:had|caught|got) (?:covid|flu|the flu|a (?:stomach )?bug|norovirus|food poisoning)\b[^.]{0,40}\blost)\b"
)
_CANCER = lazy(
    r"\b(?:cancers?|tumou?rs?|chemo\w*|radiotherapy|radiation (?:therapy|treatment)|l(?:eu|ue)ka?emia|"
    r"lymphoma|myeloma|melanoma|carcinoma|sarcoma|malignan\w*|oncolog\w*|mastectomy|lumpectomy|hodgkin'?s?|herceptin|trastuzumab|tamoxifen|letrozole|anastrozole|exemestane|zoladex|enzalutamide|abiraterone|bicalutamide|"
    r"metasta\w*|secondaries|in remission|the big c)\b"
)
# "my grandad had bowel cancer ..., but I've never had it myself"
_NEVER_HAD_IT = lazy(r"\b(?:i've|i have|i|ive) (?:never|not|haven't|not ever) (?:had|got) (?:it|that|one)\b")
_RELATIVE = lazy(
    r"\b(?:my|her|his|our|their)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|sister|brother|wife|"
    r"husband|aunt|auntie|uncle|gran\w*|nan|nana|grandma|grandad|grandpa|friend|son|daughter|"
    r"partner|family|cousin|niece|nephew|boyfriend|girlfriend|neighbour|colleague|dog|cat|"
    r"parents?|pet|puppy|pup|kitten|horse|pony|labrador|lab|spaniel|collie|terrier|retriever|greyhound|"
    r"whippet|lurcher|staffie|poodle|rabbit)\b|\bruns in (?:the|my) family\b|\bfamily history\b|\b(?:the )?vets?\b"
    r"|" + PARENT_NAMED_BARE +  # "Mum has osteoporosis"
    # "a woman I work with ... it was cancer"
    r"|\b(?:a|one|some|another) (?:person|guy|man|woman|lady|girl|bloke|friend|colleague|neighbour) (?:i|we) "
    r"(?:know|knew|work with|worked with|met)\b"
)
_WHO = lazy(r"(?P<other>" + _RELATIVE.pattern + r"|\b(?:her|his|she|he)\b)|\b(?:i|i'm|i've|i'd|me|my)\b"
            r"(?! know| knew| work| met)|(?<!like )(?<!as )(?<!than )\bmine\b")


def _theirs_before(u: Utterance, clause: str) -> bool:
    """True when a clause with no one in it ("and it was cancer in the end") follows, in its sentence, words
    about someone else: the last person named before it is not the speaker."""
    if _WHO.search(clause):
        return False
    sentence = concepts.sentence_holding(u, clause)
    people = list(_WHO.finditer(sentence[:max(0, sentence.find(clause))]))
    return bool(people) and people[-1].group("other") is not None


_NOT_CANCER = lazy(r"\b(?:benign|not cancer|wasn't cancer|scare|screening|cancer (?:nurse|ward|unit|doctor|"
                         r"centre|center|hospital|specialist|support|clinic|team|charity|fundraiser|shop)|"
                         r"cancer research|charity|fun ?run|race for life|worried (?:it|about)|"
                         r"(?:sure|convinced|certain|paranoid|think|thought|terrified|scared|afraid) (?:that )?it's|"
                         r"cancer (?:risk|tests?|checks?)|ruled out|(?:suspect|suspected|feared|fearing|imagin)\w*|"
                         r"(?:tested|checked|screened|investigated|scanned|referred) (?:\w+ ){0,2}for)\b")
_IMMUNE = lazy(
    r"\b(?:immun\w*|immunosuppress\w*|hiv|aids|chemo\w*|"
    r"transplant\w*(?! (?:the|a|some|my|our|it|them)\b)|prednisol\w*|prednison\w*|"
    r"dexamethason\w*|hydrocortison\w* tablets|steroid(?:s)? (?:tablets?|pills?|every day|daily|"
    r"for (?:years|months|a long time))|(?:long[- ]term|daily|regular|oral) steroids?|"
    r"on steroids|take steroids|taking steroids|(?:on|taking) (?:a |an )?(?!short\b)(?:\w+ )?steroid "
    r"(?:treatment|medication|therapy|regime\w*)|methotrexate|azathioprine|ciclosporin|"
    r"cyclosporine|tacrolimus|mycophenolate|biologics?|humira|adalimumab|infliximab|"
    r"inject(?:ing|ed)? (?:drugs|heroin|myself)|iv drugs?|intravenous drugs?|heroin(?=[^.]{0,40}\binject)|"
    r"shoot(?:ing)? up(?! (?:my|the|into|through|to|from|and down|his|her|your)\b)|share(?:d)? needles|drug user|"
    r"spleen removed|no spleen|"
    r"spleen (?:was |got |been )*(?:taken out|out)|dialysis|"
    r"(?:(?<=i )|(?<=used to ))(?:still |also )?inject(?=\s*(?:[.,;!]|$|and\b|but\b|so\b|now\b|daily\b|every day\b))|"
    r"(?<=i was )injecting(?= (?:up ?)?(?:until|till|til|for|on and off|again|a lot|daily|every day))|"
    r"(?:i've|i have) been injecting(?! (?:insulin|my|the|it|a|hormones|b12|heparin))|"
    r"(?<=steroids )(?:i've|i have) (?:taken|had|been on)\b"
    r"(?= [^.]{0,25}\bfor (?:years|months|a long time|ages|decades|\d+ years)))"
)
_NO_STEROIDS = lazy(r"\b(?:not on (?:any )?|never (?:been )?on (?:any )?|no )(?:[\w']+ ){0,3}?(?:or )?steroids?\b")
_NOT_IMMUNE = lazy(r"\b(?:steroid (?:injection|jab|cream|ointment|inhaler|spray|nasal)|inhaler|cream|nasal spray|"
                   r"eye drops|(?:one|a) (?:steroid )?injection|immune to|immunis\w*|vaccin\w*|flu jab|booster|"
                   r"(?:hiv|aids) (?:test|check|screen)\w*[^.]{0,60}\b(?:negative|clear))\b")


def read_weight_loss(u: Utterance) -> bool | None:
    """Weight lost without trying (weight lost on purpose, or with an illness that explains it, is not this)."""
    pols: list[Polarity] = ["neg" for m in u.mentions(_SAME_WEIGHT) if m.polarity == "pos"]
    unexplained = _UNEXPLAINED.search(u.text) is not None
    for m in u.mentions(_WEIGHT):
        if m.polarity == "pos" and (_ON_PURPOSE.search(u.text) or _EXPLAINED.search(u.text)) and not unexplained:
            pols.append("neg")
            continue
        pols.append(m.polarity)
    return settle(pols)


def read_cancer_history(u: Utterance) -> bool | None:
    """The speaker's own cancer, now or in the past (a relative's is not this)."""
    pols: list[Polarity] = ["neg" for m in u.mentions(_NEVER_HAD_IT) if m.polarity == "pos" and u.has(_CANCER)]
    for m in u.mentions(_CANCER):
        if _RELATIVE.search(m.clause) or ACCOMPANIED.search(m.before) or _theirs_before(u, m.clause):
            continue  # "my dad's cancer", "driving him to radiotherapy every day", "my friend ... and it was cancer"
        unrelated = _NOT_CANCER.search(m.clause)
        if _POSSESSED.search(m.before) and (unrelated is None or unrelated.group(0).startswith("worried")):
            pols.append("pos")  # "my GP didn't think it was linked to my cancer": "my cancer" says there is one
            continue
        if unrelated:
            if re.search(r"\b(?:not|wasn't|isn't|never) (?:a )?cancer", unrelated.group(0) + " " + m.before[-12:]):
                pols.append("neg")  # "a harmless cyst, not cancer"
            continue
        pols.append(m.polarity)
    return settle(pols)


# "my cancer", "my breast cancer", "my lymphoma", "the lymphoma I had": the speaker's own, whatever the
# clause around it denies, doubts or fears ("wasn't worried that my lymphoma was back")
_POSSESSED = lazy(r"\bmy (?:old |previous |original |first )?(?:breast |bowel |prostate |lung |skin |bone |"
                  r"blood |thyroid |kidney |ovarian |cervical |testicular |stomach |throat )?$")
_ONGOING = lazy(r"\b(?:i'm on|i am on|i'm still on|on it|(?:i've|i have) been on\b(?=[^.]{0,40}\b(?:since|"
                r"for (?:years|months|ages|a long time|\d+ (?:years|months))|long[- ]term)\b)|"
                r"i take|i'm taking|taking|still|ever since|"
                      r"every day|daily|long[- ]term|currently|at the moment|nowadays|now)\b")
_DRUGS = lazy(r"inject|heroin|shoot|share|iv |intravenous|drug user")
_STOPPED_LATELY = lazy(r"\buntil (?:(?:a|one|two|three|four|five|six|few|couple of|\d+) (?:days?|weeks?|months?) ago|"
                       r"recently|last (?:week|month))\b|"
                       r"\b(?:stopped|quit|gave up|came off|clean|in recovery|relaps\w*)\b[^.]{0,25}\b"
                       r"(?:last (?:week|month)|"
                       r"(?:a|one|two|three|four|five|six|few|couple of|\d+) (?:days?|weeks?|months?) ago|"
                       r"this (?:year|month|week|spring|summer|autumn|fall|winter)|recently|"
                       r"since (?:january|february|march|april|may|june|july|august|"
                       r"september|october|november|december|the (?:spring|summer|autumn|winter)))")
_CHEMO_OVER = lazy(r"\b(?:finished|completed|ended|stopped|done with|came off|after|since) (?:my |the |a |all "
                   r"(?:my |the )?|(?:a |the )?(?:course|round|rounds|cycle|cycles) of )?$")


def read_immune(u: Utterance) -> bool | None:
    """A weakened immune system, long-term steroids, or injected drugs."""
    pols: list[Polarity] = ["neg" for m in u.mentions(_NO_STEROIDS) if m.polarity == "pos"]
    for m in u.mentions(_IMMUNE):
        if not recent(m.clause) and not _ONGOING.search(m.clause) and "spleen" not in m.text and not (
                _DRUGS.match(m.text) and _STOPPED_LATELY.search(concepts.sentence_holding(u, m.clause))):
            continue  # "had chemo 10 years ago" is not a weak immune system now ("used to inject, stopped in May" is)
        if m.text.startswith(("chemo", "radio")) and (_CHEMO_OVER.search(m.before) or ACCOMPANIED.search(m.before)):
            continue  # "chemo finished in 2019"; "I take her to chemo every Tuesday"
        theirs = _RELATIVE.search(m.clause) and someone_else(m.before)  # "my mum's on chemo", not "... and mine"
        if theirs or (m.polarity == "pos" and _NOT_IMMUNE.search(m.clause)
                      and not re.search(r"tablets?|daily|long[- ]term|every day", m.clause)):
            continue
        sentence = concepts.sentence_holding(u, m.clause)
        if m.text.startswith(("steroid", "predn", "dexa", "on steroid", "tak")) and _SHORT_COURSE.search(sentence) \
                and not _LONG_COURSE.search(sentence):
            continue  # "taking steroids for my asthma flare, a 5 day course": a short course (stories/README)
        if m.text.startswith("immun") and re.search(r"\b(?:fine|normal|ok|okay|good|strong|healthy)\b", m.after):
            pols.append("neg" if m.polarity == "pos" else m.polarity)  # "my immune system is fine"
            continue
        if m.text.startswith("immun") and not m.text.startswith("immunosup") and not re.search(
                r"\b(?:weak\w*|low|dampen\w*|poor|compromis\w*|suppress\w*|deficien\w*|problem\w*|"
                r"condition|disorder|lowered|reduced|bad|rubbish|terrible|not (?:good|great|strong)|shot|"
                r"knackered|useless)\b", m.clause):
            if m.polarity != "neg":
                continue
        pols.append(m.polarity)
    return settle(pols)


_SHORT_COURSE = lazy(r"\b(?:short|\d+[- ]day|(?:one|two|three|four|five|six|seven|ten)[- ]day|week[- ]?long|"
                     r"a week'?s?) (?:course|burst|dose|pack)\b|\bsteroid (?:burst|taper)\b"
                     r"|\bfor (?:a|one|two|three|[1-9]) (?:days?|weeks?)\b|\ba (?:cycle|course|round|burst) (?:of|or) "
                     r"(?:oral )?(?:steroids?|predni\w*)\b|\bmedicated\b[^.]{0,60}\bsteroids?\b")  # for this pain
_LONG_COURSE = lazy(r"\b(?:long[- ]term|for (?:years|months|ages|a long time|\d+ (?:years|months))|every day|daily)\b")
_LUMP = lazy(r"\b(?:lump|swelling|bump|mass|growth)\b(?! of\b)[^.]{0,40}\b(?:back(?! of (?:my |the )?(?:wrist|hand|"
             r"head|neck|knee|leg|thigh|calf|arm|ear|heel|ankle|throat))|spine)\b|\bno (?:lumps?|swelling)\b"
                   r"|\bnothing you can see or feel\b"
                   r"|\b(?:back|spine)\b[^.]{0,25}\b(?:lump|swelling|bump|changed shape|different shape)\b"
                   r"|\b(?:back|spine) (?:is |looks |has )?(?:gone |got |become )?(?:\w+ )?"
                   r"(?:curved|crooked|bent over)\b"
                   r"|\bchange in the shape of my back\b|\bshape of my back\b[^.]{0,20}\bdifferent\b"
                   r"|\b(?:back|spine|vertebra\w*|backbone)\b[^.]{0,30}\b(?:stick\w* out|stuck out|protrud\w*|"
                   r"pok\w* out)"
                   r"|\b(?:lump|swelling|bump|growth|mass|(?<!dis[ck] )bulge(?![^.,;]{0,25}\bdis[ck]))\b(?! of\b)"
                   r"[^.,;]{0,60}?\b(?:on|in|of|by|beside|near|along|"
                   r"over|above|below|under|next to|right of|left of) (?:my|the) (?:\w+ )?"
                   r"(?:back|spine|backbone|tailbone|shoulder ?blades?)\b(?! of\b)"
                   r"|\b(?:lump|swelling|bump|growth)\b[^.,;]{0,40}\b(?:just )?above my (?:bum|bottom|buttocks?|belt)\b"
                   r"|\bone side of my back (?:\w+ ){0,2}(?:higher|lower|sticks? out|bigger)\b"
                   r"|\b(?:spine|backbone) (?:looks?|looked|looking|seems?|seemed|is|was|has gone|went) (?:\w+ )?"
                   r"(?:different|odd|strange|funny|wonky|misshapen|uneven|out of line|crooked)\b"
                   r"|\b(?:back|spine)\b[^.]{0,25}\bcurv\w* (?:off |over |away )?(?:to (?:one|the|a) side|sideways)\b"
                   r"|\b(?:back|spine) (?:[\w']+ ){0,3}(?:bent|lean\w*|curv\w*|tilt\w*|twist\w*) (?:over )?to "
                   r"(?:one|the|a) side\b|\b(?:back|spine) (?:\w+ ){0,2}lopsided\b"
                   r"|\b(?:spine|backbone)\b[^.,;]{0,25}\bcurv\w* (?:more|further|worse)\b"
                   r"|\b(?:one|my (?:left|right)) shoulder(?:'s| is)? (?:now )?(?:higher|lower)\b"
                   # a new curve in the back: "noticed a curvature in my back that wasn't there before"
                   r"|\b(?:noticed|new|developed|got|appeared)\b[^.;]{0,25}\b(?:curve|curvature|kink|hump)\b"
                   r"(?: (?:in|at|to|on) (?:the (?:top|bottom|middle) of )?(?:my|by|the) (?:\w+ )?(?:back|spine)\b)"
                   r"|\b(?:curve|curvature|kink|hump) (?:in|at|on) (?:the (?:top|bottom|middle) of )?(?:my|by|the) "
                   r"(?:\w+ )?(?:back|spine)\b(?=[^.;]{0,40}\b(?:never|wasn't|not) (?:always )?(?:been )?there)")


def read_chest_pain(u: Utterance) -> bool | None:
    """Chest pain said alongside the back pain (now: "chest pains last year" is history)."""
    pols: list[Polarity] = [concepts.warned_of(u, m) or m.polarity for m in u.mentions(chest.CHEST)
                            if not _RELATIVE.search(m.clause) and recent(m.clause)]
    for m in u.mentions(chest.CHEST_THROUGH):
        if chest.CHEST_FINE.search(m.text):
            pols.append("neg" if m.polarity == "pos" else m.polarity)
        elif recent(m.clause):
            pols.append(m.polarity)
    pols += [m.polarity for m in u.mentions(chest.CHEST_STORY)
             if not _RELATIVE.search(m.before) and recent(m.clause) and m.polarity != "other"
             and (not chest.SOMEONE_ON.search(m.text) or chest.FELT.search(m.before[-30:] + " " + m.text))
             and (not chest.MOVED.match(m.text) or chest.MOVER.search(m.before + " " + m.text))]
    return settle(pols)


def read_back_lump(u: Utterance) -> bool | None:
    """A lump or swelling in the back, or a change in its shape ("no lump", "nothing you can see" deny it)."""
    pols: list[Polarity] = []
    for m in u.mentions(_LUMP):
        denial = m.text.startswith(("no ", "nothing")) or re.search(
            r"\b(?:nothing|no|not|isn't|doesn't|never)\b[^.]{0,12}\b(?:stick|stuck|protrud|pok|lean|bent|curv|"
            r"tilt|twist|lopsided)", m.text) is not None
        sentence = concepts.sentence_holding(u, m.clause)
        if m.polarity == "pos" and not denial and _KNOWN_LUMP.search(sentence) and not _NEW_LUMP.search(sentence):
            continue  # "a lump on my back for years, a lipoma the GP says": long known, not a change
        mine = re.search(r"\bmy (?:\w+ )?(?:back|spine|shoulder ?blade)\b", m.text)
        said = "pos" if m.polarity == "other" and mine else m.polarity
        pols.append(("neg" if said == "pos" else said) if denial else said)  # "my wife found a lump on my back"
    return settle(pols)


_NEW_LUMP = lazy(r"\b(?:new|newly|grow\w*|grew|bigger|changed|wasn't there|not there before)\b")
_KNOWN_LUMP = lazy(r"\b(?:(?:had|got|was|were|been) (?:\w+ ){0,3}(?:removed|cut out)"
                   r"|lipoma|cyst|mole|spot|pimple|boil|fatty lump|birthmark|"
                   r"for (?:years|ages|decades)|always (?:had|been there)|since (?:i was|birth|childhood))\b")


_BONES = lazy(r"\b(?:osteopo\w*|osteopenia|(?:thin|brittle|weak|fragile) bones|bone density|"
                    r"low bone (?:density|mass))\b")
_LONG_STEROIDS = lazy(r"\b(?:prednis\w*|dexamethason\w*|steroids? (?:tablets?|pills?|for good|for life|permanently)|"
                      r"(?:long[- ]term|daily|regular|oral) steroids?|on steroids|"
                      r"on (?:a |an )?(?!short\b)(?:\w+ )?steroid (?:treatment|medication|therapy|regime\w*))\b")


def read_fragile_bones(u: Utterance) -> bool | None:
    """Thin bones (osteoporosis) or long-term steroid tablets: a minor fall then counts (clinical.md)."""
    pols = [m.polarity for m in u.mentions(_BONES) if not _RELATIVE.search(m.before)]
    pols += [m.polarity for m in u.mentions(_LONG_STEROIDS) if not _RELATIVE.search(m.before)
             and not _NOT_IMMUNE.search(m.clause) and (recent(m.clause) or _ONGOING.search(m.clause))
             and not re.search(r"\bshort (?:course|burst)\b", m.clause)]
    return settle(pols)
