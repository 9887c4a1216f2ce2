"""What each staff role finds in the admin: only the menu entries it may use,
and the admin in any of the site's languages."""

import json

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from directory.models import OrganisationPage
from directory.permissions import ensure_editors_group
from referrals.routing import COMMISSIONERS, CONNECTORS

pytestmark = pytest.mark.django_db

CAMPAIGN_ENTRIES = ["Campaign report", "Import entry points"]


def staff_member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(group)
    return user


@pytest.fixture
def organiser(django_user_model):
    organisation = OrganisationPage.objects.filter(locale=Locale.get_default()).first()
    return staff_member(django_user_model, "organiser", ensure_editors_group(organisation))


@pytest.mark.parametrize("group_name", [CONNECTORS, COMMISSIONERS, None])
def test_roles_without_the_campaign_see_no_campaign_entries(
    client, django_user_model, organiser, group_name
):
    user = (
        staff_member(django_user_model, "staff", Group.objects.get(name=group_name))
        if group_name
        else organiser
    )
    client.force_login(user)
    menu = client.get("/admin/").content.decode()
    for entry in CAMPAIGN_ENTRIES:
        assert entry not in menu
    # What they were shown before and could not open:
    assert client.get("/admin/campaign/report/").status_code in (302, 403)


def test_the_comms_team_sees_the_campaign_entries(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("comms", password="pw"))
    menu = client.get("/admin/").content.decode()
    for entry in CAMPAIGN_ENTRIES:
        assert entry in menu


@pytest.mark.parametrize(
    "language, problem_reports",
    [("bn", "সমস্যার রিপোর্ট"), ("so", "Warbixinnada dhibaatooyinka"), ("ur", "مسئلے کی رپورٹیں")],
)
def test_an_editor_can_use_the_admin_in_a_language_wagtail_lacks(
    client, organiser, language, problem_reports
):
    client.force_login(organiser)
    form = client.get("/admin/account/").content.decode()
    assert f'value="{language}"' in form  # offered in the language choice

    profile = UserProfile.get_for_user(organiser)
    profile.preferred_language = language
    profile.save()
    page = client.get("/admin/").content.decode()
    assert f'lang="{language}"' in page
    # The project's own entries are in the editor's language (the menu is JSON).
    assert "Problem reports" not in page
    assert json.dumps(problem_reports)[1:-1] in page or problem_reports in page
