"""A short fuzz of everything the public can reach: hypothesis-made paths and
query strings on every public URL pattern, and made-up answers to every public
form, on the demo borough. Not one answer may be a server error (>= 500).

Bounded for CI (well under two minutes); `make fuzz` sets FUZZ_EXAMPLES for a
longer run (see docs/reliability.md)."""

import os
import re
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wagtail.models import Page

from campaign.models import PartnerPack
from referrals import flow as steps

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
# Pages' own sub-addresses (Wagtail routable pages), tried under every page.
SUBPATHS = [
    "",
    "calendar/",
    "print/",
    "report-a-problem/",
    "report-a-problem/sent/",
    "partners/",
    "connected-places/",
    "connected-places/join/",
    "browse/music/",
]
# Parameters the site reads, and a few it does not.
PARAMETERS = [
    "q",
    "query",
    "postcode",
    "distance",
    "sort",
    "page",
    "interest",
    "area",
    "day",
    "time",
    "cost",
    "language",
    "format",
    "size",
    "first_day",
    "last_day",
    "change",
    "next",
    "search",
    "per_page",
    "modified_after",
]
NASTY = st.sampled_from(
    ["", "\x00", "'", '"', "%", "\\", "../", "=cmd|' /C calc'!A0", "9" * 30, "-1", "ǅ", "\u202e"]
)
TEXT = st.one_of(st.text(max_size=30), NASTY, st.integers().map(str))


@pytest.fixture
def public_paths(demo_site):
    """One real address for every public URL pattern, and every kind of page."""
    pages = {}
    for page in Page.objects.live().public().specific().order_by("depth", "path"):
        pages.setdefault((type(page), page.locale_id == demo_site.root_page.locale_id), page)
    page_paths = [page.url + subpath for page in pages.values() if page.url for subpath in SUBPATHS]
    pack = PartnerPack.objects.first()
    return sorted(
        {
            *page_paths,
            "/",
            "/healthz",
            "/sitemap.xml",
            "/go/fen-bus-01",
            "/go/NOPE",
            "/openreferral/",
            "/openreferral/services",
            "/en/search/",
            "/en/get-a-hand/start/",
            "/en/get-a-hand/check/",
            "/en/get-a-hand/done/",
            "/en/get-a-hand/privacy/",
            *(f"/en/get-a-hand/{slug}/" for slug in steps.STEP_SLUGS),
            "/en/listing-check/not-a-token/",
            f"/en/getting-connected/partners/{pack.pk if pack else 1}/download/",
        }
    )


def test_any_path_or_query_string_on_a_public_address_is_no_server_error(client, public_paths):
    @FUZZ
    @given(
        base=st.sampled_from(public_paths),
        tail=st.one_of(st.just(""), TEXT.map(lambda text: quote(text, safe="/"))),
        query=st.dictionaries(st.one_of(st.sampled_from(PARAMETERS), TEXT), TEXT, max_size=4),
    )
    def answers(base, tail, query):
        response = client.get(base + tail, query)
        assert response.status_code < 500, (base + tail, query)

    answers()


FORM = re.compile(r"<form\b(?P<attributes>[^>]*)>(?P<body>.*?)</form>", re.S)
FIELD = re.compile(r'<(?:input|select|textarea)\b[^>]*\bname="(?P<name>[^"]+)"', re.S)
OPTION = re.compile(r'\bvalue="(?P<value>[^"]*)"')


def public_forms(client, paths):
    """(method, action, field names, values seen) of every form on the public pages."""
    forms = {}
    for path in paths:
        response = client.get(path, follow=True)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        page = response.request["PATH_INFO"]
        for match in FORM.finditer(response.content.decode()):
            attributes = match["attributes"]
            if "/admin/" in attributes or "set_language" in attributes:
                continue
            method = "post" if re.search(r'method="post"', attributes, re.I) else "get"
            action = re.search(r'action="([^"]*)"', attributes)
            target = action[1] if action and action[1] else page
            names = tuple(sorted(set(FIELD.findall(match["body"])) - {"csrfmiddlewaretoken"}))
            values = tuple(sorted(set(OPTION.findall(match["body"]))))
            forms.setdefault((method, target, names), (page, values))
    return [
        (method, target, names, values) for (method, target, names), (_, values) in forms.items()
    ]


# Sub-addresses without a form of their own; forms are looked for in English only
# (every language has the same ones), to keep the run short.
NO_FORMS = ("calendar/", "print/", "partners/", "browse/music/", "download/", "sent/")


def test_any_answers_to_a_public_form_are_no_server_error(client, public_paths):
    english = [path for path in public_paths if path.startswith("/en/")]
    forms = public_forms(client, [path for path in english if not path.endswith(NO_FORMS)])
    assert any(method == "post" for method, *_ in forms), "the public forms were found"

    @FUZZ
    @given(form=st.sampled_from(forms), data=st.data())
    def answers(form, data):
        method, target, names, seen = form
        values = st.one_of(TEXT, st.sampled_from(seen or ("",)))
        sent = data.draw(
            st.fixed_dictionaries({name: st.lists(values, max_size=2) for name in names})
        )
        response = getattr(client, method)(target, sent)
        assert response.status_code < 500, (method, target, sent)

    answers()
