"""How many places an event has left, for the event page, its JSON-LD and the admin.

Imports no page model, so sites/events can ask it without an import circle.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from sites.core.request_memo import memoised

from .models import Registration

Status = Registration.Status


def originals_of(page):
    """A queryset of the German original of `page` (one row; none before it exists)."""
    return type(page).objects.filter(
        translation_key=page.translation_key,
        locale__language_code=settings.LANGUAGE_CODE,
        alias_of__isnull=True,
    )


def original_event(page):
    """The German original of an event page (a translation or an alias, in any language)."""
    page = page.specific
    if page.locale.language_code == settings.LANGUAGE_CODE and not page.alias_of_id:
        return page
    return originals_of(page).get()


@dataclass(frozen=True)
class Places:
    """An event's registration at one moment, as a reader sees it."""

    capacity: int | None
    confirmed: int
    waiting: int
    is_open: bool

    @property
    def left(self):
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)

    @property
    def is_full(self):
        return self.capacity is not None and self.confirmed >= self.capacity


def registration_is_open(start, deadline):
    """Until the deadline, and never once the event has started (EventPage.registration_open)."""
    now = timezone.now()
    return start > now and (deadline is None or deadline >= now)


def places(event):
    """The places of `event` (any language version: what counts is the German original's
    capacity and registrations), in one query, once per request."""

    def compute():
        counted = {
            f"{status}_count": Count("registrations", filter=Q(registrations__status=status))
            for status in (Status.CONFIRMED, Status.WAITING)
        }
        row = (
            originals_of(event)
            .annotate(**counted)
            .values("capacity", "start", "registration_deadline", *counted)
            .get()
        )
        return Places(
            capacity=row["capacity"],
            confirmed=row["confirmed_count"],
            waiting=row["waiting_count"],
            is_open=registration_is_open(row["start"], row["registration_deadline"]),
        )

    return memoised(("registration_places", event.translation_key), compute)


def places_of_page(page):
    """The places of the event `page` shows; None without registration."""
    if not page.registration_enabled:
        return None
    return places(page)
