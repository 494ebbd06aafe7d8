"""Caseworker accounts: creating and changing them, logging in, console sessions.

Passwords are argon2id hashes (argon2-cffi's defaults, RFC 9106); easily guessed ones (only
spaces, one character repeated, a run like 12345678, only digits, the email) are refused for
every account in every environment, however it is made or changed. Logins are rate-limited
per email and per IP address, counted in the database so a restart does not reset them and
several processes share the count. An attempt is counted before its password is checked, so
guesses sent all at once cannot slip past the limit while earlier ones are still being
checked. A session is a random token in an HttpOnly cookie; the database keeps only its HMAC,
so the table alone logs nobody in, and changing the secret ends every session.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from flows.desk import access_log
from flows.desk.actor import Actor, Refused
from storage import AccessAction, Caseworker, CaseworkerRole, ConsoleSession, Database

MIN_PASSWORD_LENGTH = 10
LOGIN_WINDOW = dt.timedelta(minutes=15)
FAILURES_PER_EMAIL = 5  # then that account waits, whoever tries
FAILURES_PER_IP = 20  # several colleagues may share one office address
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Checked when the email is unknown, so a wrong email takes as long as a wrong password."""
    return _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True, slots=True)
class Login:
    actor: Actor
    token: str
    """For the session cookie; only its HMAC is stored."""
    csrf_token: str
    expires_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Session:
    actor: Actor
    csrf_token: str
    expires_at: dt.datetime


class LoginRefused(Exception):
    """Wrong email or password (deliberately not saying which), or an inactive account."""


class LoginThrottled(Exception):
    def __init__(self, retry_after: dt.timedelta) -> None:
        super().__init__(f"too many failed logins; try again in {retry_after}")
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Profile:
    """What an admin may set on an account (password separately)."""

    name: str
    languages: Sequence[str]
    contact_point_ids: Collection[str]
    role: str = CaseworkerRole.CASEWORKER.value
    active: bool = True


@dataclass(frozen=True, slots=True)
class Account:
    caseworker: Caseworker
    contact_point_ids: list[str]


class Accounts:
    def __init__(
        self,
        database: Database,
        known_contact_points: Collection[str],
        secret: bytes,
        clock: Callable[[], dt.datetime],
        session_lifetime: dt.timedelta = dt.timedelta(hours=12),
    ) -> None:
        self.database = database
        self.known_contact_points = frozenset(known_contact_points)
        self.secret = secret
        self.clock = clock
        self.session_lifetime = session_lifetime

    # -- accounts ------------------------------------------------------------------------------

    async def create(
        self, email: str, password: str, profile: Profile, *, by: Actor | None = None
    ) -> Account:
        """A new account; Refused with reason email, email-taken, password, name, languages,
        contact-points or role when an entry is wrong. `by`: the admin in the console (None:
        the command line), for the access log."""
        email = self.check_new(email, password, profile)
        password_hash = await asyncio.to_thread(hash_password, password)
        async with self.database.session() as repo:
            if await repo.accounts.by_email(email) is not None:
                raise Refused("email-taken", f"there is already an account for {email}")
            caseworker = Caseworker(
                email=email,
                name=profile.name.strip(),
                password_hash=password_hash,
                role=profile.role,
                languages=",".join(_languages(profile.languages)),
                active=profile.active,
                created_at=self.clock(),
            )
            await repo.accounts.add(caseworker, profile.contact_point_ids)
            await access_log.note(
                repo, AccessAction.USER_CREATED, self.clock(), actor=by,
                detail=f"account {caseworker.id} {email} ({caseworker.role})"
                + ("" if by else " on the command line"),
            )  # fmt: skip
            return Account(caseworker, sorted(set(profile.contact_point_ids)))

    def check_new(self, email: str, password: str, profile: Profile) -> str:
        """The normalised email if the entries for a new account are fine, else Refused
        (without touching the database)."""
        email = _valid_email(email)
        self._check_profile(profile)
        _check_password(password, email)
        return email

    async def all(self) -> list[Account]:
        async with self.database.session() as repo:
            memberships = await repo.accounts.all_memberships()
            return [Account(c, memberships.get(c.id or 0, [])) for c in await repo.accounts.all()]

    async def get(self, caseworker_id: int) -> Account | None:
        async with self.database.session() as repo:
            caseworker = await repo.accounts.get(caseworker_id)
            if caseworker is None:
                return None
            return Account(caseworker, await repo.accounts.memberships(caseworker_id))

    async def update(
        self, admin: Actor, caseworker_id: int, profile: Profile, password: str | None = None
    ) -> Account:
        """An admin changes an account. Deactivating it ends its sessions at once."""
        if not admin.is_admin:
            raise Refused("admin-only", "only admins manage accounts")
        self._check_profile(profile)
        if caseworker_id == admin.id and (
            not profile.active or profile.role != CaseworkerRole.ADMIN.value
        ):
            raise Refused("self", "you cannot take away your own admin role or account")
        password_hash = None
        if password:
            account = await self.get(caseworker_id)
            _check_password(password, account.caseworker.email if account else "")
            password_hash = await asyncio.to_thread(hash_password, password)
        async with self.database.session() as repo:
            caseworker = await repo.accounts.get(caseworker_id)
            if caseworker is None:
                raise Refused("no-account", f"no account {caseworker_id}")
            before = await repo.accounts.memberships(caseworker_id)
            changed = _changes(caseworker, before, profile, password_hash is not None)
            caseworker.name = profile.name.strip()
            caseworker.languages = ",".join(_languages(profile.languages))
            caseworker.role = profile.role
            caseworker.active = profile.active
            if password_hash:
                caseworker.password_hash = password_hash
            await repo.accounts.save(caseworker)
            await repo.accounts.set_memberships(caseworker_id, profile.contact_point_ids)
            await access_log.note(
                repo, AccessAction.USER_CHANGED, self.clock(), actor=admin,
                detail=f"account {caseworker_id} {caseworker.email}: {', '.join(changed) or '-'}",
            )  # fmt: skip
            if not profile.active or password_hash:
                await repo.accounts.end_sessions_of(caseworker_id)
            return Account(caseworker, sorted(set(profile.contact_point_ids)))

    def _check_profile(self, profile: Profile) -> None:
        if not profile.name.strip() or len(profile.name.strip()) > 80:
            raise Refused("name", "the name must have 1 to 80 characters")
        _languages(profile.languages)
        unknown = set(profile.contact_point_ids) - self.known_contact_points
        if unknown:
            raise Refused(
                "contact-points",
                f"unknown contact points {', '.join(sorted(unknown))}; known are "
                f"{', '.join(sorted(self.known_contact_points))}",
            )
        if profile.role not in {r.value for r in CaseworkerRole}:
            raise Refused("role", f"role {profile.role!r}: use caseworker or admin")

    # -- logging in ----------------------------------------------------------------------------

    async def log_in(self, email: str, password: str, ip: str) -> Login:
        """A new session, or LoginRefused / LoginThrottled."""
        email = email.strip().lower()[:254]
        now = self.clock()
        async with self.database.session() as repo:
            await repo.accounts.count_alone()  # every process, so the limit holds for all
            since = now - LOGIN_WINDOW
            for failures, limit in (
                (await repo.accounts.failures_since(since, email=email), FAILURES_PER_EMAIL),
                (await repo.accounts.failures_since(since, ip=ip), FAILURES_PER_IP),
            ):
                if len(failures) >= limit:
                    # Not logged: only attempts that count are, so a flood stays bounded.
                    raise LoginThrottled(failures[-limit] + LOGIN_WINDOW - now)
            # Counted as failed until the password proves right: attempts still being checked
            # take their place in the limit, and committing here makes others see them.
            await repo.accounts.add_attempt(email, ip, now, succeeded=False)
            caseworker = await repo.accounts.by_email(email)
        # Outside the transaction: hashing takes a while and SQLite would stay locked.
        stored = caseworker.password_hash if caseworker else _dummy_hash()
        matches = await asyncio.to_thread(password_matches, stored, password)
        ok = matches and caseworker is not None and caseworker.active
        if not ok or caseworker is None or caseworker.id is None:
            async with self.database.session() as repo:
                # Never the password; the email only if it looks like one (someone may type
                # their password into the wrong field).
                await access_log.note(
                    repo, AccessAction.LOGIN_FAILED, now,
                    email=email if _EMAIL.match(email) else None,
                    caseworker_id=caseworker.id if caseworker else None, detail=ip,
                )  # fmt: skip
            raise LoginRefused("wrong email or password")
        async with self.database.session() as repo:
            await repo.accounts.forget_failures(email)  # this attempt's row among them
            await repo.accounts.add_attempt(email, ip, now, succeeded=True)
            await repo.accounts.end_expired_sessions(now)
            await repo.accounts.forget_attempts_before(now - dt.timedelta(days=1))
            if _hasher.check_needs_rehash(caseworker.password_hash):
                caseworker.password_hash = await asyncio.to_thread(hash_password, password)
                await repo.accounts.save(caseworker)
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            expires = now + self.session_lifetime
            await repo.accounts.add_session(
                ConsoleSession(
                    id=self._digest(token),
                    caseworker_id=caseworker.id,
                    csrf_token=csrf,
                    created_at=now,
                    expires_at=expires,
                )
            )
            actor = Actor.of(caseworker, await repo.accounts.memberships(caseworker.id))
            await access_log.note(repo, AccessAction.LOGIN, now, actor=actor, detail=ip)
        return Login(actor, token, csrf, expires)

    async def session(self, token: str) -> Session | None:
        """The session of a cookie's token, if it is valid, unexpired and its account active."""
        if not token:
            return None
        digest = self._digest(token)
        async with self.database.session() as repo:
            row = await repo.accounts.session_by_digest(digest)
            if row is None:
                return None
            if row.expires_at <= self.clock():
                await repo.accounts.end_session(digest)
                return None
            caseworker = await repo.accounts.get(row.caseworker_id)
            if caseworker is None or not caseworker.active:
                return None
            actor = Actor.of(caseworker, await repo.accounts.memberships(row.caseworker_id))
            return Session(actor, row.csrf_token, row.expires_at)

    async def log_out(self, token: str) -> None:
        digest = self._digest(token)
        async with self.database.session() as repo:
            row = await repo.accounts.session_by_digest(digest)
            caseworker = await repo.accounts.get(row.caseworker_id) if row else None
            await repo.accounts.end_session(digest)
            if caseworker is not None:
                await access_log.note(
                    repo, AccessAction.LOGOUT, self.clock(), email=caseworker.email,
                    caseworker_id=caseworker.id,
                )  # fmt: skip

    def _digest(self, token: str) -> str:
        return hmac.new(self.secret, token.encode(), hashlib.sha256).hexdigest()


def _changes(
    caseworker: Caseworker, memberships: list[str], profile: Profile, password: bool
) -> list[str]:
    """Which fields an update changes: their names only, for the access log."""
    changed = {
        "name": caseworker.name != profile.name.strip(),
        "languages": caseworker.languages != ",".join(_languages(profile.languages)),
        "role": caseworker.role != profile.role,
        "active": caseworker.active != profile.active,
        "contact points": sorted(memberships) != sorted(set(profile.contact_point_ids)),
        "password": password,
    }
    return [field for field, differs in changed.items() if differs]


def _valid_email(email: str) -> str:
    email = email.strip().lower()
    if len(email) > 254 or not _EMAIL.match(email):
        raise Refused("email", f"{email!r} is not an email address")
    return email


def _check_password(password: str, email: str) -> None:
    """Refused (saying why) unless the password is long enough and not one of those tried
    first by anyone guessing: only spaces, one character repeated, a run like 12345678 or
    87654321 (or only digits), or the account's own email."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Refused(
            "password", f"the password must have at least {MIN_PASSWORD_LENGTH} characters"
        )
    if not password.strip():
        raise Refused("password-spaces", "the password is only spaces")
    if len(set(password)) == 1:
        raise Refused("password-repeated", "the password is one character repeated")
    if _is_run(password):
        raise Refused("password-sequence", "the password is a run like 12345678 or abcdefgh")
    if password.isdigit():
        raise Refused("password-digits", "the password is only digits")
    if password.strip().casefold() == email.strip().casefold():
        raise Refused("password-email", "the password is the email address")


def _is_run(password: str) -> bool:
    """Each character one after or one before the last, all the way (12345678, 87654321,
    abcdefghij, 0987654321 counting 0 after 9)."""
    steps = {(ord(b) - ord(a)) for a, b in pairwise(password)}
    if password.isdigit():
        steps = {(int(b) - int(a)) % 10 for a, b in pairwise(password)}
        return steps in ({1}, {9})
    return steps in ({1}, {-1})


def _languages(languages: Sequence[str]) -> list[str]:
    codes = [code.strip().lower() for code in languages if code.strip()]
    wrong = [code for code in codes if not _LANGUAGE.match(code)]
    if wrong:
        raise Refused(
            "languages", f"languages are two- or three-letter codes (de, ar, fa…): {wrong}"
        )
    return list(dict.fromkeys(codes))
