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
