"""Small contact points for the hours tests, built through the real model."""

from __future__ import annotations

from typing import Any

from flows.knowledge.catalogue import ContactPoint

EVERY_DAY = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def rule(
    start: str, end: str, days: list[str] | None = None, kind: str = "drop_in"
) -> dict[str, Any]:
    return {"days": days or EVERY_DAY, "from": start, "to": end, "kind": kind}


def make_cp(
    *,
    state: str = "NW",
    hours: list[dict[str, Any]] | None = None,
    places: list[dict[str, Any]] | None = None,
    period: dict[str, str] | None = None,
    open_on_public_holidays: bool = False,
    cp_id: str = "test",
    ages: tuple[int, int] = (12, 27),
    see_instead: list[str] | None = None,
) -> ContactPoint:
    """A contact point with one place (`hours`) or the given `places`."""
    return ContactPoint.model_validate(
        {
            "id": cp_id,
            "name": cp_id,
            "summary": "Test",
            "state": state,
            "open_on_public_holidays": open_on_public_holidays,
            "programme": {"name": "P", "period": period or {}},
            "see_instead": see_instead or [],
            "target_group": {"age": {"min": ages[0], "max": ages[1]}, "description": "Test"},
            "languages": {"counselling": ["de"]},
            "places": places
            or [
                {
                    "id": "office",
                    "name": "Office",
                    "hours": hours if hours is not None else [rule("10:00", "12:00")],
                }
            ],
        }
    )
