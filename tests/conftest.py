import pytest

from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from wagtail.models import Site

from demo.loader import load_demo_content
from home.models import HomePage
from tests import demo_snapshot
from tests.notify_server import NotifyServer
from tests.smtp_server import SMTPServer


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """Load the demo borough once; each test's transaction is rolled back after it.
    (Tests with a live server commit for real and get it back: see demo_site.)
    A run of only `unit` tests skips it: they build what they need from factories,
    so one of them runs in seconds."""
    if all(item.get_closest_marker("unit") for item in request.session.items):
        return
    with django_db_blocker.unblock():
        load_demo_content()
        demo_snapshot.take()


@pytest.fixture(autouse=True)
def reset_language_and_caches():
    """Tests that switch language or move the site root must not leak into the next."""
    yield
    translation.activate("en")
    cache.clear()


@pytest.fixture
def demo_site(db):
    """The fictional borough's site, as `make run` loads it."""
    # Tests that use a live server start from an empty database.
    if not HomePage.objects.exists():
        demo_snapshot.restore()
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(demo_site):
    return demo_site.root_page.specific


@pytest.fixture
def smtp():
    """A real mail server the site sends to, for the length of the test."""
    server = SMTPServer()
    server.start()
    with override_settings(**server.settings()):
        yield server
    server.stop()


@pytest.fixture
def notify():
    """A local server speaking GOV.UK Notify's API, which the site sends through."""
    server = NotifyServer()
    server.start()
    with override_settings(**server.settings()):
        yield server
    server.stop()
