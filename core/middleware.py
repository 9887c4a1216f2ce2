from django.middleware.locale import LocaleMiddleware


class PageLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus one thing: a JSON 404 (an API's "no such
    record") stays a 404 instead of being redirected under a language prefix,
    where Wagtail's catch-all pattern would make it look like a page."""

    def process_response(self, request, response):
        if response.get("Content-Type", "").startswith("application/json"):
            return response
        return super().process_response(request, response)
