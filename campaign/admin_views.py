"""Admin views: QR downloads, posters, importing entry points, the campaign report."""

from datetime import date

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from wagtail.admin import messages
from wagtail.admin.auth import permission_required

from campaign import qr
from campaign.forms import CSV_COLUMNS, EntryPointImportForm
from campaign.models import EntryPoint
from campaign.report import build_report, report_csv

QR_FORMATS = {
    "svg": (qr.qr_svg, "image/svg+xml"),
    "png": (qr.qr_png, "image/png"),
    "pdf": (qr.qr_pdf, "application/pdf"),
}


def download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
@permission_required("campaign.view_entrypoint")
def qr_code(request, pk, kind):
    if kind not in QR_FORMATS:
        raise Http404
    entry_point = get_object_or_404(EntryPoint, pk=pk)
    render, content_type = QR_FORMATS[kind]
    return download(render(entry_point), content_type, f"qr-{entry_point.code}.{kind}")


@require_safe
@permission_required("campaign.view_entrypoint")
def poster(request, pk, size):
    if size not in qr.PAGE_SIZES:
        raise Http404
    entry_point = get_object_or_404(EntryPoint, pk=pk)
    languages = qr.poster_languages(entry_point)
    language_code = request.GET.get("language", languages[0])
    if language_code not in languages:
        raise Http404
    return download(
        qr.poster_pdf(entry_point, size, language_code),
        "application/pdf",
        f"poster-{entry_point.code}-{size}-{language_code}.pdf",
    )


@require_http_methods(["GET", "POST"])
@permission_required("campaign.add_entrypoint")
def import_entry_points(request):
    posted = request.method == "POST"
    form = EntryPointImportForm(request.POST if posted else None, request.FILES if posted else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            created = form.save()
            messages.success(
                request, _("%(count)d entry points imported.") % {"count": len(created)}
            )
            return redirect("wagtailsnippets_campaign_entrypoint:list")
        status = 400
    return TemplateResponse(
        request,
        "campaign/admin/import.html",
        {"form": form, "columns": CSV_COLUMNS, "header_title": _("Import entry points")},
        status=status,
    )


def parse_day(value):
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


@require_safe
@permission_required("campaign.view_entrypoint")
def report(request):
    first_day = parse_day(request.GET.get("from"))
    last_day = parse_day(request.GET.get("to"))
    if first_day and last_day and first_day > last_day:
        first_day, last_day = last_day, first_day
    result = build_report(first_day, last_day)
    if request.GET.get("format") == "csv":
        return download(
            report_csv(result),
            "text/csv; charset=utf-8",
            f"campaign-report-{result.first_day}-{result.last_day}.csv",
        )
    return TemplateResponse(
        request,
        "campaign/admin/report.html",
        {
            "report": result,
            "charts": [
                (_("Scans by placement"), _("Placement"), result.scan_bars(result.placements)),
                (_("Scans by phase"), _("Phase"), result.scan_bars(result.phases)),
                (_("Scans by day"), _("Day"), result.scan_bars(result.days)),
            ],
            "header_title": _("Campaign report"),
        },
    )
