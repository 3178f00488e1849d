import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from sites.events.models import EventPage
from sites.registrations.models import Registration
from tests.cache.conftest import nothing_pending, page_cache  # noqa: F401 (fixtures)
from tests.conftest import demo_page

# The demo's joint event (ACOD with Cluster IT): registration on, 40 places, 3 demo attendees.
JOINT_EVENT = "acod-demo-software-forum"
JOINT_SHARED_PATH = {
    "de": "/de/veranstaltungen/acod/abendforum-software-im-fahrzeug/",
    "en": "/en/events/acod/evening-forum-software-in-the-vehicle/",
}
JOINT_OWN_PATH = {
    "de": "/de/veranstaltungen/abendforum-software-im-fahrzeug/",
    "en": "/en/events/evening-forum-software-in-the-vehicle/",
}
DEMO_CONFIRMED = 3


@pytest.fixture
def joint_event(db):
    return demo_page("event", JOINT_EVENT)


def set_places(event, capacity):
    """Change the places of the published event (every translation follows the original)."""
    EventPage.objects.filter(translation_key=event.translation_key).update(capacity=capacity)
    event.refresh_from_db()


def places_text(response):
    """What the event page says of its places."""
    match = re.search(r"data-places>(.*?)</p>", response.content.decode(), re.S)
    assert match, "the event page has no registration box"
    return " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split())


def sign_up(client, event, lang="de", **data):
    fields = {
        "name": "Ada Beispiel",
        "email": "ada.beispiel@example.org",
        "organisation": "Beispiel GmbH",
        "consent": "on",
        **data,
    }
    return client.post(register_path(event, lang), fields)


def register_path(event, lang="de"):
    page = event.get_translation(Locale.objects.get(language_code=lang))
    with translation.override(lang):
        return reverse("registrations:register", kwargs={"event_id": page.pk})


def link_from(message, kind, lang="de"):
    """The path of the confirm or cancel link in a mail (in the mail's language)."""
    with translation.override(lang):
        prefix = reverse(f"registrations:{kind}", kwargs={"token": "T"})[: -len("T/")]
    match = re.search(rf"https?://[^/\s]+({re.escape(prefix)}\S+/)", message.body)
    assert match, f"no {kind} link to {prefix} in the mail:\n{message.body}"
    return match.group(1)


def pending_registration(event, email, site, lang="de", **fields):
    return Registration.objects.create(
        event=event,
        email=email,
        site=site,
        language=lang,
        event_url=f"http://{site.hostname}/",
        name=fields.pop("name", email.split("@")[0]),
        created_at=fields.pop("created_at", timezone.now()),
        **fields,
    )
