from django.urls import include, path, reverse
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaign import admin_urls
from campaign.attribution import count_next_step
from campaign.models import (
    ConnectedPlace,
    EntryPoint,
    PartnerPack,
)
from campaign.qr import poster_languages
from core.admin_menu import RestrictedMenuItem, with_permission
from core.subjectaccess import Source


@hooks.register("before_serve_page")
def count_what_happened_next(page, request, serve_args, serve_kwargs):
    count_next_step(request, page)


@hooks.register("register_admin_urls")
def register_campaign_admin_urls():
    return [path("campaign/", include((admin_urls, "campaign_admin"), namespace="campaign_admin"))]


class DownloadsColumn(Column):
    """Links to the QR code in each format and to the posters."""

    cell_template_name = "campaign/admin/downloads_cell.html"

    def get_value(self, instance):
        links = [
            (reverse("campaign_admin:qr", args=[instance.pk, kind]), kind.upper())
            for kind in ("svg", "png", "pdf")
        ]
        # A poster in each language its phase is written in; the first is the phase's own.
        main_language, *translations = poster_languages(instance)
        for size in ("a4", "a3"):
            poster_url = reverse("campaign_admin:poster", args=[instance.pk, size])
            links.append(
                (
                    f"{poster_url}?language={main_language}",
                    gettext("%(size)s poster") % {"size": size.upper()},
                )
            )
            links += [
                (
                    f"{poster_url}?language={language_code}",
                    gettext("%(size)s poster in %(language)s")
                    % {
                        "size": size.upper(),
                        "language": get_language_info(language_code)["name_translated"],
                    },
                )
                for language_code in translations
            ]
        return links


class EntryPointViewSet(SnippetViewSet):
    model = EntryPoint
    icon = "link-external"
    menu_label = _("Entry points (QR)")
    list_display = [
        "code",
        "placement",
        "place",
        "phase",
        "destination",
        DownloadsColumn("downloads", label=_("Downloads")),
    ]
    list_filter = ["placement", "destination"]
    search_fields = ["code", "place"]


class PartnerPackViewSet(SnippetViewSet):
    model = PartnerPack
    icon = "folder-open-inverse"
    menu_label = _("Partner packs")
    list_display = ["title", "partner_type", "audience", "phase", LiveStatusTagColumn()]
    list_filter = ["partner_type", "live"]


class ConnectedPlaceViewSet(SnippetViewSet):
    model = ConnectedPlace
    icon = "home"
    menu_label = _("Connected places")
    list_display = ["name", "kind", "area", "status", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["name", "address"]


class CampaignViewSetGroup(SnippetViewSetGroup):
    items = (EntryPointViewSet, PartnerPackViewSet, ConnectedPlaceViewSet)
    menu_icon = "bullhorn"
    menu_label = _("Campaign")
    menu_name = "campaign"
    menu_order = 250


register_snippet(CampaignViewSetGroup)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return RestrictedMenuItem(
        _("Campaign report"),
        reverse("campaign_admin:report"),
        icon_name="table",
        order=260,
        shown_to=with_permission("campaign.view_entrypoint"),
    )


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return RestrictedMenuItem(
        _("Import entry points"),
        reverse("campaign_admin:import"),
        icon_name="upload",
        order=261,
        shown_to=with_permission("campaign.add_entrypoint"),
    )


def place_export(place):
    """Everything a connected-place sign-up holds, for a subject access request."""
    return {
        "place": place.name,
        "kind": place.kind,
        "address": place.address,
        "area": place.area.name if place.area else None,
        "offer": place.offer,
        "contact_name": place.contact_name,
        "contact_email": place.contact_email,
        "status": place.status,
        "signed_up": place.created_at.isoformat(),
    }


@hooks.register("register_personal_data")
def connected_places_personal_data():
    return Source.logged_in_wagtail(
        key="connected_place",
        label=_("Connected-place sign-up"),
        model=ConnectedPlace,
        describe=lambda place: f"{place.name}, {place.created_at:%Y-%m-%d}",
        export=place_export,
        title=lambda place: f"Connected place sign-up {place.pk}",
    )
