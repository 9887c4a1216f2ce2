"""The fault suite: the real thing on loopback, broken on purpose (issue 13).

Starts its own PostgreSQL cluster, Redis, search node (bin/search-node) and SMTP
server (tests/smtp_server.py, a process of its own so it can be frozen), the
background worker and two gunicorn instances with the production settings on
one shared database and cache. Simulated residents, each with their own cookies
and address (sent as X-Forwarded-For, as the proxy in front would), take every
page from the two instances in turn. Each scenario is bounded in time and
requests, and whatever it stops or freezes is started again in `finally`.

    .venv/bin/python bench/faults.py            # the full run (make soak)
    .venv/bin/python bench/faults.py --short    # a few seconds a scenario (CI)

It prints a table of what it saw and exits non-zero when any check fails.
See docs/reliability.md#fault-suite.
"""

import argparse
import contextlib
import html
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import psycopg
import redis
import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.stack import (  # noqa: E402
    PYTHON,
    Process,
    collect_static,
    free_port,
    production_environment,
    run,
    wait_until,
)
from tests import notify_server  # noqa: E402
from tests.search.search_nodes import SearchNode  # noqa: E402

REQUEST_TIMEOUT = 60  # longer than gunicorn's 30 s, so a stuck worker shows as its restart
SUBMIT_LIMIT = 5
REFERENCE = re.compile(r"KB-[2-9A-HJ-NP-Z]{6}")
RESULT_LINK = re.compile(r'href="/en/things-to-do/[a-z0-9-]+/[a-z0-9-]+/"')
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
START_LINK = re.compile(r'href="(/en/get-a-hand/start/\?activity=[^"]*kind=try[^"]*)"')


# --- Services ------------------------------------------------------------------------------


class Postgres:
    """A throwaway cluster of our own: Debian's pg_createcluster as root, else
    initdb in a temporary folder. Never the machine's shared cluster."""

    def __init__(self, port, folder):
        self.port, self.folder = port, Path(folder)
        self.name = f"faults{port}"
        self.debian = os.geteuid() == 0 and shutil.which("pg_createcluster")
        self.version = max(os.listdir("/usr/lib/postgresql"), key=int) if self.debian else None
        self.admin_url = f"postgres://postgres@127.0.0.1:{port}/postgres"
        self.url = f"postgres://postgres@127.0.0.1:{port}/getconnected"

    def create(self):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                raise RuntimeError(f"Port {self.port} is taken (another run?): give --pg-port")
        if self.debian:
            with contextlib.suppress(subprocess.CalledProcessError):  # left by a killed run
                run("pg_dropcluster", self.version, self.name, "--stop")
            run(
                *("pg_createcluster", self.version, self.name, "-p", str(self.port)),
                *("--", "--auth=trust"),
            )
        else:
            run("initdb", "-D", str(self.folder / "pg"), "--auth=trust", "-U", "postgres")
        self.start()
        with psycopg.connect(self.admin_url, autocommit=True) as db:
            db.execute("CREATE DATABASE getconnected")

    def _ctl(self, action, *options):
        if self.debian:
            run("pg_ctlcluster", self.version, self.name, action, *options)
        else:
            run(
                *("pg_ctl", "-D", str(self.folder / "pg"), "-w", action),
                *("-l", str(self.folder / "pg.log"), "-o", f"-p {self.port} -k {self.folder}"),
                *options,
            )

    def start(self):
        self._ctl("start")
        wait_until(lambda: psycopg.connect(self.admin_url).close() is None, 30, "PostgreSQL start")

    def stop(self):
        self._ctl("stop", "-m", "fast")

    def drop(self):
        if self.debian:
            run("pg_dropcluster", self.version, self.name, "--stop")
        else:
            with contextlib.suppress(subprocess.CalledProcessError):
                self.stop()

    def query(self, sql, params=()):
        with psycopg.connect(self.url) as db:
            return db.execute(sql, params).fetchall()


def children(pid):
    """The process ids whose parent is pid (gunicorn's workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def owner_of_port(local_port, candidates):
    """Which of the candidate processes holds the TCP socket on this local port."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                parts = line.split()
                if int(parts[1].rsplit(":", 1)[1], 16) == local_port:
                    inodes.add(parts[9])
    for pid in candidates:
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    target = os.readlink(fd)
                    if target.startswith("socket:[") and target[8:-1] in inodes:
                        return pid
    return None


class MailServer:
    """tests/smtp_server.py in its own process, writing what it receives to a file."""

    def __init__(self, folder):
        self.port = free_port()
        self.file = Path(folder) / "mail.jsonl"
        self.folder = folder
        self.process = None

    def start(self):
        self.process = Process(
            "smtp",
            [PYTHON, "-m", "tests.smtp_server", str(self.port), str(self.file)],
            self.folder,
        ).start()
        wait_until(
            lambda: socket.create_connection(("127.0.0.1", self.port), 1).close() is None,
            20,
            "SMTP server start",
        )

    def messages(self):
        if not self.file.exists():
            return []
        return [json.loads(line) for line in self.file.read_text().splitlines() if line]


class NotifyProcess:
    """tests/notify_server.py (GOV.UK Notify's API) in its own process, writing each
    message it takes to a file, which it reads back when started again."""

    def __init__(self, folder):
        self.port = free_port()
        self.file = Path(folder) / "notify.jsonl"
        self.folder = folder
        self.process = None

    def start(self):
        self.process = Process(
            "notify",
            [PYTHON, "-m", "tests.notify_server", str(self.port), str(self.file)],
            self.folder,
        ).start()
        wait_until(
            lambda: socket.create_connection(("127.0.0.1", self.port), 1).close() is None,
            20,
            "Notify server start",
        )

    def stop(self):
        if self.process:
            self.process.stop()

    def messages(self):
        """As the mail server's: recipient, subject and body of each message taken."""
        if not self.file.exists():
            return []
        taken = [json.loads(line) for line in self.file.read_text().splitlines() if line]
        return [
            {"to": [n.get("email_address") or n.get("phone_number")], **n}
            for n in taken
            if n["subject"] is not None or n["body"] is not None
        ]

    def environment(self):
        return {
            "MESSAGE_SENDER": "notify",
            "NOTIFY_API_KEY": notify_server.API_KEY,
            "NOTIFY_BASE_URL": f"http://127.0.0.1:{self.port}",
            "NOTIFY_TEMPLATES": json.dumps(
                {"email": notify_server.EMAIL_TEMPLATE, "sms": notify_server.SMS_TEMPLATE}
            ),
            "NOTIFY_TIMEOUT": "3",
        }


class SilentPort:
    """Stands in for a hung node when no real one can run: accepts, never answers."""

    def __init__(self, port):
        self.socket = socket.socket()
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", port))
        self.socket.listen(64)

    def close(self):
        self.socket.close()


# --- What residents do ---------------------------------------------------------------------


class FormFields(HTMLParser):
    """The hidden inputs of a page's forms: what a browser sends back unseen."""

    def __init__(self, page):
        super().__init__()
        self.fields = {}
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.fields[attrs["name"]] = attrs.get("value") or ""


def failed(status):
    return status == 0 or (status >= 400 and status != 429)


@dataclass
class Phase:
    """The requests seen while one thing was true (baseline, node stopped ...)."""

    name: str
    samples: list = field(default_factory=list)  # (monotonic end, kind, status, ms)
    started: float = field(default_factory=time.monotonic)

    surprises: dict = field(default_factory=dict)  # (status, page title): count
    unavailable_without_retry_after: int = 0

    def add(self, kind, status, ms):
        self.samples.append((time.monotonic(), kind, status, ms))

    def surprise(self, response):
        """An error page a resident saw: which one, by its title."""
        title = TITLE.search(response.text)
        text = " ".join(html.unescape(title[1]).split()) if title else response.text
        key = (response.status_code, text[:80])
        self.surprises[key] = self.surprises.get(key, 0) + 1
        if response.status_code == 503 and "Retry-After" not in response.headers:
            self.unavailable_without_retry_after += 1

    def errors(self):
        """Failed answers: 5xx, a dropped connection (status 0: a proxy would answer
        502) or an error page (4xx other than the rate limit's 429)."""
        return [s for s in self.samples if failed(s[2])]

    def percentile(self, fraction, kinds=None):
        times = sorted(s[3] for s in self.samples if not kinds or s[1] in kinds)
        if not times:
            return 0.0
        return times[min(len(times) - 1, int(fraction * len(times)))]


@dataclass
class Journey:
    token: str = ""
    reference: str = ""
    email: str = ""
    status: int = 0  # of the final send
    form: dict = field(default_factory=dict)  # what the check page's Send sends
    failure: str = ""  # where it stopped, and the status there


class Resident:
    """One person: their own cookies and address, each request to the next instance."""

    def __init__(self, suite, address):
        self.suite, self.address = suite, address
        self.http = requests.Session()
        self.turn = random.randrange(2)

    def request(self, method, path, data=None, kind="page", instance=None, retry_until=None):
        """One request, recorded in the suite's current phase. With retry_until, a
        failure (an error page, no answer) is tried again, as a person would press again."""
        while True:
            if instance is None:
                self.turn += 1
            base = self.suite.instances[self.turn % 2 if instance is None else instance]
            began = time.monotonic()
            try:
                response = self.http.request(
                    method,
                    base + path,
                    data=data,
                    headers={"X-Forwarded-For": self.address},
                    allow_redirects=False,
                    timeout=REQUEST_TIMEOUT,
                )
                status = response.status_code
                # The proxy in front ends HTTPS; on loopback the secure cookies go over http.
                for cookie in self.http.cookies:
                    cookie.secure = False
            except requests.RequestException:
                response, status = None, 0
            self.suite.phase.add(kind, status, (time.monotonic() - began) * 1000)
            if status and failed(status):
                self.suite.phase.surprise(response)
            if not failed(status) or retry_until is None or time.monotonic() > retry_until:
                return response
            time.sleep(0.5)

    def page(self, path, kind="page"):
        response = self.request("GET", path, kind=kind)
        return response.text if response is not None and response.status_code == 200 else ""

    def journey(self, number, contact="email", stop_after=None, patient=30):
        """The whole request for a hand, every page as a browser would; a page that
        fails is tried again for up to `patient` seconds, as a person would press
        again. stop_after leaves it half done."""
        journey = Journey(email=self.suite.email_for(number))
        entry = "/en/get-a-hand/start/"
        if number % 2 and self.suite.activities:
            activity = self.page(random.choice(self.suite.activities), kind="activity")
            found = START_LINK.search(activity)
            entry = html.unescape(found[1]) if found else entry

        def get(path):
            return self.request("GET", path, kind="journey", retry_until=time.monotonic() + patient)

        def failed(where, response):
            journey.failure = f"{where}: {response.status_code if response is not None else 0}"
            return journey

        response = get(entry)
        for slug, data in self.suite.answers(number, contact):
            location = response.headers.get("Location", "") if response is not None else ""
            if not location.split("?")[0].endswith(f"/{slug}/"):
                return failed(f"before {slug}", response)
            page = get(location)
            if page is None or page.status_code != 200:
                return failed(f"{slug} page", page)
            response = self.request(
                "POST",
                f"/en/get-a-hand/{slug}/",
                {**FormFields(page.text).fields, **data},
                kind="journey",
                retry_until=time.monotonic() + patient,
            )
            if slug == stop_after:
                return journey
        page = get("/en/get-a-hand/check/")
        if page is None or page.status_code != 200:
            return failed("check page", page)
        journey.form = {**FormFields(page.text).fields, "website": ""}
        journey.token = journey.form.get("journey", "")
        response = self.send(journey.form, retry_until=time.monotonic() + patient)
        journey.status = response.status_code if response is not None else 0
        if journey.status != 302:
            return failed("send", response)
        journey.reference = self.reference(patient)
        return journey if journey.reference else failed("done page", None)

    def send(self, form, instance=None, retry_until=None):
        return self.request(
            "POST",
            "/en/get-a-hand/check/",
            form,
            kind="send",
            instance=instance,
            retry_until=retry_until,
        )

    def reference(self, patient=30):
        """The reference the done page shows (reloaded if it fails to show)."""
        done = self.request(
            "GET", "/en/get-a-hand/done/", kind="journey", retry_until=time.monotonic() + patient
        )
        found = REFERENCE.search(done.text) if done is not None else None
        return found[0] if found else ""


# --- The suite -----------------------------------------------------------------------------


@dataclass
class Row:
    scenario: str
    requests: int = 0
    errors: int = 0
    p50: float = 0.0
    p95: float = 0.0
    acknowledged: int = 0
    stored: int = 0
    duplicates: int = 0
    emails_sent: int | None = None
    emails_expected: int | None = None
    failures: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def check(self, ok, failure):
        if not ok:
            self.failures.append(failure)

    def take(self, *phases):
        for phase in phases:
            for (status, title), count in phase.surprises.items():
                self.notes.append(f"{phase.name}: {count} x {status} {title!r}")
        samples = [s for phase in phases for s in phase.samples]
        merged = Phase("all", samples)
        self.requests, self.errors = len(samples), len(merged.errors())
        self.p50, self.p95 = merged.percentile(0.5), merged.percentile(0.95)


class Suite:
    def __init__(self, options, folder):
        self.options, self.folder = options, Path(folder)
        self.run_tag = secrets.token_hex(3)
        self.short = options.short
        self.residents = options.residents or (10 if self.short else 100)
        self.seconds = options.seconds or (6 if self.short else 60)
        self.phase = Phase("setup")
        self.numbers = iter(range(1, 10**9))
        self.number_lock = threading.Lock()
        self.addresses = iter(
            f"10.{a}.{b}.{c}" for a in range(256) for b in range(256) for c in range(1, 255)
        )
        self.activities = []
        self.instances = []
        self.rows = []
        self.stack = contextlib.ExitStack()
        self.processes = []
        self.search_mode = "none"

    # Setting up

    def next_number(self):
        with self.number_lock:
            return next(self.numbers)

    def resident(self):
        with self.number_lock:
            return Resident(self, next(self.addresses))

    def email_for(self, number):
        return f"resident-{self.run_tag}-{number}@example.org"

    def answers(self, number, contact="email"):
        """What resident `number` types: every personal answer unique to them, so a
        dump or an inbox can be searched for it."""
        tag = f"{self.run_tag}{number:06d}"
        contact_answer = {"contact_method": contact, "best_times": f"Mornings-{tag}"}
        if contact == "email":
            contact_answer["email"] = self.email_for(number)
        else:
            contact_answer |= {"phone": self.phone_for(number), "leave_message": "yes"}
        return [
            ("who", {"for_whom": "self"}),
            ("interests", {"interests": ["music", "food"], "interests_other": f"Dominoes-{tag}"}),
            ("support", {"support": ["companion"], "support_details": f"Lift-{tag}"}),
            ("contact", contact_answer),
            ("name", {"name": f"Sam Okafor-{tag}"}),
            ("postcode", {"postcode": "kb3 2xy"}),
            ("age", {"age_band": "65-79"}),
            ("language", {"language": "en"}),
            ("sharing", {"share_with_organiser": "on"}),
        ]

    def phone_for(self, number):
        return f"07700 {900000 + number % 100000:06d}"

    def environment(self):
        return production_environment(
            **{
                "DATABASE_URL": self.postgres.url,
                "CACHE_URL": f"redis://127.0.0.1:{self.redis_port}/0",
                "MEDIA_ROOT": str(self.folder / "media"),
                "SEARCH_URL": self.search_url,
                "SEARCH_INDEX_PREFIX": f"faults_{self.run_tag}_",
                "SEARCH_RETRY_SECONDS": "3",  # so the hung node is tried again within a phase
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(self.mail.port),
                "EMAIL_TIMEOUT": "5",
                "REFERRALS_MIN_FILL_SECONDS": "0",
                "REFERRALS_SUBMIT_LIMIT": str(SUBMIT_LIMIT),
                # Counts start again at each window's boundary (the top of the hour by
                # default); one window for the whole run, whatever the clock says.
                "REFERRALS_RATE_WINDOW_SECONDS": "1000000000",
                "REFERRALS_TRUSTED_PROXY_COUNT": "1",
                "REFERRALS_FALLBACK_EMAIL": "connectors@kellbrook.example",
                "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{self.ports[0]}",
            }
        )

    def manage(self, *command, timeout=900, env=None):
        return run(PYTHON, "manage.py", *command, env=env or self.env, cwd=ROOT, timeout=timeout)

    def say(self, text):
        print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)

    def start(self):
        options = self.options
        self.postgres = Postgres(options.pg_port, self.folder)
        self.say(f"PostgreSQL cluster of our own on port {options.pg_port}")
        self.postgres.create()
        self.stack.callback(self.postgres.drop)
        self.stack.callback(self.stop_processes)

        self.redis_port = free_port()
        # A throwaway cache, as CI starts one: nothing written to disk.
        redis_options = f"--bind 127.0.0.1 --port {self.redis_port} --appendonly no"
        self.background("redis", ["redis-server", *redis_options.split(), "--save", ""])
        wait_until(lambda: redis.Redis(port=self.redis_port).ping(), 20, "Redis start")

        self.mail = MailServer(self.folder)
        self.mail.start()
        self.stack.callback(lambda: self.mail.process.stop())

        self.node = None
        self.search_url = ""
        if options.no_search_node:
            self.search_mode = "stand-in (--no-search-node)"
            self.search_url = f"http://127.0.0.1:{free_port()}"
        else:
            self.say(f"Search node of our own on port {options.search_node_port}")
            self.node = SearchNode(self.folder / "search-node", options.search_node_port)
            self.stack.callback(self.node.stop)
            self.node.start()
            self.search_mode = "bin/search-node"
            self.search_url = self.node.url

        self.ports = [free_port(), free_port()]
        self.env = self.environment()
        self.seed()
        if not (Path(self.env["STATIC_ROOT"]) / "staticfiles.json").exists():
            self.say("Collecting static files (kept for the next run)")
        collect_static(self.env)
        if self.node:
            self.say("Indexing the search node")
            self.manage("update_index")

        # As deploy/getconnected-worker.service runs it: Restart=always, RestartSec=5.
        self.worker = self.background("db_worker", [PYTHON, "manage.py", "db_worker"]).supervise(5)
        # deploy/getconnected.service's options, each instance on a port of its own.
        gunicorn = f"-m gunicorn config.wsgi --workers {options.workers} --timeout 30"
        self.gunicorns = [
            self.background(
                f"gunicorn-{port}",
                [PYTHON, *gunicorn.split(), "--no-control-socket", "--bind", f"127.0.0.1:{port}"],
            )
            for port in self.ports
        ]
        self.instances = [f"http://127.0.0.1:{port}" for port in self.ports]
        for instance, gunicorn in zip(self.instances, self.gunicorns, strict=True):
            try:
                wait_until(
                    lambda i=instance: requests.get(f"{i}/healthz", timeout=5).status_code == 200,
                    120,
                    f"{instance} serving",
                )
            except RuntimeError:
                raise RuntimeError(f"{instance} did not start:\n{gunicorn.tail()}") from None
        time.sleep(1)
        if not self.worker.running():
            raise RuntimeError(f"The background worker stopped:\n{self.worker.tail()}")
        sitemap = requests.get(f"{self.instances[0]}/sitemap.xml", timeout=30).text
        self.activities = re.findall(
            r"<loc>https?://[^/]+(/en/things-to-do/[^/]+/[^/]+/)</loc>", sitemap
        )

    def background(self, name, command):
        process = Process(name, command, self.folder, env=getattr(self, "env", None)).start()
        self.processes.append(process)
        return process

    def stop_processes(self):
        """All at once: gunicorn's graceful stop takes seconds each."""
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.stop()

    def seed(self):
        """The schema and the demo borough: copied from --seed-from, or made here."""
        if self.options.seed_from:
            self.say("Copying the database from --seed-from")
            dump = subprocess.Popen(
                [
                    "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    "--dbname",
                    self.options.seed_from,
                ],
                stdout=subprocess.PIPE,
            )
            run(
                *("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"),
                *("--dbname", self.postgres.url),
                stdin=dump.stdout,
            )
            if dump.wait(timeout=600):
                raise RuntimeError("pg_dump of --seed-from failed")
            self.manage("set_site_address")
        else:
            self.say("Migrating and loading the demo borough (give --seed-from to skip this)")
            self.manage("migrate", "--noinput")
            self.manage("load_demo_content")

    # Running residents

    def crowd(self, phase, count, seconds, behaviour, done=None):
        """count residents, each doing behaviour once, then again until the
        phase's time is up (or the done event is set)."""
        self.phase = phase
        deadline = time.monotonic() + seconds
        results = []

        def live():
            resident = self.resident()
            first = True
            while first or (time.monotonic() < deadline and not (done and done.is_set())):
                first = False
                outcome = behaviour(resident)
                if outcome is not None:
                    results.append(outcome)

        with ThreadPoolExecutor(count) as pool:
            for future in [pool.submit(live) for _ in range(count)]:
                future.result()
        return results

    def browse_and_send(self, resident):
        """What a resident does: find, look at activities, ask for a hand."""
        choice = random.random()
        if choice < 0.4:
            resident.page(
                "/en/things-to-do/?q=" + random.choice(["walk", "music", "tea"]), kind="find"
            )
        elif choice < 0.7 and self.activities:
            resident.page(random.choice(self.activities), kind="activity")
        else:
            # One journey per address, as different people would send them.
            resident.address = self.resident().address
            return resident.journey(self.next_number())
        return None

    def stored(self, journeys):
        """Referrals in the database for these journeys: {journey: [reference, ...]}."""
        tokens = [j.token for j in journeys if j.token]
        rows = self.postgres.query(
            "SELECT journey::text, reference FROM referrals_referral WHERE journey::text = ANY(%s)",
            (tokens,),
        )
        found = {}
        for token, reference in rows:
            found.setdefault(token, []).append(reference)
        return found

    def unacknowledged(self, row, journeys, what="journeys not acknowledged"):
        failed = [j for j in journeys if not j.reference]
        places = {}
        for journey in failed:
            places[journey.failure] = places.get(journey.failure, 0) + 1
        row.check(not failed, f"{len(failed)} {what} (where, status: {places})")

    def count_referrals(self, row, journeys):
        acknowledged = [j for j in journeys if j.reference]
        stored = self.stored(journeys)
        row.acknowledged = len(acknowledged)
        row.stored = sum(1 for j in acknowledged if stored.get(j.token) == [j.reference])
        row.duplicates = sum(len(refs) - 1 for refs in stored.values())
        row.check(
            row.stored == row.acknowledged,
            f"{row.acknowledged - row.stored} acknowledged referrals not stored as shown",
        )
        row.check(row.duplicates == 0, f"{row.duplicates} duplicate referrals")
        return acknowledged

    def count_emails(self, row, acknowledged, seconds, messages=None):
        """Every notification of these referrals sent exactly once (waits up to seconds),
        by the mail server or the `messages` of another sender."""
        references = {j.reference: j.email for j in acknowledged}
        messages = messages or self.mail.messages

        def tally():
            expected = {}
            for reference, audience in self.postgres.query(
                "SELECT reference, audience FROM referrals_notification WHERE reference = ANY(%s)",
                (list(references),),
            ):
                expected[(reference, audience)] = expected.get((reference, audience), 0) + 1
            sent = {}
            for message in messages():
                found = REFERENCE.search(message["subject"] + message["body"])
                if found and found[0] in references:
                    audience = "resident" if references[found[0]] in message["to"] else "staff"
                    sent[(found[0], audience)] = sent.get((found[0], audience), 0) + 1
            return expected, sent

        deadline = time.monotonic() + seconds
        expected, sent = tally()
        while sent != expected and time.monotonic() < deadline:
            time.sleep(1)
            expected, sent = tally()
        row.emails_expected, row.emails_sent = sum(expected.values()), sum(sent.values())
        missing = [j.reference for j in acknowledged if (j.reference, "resident") not in expected]
        row.check(not missing, f"{len(missing)} referrals with no confirmation to send")
        twice = sum(1 for key, n in sent.items() if n > expected.get(key, 0))
        unsent = sum(1 for key, n in expected.items() if sent.get(key, 0) < n)
        row.check(not twice, f"{twice} notifications sent more than once")
        row.check(not unsent, f"{unsent} notifications not sent within {seconds} s")

    def retry_emails(self):
        """What the five-minute timer does once the mail server is back."""
        with contextlib.suppress(subprocess.CalledProcessError):
            self.manage("send_pending_messages", "--all", timeout=300)

    # Scenarios

    def scenario_load(self):
        row = Row(f"{self.residents} residents for {self.seconds} s")
        phase = Phase("load")
        journeys = self.crowd(phase, self.residents, self.seconds, self.browse_and_send)
        row.take(phase)
        row.check(row.errors == 0, f"{row.errors} failed answers")
        acknowledged = self.count_referrals(row, journeys)
        row.check(acknowledged, "no referral acknowledged")
        self.unacknowledged(row, journeys)
        self.count_emails(row, acknowledged, 60)
        return row

    def searching(self, resident):
        for path, kind in (("/en/things-to-do/?q=walk", "find"), ("/en/search/?q=walk", "search")):
            response = resident.request("GET", path, kind=kind)
            if response is not None and response.status_code == 200:
                self.phase.results.append(len(RESULT_LINK.findall(response.text)))

    def search_phase(self, name):
        phase = Phase(name)
        phase.results = []
        self.crowd(phase, max(2, self.residents // 5), self.seconds / 2, self.searching)
        health = requests.get(f"{self.instances[0]}/healthz", timeout=30).json()
        phase.health = health.get("checks", {}).get("search", "?")
        return phase

    def scenario_search(self):
        row = Row(f"search node stopped, then hung [{self.search_mode}]")
        baseline = self.search_phase("baseline")
        silent = None
        try:
            if self.node:
                self.node.stop()
            stopped = self.search_phase("stopped")
            if self.node:
                self.node.start()
                # Wait out the retry pause, so the searches below go to the node again.
                time.sleep(4)
                os.kill(self.node.pid, signal.SIGSTOP)
            else:
                silent = SilentPort(int(self.search_url.rsplit(":", 1)[1]))
            hung = self.search_phase("hung")
        finally:
            if self.node and self.node.pid:
                os.kill(self.node.pid, signal.SIGCONT)
            if silent:
                silent.close()
        row.take(stopped, hung)
        for phase in (baseline, stopped, hung):
            empty = sum(1 for n in phase.results if n == 0)
            row.notes.append(
                f"{phase.name}: {len(phase.samples)} requests, {len(phase.errors())} failed, "
                f"p95 {phase.percentile(0.95):.0f} ms, {empty} without results, "
                f"healthz search={phase.health}"
            )
            row.check(not phase.errors(), f"{phase.name}: {len(phase.errors())} failed answers")
            row.check(
                phase.results and not empty, f"{phase.name}: {empty} searches without results"
            )
        for phase in (stopped, hung):
            row.check(
                phase.health == "unreachable",
                f"{phase.name}: healthz did not say the node is unreachable",
            )
        return row

    def mail_is(self, condition):
        """Puts the mail server up, stopped or hung (frozen), from whatever it was."""
        if condition == "stopped":
            self.mail.process.stop()
            return
        if not self.mail.process.running():
            self.mail.start()
        if condition == "hung":
            self.mail.process.freeze()
        else:
            self.mail.process.thaw()

    def resident_cycle(self, resident):
        """The same pages every time: a search, an activity, a whole request for a
        hand (from a new address, as a different person would send it)."""
        resident.page("/en/things-to-do/?q=walk", kind="find")
        if self.activities:
            resident.page(self.activities[resident.turn % len(self.activities)], kind="activity")
        resident.address = self.resident().address
        return resident.journey(self.next_number())

    def scenario_mail(self):
        """Page times with the mail server up (the baseline), stopped and hung. The
        three are measured in turn, in short slices, round after round (the order
        rotating), each slice the same pages: whatever else the machine does
        falls on all three alike, rather than on whichever phase it happened in."""
        row = Row("SMTP stopped, then hung")
        # About 100 requests a phase in the short run, 600 in the full one.
        count, rounds = (2, 2) if self.short else (max(4, self.residents // 8), 2)
        conditions = ["baseline", "stopped", "hung"]
        phases = {name: Phase(name) for name in conditions}
        # Not counted: each worker's first pages (templates, connections) are slower.
        journeys = self.crowd(Phase("warm-up"), 1, 0, self.resident_cycle)
        try:
            for turn in range(rounds):
                for name in conditions[turn % 3 :] + conditions[: turn % 3]:
                    self.mail_is("up" if name == "baseline" else name)
                    journeys += self.crowd(phases[name], count, 0, self.resident_cycle)
        finally:
            self.mail_is("up")
        self.retry_emails()
        row.take(phases["stopped"], phases["hung"])
        base = phases["baseline"].percentile(0.95)
        for phase in phases.values():
            p95 = phase.percentile(0.95)
            row.notes.append(
                f"{phase.name}: {len(phase.samples)} requests over {rounds} slices, "
                f"{len(phase.errors())} failed, p50 {phase.percentile(0.5):.0f} ms, "
                f"p95 {p95:.0f} ms"
            )
            row.check(not phase.errors(), f"{phase.name}: {len(phase.errors())} failed answers")
            row.check(p95 <= 2 * base, f"{phase.name}: p95 {p95:.0f} ms > 2x baseline {base:.0f}")
        acknowledged = self.count_referrals(row, journeys)
        self.unacknowledged(row, journeys)
        self.count_emails(row, acknowledged, 60)
        return row

    def scenario_notify(self):
        """The outbox through GOV.UK Notify (MESSAGE_SENDER=notify for the worker and
        the retry run; the local Notify server in its own process): residents send
        while Notify is stopped, it comes back, the retry run goes twice."""
        row = Row("Notify stopped, then back")
        notify = NotifyProcess(self.folder)
        env = {**self.env, **notify.environment()}
        count = 3 if self.short else 12
        phase = Phase("notify stopped")
        self.worker.stop()
        worker = Process("db_worker-notify", [PYTHON, "manage.py", "db_worker"], self.folder, env)
        worker.start()
        try:
            journeys = self.crowd(phase, count, 0, self.resident_cycle)
            references = [j.reference for j in journeys if j.reference]

            def tried():
                return self.postgres.query(
                    "SELECT count(*) FILTER (WHERE state = 'pending' AND attempts > 0), count(*)"
                    " FROM referrals_notification WHERE reference = ANY(%s)",
                    (references,),
                )[0]

            # Each message tried while Notify was down, and kept for later.
            with contextlib.suppress(RuntimeError):
                wait_until(lambda: tried()[0] == tried()[1] > 0, 60, "every message tried")
            waiting, queued = tried()
            row.notes.append(f"{waiting} of {queued} messages waiting while Notify was down")
            row.check(
                waiting == queued > 0, "messages not tried, or not kept, while Notify was down"
            )
            notify.start()
            for _run in range(2):  # the five-minute timer, and the next: nothing goes twice
                with contextlib.suppress(subprocess.CalledProcessError):
                    self.manage("send_pending_messages", "--all", timeout=300, env=env)
        finally:
            worker.stop()
            notify.stop()
            self.worker = self.background("db_worker", [PYTHON, "manage.py", "db_worker"])
            self.worker.supervise(5)
        row.take(phase)
        row.check(row.errors == 0, f"{row.errors} failed answers")
        acknowledged = self.count_referrals(row, journeys)
        self.unacknowledged(row, journeys)
        self.count_emails(row, acknowledged, 60, notify.messages)
        return row

    def scenario_database_restart(self):
        row = Row("PostgreSQL restarted")
        phase = Phase("restart")
        down_for = 3 if self.short else 10
        marks = {}

        finished = threading.Event()

        def restart():
            time.sleep(self.seconds / 3)
            marks["down"] = time.monotonic()
            self.postgres.stop()
            try:
                time.sleep(down_for)
            finally:
                self.postgres.start()
                marks["up"] = time.monotonic()
            time.sleep(self.seconds / 2)  # residents carry on after it is back
            finished.set()

        def patient(resident):
            resident.address = self.resident().address
            return resident.journey(self.next_number(), patient=down_for + 30)

        restarter = threading.Thread(target=restart)
        restarter.start()
        try:
            journeys = self.crowd(
                phase, max(4, self.residents // 5), 10 * self.seconds, patient, finished
            )
        finally:
            restarter.join()
        row.take(phase)
        errors = phase.errors()
        outside = [s for s in errors if not marks["down"] <= s[0] <= marks["up"] + 5]
        last = max((s[0] for s in errors), default=marks["up"])
        recovery = max(0.0, last - marks["up"])
        answered = [s[0] for s in phase.samples if not failed(s[2]) and s[0] >= marks["up"]]
        first = min(answered, default=float("inf")) - marks["up"]
        row.notes.append(
            f"down {marks['up'] - marks['down']:.1f} s; {len(errors)} errors, "
            f"{len(outside)} of them outside the outage; last error {recovery:.1f} s after "
            f"PostgreSQL was back; first answer {first:.1f} s after"
        )
        # While it is down, an honest "try again shortly": the 503 page, never a
        # dropped connection, a 500 or a 400 (a session that could not be saved).
        dishonest = [s for s in errors if s[2] != 503]
        row.check(
            not dishonest,
            f"{len(dishonest)} answers while it was down other than 503: "
            f"{sorted({s[2] for s in dishonest})}",
        )
        row.check(
            not phase.unavailable_without_retry_after,
            f"{phase.unavailable_without_retry_after} 503 pages without Retry-After",
        )
        row.check(first <= 5, f"no answer within 5 s of PostgreSQL being back ({first:.1f} s)")
        row.check(not outside, f"{len(outside)} errors outside the outage and 5 s after")
        row.check(recovery <= 5, f"recovery took {recovery:.1f} s")
        self.count_referrals(row, journeys)
        self.unacknowledged(row, journeys, "journeys not acknowledged after resending")
        return row

    def scenario_kill(self):
        """Send pressed; the worker handling it is killed (kill -9), before and then
        after the referral commits; the resident presses Send again on the other
        instance. The database is held on a lock so the kill lands mid-send."""
        row = Row("worker killed -9 mid-send")
        phase = self.phase = Phase("kill")
        journeys = []
        for table, moment in (("referrals_referral", "before"), ("django_session", "after")):
            resident = self.resident()
            number = self.next_number()
            journey = self.half_journey(resident, number)
            lock = psycopg.connect(self.postgres.url)
            try:
                lock.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
                sending = ThreadPoolExecutor(1)
                first = sending.submit(resident.send, journey.form, 0)
                victim = self.wait_for_blocked_worker(0)
                if victim is None:
                    row.check(False, f"{moment} commit: no worker found waiting")
                else:
                    os.kill(victim, signal.SIGKILL)
            finally:
                lock.rollback()
                lock.close()
            answer = first.result(timeout=REQUEST_TIMEOUT + 5)
            sending.shutdown()
            time.sleep(1)  # the killed request's database session ends
            kept = len(self.stored([journey]).get(journey.token, []))
            row.notes.append(
                f"killed {moment} commit: first press got "
                f"{answer.status_code if answer is not None else 'no answer'}; "
                f"referrals stored before Send again: {kept}"
            )
            again = resident.send(journey.form, 1, retry_until=time.monotonic() + 30)
            journey.status = again.status_code if again is not None else 0
            if journey.status == 302:
                journey.reference = resident.reference()
            row.check(journey.reference, f"{moment} commit: Send again was not acknowledged")
            journeys.append(journey)
        row.take(phase)
        self.count_referrals(row, journeys)
        return row

    def half_journey(self, resident, number):
        """Answers every question and opens the check page, ready to press Send."""
        journey = resident.journey(number, stop_after="sharing")
        page = resident.request("GET", "/en/get-a-hand/check/", kind="journey")
        journey.form = {**FormFields(page.text).fields, "website": ""}
        journey.token = journey.form.get("journey", "")
        return journey

    def wait_for_blocked_worker(self, instance, seconds=20):
        """The gunicorn worker of this instance whose query waits on our lock."""
        workers = children(self.gunicorns[instance].pid)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for (port,) in self.postgres.query(
                "SELECT client_port FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            ):
                pid = owner_of_port(port, workers)
                if pid:
                    return pid
            time.sleep(0.1)
        return None

    def scenario_rate_limit(self):
        tries = SUBMIT_LIMIT + 3
        row = Row(f"rate limit across instances ({SUBMIT_LIMIT}/h, {tries} sends at once)")
        phase = self.phase = Phase("rate")
        address = self.resident().address

        def one(number):
            # One client address (people behind one proxy), each with a session of its own.
            return Resident(self, address).journey(number)

        with ThreadPoolExecutor(tries) as pool:
            journeys = list(pool.map(one, [self.next_number() for _ in range(tries)]))
        row.take(phase)
        statuses = sorted(j.status for j in journeys)
        row.notes.append(f"Send answered {statuses}, each journey alternating instances")
        row.check(
            statuses == [302] * SUBMIT_LIMIT + [429] * (tries - SUBMIT_LIMIT),
            f"expected {SUBMIT_LIMIT} sent and the rest refused with 429, got {statuses}",
        )
        row.check(row.errors == 0, f"{row.errors} failed answers")
        self.count_referrals(row, journeys)
        row.check(len(self.stored(journeys)) == SUBMIT_LIMIT, "stored count is not the limit")
        return row

    def scenario_dump(self):
        count = 50
        row = Row(f"pg_dump after {count} half-done journeys")
        phase = self.phase = Phase("dump")
        numbers = [self.next_number() for _ in range(count)]
        steps = ["name", "postcode"]  # everything personal is typed by then

        def half(number):
            resident = self.resident()
            contact = ("email", "phone", "text")[number % 3]
            resident.journey(number, contact, stop_after=steps[number % len(steps)])

        with ThreadPoolExecutor(min(10, self.residents)) as pool:
            list(pool.map(half, numbers))
        row.take(phase)
        row.check(row.errors == 0, f"{row.errors} failed answers")
        typed = []
        for number in numbers:
            answers = dict(self.answers(number))
            tag = f"{self.run_tag}{number:06d}"
            typed += [
                self.email_for(number),
                self.phone_for(number),
                answers["name"]["name"],
                f"Dominoes-{tag}",
                f"Lift-{tag}",
                f"Mornings-{tag}",
            ]
        dump = run("pg_dump", "--dbname", self.postgres.url, timeout=600).stdout
        sessions = self.postgres.query("SELECT count(*) FROM django_session")[0][0]
        cache = redis.Redis(port=self.redis_port)
        cached = b"\n".join(cache.dump(key) or b"" for key in cache.scan_iter())
        in_dump = [text for text in typed if text in dump]
        in_cache = [text for text in typed if text.encode() in cached]
        row.notes.append(
            f"{len(typed)} typed values searched for in a {len(dump) // 1024} kB dump "
            f"({sessions} sessions) and in Redis: {len(in_dump)} found in the dump, "
            f"{len(in_cache)} in Redis"
        )
        row.check(sessions >= count, f"only {sessions} sessions: the answers were not kept")
        row.check(not in_dump, f"found in the dump: {in_dump[:3]}")
        row.check(not in_cache, f"found in Redis: {in_cache[:3]}")
        return row

    SCENARIOS = [
        "load",
        "search",
        "mail",
        "notify",
        "database_restart",
        "kill",
        "rate_limit",
        "dump",
    ]

    def run_all(self):
        for name in self.options.only or self.SCENARIOS:
            self.say(f"Scenario: {name}")
            began = time.monotonic()
            try:
                row = getattr(self, f"scenario_{name}")()
            except Exception as error:  # a scenario that crashes is a failure, not the end
                row = Row(name, failures=[f"crashed: {type(error).__name__}: {error}"])
            row.notes.append(f"took {time.monotonic() - began:.0f} s")
            self.rows.append(row)
            for instance, gunicorn in zip(self.instances, self.gunicorns, strict=True):
                if not gunicorn.running():
                    row.failures.append(f"{instance} stopped:\n{gunicorn.tail()}")

    def table(self):
        header = [
            "Scenario",
            "Requests",
            "Failed",
            "p50 ms",
            "p95 ms",
            "Referrals ack/stored/dup",
            "Emails sent/expected",
            "Verdict",
        ]
        lines = [header]
        for row in self.rows:
            emails = (
                "-" if row.emails_expected is None else (f"{row.emails_sent}/{row.emails_expected}")
            )
            lines.append(
                [
                    row.scenario,
                    str(row.requests),
                    str(row.errors),
                    f"{row.p50:.0f}",
                    f"{row.p95:.0f}",
                    f"{row.acknowledged}/{row.stored}/{row.duplicates}",
                    emails,
                    "FAIL" if row.failures else "PASS",
                ]
            )
        widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
        out = [
            "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
            for line in lines
        ]
        out.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
        for row in self.rows:
            out.append(f"\n{row.scenario}:")
            out += [f"  - {note}" for note in row.notes]
            out += [f"  ! {failure}" for failure in row.failures]
        return "\n".join(out)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="a few seconds a scenario (CI)")
    parser.add_argument("--residents", type=int, help="residents at once (100; --short 10)")
    parser.add_argument("--seconds", type=float, help="seconds of load (60; --short 6)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers per instance")
    parser.add_argument(
        "--no-search-node",
        action="store_true",
        help="no search node: a closed port, then a silent one, stand in",
    )
    parser.add_argument("--search-node-port", type=int, default=9230)
    parser.add_argument("--pg-port", type=int, default=5499)
    parser.add_argument(
        "--seed-from",
        help="a database URL, migrated and with the demo borough, to copy instead of "
        "migrating and loading it here (the test suite gives its test database)",
    )
    parser.add_argument("--only", nargs="+", choices=Suite.SCENARIOS)
    options = parser.parse_args(argv)
    # Stopped from outside (a CI timeout): still clean up.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    with tempfile.TemporaryDirectory(prefix="faults-") as folder:
        suite = Suite(options, folder)
        with suite.stack:
            began = time.monotonic()
            suite.start()
            suite.say(
                f"Started in {time.monotonic() - began:.0f} s: instances "
                f"{', '.join(suite.instances)}, search: {suite.search_mode}"
            )
            suite.run_all()
            print()
            print(suite.table())
            print(
                f"\n{'short' if options.short else 'full'} run; 2 gunicorn instances x "
                f"{options.workers} workers; background worker restarted "
                f"{suite.worker.restarts} times (Restart=always) {suite.worker.exits}; "
                f"search: {suite.search_mode}; "
                f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
            )
        failed = [row.scenario for row in suite.rows if row.failures]
        print("FAILED: " + "; ".join(failed) if failed else "All scenarios passed.")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
