"""Absolute links use the address the site is served at (WAGTAILADMIN_BASE_URL),
not the demo's http://localhost/."""

import io
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from django.core.management import CommandError, call_command
from django.test import override_settings

from wagtail.models import Site

from core.sites import site_address
from directory.models import ActivityPage

PUBLIC = "https://getconnected.example.gov.uk"


def english_activity():
    return ActivityPage.objects.live().filter(locale__language_code="en").order_by("pk").first()


@pytest.mark.django_db
def test_every_kind_of_absolute_link_uses_the_configured_address(client, demo_site):
    with override_settings(WAGTAILADMIN_BASE_URL=PUBLIC):
        call_command("set_site_address", stdout=io.StringIO())
    activity = english_activity()

    sitemap = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode())
    calendar = Calendar.from_ical(client.get(f"{activity.url}calendar/").content)
    page = client.get(activity.url).content.decode()
    json_ld = json.loads(re.search(r'"application/ld\+json">(.*?)</script>', page, re.S)[1])
    service = client.get(f"/openreferral/services/{activity.translation_key}").json()

    assert sitemap and all(location.startswith(f"{PUBLIC}/") for location in sitemap)
    assert str(calendar.walk("VEVENT")[0]["URL"]) == f"{PUBLIC}{activity.url}"
    assert json_ld["url"] == f"{PUBLIC}{activity.url}"
    assert service["url"] == f"{PUBLIC}{activity.url}"
    assert "localhost" not in " ".join(sitemap) + page + json.dumps(service)


@pytest.mark.django_db
def test_loading_the_demo_again_moves_the_site_to_the_new_address(demo_site):
    output = io.StringIO()
    # `make run PORT=8100` runs the loader with this address.
    with override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8100", DEBUG=True):
        call_command("load_demo_content", stdout=output)

    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8100"
    assert "http://127.0.0.1:8100/admin/" in output.getvalue()
    assert ":8000" not in output.getvalue()
    assert Site.objects.count() == 1


@pytest.mark.django_db
def test_set_site_address_refuses_an_address_wagtail_cannot_link_to(demo_site):
    with (
        override_settings(WAGTAILADMIN_BASE_URL="https://getconnected.example.gov.uk:8443"),
        pytest.raises(CommandError, match="https on port 443 only"),
    ):
        call_command("set_site_address")

    assert Site.objects.get(is_default_site=True).root_url == demo_site.root_url


label = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
hostnames = st.lists(label, min_size=1, max_size=4).map(".".join)


@given(
    scheme=st.sampled_from(["http", "https"]),
    hostname=hostnames,
    port=st.one_of(st.none(), st.integers(1, 65535)),
    slash=st.sampled_from(["", "/"]),
)
def test_a_valid_address_gives_a_site_with_the_same_links(scheme, hostname, port, slash):
    address = f"{scheme}://{hostname}{'' if port is None else f':{port}'}{slash}"
    default = {"http": 80, "https": 443}[scheme]
    try:
        found_hostname, found_port = site_address(address)
    except ValueError as error:
        # Only https off port 443, or http on it, has no Wagtail Site.
        assert "port 443" in str(error)
        assert (scheme == "https") != ((port or default) == 443)
        return
    expected = f"{scheme}://{hostname}" if port in (None, default) else address.rstrip("/")
    assert Site(hostname=found_hostname, port=found_port).root_url == expected


@given(st.text())
def test_any_text_is_an_address_or_a_clear_value_error(text):
    try:
        hostname, port = site_address(text)
    except ValueError:
        return
    assert hostname
    assert 0 < port < 65536
