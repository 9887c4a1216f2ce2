"""Production settings, checked the way a deployment would run them: in a new process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A well-formed Fernet key made for this test only.
PRODUCTION_KEY = "cHJvZHVjdGlvbi10ZXN0LWtleS0wMTIzNDU2Nzg5YWI="


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "REFERRALS_ENCRYPTION_KEYS",
        }
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable." in result.stderr


def test_production_passes_the_deployment_checklist_without_warnings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-production-key-" + "x7Gq2" * 10,
        ALLOWED_HOSTS="getconnected.kellbrook.example",
        REFERRALS_ENCRYPTION_KEYS=PRODUCTION_KEY,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_referrals_key():
    result = manage(
        "check",
        SECRET_KEY="a-long-random-production-key-" + "x7Gq2" * 10,
        ALLOWED_HOSTS="getconnected.kellbrook.example",
    )
    assert result.returncode != 0
    assert "Set the REFERRALS_ENCRYPTION_KEYS environment variable" in result.stderr
