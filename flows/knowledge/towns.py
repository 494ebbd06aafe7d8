"""Which town a place is in, so "are you open in Jülich?" finds the right place.

The town is read from the place's address ("Musterstraße 5, 52428 Jülich"), falling back to
the place's German name; no separate field for coordinators to keep in step.
"""

from __future__ import annotations

import re

from flows.knowledge.catalogue import Catalogue, ContactPoint, Place

_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+([^,\d]+?)\s*$")


def town(place: Place) -> str | None:
    match = _POSTCODE_TOWN.search(place.address or "")
    return match.group(1).strip() if match else None


def town_names(catalogue: Catalogue) -> list[str]:
    """Every town with a place, once each, for the understanding's place matching."""
    names = (town(place) for cp in catalogue.contact_points for place in cp.places)
    return list(dict.fromkeys(name for name in names if name))


def places_in(cp: ContactPoint, name: str | None) -> list[Place]:
    """The contact point's places in the town or with the name `name`; none if it has none."""
    if not name:
        return []
    wanted = name.casefold()
    return [
        place
        for place in cp.places
        if (town(place) or "").casefold() == wanted or wanted in place.name.de.casefold()
    ]
