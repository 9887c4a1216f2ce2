"""Who runs the site, as the header, footer and error pages name it.

Editors set it in the admin: the Site's "Council" setting chooses a council text
(name and footer line), translated into each language with wagtail-localize. The
error pages may be showing a database fault, so they never ask the database: they
name the council from the deployment's settings (COUNCIL_NAME, COUNCIL_PHONE).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, gettext

from core.models import CouncilSettings
from core.pagecache import remember


@dataclass(frozen=True)
class Council:
    name: str
    footer_text: str
    phone: str


def fallback_council():
    """The council from settings alone: no database query. A name the catalogues
    know (the default) is shown in the reader's language."""
    name = gettext(settings.COUNCIL_NAME)
    return Council(
        name=name,
        footer_text=gettext("Run by %(council)s with the borough's voluntary and community groups.")
        % {"council": name},
        phone=settings.COUNCIL_PHONE,
    )


def council_for(request):
    """The council as the Site's setting names it, in the reader's language where
    translated, else in the default language; the settings' council until one is set."""
    if not hasattr(request, "council"):
        # Every page shows it and only an edit changes it: kept with the menus.
        request.council = remember(
            f"council:{request.get_host()}:{get_language()}", lambda: _council_setting(request)
        )
    return request.council


def _council_setting(request):
    text = CouncilSettings.for_request(request).text
    if text is None:
        return fallback_council()
    text = text.localized
    return Council(text.council_name, text.footer_text, settings.COUNCIL_PHONE)
