"""Forms shared by the news and event listings, the readers' forms and shared-item page editing."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .models import Topic
from .sharing import associations_by_site, owner_site_id

MAX_PARAMETER_LENGTH = 100


class ReaderFormMixin:
    """What every form a reader fills in (contact, event registration) does for assistive
    technology and spam: help text and errors tied to the field (aria-describedby,
    aria-invalid), an error summary in the order of the form, and a honeypot field named
    `honeypot_field_name` that people never see."""

    honeypot_field_name = "website"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe_fields()

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        errors = self._errors or {}
        for name, field in self.fields.items():
            if name == self.honeypot_field_name:
                continue
            auto_id = self[name].auto_id
            described_by = [f"{auto_id}_helptext"] if field.help_text else []
            if name in errors:
                described_by.append(f"{auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            else:
                field.widget.attrs.pop("aria-invalid", None)
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
            else:
                field.widget.attrs.pop("aria-describedby", None)

    @property
    def honeypot_field(self):
        return self[self.honeypot_field_name]

    @property
    def honeypot_filled(self):
        return bool(self.is_bound and self.data.get(self.honeypot_field_name, "").strip())

    @property
    def error_summary(self):
        """(field id or None, label, message) for every error, in the order of the form."""
        if not self.is_bound:
            return []
        summary = [(None, "", str(error)) for error in self.non_field_errors()]
        for name in self.fields:
            bound = self[name]
            summary.extend((bound.id_for_label, bound.label, str(error)) for error in bound.errors)
        return summary


def honeypot_field():
    """The field bots fill in and people never see (ReaderFormMixin)."""
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


class GetFilterForm(forms.Form):
    """GET filters of a reader's listing (news, events, members): absurd input is cut before
    validation, and an invalid value is reported and ignored, never a 500."""

    def full_clean(self):
        if self.data:
            self.data = {
                key: value[:MAX_PARAMETER_LENGTH]
                for key, value in self.data.items()
                if isinstance(value, str)
            }
        super().full_clean()

    def clean_value(self, name):
        """A cleaned value, or "" when the field is invalid (the error is shown, the filter ignored)."""
        if not self.is_bound:
            return ""
        self.is_valid()
        return self.cleaned_data.get(name, "") if name not in self.errors else ""

    def offer_topics(self, field_name, locale, all_label):
        """The topics of `locale` as the choices of `field_name`, A–Z after "all"."""
        self.topics = {topic.slug: topic for topic in Topic.vocabulary(locale)}
        self.fields[field_name].choices = [
            ("", all_label),
            *[
                (slug, topic.name)
                for slug, topic in sorted(self.topics.items(), key=lambda i: i[1].name)
            ],
        ]


class ListingFilterForm(GetFilterForm):
    """Filters of the news and event listings: association and topic."""

    association = forms.ChoiceField(label=_("Association"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, data, *, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.associations = {a.slug: a for a in associations_by_site().values() if a.slug}
        self.fields["association"].choices = [
            ("", _("All associations")),
            *[(slug, a.short_name) for slug, a in sorted(self.associations.items())],
        ]
        self.offer_topics("topic", locale, _("All topics"))

    @property
    def selected_association(self):
        slug = self.clean_value("association")
        return self.associations.get(slug)

    @property
    def selected_topic(self):
        return self.topics.get(self.clean_value("topic"))


class SharedItemPageForm(WagtailAdminPageForm):
    """Checks the partner rows of shared items: no duplicates, never the owner itself."""

    def clean(self):
        cleaned_data = super().clean()
        page = self.instance
        relations = (*page.partner_relations, *page.organiser_relations)
        if page.pk:
            owner_id = owner_site_id(page)
        else:
            parent = getattr(self, "parent_page", None)
            owner_id = owner_site_id(parent) if parent else None
        seen = set()
        has_errors = False
        for relation in relations:
            formset = self.formsets.get(relation)
            if formset is None or not formset.is_valid():
                continue
            for form in formset.forms:
                if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                    continue
                site = form.cleaned_data.get("site")
                if site is None:
                    continue
                if site.pk == owner_id:
                    form.add_error(
                        "site", _("This is the item's own association; it always shows there.")
                    )
                    has_errors = True
                elif site.pk in seen:
                    form.add_error("site", _("This association is already listed."))
                    has_errors = True
                seen.add(site.pk)
        if has_errors:
            raise ValidationError(_("Please check the associations this item is shared with."))
        return cleaned_data
