"""Dates, times and lists in the reader's language, from CLDR data (Babel).

Django's own formats know no Somali, decline no Ukrainian month and put
Chinese dates in a European order; CLDR does all eleven languages right.
Every page, email and PDF formats dates and lists through these functions.
"""

import re
from functools import cache

from babel import Locale
from babel.dates import format_datetime, format_time, match_skeleton
from babel.lists import format_list

from django.utils import timezone
from django.utils.translation import get_language, to_locale

# CLDR skeletons: which parts to show; each language orders and spells them.
DAY_MONTH = "MMMMd"  # 8 December, 8 грудня, 12月8日
WEEKDAY_DAY_MONTH = "MMMMEEEEd"  # Tuesday 8 December, 12月8日星期二
DAY_MONTH_YEAR = "yMMMMd"  # 8 December 2026


# The site's English is British English, and its times are the 12-hour clock
# residents read on posters ("6:30 pm"); every other language takes CLDR's own.
LOCALES = {"en": "en_GB"}
TIME_PATTERNS = {"en": "h:mm a"}


def _locale():
    return _babel_locale(get_language() or "en")


# Babel parses a locale, and matches a skeleton to its patterns, afresh at each
# call: a find page formats a dozen dates. CLDR data does not change while running.
@cache
def _babel_locale(language):
    return Locale.parse(LOCALES.get(language, to_locale(language)))


@cache
def _date_pattern(language, skeleton):
    locale = _babel_locale(language)
    pattern = locale.datetime_skeletons[match_skeleton(skeleton, locale.datetime_skeletons)].pattern
    if "EEEE" in skeleton:
        # The nearest CLDR pattern may abbreviate the weekday ("Tue"); spell it out.
        pattern = re.sub(r"(?<![Ec])[Ec]{1,3}(?![Ec])", lambda m: m.group(0)[0] * 4, pattern)
    return pattern


def local_date(value, skeleton=DAY_MONTH_YEAR):
    if value is None:
        return ""
    if hasattr(value, "tzinfo") and timezone.is_aware(value):
        value = timezone.localtime(value)
    language = get_language() or "en"
    return format_datetime(value, _date_pattern(language, skeleton), locale=_babel_locale(language))


def local_time(value):
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return format_time(value, TIME_PATTERNS.get(get_language(), "short"), locale=_locale())


def local_list(items):
    """ "a, b and c" with the language's own separators: "a، b، اور c" in Urdu."""
    items = [str(item) for item in items]
    return format_list(items, locale=_locale()) if items else ""
