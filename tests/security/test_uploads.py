"""Uploads through the admin: size, pixel and type limits give a form error and store nothing;
documents are served so that nothing in them can run."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.conftest import HOSTS

pytestmark = pytest.mark.django_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
)
# The limits the settings promise (README): uploads are built against these, not against the
# settings, so that a limit removed or raised in the settings makes the refusal tests fail.
UPLOAD_LIMIT = 10 * 1024 * 1024  # bytes, images and documents
PIXEL_LIMIT = 40_000_000
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def png(size=(20, 10), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def padded_png(total_size):
    """A valid PNG of exactly total_size bytes (bytes after IEND are ignored by decoders)."""
    data = png()
    return data + b"\0" * (total_size - len(data))


def collection():
    return Collection.objects.get(name="ACOD")


def upload(admin_client, kind, filename, content):
    form = BeautifulSoup(admin_client.get(f"/admin/{kind}/add/").content, "html.parser")
    assert form.find("input", {"name": "file"}) is not None
    return admin_client.post(
        f"/admin/{kind}/add/",
        {
            "title": filename,
            "collection": collection().pk,
            "file": ContentFile(content, name=filename),
        },
    )


def form_errors(response):
    html = BeautifulSoup(response.content, "html.parser")
    return " ".join(
        error.get_text(" ", strip=True)
        for error in html.select(
            ".error-message, .w-field__errors, .help-critical, .messages .error"
        )
    )


def test_limits_are_configured():
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == UPLOAD_LIMIT
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == UPLOAD_LIMIT
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == PIXEL_LIMIT
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert not {"html", "htm", "svg", "js", "xml", "xhtml", "php"} & set(
        settings.WAGTAILDOCS_EXTENSIONS
    )


def test_a_valid_image_and_document_are_accepted(admin_client):
    images, documents = get_image_model().objects.count(), get_document_model().objects.count()

    assert upload(admin_client, "images", "ok.png", png()).status_code == 302
    assert upload(admin_client, "documents", "ok.txt", b"Hallo").status_code == 302

    assert get_image_model().objects.count() == images + 1
    assert get_document_model().objects.count() == documents + 1


@pytest.mark.parametrize(
    ("kind", "filename", "content_for", "message"),
    [
        (
            "images",
            "too-big.png",
            lambda: padded_png(UPLOAD_LIMIT + 1),
            "zu groß",
        ),
        ("images", "drawing.svg", lambda: SVG, "Nicht unterstütztes Bildformat"),
        ("images", "drawing.png", lambda: SVG, "stimmt nicht mit dem Dateiformat überein"),
        ("images", "page.html", lambda: HTML, "Nicht unterstütztes Bildformat"),
        (
            "documents",
            "too-big.txt",
            lambda: b"x" * (UPLOAD_LIMIT + 1),
            "zu groß",
        ),
        ("documents", "page.html", lambda: HTML, "html"),
        ("documents", "page.htm", lambda: HTML, "htm"),
        ("documents", "drawing.svg", lambda: SVG, "svg"),
        ("documents", "code.js", lambda: b"alert(1)", "js"),
    ],
)
def test_refused_uploads_give_a_form_error_and_store_nothing(
    admin_client, kind, filename, content_for, message
):
    model = get_image_model() if kind == "images" else get_document_model()
    before = model.objects.count()
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de"

    response = upload(admin_client, kind, filename, content_for())

    assert response.status_code == 200
    assert message.lower() in form_errors(response).lower(), form_errors(response)
    assert model.objects.count() == before


def test_an_image_of_exactly_the_size_limit_is_accepted(admin_client):
    response = upload(admin_client, "images", "fits.png", padded_png(UPLOAD_LIMIT))

    assert response.status_code == 302


def test_a_document_of_exactly_the_size_limit_is_accepted(admin_client):
    response = upload(admin_client, "documents", "fits.txt", b"x" * UPLOAD_LIMIT)

    assert response.status_code == 302


def test_too_many_pixels_are_refused(admin_client):
    before = get_image_model().objects.count()
    # 53 × 754,717 = 40,000,001 pixels: one over the limit; 1-bit PNG, a few kilobytes.
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=None):
        response = upload(admin_client, "images", "huge.png", png((53, 754_717), mode="1"))

    assert response.status_code == 200
    assert "pixel" in form_errors(response).lower()
    assert get_image_model().objects.count() == before


# --- serving documents -------------------------------------------------------------------------


def document(filename, content):
    return get_document_model().objects.create(
        title=filename, file=ContentFile(content, name=filename), collection=collection()
    )


def fetch(doc):
    response = Client(HTTP_HOST=HOSTS["acod"]).get(doc.url)
    body = b"".join(response.streaming_content)
    response.close()
    return response, body


def test_documents_are_served_by_django_not_straight_from_storage():
    response, body = fetch(document("plan.txt", b"x"))

    assert response.status_code == 200 and body == b"x"
    assert response.request["PATH_INFO"].startswith("/documents/")
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


def test_a_text_document_is_a_sandboxed_download():
    response, body = fetch(document("notes.txt", b"<script>alert(1)</script>"))

    assert response.status_code == 200
    assert body == b"<script>alert(1)</script>"
    assert response["Content-Type"].startswith("text/plain")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_pdf_opens_in_the_browser_but_may_load_and_run_nothing():
    response, _body = fetch(document("programme.pdf", b"%PDF-1.4\n%%EOF\n"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert not response.get("Content-Disposition", "").startswith("attachment")
    # No `sandbox`: Chromium and Safari refuse to start their PDF viewer in a sandboxed document.
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


@override_settings(WAGTAILDOCS_INLINE_CONTENT_TYPES=["application/pdf", "text/plain"])
def test_a_type_configured_inline_by_mistake_is_still_a_sandboxed_download():
    response, _body = fetch(document("readme.txt", b"<script>alert(1)</script>"))

    assert response["Content-Disposition"].startswith("attachment")
    assert "readme.txt" in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_other_responses_of_the_document_view_keep_the_page_policy():
    response = Client(HTTP_HOST=HOSTS["acod"]).get("/documents/999999/missing.txt")

    assert response.status_code == 404
    assert "sandbox" not in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy"]
