"""The results and an organisation's places on a map, with tiles from a local
tile server: markers reached by keyboard and named, axe clean, and nothing at
all without JavaScript or without a tile server (docs/map.md)."""

import base64
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.test import override_settings

from config.settings.base import tile_origin
from directory.models import OrganisationPage
from tests.browser.accessibility import assert_accessible

# A one-pixel PNG: every tile the map asks for.
TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)
FIND = "/{code}/things-to-do/?q=walk"


@pytest.fixture
def tile_server():
    requests = []

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(TILE)))
            self.end_headers()
            self.wfile.write(TILE)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/tiles/{{z}}/{{x}}/{{y}}.png"
    policy = settings.CONTENT_SECURITY_POLICY
    directives = {**policy["DIRECTIVES"], "img-src": ["'self'", "data:", tile_origin(url)]}
    with override_settings(
        MAP_TILE_URL=url,
        MAP_TILE_ORIGIN=tile_origin(url),
        MAP_TILE_ATTRIBUTION="© Kellbrook test tiles",
        CONTENT_SECURITY_POLICY={**policy, "DIRECTIVES": directives},
        PAGE_CACHE_SECONDS=0,  # the same address is drawn with and without a map
    ):
        yield requests
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_results_map_has_a_named_marker_per_place_reached_by_keyboard(
    page, site_url, tile_server, code
):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url + FIND.format(code=code))
    markers = page.locator("#site-map .leaflet-marker-icon")
    expect(markers.first).to_be_visible()
    assert tile_server, "the map asks the tile server for its tiles"
    places = page.evaluate("JSON.parse(document.getElementById('site-map-places').textContent)")
    assert markers.count() == len(places) > 0
    assert page.locator("#site-map").get_by_text("© Kellbrook test tiles").is_visible()

    # Each marker is a focusable button named after its place, and opens what meets there.
    first = markers.first
    first.focus()
    expect(first).to_be_focused()
    assert first.get_attribute("alt") == places[0]["name"]
    assert first.get_attribute("role") == "button"
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    expect(popup).to_contain_text(places[0]["activities"][0]["title"])
    assert_accessible(page)
    assert errors == []


def test_an_organisations_places_are_on_its_map(page, site_url, tile_server):
    organisation = OrganisationPage.objects.get(slug="fenmoor-ramblers", locale__language_code="en")
    page.goto(site_url + organisation.url)
    expect(page.locator("#site-map .leaflet-marker-icon").first).to_be_visible()


def test_without_javascript_there_is_no_map(no_js_page, site_url, tile_server):
    no_js_page.goto(site_url + FIND.format(code="en"))
    assert no_js_page.locator(".site-results .site-result").count() > 0
    expect(no_js_page.locator(".site-map")).to_be_hidden()


def test_without_a_tile_server_no_map_or_map_script_is_sent(page, site_url):
    assert not settings.MAP_TILE_URL
    scripts = []
    page.on("request", lambda request: scripts.append(request.url))
    page.goto(site_url + FIND.format(code="en"))
    assert page.locator(".site-map").count() == 0
    assert not [url for url in scripts if "leaflet" in url or "map.js" in url]
