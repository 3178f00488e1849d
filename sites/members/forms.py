"""The directory's reader filters, and the admin form that keeps each association to its own
memberships."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from sites.core.forms import MAX_PARAMETER_LENGTH, GetFilterForm

from .models import REGIONS, MemberOrganisation, clean_search


class MemberFilterForm(GetFilterForm):
    """Filters of the member directory: name, sector (the topics), region."""

    q = forms.CharField(
        label=_("Name"),
        required=False,
        max_length=MAX_PARAMETER_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, data, *, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.offer_topics("sector", locale, _("All sectors"))
        self.fields["region"].choices = [("", _("All regions")), *REGIONS]

    @property
    def selected_sector(self):
        return self.topics.get(self.clean_value("sector"))

    @property
    def selected_region(self):
        return self.clean_value("region")

    @property
    def search_query(self):
        return clean_search(self.clean_value("q"))

    @property
    def is_filtered(self):
        return bool(self.selected_sector or self.selected_region or self.search_query)


class MemberAdminForm(WagtailAdminModelForm):
    """Refuses, server-side, any change to another association's membership: an editor adds,
    changes and removes only the rows of the associations they edit members for."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.for_user = for_user

    def clean_slug(self):
        """One address per company in every language: the database's unique constraint would
        otherwise answer a taken address with an error page."""
        slug = self.cleaned_data.get("slug")
        others = MemberOrganisation.objects.filter(slug=slug)
        if self.instance.pk:
            others = others.exclude(translation_key=self.instance.translation_key)
        if slug and others.exists():
            raise ValidationError(_("Another member already has this address."))
        return slug

    def clean(self):
        from .permissions import member_policy

        cleaned_data = super().clean()
        if self.instance.pk and self.instance.locale.language_code != settings.LANGUAGE_CODE:
            self.refuse_row_changes_on_translation()
        user = self.for_user
        formset = self.formsets.get("memberships")
        if user is None or user.is_superuser or formset is None or not formset.is_valid():
            return cleaned_data
        own = member_policy.site_ids(user, "change")
        refused = False
        kept = set()
        for form in formset.forms:
            if not form.cleaned_data:
                continue
            before = form.initial.get("site") if form.instance.pk else None
            before = getattr(before, "pk", before)
            after = form.cleaned_data.get("site")
            after = after.pk if after else None
            deleted = form.cleaned_data.get("DELETE", False)
            # the row's own fields, not its position (ORDER) in the list
            changed = deleted or before != after
            if form.instance.pk and "member_since" in form.changed_data:
                changed = True
            if not form.instance.pk:
                changed = True
            if changed and (before is not None and before not in own):
                form.add_error("site", _("Only that association's editors can change it."))
                refused = True
            elif changed and not deleted and after not in own:
                form.add_error("site", _("You can only add your own association's membership."))
                refused = True
            if not deleted and after is not None:
                kept.add(after)
        if refused:
            raise ValidationError(_("Please check the memberships."))
        if not self.instance.pk and not kept & own:
            raise ValidationError(_("Add your association's membership to the new member."))
        return cleaned_data

    def refuse_row_changes_on_translation(self):
        """Memberships and sectors are read from the German record: a translation's rows are
        copies, and changing them would change nothing a reader sees."""
        for name in ("memberships", "topic_links"):
            formset = self.formsets.get(name)
            if formset is None or not formset.is_valid():
                continue
            for form in formset.forms:
                if not form.cleaned_data:
                    continue
                changed = set(form.changed_data) - {"ORDER"}
                if not form.instance.pk or form.cleaned_data.get("DELETE") or changed:
                    raise ValidationError(
                        _("Memberships and sectors are set on the German record.")
                    )
