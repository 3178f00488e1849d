"""Forms shared by the news and event listings and by shared-item page editing."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .models import Topic
from .sharing import associations_by_site, owner_site_id

MAX_PARAMETER_LENGTH = 100


class ListingFilterForm(forms.Form):
    """GET filters of a listing; invalid values are reported and ignored, never a 500."""

    association = forms.ChoiceField(label=_("Association"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, data, *, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.associations = {a.slug: a for a in associations_by_site().values() if a.slug}
        self.fields["association"].choices = [
            ("", _("All associations")),
            *[(slug, a.short_name) for slug, a in sorted(self.associations.items())],
        ]
        self.topics = {topic.slug: topic for topic in Topic.vocabulary(locale)}
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *[
                (slug, topic.name)
                for slug, topic in sorted(self.topics.items(), key=lambda i: i[1].name)
            ],
        ]

    def full_clean(self):
        # Guard against absurd input before choice validation sees it.
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
