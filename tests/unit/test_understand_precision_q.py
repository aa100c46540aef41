"""Precision (issue 9): the reader writes a duration only when the words tie it to this episode's pain.

Each class is pinned by two stories of our own, in the real shape (several sentences, past tense,
asides): one or two where the time must stay unset, and a near twin where it is still read.
"""

from __future__ import annotations

import pytest

from backchat.core.understand.reader import read


def _days(text: str) -> object:
    return read(text, None).facts.get("duration_days")


@pytest.mark.parametrize("text", [
    "My lower back has grumbled on and off for years, I just live with it. Then on Tuesday I stepped off "
    "the bus awkwardly and now it's a different pain altogether. Can't get comfortable at all.",
    "I've had a stiff back most mornings for years, it wears off after a walk. It's much worse this "
    "spring though and I'm not sure why. Anything better than ibuprofen?",
])
def test_a_vague_for_years_is_background_when_the_story_dates_this_episode(text: str) -> None:
    assert _days(text) is None


def test_a_vague_for_years_alone_is_still_read() -> None:
    assert _days("Honestly I've had lower back pain for years now, it comes and goes with the weather.") == 730


@pytest.mark.parametrize("text", [
    "Drove to my sister's on the weekend and sat in traffic for three hours solid. The next day my lower "
    "back was so tight I could hardly get out of bed. Bit looser now.",
    "Reached for the remote and my back locked, I couldn't move for twenty minutes. My wife had to help me "
    "up off the floor. It's a lot better now, just sore.",
])
def test_how_long_an_activity_or_a_spasm_lasted_is_not_how_long_the_pain_has(text: str) -> None:
    assert _days(text) is None


def test_hours_of_the_pain_itself_still_date_it() -> None:
    assert _days("I've had this pain low in my back for five hours now and it isn't letting up.") == 0


@pytest.mark.parametrize("text", [
    "I spent Saturday hauling compost bags around the allotment with my brother. My back was stiff by "
    "the evening. Today it's easier, just achy when I twist to look behind me.",
    "Had the shivers all night under two duvets and my back is really painful today, worse on the left. "
    "Never had anything like it. I'm 31.",
])
def test_today_saying_how_things_are_now_is_not_when_the_pain_began(text: str) -> None:
    assert _days(text) is None


def test_today_with_the_start_beside_it_is_still_read() -> None:
    assert _days("I hurt my back today shifting the sofa, low down on the right. It's really sore.") == 0


@pytest.mark.parametrize("text", [
    "The tingling started in my little toe about ten days ago and it has crept up to my ankle since. "
    "My back has been aching since I dug out the pond in September.",
    "For the last three days my left foot has been going numb on and off. I've had my usual backache "
    "underneath it all, nothing new there. Should I worry?",
])
def test_a_nerve_signs_time_does_not_date_a_back_pain_dated_otherwise(text: str) -> None:
    assert _days(text) is None


def test_a_nerve_signs_time_dates_the_episode_when_nothing_else_does() -> None:
    assert _days("The numbness began in my heel a fortnight ago and it has spread up my calf since. "
                 "The back pain is mostly low on the right.") == 14


@pytest.mark.parametrize(("text", "days"), [
    ("My lower back has been sore for about twelve days. Slightly worse than last week if anything.", 12),
    ("Been about five days now with this ache across my lower back. Much better than last month's "
     "flare, which floored me.", 5),
])
def test_a_point_of_comparison_is_not_a_span(text: str, days: int) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(("text", "days"), [
    ("Since my daughter was born 5 weeks ago I've had an ache low in my back. The health visitor is "
     "coming for the 6 week check on Friday.", 35),
    ("My lower back has been sore for 3 days. I have a 9 hour flight to Boston next week and I'm dreading "
     "it.", 3),
])
def test_a_length_that_names_a_thing_is_not_a_span(text: str, days: int) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(("text", "days"), [
    ("I've had a dodgy back on and off for years (a bricklayer for 25 years, it comes with the job). "
     "This has been about three weeks of a deep ache in the middle of my back.", 21),
    ("My back has ached for a week (plumber for 20 years, so I'm used to it), low down on the left.", 7),
])
def test_a_time_in_an_aside_about_something_else_does_not_date_the_pain(text: str, days: int) -> None:
    assert _days(text) == days


@pytest.mark.parametrize("text", [
    "The whole family had a bug this week. Now my lower back is really sore, and last night I was "
    "shaking with cold under the covers even with the heating up.",
    "I've got a dull ache right across my back, and last night I was so hot and sweaty I changed the "
    "sheets twice. No idea what's going on.",
])
def test_a_time_in_a_piece_about_another_symptom_is_that_symptoms(text: str) -> None:
    assert _days(text) is None


@pytest.mark.parametrize(("text", "days"), [
    ("Put my back out dancing at my cousin's wedding, honestly. Only happened last night and it has eased "
     "a lot since this morning.", 1),
    ("My back went when I bent to pick up a sock yesterday. It has calmed down a bit since this morning "
     "though.", 1),
])
def test_eased_since_this_morning_is_the_course_not_the_start(text: str, days: int) -> None:
    assert _days(text) == days
