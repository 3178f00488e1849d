"""What happens to registrations: sign-up, opt-in, cancellation, moving up from the waiting list.

Every change of places runs in a transaction that first locks the event's row (PostgreSQL:
SELECT … FOR UPDATE; SQLite takes its write lock when the transaction begins, see settings), so
two people taking the last place at the same moment are counted one after the other: one gets
the place, the other the waiting list. After the commit, the event's own pages on every site
leave the page cache (their "places left" changed); listings keep theirs.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from sites.cache.purge import purge
from sites.events.models import EventPage

from .models import Registration

Status = Registration.Status


def _lock(event):
    """Hold the event's row until the transaction ends (on SQLite the transaction holds the
    database's write lock already, see module doc); returns its places as they are now."""
    return (
        EventPage.objects.select_for_update(of=("self",))
        .filter(pk=event.pk)
        .values_list("capacity", flat=True)
        .first()
    )


def _confirmed_count(event):
    return Registration.objects.filter(event=event, status=Status.CONFIRMED).count()


def _renew_event_pages(event):
    purge(lambda touched: touched.add_item_pages(event))


class Outcome:
    CREATED = "created"
    RESENT = "resent"  # still awaiting confirmation: the mail goes out again
    ALREADY = "already"  # confirmed or on the waiting list already
    CLOSED = "closed"


def register(event, *, site, language, event_url, name, email, organisation="", answers=None):
    """A pending registration (it counts once confirmed); returns (registration, outcome)."""
    email = email.strip().lower()
    with transaction.atomic():
        _lock(event)
        if not event.registration_open:
            return None, Outcome.CLOSED
        existing = (
            Registration.objects.select_for_update()
            .filter(event=event, email=email)
            .exclude(status=Status.CANCELLED)
            .first()
        )
        if existing is not None:
            if existing.status != Status.PENDING:
                return existing, Outcome.ALREADY
            # A new link (the old one may have expired), with what the person typed this time.
            existing.name, existing.organisation = name, organisation
            existing.answers = answers or {}
            existing.site, existing.language, existing.event_url = site, language, event_url
            existing.created_at = timezone.now()
            existing.save()
            return existing, Outcome.RESENT
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    site=site,
                    language=language,
                    event_url=event_url,
                    name=name,
                    email=email,
                    organisation=organisation,
                    answers=answers or {},
                )
        except IntegrityError:  # the same address at the same moment: that one stands
            registration = (
                Registration.objects.filter(event=event, email=email)
                .exclude(status=Status.CANCELLED)
                .first()
            )
            return registration, Outcome.ALREADY
    return registration, Outcome.CREATED


def confirm(registration):
    """The opt-in: a place if one is free, else the waiting list. Idempotent: a second click
    changes nothing. Returns the registration as it is now."""
    with transaction.atomic():
        capacity = _lock(registration.event)
        registration.refresh_from_db()
        if registration.status != Status.PENDING or registration.event.start <= timezone.now():
            return registration
        has_place = capacity is None or _confirmed_count(registration.event) < capacity
        registration.status = Status.CONFIRMED if has_place else Status.WAITING
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
        _renew_event_pages(registration.event)
    return registration


def waiting_position(registration):
    """1 for the first on the waiting list."""
    if registration.status != Status.WAITING:
        return None
    return (
        Registration.objects.filter(
            event=registration.event,
            status=Status.WAITING,
            confirmed_at__lt=registration.confirmed_at,
        ).count()
        + 1
    )


def _first_waiting(event):
    return (
        Registration.objects.select_for_update()
        .filter(event=event, status=Status.WAITING)
        .order_by("confirmed_at", "pk")
        .first()
    )


def cancel(registration):
    """Cancel; a freed place goes to the first on the waiting list. Returns the registration
    moved up (to be told by mail), or None."""
    with transaction.atomic():
        capacity = _lock(registration.event)
        registration.refresh_from_db()
        if registration.status == Status.CANCELLED:
            return None
        was_confirmed = registration.status == Status.CONFIRMED
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        moved_up = None
        event = registration.event
        if was_confirmed and (capacity is None or _confirmed_count(event) < capacity):
            moved_up = _first_waiting(event)
            if moved_up is not None:
                moved_up.status = Status.CONFIRMED
                moved_up.save(update_fields=["status"])
        _renew_event_pages(event)
    return moved_up


def move_up(registration):
    """An organiser moves someone up from the waiting list; only into a free place (no
    overbooking: raise the places first). Returns True if moved."""
    with transaction.atomic():
        capacity = _lock(registration.event)
        registration.refresh_from_db()
        event = registration.event
        if registration.status != Status.WAITING:
            return False
        if capacity is not None and _confirmed_count(event) >= capacity:
            return False
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status"])
        _renew_event_pages(event)
    return True
