"""How long a large calendar takes to sync, first time and unchanged.

Generates an iCalendar file of 10,000 events (single dates, weekly and monthly
series), serves it from a local HTTP server, and times through feeds.sync:

1. the first sync of a trusted source (every event becomes a live listing);
2. an unchanged re-sync (the body's hash matches: nothing is parsed);
3. a forced re-sync ("Sync now"): everything is parsed, but each item's
   content hash matches, so no page is saved.

    .venv/bin/python bench/feeds_benchmark.py
    .venv/bin/python bench/feeds_benchmark.py --events 2000

It uses a fresh SQLite database (bench/.data/feeds.sqlite3) unless DATABASE_URL
is set (give it a database of its own: the benchmark adds 10,000 pages).
"""

import argparse
import os
import sys
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
if "DATABASE_URL" not in os.environ:
    data = ROOT / "bench" / ".data"
    data.mkdir(exist_ok=True)
    (data / "feeds.sqlite3").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{data / 'feeds.sqlite3'}"

import django  # noqa: E402
from django.conf import settings  # noqa: E402

django.setup()
settings.DEBUG = False
settings.FEEDS_ALLOW_LOOPBACK = True  # the calendar is served from this machine

from django.core.management import call_command  # noqa: E402

from demo.loader import load_demo_content  # noqa: E402
from directory.models import ActivityPage, DirectoryIndexPage, OrganisationPage  # noqa: E402
from feeds.models import Source  # noqa: E402
from feeds.sync import sync_source  # noqa: E402

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def calendar(events, first_day):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kellbrook//Benchmark//EN"]
    for number in range(events):
        day = first_day + timedelta(days=number % 300)
        stamp = day.strftime("%Y%m%d")
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{number}@example.org",
            f"SUMMARY:Benchmark activity {number}",
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
    return f"http://127.0.0.1:{server.server_address[1]}/calendar.ics"


def timed(label, action):
    # CPU time too: on a shared machine the wall clock mostly measures the others.
    started, cpu = time.perf_counter(), time.process_time()
    outcome = action()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{label}: {seconds:.1f} s, {cpu:.1f} s of CPU ({outcome})")
    return outcome


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    load_demo_content()
    find_page = DirectoryIndexPage.objects.first()
    organisation = find_page.add_child(
        instance=OrganisationPage(title="Benchmark calendar group", description="<p>Bench.</p>")
    )
    body = calendar(args.events, date.today() + timedelta(days=1))
    print(
        f"{args.events} events, {len(body) / 1024 / 1024:.1f} MB, "
        f"on {settings.DATABASES['default']['ENGINE']}"
    )
    source = Source.objects.create(
        organisation=organisation, name="Benchmark", kind="ical", url=serve(body), trusted=True
    )

    timed("First sync", lambda: sync_source(source))
    timed("Unchanged re-sync", lambda: sync_source(source))
    timed("Forced re-sync, no item changed", lambda: sync_source(source, force=True))
    print(f"Live listings: {ActivityPage.objects.child_of(organisation).live().count()}")


if __name__ == "__main__":
    main()
