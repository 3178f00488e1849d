"""Who signed up for an event: one row per person and event, whatever site and language they used.

A registration belongs to the German original of the event (translations and partner sites show
the same event, so its places are counted once) and remembers the site and language it came in
on: mails go out in that language, with links to that site.
"""

import uuid

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

CONFIRM_SALT = "sites.registrations.confirm"
CANCEL_SALT = "sites.registrations.cancel"


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("awaiting confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("waiting list")
        CANCELLED = "cancelled", _("cancelled")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    site = models.ForeignKey(
        Site,
        verbose_name=_("registered on the site of"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10)
    event_url = models.URLField(_("event page"), max_length=500)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "confirmed_at", "pk"]
        constraints = [
            # One active registration per address and event, even when two arrive at once.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled"),
                name="registration_one_active_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED

    def confirm_token(self):
        return signing.dumps(str(self.uuid), salt=CONFIRM_SALT)

    def cancel_token(self):
        return signing.dumps(str(self.uuid), salt=CANCEL_SALT)

    @classmethod
    def from_token(cls, token, salt, max_age=None):
        """The registration a link names; raises signing.BadSignature (forged, or
        signing.SignatureExpired when older than max_age seconds) or cls.DoesNotExist."""
        value = signing.loads(token, salt=salt, max_age=max_age)
        try:
            key = uuid.UUID(str(value))
        except ValueError as error:
            raise signing.BadSignature("not a registration") from error
        return cls.objects.select_related("event", "site").get(uuid=key)


def confirm_max_age():
    return settings.REGISTRATION_CONFIRM_HOURS * 3600
