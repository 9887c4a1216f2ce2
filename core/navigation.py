"""Menus built from the page tree, so editors change them without a developer."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Site

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


def _localized_children(request, include):
    root = site_root(request)
    if root is None:
        return []
    pages = root.get_children().live().public().specific()
    # Pages not yet translated still appear, in the site's main language.
    return [page.localized for page in pages if include(page)]


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
