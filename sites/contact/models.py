"""The contact page of an association site: Wagtail's form builder, mailed to the association."""

import logging
from smtplib import SMTPException

from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Site, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sites.core.blocks import RICH_TEXT_FEATURES
from sites.core.models import BasePage, BrandingSettings

from .forms import ContactFormBuilder, ContactPageAdminForm
from .ratelimit import SubmissionRateLimit

logger = logging.getLogger(__name__)

# Form fields whose value becomes part of the e-mail's subject line.
SUBJECT_FIELD_NAMES = ("subject", "betreff")


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form. Translatable: labels, help texts and choices exist per language;
    name, type and "required" stay in sync, so submissions in both languages share their keys."""

    page = ParentalKey("contact.ContactPage", related_name="form_fields", on_delete=models.CASCADE)

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class ContactPage(AbstractEmailForm):
    """The Kontakt/Contact page: a form whose submissions are stored and mailed to the association."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after a message was sent."),
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel(
                    "to_address",
                    help_text=_(
                        "Separate several addresses by commas. If empty, messages go to the "
                        "association's contact e-mail (Settings → Branding)."
                    ),
                ),
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("subject")]),
            ],
            heading=_("E-mail"),
        ),
    ]
    search_fields = [*AbstractEmailForm.search_fields, index.SearchField("intro")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("subject"),
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        TranslatableField("form_fields"),
    ]

    base_form_class = ContactPageAdminForm
    form_builder = ContactFormBuilder
    template = "contact/contact_page.html"
    landing_page_template = "contact/contact_page_landing.html"

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The privacy policy in the reader's language (the German one if not translated yet).
        context["privacy_page"] = BrandingSettings.for_request(request).legal_pages().get("privacy")
        return context

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)

        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        rate_limit = SubmissionRateLimit(request, Site.find_for_request(request))
        if rate_limit.exceeded():
            form.is_valid()
            form.add_error(
                None,
                gettext(
                    "You have sent several messages in a short time. Please wait a few minutes "
                    "and try again, or write to us by e-mail."
                ),
            )
            logger.info("Contact form %s: rate limit reached, submission refused.", self.pk)
            return self.render_form(request, form, status=429)

        if form.honeypot_filled:
            rate_limit.hit()
            logger.info("Contact form %s: honeypot filled in, submission discarded.", self.pk)
            return self.render_landing_page(request, None, *args, **kwargs)

        if not form.is_valid():
            return self.render_form(request, form)

        rate_limit.hit()
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        """Store the editor's fields (never consent or honeypot) and mail them to the association.

        A stored submission implies consent: the form cannot be submitted without it, and
        submit_time records when it was given."""
        submission = self.get_submission_class().objects.create(
            form_data=form.submission_data(), page=self
        )
        self.send_mail(form)
        return submission

    # --- e-mail ------------------------------------------------------------------------------

    def recipient_addresses(self):
        """The page's to-address, else the association's contact e-mail from its branding."""
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        if addresses:
            return addresses
        site = self.get_site()
        email = BrandingSettings.for_site(site).email if site else ""
        return [email] if email else []

    def reply_to_address(self, form):
        for field in self.get_form_fields():
            if field.field_type == "email" and form.cleaned_data.get(field.clean_name):
                return form.cleaned_data[field.clean_name]
        return None

    def email_subject(self, form):
        parts = [self.subject or gettext("Message from the contact form")]
        for name in SUBJECT_FIELD_NAMES:
            if form.cleaned_data.get(name):
                parts.append(str(form.cleaned_data[name]))
                break
        # Header values must be one line; the reader's subject is their own text.
        subject = " ".join(": ".join(parts).split())
        return subject[:200]

    def render_email(self, form):
        lines = []
        data = form.submission_data()
        for field in form.editor_fields:
            value = data.get(field.name)
            if isinstance(value, list):
                value = ", ".join(value)
            if value in (None, ""):
                value = "–"
            if "\n" in str(value):
                lines.append(f"{field.label}:\n{value}\n")
            else:
                lines.append(f"{field.label}: {value}")
        lines += [
            "",
            "-- ",
            gettext("Sent on %(time)s from %(url)s")
            % {
                "url": self.full_url or self.url_path,
                "time": date_format(timezone.localtime(), "DATETIME_FORMAT"),
            },
            gettext("The sender agreed to the privacy policy."),
        ]
        return "\n".join(lines)

    def send_mail(self, form):
        addresses = self.recipient_addresses()
        if not addresses:
            logger.warning(
                "Contact form %s: no recipient address; submission only stored.", self.pk
            )
            return
        reply_to = self.reply_to_address(form)
        try:
            send_mail(
                self.email_subject(form),
                self.render_email(form),
                addresses,
                self.from_address,
                reply_to=[reply_to] if reply_to else None,
            )
        except (SMTPException, OSError):
            # The submission is stored and visible in the admin; the reader still gets the thank-you.
            logger.exception("Contact form %s: sending the e-mail failed.", self.pk)
