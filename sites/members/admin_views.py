"""Add one's own association's membership to a company another association already lists.

The member list shows editors only their own association's members, so a company listed by a
partner could otherwise only be created a second time: this screen keeps it one record.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import log
from wagtail.models import Site

from sites.core.models import BrandingSettings

from .models import MemberOrganisation, Membership
from .permissions import member_policy


def joinable_sites(user):
    """The associations whose membership `user` may add to a listed company."""
    if user.is_active and user.is_superuser:
        return Site.objects.order_by("site_name")
    return Site.objects.filter(pk__in=member_policy.site_ids(user, "add")).order_by("site_name")


class AssociationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, site):
        branding = BrandingSettings.of_every_site().get(site.pk)
        return branding.short_name if branding and branding.short_name else site.site_name


class JoinMemberForm(forms.Form):
    association = AssociationChoiceField(
        label=gettext_lazy("Association"), queryset=Site.objects.none(), empty_label=None
    )
    member = forms.ModelChoiceField(
        label=gettext_lazy("Company"),
        queryset=MemberOrganisation.objects.none(),
        help_text=gettext_lazy("Every listed company, whichever association lists it."),
    )
    member_since = forms.DateField(
        label=gettext_lazy("member since"), required=False, widget=AdminDateInput
    )

    def __init__(self, *args, sites, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["association"].queryset = sites
        self.fields["member"].queryset = MemberOrganisation.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by(Lower("name"), "pk")

    def clean(self):
        cleaned_data = super().clean()
        member, site = cleaned_data.get("member"), cleaned_data.get("association")
        if member and site and site.pk in member.membership_site_ids():
            raise forms.ValidationError(_("The company is already a member of this association."))
        return cleaned_data


def join_member(request):
    sites = joinable_sites(request.user)
    if not sites.exists():
        raise PermissionDenied
    form = JoinMemberForm(request.POST or None, sites=sites, initial={"association": sites[0]})
    if request.method == "POST" and form.is_valid():
        member, site = form.cleaned_data["member"], form.cleaned_data["association"]
        try:
            with transaction.atomic():
                # saved through the record, so the page cache renews the site's directory
                member.memberships.add(
                    Membership(site=site, member_since=form.cleaned_data["member_since"])
                )
                member.save()
        except IntegrityError:  # added by someone else a moment ago
            form.add_error(None, _("The company is already a member of this association."))
        else:
            log(instance=member, action="wagtail.edit", user=request.user)
            messages.success(
                request,
                _("%(company)s is now listed as a member of %(association)s.")
                % {
                    "company": member.name,
                    "association": form.fields["association"].label_from_instance(site),
                },
            )
            return redirect("wagtailsnippets_members_memberorganisation:edit", member.pk)
    return TemplateResponse(request, "members/admin/join.html", {"form": form})
