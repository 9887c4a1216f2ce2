"""The shortlist's pages: the list, its PDF handout, and "send it to me"."""

import hashlib

from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from core.forms import error_list, read_protected_post, started_at
from directory.models import DirectoryIndexPage
from directory.shortlist import format_ids, local_path, parse_ids, shortlist_url, with_shortlist
from shortlist.forms import SendShortlistForm
from shortlist.handout import handout_pdf, online_address, qr_svg, shortlist_items
from shortlist.models import ShortlistMessage


def find_page_url():
    pages = DirectoryIndexPage.objects.live().public()
    page = pages.filter(locale=Locale.get_active()).first() or pages.first()
    return page.url if page else "/"


def show(request):
    ids = parse_ids(request.GET.get("a"))
    items = shortlist_items(ids)
    ids = [item.saved_id for item in items]  # the ones that still exist
    back = local_path(request.GET.get("back")) or find_page_url()
    saved = next((item for item in items if str(item.saved_id) == request.GET.get("saved")), None)
    address = online_address(ids)
    for item in items:
        item.remove_url = shortlist_url([i for i in ids if i != item.saved_id], back=back)
    return render(
        request,
        "shortlist/shortlist.html",
        {
            "items": items,
            "saved": saved,
            "online_address": address,
            "qr_svg": qr_svg(address) if items else "",
            "keep_looking_url": with_shortlist(back, ids),
            "pdf_url": reverse("shortlist:handout") + f"?a={format_ids(ids)}",
            "send_url": reverse("shortlist:send") + f"?a={format_ids(ids)}",
        },
    )


def handout(request):
    items = shortlist_items(parse_ids(request.GET.get("a")))
    if not items:
        raise Http404(_("There is nothing on this shortlist."))
    address = online_address([item.saved_id for item in items])
    response = HttpResponse(
        handout_pdf(items, address, get_language()), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'inline; filename="shortlist.pdf"'
    return response


@never_cache  # it takes an email address
@require_http_methods(["GET", "POST"])
def send(request):
    status, notice = 200, None
    if request.method == "GET":
        form = SendShortlistForm(initial={"a": request.GET.get("a", "")})
    else:
        form, status, notice = read_protected_post(
            request,
            SendShortlistForm,
            bucket="shortlist-email",
            limit=settings.SHORTLIST_EMAIL_LIMIT,
            paused_notice=_(
                "We have sent a lot of emails for your connection in a short time, so we have "
                "paused for a while. Try again in an hour, or print the list instead."
            ),
            check_notice=_("Please check your answers, then send it again."),
        )
        if status == 200:
            ids = [item.saved_id for item in shortlist_items(parse_ids(form.cleaned_data["a"]))]
            if ids:
                queue_message(form.cleaned_data, ids)
                return redirect(reverse("shortlist:sent") + f"?a={format_ids(ids)}")
            status, notice = 400, _("There is nothing on this shortlist.")
    ids = parse_ids(form["a"].value())
    return render(
        request,
        "shortlist/send.html",
        {
            "form": form,
            "by_text": "method" in form.fields,
            "first_field": form["method"] if "method" in form.fields else form["email"],
            "items": shortlist_items(ids),
            "errors": error_list(form) if form.is_bound else [],
            "notice": notice,
            "fill_time_token": started_at(request),
            "back_url": shortlist_url(ids),
        },
        status=status,
    )


def queue_message(answers, ids):
    """Store the message to send, once per form however often it is sent."""
    key = hashlib.sha256(answers["started"].encode()).hexdigest()
    with transaction.atomic():
        row, created = ShortlistMessage.objects.get_or_create(
            form_key=key,
            defaults={
                "channel": answers["method"],
                "email": answers["email"],
                "phone": answers["phone"],
                "activity_ids": format_ids(ids),
                "language": get_language(),
            },
        )
        if created:
            row.send_after_commit()


def sent(request):
    return render(
        request,
        "shortlist/sent.html",
        {"back_url": shortlist_url(parse_ids(request.GET.get("a")))},
    )
