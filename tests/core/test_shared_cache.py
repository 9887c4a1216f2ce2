"""Several servers share one Redis (CACHE_URL): rate limits count each resident
once whichever process answers, and a session begun on one server goes on on
another. CI starts a Redis and sets TEST_CACHE_URL; without one these are skipped.
"""

import html
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urljoin

import pytest
import redis
import requests

from django.db import connection
from django.test import RequestFactory, override_settings

from core.ratelimit import over_limit
from home.models import HomePage
from referrals.models import Referral
from tests.referrals.conftest import ANSWERS

ROOT = Path(__file__).resolve().parents[2]
# A Redis database these tests may empty, e.g. redis://127.0.0.1:6379/15.
TEST_CACHE_URL = os.environ.get("TEST_CACHE_URL", "")
needs_redis = pytest.mark.skipif(
    not TEST_CACHE_URL, reason="needs a Redis: TEST_CACHE_URL=redis://127.0.0.1:6379/15"
)


@pytest.fixture
def redis_url():
    client = redis.Redis.from_url(TEST_CACHE_URL)
    client.flushdb()
    yield TEST_CACHE_URL
    client.flushdb()
    client.close()


def redis_cache(url):
    return {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The test database, as a URL another process can open."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def two_servers(transactional_db, demo_site, redis_url, tmp_path):
    """Two gunicorn servers, two workers each, on their own ports, on the test
    database and the test Redis: like two machines behind one load balancer."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": database_url(),
        "CACHE_URL": redis_url,
        "REFERRALS_SUBMIT_LIMIT": "3",
        # Counts start again at each window's boundary (the top of the hour by
        # default); one window for the whole test, whatever the clock says.
        "REFERRALS_RATE_WINDOW_SECONDS": "1000000000",
        "REFERRALS_MIN_FILL_SECONDS": "0",
        "SEARCH_URL": "",
    }
    servers = []
    for number in range(2):
        port = free_port()
        log = (tmp_path / f"server-{number}.log").open("w")
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "config.wsgi"),
                *("--bind", f"127.0.0.1:{port}", "--workers", "2", "--no-control-socket"),
            ],
            cwd=ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        servers.append((process, f"http://127.0.0.1:{port}", log))
    try:
        for process, url, log in servers:
            wait_until_serving(process, url, log)
        yield [url for _process, url, _log in servers]
    finally:
        for process, _url, log in servers:
            process.terminate()
            process.wait(timeout=30)
            log.close()


def wait_until_serving(process, url, log, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{url} stopped: {Path(log.name).read_text()}")
        try:
            if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or still starting
            pass
        time.sleep(0.5)
    pytest.fail(f"{url} did not start in {seconds}s: {Path(log.name).read_text()}")


HIDDEN_INPUT = re.compile(r"<input\b[^>]*\btype=\"hidden\"[^>]*>")


def hidden_fields(page):
    """What a browser sends back unseen with the page's form."""
    fields = {}
    for tag in HIDDEN_INPUT.findall(page):
        name, value = re.search(r'name="([^"]*)"', tag), re.search(r'value="([^"]*)"', tag)
        if name:
            fields[name[1]] = html.unescape(value[1]) if value else ""
    return fields


def send_across(servers, browser):
    """One resident's whole request, each page from the next server in turn;
    the status of the final send."""
    turn = iter(servers * 40)
    page = browser.get(f"{next(turn)}/en/get-a-hand/start/", timeout=30)
    for slug, data in ANSWERS:
        assert page.status_code == 200, (slug, page.text[:2000])
        response = browser.post(
            f"{next(turn)}/en/get-a-hand/{slug}/",
            {**hidden_fields(page.text), **data},
            allow_redirects=False,
            timeout=30,
        )
        # On to the next question: this server found the answers the other one kept.
        assert response.status_code == 302, (slug, response.text[:2000])
        assert not response.headers["Location"].endswith("/start/"), slug
        page = browser.get(urljoin(next(turn), response.headers["Location"]), timeout=30)
    assert page.url.endswith("/en/get-a-hand/check/"), page.url
    response = browser.post(
        f"{next(turn)}/en/get-a-hand/check/",
        {**hidden_fields(page.text), "website": ""},
        allow_redirects=False,
        timeout=30,
    )
    return response.status_code


@needs_redis
def test_two_servers_share_one_allowance_and_one_session(two_servers):
    browser = requests.Session()  # one resident: one address, one session cookie

    statuses = [send_across(two_servers, browser) for _ in range(6)]

    # The configured limit of 3 across both servers and their four workers, and no more.
    assert statuses == [302, 302, 302, 429, 429, 429]
    assert Referral.objects.count() == 3


@needs_redis
def test_a_publish_shows_at_once_on_every_server_that_kept_the_page(two_servers, redis_url):
    home = HomePage.objects.get(locale__language_code="en")
    # Enough visits that every worker of both servers keeps the page in its own memory.
    for server in two_servers:
        for _visit in range(8):
            assert requests.get(f"{server}/en/", timeout=30).status_code == 200

    home.heading = "Meet people near you this winter"
    with override_settings(CACHES=redis_cache(redis_url)):
        home.save_revision().publish()

    for server in two_servers:
        for _visit in range(8):
            page = requests.get(f"{server}/en/", timeout=30).text
            assert "Meet people near you this winter" in page, server


@needs_redis
def test_concurrent_requests_each_count_once_on_redis(redis_url):
    caches = redis_cache(redis_url)
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    start = threading.Barrier(8)

    def eight_requests(_worker):
        start.wait()
        return [over_limit(request, "concurrency", 40) for _ in range(10)]

    with override_settings(CACHES=caches), ThreadPoolExecutor(8) as pool:
        results = [blocked for batch in pool.map(eight_requests, range(8)) for blocked in batch]

    assert results.count(False) == 40  # 80 requests at once: exactly the limit let through
    assert results.count(True) == 40


def healthz_with_cache(url):
    """/healthz in a new process on the test database whose CACHE_URL is url:
    (status, checks, seconds)."""
    check = (
        "import django, json, time; django.setup();"
        "from django.test import Client;"
        "began = time.monotonic(); response = Client().get('/healthz');"
        "print(json.dumps([response.status_code, response.json()['checks'],"
        " time.monotonic() - began]))"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": database_url(),
        "ALLOWED_HOSTS": "testserver",
        "CACHE_URL": url,
        "SEARCH_URL": "",
    }
    result = subprocess.run(
        [sys.executable, "-c", check],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@needs_redis
def test_healthz_checks_the_shared_cache(redis_url, db):
    status, checks, _seconds = healthz_with_cache(redis_url)
    assert (status, checks["database"], checks["cache"]) == (200, "ok", "ok")


def test_healthz_reports_a_stopped_cache(db):
    # Port 9 (discard) has nothing listening here: a Redis that is down.
    status, checks, _seconds = healthz_with_cache("redis://127.0.0.1:9/0")
    assert (status, checks["database"], checks["cache"]) == (503, "ok", "unreachable")


def test_healthz_reports_a_hung_cache_within_seconds(db):
    # Accepts connections and never answers, like a Redis stuck on a full disk.
    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)
        port = hung.getsockname()[1]
        status, checks, seconds = healthz_with_cache(f"redis://127.0.0.1:{port}/0")
    assert (status, checks["database"], checks["cache"]) == (503, "ok", "unreachable")
    assert seconds < 6  # the 2-second socket timeout, not a worker timeout
