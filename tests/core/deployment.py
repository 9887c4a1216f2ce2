"""The production configuration as deploy/ ships it, for tests that start the
site the way a server would: in a new process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
# Stand-ins for the secrets an operator fills in; the key is a well-formed Fernet key.
SECRETS = {
    "SECRET_KEY": "a-long-random-production-key-" + "x7Gq2" * 10,
    "REFERRALS_ENCRYPTION_KEYS": "cHJvZHVjdGlvbi10ZXN0LWtleS0wMTIzNDU2Nzg5YWI=",
    "BLIND_INDEX_KEY": "a-production-blind-index-key-" + "p3Lm9" * 8,
    "DATABASE_URL": "postgres://getconnected:secret@127.0.0.1:5432/getconnected",
}


def production_environment():
    """deploy/getconnected.env with its empty values filled in, as on a server."""
    settings = {}
    for line in (DEPLOY / "getconnected.env").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            settings[name] = value or SECRETS[name]
    return settings


def run_production(command, **settings):
    """command in a new process with exactly these settings from the environment."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {*production_environment(), "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        command,
        cwd=ROOT,
        env=environment | settings,
        capture_output=True,
        text=True,
        timeout=120,
    )


def manage(*args, **settings):
    return run_production([sys.executable, "manage.py", *args], **settings)
