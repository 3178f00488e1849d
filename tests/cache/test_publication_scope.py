"""A publication renews the pages of its own language, and of the other languages only when it
changed what they read of the German original; a transaction renews once, after its commit."""

import pytest
from wagtail.models import Locale

from sites.cache import purge, tokens
from sites.core.models import Topic
from sites.news.models import NewsPageTopic
from tests.conftest import demo_page

from .conftest import fetch, text, warm

ITEM = "acod-demo-e-mobility-working-group"  # ACOD's own, shared with nobody


def publish(page, **changes):
    page = page.get_latest_revision_as_object()
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_a_german_publication_leaves_the_english_pages_cached(page_cache, reader):
    german = demo_page("news", ITEM)
    english = demo_page("news", ITEM, "en")
    client = reader("acod")
    warm(client, "/de/aktuelles/", german.url, "/en/news/", english.url, "/en/")

    publish(german, teaser="Neu: die Arbeitsgruppe trifft sich monatlich.")

    assert "monatlich" in text(fetch(client, "/de/aktuelles/", expect="MISS"))
    fetch(client, german.url, expect="MISS")
    for url in ("/en/news/", english.url, "/en/"):
        fetch(client, url, expect="HIT")


@pytest.mark.django_db
def test_a_new_topic_on_the_german_original_renews_the_english_listing_at_once(page_cache, reader):
    german = demo_page("news", ITEM)
    english = demo_page("news", ITEM, "en")
    client = reader("acod")
    warm(client, "/en/news/", english.url)
    de, en = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en")
    shown = set(german.specific.topic_links.values_list("topic_id", flat=True))
    topic = Topic.objects.filter(locale=de).exclude(pk__in=shown).first()
    english_name = topic.get_translation(en).name

    page = german.specific.get_latest_revision_as_object()
    page.topic_links.add(NewsPageTopic(topic=topic))
    page.save_revision().publish()

    assert english_name in text(fetch(client, english.url, expect="MISS"))
    assert english_name in text(fetch(client, "/en/news/", expect="MISS"))


@pytest.mark.django_db
def test_a_transaction_renews_once_and_only_after_its_commit(
    page_cache, reader, monkeypatch, django_capture_on_commit_callbacks
):
    german = demo_page("news", ITEM)
    client = reader("acod")
    warm(client, "/de/aktuelles/")
    renewals = []
    renew = tokens.renew

    def counted(keys):
        keys = set(keys)
        if any(key.startswith("path:") for key in keys):
            renewals.append(keys)
        renew(keys)

    monkeypatch.setattr(tokens, "renew", counted)
    # The test's own transaction never commits; this one is treated as a real one that will.
    monkeypatch.setattr(purge, "commits_later", lambda: True)

    with django_capture_on_commit_callbacks(execute=True):
        publish(german, teaser="Erste Änderung.")
        publish(german, teaser="Zweite Änderung.")
        assert renewals == []  # readers still see the committed content: nothing to renew yet
        fetch(client, "/de/aktuelles/", expect="HIT")

    assert len(renewals) == 1 and "path:acod.localhost/de/aktuelles/" in renewals[0]
    assert "Zweite Änderung." in text(fetch(client, "/de/aktuelles/", expect="MISS"))
