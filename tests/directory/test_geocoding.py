import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from directory.geocoding import (
    PostcodeError,
    PostcodeServiceGeocoder,
    TableGeocoder,
    miles_between,
)


@pytest.mark.parametrize("postcode", ["KB3 2XY", "kb3 2xy", " KB32XY ", "KB3 2AB"])
def test_a_full_postcode_is_placed_at_its_sector(postcode):
    location = TableGeocoder().locate(postcode)

    assert location.district == "KB3"
    assert (location.latitude, location.longitude) == (51.576, -0.05)


def test_a_district_is_placed_at_its_centre():
    location = TableGeocoder().locate("KB3")

    assert (location.latitude, location.longitude) == (51.58, -0.05)


@pytest.mark.parametrize("postcode", ["hello", "12345", "KB3 2X", "<script>", "KB3 2XYZ"])
def test_a_malformed_postcode_gets_a_clear_message(postcode):
    with pytest.raises(PostcodeError, match="Enter a postcode, like KB3 2XY"):
        TableGeocoder().locate(postcode)


def test_a_postcode_outside_the_borough_gets_a_clear_message_naming_the_area(settings):
    with pytest.raises(PostcodeError, match="could not find that postcode in Kellbrook"):
        TableGeocoder().locate("SW1A 1AA")
    settings.COUNCIL_AREA = "Ashworth"  # another council's deployment
    with pytest.raises(PostcodeError, match="could not find that postcode in Ashworth"):
        TableGeocoder().locate("SW1A 1AA")


def test_distances_are_great_circle_miles():
    # One degree of latitude is about 69 miles.
    assert miles_between(51.0, 0.0, 52.0, 0.0) == pytest.approx(69.1, abs=0.1)


class PostcodeService(BaseHTTPRequestHandler):
    """A postcodes.io-style service on loopback, answering for one postcode."""

    def do_GET(self):
        if self.path == "/postcodes/KB3%202XY":
            body = {"status": 200, "result": {"latitude": 51.5, "longitude": -0.1}}
            self.send_response(200)
        elif self.path == "/postcodes/KB9%209ZZ":
            self.send_response(500)
            body = {"status": 500}
        else:
            self.send_response(404)
            body = {"status": 404, "error": "Postcode not found"}
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(body).encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def postcode_service():
    server = ThreadingHTTPServer(("127.0.0.1", 0), PostcodeService)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_postcode_service_can_place_postcodes(postcode_service):
    location = PostcodeServiceGeocoder(postcode_service).locate("kb3 2xy")

    assert (location.latitude, location.longitude, location.district) == (51.5, -0.1, "KB3")


def test_a_postcode_the_service_does_not_know(postcode_service):
    with pytest.raises(PostcodeError, match="could not find that postcode"):
        PostcodeServiceGeocoder(postcode_service).locate("KB1 1AA")


def test_a_failing_or_unreachable_service_says_so_plainly(postcode_service):
    with pytest.raises(PostcodeError, match="cannot look up postcodes just now"):
        PostcodeServiceGeocoder(postcode_service).locate("KB9 9ZZ")
    with pytest.raises(PostcodeError, match="cannot look up postcodes just now"):
        PostcodeServiceGeocoder("http://127.0.0.1:9", timeout=1).locate("KB3 2XY")
