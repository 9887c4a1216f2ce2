from django.core import signing
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Locale

from core.counters import count_today
from core.forms import error_list
from core.pagecache import do_not_cache, remember
from directory.calendar import activities_calendar, calendar_response
from directory.finder import ActivityFinder, agenda_for, finder_for, results_for
from directory.forms import DATE_RANGE, FILTER_NAMES, FindForm, View
from directory.freshness import next_check_due, read_confirm_token
from directory.models import ActivityPage, Area, RoomForNewcomers, ZeroResultSearch
from directory.taxonomy import INTEREST_INVITATIONS
from directory.translations import sync_translations

RESULTS_PER_PAGE = 20


def areas():
    """The borough's areas, a filter on every find page: kept until the next edit."""
    return remember("areas", lambda: list(Area.objects.all()))


def find(request, index_page, interest=None):
    """The find page: a GET form, so every search has its own address."""
    data = request.GET.copy()
    if interest:
        data.setlist("interest", [interest, *data.getlist("interest")])
    form = FindForm(data, areas=areas())
    valid = form.is_valid()
    # A value not understood is reported (and answered with a 400, so the address
    # is not indexed) but the search still runs with everything that was understood.
    criteria = form.cleaned_data
    finding = finder_for(index_page, criteria, form.location).find()

    page = Paginator(finding.ids, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    searched = valid and any(criteria.get(name) for name in ["q", "postcode", *FILTER_NAMES])
    if searched and not finding.ids:
        record_zero_result(criteria, form.location)
        do_not_cache(request)  # each such search is counted

    context = index_page.get_context(request)
    context.update(
        form=form,
        errors=error_list(form),
        results=results_for(list(page.object_list), finding.distances),
        page_obj=page,
        total=len(finding.ids),
        filter_groups=filter_groups(form, finding.counts),
        interest_heading=INTEREST_INVITATIONS.get(interest) if interest else None,
        query_string=without_page(request.GET),
        calendar_url=f"{index_page.url}{index_page.reverse_subpage('calendar_view')}"
        f"?{without_page(data)}",
        views=view_links(request.GET, criteria.get("view") or View.LIST),
        date_range_count=finding.counts["when"].get(DATE_RANGE, 0)
        if criteria.get("date_range")
        else None,
    )
    if criteria.get("view") == View.AGENDA:
        context["agenda"], context["agenda_cut"] = agenda_for(finding)
    return TemplateResponse(
        request, index_page.get_template(request), context, status=200 if valid else 400
    )


# A calendar of more than this many activities helps nobody.
MAX_CALENDAR_ACTIVITIES = 200


def search_calendar(request, index_page):
    """The activities a find-page search gives, as one iCalendar file."""
    form = FindForm(request.GET, areas=areas())
    if not form.is_valid():
        problems = " ".join(str(error) for errors in form.errors.values() for error in errors)
        return HttpResponseBadRequest(problems, content_type="text/plain; charset=utf-8")
    finding = ActivityFinder(index_page, form.cleaned_data, form.location).find()
    ids = finding.ids[:MAX_CALENDAR_ACTIVITIES]
    activities = (
        ActivityPage.objects.filter(pk__in=ids)
        .select_related("venue")
        .prefetch_related("schedules", "breaks")
        .in_bulk()
    )
    # Chosen dates give a calendar of the sessions on those dates only.
    dated = bool(form.cleaned_data.get("when") or form.cleaned_data.get("date_range"))
    ical = activities_calendar(
        index_page.title,
        [activities[pk] for pk in ids],
        request,
        sessions=finding.sessions if dated else None,
    )
    return calendar_response(ical, index_page.slug)


# Fields shown in a filter's group after its checkboxes, and the template that shows them.
GROUP_EXTRAS = {"when": (["from_date", "to_date"], "directory/components/date_range_fields.html")}


def filter_groups(form, counts):
    """Each filter as a group of checkboxes, each option with how many it would find."""
    groups = []
    for name in FILTER_NAMES:
        extra_fields, extra_template = GROUP_EXTRAS.get(name, ([], None))
        groups.append(
            {
                "field": form[name],
                "counts": counts.get(name, {}),
                "open": any(form.data.getlist(field) for field in [name, *extra_fields]),
                "extra": extra_template,
            }
        )
    return groups


def view_links(query, current):
    """The same search as a list and by date: (value, label, address, current)."""
    links = []
    for value, label in View.CHOICES:
        query = query.copy()
        query.pop("page", None)
        query["view"] = value
        links.append((value, label, f"?{query.urlencode()}", value == current))
    return links


def without_page(query):
    query = query.copy()
    query.pop("page", None)
    return query.urlencode()


def record_zero_result(criteria, location):
    """Count a search that found nothing, for gap analysis: no personal data kept."""
    filters = ";".join(
        f"{name}={','.join(sorted(criteria[name]))}" for name in FILTER_NAMES if criteria.get(name)
    )
    count_today(
        ZeroResultSearch,
        language=get_language(),
        query=criteria.get("q", "")[:100].lower(),
        filters=filters[:500],
        postcode_district=location.district if location else "",
    )


def confirm_listing(request, token):
    """The "still running as described" link from a check reminder: no sign-in,
    one button (a GET must not change anything: mail scanners follow links)."""
    try:
        key, checked = read_confirm_token(token)
    except signing.BadSignature:
        return render(request, "directory/confirm_listing.html", {"expired": True}, status=400)
    activity = get_object_or_404(
        ActivityPage.objects.live(), translation_key=key, locale=Locale.get_default()
    )
    context = {
        "activity": activity,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[activity.pk]),
        "answers": RoomForNewcomers.Answer.choices,
    }
    if request.method == "POST" and "newcomers" in request.POST:
        # The same link says whether there is room for newcomers this week.
        answer = request.POST["newcomers"]
        if answer not in RoomForNewcomers.Answer.values:
            return render(request, "directory/confirm_listing.html", context, status=400)
        RoomForNewcomers.say(activity, answer)
        context["newcomers_said"] = RoomForNewcomers.Answer(answer).label
    if activity.last_checked.isoformat() > checked:
        context["already"] = True
    elif request.method == "POST" and "newcomers" not in request.POST:
        today = timezone.localdate()
        due = next_check_due(today, activity.organisation.review_interval_months)
        # Saved, not published: a draft open in the editor must not go live by this.
        ActivityPage.objects.filter(pk=activity.pk).update(last_checked=today, review_due_on=due)
        activity.last_checked, activity.review_due_on = today, due
        sync_translations(activity)
        context.update(confirmed=True, next_check=due)
    return render(request, "directory/confirm_listing.html", context)
