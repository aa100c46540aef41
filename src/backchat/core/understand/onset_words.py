"""How an onset is worded: the words of a sudden start ("my back went", "felt a pop") and of a gradual one
("crept up", "built up over the weeks"). Split out of :mod:`backchat.core.understand.events`."""

from __future__ import annotations

from backchat.core.understand.lazy import lazy

__all__ = ["SUDDEN", "GRADUAL"]

SUDDEN = lazy(
    r"\b(?:sudden\w*|all at once|(?:in an instant|instantly|straight away|immediately)(?! (?:i )?(?:think|thought|"
    r"knew|know|assume\w*|panick?\w*|worr\w*|regrett?\w*|call\w*|rang|ring|phon\w*|book\w*|googl\w*))|came on (?:fast|"
    r"quick\w*|sharp\w*)|(?:(?:my |^)(?:lower |low |upper |mid )?back(?: on the (?:left|right))?|it|something) "
    r"(?:just )?(?:went|gone|popped|pinged|clicked|snapped|twanged|locked|gave way|gave out|seized|let go|"
    r"grabbed)(?! (?:down|into|to|through|up|round|numb|dead|away|across|along|all|the way|as far|further|past|below|"
    r"from|right|straight|achy|stiff|crooked|weak|tight|sore|bad|funny|wonky|worse|tingly|heavy|a bit|quite|really|"
    r"very)\b)|felt (?:something|it|my (?:lower |upper |middle |mid )?back|a) [\"“']?(?:go|went|pop|ping|click|"
    r"snap|twinge|tweak|give|tear|rip)\w*|(?:felt|heard) (?:a|an) (?:[\"“']|\w+ ){0,2}(?:pop|ping|click|snap|crack|"
    r"tear|rip)\b(?! of)|"
    r"felt a (?:sharp|sudden|stabbing|shooting|searing) pain|"  # "felt a strange pop", "heard an audible snap"
    # the moment told with its feeling: "got an awful jolt", "felt a massive jerk", "felt the pain rip across"
    # ("got a sharp pain lifting it" names the trigger only: stories/README.md)
    r"(?:felt|got) (?:a|an) (?:sharp|sudden|severe|strong|massive|huge|horrible|awful|intense|almighty) "
    r"(?:\w+ )?(?:shock|jolt|jerk)|felt (?:a|an) (?:severe|strong|massive|huge|horrible|awful|intense|almighty) "
    r"(?:\w+ )?(?:pain|twinge)|felt (?:this|a|the) (?:\w+ )?pain (?:shoot|shot|rip|tear)|"
    # a twinge told as the moment: "my back twinged", "twinged my back", "felt the old familiar twinge", "a proper
    # twinge as I let go" (not "it twinges when I bend", a habit)
    r"(?:(?:my |^)(?:lower |low |upper |middle |mid )?back|it|something) (?:just |has |had )?twinged(?! (?:down|into|"
    r"through|across|along|all the way)\b)|twinged (?:my|it)|felt (?:a|the) (?:\w+ ){0,2}twinge|started with a "
    r"(?:\w+ )?twinge|^sharp twinge|(?:a|one) (?:proper|real|sharp|sudden|big|nasty|massive|horrible|almighty) twinge "
    r"(?:as|when|while|on|in)|one moment|just like that|that's when it (?:started|began|happened|went|kicked off)|"
    r"(?:went|go|goes|gone|going) (?:straight )?into (?:a )?spasms?|"
    r"threw it out(?! (?:in|into|with) the)|"
    r"(?:back|it) (?:just |suddenly )?spasm(?:m?ed|m?ing)|gave (?:a|an) (?:\w+ )?(?:crack|click|pop|twinge|jolt))\b"
)
GRADUAL = lazy(
    r"\b(?:gradual(?!ly (?:getting|got|gets) (?:better|easier))\w*|slow(?:ly)? (?:build|came|crept|creep)|"
    r"crept up(?! (?:my|into|the|to|past|as far|towards|"
    r"over (?:the |my )?(?:whole |left |right )?(?:foot|leg|calf|shin|thigh|knee|ankle|toes?)))|"
    r"creeping up(?! (?:my|into|the|to|past|as far|towards))|crept in|built up|building up|bit by bit|"
    r"little by little|(?:came|come|coming) on slowly|^slowly(?=,| over)|"
    r"worse (?:and worse )?over (?:time|the weeks|the months)|"
    r"(?:been )?building for|niggl\w* (?:for|that) (?:weeks|months))\b"
)
