import pytest
from django.test import Client
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from sites.contact.models import ContactPage
from sites.events.models import EventIndexPage
from sites.home.models import HomePage
from sites.news.models import NewsIndexPage
from sites.standard.models import StandardPage
from tests.conftest import HOSTS


@pytest.mark.django_db
class HomePageTests(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_of_the_tree_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_home_page_allows_content_pages_and_one_news_and_events_section_below(self):
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, NewsIndexPage, EventIndexPage, ContactPage}
        )

    def test_every_home_page_is_renderable(self):
        for hostname in HOSTS.values():
            home = Site.objects.get(hostname=hostname).root_page.specific
            self.client = Client(HTTP_HOST=hostname)
            for page in home.get_translations(inclusive=True).specific():
                self.assertPageIsRenderable(page)
