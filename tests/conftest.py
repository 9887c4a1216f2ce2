import pytest

from django.utils import translation

from wagtail.models import Site

from core.demo.loader import load_demo_content


@pytest.fixture(autouse=True)
def reset_language():
    """Tests that switch language must not leak it into the next test."""
    yield
    translation.activate("en")


@pytest.fixture
def demo_site(db):
    """The fictional borough's site, as `make run` loads it."""
    load_demo_content()
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(demo_site):
    return demo_site.root_page.specific
