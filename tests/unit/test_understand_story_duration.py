"""How long this episode has lasted, read from stories (past tense, asides, other numbers); two per rule."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand.duration import read_duration
from backchat.core.understand.text import prepare

TODAY = date(2026, 11, 18)  # a Wednesday


def days(text: str) -> int | None:
    return read_duration(prepare(text), TODAY)


@pytest.mark.parametrize("text", [
    "Paracetamol takes the edge off for a few hours, but my lower back is still sore and stiff.",
    "My lower back eases for an hour or so after a hot bath, then the ache comes back.",
])
def test_hours_of_relief_are_not_how_long_the_pain_has_lasted(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize("text", [
    "I've had back trouble now and then over the years. This bout is low on the left and sharp.",
    "It's flared up a handful of times over the years, usually after decorating. Lower back, right side.",
])
def test_over_the_years_is_the_history_not_this_episode(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize("text", [
    "I lost my job in the spring and my lower back started aching a few weeks after that. I'm 50.",
    "We moved in July and the pain in my upper back came on two months after it, out of the blue.",
])
def test_a_span_after_another_event_is_not_a_span_up_to_now(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize("text", [
    "My back started aching after a day sanding the skirting boards. No injury as such.",
    "It came on after a night sleeping in a tent at the festival, low down on the right.",
])
def test_how_long_an_activity_lasted_is_not_the_duration(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("My back went on the school run. It's day 4 now and I can just about put my socks on.", 4),
    ("It's day 6 and the ache low on the left hasn't shifted at all. My husband is doing the driving.", 6),
])
def test_day_n_counts_the_days_of_this_episode(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lower left side, 10 days now, no injury. I'm 45 and a bus driver.", 10),
    ("Bottom of my back, about a fortnight so far, no real reason. My mum says rest.", 14),
])
def test_a_time_said_between_commas_dates_the_pain(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I felt shivery at work and my mid back has been throbbing since yesterday.", 1),
    ("I stood up from the sofa three days ago and my back locked, and it's still stuck.", 3),
])
def test_a_pain_verb_or_a_moment_dates_the_pain(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("No idea what I did. It crept up over a few weeks until I could barely sit at my desk.", 21),
    ("The ache in my middle back came on slowly over a fortnight, and it's a 4 most days.", 14),
])
def test_a_pain_that_came_on_over_a_span_dates_the_episode(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "It was a 9 out of 10 last night, more like a 6 today. I bent to get the washing out and my back went.",
    "I'd have said 8/10 yesterday but it's easing. Lower back, left side, after lifting my toddler.",
])
def test_the_time_of_a_score_is_not_when_the_pain_began(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("I couldn't get comfy in bed last night because my back was so sore. It went when I lifted the dog 3 days ago.",
     3),
    ("When I went to the loo yesterday it felt odd. My back has been in agony for 6 days and I can't sit.", 6),
])
def test_of_times_as_sure_the_earliest_start_is_the_episodes(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "My brother-in-law hurt his back at work and was off for months, so I'm wary. I hurt mine lifting tiles.",
    "My dad had sciatica for about 6 weeks last spring. Mine is just low down on the right after gardening.",
])
def test_someone_elses_span_is_not_this_pain(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("There's been an ache in my low back for a month or so, and now my leg feels weak on the stairs.", 30),
    ("It's been a dull pain across my lower back for 3 weeks. I'm a bus driver.", 21),
])
def test_been_an_ache_for_a_span_dates_the_pain(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "I had a steroid injection for my sciatica about 10 days ago. Now my lower back is throbbing.",
    "The GP gave me naproxen for my back pain a fortnight ago, which upset my stomach.",
])
def test_a_time_of_something_done_for_the_pain_is_not_when_it_began(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize("text", [
    "Ever since the new desk job in spring my back has not felt right, so a good five months now. Then "
    "I reached for the kettle two days ago and it pinged.",
    "Since starting the night shifts in summer my lower back has never felt right, so a good three months "
    "now. I bent for the cat bowl four days ago and it twinged.",
])
def test_two_readings_that_would_set_different_care_leave_the_duration_unset(text: str) -> None:
    assert read_duration(prepare(text), None) is None


@pytest.mark.parametrize("text", [
    "Did my back in at the allotment on Saturday. It's a bit better today and I can walk to the shop.",
    "Went over on the stairs carrying laundry at the weekend. Stiff today but loosening up with a hot bath.",
])
def test_how_it_is_today_does_not_date_the_start(text: str) -> None:
    assert read_duration(prepare(text), None) is None


@pytest.mark.parametrize("text", [
    "Been on the tills 9 hours a day all December and by Friday my lower back had stiffened right up.",
    "Mum of two (ages 7 and 10 months) and my back started aching after I got the pram in the boot on Sunday.",
    "Woke on Tuesday with a stiff back after three nights on my brother's blow-up mattress.",
    "I'm 34 weeks pregnant and the ache low in my back comes on by the afternoon, the midwife isn't worried.",
])
def test_rates_childrens_ages_activity_lengths_and_pregnancy_weeks_are_not_the_duration(text: str) -> None:
    assert read_duration(prepare(text), None) is None


@pytest.mark.parametrize(("text", "days"), [
    ("Since having twins in March my lower back has not been right, so about 8 months now. The physio thinks "
     "it's a weak core after two weeks of bed rest.", 240),
    ("My back has ached for about 3 weeks since the removal. The GP says a weak back and a weak bladder "
     "often go together after children.", 21),
])
def test_weak_said_of_the_body_is_not_a_week(text: str, days: int) -> None:
    assert read_duration(prepare(text), None) == days


@pytest.mark.parametrize("text", [
    "Hurt my back lugging the paving slabs last Thursday and it's been sore since. Since yesterday I've had "
    "to strain to get a wee going, which is new.",
    "My back went while I was hoisting my dad onto the bed the other week. This morning I couldn't hold it "
    "and wet myself on the way to the loo.",
])
def test_the_time_of_a_new_bladder_sign_does_not_date_the_back(text: str) -> None:
    assert read_duration(prepare(text), None) is None


@pytest.mark.parametrize(("text", "days"), [
    ("The ache low in my back has been there a good few months now and the tablets barely touch it.", 90),
    ("My back has ached for a good couple of weeks since we moved the piano, worse in the evenings.", 14),
])
def test_a_good_few_and_a_good_couple(text: str, days: int) -> None:
    assert read_duration(prepare(text), None) == days


@pytest.mark.parametrize("text", [
    "My back goes every spring when I start digging again. It normally takes about ten days to calm down, "
    "so I'm not worried yet.",
    "Tweaked my lower back at five-a-side, stiff but fine. Should I rest it or give it a fortnight off?",
])
def test_how_long_bouts_usually_last_or_a_plan_is_not_this_episode(text: str) -> None:
    assert read_duration(prepare(text), None) is None
