"""PDFs that print in every site language.

The PDF library's built-in fonts cover Latin-1 only. These PDFs embed the Noto
fonts the site already serves. The site stylesheet's @font-face rules say which
WOFF2 file covers which characters, so a PDF loads only the files its text
needs, as a browser does. HarfBuzz shapes Arabic and Bengali, and the PDF
library orders right-to-left text by the Unicode bidirectional algorithm, with
telephone numbers kept left to right (core.bidi).
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fpdf import FPDF

from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import get_language_info

from core.bidi import numbers_ltr_in_text

# The site stylesheet, then the Chinese faces that only Chinese pages link.
STYLESHEETS = ("build/site.css", "build/fonts-sc.css")
BASE_FAMILY = "Noto Sans"  # the site's text face; the script families only fill its gaps
BASE_FONT = "noto-sans-latin"  # its subset with ASCII, so every PDF registers it
FONT_FAMILY = re.compile(r"font-family:\s*['\"](?P<family>[^'\"]+)['\"]")
FONT_FACE_RULE = re.compile(r"@font-face\s*\{(?P<body>.*?)\}", re.S)
FONT_FILE = re.compile(r"url\((?P<path>fonts/(?P<name>[\w-]+)-(?P<weight>\d+)-normal\.woff2)\)")
UNICODE_RANGE = re.compile(r"unicode-range:\s*(?P<ranges>[^;]+);")
QUIET_ZONE = 4  # modules of white around a QR code, as scanners expect


@dataclass(frozen=True)
class FontFace:
    name: str  # one family per WOFF2 subset, e.g. "noto-sans-arabic-arabic"
    family: str
    bold: bool
    path: Path
    ranges: tuple[tuple[int, int], ...]

    def covers(self, codepoint):
        return any(first <= codepoint <= last for first, last in self.ranges)


def parse_unicode_range(value):
    """'U+0600-06FF,U+200C,U+4??' as (first, last) code point pairs."""
    ranges = []
    for part in value.replace(" ", "").split(","):
        part = part.removeprefix("U+").removeprefix("u+")
        if "?" in part:
            ranges.append((int(part.replace("?", "0"), 16), int(part.replace("?", "F"), 16)))
        else:
            first, _, last = part.partition("-")
            ranges.append((int(first, 16), int(last or first, 16)))
    return tuple(ranges)


@cache
def font_faces():
    """Every regular and bold face the site serves, the base family first."""
    faces = []
    for name in STYLESHEETS:
        faces.extend(_faces_in(name))
    faces.sort(key=lambda face: face.family != BASE_FAMILY)
    return tuple(faces)


def _faces_in(name):
    stylesheet = finders.find(name)
    if stylesheet is None:
        raise ImproperlyConfigured(f"{name} is missing: build the front end (make assets).")
    stylesheet = Path(stylesheet)
    for rule in FONT_FACE_RULE.finditer(stylesheet.read_text(encoding="utf-8")):
        family = FONT_FAMILY.search(rule["body"])
        font_file = FONT_FILE.search(rule["body"])
        unicode_range = UNICODE_RANGE.search(rule["body"])
        if not (family and font_file and unicode_range) or font_file["weight"] not in (
            "400",
            "700",
        ):
            continue
        yield FontFace(
            name=font_file["name"],
            family=family["family"],
            bold=font_file["weight"] == "700",
            path=stylesheet.parent / font_file["path"],
            ranges=parse_unicode_range(unicode_range["ranges"]),
        )


def faces_for(characters):
    """The faces a browser would pick for these characters: the first that covers each."""
    wanted = {BASE_FONT}
    faces = font_faces()
    for character in characters:
        codepoint = ord(character)
        for face in faces:
            if face.covers(codepoint):
                wanted.add(face.name)
                break
    return [face for face in faces if face.name in wanted]


class SitePDF(FPDF):
    """An A-series PDF in one language: Noto fonts, shaped text, the right reading direction.

    Pass every piece of text the document will print, so that the fonts that
    cover it are embedded. Then set sizes with `set_font(style=..., size=...)`.
    """

    def __init__(self, *texts, language_code, **kwargs):
        super().__init__(unit="mm", **kwargs)
        self.set_lang(language_code)
        self.right_to_left = get_language_info(language_code)["bidi"]
        self.start_align = "R" if self.right_to_left else "L"
        fallbacks = []
        for face in faces_for(set("".join(texts))):
            self.add_font(face.name, "B" if face.bold else "", face.path)
            if face.name != BASE_FONT and face.name not in fallbacks:
                fallbacks.append(face.name)
        self.set_font(BASE_FONT, size=12)
        self.set_fallback_fonts(fallbacks, exact_match=False)
        self.set_text_shaping(True)

    def normalize_text(self, text):
        if self.right_to_left:
            text = numbers_ltr_in_text(text)
        return super().normalize_text(text)


def draw_qr(pdf, qr, x, y, size):
    """The code as vector squares (crisp at any print size), quiet zone included."""
    modules = qr.symbol_size(scale=1, border=QUIET_ZONE)[0]
    module = size / modules
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for row_number, row in enumerate(qr.matrix):
        run_start = None
        for column, dark in enumerate([*row, 0]):
            if dark and run_start is None:
                run_start = column
            elif not dark and run_start is not None:
                pdf.rect(
                    x + (run_start + QUIET_ZONE) * module,
                    y + (row_number + QUIET_ZONE) * module,
                    (column - run_start) * module,
                    module,
                    style="F",
                )
                run_start = None
