"""Kept database connections survive a PostgreSQL restart (issue 13 §7): with
DATABASE_CONN_MAX_AGE set, each request checks its kept connection first, so the
first request after a restart gets a fresh one instead of an error.

A throwaway cluster of our own (Debian's pg_createcluster, as root) on
TEST_THROWAWAY_PG_PORT (default 5440) is restarted under a real gunicorn worker.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PORT = os.environ.get("TEST_THROWAWAY_PG_PORT", "5440")
CLUSTER = f"throwaway{PORT}"  # one per port, so runs on other ports keep theirs

pytestmark = pytest.mark.skipif(
    not shutil.which("pg_createcluster") or os.geteuid() != 0,
    reason="needs Debian's postgresql-common, as root, for a throwaway PostgreSQL cluster",
)


def run(*command):
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@pytest.fixture
def throwaway_postgres():
    version = max(os.listdir("/usr/lib/postgresql"), key=int)
    with contextlib.suppress(subprocess.CalledProcessError):  # left by an interrupted run
        run("pg_dropcluster", version, CLUSTER, "--stop")
    run("pg_createcluster", version, CLUSTER, "-p", PORT, "--start", "--", "--auth=trust")
    try:
        yield lambda: run("pg_ctlcluster", version, CLUSTER, "restart")
    finally:
        run("pg_dropcluster", version, CLUSTER, "--stop")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def site_keeping_connections(throwaway_postgres):
    """The site under one gunicorn worker, keeping its connection for 60 s."""
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PORT}/postgres",
        "DATABASE_CONN_MAX_AGE": "60",
    }
    server = subprocess.Popen(
        [
            Path(sys.executable).parent / "gunicorn",
            "config.wsgi",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/healthz"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError):
                if status_of(url) == 200:
                    break
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.5)
        yield url, throwaway_postgres
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_requests_after_a_database_restart_succeed(site_keeping_connections):
    url, restart_database = site_keeping_connections
    assert status_of(url) == 200  # the worker now keeps a connection

    restart_database()

    assert [status_of(url) for _ in range(4)] == [200, 200, 200, 200]
