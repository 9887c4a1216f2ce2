"""'Report a problem with this listing': the resident's form and its confirmation."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale, Page

from core.forms import error_list, read_protected_post, started_at
from directory.forms import ProblemReportForm
from directory.problems import create_report

PRIVACY_NOTICE_SLUG = "privacy"


def privacy_notice_url():
    pages = Page.objects.live().filter(slug=PRIVACY_NOTICE_SLUG)
    page = (
        pages.filter(locale=Locale.get_active()).first()
        or pages.filter(locale=Locale.get_default()).first()
    )
    return page.url if page else None


@never_cache  # it takes a name and an email address
@require_http_methods(["GET", "POST"])
def report_problem(request, activity):
    status = 200
    notice = None
    if request.method == "GET":
        form = ProblemReportForm()
    else:
        form, status, notice = read_protected_post(
            request,
            ProblemReportForm,
            bucket="problem-report",
            limit=settings.DIRECTORY_PROBLEM_REPORT_LIMIT,
            paused_notice=_(
                "We have had a lot of reports from your connection in a short time, so we have "
                "paused for a while. Your report is below: try sending it again in an hour."
            ),
            check_notice=_("Please check your report, then send it again."),
        )
        if status == 200:
            create_report(
                activity,
                kind=form.cleaned_data["kind"],
                details=form.cleaned_data["details"],
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                language=get_language(),
            )
            return redirect(activity.url + activity.reverse_subpage("problem_reported_view"))
    return render(
        request,
        "directory/report_problem.html",
        {
            "activity": activity,
            "form": form,
            "errors": error_list(form) if form.is_bound else [],
            "notice": notice,
            "fill_time_token": started_at(request),
            "back_url": activity.url,
            "privacy_url": privacy_notice_url(),
            "contact_days": settings.DIRECTORY_PROBLEM_CONTACT_DAYS,
        },
        status=status,
    )


def problem_reported(request, activity):
    return render(request, "directory/problem_reported.html", {"activity": activity})
