"""`make test` in a fresh clone: nothing the project runs reads outside the repository."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

OUTSIDE = re.compile(
    r"""\.\./shared|["']shared["']\s*/|(?<![\w.])/work/|\.parent\s*/\s*["']shared"""
)


def test_no_file_reads_beside_or_above_the_checkout():
    base = Path(settings.BASE_DIR)
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=base, capture_output=True, text=True, check=True
    ).stdout.split()
    this = Path(__file__).resolve().relative_to(base).as_posix()
    suffixes = {".py", ".toml", ".cfg", ".ini", ".sh", ".yml", ".yaml", ".json", ""}
    offenders = [
        name
        for name in tracked
        if name != this
        and Path(name).suffix in suffixes
        and (base / name).is_file()
        and OUTSIDE.search((base / name).read_text(errors="ignore"))
    ]
    assert not offenders


def test_a_fresh_clone_without_node_modules_collects_every_test(tmp_path):
    """`make test` in a fresh clone outside any other folder (issue 13): before
    `npm ci`, with nothing beside it, every test module still loads; the browser
    tests read axe-core only when one runs."""
    clone = tmp_path / "getconnected"
    subprocess.run(["git", "clone", "--quiet", settings.BASE_DIR, clone], check=True, timeout=120)
    assert not (clone / "node_modules").exists()
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q"],
        cwd=clone,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"^\d+ tests collected", result.stdout, re.M), result.stdout[-3000:]
