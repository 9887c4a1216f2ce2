import pytest

from wagtail.models import Page, Site

from directory.factories import AreaFactory, DirectoryIndexPageFactory, OrganisationPageFactory
from home.factories import HomePageFactory
from tests.referrals.conftest import make_user  # noqa: F401 (a fixture, shared)


@pytest.fixture
def find_page(db):
    """A bare site with an empty find page: tests add exactly the activities they need."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="test-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    Site.clear_site_root_paths_cache()
    return DirectoryIndexPageFactory(parent=home)


@pytest.fixture
def organisation(find_page):
    return OrganisationPageFactory(parent=find_page, title="Ashgrove Friends", slug="ashgrove")


@pytest.fixture
def fenmoor():
    return AreaFactory(name="Fenmoor", slug="fenmoor")


@pytest.fixture
def millfield():
    return AreaFactory(name="Millfield", slug="millfield")
