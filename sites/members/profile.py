"""What a member's profile page shows: the record, its associations, the site's items about it."""

from dataclasses import dataclass
from functools import cached_property

from django.utils import timezone

from sites.core.images import rendition_or_none
from sites.core.navigation import language_alternates, top_level_translation
from sites.core.sharing import teasers

from .models import LOGO_FILTER, MemberOrganisation, association_badges, topic_labels

#: news items and events named on a profile
ITEMS_ON_PROFILE = 5


@dataclass
class MemberProfile:
    member: MemberOrganisation
    directory: object
    site: object
    request: object

    @cached_property
    def logo(self):
        return rendition_or_none(self.member.logo, LOGO_FILTER)

    @cached_property
    def badges(self):
        return association_badges(self.member)

    @property
    def sectors(self):
        return topic_labels([self.member.translation_key], self.member.locale).get(
            self.member.translation_key, []
        )

    @property
    def region_label(self):
        return self.member.get_region_display() if self.member.region else ""

    def url(self, full=False):
        return self.directory.profile_url(self.member, full=full, request=self.request)

    @property
    def url_full(self):
        return self.url(full=True)

    @cached_property
    def records(self):
        """The member's record in every language (the links to the profile in each)."""
        return list(
            MemberOrganisation.objects.filter(
                translation_key=self.member.translation_key
            ).select_related("locale")
        )

    def translation_urls(self, full=False):
        """{language code: profile URL} for each language the member and the directory exist in."""
        urls = {}
        for record in self.records:
            directory = top_level_translation(self.site, self.directory, record.locale)
            if directory is None or not directory.live or directory.alias_of_id:
                continue
            urls[record.locale.language_code] = directory.profile_url(
                record, full=full, request=self.request
            )
        return urls

    def alternates(self):
        """hreflang alternates of the profile (with x-default), when it exists in two languages."""
        urls = self.translation_urls(full=True)
        if len(urls) < 2:
            return []
        return [{"hreflang": code, "url": url} for code, url in language_alternates(urls)]

    def news(self):
        from sites.news.models import NewsPage

        items = NewsPage.listed(self.site, self.member.locale).filter(
            member__translation_key=self.member.translation_key
        )
        return teasers(self.request, self.site, items[:ITEMS_ON_PROFILE])

    def events(self):
        from sites.events.models import EventPage

        items = EventPage.listed(self.site, self.member.locale).filter(
            member__translation_key=self.member.translation_key, end__gte=timezone.now()
        )
        return teasers(self.request, self.site, items[:ITEMS_ON_PROFILE])

    def get_structured_data(self, request):
        """schema.org Organization of the member, with the associations it belongs to."""
        member = self.member
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": member.name,
            "url": member.website or self.url(full=True),
            "mainEntityOfPage": self.url(full=True),
        }
        if member.description:
            data["description"] = member.description
        if logo := self.logo:
            data["logo"] = request.build_absolute_uri(logo.url)
        if member.city or member.region:
            address = {"@type": "PostalAddress"}
            if member.region != "abroad":
                address["addressCountry"] = "DE"
            if member.city:
                address["addressLocality"] = member.city
            if member.region:
                address["addressRegion"] = str(self.region_label)
            data["address"] = address
        if member.contact_email:
            data["email"] = member.contact_email
        if member.contact_phone:
            data["telephone"] = member.contact_phone
        data["memberOf"] = [
            {"@type": "Organization", "name": association.name}
            for association, _since in self.badges
        ]
        return data
