"""Builds the demo site from the data files in demo/data/. Every step looks for
what it would create first, so running it again changes nothing."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import Locale, Page, Site

from core.indexing import indexing_deferred
from core.models import CouncilSettings, CouncilText, StandardPage
from core.sites import site_address, update_default_site_address
from demo import data
from demo.campaign_loader import ensure_campaign_home, load_campaign
from demo.directory_loader import ensure_find_page, load_directory
from demo.feeds_loader import load_feeds
from demo.pages import add_child, child, publish, translate
from directory.permissions import DIRECTORY_TEAM
from home.models import HomePage
from search.models import Synonym


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


def ensure_home_page(root, spec):
    """The home page in the site's main language, and whether it was new."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is not None:
        return home, False
    # Its cards link to pages that can only be made beneath it, so they come later.
    home = HomePage(
        slug="home",
        title=spec["title"],
        heading=spec["heading"],
        introduction=spec["introduction"],
        live=False,
    )
    root.add_child(instance=home)
    return home, True


def ensure_site(home, site_name):
    """The default Site, at the address in WAGTAILADMIN_BASE_URL (`make run` passes
    the one it serves at), so every absolute link points there."""
    site = update_default_site_address()
    if site is None:
        hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
        return Site.objects.create(
            hostname=hostname, port=port, is_default_site=True, root_page=home, site_name=site_name
        )
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site_name
        site.save()
    return site


def ensure_information_pages(home):
    pages = {}
    for spec in data.read("pages"):
        page = child(home, spec["slug"])
        if page is None:
            fields = {name: value for name, value in spec.items() if name != "translations"}
            fields["body"] = data.stream(spec["body"])
            page = add_child(home, StandardPage(**fields))
        pages[spec["slug"]] = page
    return pages


def ensure_information_page_translations(pages):
    """Each information page in the other languages; needs the home page's translations."""
    for code, spec, fields in data.translations(data.read("pages")):
        translate(pages[spec["slug"]], code, {**fields, "body": data.stream(fields["body"])})


def home_fields(content, targets, pages):
    return {
        "title": content["title"],
        "heading": content["heading"],
        "introduction": content["introduction"],
        "search_description": content["introduction"],
        "actions": [
            (
                "action",
                {
                    "heading": card["heading"],
                    "text": card["text"],
                    "link": {"page": pages[target], "url": "", "text": card["link_text"]},
                },
            )
            for target, card in zip(targets, content["cards"], strict=True)
        ],
    }


def ensure_home_translations(home, spec, pages):
    targets = [card["target"] for card in spec["cards"]]
    for code, _spec, content in data.translations([spec]):
        translate(home, code, home_fields(content, targets, pages))


def ensure_council(site):
    """The Site's council name, service name and footer, translated into every language."""
    council_settings = CouncilSettings.for_site(site)
    if council_settings.text is not None:
        return
    council = data.read("council")
    text = CouncilText.objects.create(
        council_name=council["council_name"],
        service_name=council["service_name"],
        footer_text=council["footer_text"],
        locale=Locale.get_default(),
    )
    for code, _council, fields in data.translations([council]):
        translation = text.copy_for_translation(Locale.objects.get(language_code=code))
        translation.council_name = fields["council_name"]
        translation.service_name = fields["service_name"]
        translation.footer_text = fields["footer_text"]
        translation.save()
    council_settings.text = text
    council_settings.save()


def ensure_synonyms():
    """The search synonyms, which the directory team may edit."""
    for spec in data.read("synonyms"):
        Synonym.objects.get_or_create(
            locale=Locale.objects.get(language_code=spec["language"]), words=spec["words"]
        )
    team = Group.objects.get(name=DIRECTORY_TEAM)
    team.permissions.add(
        *Permission.objects.filter(content_type__app_label="search", codename__endswith="_synonym")
    )


@transaction.atomic
def load_demo_content():
    # Hundreds of pages are published: index each once, at the end.
    with indexing_deferred():
        ensure_locales()
        root = ensure_tree_root()
        remove_wagtail_welcome_page(root)
        spec = data.read("home")
        home, is_new = ensure_home_page(root, spec)
        ensure_council(ensure_site(home, spec["site_name"]))
        pages = ensure_information_pages(home)
        find_page = ensure_find_page(home, pages)
        pages[find_page.slug] = find_page
        campaign = ensure_campaign_home(home)
        pages[campaign.slug] = campaign
        if is_new:
            targets = [card["target"] for card in spec["cards"]]
            for name, value in home_fields(spec, targets, pages).items():
                setattr(home, name, value)
            publish(home)
        ensure_home_translations(home, spec, pages)
        ensure_information_page_translations(pages)
        load_directory(find_page)
        ensure_synonyms()
        load_campaign(campaign)
        load_feeds()
    # Wagtail caches where each language's home page lives; new translations move it.
    Site.clear_site_root_paths_cache()
    return home
