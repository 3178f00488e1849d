"""The reader's side: sign up on any site that shows the event, confirm and cancel from the mail.

Like the contact form, these views act for nobody (no session, no account): the sign-up is
guarded by the honeypot and the contact form's rate limit, confirming and cancelling by the
signed token in the link. So they skip Django's CSRF check, which would need a cookie readers
never get. A link's GET only shows a button; the change is a POST, so that mail scanners that
open links do not confirm or cancel for anybody. Nothing here is stored in the page cache.
"""

import functools
import logging

from django.core import signing
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale, Site

from sites.contact.ratelimit import SubmissionRateLimit
from sites.core.models import BrandingSettings
from sites.core.request_memo import memo_scope
from sites.core.sharing import build_entries
from sites.events.models import EventPage

from . import mails, services
from .forms import RegistrationForm
from .models import CANCEL_SALT, CONFIRM_SALT, Registration, confirm_max_age
from .places import original_event, places

logger = logging.getLogger(__name__)
Status = Registration.Status


def event_on_site(site, event_id):
    """The live event page `event_id` if `site` shows the event (own, co-organised, shared)."""
    page = EventPage.objects.live().filter(pk=event_id).first()
    if page is None:
        raise Http404
    original = original_event(page)
    if not EventPage.visible_on(site, Locale.get_default()).filter(pk=original.pk).exists():
        raise Http404
    return page, original


def registration_context(request, page, original, form, entry):
    return {
        "event": page,
        "event_link": entry.url,
        "places": places(original),
        "form": form,
        "privacy_page": BrandingSettings.for_request(request).legal_pages().get("privacy"),
    }


def with_memo(view):
    """Answer POSTs with the per-request memo too (core.request_memo gives writes none, so that
    nothing read before a change is reused after it): the only change here is to registrations,
    and the one memoised read that depends on them, the places, is read after a confirmation
    or cancellation (a pending sign-up changes no places)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        with memo_scope():
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            return response

    return wrapper


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@with_memo
def register(request, event_id):
    site = Site.find_for_request(request)
    page, original = event_on_site(site, event_id)
    if not original.registration_enabled:
        raise Http404
    form = RegistrationForm.for_event(page, request.POST if request.method == "POST" else None)
    [entry] = build_entries([page], request, site)
    context = registration_context(request, page, original, form, entry)
    template = "registrations/register.html"
    if request.method != "POST":
        return TemplateResponse(request, template, context)

    rate_limit = SubmissionRateLimit(request, site)
    if rate_limit.exceeded():
        form.is_valid()
        form.add_error(
            None,
            gettext(
                "You have sent several forms in a short time. Please wait a few minutes and "
                "try again."
            ),
        )
        return TemplateResponse(request, template, context, status=429)
    if form.honeypot_filled:
        rate_limit.hit()
        logger.info("Registration for %s: honeypot filled in, discarded.", original.pk)
        return TemplateResponse(request, "registrations/check_mail.html", context)
    if not form.is_valid():
        return TemplateResponse(request, template, context, status=400)

    rate_limit.hit()
    registration, outcome = services.register(
        original,
        site=site,
        language=get_language(),
        event_url=request.build_absolute_uri(entry.url),
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        organisation=form.cleaned_data["organisation"],
        answers=form.answers(),
    )
    if outcome == services.Outcome.CLOSED:
        context["places"] = places(original)
        return TemplateResponse(request, template, context, status=409)
    if outcome == services.Outcome.ALREADY:
        context["registration"] = registration
        return TemplateResponse(request, "registrations/already.html", context, status=409)
    mails.send_confirmation_request(registration)
    context["registration"] = registration
    return TemplateResponse(request, "registrations/check_mail.html", context)


def _from_link(token, salt, max_age=None):
    """(registration, None), or (None, (template, status)) for a link that does not work."""
    try:
        return Registration.from_token(token, salt, max_age=max_age), None
    except signing.SignatureExpired:
        return None, ("registrations/link_expired.html", 410)
    except (signing.BadSignature, Registration.DoesNotExist):
        return None, ("registrations/link_invalid.html", 404)


def _link_context(registration):
    version = mails.event_version(registration)
    return {
        "registration": registration,
        "event": version,
        "places": places(registration.event),
        "waiting_position": services.waiting_position(registration),
    }


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@with_memo
def confirm(request, token):
    registration, failure = _from_link(token, CONFIRM_SALT, max_age=confirm_max_age())
    if failure:
        return TemplateResponse(request, failure[0], {}, status=failure[1])
    if request.method == "POST":
        registration = services.confirm(registration)
    context = _link_context(registration)
    if registration.status == Status.PENDING and request.method == "POST":
        return TemplateResponse(request, "registrations/closed.html", context, status=409)
    return TemplateResponse(request, "registrations/confirm.html", context)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@with_memo
def cancel(request, token):
    registration, failure = _from_link(token, CANCEL_SALT)
    if failure:
        return TemplateResponse(request, failure[0], {}, status=failure[1])
    if request.method == "POST":
        moved_up = services.cancel(registration)
        if moved_up is not None:
            mails.send_moved_up(moved_up)
        registration.refresh_from_db()
    return TemplateResponse(request, "registrations/cancel.html", _link_context(registration))
