"""The reader's registration form: name, e-mail, organisation, the event's own questions, consent."""

from django import forms
from django.utils.translation import gettext_lazy as _

from sites.contact.forms import HONEYPOT_FIELD, MAX_LENGTH_MESSAGE

QUESTION_PREFIX = "question_"
ANSWER_MAX_LENGTH = 200


def _required(message):
    return {"required": message, "max_length": MAX_LENGTH_MESSAGE}


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=120,
        error_messages=_required(_("Please enter your name.")),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        error_messages={
            **_required(_("Please enter your e-mail address.")),
            "invalid": _("Please enter a valid e-mail address, e.g. name@example.org."),
        },
        help_text=_("We send you a link to confirm your registration."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=160,
        required=False,
        error_messages={"max_length": MAX_LENGTH_MESSAGE},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = {}
        for question in questions:
            name = f"{QUESTION_PREFIX}{question.id}"
            value = question.value
            if value["kind"] == "text":
                field = forms.CharField(
                    max_length=ANSWER_MAX_LENGTH,
                    error_messages=_required(_("Please answer this question.")),
                )
            else:
                field = forms.BooleanField(
                    error_messages={"required": _("Please tick this box to register.")}
                )
            field.label = value["label"]
            field.required = bool(value["required"])
            self.fields[name] = field
            self.questions[name] = question.id
        self.fields["consent"] = forms.BooleanField(
            label=_("I agree that the organisers process my details to run this event."),
            error_messages={
                "required": _("Please agree to the processing of your details to register.")
            },
        )
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self._describe_fields()

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        """aria-describedby points at help text and error; aria-invalid marks errors."""
        errors = self._errors or {}
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            described_by = [f"{auto_id}_helptext"] if field.help_text else []
            if name in errors:
                described_by.append(f"{auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            else:
                field.widget.attrs.pop("aria-invalid", None)
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)

    @property
    def honeypot_filled(self):
        return bool(self.is_bound and self.data.get(HONEYPOT_FIELD, "").strip())

    @property
    def visible_fields_in_order(self):
        return [self[name] for name in self.fields if name not in ("consent", HONEYPOT_FIELD)]

    @property
    def error_summary(self):
        if not self.is_bound:
            return []
        summary = [(None, "", str(error)) for error in self.non_field_errors()]
        for name in self.fields:
            bound = self[name]
            summary.extend((bound.id_for_label, bound.label, str(error)) for error in bound.errors)
        return summary

    def answers(self):
        """{question block id: answer} for the event's own questions."""
        return {block_id: self.cleaned_data.get(name) for name, block_id in self.questions.items()}


class MailAttendeesForm(forms.Form):
    """An organiser's message to everyone with a confirmed place."""

    subject = forms.CharField(label=_("Subject"), max_length=150)
    message = forms.CharField(label=_("Message"), max_length=10_000, widget=forms.Textarea)
