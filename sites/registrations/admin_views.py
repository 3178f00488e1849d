"""The organisers' side in the admin: per event, who is coming, export, print, manual actions.

Who may see an event's registrations: superusers, and the editors and moderators of every
association that organises it (owner and co-organisers), through a site permission their role
carries (sites/editorial/roles.py). Partners an event is merely shared with, translators and
everybody else get a 404: not even an event's registration list may be probed by id.
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, Q, Value, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import GroupSitePermission, Locale, Site

from sites.events.models import EventPage

from . import mails, services
from .forms import MailAttendeesForm
from .models import Registration
from .places import places

Status = Registration.Status
PERMISSION = ("registrations", "change_registration")
EXPORT_ORDER = (Status.CONFIRMED, Status.WAITING, Status.PENDING, Status.CANCELLED)
# A leading =, +, - or @ makes a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def managed_site_ids(user):
    """The sites whose events' registrations `user` manages (None: all, a superuser)."""
    if user.is_superuser:
        return None
    return set(
        GroupSitePermission.objects.filter(
            group__user=user,
            permission__content_type__app_label=PERMISSION[0],
            permission__codename=PERMISSION[1],
        ).values_list("site_id", flat=True)
    )


def manages_registrations_of(user, site):
    site_ids = managed_site_ids(user)
    return site_ids is None or site.pk in site_ids


def manages_registrations(user):
    site_ids = managed_site_ids(user)
    return site_ids is None or bool(site_ids)


def managed_events(user):
    """German originals with registration switched on that the user's associations organise
    (own or co-organised: what the listings' association filter calls an association's)."""
    locale = Locale.get_default()
    events = EventPage.objects.filter(
        registration_enabled=True, locale=locale, alias_of__isnull=True
    )
    site_ids = managed_site_ids(user)
    if site_ids is None:
        return events
    organised = Q(pk__in=[])
    for site in Site.objects.filter(pk__in=site_ids):
        organised |= Q(pk__in=EventPage.from_association(events, site, locale).values("pk"))
    return events.filter(organised)


def event_for(user, event_id):
    """The event if the user organises it; 404 otherwise (no probing by id)."""
    event = managed_events(user).filter(pk=event_id).first()
    if event is None:
        raise Http404
    return event


def with_counts(events):
    return events.annotate(
        confirmed_count=Count("registrations", filter=Q(registrations__status=Status.CONFIRMED)),
        waiting_count=Count("registrations", filter=Q(registrations__status=Status.WAITING)),
        pending_count=Count("registrations", filter=Q(registrations__status=Status.PENDING)),
    )


def require_manager(request):
    if not manages_registrations(request.user):
        raise PermissionDenied


def index(request):
    require_manager(request)
    now = timezone.now()
    events = with_counts(managed_events(request.user))
    upcoming = events.filter(end__gte=now).order_by("start")
    past = events.filter(end__lt=now).order_by("-start")[:50]
    return TemplateResponse(
        request,
        "registrations/admin/index.html",
        {"upcoming": upcoming, "past": past},
    )


def event_registrations(request, event_id):
    require_manager(request)
    event = event_for(request.user, event_id)
    registrations = list(
        Registration.objects.filter(event=event)
        .select_related("site")
        .order_by("confirmed_at", "created_at", "pk")
    )
    questions = list(event.registration_questions)
    groups = {status: [] for status in Status.values}
    for registration in registrations:
        registration.answer_list = [
            _answer(registration.answers.get(question.id)) for question in questions
        ]
        groups[registration.status].append(registration)
    place_count = places(event)
    return TemplateResponse(
        request,
        "registrations/admin/event.html",
        {
            "event": event,
            "places": place_count,
            "free_places": place_count.left is None or place_count.left > 0,
            "questions": questions,
            "sections": [(status, status.label, groups[status]) for status in EXPORT_ORDER],
            "can_edit": event.permissions_for_user(request.user).can_edit(),
        },
    )


def _registration(request, event_id, registration_id):
    event = event_for(request.user, event_id)
    return get_object_or_404(Registration, pk=registration_id, event=event)


@require_POST
def cancel_registration(request, event_id, registration_id):
    require_manager(request)
    registration = _registration(request, event_id, registration_id)
    moved_up = services.cancel(registration)
    messages.success(
        request, _("Registration of %(name)s cancelled.") % {"name": registration.name}
    )
    if moved_up is not None:
        mails.send_moved_up(moved_up)
        messages.success(
            request,
            _("%(name)s moved up from the waiting list and was told by e-mail.")
            % {"name": moved_up.name},
        )
    return redirect("registrations_admin:event", event_id=event_id)


@require_POST
def move_up(request, event_id, registration_id):
    require_manager(request)
    registration = _registration(request, event_id, registration_id)
    if services.move_up(registration):
        mails.send_moved_up(registration)
        messages.success(
            request,
            _("%(name)s moved up from the waiting list and was told by e-mail.")
            % {"name": registration.name},
        )
    else:
        messages.error(
            request,
            _("No place is free. Raise the number of places of the event first, then publish it."),
        )
    return redirect("registrations_admin:event", event_id=event_id)


def mail_attendees(request, event_id):
    require_manager(request)
    event = event_for(request.user, event_id)
    form = MailAttendeesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sent = mails.send_to_attendees(
            event, form.cleaned_data["subject"], form.cleaned_data["message"]
        )
        messages.success(
            request,
            ngettext(
                "The message went to %(count)d attendee.",
                "The message went to %(count)d attendees.",
                sent,
            )
            % {"count": sent},
        )
        return redirect("registrations_admin:event", event_id=event_id)
    confirmed = Registration.objects.filter(event=event, status=Status.CONFIRMED).count()
    return TemplateResponse(
        request,
        "registrations/admin/mail.html",
        {"event": event, "form": form, "confirmed": confirmed},
    )


def _cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _answer(value):
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    return value or ""


def export(request, event_id):
    """CSV in UTF-8 with a byte order mark (Excel reads the umlauts); ?delimiter=semicolon for
    German Excel, which splits on semicolons."""
    require_manager(request)
    event = event_for(request.user, event_id)
    delimiter = ";" if request.GET.get("delimiter") == "semicolon" else ","
    questions = list(event.registration_questions)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="{slugify(event.slug)}-registrations-{stamp}.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=delimiter)
    writer.writerow(
        [
            _("Status"),
            _("Name"),
            _("E-mail"),
            _("Organisation"),
            *[question.value["label"] for question in questions],
            _("Registered on the site of"),
            _("Language"),
            _("Registered at"),
            _("Confirmed at"),
        ]
    )
    registrations = Registration.objects.filter(event=event).select_related("site")
    status_order = Case(
        *[When(status=status, then=Value(rank)) for rank, status in enumerate(EXPORT_ORDER)]
    )
    for registration in registrations.order_by(status_order, "confirmed_at", "pk"):
        writer.writerow(
            [
                _cell(value)
                for value in (
                    registration.get_status_display(),
                    registration.name,
                    registration.email,
                    registration.organisation,
                    *[_answer(registration.answers.get(q.id)) for q in questions],
                    registration.site.site_name if registration.site else "",
                    registration.language,
                    _local(registration.created_at),
                    _local(registration.confirmed_at),
                )
            ]
        )
    return response


def _local(moment):
    if moment is None:
        return ""
    return timezone.localtime(moment).replace(microsecond=0, tzinfo=None).isoformat(sep=" ")


def attendee_list(request, event_id):
    """The confirmed attendees for the door, A–Z, with a box to tick: a page to print."""
    require_manager(request)
    event = event_for(request.user, event_id)
    attendees = Registration.objects.filter(event=event, status=Status.CONFIRMED).order_by(
        "name", "pk"
    )
    return TemplateResponse(
        request,
        "registrations/admin/attendee_list.html",
        {"event": event, "attendees": attendees, "printed_at": timezone.localtime()},
    )
