"""What the benchmarks share: ports, processes with their logs, and the site's
production settings on loopback with its static files collected once."""

import contextlib
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if condition():
                return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not happen within {seconds} s")


def run(*command, env=None, timeout=600, **kwargs):
    return subprocess.run(
        command, check=True, capture_output=True, text=True, env=env, timeout=timeout, **kwargs
    )


class Process:
    """A child process with its log in a file; `freeze`/`thaw` are SIGSTOP/SIGCONT."""

    def __init__(self, name, command, folder, env=None):
        self.name, self.command, self.env = name, command, env
        self.log_path = Path(folder) / f"{name}.log"
        self.process = None
        self.stopping = False
        self.restarts = 0
        self.exits = []  # the last log line before each exit

    def start(self):
        log = self.log_path.open("a")
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        return self

    @property
    def pid(self):
        return self.process.pid

    def running(self):
        return self.process is not None and self.process.poll() is None

    def freeze(self):
        os.kill(self.pid, signal.SIGSTOP)

    def thaw(self):
        if self.running():
            os.kill(self.pid, signal.SIGCONT)

    def supervise(self, delay):
        """Start it again delay seconds after it exits, as systemd's Restart=always."""

        def watch():
            while not self.stopping:
                if not self.running():
                    time.sleep(delay)
                    if not self.stopping:
                        self.restarts += 1
                        self.exits.append(self.tail(1))
                        self.start()
                time.sleep(0.5)

        threading.Thread(target=watch, daemon=True).start()
        return self

    def terminate(self):
        self.stopping = True
        if self.running():
            self.thaw()  # a frozen process does not act on SIGTERM until it runs
            self.process.terminate()

    def stop(self):
        self.terminate()
        if not self.running():
            return
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def tail(self, lines=20):
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def production_environment(**settings):
    """The deploy units' settings on loopback, with fresh secrets; `settings` add
    to or override them (DATABASE_URL, CACHE_URL, SEARCH_URL…)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "REFERRALS_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "BLIND_INDEX_KEY": secrets.token_urlsafe(50),
        "DATABASE_CONN_MAX_AGE": "60",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static_root()),
        "LOG_LEVEL": "ERROR",
        **settings,
    }


def static_root():
    """collectstatic's output, kept between runs while the files and packages are
    the same: gathering and compressing them takes longer than some runs."""
    digest = hashlib.sha256((ROOT / "requirements.lock").read_bytes())
    for path in sorted(ROOT.glob("*/static/**/*")) + sorted(ROOT.glob("site/static/**/*")):
        if path.is_file():
            digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return Path(tempfile.gettempdir()) / f"getconnected-bench-static-{digest.hexdigest()[:16]}"


def collect_static(env):
    final = Path(env["STATIC_ROOT"])
    if (final / "staticfiles.json").exists():
        return
    building = final.with_name(f"{final.name}.{os.getpid()}")
    run(
        PYTHON,
        "manage.py",
        "collectstatic",
        "--noinput",
        cwd=ROOT,
        env={**env, "STATIC_ROOT": str(building)},
    )
    with contextlib.suppress(OSError):  # another run got there first
        building.rename(final)
    shutil.rmtree(building, ignore_errors=True)
