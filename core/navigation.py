"""Menus built from the page tree, so editors change them without a developer."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page, Site

from core.locales import language_code


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    is_current: bool
    # Set when the page is not in the reader's language (not translated yet),
    # so screen readers pronounce its title in the right language.
    lang: str | None = None


def site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def home_url(request):
    """The home page in the current language, or the site's own when untranslated."""
    root = site_root(request)
    return root.localized.get_url(request) if root else "/"


def _site_pages(request):
    """The site root's live public children, each with its version in the reader's
    language (or itself, not translated yet). Menu and footer share one reading."""
    if not hasattr(request, "_site_pages"):
        root = site_root(request)
        pages = list(root.get_children().live().public().specific()) if root else []
        active = Locale.get_active()
        keys = [page.translation_key for page in pages if page.locale_id != active.pk]
        translated = {
            page.translation_key: page
            for page in Page.objects.live().filter(locale=active, translation_key__in=keys)
        }
        request._site_pages = [(page, translated.get(page.translation_key, page)) for page in pages]
    return request._site_pages


def _localized_children(request, include):
    # Pages not yet translated still appear, in the site's main language.
    return [shown for page, shown in _site_pages(request) if include(page)]


def _item(request, page):
    url = page.get_url(request)
    code = language_code(page)
    return MenuItem(
        title=page.title,
        url=url,
        is_current=url == request.path,
        lang=code if code != get_language() else None,
    )


def menu_items(request):
    in_menu = _localized_children(request, lambda page: page.show_in_menus)
    items = [_item(request, page) for page in in_menu]
    search_url = reverse("search")
    items.append(MenuItem(title=_("Search"), url=search_url, is_current=request.path == search_url))
    return items


def footer_items(request):
    return [
        _item(request, page)
        for page in _localized_children(
            request, lambda page: getattr(page, "show_in_footer", False)
        )
    ]
