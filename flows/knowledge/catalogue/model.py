"""The contact-point file, as validated data.

A coordinator writes this file (YAML); every field here is one they can set. Texts that a
young person reads may be given once (same in every language, e.g. names) or per language.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from holidays.countries.germany import Germany
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from flows.vocabulary.languages import SUPPORTED_LANGUAGES

Lang = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
Ident = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,23}$")]
"""Short ids: they travel inside Telegram callback data (64 bytes at most)."""


def located(message: str, *where: str | int) -> PydanticCustomError:
    """A validation error about one part of the object being checked.

    A model validator's error is reported at the model's own position; `where` (YAML keys and
    list indexes below it) lets the loader point at the exact line of the culprit.
    """
    return PydanticCustomError("catalogue", message, {"where": where})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Weekday(StrEnum):
    mon = "mon"
    tue = "tue"
    wed = "wed"
    thu = "thu"
    fri = "fri"
    sat = "sat"
    sun = "sun"

    @property
    def number(self) -> int:
        """Monday is 0, as in `datetime.date.weekday()`.

        (Not called `index`: that would shadow `str.index` of this string enum.)
        """
        return list(Weekday).index(self)


class WindowKind(StrEnum):
    drop_in = "drop_in"
    """Offene Sprechstunde: come without an appointment."""
    appointment = "appointment"
    """Only with an appointment made beforehand."""


class Offer(StrEnum):
    clearing = "clearing"
    case_management = "case_management"
    street_work = "street_work"
    open_consultation = "open_consultation"
    appointments = "appointments"
    coaching = "coaching"
    interpreters = "interpreters"


class Residence(StrEnum):
    any = "any"
    duldung = "duldung"
    gestattung = "gestattung"
    residence_permit = "residence_permit"
    eu_citizen = "eu_citizen"


class LocalText(Strict):
    """A text per language. `de` is required: it is the language of every service here."""

    model_config = ConfigDict(extra="allow", frozen=True)
    de: str

    @model_validator(mode="after")
    def _known_languages(self) -> LocalText:
        for lang, value in (self.model_extra or {}).items():
            if lang not in SUPPORTED_LANGUAGES:
                raise located(
                    f"unknown language code {lang!r}; use one of {', '.join(SUPPORTED_LANGUAGES)}",
                    lang,
                )
            if not isinstance(value, str):
                raise located(f"the {lang!r} text must be text, not a list or a number", lang)
        return self

    def get(self, lang: str) -> str:
        """The text in `lang`, else English, else German."""
        extra = self.model_extra or {}
        for candidate in (lang, "en"):
            if candidate == "de":
                return self.de
            if candidate in extra:
                return str(extra[candidate])
        return self.de

    def languages(self) -> set[str]:
        return {"de", *(self.model_extra or {})}


def _as_local_text(value: object) -> object:
    # A plain string is the same text in every language (names, addresses).
    return {"de": value} if isinstance(value, str) else value


Text = Annotated[LocalText, Field()]


class Period(Strict):
    start: dt.date | None = Field(default=None, alias="from")
    until: dt.date | None = None
    """Last day on which the programme runs (inclusive)."""

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start and self.until and self.until < self.start:
            raise located("'until' lies before 'from'", "until")
        return self

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (
            self.until is None or day <= self.until
        )


class Programme(Strict):
    name: str
    period: Period = Period()
    funders: list[str] = []


class AgeRange(Strict):
    min: int = Field(ge=0, le=99)
    max: int = Field(ge=0, le=99)

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.max < self.min:
            raise located("'max' is smaller than 'min'", "max")
        return self


class TargetGroup(Strict):
    age: AgeRange
    residence: list[Residence] = [Residence.any]
    areas: list[str] = []
    description: LocalText

    _text = field_validator("description", mode="before")(_as_local_text)


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def _time_of_day(value: object) -> object:
    # YAML 1.1 reads an unquoted 14:00 as the number 840 (sexagesimal); accept it. Any other
    # number would silently become seconds after midnight in pydantic, so refuse it.
    if isinstance(value, dt.time):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return dt.time(value // 60, value % 60)
    if isinstance(value, str) and (match := _CLOCK.fullmatch(value.strip())):
        hour, minute = int(match[1]), int(match[2])
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    shown = repr(value) if isinstance(value, str) else str(value)
    raise ValueError(f"{shown} is not a time of day (use HH:MM, e.g. 14:00)")


class Weekly(Strict):
    """Some weekdays from one time of day to a later one, e.g. Mon-Fri 14:00-18:00."""

    days: list[Weekday] = Field(min_length=1)
    start: dt.time = Field(alias="from")
    end: dt.time = Field(alias="to")

    _clock = field_validator("start", "end", mode="before")(_time_of_day)

    @model_validator(mode="after")
    def _ordered(self) -> Weekly:
        if self.end <= self.start:
            raise located("'to' must be later than 'from' on the same day", "to")
        return self

    @property
    def minutes(self) -> int:
        """Length on an ordinary day (a day with a clock change may differ by an hour)."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


class HoursRule(Weekly):
    """One window of opening hours, e.g. Mon-Fri 14:00-18:00 drop-in."""

    kind: WindowKind = WindowKind.drop_in


class QuietHours(Strict):
    """When no reminder is sent, e.g. from 21:00 to 08:00 (may span midnight)."""

    start: dt.time = Field(alias="from")
    end: dt.time = Field(alias="to")

    _clock = field_validator("start", "end", mode="before")(_time_of_day)

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start == self.end:
            raise located("'from' and 'to' are the same time; leave quiet_hours out", "to")
        return self


class FollowUp(Strict):
    """A message some days after an appointment ('how did it go?', 'we missed you')."""

    enabled: bool = True
    days_after: int = Field(default=1, ge=1, le=60)
    """Days after the day the appointment is marked; sent at the appointment's time of day,
    never in the quiet hours."""


class Reminders(Strict):
    """Messages about appointments, sent in the young person's language: reminders before
    one, follow-ups after one was marked attended or missed."""

    hours_before: list[Annotated[int, Field(ge=1, le=24 * 14)]] = [24, 2]
    """How many hours before the appointment; an empty list sends no reminders."""
    quiet_hours: QuietHours | None = QuietHours(**{"from": dt.time(21, 0), "to": dt.time(8, 0)})
    """A reminder due in these hours goes out at their start instead (the evening before)."""
    follow_up_attended: FollowUp = FollowUp(days_after=3)
    """After an attended appointment: how did it go, do you want another one?"""
    follow_up_missed: FollowUp = FollowUp(days_after=1)
    """After a missed appointment: we missed you, book again?"""

    @field_validator("hours_before")
    @classmethod
    def _once_each(cls, value: list[int]) -> list[int]:
        if len(set(value)) != len(value):
            raise ValueError("an hour is given twice; give each only once")
        return sorted(value, reverse=True)


class Appointments(Strict):
    """Bookable appointments at one place: when, how long, how many at once, how early."""

    hours: list[Weekly] = []
    """When appointments start and end; empty: the place's `hours` of kind `appointment`."""
    slot_minutes: int = Field(ge=5, le=8 * 60)
    capacity: int = Field(default=1, ge=1, le=50)
    """Counsellors in parallel: how many people may book the same slot."""
    notice_hours: int = Field(default=24, ge=0, le=24 * 60)
    """A slot can be booked only if it starts at least this long from now."""
    ahead_days: int = Field(default=28, ge=1, le=366)
    """How many days ahead (from today, local date) slots are offered."""
    bring: LocalText | None = None
    """What to bring to the appointment, shown in the confirmation."""
    reminders: Reminders | None = None
    """This place's own reminders; without, the organisation's `reminders`."""

    _text = field_validator("bring", mode="before")(_as_local_text)

    @model_validator(mode="after")
    def _no_overlap(self) -> Appointments:
        _refuse_overlaps(list(enumerate(self.hours)), "hours")
        return self


def _refuse_overlaps(windows: list[tuple[int, Weekly]], *where: str) -> None:
    """Overlapping appointment windows would offer the same time twice and so multiply the
    capacity: refuse them. `windows` are (index in the file's list, window)."""
    for weekday in Weekday:
        seen: list[tuple[int, Weekly]] = []
        for index, window in windows:
            if weekday not in window.days:
                continue
            for other_index, other in seen:
                if window.start < other.end and other.start < window.end:
                    raise located(
                        f"overlaps {where[-1]}[{other_index}] on {weekday.value}; "
                        "give each time only once",
                        *where,
                        index,
                    )
            seen.append((index, window))


class ClosedDays(Strict):
    start: dt.date = Field(alias="from")
    until: dt.date | None = None
    reason: LocalText | None = None

    _text = field_validator("reason", mode="before")(_as_local_text)

    @model_validator(mode="after")
    def _ordered(self) -> ClosedDays:
        if self.until and self.until < self.start:
            raise located("'until' lies before 'from'", "until")
        return self

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= (self.until or self.start)


class Place(Strict):
    id: Ident
    name: LocalText
    address: str | None = None
    directions: LocalText | None = None
    hours: list[HoursRule] = []
    closed: list[ClosedDays] = []
    appointments: Appointments | None = None

    _text = field_validator("name", "directions", mode="before")(_as_local_text)

    @model_validator(mode="after")
    def _bookable(self) -> Place:
        booking = self.appointments
        if booking is None:
            return self
        windows: list[tuple[tuple[str | int, ...], Weekly]]
        if booking.hours:
            windows = [(("appointments", "hours", i), w) for i, w in enumerate(booking.hours)]
        else:
            own = [(i, r) for i, r in enumerate(self.hours) if r.kind is WindowKind.appointment]
            _refuse_overlaps([(i, rule) for i, rule in own], "hours")
            windows = [(("hours", i), rule) for i, rule in own]
        if not windows:
            raise located(
                "no times for appointments: give 'hours' here, or hours of kind "
                "'appointment' at this place",
                "appointments",
            )
        for where, window in windows:
            if window.minutes < booking.slot_minutes:
                raise located(
                    f"{window.start:%H:%M}-{window.end:%H:%M} is shorter than one slot "
                    f"({booking.slot_minutes} minutes)",
                    *where,
                )
        return self

    def appointment_hours(self) -> list[Weekly]:
        """The windows in which appointment slots lie (empty without `appointments`)."""
        if self.appointments is None:
            return []
        if self.appointments.hours:
            return list(self.appointments.hours)
        return [rule for rule in self.hours if rule.kind is WindowKind.appointment]


class Interpreters(Strict):
    available: bool = False
    note: LocalText | None = None

    _text = field_validator("note", mode="before")(_as_local_text)


class Languages(Strict):
    counselling: list[Lang] = Field(min_length=1)
    interpreters: Interpreters = Interpreters()


class StaffMember(Strict):
    name: str
    role: str | None = None
    languages: list[Lang] = []


class Contact(Strict):
    phone: str | None = None
    email: str | None = None
    sms: str | None = None
    staff: list[StaffMember] = []

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and ("@" not in value or " " in value):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value


class Faq(Strict):
    id: Ident
    question: LocalText
    answer: LocalText
    examples: dict[str, list[str]] = {}
    """How people may type the question, per language (de: [...], ar: [...]): Uli then
    answers it when typed in those languages, not only by its button. Optional."""

    _text = field_validator("question", "answer", mode="before")(_as_local_text)

    @model_validator(mode="after")
    def _examples(self) -> Faq:
        for lang, phrases in self.examples.items():
            if lang not in SUPPORTED_LANGUAGES:
                raise located(
                    f"unknown language code {lang!r}; use one of {', '.join(SUPPORTED_LANGUAGES)}",
                    "examples",
                    lang,
                )
            if not phrases:
                raise located(
                    "has no phrasings; give at least one or leave the language out",
                    "examples",
                    lang,
                )
            for index, phrase in enumerate(phrases):
                if not phrase.strip():
                    raise located("an example phrasing must not be empty", "examples", lang, index)
        return self


class ContactPoint(Strict):
    id: Ident
    name: LocalText
    summary: LocalText
    persona: str | None = None
    """Name the bot speaks as; the organisation's persona if not given."""
    timezone: str = "Europe/Berlin"
    state: str = Field(description="German state for public holidays, e.g. NW, NI, SN")
    open_on_public_holidays: bool = False
    programme: Programme
    see_instead: list[Ident] = []
    """Contact points to suggest once this programme has ended."""
    target_group: TargetGroup
    offers: list[Offer] = []
    free: bool = True
    voluntary: bool = True
    anonymous: bool = True
    languages: Languages
    contact: Contact = Contact()
    places: list[Place] = Field(min_length=1)
    faq: list[Faq] = []

    _text = field_validator("name", "summary", mode="before")(_as_local_text)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. Europe/Berlin)") from None
        return value

    @field_validator("state")
    @classmethod
    def _state(cls, value: str) -> str:
        states = Germany.subdivisions
        if value not in states:
            raise ValueError(f"unknown German state {value!r}; use one of {', '.join(states)}")
        return value

    @model_validator(mode="after")
    def _unique_ids(self) -> ContactPoint:
        ids = [place.id for place in self.places]
        for index, place_id in enumerate(ids):
            if place_id in ids[:index]:
                raise located(f"place id {place_id!r} is used twice", "places", index, "id")
        faq_ids = [faq.id for faq in self.faq]
        for index, faq_id in enumerate(faq_ids):
            if faq_id in faq_ids[:index]:
                raise located(f"faq id {faq_id!r} is used twice", "faq", index, "id")
        if self.id in self.see_instead:
            index = self.see_instead.index(self.id)
            raise located("see_instead names this contact point itself", "see_instead", index)
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def place(self, place_id: str) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)


class Organisation(Strict):
    name: str
    persona: str = "Uli"
    website: str | None = None
    privacy_contact: str | None = None
    privacy_url: str | None = None
    """Where the organisation's full privacy notice is published; /privacy links to it."""
    privacy_notice: LocalText | None = None
    """The organisation's own privacy notice, shown by /privacy instead of Uli's standard
    text (the retention periods and the /mydata, /delete rights are always added)."""
    reminders: Reminders = Reminders()
    """Reminders of appointments at every place that does not set its own."""


class Catalogue(Strict):
    organisation: Organisation
    default_contact_point: Ident | None = None
    contact_points: list[ContactPoint] = Field(min_length=1)

    @model_validator(mode="after")
    def _references(self) -> Catalogue:
        ids = [cp.id for cp in self.contact_points]
        for index, cp_id in enumerate(ids):
            if cp_id in ids[:index]:
                raise located(
                    f"contact point id {cp_id!r} is used twice", "contact_points", index, "id"
                )
        for index, cp in enumerate(self.contact_points):
            for position, other in enumerate(cp.see_instead):
                if other not in ids:
                    raise located(
                        f"see_instead names unknown contact point {other!r}; "
                        f"known are {', '.join(ids)}",
                        "contact_points",
                        index,
                        "see_instead",
                        position,
                    )
        if self.default_contact_point and self.default_contact_point not in ids:
            raise located(
                f"default_contact_point {self.default_contact_point!r} is not defined; "
                f"known are {', '.join(ids)}",
                "default_contact_point",
            )
        return self

    def contact_point(self, cp_id: str) -> ContactPoint | None:
        return next((cp for cp in self.contact_points if cp.id == cp_id), None)


WindowKindName = Literal["drop_in", "appointment"]
