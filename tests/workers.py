"""Real processes on the test database for the tests: the background worker
(`manage.py db_worker`) and management commands, with bounded waits."""

import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def environment(smtp_port, **extra):
    """For a process of our own on the test database, sending to a real server."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
        "TEST_DATABASE_NAME": str(connection.settings_dict["NAME"]),
        "TEST_SMTP_PORT": str(smtp_port),
        **extra,
    }


def start(env, *command, output=subprocess.PIPE):
    return subprocess.Popen(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process, seconds=120):
    output, _ = process.communicate(timeout=seconds)
    return output


@contextmanager
def worker(env):
    """`manage.py db_worker`, as the systemd unit runs it (its log in a file, so a
    full pipe never blocks it)."""
    with tempfile.TemporaryFile("w+") as log:
        process = start(env, "db_worker", "--interval", "0.2", "--no-startup-delay", output=log)
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()
