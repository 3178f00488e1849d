"""Wrong second-factor codes per account: a lock that a password sign-in does not lift."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

# 2 ** 16 cool-offs is far beyond any maximum; keeps the arithmetic small.
MAX_DOUBLINGS = 16


class TwoFactorLock(models.Model):
    """How many codes (or switch-off passwords) an account got wrong in a row, and when last.

    TWOFACTOR_FAILURE_LIMIT wrong ones lock the account's code step for TWOFACTOR_COOLOFF_MINUTES;
    each further wrong one after that doubles the wait, up to TWOFACTOR_MAX_COOLOFF_MINUTES.
    Attempts during a lock are not checked at all. A correct code resets the count.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    failures = models.PositiveIntegerField(default=0)
    last_failure = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "two-factor lock"
        default_permissions = ()

    def __str__(self):
        return f"{self.user_id}: {self.failures}"

    def locked_until(self, now=None):
        """The end of the current lock, or None when codes may be tried."""
        excess = self.failures - settings.TWOFACTOR_FAILURE_LIMIT
        if excess < 0 or self.last_failure is None:
            return None
        minutes = min(
            settings.TWOFACTOR_COOLOFF_MINUTES * 2 ** min(excess, MAX_DOUBLINGS),
            settings.TWOFACTOR_MAX_COOLOFF_MINUTES,
        )
        until = self.last_failure + timedelta(minutes=minutes)
        return until if until > (now or timezone.now()) else None
