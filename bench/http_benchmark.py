"""Pages served through gunicorn as the directory grows, on each search backend,
as ratios to the stack's own ceiling measured in the same run.

Each size has a database of its own, kept between runs (DATABASE_URL's name
with the size appended: gc_bench_1000, gc_bench_50000…; a new one starts as a
copy of the next smaller size's), and on the engine an index prefix of its own
(SEARCH_INDEX_PREFIX with the size appended). A run only generates what a size
lacks, and indexes again only after generating or when the code that shapes
the index has changed; --fresh starts every size again. Then, for each backend
and size, it starts the site on gunicorn with the production settings (one
instance with the page cache off, one with it on, and a Redis of its own) and
loads each page with wrk for --seconds:

- hello: a plain WSGI app (bench/hello.py) on the same gunicorn options, the
  ceiling every rate is divided by;
- static: a static file that WhiteNoise serves through the site;
- home, find (words, two filters and a postcode) and an activity page, cold
  (page cache off) and warm (from the cache).

    DATABASE_URL=postgres://…/gc_bench SEARCH_URL=http://127.0.0.1:9200 \\
        .venv/bin/python bench/http_benchmark.py --backends database engine

"database" is PostgreSQL's own search (or SQLite's), "engine" the search node
that SEARCH_URL names. Without DATABASE_URL it uses SQLite files in
bench/.data/. It prints a Markdown table and issue 15's targets, met or not.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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
    wait_until,
)

DATA = ROOT / "bench" / ".data"
FIND = "/en/things-to-do/?q=walk&interest=being-active&day=1&postcode=KB3"
PAGES = ("home", "find", "activity")
# Generated and indexed this many at a time, so memory stays flat at any size.
CHUNK = 10_000
# wrk reports its own figures through this script: one parseable line.
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d %d %d\\n", summary.requests,
    summary.duration, e.status, e.connect, e.read, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


# --- Data: one database (and index prefix) per size --------------------------


def size_database(url, size):
    if url.startswith("sqlite"):
        path = Path(database_name(url))
        return f"sqlite:///{path.with_stem(f'{path.stem}-{size}')}"
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"{parts.path}_{size}"))


def database_name(url):
    """The file of an SQLite URL (sqlite:///relative or sqlite:////absolute), else the name."""
    if url.startswith("sqlite"):
        return url.split(":///", 1)[1]
    return urlsplit(url).path.lstrip("/")


def server(url):
    """A connection to the PostgreSQL server's maintenance database."""
    parts = urlsplit(url)
    return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)


def database_exists(url):
    if url.startswith("sqlite"):
        return Path(database_name(url)).exists()
    with server(url) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database_name(url)]
        ).fetchone()
    return found is not None


def drop_database(url):
    if url.startswith("sqlite"):
        Path(database_name(url)).unlink(missing_ok=True)
        return
    with server(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database_name(url)}" WITH (FORCE)')


def copy_database(source, target):
    """target as a copy of source: the demo borough and smaller size's rows are
    not loaded and generated again."""
    if source.startswith("sqlite"):
        shutil.copyfile(database_name(source), database_name(target))
        return
    with server(source) as connection:
        connection.execute(
            f'CREATE DATABASE "{database_name(target)}" TEMPLATE "{database_name(source)}"'
        )


def index_fingerprint():
    """What decides the search index's content: models, search code, settings, packages."""
    digest = hashlib.sha256((ROOT / "requirements.lock").read_bytes())
    paths = [*ROOT.glob("*/models.py"), *ROOT.glob("search/**/*.py")]
    for path in sorted(paths + list(ROOT.glob("config/settings/*.py"))):
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()


def node_has_index():
    """Whether the node (if any) holds this prefix's documents: a node started afresh has
    none, and the site would then quietly answer from the database instead."""
    if not os.environ.get("SEARCH_URL"):
        return True
    url = os.environ["SEARCH_URL"].split(",")[0].rstrip("/")
    answer = requests.get(f"{url}/{os.environ['SEARCH_INDEX_PREFIX']}*/_count", timeout=30)
    return answer.ok and answer.json()["count"] > 0


def prepare(size, reindex):
    """In a process of its own (the size's DATABASE_URL and index prefix): the demo
    borough, `size` live activities and the search index, with time and memory."""
    import io
    import random
    import resource

    from django.conf import settings
    from django.core.management import call_command

    from bench.find_benchmark import add_activities, benchmark_organisation
    from demo.loader import load_demo_content
    from directory.models import ActivityPage

    call_command("migrate", verbosity=0)
    load_demo_content()
    # Sizes count listings, each once: translations are not more activities.
    live = ActivityPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    missing = size - live.count()
    rng = random.Random(size)
    started = time.perf_counter()
    for start in range(0, max(missing, 0), CHUNK):
        add_activities(benchmark_organisation(), min(CHUNK, missing - start), rng)
    generated = time.perf_counter() - started
    # A fingerprint per database, and per node and prefix when there is a node.
    node = os.environ.get("SEARCH_URL", "")
    index = f"{node} {os.environ['SEARCH_INDEX_PREFIX']}" if node else ""
    key = hashlib.sha256(f"{settings.DATABASES['default']['NAME']} {index}".encode())
    stamp = DATA / f"indexed-{key.hexdigest()[:16]}"
    fingerprint = index_fingerprint()
    indexed = None
    kept = stamp.exists() and stamp.read_text() == fingerprint and node_has_index()
    if missing > 0 or reindex or not kept:
        stamp.unlink(missing_ok=True)
        started = time.perf_counter()
        call_command("update_index", chunk_size=2000, verbosity=0, stdout=io.StringIO())
        indexed = time.perf_counter() - started
        stamp.write_text(fingerprint)
    activity = ActivityPage.objects.live().filter(slug__startswith="activity-").first()
    return {
        "generated": max(missing, 0),
        "generate_seconds": generated,
        "index_seconds": indexed,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "activity": activity.get_url(),
    }


def prepare_size(size, url, env, options, previous):
    """The size's database ready (copied from the previous size's when new)."""
    if options.fresh:
        drop_database(url)
    if not database_exists(url):
        if previous and database_exists(previous):
            copy_database(previous, url)
        elif not url.startswith("sqlite"):  # SQLite makes its file when first opened
            with server(url) as connection:
                connection.execute(f'CREATE DATABASE "{database_name(url)}"')
    result = subprocess.run(
        [PYTHON, __file__, "--prepare", str(size), *(["--reindex"] if options.reindex else [])],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"preparing {size:,} activities failed:\n{result.stderr[-3000:]}")
    prepared = json.loads(result.stdout.strip().splitlines()[-1])
    indexing = prepared["index_seconds"]
    print(
        f"{size:,} activities: generated {prepared['generated']:,} in "
        f"{prepared['generate_seconds']:.0f} s, "
        + (f"indexed in {indexing:.0f} s" if indexing is not None else "index kept")
        + f", peak memory {prepared['peak_mb']:.0f} MB",
        flush=True,
    )
    return prepared


# --- Load ---------------------------------------------------------------------


def gunicorn(name, app, port, env, folder, workers):
    # deploy/getconnected.service's options, on a port of our own.
    command = [PYTHON, "-m", "gunicorn", app, "--workers", str(workers), "--timeout", "30"]
    command += ["--no-control-socket", "--bind", f"127.0.0.1:{port}"]
    return Process(name, command, folder, env=env).start()


def load(url, options, script):
    """wrk against one URL: requests/s and latency percentiles in ms."""
    # Warm every worker one request at a time (compiled, connected, cached): a
    # burst would leave requests queued that the measured run then waits behind.
    for _ in range(2 * options.workers):
        try:
            requests.get(url, timeout=60).raise_for_status()
        except requests.Timeout:
            break  # no answer within a minute: wrk's run records the page as that
    result = subprocess.run(
        [
            "wrk",
            f"-t{options.threads}",
            f"-c{options.connections}",
            f"-d{options.seconds}s",
            "--timeout",
            "30s",  # gunicorn's own: a slow answer is measured, not dropped
            "-s",
            script,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=options.seconds + 60,
        check=True,
    )
    figures = re.search(r"RESULT (.*)", result.stdout)[1].split()
    count, micros, status, connect, read, timeout, p50, p95, p99 = map(int, figures)
    # A wrong or broken answer stops the run; a slow one (over 30 s, or none at all
    # within --seconds) is a figure.
    if status or connect or read:
        raise RuntimeError(
            f"{url}: {count} answers in {options.seconds} s; {status} not 2xx/3xx, "
            f"{connect} refused, {read} broken, {timeout} over 30 s"
        )
    if not count:
        return {"rps": 0.0, "p50": None, "p95": None, "p99": None, "over_30s": timeout}
    return {
        "rps": count / (micros / 1e6),
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "p99": p99 / 1000,
        "over_30s": timeout,
    }


def measure(env, activity, options, folder, script):
    hello_port, cold_port, warm_port = free_port(), free_port(), free_port()
    servers = [
        gunicorn("hello", "bench.hello", hello_port, env, folder, options.workers),
        gunicorn(
            "cold",
            "config.wsgi",
            cold_port,
            {**env, "PAGE_CACHE_SECONDS": "0"},
            folder,
            options.workers,
        ),
        gunicorn("warm", "config.wsgi", warm_port, env, folder, options.workers),
    ]
    try:
        for port in (hello_port, cold_port, warm_port):
            wait_until(
                lambda p=port: requests.get(f"http://127.0.0.1:{p}/", timeout=5).ok, 120, "serving"
            )
        manifest = json.loads((Path(env["STATIC_ROOT"]) / "staticfiles.json").read_text())
        paths = {"home": "/en/", "find": FIND, "activity": activity}
        rows = {"hello": load(f"http://127.0.0.1:{hello_port}/", options, script)}
        rows["static"] = load(
            f"http://127.0.0.1:{cold_port}/static/{manifest['paths']['build/site.css']}",
            options,
            script,
        )
        for name in PAGES:
            rows[f"{name}, cold"] = load(
                f"http://127.0.0.1:{cold_port}{paths[name]}", options, script
            )
            rows[f"{name}, warm"] = load(
                f"http://127.0.0.1:{warm_port}{paths[name]}", options, script
            )
        return rows
    finally:
        for process in servers:
            process.stop()


# --- Report -------------------------------------------------------------------


def report(results, prepared):
    print("\n| Backend | Activities | Page | Requests/s | x hello | x static |", end="")
    print(" p50 ms | p95 ms | p99 ms | Over 30 s |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for (backend, size), rows in results.items():
        hello, static = rows["hello"]["rps"], rows["static"]["rps"]
        for name, row in rows.items():
            print(
                f"| {backend} | {size:,} | {name} | {row['rps']:.1f} | {row['rps'] / hello:.4f} | "
                f"{row['rps'] / static:.3f} | "
                + " | ".join(
                    "none" if row[key] is None else f"{row[key]:.1f}"
                    for key in ("p50", "p95", "p99")
                )
                + f" | {row['over_30s']} |"
            )
    print("\n| Activities | Generated | Generating | Indexing | Peak memory |")
    print("|---:|---:|---:|---:|---:|")
    for size, row in prepared.items():
        indexing = "kept" if row["index_seconds"] is None else f"{row['index_seconds']:.0f} s"
        print(
            f"| {size:,} | {row['generated']:,} | {row['generate_seconds']:.0f} s | {indexing} | "
            f"{row['peak_mb']:.0f} MB |"
        )
    print("\nTargets (issue 15):")
    for line in targets(results):
        print(f"- {line}")


def targets(results):
    def verdict(met):
        return "met" if met else "NOT met"

    # The sizes where they were measured, else the largest and smallest that were.
    aims = {"engine": 250_000, "database": 50_000}
    for backend in dict.fromkeys(backend for backend, _size in results):
        sizes = sorted(size for name, size in results if name == backend)
        smallest = sizes[0]
        largest = aims[backend] if aims[backend] in sizes else sizes[-1]
        rows = results[backend, largest]
        if largest != smallest:
            # wrk leaves answers it gave up on out of its percentiles; none at all is endless.
            slow = rows["find, cold"]["over_30s"]
            p95 = rows["find, cold"]["p95"] or float("inf")
            growth = p95 / results[backend, smallest]["find, cold"]["p95"]
            yield (
                f"{backend}: find, cold, p95 at {largest:,} is {growth:.2f}x its p95 at "
                f"{smallest:,} (aim <= 1.5x)"
                + (f", {slow} answers over 30 s" if slow else "")
                + f": {verdict(growth <= 1.5 and not slow)}"
            )
        if backend == "engine":
            share = rows["find, cold"]["rps"] / rows["hello"]["rps"]
            yield (
                f"{backend}: find, cold, at {largest:,} is {share:.5f}x plain WSGI "
                f"(aim >= 0.02x): {verdict(share >= 0.02)}"
            )
        for page in PAGES:
            warm = rows[f"{page}, warm"]["rps"] / rows["static"]["rps"]
            yield (
                f"{backend}: {page}, warm, at {largest:,} is {warm:.2f}x the static file "
                f"(aim >= 0.5x): {verdict(warm >= 0.5)}"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 50000, 250000])
    parser.add_argument(
        "--backends",
        nargs="+",
        choices=["database", "engine"],
        help="default: both when SEARCH_URL is set, else database",
    )
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--fresh", action="store_true", help="generate every size again")
    parser.add_argument("--reindex", action="store_true", help="index every size again")
    parser.add_argument("--prepare", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()

    if options.prepare:
        import django

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
        django.setup()
        print(json.dumps(prepare(options.prepare, options.reindex)))
        return

    search_url = os.environ.get("SEARCH_URL", "")
    backends = options.backends or (["database", "engine"] if search_url else ["database"])
    if "engine" in backends and not search_url:
        parser.error("the engine backend needs SEARCH_URL (the search node)")
    DATA.mkdir(exist_ok=True)
    base = os.environ.get("DATABASE_URL") or f"sqlite:///{DATA / 'http.sqlite3'}"
    prefix = os.environ.get("SEARCH_INDEX_PREFIX", "bench_")
    with tempfile.TemporaryDirectory(prefix="http-benchmark-") as folder:
        script = Path(folder) / "report.lua"
        script.write_text(WRK_REPORT)
        cache_port = free_port()
        cache = Process(
            "redis",
            [
                "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(cache_port),
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            folder,
        ).start()
        try:
            wait_until(lambda: redis.Redis(port=cache_port).ping(), 20, "Redis start")
            env = production_environment(CACHE_URL=f"redis://127.0.0.1:{cache_port}/0")
            env.pop("SEARCH_URL", None)
            collect_static(env)
            results, prepared, previous = {}, {}, None
            for size in sorted(options.sizes):
                url = size_database(base, size)
                # With a node, the database's own index is kept too: one preparation serves both.
                data = {"DATABASE_URL": url, "SEARCH_INDEX_PREFIX": f"{prefix}{size}_"}
                engine = {"SEARCH_URL": search_url} if "engine" in backends else {}
                prepared[size] = prepare_size(
                    size,
                    url,
                    {
                        **os.environ,
                        **data,
                        **engine,
                        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
                    },
                    options,
                    previous,
                )
                previous = url
                for backend in backends:
                    # Pages cached for the other backend or size must not answer for this one.
                    redis.Redis(port=cache_port).flushdb()
                    served = {**env, **data, **(engine if backend == "engine" else {})}
                    results[backend, size] = measure(
                        served, prepared[size]["activity"], options, folder, str(script)
                    )
                    print(f"measured {size:,} activities on {backend}", flush=True)
        finally:
            cache.stop()
    report(results, prepared)


if __name__ == "__main__":
    main()
