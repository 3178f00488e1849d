"""The reader's registration form: name, e-mail, organisation, the event's own questions, consent."""

from django import forms
from django.utils.translation import gettext_lazy as _

from sites.contact.forms import HONEYPOT_FIELD, MAX_LENGTH_MESSAGE
from sites.core.forms import ReaderFormMixin, honeypot_field

QUESTION_PREFIX = "question_"
ANSWER_MAX_LENGTH = 200


def _required(message):
    return {"required": message, "max_length": MAX_LENGTH_MESSAGE}


class RegistrationForm(ReaderFormMixin, forms.Form):
    honeypot_field_name = HONEYPOT_FIELD

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
        self.fields[HONEYPOT_FIELD] = honeypot_field()
        self._describe_fields()  # the fields added here too

    @classmethod
    def for_event(cls, page, data=None):
        """The form of the event `page` (its questions in the page's language)."""
        return cls(data, questions=list(page.registration_questions))

    @property
    def visible_fields_in_order(self):
        return [self[name] for name in self.fields if name not in ("consent", HONEYPOT_FIELD)]

    @property
    def consent_field(self):
        return self["consent"]

    def answers(self):
        """{question block id: answer} for the event's own questions."""
        return {block_id: self.cleaned_data.get(name) for name, block_id in self.questions.items()}


class MailAttendeesForm(forms.Form):
    """An organiser's message to everyone with a confirmed place."""

    subject = forms.CharField(label=_("Subject"), max_length=150)
    message = forms.CharField(label=_("Message"), max_length=10_000, widget=forms.Textarea)
