"""`make test` in a fresh clone: nothing the project runs reads outside the repository."""

import re
import subprocess
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
