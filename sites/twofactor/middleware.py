"""The code step between the password and the admin.

Belongs right after django_otp.middleware.OTPMiddleware (which comes after
AuthenticationMiddleware). In the admin (VERBUND_ADMIN_PATH_PREFIX) a session signed in with the
password only is sent to the code step when the account has two-factor sign-in, and to the set-up
page when VERBUND_REQUIRE_2FA asks for it; sign-in, sign-out, password reset and the admin's
sprite and JavaScript catalogue stay reachable. Everywhere else such a session counts as signed
out, so private pages and documents need the second factor too.
"""

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from sites.security.middleware import is_admin_path

from .devices import is_fully_signed_in, needs_code, needs_enrolment

# Admin views that work without a signed-in session anyway, or end it.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
CODE_STEP_VIEWS = {"twofactor_verify"}
ENROLMENT_VIEWS = {"twofactor_overview", "twofactor_setup", "twofactor_backup_codes"}


def redirect_to(view_name, request):
    query = urlencode({"next": request.get_full_path()})
    return HttpResponseRedirect(f"{reverse(view_name)}?{query}")


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail's preview requests run through the middleware again for the page's public URL;
        # the admin view that made them has already been through the code step.
        if not is_admin_path(request.path_info) and not getattr(request, "is_dummy", False):
            user = request.user
            request.user = SimpleLazyObject(
                lambda: user if is_fully_signed_in(user) else AnonymousUser()
            )
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_admin_path(request.path_info) or not request.user.is_authenticated:
            return None
        view_name = request.resolver_match.view_name if request.resolver_match else None
        if view_name in OPEN_VIEWS:
            return None
        if needs_code(request.user):
            if view_name not in CODE_STEP_VIEWS:
                return redirect_to("twofactor_verify", request)
        elif needs_enrolment(request.user) and view_name not in ENROLMENT_VIEWS:
            return redirect_to("twofactor_setup", request)
        return None
