"""Caseworker accounts, their contact points, console sessions and login attempts.

Sessions are stored by a digest of their token, never the token itself: whoever reads the
table cannot log in with what they find. Login attempts are rows rather than counters in
memory, so the rate limit holds across restarts and across several instances.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func
from sqlmodel import Field, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.locks import Lock, one_at_a_time
from storage.models import Base, Caseworker, Conversation, ConversationStatus, Membership
from storage.utc import UTCDateTime, as_utc


class ConsoleSession(Base, table=True):
    __tablename__ = "console_session"

    id: str = Field(max_length=64, primary_key=True)  # hex digest of the cookie's token
    # CASCADE: removing an account ends its sessions.
    caseworker_id: int = Field(foreign_key="caseworker.id", ondelete="CASCADE", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class LoginAttempt(Base, table=True):
    __tablename__ = "login_attempt"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, index=True)  # as typed, lower case; may be no account
    ip: str = Field(max_length=64, index=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    succeeded: bool = False


class AccountRows:
    """Queries on accounts, memberships, sessions and login attempts, in one unit of work."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # -- caseworkers ---------------------------------------------------------------------------

    async def add(self, caseworker: Caseworker, contact_point_ids: Iterable[str]) -> Caseworker:
        caseworker.email = caseworker.email.strip().lower()
        self.session.add(caseworker)
        await self.session.flush()
        await self.set_memberships(_id(caseworker), contact_point_ids)
        return caseworker

    async def get(self, caseworker_id: int) -> Caseworker | None:
        return await self.session.get(Caseworker, caseworker_id)

    async def by_email(self, email: str) -> Caseworker | None:
        query = select(Caseworker).where(Caseworker.email == email.strip().lower())
        return (await self.session.exec(query)).first()

    async def all(self) -> list[Caseworker]:
        query = select(Caseworker).order_by(col(Caseworker.name), col(Caseworker.id))
        return list((await self.session.exec(query)).all())

    async def save(self, caseworker: Caseworker) -> None:
        self.session.add(caseworker)
        await self.session.flush()

    # -- memberships ---------------------------------------------------------------------------

    async def memberships(self, caseworker_id: int) -> list[str]:
        query = (
            select(Membership.contact_point_id)
            .where(Membership.caseworker_id == caseworker_id)
            .order_by(col(Membership.contact_point_id))
        )
        return list((await self.session.exec(query)).all())

    async def all_memberships(self) -> dict[int, list[str]]:
        query = select(Membership).order_by(col(Membership.contact_point_id))
        found: dict[int, list[str]] = {}
        for row in (await self.session.exec(query)).all():
            found.setdefault(row.caseworker_id, []).append(row.contact_point_id)
        return found

    async def set_memberships(self, caseworker_id: int, contact_point_ids: Iterable[str]) -> None:
        await self.session.exec(
            delete(Membership).where(col(Membership.caseworker_id) == caseworker_id)
        )
        for cp_id in sorted(set(contact_point_ids)):
            self.session.add(Membership(caseworker_id=caseworker_id, contact_point_id=cp_id))
        await self.session.flush()

    async def members(self, contact_point_ids: Iterable[str]) -> dict[str, list[Caseworker]]:
        """The active caseworkers of each of these contact points."""
        wanted = sorted(set(contact_point_ids))
        if not wanted:
            return {}
        query = (
            select(Membership.contact_point_id, Caseworker)
            .join(Caseworker, col(Caseworker.id) == col(Membership.caseworker_id))
            .where(col(Membership.contact_point_id).in_(wanted), col(Caseworker.active))
            .order_by(col(Caseworker.name), col(Caseworker.id))
        )
        found: dict[str, list[Caseworker]] = {cp_id: [] for cp_id in wanted}
        for cp_id, caseworker in (await self.session.exec(query)).all():
            found[cp_id].append(caseworker)
        return found

    async def assigned_counts(self) -> dict[int, int]:
        """How many open conversations each caseworker has: who has room for one more."""
        query = (
            select(Conversation.assignee_id, func.count())
            .where(
                Conversation.status == ConversationStatus.ASSIGNED.value,
                col(Conversation.assignee_id).is_not(None),
            )
            .group_by(col(Conversation.assignee_id))
        )
        return {
            int(assignee): int(count)
            for assignee, count in (await self.session.exec(query)).all()
            if assignee is not None
        }

    # -- sessions ------------------------------------------------------------------------------

    async def add_session(self, row: ConsoleSession) -> None:
        self.session.add(row)
        await self.session.flush()

    async def session_by_digest(self, digest: str) -> ConsoleSession | None:
        return await self.session.get(ConsoleSession, digest)

    async def end_session(self, digest: str) -> None:
        await self.session.exec(delete(ConsoleSession).where(col(ConsoleSession.id) == digest))

    async def end_sessions_of(self, caseworker_id: int) -> None:
        await self.session.exec(
            delete(ConsoleSession).where(col(ConsoleSession.caseworker_id) == caseworker_id)
        )

    async def end_expired_sessions(self, now: datetime) -> None:
        await self.session.exec(
            delete(ConsoleSession).where(col(ConsoleSession.expires_at) <= as_utc(now))
        )

    # -- login attempts ------------------------------------------------------------------------

    async def count_alone(self) -> None:
        """Until this unit of work ends, no other process counts or adds login attempts: so
        counting the recent failures and adding one cannot interleave."""
        await one_at_a_time(self.session, Lock.LOGIN_ATTEMPTS)

    async def add_attempt(self, email: str, ip: str, at: datetime, succeeded: bool) -> None:
        self.session.add(
            LoginAttempt(email=email[:254], ip=ip[:64], at=as_utc(at), succeeded=succeeded)
        )
        await self.session.flush()

    async def failures_since(
        self, since: datetime, *, email: str | None = None, ip: str | None = None
    ) -> list[datetime]:
        """When the failed attempts since `since` for this email or this IP happened."""
        query = select(LoginAttempt.at).where(
            col(LoginAttempt.at) >= as_utc(since), col(LoginAttempt.succeeded).is_(False)
        )
        if email is not None:
            query = query.where(LoginAttempt.email == email)
        if ip is not None:
            query = query.where(LoginAttempt.ip == ip)
        return list((await self.session.exec(query.order_by(col(LoginAttempt.at)))).all())

    async def forget_failures(self, email: str) -> None:
        """A successful login clears the email's failures (not the IP's: those may be others)."""
        await self.session.exec(
            delete(LoginAttempt).where(
                col(LoginAttempt.email) == email, col(LoginAttempt.succeeded).is_(False)
            )
        )

    async def forget_attempts_before(self, moment: datetime) -> None:
        await self.session.exec(delete(LoginAttempt).where(col(LoginAttempt.at) < as_utc(moment)))


def _id(caseworker: Caseworker) -> int:
    if caseworker.id is None:
        raise ValueError("save the caseworker first")
    return caseworker.id
