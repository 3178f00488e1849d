"""Missing media files are a fault, not a server error: pages render without the picture (the
problem is logged), a document whose file is gone is a 404."""

import shutil

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from tests.conftest import HOSTS, site_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def originals_gone(tmp_path):
    """Every image's original file moved away and every rendition forgotten; put back afterwards."""
    images = list(get_image_model().objects.all())
    moved = []
    for image in images:
        source = image.file.path
        target = tmp_path / f"{image.pk}"
        shutil.move(source, target)
        moved.append((target, source))
    for image in images:
        image.renditions.all().delete()
    yield images
    for target, source in moved:
        shutil.move(target, source)


@pytest.mark.parametrize("key", HOSTS)
def test_pages_render_without_their_pictures_when_the_originals_are_missing(
    key, originals_gone, caplog
):
    client = Client(HTTP_HOST=HOSTS[key])
    site = site_of(key)
    parts = [page.get_url_parts() for page in Page.objects.live().filter(depth__gt=1).specific()]
    urls = sorted({path for site_id, _root, path in filter(None, parts) if site_id == site.pk})
    statuses = {url: client.get(url).status_code for url in urls}

    assert len(urls) > 20
    assert {url: status for url, status in statuses.items() if status != 200} == {}
    assert "rendition: [Errno 2] No such file" in caplog.text  # logged, not hidden


def test_a_document_whose_file_is_gone_is_a_404():
    document = get_document_model()(title="Satzung")
    document.file.save("satzung.txt", ContentFile(b"Satzung"), save=True)
    document.file.storage.delete(document.file.name)

    response = Client(HTTP_HOST=HOSTS["acod"]).get(f"/documents/{document.pk}/{document.filename}")

    assert response.status_code == 404
