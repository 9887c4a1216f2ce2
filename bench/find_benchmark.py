"""How the find page's search holds up as the directory grows.

Generates activities beneath a benchmark organisation (bulk inserts, not the
admin), then times a text search with two filters through the whole Django
stack (middleware, view, templates) and prints latency percentiles and
requests per second for each size.

    .venv/bin/python bench/find_benchmark.py                 # 1,000 then 50,000
    .venv/bin/python bench/find_benchmark.py --sizes 1000 5000 --requests 50

It uses its own SQLite database (bench/.data/) unless DATABASE_URL is set.
Production at scale is PostgreSQL with a search node; to time that, give the
benchmark its own database and index prefix:

    DATABASE_URL=postgres://…/getconnected_bench SEARCH_URL=http://127.0.0.1:9200 \
    SEARCH_INDEX_PREFIX=bench_ .venv/bin/python bench/find_benchmark.py
"""

import argparse
import io
import os
import random
import statistics
import sys
import time
import uuid
from datetime import date
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
# Connections kept between requests, as production runs (docs/operations.md);
# at the site's default of 0 each request would time a new PostgreSQL connection.
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "60")
# The finder is timed, not the page cache (bench/http_benchmark.py times that).
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")
if "DATABASE_URL" not in os.environ:
    (ROOT / "bench" / ".data").mkdir(exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{ROOT / 'bench' / '.data' / 'bench.sqlite3'}"

import django  # noqa: E402
from django.conf import settings  # noqa: E402

django.setup()
# Timed as production serves: no query log, no template debugging.
settings.DEBUG = False

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402

from demo.loader import load_demo_content  # noqa: E402
from directory.models import (  # noqa: E402
    ActivityPage,
    ActivitySchedule,
    DirectoryIndexPage,
    OrganisationPage,
    SessionDate,
    Term,
    VenuePage,
)
from directory.taxonomy import Vocabulary  # noqa: E402
from feeds.sync import insert_child_rows  # noqa: E402

NOUNS = [
    "walk",
    "choir",
    "chess club",
    "lunch club",
    "yoga",
    "knitting circle",
    "garden",
    "language cafe",
    "book group",
    "dance",
    "football",
    "pottery",
    "coffee morning",
]
ADJECTIVES = ["Friendly", "Saturday", "Evening", "Community", "Riverside", "Beginners'", "Gentle"]
QUERY = "?q=walk&interest=being-active&day=1"


def benchmark_organisation():
    find_page = DirectoryIndexPage.objects.get(locale=Locale.get_default())
    organisation = find_page.get_children().filter(slug="benchmark").specific().first()
    if organisation is None:
        organisation = OrganisationPage(
            slug="benchmark", title="Benchmark group", description="<p>Generated.</p>"
        )
        find_page.add_child(instance=organisation)
    return organisation


@transaction.atomic
def add_activities(organisation, count, rng):
    """Bulk-insert `count` live activities with schedules and terms."""
    # Counted from the tree itself: the in-memory page's numchild is stale.
    children = Page.objects.filter(path__startswith=organisation.path, depth=organisation.depth + 1)
    existing = children.count()
    content_type = ContentType.objects.get_for_model(ActivityPage)
    locale = Locale.get_default()
    venues = list(VenuePage.objects.filter(locale=locale).values_list("pk", flat=True))
    terms = {
        name: list(Term.objects.filter(vocabulary=vocabulary).values_list("pk", flat=True))
        for name, vocabulary in [
            ("interests", Vocabulary.INTEREST),
            ("access", Vocabulary.ACCESS),
            ("expectations", Vocabulary.EXPECT),
        ]
    }
    now = timezone.now()
    pages = []
    for number in range(existing + 1, existing + count + 1):
        title = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {number}"
        slug = f"activity-{number}"
        # A model instance, so every field the model gains gets its default here too.
        pages.append(
            ActivityPage(
                # Treebeard's own path for the number-th child of the organisation.
                path=Page._get_path(organisation.path, organisation.depth + 1, number),
                depth=organisation.depth + 1,
                numchild=0,
                translation_key=uuid.uuid4(),
                locale=locale,
                live=True,
                first_published_at=now,
                last_published_at=now,
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                url_path=f"{organisation.url_path}{slug}/",
                summary=f"A {rng.choice(NOUNS)} for everyone, run by local people.",
                description=f"<p>Come along to our {rng.choice(NOUNS)}. Everyone is welcome.</p>",
                venue_id=rng.choice(venues),
                cost_band=rng.choice(["free", "low", "paid"]),
                last_checked=date.today(),
                next_session_start=now,
            )
        )
    # Django cannot bulk-create a model with a parent table: the page rows go in
    # bulk, then the activity rows a few hundred per insert, as feeds.sync does.
    Page.objects.bulk_create(pages, batch_size=500)
    for page in pages:
        page.page_ptr_id = page.id
    insert_child_rows(ActivityPage, pages)
    ids = [page.pk for page in pages]
    schedules = [
        ActivitySchedule(
            page_id=pk,
            frequency="weekly",
            weekday=rng.randrange(7),
            starts_on=date(2026, 1, 5),
            start_time=clock(rng.randrange(8, 20)),
            end_time=clock(21),
            sort_order=0,
        )
        for pk in ids
    ]
    ActivitySchedule.objects.bulk_create(schedules, batch_size=1000)
    # Their dated sessions, as ActivityPage.save writes them (date searches on PostgreSQL).
    SessionDate.write(schedules, pages=ids)
    for name, pool in terms.items():
        through = getattr(ActivityPage, name).through
        through.objects.bulk_create(
            [
                through(activitypage_id=pk, term_id=term)
                for pk in ids
                for term in rng.sample(pool, 2)
            ],
            batch_size=2000,
        )
    Page.objects.filter(pk=organisation.pk).update(numchild=existing + count)


def measure(client, requests):
    for _ in range(3):
        client.get("/en/things-to-do/" + QUERY)
    latencies = []
    started = time.perf_counter()
    for _ in range(requests):
        begin = time.perf_counter()
        response = client.get("/en/things-to-do/" + QUERY)
        latencies.append((time.perf_counter() - begin) * 1000)
        assert response.status_code == 200, response.status_code
    elapsed = time.perf_counter() - started
    quantiles = statistics.quantiles(latencies, n=100)
    return {
        "p50": statistics.median(latencies),
        "p95": quantiles[94],
        "p99": quantiles[98],
        "rps": requests / elapsed,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 50000])
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()

    call_command("migrate", verbosity=0)
    load_demo_content()
    organisation = benchmark_organisation()
    rng = random.Random(options.seed)
    client = Client(HTTP_HOST="localhost")
    results = []
    for size in sorted(options.sizes):
        # Sizes count listings, each once: translations are not more activities.
        have = ActivityPage.objects.live().filter(locale=Locale.get_default()).count()
        if size > have:
            started = time.perf_counter()
            add_activities(organisation, size - have, rng)
            call_command("update_index", verbosity=0, stdout=io.StringIO())
            seconds = time.perf_counter() - started
            print(f"generated and indexed {size - have} activities in {seconds:.0f} s")
        figures = measure(client, options.requests)
        results.append((size, figures))
        print(
            f"{size:>7} activities: p50 {figures['p50']:.0f} ms, p95 {figures['p95']:.0f} ms, "
            f"p99 {figures['p99']:.0f} ms, {figures['rps']:.1f} requests/s"
        )
    if len(results) > 1:
        ratio = results[-1][1]["p95"] / results[0][1]["p95"]
        print(f"p95 at {results[-1][0]} is {ratio:.2f}x p95 at {results[0][0]} (aim: at most 1.5x)")


if __name__ == "__main__":
    main()
