"""The shipped example contact-point file, shared by the tests."""

from __future__ import annotations

from bot.settings import EXAMPLE_CONTACT_POINTS as EXAMPLE
from flows.knowledge.catalogue import Catalogue, ContactPoint

__all__ = ["EXAMPLE", "cp"]


def cp(catalogue: Catalogue, cp_id: str) -> ContactPoint:
    found = catalogue.contact_point(cp_id)
    assert found is not None, f"the example has no contact point {cp_id!r}"
    return found
