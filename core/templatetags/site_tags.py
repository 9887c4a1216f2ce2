from collections.abc import Mapping
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.forms.utils import flatatt
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from core import localformat, navigation
from core.bidi import numbers_ltr_in_html
from core.council import council_for, fallback_council
from core.languages import language_versions

register = template.Library()

# The font files (besides Noto Sans Latin) that each language's text needs
# from the first line. Fonts load with `font-display: optional`, so a file that
# is not preloaded may arrive too late and wait for the next page; Chinese
# spreads over a hundred subsets, so it preloads only Latin.
OWN_SCRIPT_FONTS = {
    "ar": "noto-sans-arabic-arabic",
    "ur": "noto-sans-arabic-arabic",
    "bn": "noto-sans-bengali-bengali",
    "uk": "noto-sans-cyrillic",
    "pl": "noto-sans-latin-ext",
    "tr": "noto-sans-latin-ext",
}


def _language_versions(context):
    # The switcher and the hreflang links need the same answer; work it out once.
    request = context["request"]
    if not hasattr(request, "language_versions"):
        request.language_versions = language_versions(request, context.get("page"))
    return request.language_versions


@register.inclusion_tag("components/language_navigation.html", takes_context=True)
def language_navigation(context):
    return {"languages": _language_versions(context)}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    alternates = [
        (version.code, request.build_absolute_uri(version.url))
        for version in _language_versions(context)
        if version.is_translation
    ]
    default = dict(alternates).get(settings.LANGUAGE_CODE)
    if default is None and alternates:
        default = alternates[0][1]
    return {"alternates": alternates, "default": default}


@register.simple_tag
def preloaded_fonts():
    names = ["noto-sans-latin", OWN_SCRIPT_FONTS.get(get_language())]
    return [
        static(f"build/fonts/{name}-{weight}-normal.woff2")
        for name in names
        if name
        for weight in (400, 700)
    ]


@register.simple_tag(takes_context=True)
def council(context):
    """The council the header and footer name. The error pages (`minimal`) may be
    showing a database fault, so they take it from settings without a query."""
    request = context.get("request")
    if context.get("minimal") or request is None:
        return fallback_council()
    return council_for(request)


@register.simple_tag(takes_context=True)
def home_url(context):
    return navigation.home_url(context["request"])


@register.inclusion_tag("components/menu_navigation.html", takes_context=True)
def menu_navigation(context):
    return {"items": navigation.menu_items(context["request"])}


@register.inclusion_tag("components/footer_navigation.html", takes_context=True)
def footer_navigation(context):
    return {"items": navigation.footer_items(context["request"])}


# Telephone numbers in text, kept left to right inside right-to-left text.
register.filter("keep_numbers_ltr", numbers_ltr_in_html)


# Attributes components/field.html writes itself, or leaves out: GOV.UK Frontend
# advises against maxlength (it cuts pasted text silently; the form says so instead)
# and sets widths with classes, not cols.
WRITTEN_BY_THE_INCLUDE = {"class", "id", "name", "type", "value", "maxlength", "cols", "required"}


@register.filter
def widget_attrs(bound_field):
    """The rest of a form field's widget attributes (autocomplete, spellcheck, rows,
    dir…), so anything particular to one field is said once, in its form."""
    attrs = bound_field.field.widget.attrs
    return flatatt({k: v for k, v in attrs.items() if k not in WRITTEN_BY_THE_INCLUDE})


@dataclass(frozen=True)
class Choice:
    """One radio or checkbox as components/choices.html draws it."""

    id: str
    value: str
    label: str
    checked: bool
    count: int | None  # how many it would find, when the field shows counts
    reveal: dict | None  # the conditional block it reveals
    reveal_follows: bool  # that block is drawn after this option


def reveals_of(field):
    """For radios whose options reveal other fields (the form's `reveals`: radio
    name -> ((option values, field names), …)): each option's value -> the block
    it reveals, with the block's id, its bound fields, and the option it follows
    (the last of the options that reveal it)."""
    reveals = {}
    for values, names in getattr(field.form, "reveals", {}).get(field.name, ()):
        block = {
            "id": f"f-{field.html_name}-{values[0]}-reveal",
            "fields": [field.form[name] for name in names],
            "after": values[-1],
        }
        reveals.update(dict.fromkeys(values, block))
    return reveals


@register.simple_tag
def choice_options(field, counts=None):
    """A radio or checkbox field's options, worked out here once rather than
    looked up in the template several times each (the find page draws 70).
    `counts`: a mapping of option value to how many it would find, or not a
    mapping for no counts."""
    reveals = reveals_of(field)
    shows_counts = isinstance(counts, Mapping)
    options = []
    for index, option in enumerate(field):
        value = option.data["value"]
        reveal = reveals.get(str(value))
        options.append(
            Choice(
                id=f"f-{field.html_name}-{index}",
                value=value,
                label=option.choice_label,
                checked=option.data["selected"],
                count=(counts.get(str(value)) or 0) if shows_counts else None,
                reveal=reveal,
                reveal_follows=bool(reveal) and reveal["after"] == value,
            )
        )
    return options


@register.filter
def is_revealed(field):
    """Whether a field shows inside one of its form's conditional reveals."""
    return any(
        field.name in names
        for options in getattr(field.form, "reveals", {}).values()
        for _values, names in options
    )


@register.filter
def day_month(value):
    """8 December, 8 грудня, 12月8日: the reader's language's order and grammar."""
    return localformat.local_date(value, localformat.DAY_MONTH)


@register.filter
def day_month_year(value):
    return localformat.local_date(value, localformat.DAY_MONTH_YEAR)


@register.filter
def time_of_day(value):
    """18:30 or 6:30 pm, as the reader's language writes it."""
    return localformat.local_time(value)


@register.simple_tag
def content_lang(page):
    """lang and dir of a page's own words, which may not be the reader's language:
    an untranslated English summary in an Arabic list keeps its full stop at its end."""
    code = page.locale.language_code
    return format_html(
        ' lang="{}" dir="{}"', code, "rtl" if get_language_info(code)["bidi"] else "ltr"
    )
