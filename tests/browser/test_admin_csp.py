"""The admin works under its own Content-Security-Policy: editors, moderators and translators use
the screens the editor tests use, in Chromium, and the browser reports no CSP violation (and no
console error or uncaught script error) on any of them.

Violations are collected twice: Chromium's console message ("Refused to … because it violates
the following Content Security Policy directive") and the `securitypolicyviolation` event, which
an init script forwards from every document and frame (previews, modals) to the test.
"""

import contextlib
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from PIL import Image
from playwright.sync_api import expect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from sites.contact.models import ContactPage
from sites.core.models import SiteTexts
from sites.news.models import NewsIndexPage, NewsPage
from tests.browser.conftest import BROWSER_TEST
from tests.conftest import HOSTS, demo_page, wait_until

pytestmark = BROWSER_TEST

PASSWORD = "verbund-demo-2026"
NEWS = "acod-demo-e-mobility-working-group"  # an ACOD news item shared with nobody

# Console errors that are not about the policy and not ours to fix here. Wagtail lists every name
# zoneinfo knows in the account's time zone menu; Debian's tzdata adds "localtime", which the
# browser's Intl.DateTimeFormat rejects when Wagtail labels the options.
UNRELATED_CONSOLE_ERRORS = [
    re.compile(r"localizeTimeZoneOptions.*Invalid time zone specified: localtime", re.DOTALL),
]

REPORT_VIOLATIONS = """
document.addEventListener('securitypolicyviolation', (event) => {
    window.verbundCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile + ':' + event.lineNumber,
        sample: event.sample,
        document: document.location.href,
    });
}, true);
// Wagtail's unsaved-changes watcher takes its first look at a form two seconds after loading; what
// is typed before then counts as the form's starting point and is never autosaved.
document.addEventListener('w-unsaved:watch-edits', () => {
    document.documentElement.dataset.verbundWatchingEdits = 'true';
});
"""


class AdminSession:
    """One signed-in browser context that records every CSP violation, console error and uncaught
    script error, with the screen it happened on."""

    def __init__(self, new_page, site_url, username):
        self.site_url = site_url
        self.page = new_page()
        self.violations, self.errors = [], []
        context = self.page.context
        context.expose_function("verbundCspViolation", self.violation)
        context.add_init_script(REPORT_VIOLATIONS)
        self.page.on("console", self.console)
        self.page.on("pageerror", lambda error: self.errors.append(f"{self.where()}: {error}"))
        self.visited = []
        self.reported = False  # a failed assert_clean() has shown the problems
        self.sign_in(username)

    def violation(self, report):
        self.violations.append(report)

    def where(self):
        return self.page.url

    def console(self, message):
        text = message.text
        if "Content Security Policy" in text or (
            message.type == "error"
            and not any(pattern.search(text) for pattern in UNRELATED_CONSOLE_ERRORS)
        ):
            self.errors.append(f"{self.where()}: console.{message.type}: {text}")

    def sign_in(self, username):
        self.open("/admin/login/")
        self.page.locator("input[name=username]").fill(username)
        self.page.locator("input[name=password]").fill(PASSWORD)
        self.page.locator("form button[type=submit]").click()
        expect(self.page).to_have_url(self.site_url("acod", "/admin/"))
        self.settle()

    def settle(self):
        self.page.wait_for_load_state("networkidle")

    def submit(self, control):
        """Click a control that submits a form and wait for the page the server answers with.

        Waiting for the network to go idle is not enough: it can return before the POST has
        left, while the old screen, its message area included, is still shown.
        """
        with self.page.expect_navigation():
            control.click()
        self.settle()

    def open(self, path, status=200):
        """Go to an admin screen; first fail on anything the previous screen reported."""
        self.assert_clean()
        response = self.page.goto(self.site_url("acod", path))
        assert response.status == status, (path, response.status)
        self.settle()
        self.visited.append(path)
        return response

    def problems(self):
        return [f"CSP violation: {violation}" for violation in self.violations] + self.errors

    def assert_clean(self):
        if self.visited:
            self.settle()
        problems = self.problems()
        self.reported = bool(problems)
        assert not problems, "\n".join(problems)


@pytest.fixture
def session(new_page, site_url):
    """session("acod-editor") -> a signed-in AdminSession. After the test, whatever a session
    recorded and the test did not get to check fails it too (at teardown): a screen that breaks
    under the policy shows its violations even where the test stops at the broken control."""
    sessions = []

    def make(username):
        sessions.append(AdminSession(new_page, site_url, username))
        return sessions[-1]

    yield make
    problems = [
        problem for session in sessions if not session.reported for problem in session.problems()
    ]
    assert not problems, "\n".join(problems)


def png_file(name="upload.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (40, 90, 160)).save(buffer, "PNG")
    return {"name": name, "mimeType": "image/png", "buffer": buffer.getvalue()}


def acod_root():
    return Site.objects.get(hostname=HOSTS["acod"]).root_page


def test_editor_screens_run_under_the_admin_policy(session):
    news = demo_page("news", NEWS)
    news_index = NewsIndexPage.objects.get(pk=news.get_parent().pk)
    editor = session("acod-editor")  # signed in through the login form, now on the dashboard
    page = editor.page

    editor.open(reverse("wagtailadmin_explore_root"))
    editor.open(reverse("wagtailadmin_explore", args=[acod_root().pk]))
    editor.open(reverse("wagtailadmin_explore", args=[news_index.pk]))
    editor.open(reverse("wagtailadmin_pages:history", args=[news.pk]))
    editor.open(reverse("wagtailadmin_pages:search") + "?q=Mobilit%C3%A4t")

    # The page editor: the preview panel (an iframe of the public template) and the image chooser.
    editor.open(reverse("wagtailadmin_pages:edit", args=[news.pk]))
    page.locator("[data-side-panel-toggle='preview']").click()
    # Wagtail loads the preview in a second iframe and then swaps it in.
    expect(page.locator("iframe.w-preview__proxy")).to_have_count(0)
    expect(page.frame_locator("#w-preview-iframe").locator("h1")).to_have_text(news.title)
    page.locator("[data-side-panel-toggle='preview']").click()
    expect(page.locator("[data-side-panel='preview']")).to_be_hidden()
    expect(page.locator(".form-side--open")).to_have_count(0)
    modal = page.locator(".modal-dialog")
    chooser_button = page.locator("[data-field-wrapper] [data-chooser-action-choose]").first
    # Closing the side panel widens the form: a click during that transition can miss the moving
    # button (CI: no chooser request at all), so click again if no chooser opened.
    for _attempt in range(3):
        chooser_button.click()
        with contextlib.suppress(AssertionError):
            expect(modal.locator("input[name=q]")).to_be_visible(timeout=10_000)
            break
    expect(modal.locator("input[name=q]")).to_be_visible()
    modal.locator("input[name=q]").fill("a")  # the results are fetched and swapped in
    editor.settle()
    modal.locator("button.close, [data-dismiss='modal']").first.click()
    expect(modal).to_be_hidden()

    # Adding a news item (the only subpage type of the news index), autosaved, then submitted.
    editor.open(reverse("wagtailadmin_pages:add_subpage", args=[news_index.pk]))
    expect(page).to_have_url(re.compile(r"/admin/pages/add/news/newspage/\d+/$"))
    # An editor reads before typing; the test waits until Wagtail watches the form.
    expect(page.locator("html")).to_have_attribute("data-verbund-watching-edits", "true")
    # Typed key by key, as an editor types: each keyup carries the title into the slug. (A bare
    # fill() leaves the slug blank until the field loses focus, and an autosave in between is
    # refused for the blank slug.)
    page.locator("input[name=title]").press_sequentially(title := "CSP-Prüfung im Browser")
    page.locator("textarea[name=teaser]").fill(teaser := "Ein Beitrag, der nur den Browser prüft.")
    # Wagtail autosaves the new page as a draft and moves the form to the page's edit URL.
    # Submitting only then keeps the click from racing the autosave into a second new page.
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"), timeout=15_000)
    created = NewsPage.objects.get(pk=re.search(r"/pages/(\d+)/edit/", page.url)[1])

    def autosaved():
        draft = NewsPage.objects.get(pk=created.pk).get_latest_revision_as_object()
        return (draft.title, draft.teaser) == (title, teaser)

    wait_until(autosaved, timeout=15, message="the draft did not get the typed title and teaser")
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "saved"
    )
    assert created.get_parent().pk == news_index.pk and created.locale.language_code == "de"
    assert not created.live and not created.workflow_in_progress  # a draft, nothing more
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    editor.submit(page.locator("button[name=action-submit]"))
    expect(page.locator(".messages")).to_contain_text(title)
    assert created.workflow_in_progress  # asks the database each time

    # Images and documents: listings, upload (several at once), edit forms.
    editor.open(reverse("wagtailimages:index"))
    editor.open(reverse("wagtailimages:add_multiple"))
    page.locator("input[type=file]").set_input_files(png_file())
    expect(page.locator("#upload-list li.upload-success")).to_have_count(1)
    editor.settle()
    uploaded = get_image_model().objects.get(title="upload")
    editor.open(reverse("wagtailimages:edit", args=[uploaded.pk]))  # with the focal point tool
    editor.open(reverse("wagtaildocs:index"))
    editor.open(reverse("wagtaildocs:add_multiple"))
    page.locator("input[type=file]").set_input_files(
        {"name": "plan.txt", "mimeType": "text/plain", "buffer": b"Plan\n"}
    )
    expect(page.locator("#upload-list li.upload-success")).to_have_count(1)
    editor.settle()
    uploaded = get_document_model().objects.get(title="plan")
    editor.open(reverse("wagtaildocs:edit", args=[uploaded.pk]))

    editor.open(reverse("wagtailsnippets:index"))
    editor.open(reverse("wagtailforms:index"))
    editor.open(reverse("editorial_shared_with_us"))
    editor.open(reverse("wagtailadmin_account"))
    editor.assert_clean()


def test_moderator_screens_run_under_the_admin_policy(session):
    news = demo_page("news", NEWS)
    editor = get_user_model().objects.get(username="acod-editor")
    news.save_revision(user=editor)
    news.get_workflow().start(news, editor)
    moderator = session("acod-moderator")
    page = moderator.page

    expect(page.get_by_text(news.title).first).to_be_visible()  # dashboard: awaiting review
    moderator.open(reverse("wagtailadmin_pages:edit", args=[news.pk]))
    # "Request changes" asks for a comment in a modal, then rejects the submission.
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("footer button[data-workflow-action-name=reject]").click()
    dialog = page.locator(".modal-dialog")
    dialog.locator("textarea").fill("Bitte die Quelle ergänzen.")
    moderator.submit(dialog.locator("[type=submit]"))  # the modal checks, then the form goes
    expect(page.locator(".messages")).to_be_visible()
    assert not news.workflow_in_progress

    moderator.open(reverse("wagtailadmin_reports:workflow"))
    moderator.open(reverse("wagtailadmin_reports:workflow_tasks"))
    # Hiding a partner's item from the association's own site.
    moderator.open(reverse("editorial_shared_with_us"))
    moderator.submit(page.locator("main form button[type=submit]").first)
    expect(page.locator(".messages")).to_be_visible()
    site = Site.objects.get(hostname=HOSTS["acod"])
    moderator.open(reverse("wagtailsettings:edit", args=["core", "brandingsettings", site.pk]))
    contact = ContactPage.objects.descendant_of(acod_root()).first()
    moderator.open(reverse("wagtailforms:list_submissions", args=[contact.pk]))
    moderator.assert_clean()


def test_translator_screens_run_under_the_admin_policy(session):
    news = demo_page("news", NEWS)
    english = Locale.objects.get(language_code="en")
    news.get_translation(english).delete()
    translator = session("acod-translator")
    page = translator.page

    translator.open(reverse("wagtail_localize:submit_page_translation", args=[news.pk]))
    page.locator(f"input[name=locales][value='{english.pk}']").check()
    page.locator("main form [type=submit]").last.click()
    translator.settle()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    # wagtail-localize's editor (a React app): machine translation, then one segment by hand.
    page.get_by_role("button", name=re.compile("Dummy")).click()
    translator.settle()
    expect(page.locator(".messages")).to_contain_text(re.compile(r"\w"))
    page.get_by_role("button", name="Edit", exact=True).first.click()
    page.locator("main textarea").first.fill("Electromobility: a new working group")
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.get_by_text("Electromobility: a new working group")).to_be_visible()
    translator.settle()
    translator.assert_clean()


def test_superuser_screens_run_under_the_admin_policy(session):
    """Snippets and their translation, users, workflows: the superuser's part of the editor tests."""
    texts = SiteTexts.objects.filter(locale__language_code="de").first()
    admin = session("admin")

    admin.open(reverse("wagtailsnippets_core_sitetexts:list"))
    admin.open(reverse("wagtailsnippets_core_sitetexts:edit", args=[texts.pk]))
    admin.open(
        reverse("wagtail_localize:submit_snippet_translation", args=["core", "sitetexts", texts.pk])
    )
    admin.open(reverse("wagtailusers_users:index"))
    admin.open(reverse("wagtailadmin_workflows:index"))
    admin.open(reverse("wagtailadmin_workflows:task_index"))
    admin.open(reverse("wagtailsites:index"))
    admin.assert_clean()
