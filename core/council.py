"""Who runs the site and what the service is called, as the header, footer, page
titles, emails, posters and calendars name them.

Editors set them in the admin: the Site's "Council" setting chooses a council text
(council name, service name and footer line), translated into each language with
wagtail-localize. The error pages may be showing a database fault, so they never
ask the database: they take the names from the deployment's settings
(COUNCIL_NAME, COUNCIL_SERVICE_NAME, COUNCIL_PHONE).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, gettext, override

from wagtail.models import Site

from core.models import CouncilSettings
from core.pagecache import remember


@dataclass(frozen=True)
class Council:
    name: str
    footer_text: str
    phone: str
    service_name: str


def fallback_council():
    """The council from settings alone: no database query. Names the catalogues
    know (the defaults) are shown in the reader's language."""
    name = gettext(settings.COUNCIL_NAME)
    return Council(
        name=name,
        footer_text=gettext("Run by %(council)s with the borough's voluntary and community groups.")
        % {"council": name},
        phone=settings.COUNCIL_PHONE,
        service_name=gettext(settings.COUNCIL_SERVICE_NAME),
    )


def council_for(request):
    """The council as the Site's setting names it, in the reader's language where
    translated, else in the default language; the settings' council until one is set."""
    if not hasattr(request, "council"):
        # Every page shows it and only an edit changes it: kept with the menus.
        request.council = remember(
            f"council:{request.get_host()}:{get_language()}",
            lambda: _council_setting(CouncilSettings.for_request(request)),
        )
    return request.council


def default_council():
    """The default Site's council, in the active language, for what is made without
    a request: emails, posters, calendars and the Open Referral records."""
    return remember(f"council:default-site:{get_language()}", _default_site_council)


def council_in_default_language():
    """The default Site's council in the site's main language (calendars' product
    id, the Open Referral API)."""
    with override(settings.LANGUAGE_CODE):
        return default_council()


def _default_site_council():
    site = Site.objects.filter(is_default_site=True).first()
    return fallback_council() if site is None else _council_setting(CouncilSettings.for_site(site))


def _council_setting(council_settings):
    text = council_settings.text
    if text is None:
        return fallback_council()
    text = text.localized
    return Council(text.council_name, text.footer_text, settings.COUNCIL_PHONE, text.service_name)


def signature():
    """The line that ends an email to a resident: the service, and who runs it."""
    council = default_council()
    return gettext("%(service)s, %(council)s") % {
        "service": council.service_name,
        "council": council.name,
    }
