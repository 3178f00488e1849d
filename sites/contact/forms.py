"""The reader's contact form: editor-defined fields plus a consent checkbox and a honeypot in code."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, WagtailAdminFormPageForm
from wagtail.contrib.forms.utils import get_field_clean_name

from sites.core.forms import ReaderFormMixin, honeypot_field

CONSENT_FIELD = "consent"
# Bots fill in a field called "website"; people never see it.
HONEYPOT_FIELD = "website"
RESERVED_FIELD_NAMES = frozenset({CONSENT_FIELD, HONEYPOT_FIELD})

# autocomplete tokens for the usual contact fields, by their clean name (German and English labels).
AUTOCOMPLETE = {
    "name": "name",
    "full_name": "name",
    "telefon": "tel",
    "phone": "tel",
    "organisation": "organization",
    "organization": "organization",
    "unternehmen": "organization",
    "company": "organization",
    "firma": "organization",
}
MAX_LENGTH_MESSAGE = _(
    "Please shorten this to at most %(limit_value)d characters (it has %(show_value)d)."
)


class ContactForm(ReaderFormMixin, BaseForm):
    honeypot_field_name = HONEYPOT_FIELD

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name in RESERVED_FIELD_NAMES:
                continue
            if isinstance(field, forms.EmailField):
                field.widget.attrs.setdefault("autocomplete", "email")
            elif name in AUTOCOMPLETE:
                field.widget.attrs.setdefault("autocomplete", AUTOCOMPLETE[name])

    @property
    def editor_fields(self):
        """The fields editors defined, in their order (the consent and honeypot come separately)."""
        return [self[name] for name in self.fields if name not in RESERVED_FIELD_NAMES]

    @property
    def consent_field(self):
        return self[CONSENT_FIELD]

    def submission_data(self):
        """What is stored and mailed: the editor's fields only, never consent or honeypot."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in RESERVED_FIELD_NAMES
        }


class ContactFormBuilder(FormBuilder):
    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["error_messages"] = {"required": _("Please fill in this field.")}
        return options

    def create_singleline_field(self, field, options):
        options["error_messages"]["max_length"] = MAX_LENGTH_MESSAGE
        return super().create_singleline_field(field, options)

    def create_multiline_field(self, field, options):
        options["max_length"] = settings.CONTACT_MESSAGE_MAX_LENGTH
        options["error_messages"]["max_length"] = MAX_LENGTH_MESSAGE
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["error_messages"]["invalid"] = _(
            "Please enter a valid e-mail address, e.g. name@example.org."
        )
        return super().create_email_field(field, options)

    @property
    def formfields(self):
        fields = super().formfields
        for name in RESERVED_FIELD_NAMES:
            fields.pop(name, None)  # the page form refuses these names; never let one replace ours
        fields[CONSENT_FIELD] = forms.BooleanField(
            label=_("Consent to the processing of my details"),
            required=True,
            error_messages={
                "required": _(
                    "Please agree to the processing of your details so that we can answer you."
                )
            },
        )
        fields[HONEYPOT_FIELD] = honeypot_field()
        return fields

    def get_form_class(self):
        return type("ContactForm", (ContactForm,), self.formfields)


class ContactPageAdminForm(WagtailAdminFormPageForm):
    """Editors cannot add a field whose name would clash with the consent checkbox or honeypot."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("form_fields")
        for form in formset.forms if formset else []:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            label = form.cleaned_data.get("label", "")
            name = form.instance.clean_name or get_field_clean_name(label)
            if name in RESERVED_FIELD_NAMES:
                form.add_error(
                    "label",
                    _("The form adds a field named “%(name)s” itself; please choose another label.")
                    % {"name": name},
                )
        return cleaned_data
