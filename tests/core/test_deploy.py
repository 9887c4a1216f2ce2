"""The units in deploy/ run as written: systemd accepts them, gunicorn accepts
its options and loads the site with the documented settings, and the daily
timer starts a real command."""

import configparser
import shlex
import shutil
import subprocess
import sys

import pytest

from tests.core.deployment import DEPLOY, ROOT, manage, production_environment, run_production

UNITS = sorted(DEPLOY.glob("*.service")) + sorted(DEPLOY.glob("*.timer"))


def installed(unit, folder):
    """The unit as installed on a server whose checkout and settings are these."""
    text = unit.read_text().replace("/srv/getconnected", str(ROOT))
    path = folder / unit.name
    path.write_text(text.replace("/etc/getconnected/env", str(DEPLOY / "getconnected.env")))
    return path


def service_command(name):
    unit = configparser.ConfigParser(interpolation=None)
    unit.optionxform = str
    unit.read(DEPLOY / name)
    return shlex.split(unit["Service"]["ExecStart"])


def test_the_site_the_worker_and_the_timers_are_shipped():
    assert [unit.name for unit in UNITS] == [
        "getconnected-daily.service",
        "getconnected-send-messages.service",
        "getconnected-worker.service",
        "getconnected.service",
        "getconnected-daily.timer",
        "getconnected-send-messages.timer",
    ]


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs Debian's systemd")
def test_systemd_accepts_every_unit_without_a_warning(tmp_path):
    paths = [installed(unit, tmp_path) for unit in UNITS]
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *paths],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_gunicorn_accepts_the_command_and_loads_the_site_with_the_documented_settings():
    program, *options = service_command("getconnected.service")
    assert program == "/srv/getconnected/.venv/bin/gunicorn"
    assert "--no-control-socket" in options

    result = run_production(
        [sys.executable, "-m", "gunicorn", *options, "--check-config"], **production_environment()
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_daily_job_is_a_real_command():
    program, script, command = service_command("getconnected-daily.service")
    assert (program, script) == ("/srv/getconnected/.venv/bin/python", "manage.py")

    result = manage("help", command, **production_environment())

    assert result.returncode == 0, result.stderr
    assert "Run every daily job in turn" in result.stdout


@pytest.mark.parametrize(
    ("unit", "help_text"),
    [
        ("getconnected-worker.service", "Run a database background worker"),
        ("getconnected-send-messages.service", "Send the outbox's emails that are due"),
    ],
)
def test_the_worker_and_the_email_retry_are_real_commands(unit, help_text):
    program, script, *command = service_command(unit)
    assert (program, script) == ("/srv/getconnected/.venv/bin/python", "manage.py")

    result = manage("help", *command, **production_environment())

    assert result.returncode == 0, result.stderr
    assert help_text in result.stdout


@pytest.mark.skipif(not shutil.which("nginx"), reason="needs Debian's nginx-light")
def test_nginx_accepts_the_example_site(tmp_path):
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=getconnected.example.gov.uk"),
            *("-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    live = "/etc/letsencrypt/live/getconnected.example.gov.uk"
    site = (DEPLOY / "nginx.conf").read_text()
    site = site.replace(f"{live}/fullchain.pem", str(tmp_path / "cert.pem"))
    (tmp_path / "site.conf").write_text(
        site.replace(f"{live}/privkey.pem", str(tmp_path / "key.pem"))
    )
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log;\n"
        f"events {{}}\nhttp {{ include {tmp_path}/site.conf; }}\n"
    )

    result = subprocess.run(
        ["nginx", "-t", "-c", tmp_path / "nginx.conf", "-p", tmp_path],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "[warn]" not in result.stderr
