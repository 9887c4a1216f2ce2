"""The site's locales, read once per request.

Wagtail looks the active locale up afresh for every `page.localized`,
`{% pageurl %}` and `Locale.get_active()`: seventeen identical queries on a page
with menus. The rows change only when an administrator adds a language, so
within a request (`RequestLocalesMiddleware`) they are taken once, at the first
lookup, from the shared cache (`core.pagecache.remember`, renewed by any edit),
and every later lookup is answered from that. Outside a request
(commands, workers) nothing is kept and Wagtail asks the database as before.
"""

from contextvars import ContextVar

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

from core.pagecache import remember

# {language code: Locale}, or None outside a request.
_request_locales = ContextVar("request_locales", default=None)
_uncached_get_for_language = LocaleManager.get_for_language


def _all_locales():
    return list(Locale.objects.all())


def _locales():
    locales = _request_locales.get()
    if locales is not None and not locales:
        # Shared between requests until an edit (a new language) renews it.
        shared = remember("locales", _all_locales)
        locales.update((locale.language_code, locale) for locale in shared)
    return locales


def get_for_language(manager, language_code):
    """`LocaleManager.get_for_language`, answered from the request's locales."""
    locales = _locales()
    if locales is None:
        return _uncached_get_for_language(manager, language_code)
    code = get_supported_content_language_variant(language_code)
    if code not in locales:
        # Added during this request, or missing (DoesNotExist): the database decides.
        locales[code] = _uncached_get_for_language(manager, code)
    return locales[code]


def language_code(page):
    """The language code of a page's locale, without a query per page in a request."""
    locales = _locales()
    if locales is None:
        return page.locale.language_code
    return next(code for code, locale in locales.items() if locale.pk == page.locale_id)


class RequestLocalesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_locales.set({})
        try:
            return self.get_response(request)
        finally:
            _request_locales.reset(token)
