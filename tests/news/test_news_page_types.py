import pytest
from django.test import Client
from wagtail.test.utils import WagtailPageTestCase

from sites.events.models import EventIndexPage, EventPage
from sites.home.models import HomePage
from sites.news.models import NewsIndexPage, NewsPage
from sites.standard.models import StandardPage


@pytest.mark.django_db
class SectionPageTypeTests(WagtailPageTestCase):
    def test_news_and_events_live_in_their_section_only(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanNotCreateAt(StandardPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, EventPage)

    def test_each_home_page_has_one_news_and_one_events_section_at_most(self):
        home = HomePage.objects.first()
        self.assertEqual(NewsIndexPage.max_count_per_parent, 1)
        self.assertFalse(NewsIndexPage.can_create_at(home))
        self.assertFalse(EventIndexPage.can_create_at(home))
        self.assertIsNone(NewsIndexPage.max_count)

    def test_every_news_item_and_event_is_renderable_on_its_own_site(self):
        for page in [*NewsPage.objects.live(), *EventPage.objects.live()]:
            self.client = Client(HTTP_HOST=page.get_site().hostname)
            self.assertPageIsRenderable(page)
