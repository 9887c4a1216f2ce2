"""The directory team's queue of likely duplicates: a feed item beside the listing it
looks like, which fields the feed should keep up to date, and the decision."""

import django_filters

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.admin_listings import ListingView
from directory.admin_views import DirectoryTeamOnlyMixin
from feeds.duplicates import keep_apart, merge
from feeds.listings import Listing
from feeds.models import OWNABLE, LikelyDuplicate
from feeds.sync import break_rows, schedule_rows

REASONS = {
    "identifier": _("the same charity, company or Open Referral identifier"),
    "name": _("alike names"),
    "organisation": _("the same organisation"),
    "postcode": _("the same postcode"),
    "schedule": _("the same days and times"),
}


class LikelyDuplicateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=LikelyDuplicate.Status.choices)

    class Meta:
        model = LikelyDuplicate
        fields = []


def percent(duplicate):
    return f"{round(duplicate.score * 100)}%"


class LikelyDuplicatesView(DirectoryTeamOnlyMixin, ListingView):
    model = LikelyDuplicate
    page_title = _("Likely duplicates")
    header_icon = "copy"
    index_url_name = "likely_duplicates"
    index_results_url_name = "likely_duplicates_results"
    filterset_class = LikelyDuplicateFilterSet
    paginate_by = 50
    default_ordering = "created_at"
    export_filename = "likely-duplicates"
    list_export = ["title", "activity", "source", "score", "created_at", "age", "status"]
    columns = [
        TitleColumn(
            "title",
            label=_("From the feed"),
            accessor=lambda duplicate: duplicate.listing.get("title", ""),
            url_name="likely_duplicate",
        ),
        Column("activity", label=_("Looks like"), accessor="activity.title"),
        Column("source", label=_("Feed"), accessor="item.source.name"),
        Column("score", label=_("Score"), accessor=percent),
        DateColumn("created_at", label=_("Found"), sort_key="created_at"),
        Column("age", label=_("Waiting for"), accessor=lambda item: timesince(item.created_at)),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("activity", "item__source")


class MergeForm(forms.Form):
    """For each field, whether the listing keeps its own or the feed keeps it up to date."""

    def __init__(self, *args, defaults, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in OWNABLE:
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=[("listing", _("Keep the listing's")), ("feed", _("The feed's"))],
                initial=defaults[name],
                widget=forms.RadioSelect,
            )

    def owned(self):
        return [name for name, _label in OWNABLE if self.cleaned_data[name] == "feed"]


def sessions_in_words(schedules, breaks):
    lines = [
        _("%(how_often)s, %(day)s %(start)s to %(end)s, from %(first)s")
        % {
            "how_often": schedule.get_frequency_display(),
            "day": schedule.get_weekday_display() or "",
            "start": schedule.start_time.strftime("%H:%M"),
            "end": schedule.end_time.strftime("%H:%M"),
            "first": schedule.starts_on.isoformat(),
        }
        for schedule in schedules
    ]
    lines += [
        _("Not running %(first)s to %(last)s")
        % {"first": pause.starts_on.isoformat(), "last": pause.ends_on.isoformat()}
        for pause in breaks
    ]
    return "\n".join(lines)


class LikelyDuplicateView(DirectoryTeamOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "feeds/admin/likely_duplicate.html"
    header_icon = "copy"

    @cached_property
    def duplicate(self):
        # Looked up once the team check has passed: others learn nothing of which exist.
        return get_object_or_404(
            LikelyDuplicate.objects.select_related("activity", "item__source"), pk=self.kwargs["pk"]
        )

    def get_page_title(self):
        return self.duplicate.listing.get("title", "")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("likely_duplicates"), "label": _("Likely duplicates")},
            {"url": "", "label": self.get_page_title()},
        ]

    def rows(self):
        """(field name, label, the listing's value, the feed's value) for each field."""
        page = self.duplicate.activity.specific
        listing = Listing.from_json(self.duplicate.listing)
        rows = []
        for name, label in OWNABLE:
            if name == "sessions":
                ours = sessions_in_words(page.schedules.all(), page.breaks.all())
                theirs = sessions_in_words(schedule_rows(page, listing), break_rows(page, listing))
            else:
                ours, theirs = str(getattr(page, name)), str(getattr(listing, name))
            if name == "description":
                ours, theirs = strip_tags(ours), strip_tags(theirs)
            rows.append((name, label, ours.strip(), theirs.strip()))
        return rows

    def get_form(self, rows):
        # The feed's by default only where the listing says nothing.
        defaults = {
            name: "feed" if theirs and not ours else "listing" for name, _l, ours, theirs in rows
        }
        return MergeForm(self.request.POST or None, defaults=defaults)

    def get_context_data(self, **kwargs):
        rows = self.rows()
        form = kwargs.get("form") or self.get_form(rows)
        duplicate = self.duplicate
        return {
            **super().get_context_data(**kwargs),
            "duplicate": duplicate,
            "reasons": [REASONS[reason] for reason in duplicate.reasons if reason in REASONS],
            "score": percent(duplicate),
            "rows": [(label, ours, theirs, form[name]) for name, label, ours, theirs in rows],
            "form": form,
        }

    def post(self, request, *args, **kwargs):
        decision = request.POST.get("decision")
        if decision == "merge":
            form = self.get_form(self.rows())
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(form=form))
            if merge(self.duplicate, form.owned(), request.user):
                messages.success(request, _("Merged: the feed now keeps this listing up to date."))
        elif decision == "apart" and keep_apart(self.duplicate, request.user):
            messages.success(request, _("Kept apart: the feed's item is a listing of its own."))
        return redirect(request.path)
