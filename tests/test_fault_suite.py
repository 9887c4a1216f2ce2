"""The fault suite's short run passes: two gunicorn instances on their own
PostgreSQL, Redis and SMTP server keep every referral through services stopping,
hanging and restarting, and a worker killed mid-send (issue 13). It runs the real
processes (bench/faults.py --short); see docs/reliability.md#fault-suite."""

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
# The whole run, setting up and tearing down included: about 200 s on a quiet
# 2-core machine, and more than twice that on a busy one.
SECONDS = 420

pytestmark = pytest.mark.faults


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def missing_programs():
    needed = {
        "redis-server": shutil.which("redis-server"),
        "gunicorn": (Path(sys.executable).parent / "gunicorn").exists(),
        "pg_dump": shutil.which("pg_dump"),
        "pg_createcluster (as root) or initdb": (
            shutil.which("pg_createcluster") if os.geteuid() == 0 else shutil.which("initdb")
        ),
    }
    return [name for name, found in needed.items() if not found]


def seed_url():
    """The test database, migrated and with the demo borough, for the suite to copy."""
    db = connection.settings_dict
    if db["ENGINE"] != "django.db.backends.postgresql":
        return None
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or "5432"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{host}:{port}/{db['NAME']}"


def test_the_short_fault_suite_passes(transactional_db, demo_site, tmp_path):
    missing = missing_programs()
    if missing:
        pytest.skip("the fault suite needs " + ", ".join(missing))
    # The stopped and hung search node are stood in for by a closed and a silent
    # port here; tests/search/ stop and hang a real node, and `make soak` does too.
    command = [sys.executable, "bench/faults.py", "--short", "--no-search-node"]
    command += ["--pg-port", str(free_port())]  # beside any `make soak` on 5499
    if seed := seed_url():
        command += ["--seed-from", seed]
    log = tmp_path / "faults.log"
    with log.open("w") as output:
        suite = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
        try:
            code = suite.wait(timeout=SECONDS)
        except subprocess.TimeoutExpired:
            suite.terminate()  # it stops what it started on the way out
            suite.wait(timeout=90)
            pytest.fail(f"The short run took over {SECONDS} s:\n{log.read_text()[-6000:]}")
    assert code == 0, log.read_text()[-8000:]
