"""The speaker's age and the 0-10 pain score."""

from __future__ import annotations

from backchat.core.understand.numbers_facts import bare_number, read_age, read_severity
from backchat.core.understand.text import prepare


def test_own_age_in_digits_or_words() -> None:
    assert read_age(prepare("i'm 67")) == 67
    assert read_age(prepare("just turned seventy two")) == 72
    assert read_age(prepare("fifty five years old and it's my first time")) == 55


def test_someone_elses_age_is_not_the_speakers() -> None:
    assert read_age(prepare("my 8 year old wanted a piggy back")) is None
    assert read_age(prepare("my husband is 67, i'm 48")) == 48
    assert read_age(prepare("i'm 13 stone and 5 foot 10")) is None


def test_an_age_given_as_posts_give_it_on_its_own() -> None:
    assert read_age(prepare("Forty nine and never had a day off sick. Lifted a crate of pears on Monday and "
                            "my back locked, it's stiff as anything since.")) == 49
    assert read_age(prepare("Cabinet maker, 62. Sanded floors all week and the ache low in my back got "
                            "steadily worse, the wife thinks it's my age.")) == 62
    assert read_age(prepare("Ached low down since the bank holiday. 44, bit of a couch potato. "
                            "Paracetamol helped at first.")) == 44
    assert read_age(prepare("Shop manager (39, two teenagers) and my back went reaching for a box "
                            "on the top shelf last Friday.")) == 39


def test_an_age_said_against_now_or_a_coming_birthday() -> None:
    assert read_age(prepare("Broke my arm at 9 skiing. Now at 52 my back is the problem, it started "
                            "after digging the veg patch.")) == 52
    assert read_age(prepare("Stiff lower back for a week after the long drive to Cornwall. "
                            "70 next birthday, so I suppose it's wear and tear.")) == 69


def test_numbers_that_are_not_the_writers_age() -> None:
    assert read_age(prepare("My dad (81) had a fall at Easter and I've been helping him in and out of "
                            "the bath. 30, maybe 40 minutes a day of lifting.")) is None
    assert read_age(prepare("Took 12 hours on the coach. 20 kilos of luggage, I lifted it all and my "
                            "back has ached since.")) is None
    assert read_age(prepare("Lower back, 45 minutes of raking leaves and it seized. 3 days now.")) is None


def test_a_pain_score_out_of_ten() -> None:
    assert read_severity(prepare("pain's 7 out of 10")) == 7
    assert read_severity(prepare("5/10")) == 5
    assert read_severity(prepare("ten out of ten, worst pain of my life")) == 10


def test_a_score_said_as_a_number_after_about_or_like() -> None:
    assert read_severity(prepare("about a 6 i'd say")) == 6
    assert read_severity(prepare("it's like a 4, dull ache")) == 4
    assert read_severity(prepare("it's been about a 7 since")) == 7


def test_counts_and_ages_are_not_scores() -> None:
    assert read_severity(prepare("had a 5 day course of steroids")) is None
    assert read_severity(prepare("i go for a 15 minute walk")) is None


def test_the_one_number_of_a_short_answer() -> None:
    assert bare_number(prepare("about 42")) == 42.0
    assert bare_number(prepare("no idea")) is None


def test_a_temperature_after_a_comma_is_not_an_age() -> None:
    assert read_age(prepare("Back's been sore since the weekend. Temperature normal, 36.9. Just achy.")) is None
    assert read_age(prepare("Felt hot so took it: a bit high, 37.9 (under the arm). Back is stiff.")) is None


def test_an_age_told_in_a_present_clause_about_being_that_age() -> None:
    assert read_age(prepare("At 81 you can't expect miracles, I know. Still, the ache across my lower back "
                            "since I cleared the gutters on Sunday has me worried.")) == 81
    assert read_age(prepare("Still cycling to work at 59, which my kids think is mad. Came off on the wet "
                            "cobbles last week and my back's been stiff since.")) == 59
    assert read_age(prepare("Slipped a disc back in my thirties, it sorted itself. Now 52, and on Friday "
                            "it went again hoovering the stairs.")) == 52
    assert read_age(prepare("Sore low back after moving house. 47 now, so maybe that's why. "
                            "Nothing down the legs.")) == 47
    assert read_age(prepare("Morning all, 31F. Tweaked something at the climbing wall and it's sore.")) == 31
    assert read_age(prepare("Everything aches and I'm hobbling like I'm 95, but I'm actually 41.")) == 41


def test_an_age_in_the_past_or_a_time_after_at_is_not_the_writers_age() -> None:
    assert read_age(prepare("I had a slipped disc at 58 and it took months. This time it came on "
                            "reaching for the kettle.")) is None
    assert read_age(prepare("At 11 I took two ibuprofen and went to bed. At 15 I had to get up again.")) is None
    assert read_age(prepare("Still waking at 14:00 after night shifts and my back is stiff.")) is None
