"""Postcode to map position, for "near me" searches.

Pluggable through settings.DIRECTORY_GEOCODER. The default reads a table the
project ships for the demo borough's postcode districts and sectors, so it
works offline; PostcodeServiceGeocoder talks to a postcodes.io-style web
service for production.
"""

import csv
import json
import math
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

TABLE = Path(__file__).resolve().parent / "data" / "postcodes.csv"
# Outward code (district) and optional inward code, e.g. "KB3" or "KB3 2XY".
POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})?$")
EARTH_RADIUS_MILES = 3958.8


MALFORMED_POSTCODE = _("Enter a postcode, like KB3 2XY, or the first part of one, like KB3.")
NOT_FOUND = _(
    "We could not find that postcode in %(area)s. Check it, or try the first part, like KB3."
)
SERVICE_DOWN = _(
    "We cannot look up postcodes just now. Search without one, or choose an area instead."
)


class PostcodeError(ValueError):
    """A postcode that cannot be placed; the message is for the resident."""


def not_in_area():
    return PostcodeError(NOT_FOUND % {"area": settings.COUNCIL_AREA})


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    district: str


def split_postcode(text):
    """(district, sector or None) from a full postcode or a district; raises PostcodeError."""
    match = POSTCODE.match(" ".join(text.upper().split()))
    if not match:
        raise PostcodeError(MALFORMED_POSTCODE)
    district, inward = match.groups()
    return district, f"{district} {inward[0]}" if inward else None


def miles_between(a_lat, a_lng, b_lat, b_lng):
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(a_lat), math.radians(b_lat)
    d_phi, d_lambda = math.radians(b_lat - a_lat), math.radians(b_lng - a_lng)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(h))


class TableGeocoder:
    """Sector centres (e.g. "KB3 2") and district centres (e.g. "KB3") from a CSV file."""

    def __init__(self, path=TABLE):
        self.places = postcode_table(str(path))

    def locate(self, postcode):
        district, sector = split_postcode(postcode)
        for key in (sector, district):
            if key and key in self.places:
                place = self.places[key]
                return Location(float(place["latitude"]), float(place["longitude"]), district)
        raise not_in_area()


@cache
def postcode_table(path=str(TABLE)):
    """The borough's postcode districts and sectors, each row by its postcode: its
    centre and, where one is set, its area (the one file both read from)."""
    with open(path, newline="") as table:
        return {row["postcode"]: row for row in csv.DictReader(table)}


class PostcodeServiceGeocoder:
    """A postcodes.io-compatible service at settings.POSTCODE_SERVICE_URL."""

    def __init__(self, base_url=None, timeout=3):
        self.base_url = (base_url or settings.POSTCODE_SERVICE_URL).rstrip("/")
        self.timeout = timeout

    def locate(self, postcode):
        district, sector = split_postcode(postcode)
        compact = " ".join(postcode.upper().split())
        path = f"postcodes/{compact}" if sector else f"outcodes/{district}"
        url = f"{self.base_url}/{urllib.parse.quote(path)}"
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:
                result = json.load(response)["result"]
        except urllib.error.HTTPError as error:
            if error.code == 404:
                raise not_in_area() from error
            raise PostcodeError(SERVICE_DOWN) from error
        except (urllib.error.URLError, TimeoutError, ValueError, KeyError) as error:
            raise PostcodeError(SERVICE_DOWN) from error
        return Location(float(result["latitude"]), float(result["longitude"]), district)


def get_geocoder():
    return import_string(settings.DIRECTORY_GEOCODER)()
