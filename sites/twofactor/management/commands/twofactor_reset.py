"""Switch two-factor sign-in off for an account that lost its authenticator and backup codes."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sites.twofactor.devices import has_two_factor, switch_off


class Command(BaseCommand):
    help = (
        "Remove the authenticator, backup codes and code lock of a user: they sign in with their "
        "password alone again (and set up a new authenticator where VERBUND_REQUIRE_2FA is on)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get_by_natural_key(options["username"])
        except user_model.DoesNotExist as error:
            raise CommandError(f"No user {options['username']!r}.") from error
        was_on = has_two_factor(user)
        switch_off(user)
        state = "switched off" if was_on else "was not on; any lock was lifted"
        self.stdout.write(f"Two-factor authentication for {user.get_username()}: {state}.")
