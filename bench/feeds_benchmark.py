"""How long a large calendar takes to sync, first time and unchanged, published
directly or through review.

Generates an iCalendar file of 10,000 events (single dates, weekly and monthly
series), serves it from a local HTTP server, and times through feeds.sync:

0. the reference: reading the same file alone (feeds.ical.read_calendar);
1. the first sync of a trusted source (every event becomes a live listing);
2. an unchanged re-sync (the body's hash matches: nothing is parsed);
3. a forced re-sync ("Sync now"): everything is parsed, but each item's
   content hash matches, so no page is saved;
4. the first sync of the same file from an untrusted source, into another
   organisation (every event becomes a draft waiting in the review workflow).

Each figure is printed as wall-clock and CPU seconds, and as a ratio to the
reference measured in the same run, which is what to compare between machines.

    .venv/bin/python bench/feeds_benchmark.py
    .venv/bin/python bench/feeds_benchmark.py --events 2000

It uses a fresh SQLite database (bench/.data/feeds.sqlite3) unless DATABASE_URL
is set (give it a database of its own: the benchmark adds 20,000 pages).
"""

import argparse
import os
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def calendar(events, first_day, title="Benchmark activity"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kellbrook//Benchmark//EN"]
    for number in range(events):
        day = first_day + timedelta(days=number % 300)
        stamp = day.strftime("%Y%m%d")
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{number}@example.org",
            f"SUMMARY:{title} {number}",
            f"DESCRIPTION:Event {number} of the benchmark calendar.",
            "LOCATION:Kellbrook Library",
            f"DTSTART;TZID=Europe/London:{stamp}T{10 + number % 8:02d}0000",
            f"DTEND;TZID=Europe/London:{stamp}T{11 + number % 8:02d}0000",
            "DTSTAMP:20261120T090000Z",
        ]
        if number % 10 < 2:
            lines.append(f"RRULE:FREQ=WEEKLY;BYDAY={DAYS[day.weekday()]}")
        elif number % 10 == 2:
            lines.append(
                f"RRULE:FREQ=MONTHLY;BYDAY={min((day.day - 1) // 7 + 1, 4)}{DAYS[day.weekday()]}"
            )
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def serve(body):
    """Serves `body` on a free local port; returns the server and the calendar's address."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/calendar.ics"


@dataclass
class Timing:
    label: str
    wall: float
    cpu: float
    outcome: object


def timed(label, action):
    # CPU time too: on a shared machine the wall clock mostly measures the others.
    started, cpu = time.perf_counter(), time.process_time()
    outcome = action()
    return Timing(label, time.perf_counter() - started, time.process_time() - cpu, outcome)


def run(events, find_page, out=print):
    """Times the syncs of an `events`-long calendar into two new organisations beneath
    `find_page`; prints each figure and returns the timings (the reference first)."""
    from directory.models import OrganisationPage
    from feeds.ical import read_calendar
    from feeds.models import Source
    from feeds.sync import sync_source

    body = calendar(events, date.today() + timedelta(days=1))
    # The reviewed calendar's events are others, not likely duplicates of the first's.
    reviewed = calendar(events, date.today() + timedelta(days=1), "Reviewed activity")
    servers = {True: serve(body), False: serve(reviewed)}
    sources = {}
    for trusted in (True, False):
        organisation = find_page.add_child(
            instance=OrganisationPage(
                title=f"Benchmark {'trusted' if trusted else 'reviewed'} calendar",
                description="<p>Bench.</p>",
            )
        )
        sources[trusted] = Source.objects.create(
            organisation=organisation,
            name="Benchmark",
            kind="ical",
            url=servers[trusted][1],
            trusted=trusted,
        )
    try:
        timings = [
            timed("Reference: reading the file alone", lambda: read_calendar(body)),
            timed("First sync, published directly", lambda: sync_source(sources[True])),
            timed("Unchanged re-sync", lambda: sync_source(sources[True])),
            timed(
                '"Sync now", no item changed',
                lambda: sync_source(sources[True], force=True),
            ),
            timed("First sync, through review", lambda: sync_source(sources[False])),
        ]
    finally:
        for server, _url in servers.values():
            server.shutdown()
            server.server_close()
    reference = timings[0]
    out(f"{events} events, {len(body) / 1024 / 1024:.1f} MB")
    out(f"{'':40} {'wall':>8} {'CPU':>8} {'wall/ref':>8} {'CPU/ref':>8}")
    for timing in timings:
        out(
            f"{timing.label:40} {timing.wall:7.1f}s {timing.cpu:7.1f}s "
            f"{timing.wall / reference.wall:8.1f} {timing.cpu / reference.cpu:8.1f}"
        )
    return timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    if "DATABASE_URL" not in os.environ:
        data = ROOT / "bench" / ".data"
        data.mkdir(exist_ok=True)
        (data / "feeds.sqlite3").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{data / 'feeds.sqlite3'}"

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from demo.loader import load_demo_content
    from directory.models import DirectoryIndexPage

    settings.DEBUG = False
    settings.FEEDS_ALLOW_LOOPBACK = True  # the calendar is served from this machine
    call_command("migrate", verbosity=0)
    load_demo_content()
    print(f"On {settings.DATABASES['default']['ENGINE']}, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    run(args.events, DirectoryIndexPage.objects.first())


if __name__ == "__main__":
    main()
