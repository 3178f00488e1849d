"""The extra questions an editor adds to one event's registration form."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class RegistrationQuestionBlock(blocks.StructBlock):
    """One question; its answers are stored under the block's id, which stays the same in every
    translation of the event, so German and English answers land in one column."""

    label = blocks.CharBlock(
        label=_("question"), max_length=120, help_text=_("e.g. joining the dinner")
    )
    kind = blocks.ChoiceBlock(
        label=_("answer"),
        choices=[("checkbox", _("Yes/no (checkbox)")), ("text", _("Short text"))],
        default="checkbox",
    )
    required = blocks.BooleanBlock(label=_("required"), required=False)

    class Meta:
        icon = "form"
        label = _("Question")
        form_classname = "registration-question"
