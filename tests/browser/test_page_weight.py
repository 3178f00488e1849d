"""Each home page stays light and loads nothing from other hosts; screenshots for people to look at.

The weight is what goes over the wire with the cache disabled: Chromium's encodedDataLength of
every response (headers and body as transferred), counted after scrolling to the bottom so that
lazily loaded images are included.
"""

from urllib.parse import urlsplit

from tests.browser.conftest import BROWSER_TEST, DESKTOP, PHONE, SCREENSHOTS
from tests.conftest import HOSTS

pytestmark = BROWSER_TEST

MAX_BYTES = 500 * 1000


def load_everything(page):
    """Scroll to the bottom so lazy images load, then wait until the network is quiet."""
    page.wait_for_load_state("networkidle")
    page.evaluate("() => window.scrollTo(0, document.scrollingElement.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.evaluate(
        "() => Promise.all([...document.images].map(image => image.decode().catch(() => null)))"
    )
    page.evaluate("() => window.scrollTo(0, 0)")


def test_home_pages_are_light_self_hosted_and_screenshotted(new_page, site_url, capsys):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    report = []
    for key in HOSTS:
        page = new_page(viewport=DESKTOP)
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        transferred = {}
        cdp.on(
            "Network.loadingFinished",
            lambda event, transferred=transferred: transferred.__setitem__(
                event["requestId"], event["encodedDataLength"]
            ),
        )
        requested = []
        page.on("request", lambda request, requested=requested: requested.append(request.url))

        url = site_url(key, "/de/")
        response = page.goto(url)
        assert response.status == 200
        load_everything(page)
        page.screenshot(path=SCREENSHOTS / f"{key}-desktop.png", full_page=True)

        total = sum(transferred.values())
        origin = urlsplit(url)
        foreign = [
            requested_url
            for requested_url in requested
            if urlsplit(requested_url).scheme in ("http", "https")
            and urlsplit(requested_url).netloc != origin.netloc
        ]
        report.append(f"{key}: {total / 1000:.1f} kB in {len(transferred)} responses")
        assert not foreign, f"{key} loads from other hosts: {foreign}"
        assert total < MAX_BYTES, f"{key} home page weighs {total} bytes"

        phone = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
        phone.goto(url)
        load_everything(phone)
        phone.screenshot(path=SCREENSHOTS / f"{key}-phone.png", full_page=True)

    with capsys.disabled():
        print("\nHome page weight (/de/, 1280×800, cache disabled):\n" + "\n".join(report))
