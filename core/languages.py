"""Where each language's version of the current page lives.

The language switcher and the hreflang alternates both come from here, so a
reader and a search engine are always sent to the same addresses.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from core.pagecache import remember


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name_local: str
    bidi: bool
    url: str
    # False when the page has no translation and the link leads to that
    # language's home page instead; such links are no hreflang alternates.
    is_translation: bool
    is_current: bool


def _translation_urls(request, page):
    """{language code: address} of the page's live translations, itself included;
    kept in the shared cache until the next edit."""

    def compute():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        urls = {
            translation.locale.language_code: translation.get_url(request)
            for translation in translations
        }
        return {code: url for code, url in urls.items() if url}

    return remember(f"translation-urls:{request.get_host()}:{page.pk}", compute)


def _home_urls(request):
    """Each language's home page: links for pages not translated."""
    site = Site.find_for_request(request)
    return _translation_urls(request, site.root_page) if site else {}


def _view_versions(request):
    """Pages served by Django views (search and so on) exist in every language."""
    path = request.get_full_path()
    return {code: translate_url(path, code) for code, _name in settings.LANGUAGES}


def language_versions(request, page=None):
    if isinstance(page, Page):
        versions = _translation_urls(request, page)
    elif request.resolver_match and request.resolver_match.url_name != "wagtail_serve":
        versions = _view_versions(request)
    else:
        versions = {}

    current = get_language()
    # Languages the page is not in lead to their home page.
    home_urls = _home_urls(request) if len(versions) < len(settings.LANGUAGES) else {}
    result = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url = versions.get(code)
        result.append(
            LanguageVersion(
                code=code,
                name_local=info["name_local"],
                bidi=info["bidi"],
                url=url or home_urls.get(code) or f"/{code}/",
                is_translation=url is not None,
                is_current=code == current,
            )
        )
    return result


def in_default_language(page):
    """The version editors work on: the page in the site's default language."""
    return (
        page.get_translations(inclusive=True).filter(locale=Locale.get_default()).specific().first()
        or page
    )


def staff_language(user):
    """The language a member of staff chose for the admin (their Wagtail account's
    preference), for the emails the site sends them; the site's main language
    when they chose none."""
    profile = getattr(user, "wagtail_userprofile", None)  # made on the first preference saved
    code = profile.preferred_language if profile else ""
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
