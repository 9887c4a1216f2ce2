"""The connectors' inbox, the audit log and the statistics, in the Wagtail admin.

Every view of one referral, export, status change, note, assignment and
erasure is written to Wagtail's log (models.audit). Who sees which referrals
is routing.visible_referrals.
"""

import json

import django_filters

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn, UserColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Site

from core.admin_listings import ListingView
from core.spreadsheets import SafeSpreadsheetExportMixin, write_csv
from directory.models import Area
from directory.taxonomy import TERMS, Vocabulary
from referrals import casework, evaluation, outcomes
from referrals.forms import AssignForm, EvaluationPeriodForm, NoteForm, ShortlistForm, StatusForm
from referrals.models import (
    FINAL_STATUSES,
    Action,
    Note,
    Referral,
    ReferralLogEntry,
    SourceKind,
    Status,
    audit,
)
from referrals.notifications import queue_shortlist, queue_status_update, shortlist_channel
from referrals.questions import exported_answers
from referrals.retention import erase
from referrals.routing import (
    can_use_inbox,
    can_work_on,
    connectors_for,
    visible_referrals,
)
from referrals.statistics import (
    outcome_groups,
    outcome_rows,
    outcome_tables,
    referral_statistics,
    statistics_rows,
)

PER_PAGE = 50
# Who may download the evaluation export: the Evaluators group (and administrators).
EVALUATION_PERMISSION = "referrals.export_referral_evaluation"
EVALUATION_LOG_ACTION = "referrals.evaluation_export"


def can_manage_personal_data(user):
    """Export and erase on a person's request: administrators."""
    return user.has_perm("referrals.delete_referral")


class InboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    area = django_filters.ModelChoiceFilter(label=_("Area"), queryset=Area.objects.all())
    source = django_filters.ChoiceFilter(
        label=_("Source"), field_name="source_kind", choices=SourceKind.choices
    )
    interest = django_filters.ChoiceFilter(
        label=_("Interest"), choices=TERMS[Vocabulary.INTEREST], method="filter_interest"
    )
    received_from = django_filters.DateFilter(
        label=_("Received from"), field_name="created_at__date", lookup_expr="gte"
    )
    received_to = django_filters.DateFilter(
        label=_("Received to"), field_name="created_at__date", lookup_expr="lte"
    )
    due = django_filters.ChoiceFilter(
        label=_("First contact"),
        choices=[("overdue", _("Overdue")), ("on-time", _("Not yet due"))],
        method="filter_due",
    )

    class Meta:
        model = Referral
        fields = []

    def filter_due(self, referrals, name, due):
        overdue = casework.overdue_q()
        if due == "overdue":
            return referrals.filter(overdue)
        return referrals.filter(status=Status.NEW).exclude(overdue)

    def filter_interest(self, referrals, name, interest):
        # JSON containment is not on SQLite: filter the (small) list in Python.
        rows = referrals.select_related(None).values_list("pk", "interests")
        return referrals.filter(pk__in=[pk for pk, codes in rows if interest in codes])


def connector_name(referral):
    user = referral.assigned_to
    return (user.get_full_name() or user.username) if user else ""


def interests_label(referral):
    return ", ".join(str(label) for label in referral.get_interests_display())


def days_left_label(referral):
    return casework.days_left_label(casework.working_days_left(referral))


def is_overdue(referral):
    days = casework.working_days_left(referral)
    return days is not None and days < 0


class FirstContactColumn(StatusTagColumn):
    """Days left as a tag, filled when overdue; nothing once contacted."""

    cell_template_name = "referrals/admin/first_contact_cell.html"


def request_label(referral):
    label = referral.get_kind_display()
    return f"{label}: {referral.activity.title}" if referral.activity else label


class InboxMixin(WagtailAdminTemplateMixin):
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not can_use_inbox(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def inbox_breadcrumbs(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("referrals_inbox"), "label": _("Referrals inbox")},
        ]


class InboxView(InboxMixin, ListingView):
    """The referrals the user may see (routing.visible_referrals), filtered and
    paginated by Wagtail; the CSV/XLSX download has the same columns: no personal data."""

    model = Referral
    page_title = _("Referrals inbox")
    index_url_name = "referrals_inbox"
    index_results_url_name = "referrals_inbox_results"
    filterset_class = InboxFilterSet
    paginate_by = PER_PAGE
    default_ordering = "-created_at"
    export_filename = "referrals"
    list_export = [
        "reference",
        "created_at",
        "status",
        "request",
        "area",
        "source",
        "interests",
        "connector",
        "first_contact",
    ]
    columns = [
        TitleColumn(
            "reference", label=_("Reference"), url_name="referrals_referral", sort_key="reference"
        ),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column("request", label=_("Request"), accessor=request_label),
        Column("area", label=_("Area"), accessor=lambda referral: referral.area or ""),
        Column("source", label=_("Source"), accessor="get_source_kind_display"),
        Column("interests", label=_("Interests"), accessor=interests_label),
        Column("connector", label=_("Connector"), accessor=connector_name),
        FirstContactColumn(
            "first_contact", label=_("First contact"), accessor=days_left_label, primary=is_overdue
        ),
    ]

    def get_base_queryset(self):
        return visible_referrals(self.request.user).select_related(
            "area", "assigned_to", "organisation", "activity"
        )


class ReferralView(InboxMixin, TemplateView):
    template_name = "referrals/admin/referral.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_use_inbox(request.user):
            raise PermissionDenied
        self.referral = get_object_or_404(visible_referrals(request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Referral %(reference)s") % {"reference": self.referral.reference}

    def get_breadcrumbs_items(self):
        return [*self.inbox_breadcrumbs(), {"url": "", "label": self.get_page_title()}]

    def forms(self, data=None, action=None):
        return {
            "status_form": StatusForm(data if action == "status" else None, referral=self.referral),
            "note_form": NoteForm(data if action == "note" else None),
            "assign_form": AssignForm(
                data if action == "assign" else None,
                connectors=connectors_for(self.referral.area_id).order_by("first_name", "username"),
                referral=self.referral,
                initial={"assigned_to": self.referral.assigned_to_id},
            ),
            "shortlist_form": ShortlistForm(
                data if action == "shortlist" else None,
                activities=casework.suggested_activities(self.referral),
            ),
        }

    def get(self, request, *args, **kwargs):
        audit(self.referral, Action.VIEW, request.user)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        next_action = casework.next_action(self.referral)
        context.update(
            referral=self.referral,
            notes=self.referral.notes.select_related("author"),
            sent_messages=self.referral.notifications.all(),
            history=audit_entries().filter(object_id=str(self.referral.pk))[:20],
            can_manage_data=can_manage_personal_data(self.request.user),
            can_assign=can_work_on(self.request.user, self.referral),
            next_action=next_action,
            next_action_days=casework.days_left_label(next_action and next_action.days_left),
            shortlist_channel=shortlist_channel(self.referral),
        )
        for name, form in self.forms().items():
            context.setdefault(name, form)
        return context

    @transaction.atomic
    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        form = self.forms(request.POST, action).get(f"{action}_form")
        if form is None:
            return redirect(request.path)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(**{f"{action}_form": form}))
        referral = self.referral
        if action in ("assign", "shortlist") and not can_work_on(request.user, referral):
            raise PermissionDenied
        if action == "status":
            referral.status = form.cleaned_data["status"]
            if referral.status == Status.CONTACTED:
                referral.contacted_at = timezone.now()
            if referral.status in FINAL_STATUSES:
                referral.closed_at = timezone.now()
            if referral.status == Status.CLOSED:
                referral.closed_reason = form.cleaned_data["reason"]
            if referral.status == Status.CONNECTED:
                referral.follow_up_on = form.cleaned_data["follow_up_on"]
            referral.save()
            audit(referral, Action.STATUS, request.user, f"to {referral.status}")
            queue_status_update(referral)
            messages.success(request, _("Status changed."))
        elif action == "note":
            text = form.cleaned_data["text"]
            Note.objects.create(referral=referral, author=request.user, text=text)
            audit(referral, Action.NOTE, request.user)
            messages.success(request, _("Note added."))
        elif action == "assign":
            previous = referral.assigned_to_id
            referral.assigned_to = form.cleaned_data["assigned_to"]
            referral.save(update_fields=["assigned_to"])
            assignee = referral.assigned_to_id
            detail = f"to user {assignee}" if assignee else "to nobody"
            if previous and previous != assignee:
                # The reason may say something about the person: encrypted, in the timeline.
                Note.objects.create(
                    referral=referral,
                    author=request.user,
                    kind=Note.Kind.REASSIGNED,
                    text=form.cleaned_data["reason"],
                )
                detail = f"from user {previous} {detail}"
            audit(referral, Action.ASSIGN, request.user, detail)
            messages.success(request, _("Assignment saved."))
        elif action == "shortlist":
            if shortlist_channel(referral) is None:
                raise PermissionDenied
            ids = form.cleaned_data["activities"]
            queue_shortlist(referral, ids)
            audit(referral, Action.SHORTLIST, request.user, f"{len(ids)} activities")
            messages.success(request, _("The shortlist is on its way to them."))
        return redirect(request.path)


def referral_export(referral):
    """Everything held about the person, for a subject access request."""
    return {
        "reference": referral.reference,
        "kind": referral.kind,
        "status": referral.status,
        **exported_answers(referral),
        "source_kind": referral.source_kind,
        "source_ref": referral.source_ref,
        "closed_reason": referral.closed_reason,
        "received": referral.created_at.isoformat(),
        "contacted": referral.contacted_at.isoformat() if referral.contacted_at else None,
        "ended": referral.closed_at.isoformat() if referral.closed_at else None,
        "activity": referral.activity.title if referral.activity else None,
        "follow_up": {
            "date": referral.follow_up_on.isoformat() if referral.follow_up_on else None,
            "answered": (
                referral.follow_up_answered_at.isoformat()
                if referral.follow_up_answered_at
                else None
            ),
            "went": referral.attended,
            "how_it_was": referral.follow_up_comment,
        },
        "feeling_connected": {
            "at_referral": outcomes.item_scores(referral.measure_at_referral),
            "at_follow_up": outcomes.item_scores(referral.measure_at_follow_up),
        },
        "notes": [
            {"written": note.created_at.isoformat(), "kind": note.kind, "text": note.text}
            for note in referral.notes.all()
        ],
    }


class ManageDataMixin(InboxMixin):
    def dispatch(self, request, *args, **kwargs):
        if not can_manage_personal_data(request.user):
            raise PermissionDenied
        self.referral = get_object_or_404(Referral, pk=kwargs["pk"], anonymised_at__isnull=True)
        return super().dispatch(request, *args, **kwargs)


class ExportView(ManageDataMixin, TemplateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        audit(self.referral, Action.EXPORT, request.user)
        response = HttpResponse(
            json.dumps(referral_export(self.referral), indent=2, ensure_ascii=False),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="referral-{self.referral.reference}.json"'
        )
        return response


class EraseView(ManageDataMixin, TemplateView):
    template_name = "referrals/admin/erase.html"

    def get_page_title(self):
        return _("Erase %(reference)s") % {"reference": self.referral.reference}

    def get_breadcrumbs_items(self):
        return [*self.inbox_breadcrumbs(), {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "referral": self.referral}

    @transaction.atomic
    def post(self, request, *args, **kwargs):
        reference = self.referral.reference
        erase(self.referral, request.user)
        messages.success(
            request,
            _("%(reference)s and everything about the person have been erased.")
            % {"reference": reference},
        )
        return redirect("referrals_inbox")


def audit_entries():
    return ReferralLogEntry.objects.select_related("user")


class AuditFilterSet(WagtailFilterSet):
    reference = django_filters.CharFilter(
        label=_("Reference"), field_name="label", method="filter_reference"
    )
    action = django_filters.ChoiceFilter(
        label=_("What"),
        choices=[(f"referrals.{action}", label) for action, label in Action.choices],
    )

    class Meta:
        model = ReferralLogEntry
        fields = []

    def filter_reference(self, entries, name, reference):
        return entries.filter(label=reference.strip().upper()[:12])


class AuditLogView(ListingView):
    """Wagtail's log entries about referrals, which outlive the referral."""

    model = ReferralLogEntry
    page_title = _("Referrals audit log")
    header_icon = "history"
    index_url_name = "referrals_audit"
    index_results_url_name = "referrals_audit_results"
    filterset_class = AuditFilterSet
    paginate_by = 100
    columns = [
        DateColumn("timestamp", label=_("When")),
        Column("label", label=_("Reference")),
        Column("message", label=_("What")),
        UserColumn("user", label=_("Who")),
        Column("comment", label=_("Detail")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("referrals.view_referral_audit"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    default_ordering = "-timestamp"

    def get_base_queryset(self):
        return audit_entries()


class StatisticsView(SafeSpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView):
    """Counts, as bar charts; Wagtail's CSV/XLSX download has one row per bar."""

    template_name = "referrals/admin/statistics.html"
    page_title = _("Referral statistics")
    header_icon = "table"
    export_filename = "referral-statistics"
    list_export = ["table", "value", "referrals"]
    show_export_buttons = False  # the page has its own download link

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("referrals.view_referral_statistics"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            # The download's address before Wagtail's export.
            return redirect(f"{request.path}?export=csv")
        if self.is_export:
            rows = statistics_rows(referral_statistics())
            return self.as_spreadsheet(rows, request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "tables": referral_statistics(),
            "outcome_tables": outcome_tables(outcome_groups()),
        }


class OutcomeStatisticsView(StatisticsView):
    """The outcome figures' download: one row per group, suppressed as on the page."""

    export_filename = "referral-outcomes"
    list_export = [
        "dimension",
        "group",
        "answered",
        "went_percent",
        "with_both_scores",
        "mean_change",
    ]

    def get(self, request, *args, **kwargs):
        if not self.is_export:
            return redirect("referrals_statistics")
        return self.as_spreadsheet(outcome_rows(outcome_groups()), request.GET["export"])


class EvaluationExportView(WagtailAdminTemplateMixin, TemplateView):
    """The evaluators' per-period export (referrals/evaluation.py): one CSV row per
    referral, pseudonymous, with no identities."""

    template_name = "referrals/admin/evaluation.html"
    page_title = _("Evaluation export")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(EVALUATION_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if "first_month" not in request.GET:
            first, last = evaluation.default_period()
            form = EvaluationPeriodForm(initial={"first_month": first, "last_month": last})
            return self.render_to_response(self.get_context_data(form=form))
        form = EvaluationPeriodForm(request.GET)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        first, last = form.cleaned_data["first_month"], form.cleaned_data["last_month"]
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="evaluation-{first:%Y-%m}-to-{last:%Y-%m}.csv"'
        )
        rows = list(evaluation.rows(first, last))
        write_csv(
            response,
            [evaluation.COLUMNS, *([row[name] for name in evaluation.COLUMNS] for row in rows)],
        )
        # No one referral is named, so the download is logged against the site
        # (Reports > Site history): who took which months, and how many rows.
        log(
            Site.find_for_request(request),
            EVALUATION_LOG_ACTION,
            user=request.user,
            data={"first": f"{first:%Y-%m}", "last": f"{last:%Y-%m}", "rows": len(rows)},
        )
        return response
