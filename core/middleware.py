from django.core.exceptions import BadRequest
from django.http import QueryDict
from django.middleware.locale import LocaleMiddleware
from django.utils.translation import get_language_from_path


class PageLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus one thing: a 404 from a view outside
    `i18n_patterns` (the API's "no such record", an unknown QR code) stays a 404.

    Django redirects every unprefixed 404 to the same path under a language
    prefix when that path would resolve there; Wagtail's catch-all page pattern
    resolves everything, so the view's answer would be lost in a redirect."""

    def process_response(self, request, response):
        resolved_outside_languages = getattr(
            request, "resolver_match", None
        ) is not None and not get_language_from_path(request.path_info)
        if response.status_code == 404 and resolved_outside_languages:
            return response
        return super().process_response(request, response)


NUL = "\x00"
FORM_CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


def without_nuls(query_dict):
    """A copy of a QueryDict with every NUL removed from its keys and values."""
    cleaned = QueryDict(mutable=True, encoding=query_dict.encoding)
    for key, values in query_dict.lists():
        cleaned.setlist(key.replace(NUL, ""), [value.replace(NUL, "") for value in values])
    cleaned._mutable = False
    return cleaned


class NulMiddleware:
    """No NUL character reaches a view: PostgreSQL refuses them in text, so one
    in an address, a query string, a form field or a cookie would be a server error.

    An address with a NUL is refused with a 400 (no page has one); query
    strings, form fields and cookies lose theirs, so what was typed still works.
    Uploaded files are the reader's to check (core.spreadsheets.read_csv)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path_info:
            raise BadRequest("The address contains a NUL character.")
        # A NUL reaches request.GET only typed raw or as %00; checking the raw
        # string leaves the query unparsed for a page served from the cache.
        query = request.META.get("QUERY_STRING", "")
        if NUL in query or "%00" in query:
            request.GET = without_nuls(request.GET)
        if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
            request.POST = without_nuls(request.POST)
        request.COOKIES = {
            key.replace(NUL, ""): value.replace(NUL, "") for key, value in request.COOKIES.items()
        }
        return self.get_response(request)
