"""Authentication: demo accounts cannot sign in where demo accounts are switched off."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth.backends import ModelBackend

# bootstrap_verbund puts every demo account (admin, <association>-editor, …) into this group.
DEMO_ACCOUNTS_GROUP = "Demo accounts"


def is_demo_account(user):
    return user.groups.filter(name=DEMO_ACCOUNTS_GROUP).exists()


class VerbundModelBackend(ModelBackend):
    """Django's ModelBackend, refusing members of the "Demo accounts" group unless
    VERBUND_DEMO_ACCOUNTS is on (dev and test settings; never in production).

    user_can_authenticate is asked both at sign-in and for every request of an existing session
    (get_user), so a demo account copied into a production database is locked out either way.
    """

    def user_can_authenticate(self, user):
        if not super().user_can_authenticate(user):
            return False
        return settings.VERBUND_DEMO_ACCOUNTS or not is_demo_account(user)


class AxesBackend(AxesStandaloneBackend, VerbundModelBackend):
    """django-axes' lockout check first in AUTHENTICATION_BACKENDS, as axes.backends.AxesBackend
    but on VerbundModelBackend.

    authenticate() is django-axes' own: it refuses a locked-out sign-in and otherwise returns None,
    so VerbundModelBackend (next in the list) checks the password. get_user() and the permission
    methods come from VerbundModelBackend: Wagtail's test utilities and Django's force_login store
    the first backend in the session, which therefore must be able to load a user — and refuse
    demo accounts.
    """
