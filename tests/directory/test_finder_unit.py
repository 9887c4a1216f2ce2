"""ActivityFinder on its own: a bare find page and the activities each test makes
from factories, no demo borough (`pytest -m unit` runs these in seconds)."""

from datetime import time

import pytest

from directory.factories import ActivityPageFactory
from directory.finder import ActivityFinder

pytestmark = [pytest.mark.django_db, pytest.mark.unit]


def find(find_page, **criteria):
    return ActivityFinder(find_page, criteria).find()


def test_each_option_counts_what_ticking_it_would_find(find_page, organisation):
    choir = ActivityPageFactory(parent=organisation, terms={"interests": ["music"]}, weekday=0)
    ukulele = ActivityPageFactory(parent=organisation, terms={"interests": ["music"]}, weekday=2)
    walk = ActivityPageFactory(parent=organisation, terms={"interests": ["being-active"]})

    everything = find(find_page)
    music = find(find_page, interest=["music"])
    music_on_monday = find(find_page, interest=["music"], day=["0"])

    assert sorted(everything.ids) == sorted([choir.pk, ukulele.pk, walk.pk])
    assert sorted(music.ids) == sorted([choir.pk, ukulele.pk])
    # Options of a ticked filter are counted against the other filters only.
    assert music.counts["interest"] == {"music": 2, "being-active": 1}
    assert music.counts["day"] == {"0": 1, "2": 1}
    assert music_on_monday.ids == [choir.pk]
    assert music_on_monday.counts["interest"] == {"music": 1}


def test_every_access_need_ticked_must_be_met(find_page, organisation):
    both = ActivityPageFactory(parent=organisation, terms={"access": ["step-free", "hearing-loop"]})
    ActivityPageFactory(parent=organisation, terms={"access": ["step-free"]})

    assert find(find_page, access=["step-free", "hearing-loop"]).ids == [both.pk]


def test_without_words_the_soonest_session_comes_first(find_page, organisation):
    later = ActivityPageFactory(parent=organisation, weekday=1, starts_at=time(18, 0))
    sooner = ActivityPageFactory(parent=organisation, weekday=1, starts_at=time(9, 0))

    assert find(find_page).ids == [sooner.pk, later.pk]


def test_time_of_day_follows_the_session_start(find_page, organisation):
    morning = ActivityPageFactory(parent=organisation, starts_at=time(9, 30))
    evening = ActivityPageFactory(parent=organisation, starts_at=time(19, 0))

    assert find(find_page, time=["morning"]).ids == [morning.pk]
    assert find(find_page, time=["evening"]).ids == [evening.pk]
