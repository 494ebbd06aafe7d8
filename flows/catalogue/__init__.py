"""The contact-point file: its data model, the loader with clear errors, and a summary."""

from flows.catalogue.loader import CatalogueError, load_catalogue
from flows.catalogue.model import (
    AgeRange,
    Catalogue,
    ClosedDays,
    Contact,
    ContactPoint,
    Faq,
    HoursRule,
    Interpreters,
    Languages,
    LocalText,
    Offer,
    Organisation,
    Period,
    Place,
    Programme,
    Residence,
    StaffMember,
    TargetGroup,
    Weekday,
    WindowKind,
)
from flows.catalogue.summary import find_warnings, summarise

__all__ = [
    "AgeRange", "Catalogue", "CatalogueError", "ClosedDays", "Contact", "ContactPoint", "Faq",
    "HoursRule", "Interpreters", "Languages", "LocalText", "Offer", "Organisation", "Period",
    "Place", "Programme", "Residence", "StaffMember", "TargetGroup", "Weekday", "WindowKind",
    "find_warnings", "load_catalogue", "summarise",
]
