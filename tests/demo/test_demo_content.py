import pytest

from django.apps import apps
from django.conf import settings
from django.core.management import call_command

from wagtail.models import Page

from campaign.models import CampaignPage
from core.factories import StandardPageFactory
from home.models import HomePage


def snapshot():
    """How many rows each table holds, and the page tree."""
    return (
        {model._meta.label: model._default_manager.count() for model in apps.get_models()},
        list(Page.objects.order_by("path").values_list("path", "title", "live")),
    )


@pytest.mark.django_db
def test_demo_content_gives_a_live_home_page_in_every_language(demo_site):
    homes = HomePage.objects.live().select_related("locale")

    assert sorted(home.locale.language_code for home in homes) == sorted(
        code for code, _name in settings.LANGUAGES
    )
    assert demo_site.root_page.specific.heading == "Find people and things to do near you"


@pytest.mark.django_db
def test_wagtails_placeholder_welcome_page_is_replaced(demo_site):
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()


@pytest.mark.django_db
def test_loading_the_demo_content_twice_changes_nothing(settings, capsys):
    settings.DEBUG = True
    call_command("load_demo_content")
    first = snapshot()

    call_command("load_demo_content")

    assert snapshot() == first
    assert "password 'getconnected-dev'" in capsys.readouterr().out


@pytest.mark.django_db
def test_no_admin_login_is_made_when_debug_is_off(django_user_model, capsys):
    call_command("load_demo_content")

    assert not django_user_model.objects.exists()
    assert "password" not in capsys.readouterr().out


@pytest.mark.django_db
def test_reloading_an_older_demo_database_replaces_its_plain_campaign_page(demo_site):
    home = demo_site.root_page
    for page in list(CampaignPage.objects.all()):
        page.delete()
    StandardPageFactory(parent=home, slug="getting-connected", title="Getting connected")

    call_command("load_demo_content", verbosity=0)

    campaign = home.get_children().get(slug="getting-connected").specific
    assert isinstance(campaign, CampaignPage)


@pytest.mark.django_db
def test_information_pages_read_in_every_language(client, demo_site):
    for code, _name in settings.LANGUAGES:
        content = client.get(f"/{code}/get-a-hand/").content.decode()

        assert f'<html lang="{code}"' in content
        assert f'href="/{code}/get-a-hand/start/"' in content  # asking online, in that language
        for slug in ("privacy", "accessibility"):
            assert client.get(f"/{code}/{slug}/").status_code == 200

    arabic = client.get("/ar/get-a-hand/").content.decode()
    assert "How to get in touch" not in arabic
