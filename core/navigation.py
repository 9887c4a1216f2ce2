"""Menus built from the page tree, so editors change them without a developer."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page, Site

from core.locales import language_code
from core.pagecache import remember


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    is_current: bool
    # Set when the page is not in the reader's language (not translated yet),
    # so screen readers pronounce its title in the right language.
    lang: str | None = None


@dataclass(frozen=True)
class SiteLink:
    """A top page of the site as menus show it, kept in the shared cache."""

    title: str
    url: str
    language: str
    in_menu: bool
    in_footer: bool


def site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _per_site(request, name, compute):
    """compute() kept per host and language until the next edit (core.pagecache.remember)."""
    return remember(f"{name}:{request.get_host()}:{get_language()}", compute)


def home_url(request):
    """The home page in the current language, or the site's own when untranslated."""

    def compute():
        root = site_root(request)
        return root.localized.get_url(request) if root else "/"

    return _per_site(request, "home-url", compute)


def _site_links(request):
    """The site root's live public children, each in the reader's language (or
    itself, not translated yet). Menu and footer share one reading."""

    def compute():
        root = site_root(request)
        pages = list(root.get_children().live().public().specific()) if root else []
        active = Locale.get_active()
        keys = [page.translation_key for page in pages if page.locale_id != active.pk]
        translated = {
            page.translation_key: page
            for page in Page.objects.live().filter(locale=active, translation_key__in=keys)
        }
        links = []
        for page in pages:
            shown = translated.get(page.translation_key, page)
            links.append(
                SiteLink(
                    title=shown.title,
                    url=shown.get_url(request),
                    language=language_code(shown),
                    in_menu=page.show_in_menus,
                    in_footer=getattr(page, "show_in_footer", False),
                )
            )
        return links

    return _per_site(request, "site-links", compute)


def _item(request, link):
    return MenuItem(
        title=link.title,
        url=link.url,
        is_current=link.url == request.path,
        lang=link.language if link.language != get_language() else None,
    )


def menu_items(request):
    items = [_item(request, link) for link in _site_links(request) if link.in_menu]
    search_url = reverse("search")
    items.append(MenuItem(title=_("Search"), url=search_url, is_current=request.path == search_url))
    return items


def footer_items(request):
    return [_item(request, link) for link in _site_links(request) if link.in_footer]
