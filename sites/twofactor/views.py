"""Admin views: the code step after the password, and the account's two-factor settings."""

import logging

import django_otp
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.account import AccountView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .devices import (
    CodeLocked,
    attempt,
    backup_codes_left,
    confirm_authenticator,
    has_two_factor,
    locked_until,
    match_code,
    needs_code,
    new_backup_codes,
    pending_authenticator,
    secret_for_display,
    switch_off,
)
from .forms import CodeForm, SwitchOffForm
from .qr import qr_svg

logger = logging.getLogger(__name__)

# New backup codes wait here for the one page that shows them.
NEW_CODES_SESSION_KEY = "twofactor_new_backup_codes"
INVALID_CODE = _("This code is not valid. Check that your device's clock is right and try again.")


def next_url(request):
    """Where to go after the code step: a local `next`, else the dashboard."""
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def locked_response(request, until, signed_in):
    logger.warning("Two-factor code step locked for user %s until %s", request.user.pk, until)
    return render(
        request,
        "twofactor/locked.html",
        {"locked_until": until, "signed_in": signed_in},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


# --- the code step ------------------------------------------------------------------------------


def verify(request):
    """After the password: a code from the authenticator app or a backup code."""
    user = request.user
    if not needs_code(user):
        return redirect(next_url(request))
    form = CodeForm(request.POST if request.method == "POST" else None)
    try:
        if form.is_bound and form.is_valid():
            device = attempt(user, lambda: match_code(user, form.cleaned_data["code"]))
            if device is not None:
                request.session.cycle_key()
                django_otp.login(request, device)
                return redirect(next_url(request))
            form.add_error("code", INVALID_CODE)
        else:
            until = locked_until(user)
            if until is not None:
                raise CodeLocked(until)
    except CodeLocked as locked:
        return locked_response(request, locked.until, signed_in=False)
    return render(
        request,
        "twofactor/verify.html",
        {"form": form, "next": next_url(request)},
    )


# --- settings -----------------------------------------------------------------------------------


class TwoFactorView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Two-factor authentication")
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailadmin_account"), "label": AccountView.page_title},
            {"url": "", "label": self.get_page_title()},
        ]


class OverviewView(TwoFactorView):
    """On or off; set up, new backup codes, switch off."""

    template_name = "twofactor/overview.html"
    switch_off_form = None

    def get_context_data(self, **kwargs):
        user = self.request.user
        enabled = has_two_factor(user)
        return super().get_context_data(
            enabled=enabled,
            required=settings.VERBUND_REQUIRE_2FA,
            backup_codes_left=backup_codes_left(user) if enabled else 0,
            switch_off_form=self.switch_off_form or SwitchOffForm(),
            **kwargs,
        )


class SetupView(TwoFactorView):
    """QR code and key of a new authenticator; one code from the app switches it on."""

    template_name = "twofactor/setup.html"
    page_subtitle = _("Set up")

    def dispatch(self, request, *args, **kwargs):
        if has_two_factor(request.user):
            return redirect("twofactor_overview")
        self.device = pending_authenticator(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            qr_code=qr_svg(self.device.config_url, _("QR code for your authenticator app")),
            secret=secret_for_display(self.device),
            account_name=f"{settings.OTP_TOTP_ISSUER}: {self.request.user.get_username()}",
            required=settings.VERBUND_REQUIRE_2FA,
            **kwargs,
        )

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=CodeForm()))

    def post(self, request, *args, **kwargs):
        form = CodeForm(request.POST)
        if form.is_valid():
            codes = confirm_authenticator(self.device, form.cleaned_data["code"])
            if codes is not None:
                # The code just proved the authenticator: this session needs no code step.
                django_otp.login(request, self.device)
                request.session[NEW_CODES_SESSION_KEY] = codes
                messages.success(request, _("Two-factor authentication is now on."))
                return redirect("twofactor_backup_codes")
            form.add_error("code", INVALID_CODE)
        return self.render_to_response(self.get_context_data(form=form))


class BackupCodesView(TwoFactorView):
    """New backup codes, shown once: a reload finds them gone."""

    template_name = "twofactor/backup_codes.html"
    page_subtitle = _("Backup codes")

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
        if not codes or not has_two_factor(request.user):
            return redirect("twofactor_overview")
        return self.render_to_response(self.get_context_data(codes=codes))


@require_POST
def regenerate_backup_codes(request):
    if has_two_factor(request.user):
        request.session[NEW_CODES_SESSION_KEY] = new_backup_codes(request.user)
        return redirect("twofactor_backup_codes")
    return redirect("twofactor_overview")


@require_POST
def switch_off_view(request):
    """Switching off takes a code, a backup code or the password, under the same lock."""
    user = request.user
    if not has_two_factor(user):
        return redirect("twofactor_overview")
    form = SwitchOffForm(request.POST)
    if form.is_valid():
        value = form.cleaned_data["confirmation"]
        try:
            confirmed = attempt(
                user, lambda: match_code(user, value) is not None or user.check_password(value)
            )
        except CodeLocked as locked:
            return locked_response(request, locked.until, signed_in=True)
        if confirmed:
            switch_off(user)
            request.session.pop(django_otp.DEVICE_ID_SESSION_KEY, None)
            messages.success(request, _("Two-factor authentication is now off."))
            return redirect("twofactor_overview")
        form.add_error("confirmation", _("This is neither a valid code nor your password."))
    view = OverviewView(switch_off_form=form)
    view.setup(request)
    return view.get(request)
