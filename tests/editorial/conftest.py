import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from sites.core.models import BrandingSettings
from tests.conftest import HOSTS, demo_page

ASSOCIATIONS = tuple(HOSTS)
# One German news item per association that is shared with nobody.
OWN_NEWS = {
    "acod": "acod-demo-e-mobility-working-group",
    "clusterit": "clusterit-demo-security-checklist",
    "logistik": "logistik-demo-cargo-bike-pilot",
}
COLLECTIONS = {"acod": "ACOD", "clusterit": "Cluster IT", "logistik": "Netzwerk Logistik"}


def others(key):
    return [other for other in ASSOCIATIONS if other != key]


@pytest.fixture
def news():
    def get(key, lang="de"):
        return demo_page("news", OWN_NEWS[key], lang)

    return get


@pytest.fixture
def association_documents(db):
    documents = {}
    for key, name in COLLECTIONS.items():
        document = get_document_model()(
            title=f"Satzung {name}", collection=Collection.objects.get(name=name)
        )
        document.file.save(f"satzung-{key}.txt", ContentFile(b"Satzung\n"), save=True)
        documents[key] = document
    return documents


@pytest.fixture
def association_images(db):
    return {
        key: BrandingSettings.objects.get(site__hostname=HOSTS[key]).logo for key in ASSOCIATIONS
    }


def news_form_data(page, **overrides):
    """The edit form's POST data for a news item, keeping its topics and partner rows."""
    topics = list(page.topic_links.all())
    shares = list(page.shared_with.all())
    data = {
        "title": page.title,
        "slug": page.slug,
        "date": page.date.isoformat(),
        "teaser": page.teaser,
        "body": streamfield([("paragraph", rich_text("<p>Geänderter Text</p>"))]),
        "topic_links": inline_formset(
            [{"id": row.pk, "topic": row.topic_id, "ORDER": i} for i, row in enumerate(topics)],
            initial=len(topics),
        ),
        "shared_with": inline_formset(
            [{"id": row.pk, "site": row.site_id, "ORDER": i} for i, row in enumerate(shares)],
            initial=len(shares),
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


def image_count():
    return get_image_model().objects.count()
