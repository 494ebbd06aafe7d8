"""Who is acting in the console, and the errors a caseworker's action can meet."""

from __future__ import annotations

from dataclasses import dataclass

from storage import Caseworker, CaseworkerRole


@dataclass(frozen=True, slots=True)
class Actor:
    """A logged-in caseworker, with the contact points whose conversations they may see."""

    id: int
    name: str
    email: str
    role: str
    languages: tuple[str, ...]
    contact_point_ids: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return self.role == CaseworkerRole.ADMIN.value

    def may_see(self, contact_point_id: str | None) -> bool:
        """Their contact points' conversations, and those of nobody yet (someone in crisis
        before choosing a service must reach a caseworker). Fails closed for an account
        without any contact point."""
        if not self.contact_point_ids:
            return False
        return contact_point_id is None or contact_point_id in self.contact_point_ids

    @classmethod
    def of(cls, caseworker: Caseworker, contact_point_ids: list[str]) -> Actor:
        if caseworker.id is None:
            raise ValueError("caseworker without id")
        return cls(
            id=caseworker.id,
            name=caseworker.name,
            email=caseworker.email,
            role=caseworker.role,
            languages=split_languages(caseworker.languages),
            contact_point_ids=frozenset(contact_point_ids),
        )


def split_languages(languages: str) -> tuple[str, ...]:
    return tuple(code for code in (part.strip() for part in languages.split(",")) if code)


class NotFound(LookupError):
    """No such thing, or not one this caseworker may see: the two look the same on purpose,
    so guessing ids reveals nothing."""


class Refused(ValueError):
    """An action that cannot be done as asked. `reason` is a short id the console turns into
    a text in the caseworker's language (`console-error-<reason>`); the message is English,
    for logs and the command line."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
