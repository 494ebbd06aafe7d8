"""`uli check-config` shows what the bot will say and warns about gaps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from flows.knowledge.catalogue import Catalogue, load_catalogue, summarise
from flows.knowledge.catalogue.summary import find_warnings

EXAMPLE = Path(__file__).resolve().parents[2] / "bot" / "example" / "contact-points.yaml"
ALL = {
    "de": "Hallo",
    "en": "Hello",
    "ru": "Привет",
    "ar": "مرحبا",
    "tr": "Merhaba",
    "uk": "Привіт",
    "fa": "سلام",
}


def contact_point(cp_id: str, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": cp_id,
        "name": cp_id.title(),
        "summary": ALL,
        "state": "NW",
        "programme": {"name": "P"},
        "target_group": {"age": {"min": 12, "max": 27}, "description": ALL},
        "languages": {"counselling": ["de"]},
        "contact": {"email": f"{cp_id}@example.org"},
        "places": [
            {
                "id": "office",
                "name": "Office",
                "hours": [{"days": ["mon"], "from": "14:00", "to": "18:00"}],
            }
        ],
    }
    data.update(changes)
    return data


def catalogue(*cps: dict[str, Any], **changes: Any) -> Catalogue:
    return Catalogue.model_validate(
        {"organisation": {"name": "Org"}, "contact_points": list(cps), **changes}
    )


def test_the_example_summary() -> None:
    text = summarise(load_catalogue(EXAMPLE), dt.date(2026, 5, 4))
    assert "On 2026-05-04: 5 contact points, 3 running." in text
    assert "[justiq] JUSTiQ – Jugend stärken im Quartier" in text
    assert "ENDED on 2022-07-31" in text
    assert "See instead once it has ended: teilhabe, kim" in text
    assert "Place juelich: Sprechstunde Jülich" in text
    assert "      Mon  14:00-16:00  drop-in" in text
    assert "      Wed  09:00-11:00  drop-in" in text
    assert "closed 2026-12-21 to 2027-01-01: Weihnachtspause" in text
    assert "Counselling languages: de, en, ru, ar; interpreters: yes" in text
    assert "FAQ: appointment [de en ru ar tr uk fa]" in text
    assert "Public holidays of state NI: closed" in text
    assert text.endswith("No warnings.")


def test_programme_states_in_the_summary() -> None:
    cat = catalogue(
        contact_point("later", programme={"name": "P", "period": {"from": "2027-01-01"}})
    )
    assert "not started yet, starts on 2027-01-01" in summarise(cat, dt.date(2026, 5, 4))
    assert "running today" in summarise(cat, dt.date(2027, 1, 1))


def test_missing_translations_are_warned_about() -> None:
    faq = {"id": "bring", "question": {"de": "Was?", "en": "What?"}, "answer": "Nichts."}
    cat = catalogue(contact_point("one", summary={"de": "Hallo", "en": "Hi"}, faq=[faq]))
    assert find_warnings(cat, dt.date(2026, 5, 4)) == [
        "one: summary has no ru, ar, tr, uk, fa text (those readers get the English one)",
        "one: faq[bring].question has no ru, ar, tr, uk, fa text "
        "(those readers get the English one)",
        "one: faq[bring].answer has no en, ru, ar, tr, uk, fa text "
        "(those readers get the German one)",
    ]
    assert "WARNINGS (3):\n  ! one: summary has no" in summarise(cat, dt.date(2026, 5, 4))


def test_a_running_contact_point_without_hours_or_contact() -> None:
    bare = contact_point("bare", places=[{"id": "office", "name": "Office"}], contact={})
    assert find_warnings(catalogue(bare), dt.date(2026, 5, 4)) == [
        "bare: no place has any hours, so Uli cannot say when to come",
        "bare: no phone, SMS or e-mail, so Uli cannot say how to reach a person",
    ]


def test_see_instead_and_default_pointing_to_ended_programmes() -> None:
    ended = contact_point(
        "old",
        programme={"name": "P", "period": {"until": "2021-03-02"}},
        summary="Nur deutsch",
        see_instead=["older"],
    )
    older = contact_point("older", programme={"name": "P", "period": {"until": "2020-01-01"}})
    cat = catalogue(ended, older, default_contact_point="old")
    assert find_warnings(cat, dt.date(2026, 5, 4)) == [
        "old: see_instead names 'older', which does not run today "
        "(ENDED on 2020-01-01 (2315 days ago))",
        "default_contact_point 'old' does not run today (ENDED on 2021-03-02 (1889 days ago))",
    ]


def test_check_config_counts_each_faqs_typed_examples() -> None:
    text = summarise(load_catalogue(EXAMPLE), dt.date(2026, 5, 4))
    assert "    plan: typed examples de 6, en 4, ru 3, ar 5, tr 3, uk 3, fa 3" in text
    assert "    parents: typed examples none (answered by its button only)" in text
