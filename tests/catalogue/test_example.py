"""The shipped example describes the five services of the seeds, with their facts."""

from __future__ import annotations

import datetime as dt
import re

from flows.knowledge.catalogue import (
    Catalogue,
    Offer,
    Residence,
    Weekday,
    WindowKind,
    find_warnings,
)
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from tests.example import EXAMPLE, cp

TODAY = dt.date(2026, 5, 4)


def test_all_five_services_are_there(catalogue: Catalogue) -> None:
    ids = [c.id for c in catalogue.contact_points]
    assert ids == ["justiq", "teilhabe", "kim", "pace", "jobpoint"]
    assert catalogue.default_contact_point is None  # people choose; see the file's comment


def test_justiq(catalogue: Catalogue) -> None:
    justiq = cp(catalogue, "justiq")
    assert justiq.programme.period.until == dt.date(2022, 7, 31)
    assert (justiq.target_group.age.min, justiq.target_group.age.max) == (12, 27)
    assert justiq.state == "NW"
    assert [p.id for p in justiq.places] == ["nord", "suedost"]
    for place in justiq.places:
        (rule,) = place.hours
        assert rule.days == [Weekday.mon, Weekday.tue, Weekday.wed, Weekday.thu, Weekday.fri]
        assert (rule.start, rule.end, rule.kind) == (dt.time(14), dt.time(18), WindowKind.drop_in)
    assert {Offer.clearing, Offer.case_management, Offer.street_work} <= set(justiq.offers)
    assert justiq.voluntary and justiq.free
    assert justiq.see_instead and justiq.see_instead[0] == "teilhabe"


def test_teilhabe(catalogue: Catalogue) -> None:
    teilhabe = cp(catalogue, "teilhabe")
    assert teilhabe.programme.period.start == dt.date(2019, 11, 1)
    assert teilhabe.programme.period.until is None
    assert (teilhabe.target_group.age.min, teilhabe.target_group.age.max) == (18, 27)
    assert teilhabe.target_group.residence == [Residence.duldung, Residence.gestattung]
    assert teilhabe.state == "NW"
    diz = teilhabe.place("diz")
    assert diz is not None and diz.address == "Josef-Schregel-Str. 31, 52349 Düren"
    juelich = teilhabe.place("juelich")
    assert juelich is not None
    hours = {(r.days[0], r.start, r.end, r.kind) for r in juelich.hours}
    assert hours == {
        (Weekday.mon, dt.time(14), dt.time(16), WindowKind.drop_in),
        (Weekday.wed, dt.time(9), dt.time(11), WindowKind.drop_in),
    }
    assert {Offer.open_consultation, Offer.appointments} <= set(teilhabe.offers)


def test_kim(catalogue: Catalogue) -> None:
    kim = cp(catalogue, "kim")
    assert kim.programme.period.start == dt.date(2023, 7, 1)
    assert kim.languages.counselling == ["de", "en", "ru", "ar"]
    assert kim.languages.interpreters.available
    assert set(kim.target_group.residence) == {
        Residence.duldung,
        Residence.gestattung,
        Residence.residence_permit,
    }
    (diz,) = kim.places
    assert diz.address == "Josef-Schregel-Str. 31, 52349 Düren"
    assert diz.hours and all(rule.kind is WindowKind.appointment for rule in diz.hours)
    assert kim.state == "NW"


def test_pace(catalogue: Catalogue) -> None:
    pace = cp(catalogue, "pace")
    assert pace.state == "NI"
    assert pace.programme.period.start == dt.date(2004, 1, 1)
    assert (pace.target_group.age.min, pace.target_group.age.max) == (14, 27)
    assert len(pace.places) == 1
    assert Offer.case_management in pace.offers and pace.voluntary


def test_jobpoint(catalogue: Catalogue) -> None:
    jobpoint = cp(catalogue, "jobpoint")
    assert jobpoint.state == "SN"
    period = jobpoint.programme.period
    assert (period.start, period.until) == (dt.date(2020, 3, 24), dt.date(2021, 3, 2))
    assert Offer.open_consultation in jobpoint.offers
    assert all(rule.kind is WindowKind.drop_in for p in jobpoint.places for rule in p.hours)


def test_texts_are_in_all_seven_languages(catalogue: Catalogue) -> None:
    for c in catalogue.contact_points:
        assert c.summary.languages() == set(SUPPORTED_LANGUAGES), c.id
        assert c.target_group.description.languages() == set(SUPPORTED_LANGUAGES), c.id
        for place in c.places:
            assert place.directions is not None
            assert place.directions.languages() == set(SUPPORTED_LANGUAGES), (c.id, place.id)
    for running in ("teilhabe", "kim", "pace"):
        faq = cp(catalogue, running).faq
        assert 2 <= len(faq) <= 3
        for entry in faq:
            assert entry.question.languages() == set(SUPPORTED_LANGUAGES)
            assert entry.answer.languages() == set(SUPPORTED_LANGUAGES)


def test_arabic_and_persian_are_in_their_own_script(catalogue: Catalogue) -> None:
    arabic_script = re.compile(r"[\u0600-\u06FF]")
    for c in catalogue.contact_points:
        for lang in ("ar", "fa"):
            assert arabic_script.search(c.summary.get(lang)), (c.id, lang)


def test_no_warnings_for_the_running_contact_points(catalogue: Catalogue) -> None:
    assert find_warnings(catalogue, TODAY) == []


def test_no_real_names_and_only_placeholder_contacts(catalogue: Catalogue) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    # The two Teilhabemanager names of seed 001 must never appear.
    for real in ("Neumann", "Raslilo"):
        assert real not in text
    for c in catalogue.contact_points:
        if c.contact.email:
            assert c.contact.email.endswith("@example.org")
        for number in (c.contact.phone, c.contact.sms):
            assert number is None or "000000-" in number
    assert "placeholder" in text.lower().split("contact_points:")[0]
