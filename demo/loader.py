"""Builds the demo site. Every step looks for what it would create first, so
running it again changes nothing."""

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site

from core.indexing import indexing_deferred
from core.models import CouncilSettings, CouncilText, StandardPage
from core.sites import site_address, update_default_site_address
from demo.campaign_loader import ensure_campaign_home, load_campaign
from demo.council import COUNCIL
from demo.directory_loader import ensure_find_page, load_directory
from demo.feeds_loader import load_feeds
from demo.home import CARD_TARGETS, HOME_PAGE
from demo.pages import INFORMATION_PAGES
from demo.translated_pages import TRANSLATED_PAGES
from home.models import HomePage

SITE_NAME = "Get connected in Kellbrook"


def ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_tree_root():
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", locale=Locale.get_default()))
    return root


def remove_wagtail_welcome_page(root):
    """Wagtail's first migration creates a placeholder home page; ours replaces it."""
    for page in root.get_children().exact_type(Page):
        page.delete()


def ensure_home_page(root):
    """The home page in the site's main language, and whether it was new."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is not None:
        return home, False
    content = HOME_PAGE[settings.LANGUAGE_CODE]
    # Its cards link to pages that can only be made beneath it, so they come later.
    home = HomePage(slug="home", title=content["title"], live=False)
    home.heading, home.introduction = content["heading"], content["introduction"]
    root.add_child(instance=home)
    return home, True


def ensure_site(home):
    """The default Site, at the address in WAGTAILADMIN_BASE_URL (`make run` passes
    the one it serves at), so every absolute link points there."""
    site = update_default_site_address()
    if site is None:
        hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
        return Site.objects.create(
            hostname=hostname, port=port, is_default_site=True, root_page=home, site_name=SITE_NAME
        )
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()
    return site


def ensure_information_pages(home):
    pages = {}
    for spec in INFORMATION_PAGES:
        page = home.get_children().filter(slug=spec["slug"]).specific().first()
        if page is None:
            page = StandardPage(**spec)
            home.add_child(instance=page)
            page.save_revision().publish()
        pages[spec["slug"]] = page
    return pages


def ensure_information_page_translations(pages):
    """Each information page in the other languages; needs the home page's translations."""
    for code, translated in TRANSLATED_PAGES.items():
        locale = Locale.objects.get(language_code=code)
        for slug, content in translated.items():
            if pages[slug].get_translation_or_none(locale) is not None:
                continue
            translation = pages[slug].copy_for_translation(locale)
            for field, value in content.items():
                setattr(translation, field, value)
            translation.save_revision().publish()


def action_cards(cards, pages):
    return [
        (
            "action",
            {
                "heading": heading,
                "text": text,
                "link": {"page": pages[slug], "url": "", "text": link_text},
            },
        )
        for slug, (heading, text, link_text) in zip(CARD_TARGETS, cards, strict=True)
    ]


def publish_home_content(home, content, pages):
    home.title = content["title"]
    home.heading = content["heading"]
    home.introduction = content["introduction"]
    home.search_description = content["introduction"]
    home.actions = action_cards(content["cards"], pages)
    home.save_revision().publish()


def ensure_home_translations(home, pages):
    for code, content in HOME_PAGE.items():
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        if home.get_translation_or_none(locale) is None:
            translation = home.copy_for_translation(locale)
            publish_home_content(translation, content, pages)


def ensure_council(site):
    """The Site's council name and footer, translated into every language."""
    council_settings = CouncilSettings.for_site(site)
    if council_settings.text is not None:
        return
    source = Locale.get_default()
    english = CouncilText.objects.create(
        council_name=COUNCIL[source.language_code][0],
        footer_text=COUNCIL[source.language_code][1],
        locale=source,
    )
    for locale in Locale.objects.exclude(pk=source.pk):
        translation = english.copy_for_translation(locale)
        translation.council_name, translation.footer_text = COUNCIL[locale.language_code]
        translation.save()
    council_settings.text = english
    council_settings.save()


@transaction.atomic
def load_demo_content():
    # Hundreds of pages are published: index each once, at the end.
    with indexing_deferred():
        ensure_locales()
        root = ensure_tree_root()
        remove_wagtail_welcome_page(root)
        home, is_new = ensure_home_page(root)
        ensure_council(ensure_site(home))
        pages = ensure_information_pages(home)
        find_page = ensure_find_page(home, help_page=pages["get-a-hand"])
        pages["things-to-do"] = find_page
        campaign = pages["getting-connected"] = ensure_campaign_home(home)
        if is_new:
            publish_home_content(home, HOME_PAGE[settings.LANGUAGE_CODE], pages)
        ensure_home_translations(home, pages)
        ensure_information_page_translations(pages)
        load_directory(find_page)
        load_campaign(campaign)
        load_feeds()
    # Wagtail caches where each language's home page lives; new translations move it.
    Site.clear_site_root_paths_cache()
    return home
