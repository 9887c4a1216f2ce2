import json
import os
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from config.settings.base import tile_origin


def _policy_with(env):
    """The img-src the site sends when started with these environment variables."""
    code = (
        "import json; from django.conf import settings; "
        "d = settings.CONTENT_SECURITY_POLICY['DIRECTIVES']; "
        "print(json.dumps([d['img-src'], settings.MAP_TILE_ORIGIN]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_map_is_off_and_img_src_unchanged_without_a_tile_server():
    img_src, origin = _policy_with({"MAP_TILE_URL": ""})
    assert origin == ""
    assert img_src == ["'self'", "data:"]


def test_the_tile_host_and_nothing_else_is_added_to_img_src():
    img_src, origin = _policy_with({"MAP_TILE_URL": "http://127.0.0.1:8765/tiles/{z}/{x}/{y}.png"})
    assert origin == "http://127.0.0.1:8765"
    assert img_src == ["'self'", "data:", "http://127.0.0.1:8765"]


def test_a_subdomain_template_or_odd_scheme_turns_the_map_off_instead_of_widening_csp():
    assert tile_origin("https://{s}.tile.example.org/{z}/{x}/{y}.png") == ""
    assert tile_origin("javascript:alert(1)") == ""
    assert tile_origin("https://tiles.example.org:99999/{z}") == ""
    assert tile_origin("https://tiles.example.org/{z}/{x}/{y}.png") == "https://tiles.example.org"


@given(st.text())
def test_any_tile_setting_gives_no_origin_or_one_plain_origin(value):
    origin = tile_origin(value)
    assert origin == "" or (
        origin.startswith(("http://", "https://")) and " " not in origin and ";" not in origin
    )
