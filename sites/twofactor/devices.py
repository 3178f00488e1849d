"""Who needs a second factor, checking codes under the per-account lock, and the devices.

An account has two-factor sign-in switched on when it has a confirmed TOTP device (authenticator
app); its backup codes are the tokens of one django-otp static device. django-otp's OTPMiddleware
marks a session verified (request.user.is_verified()) once django_otp.login() stored the device
that accepted a code.
"""

from base64 import b32encode

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import TwoFactorLock

BACKUP_CODE_COUNT = 10
# Device names are django-otp's bookkeeping; the admin never shows them.
AUTHENTICATOR_NAME = "Authenticator app"
BACKUP_CODES_NAME = "Backup codes"


class CodeLocked(Exception):
    """Too many wrong codes in a row: nothing is checked until `until`."""

    def __init__(self, until):
        super().__init__(until)
        self.until = until


# --- who needs what -----------------------------------------------------------------------------


def has_two_factor(user):
    """A confirmed authenticator; remembered on the user object for the rest of the request."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_twofactor_on"):
        user._twofactor_on = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    return user._twofactor_on


def is_verified(user):
    """The session passed the code step (OTPMiddleware)."""
    check = getattr(user, "is_verified", None)
    return bool(check and check())


def needs_code(user):
    """Signed in with the password only, though the account has two-factor sign-in."""
    return user.is_authenticated and not is_verified(user) and has_two_factor(user)


def needs_enrolment(user):
    """VERBUND_REQUIRE_2FA is on and this admin user has no authenticator yet."""
    return (
        settings.VERBUND_REQUIRE_2FA
        and user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
        and not has_two_factor(user)
    )


def is_fully_signed_in(user):
    return not (needs_code(user) or needs_enrolment(user))


# --- checking codes -----------------------------------------------------------------------------


def normalise(code):
    """Spaces and hyphens are for reading; backup codes are lower-case."""
    return "".join(str(code).split()).replace("-", "").lower()


def match_code(user, code):
    """The device (authenticator or backup codes) that accepts `code`, or None.

    A TOTP code is accepted once (django-otp remembers its time step); a backup code is deleted.
    """
    code = normalise(code)
    if not code:
        return None
    authenticator = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if authenticator is None:
        return None
    if code.isdigit() and len(code) == authenticator.digits:
        return authenticator if authenticator.verify_token(code) else None
    backup = StaticDevice.objects.filter(user=user, confirmed=True).first()
    if backup is not None and backup.verify_token(code):
        return backup
    return None


def attempt(user, check):
    """Run `check()` under the account's lock; a false result counts as a wrong attempt.

    Raises CodeLocked, without calling `check`, while the account is locked, and when this wrong
    attempt starts a lock. The lock row is read with SELECT … FOR UPDATE, so on PostgreSQL one
    account's attempts run one after the other: parallel guesses cannot slip past the count.
    """
    with transaction.atomic():
        lock, _created = TwoFactorLock.objects.select_for_update().get_or_create(user=user)
        until = lock.locked_until()
        if until is None:
            result = check()
            if result:
                if lock.failures:
                    lock.failures, lock.last_failure = 0, None
                    lock.save(update_fields=["failures", "last_failure"])
            else:
                lock.failures += 1
                lock.last_failure = timezone.now()
                lock.save(update_fields=["failures", "last_failure"])
                until = lock.locked_until()
    if until is not None:
        raise CodeLocked(until)
    return result


def locked_until(user):
    lock = TwoFactorLock.objects.filter(user=user).first()
    return lock.locked_until() if lock else None


# --- devices ------------------------------------------------------------------------------------


def pending_authenticator(user):
    """The unconfirmed authenticator being set up: the same secret until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def secret_for_display(device):
    """The key as the apps take it by hand: base32, in groups of four."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@transaction.atomic
def confirm_authenticator(device, code):
    """Switch two-factor sign-in on if `code` is the app's current one; new backup codes."""
    if not device.verify_token(normalise(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user_id).exclude(pk=device.pk).delete()
    TwoFactorLock.objects.filter(user=device.user_id).delete()
    return new_backup_codes(device.user)


@transaction.atomic
def new_backup_codes(user):
    """Replace the account's backup codes with BACKUP_CODE_COUNT new ones; returns them.

    The static device itself stays: a session verified with a backup code remains verified.
    """
    device = StaticDevice.objects.filter(user=user).order_by("pk").first()
    if device is None:
        device = StaticDevice.objects.create(user=user, name=BACKUP_CODES_NAME)
    StaticDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.token_set.all().delete()
    codes = set()
    while len(codes) < BACKUP_CODE_COUNT:
        codes.add(StaticToken.random_token())
    codes = sorted(codes)
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def backup_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def switch_off(user):
    """Remove the authenticator and the backup codes (and any lock) of the account."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    TwoFactorLock.objects.filter(user=user).delete()
