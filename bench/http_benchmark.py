"""Pages served through gunicorn as the directory grows, as ratios to the stack's
own ceiling measured in the same run.

For each size it generates activities (bench/find_benchmark.py's generator),
starts the site on gunicorn with the production settings (one instance with the
page cache off, one with it on, and a Redis of its own), and loads each page
with wrk for --seconds:

- hello: a plain WSGI app (bench/hello.py) on the same gunicorn options, the
  ceiling every rate is divided by;
- static: a static file that WhiteNoise serves through the site;
- home, find (words, two filters and a postcode) and an activity page, cold
  (page cache off) and warm (from the cache).

    DATABASE_URL=postgres://…/getconnected_bench .venv/bin/python bench/http_benchmark.py
    … SEARCH_URL=http://127.0.0.1:9200 SEARCH_INDEX_PREFIX=bench_ … --sizes 1000 50000 250000

Without DATABASE_URL it uses its own SQLite file (bench/.data/). It prints a
Markdown table and the targets of docs/benchmarks.md, met or not.
"""

import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if "DATABASE_URL" not in os.environ:
    (ROOT / "bench" / ".data").mkdir(exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{ROOT / 'bench' / '.data' / 'http.sqlite3'}"

import redis  # noqa: E402
import requests  # noqa: E402

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

from bench.find_benchmark import add_activities, benchmark_organisation  # noqa: E402
from bench.stack import (  # noqa: E402
    PYTHON,
    Process,
    collect_static,
    free_port,
    production_environment,
    wait_until,
)
from demo.loader import load_demo_content  # noqa: E402
from directory.models import ActivityPage  # noqa: E402

FIND = "/en/things-to-do/?q=walk&interest=being-active&day=1&postcode=KB3"
# wrk reports its own figures through this script: one parseable line.
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d %d %d\\n", summary.requests,
    summary.duration, e.status, e.connect, e.read, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


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
        requests.get(url, timeout=60).raise_for_status()
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
    if not count or status or connect or read or timeout:
        raise RuntimeError(
            f"{url}: {count} answers in {options.seconds} s; {status} not 2xx/3xx, "
            f"{connect} refused, {read} broken, {timeout} over 30 s"
        )
    return {"rps": count / (micros / 1e6), "p50": p50 / 1000, "p95": p95 / 1000, "p99": p99 / 1000}


def generate(size, rng):
    # Sizes count listings, each once: translations are not more activities.
    have = ActivityPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).count()
    if size > have:
        add_activities(benchmark_organisation(), size - have, rng)
        call_command("update_index", verbosity=0, stdout=io.StringIO())
        print(f"generated and indexed {size - have} activities", flush=True)


def measure_size(size, options, folder, script, env):
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
        activity = ActivityPage.objects.live().filter(slug__startswith="activity-").first()
        pages = {"home": "/en/", "find": FIND, "activity": activity.get_url()}
        rows = {"hello": load(f"http://127.0.0.1:{hello_port}/", options, script)}
        rows["static"] = load(
            f"http://127.0.0.1:{cold_port}/static/{manifest['paths']['build/site.css']}",
            options,
            script,
        )
        for name, path in pages.items():
            rows[f"{name}, cold"] = load(f"http://127.0.0.1:{cold_port}{path}", options, script)
            rows[f"{name}, warm"] = load(f"http://127.0.0.1:{warm_port}{path}", options, script)
        return rows
    finally:
        for server in servers:
            server.stop()


def report(results):
    print("\n| Activities | Page | Requests/s | x hello | x static | p50 ms | p95 ms | p99 ms |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for size, rows in results.items():
        hello, static = rows["hello"]["rps"], rows["static"]["rps"]
        for name, row in rows.items():
            print(
                f"| {size:,} | {name} | {row['rps']:.1f} | {row['rps'] / hello:.4f} | "
                f"{row['rps'] / static:.3f} | "
                f"{row['p50']:.1f} | {row['p95']:.1f} | {row['p99']:.1f} |"
            )
    smallest, largest = min(results), max(results)
    print("\nTargets (issue 15):")
    growth = results[largest]["find, cold"]["p95"] / results[smallest]["find, cold"]["p95"]
    print(f"- find p95 at {largest:,} is {growth:.2f}x its p95 at {smallest:,} (aim <= 1.5x)")
    share = results[largest]["find, cold"]["rps"] / results[largest]["hello"]["rps"]
    print(f"- find, cold, at {largest:,}: {share:.4f}x plain WSGI (aim >= 0.02x)")
    for page in ("home", "find", "activity"):
        rows = results[largest]
        warm = rows[f"{page}, warm"]["rps"] / rows["static"]["rps"]
        print(f"- {page}, warm, at {largest:,}: {warm:.2f}x the static file (aim >= 0.5x)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 50000, 250000])
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()

    call_command("migrate", verbosity=0)
    load_demo_content()
    rng = random.Random(options.seed)
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
            collect_static(env)
            results = {}
            for size in sorted(options.sizes):
                generate(size, rng)
                redis.Redis(port=cache_port).flushdb()  # generated rows bypass publishing
                results[size] = measure_size(size, options, folder, str(script), env)
                print(f"measured {size:,} activities", flush=True)
        finally:
            cache.stop()
    report(results)


if __name__ == "__main__":
    main()
