"""axe-core at WCAG 2.2 AA, on a page as served and as it is without JavaScript."""

import functools
import json
import re
from pathlib import Path

AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
SCRIPT_ELEMENT = re.compile(r"<script\b[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)


@functools.cache
def axe_source():
    """Read when a browser test first needs it, so collecting the other tests
    works in a checkout without node_modules."""
    try:
        return AXE_PATH.read_text()
    except FileNotFoundError:
        raise FileNotFoundError(f"{AXE_PATH} is missing: run `npm ci` (make install)") from None


# True once every short CSS animation and transition has ended: a message fading
# in is measured at its final colours, as a reader sees it, not half-way. Endless
# or long ones (a spinner, the admin's pulsing badges) are not waited for.
ANIMATIONS_ENDED = """() => document.getAnimations().every(animation =>
    animation.playState !== "running"
    || !(animation.effect.getComputedTiming().endTime <= 2000))"""


def blocking_violations(page):
    page.wait_for_function(ANIMATIONS_ENDED, timeout=10_000)
    # Evaluated through the DevTools protocol, so the page's CSP does not block it.
    page.evaluate(axe_source())
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_22_AA
    )
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "where": [node["target"] for node in violation["nodes"]],
        }
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def assert_accessible(page):
    violations = blocking_violations(page)
    assert not violations, f"{page.url}:\n{json.dumps(violations, indent=2, ensure_ascii=False)}"


def assert_accessible_html(page, url, html):
    """Audit a piece of HTML as if served from url (same origin, same styles)."""
    page.goto(url)
    page.set_content(SCRIPT_ELEMENT.sub("", html))
    assert_accessible(page)


def assert_accessible_with_and_without_javascript(page, no_js_page, url):
    page.goto(url)
    assert_accessible(page)
    # axe needs JavaScript, so it audits the no-JavaScript rendering, scripts removed,
    # in a JavaScript-enabled page on the same origin.
    no_js_page.goto(url)
    assert_accessible_html(page, url, no_js_page.content())
