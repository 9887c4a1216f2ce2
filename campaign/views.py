"""Public views: the short QR address, partner packs and connected places."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from wagtail.models import Locale

from campaign.attribution import tracked_destination
from campaign.forms import ConnectedPlaceForm
from campaign.models import (
    CampaignPage,
    ConnectedPlace,
    Destination,
    EntryPoint,
    PlaceStatus,
    ScanCount,
    find_url,
    published_packs,
)
from core.counters import count_today
from core.forms import error_list, read_protected_post, started_at


def reader_locale():
    try:
        return Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist:
        return Locale.get_default()


def home_url(locale):
    return f"/{locale.language_code}/"


def get_a_hand_url(locale):
    with override(locale.language_code):
        return reverse("referrals:start")


def destination_url(entry_point, locale):
    """Where an entry point leads today, in the reader's language where there is one."""
    if entry_point.destination == Destination.GET_A_HAND:
        return get_a_hand_url(locale)
    if entry_point.destination == Destination.SEARCH:
        return find_url(locale, entry_point.destination_search) or home_url(locale)
    page = entry_point.destination_page
    if page is None or not page.live:
        return home_url(locale)
    translation = page.get_translation_or_none(locale)
    return (translation if translation and translation.live else page).url


@require_safe
def go(request, code):
    """/go/<code>: count the scan (no address, no cookie) and send people on their way."""
    locale = reader_locale()
    entry_point = EntryPoint.objects.filter(code=code.lower()).select_related("phase").first()
    if entry_point is None:
        response = TemplateResponse(
            request,
            "campaign/unknown_code.html",
            {
                "code": code[:40],
                "find_url": find_url(locale),
                "get_a_hand_url": get_a_hand_url(locale),
                "campaign": CampaignPage.objects.live().filter(locale=locale).first()
                or CampaignPage.objects.live().first(),
            },
            # A 404 that still offers ways in, not a dead end.
            status=404,
        )
    else:
        if request.method == "GET":
            count_today(ScanCount, entry_point=entry_point)
        phase = slugify(entry_point.phase.name) if entry_point.phase else ""
        response = HttpResponseRedirect(
            tracked_destination(entry_point, destination_url(entry_point, locale), phase)
        )
    response["Cache-Control"] = "no-store"
    return response


def partner_packs(request, campaign):
    context = campaign.get_context(request)
    context["packs"] = published_packs(campaign.locale)
    return TemplateResponse(request, "campaign/partner_packs.html", context)


def connected_places(request, campaign):
    context = campaign.get_context(request)
    context["places"] = ConnectedPlace.objects.filter(status=PlaceStatus.APPROVED).select_related(
        "area"
    )
    context["joined"] = request.GET.get("joined") == "1"
    return TemplateResponse(request, "campaign/connected_places.html", context)


@never_cache  # it takes a name and an email address
@require_http_methods(["GET", "POST"])
def connected_place_join(request, campaign):
    status = 200
    notice = None
    if request.method == "GET":
        form = ConnectedPlaceForm()
    else:
        form, status, notice = read_protected_post(
            request,
            ConnectedPlaceForm,
            bucket="connected-place",
            limit=settings.CAMPAIGN_CONNECTED_PLACE_LIMIT,
            paused_notice=_(
                "We have had a lot of sign-ups from your connection in a short time, so we have "
                "paused for a while. Your answers are below: try sending them again in an hour."
            ),
            check_notice=_("Please check your answers, then send them again."),
        )
        if status == 200:
            form.save()
            return redirect(
                campaign.url + campaign.reverse_subpage("connected_places_view") + "?joined=1"
            )
    context = campaign.get_context(request)
    context.update(
        form=form,
        errors=error_list(form) if form.is_bound else [],
        notice=notice,
        fill_time_token=started_at(request),
    )
    return TemplateResponse(request, "campaign/connected_place_join.html", context, status=status)
