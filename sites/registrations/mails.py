"""The mails of a registration, in the language of the page the person registered on."""

import logging
from email.utils import formataddr, parseaddr
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from sites.core.models import BrandingSettings
from sites.core.request_memo import memo_scope, memoised
from sites.core.sharing import ListingEntry, associations_by_site, owner_site_id
from sites.events.ical import calendar_text, event_text

from .models import Registration

logger = logging.getLogger(__name__)


def link(registration, name, token):
    """A full link to one of the registration views, on the site and in the language of the
    registration."""
    with translation.override(registration.language):
        path = reverse(f"registrations:{name}", kwargs={"token": token})
    site = registration.site
    return (site.root_url if site else "") + path


def event_version(registration):
    """The event in the registration's language (the original if not translated), once per
    event and language in a memo scope (a mail to all attendees)."""
    event = registration.event

    def compute():
        translated = (
            type(event)
            .objects.live()
            .filter(
                translation_key=event.translation_key,
                locale__language_code=registration.language,
                alias_of__isnull=True,
            )
            .first()
        )
        return translated or event

    return memoised(("event_version", event.pk, registration.language), compute)


def calendar_file(registration, version):
    """The event's .ics (the same UID as the event page's)."""
    owner = associations_by_site().get(owner_site_id(version))
    entry = ListingEntry(page=version, url=registration.event_url, owner=owner, is_shared=False)
    return calendar_text(version.title, [event_text(entry)])


def _sender(registration):
    """The association's name on the project's sending address."""
    branding = BrandingSettings.for_site(registration.site) if registration.site else None
    if branding is None or not branding.short_name:
        return branding, settings.DEFAULT_FROM_EMAIL
    return branding, formataddr((branding.short_name, parseaddr(settings.DEFAULT_FROM_EMAIL)[1]))


def _send(registration, template, *, with_calendar=False, connection=None, **extra):
    version = event_version(registration)
    branding, sender = _sender(registration)
    context = {
        "registration": registration,
        "event": version,
        "branding": branding,
        "cancel_url": link(registration, "cancel", registration.cancel_token()),
        **extra,
    }
    with translation.override(registration.language):
        subject = " ".join(
            render_to_string(f"registrations/mail/{template}_subject.txt", context).split()
        )
        body = render_to_string(f"registrations/mail/{template}.txt", context)
    message = EmailMessage(
        subject,
        body,
        sender,
        [registration.email],
        reply_to=[version.contact_email] if version.contact_email else None,
        connection=connection,
    )
    if with_calendar:
        message.attach(f"{version.slug}.ics", calendar_file(registration, version), "text/calendar")
    try:
        message.send()
    except (SMTPException, OSError):
        # The registration is stored; the organisers see it and can write to the person.
        logger.exception("Registration %s: sending the %s mail failed.", registration.pk, template)
        return False
    return True


def send_confirmation_request(registration):
    """The double opt-in: the confirm link (it expires), the cancel link and the .ics."""
    return _send(
        registration,
        "confirm_request",
        with_calendar=True,
        confirm_url=link(registration, "confirm", registration.confirm_token()),
        confirm_hours=settings.REGISTRATION_CONFIRM_HOURS,
    )


def send_moved_up(registration):
    return _send(registration, "moved_up", with_calendar=True)


def send_to_attendees(event, subject, message):
    """An organiser's message to every confirmed attendee, one mail each (nobody sees the
    others' addresses); returns how many went out."""
    sent = 0
    attendees = Registration.objects.filter(
        event=event, status=Registration.Status.CONFIRMED
    ).select_related("event", "site")
    # one memo for the whole mailing: the event's versions, the branding and the associations
    # are read once, not once per attendee
    with memo_scope(), get_connection() as connection:
        for registration in attendees:
            sent += _send(
                registration,
                "organiser_message",
                connection=connection,
                organiser_subject=subject,
                organiser_message=message,
            )
    return sent
