"""The words of the bladder and bowel sign, matched on word roots like every concept in :mod:`concepts`:
control, feeling, starting or emptying said with other verbs or modals ("struggled to wee", "I don't seem to know
when my bladder's full", "no real sensation when I need to go")."""

from __future__ import annotations

from backchat.core.understand.lexicon import HELD_IT, TRIP_TO_PEE

__all__ = ["BLADDER"]

BLADDER = (
    r"\b(?:struggle|strain|can't|cannot|couldn't|unable|difficulty|trouble|hard|problem|"
    r"(?:not|haven't|hasn't|never|barely|hardly) (?:been |be )?able)\b"
    r"[^.]{0,18}\b(?:wee|pee|urinate|pass (?:water|urine)|empty (?:my )?bladder|start (?:the )?"
    r"(?:flow|stream|wee|pee))\b"
    r"|\b(?:lose|no|lack of|poor) control (?:of|over) (?:my )?(?:bladder|bowel|wee|pee|toilet)\w*"
    r"|\b(?:wet|pee|wee|soil|poo) (?:myself|the bed)\b|\bmess\w* myself\b(?! up)"
    r"|\bleak (?:urine|wee|pee|a bit|a little)\b"
    r"|\b(?:didn't|couldn't|can't|don't|not|cannot|(?:not|haven't|hasn't|never) (?:been |be )?able to|unable to)"
    r" (?:seem to |really |even |always |properly )?(?:feel|notice|know|tell|sense) (?:when|if|that) "
    r"(?:i|my bladder|my bowels?)(?:'s|'re)? (?:(?:is|are|gets?|getting) )?(?:need|have|be|was|is|am|fill|full)\w*"
    r"|\b(?:no |(?:lost|lose) (?:the |all |my )?|without (?:any |the )?)(?:real |proper )?"
    r"(?:sensation|feeling|feel|urge)s? (?:of |when |that |if )?i (?:need|want|have)\w* "
    r"(?:to go|to (?:wee|pee|poo)|a (?:wee|pee|poo)|the (?:toilet|loo))"
    r"|\b(?:didn't|couldn't|can't|don't|not|cannot|never) (?:even |really |properly )?"
    r"(?:feel|notice|know|realis\w*|realiz\w*) (?:(?:when|if|that) )?i (?:need|want)\w* "
    r"(?:to go|to (?:wee|pee|poo)|a (?:wee|pee|poo)|the (?:toilet|loo))\b"
    r"|\b(?:can't|cannot|couldn't|unable to|not (?:being |been )?able to) (?:hold|control) "
    rf"(?:{HELD_IT}|my bladder|my bowel|my wee|my pee)\b"
    r"|\b(?:toilet|loo|bathroom|wee|pee|bladder)\b[^.]{0,40}\b(?:can't|cannot|couldn't|unable to) hold it\b"
    r"|\b(?:trouble|difficulty|problem|struggle|hard|issue)\w* (?:with )?(?:control\w* )?(?:my )?(?:bladder|bowel)"
    r"|\b(?:can't|cannot|couldn't|could not) tell (?:if|when|whether) (?:i'd|i had|i've|i have|i was|i am)"
    r" (?:finish|done|empty)\w*|\b(?:can't|cannot|couldn't) feel (?:when|if) (?:my )?(?:bladder|bowel)"
    r"|\bbladder (?:\w+ )?(?:feel|be|is|was) full\b[^.]{0,30}\b(?:can't|couldn't|cannot) (?:go|pass|wee|pee)"
    r"|\b(?:can't|couldn't|cannot) pass (?:urine|water)\b"
    rf"|{TRIP_TO_PEE}\b(?:wee(?:ing|s)?|pee(?:ing|s)?|urinat\w*) (?:\w+ ){{0,4}}(?:difficult|hard|harder|"
    r"a struggle|tricky)\b"  # not "a week sleeping on a hard bed"
    r"|\bbladder (?:\w+ ){0,2}(?:doesn't|does not|don't|won't|never|isn't|not) (?:\w+ ){0,3}?"
    r"(?:empty|empties|emptying)(?: properly| fully| completely)?\b"
    r"|\baccident (?:with|in) (?:my )?(?:bowel|bladder|pant|underwear|knicker)"
    r"|\b(?:didn't|couldn't|don't|can't|cannot|not|never|won't) (?:always |quite )?(?:make|get) it to the "
    r"(?:toilet|loo|bathroom|lavatory)\b"
    r"|\b(?:push|strain|force)\w* (?:\w+ ){0,2}(?:to )?(?:get|start) (?:my |the |a )?"
    r"(?:wee|pee|flow|stream|urine)\b"
    r"|\b(?:wee|pee|urine|flow|stream)\b[^.]{0,30}\b(?:dribs and drabs|take (?:age|forever|a long time|minute|"
    r"a while) to (?:start|get go|come)|(?:won't|will not|wouldn't|would not) (?:\w+ )?(?:come|start|flow))"
    r"|\b(?:can't|couldn't|cannot|could not|not able to) feel (?:whether|if|when|that )?\s*(?:anything|any wee|"
    r"the wee|it|i)\b[^.]{0,15}\b(?:come|go|pass|pee|wee)\w*"
)
