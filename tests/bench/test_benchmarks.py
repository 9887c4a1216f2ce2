"""Every benchmark in bench/ runs at a small size, so none can rot unnoticed.

Each runs as its own process on its own SQLite file (never the test or a real
database) with the database search backend, and must finish, exit 0 and print
its figures within a hard time limit."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Loading the demo borough dominates; generous for a loaded 2-core machine.
TIME_LIMIT = 900


def run_benchmark(tmp_path, script, *arguments, size=None):
    env = {key: value for key, value in os.environ.items() if key != "SEARCH_URL"}
    # The HTTP benchmark keeps each size in a file of its own (bench-170.sqlite3).
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / (f'bench-{size}' if size else 'bench')}.sqlite3"
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.benchmark
def test_find_benchmark_generates_activities_and_prints_its_ratio(tmp_path):
    # The demo borough has about 130 activities; both sizes make the script generate more.
    output = run_benchmark(
        tmp_path, "find_benchmark.py", "--sizes", "150", "170", "--requests", "3"
    )

    assert re.search(r"generated and indexed \d+ activities", output), output
    assert re.search(r"170 activities: p50 \d+ ms, p95 \d+ ms", output), output
    assert re.search(r"p95 at 170 is \d+\.\d\dx p95 at 150", output), output


@pytest.mark.benchmark
def test_feeds_benchmark_syncs_a_small_calendar_and_prints_its_times(tmp_path):
    output = run_benchmark(tmp_path, "feeds_benchmark.py", "--events", "20")

    # Wall and CPU seconds, then each as a ratio to reading the file alone.
    for label in (
        "Reference: reading the file alone",
        "First sync, published directly",
        "Unchanged re-sync",
        "First sync, through review",
    ):
        assert re.search(rf"{label} +\d+\.\ds +\d+\.\ds +\d+\.\d +\d+\.\d", output), output


@pytest.mark.benchmark
@pytest.mark.skipif(not shutil.which("wrk"), reason="the HTTP benchmark loads pages with wrk")
def test_http_benchmark_serves_every_page_and_prints_ratios_to_the_ceiling(tmp_path):
    arguments = ("--sizes", "150", "170", "--seconds", "1")
    output = run_benchmark(tmp_path, "http_benchmark.py", *arguments)

    for page in ("hello", "static", "home, cold", "find, warm", "activity, cold"):
        assert re.search(rf"\| database \| 170 \| {page} \| \d+\.\d \| \d\.\d{{4}} \|", output)
    assert re.search(r"\| 170 \| 20 \| \d+ s \| \d+ s \| \d+ MB \|", output), output
    assert re.search(r"database: find, cold, p95 at 170 is \d+\.\d\dx its p95 at 150", output)

    # Each size's database is kept: preparing it again generates and indexes nothing.
    again = json.loads(
        run_benchmark(tmp_path, "http_benchmark.py", "--prepare", "170", size=170).splitlines()[-1]
    )
    assert (again["generated"], again["index_seconds"]) == (0, None), again
