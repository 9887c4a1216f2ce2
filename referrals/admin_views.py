"""The connectors' inbox, the audit log and the statistics, in the Wagtail admin.

Every view of one referral, export, status change, note, assignment and
erasure writes an AuditEntry. Who sees which referrals is routing.visible_referrals.
"""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.spreadsheets import write_csv
from directory.models import Area
from directory.taxonomy import TERMS, Vocabulary
from referrals.forms import AssignForm, NoteForm, StatusForm
from referrals.models import (
    FINAL_STATUSES,
    Action,
    AuditEntry,
    Note,
    Referral,
    SourceKind,
    Status,
)
from referrals.questions import exported_answers
from referrals.routing import CONNECTORS, can_use_inbox, visible_referrals
from referrals.statistics import referral_statistics, statistics_csv_rows

PER_PAGE = 50


def can_manage_personal_data(user):
    """Export and erase on a person's request: administrators."""
    return user.has_perm("referrals.delete_referral")


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any")), *Status.choices], required=False
    )
    area = forms.ModelChoiceField(
        label=_("Area"), queryset=Area.objects.all(), required=False, empty_label=_("Any")
    )
    source = forms.ChoiceField(
        label=_("Source"), choices=[("", _("Any")), *SourceKind.choices], required=False
    )
    interest = forms.ChoiceField(
        label=_("Interest"),
        choices=[("", _("Any")), *TERMS[Vocabulary.INTEREST]],
        required=False,
    )
    received_from = forms.DateField(
        label=_("Received from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    received_to = forms.DateField(
        label=_("Received to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def filter(self, referrals):
        if not self.is_valid():
            return referrals.none()
        data = self.cleaned_data
        if data["status"]:
            referrals = referrals.filter(status=data["status"])
        if data["area"]:
            referrals = referrals.filter(area=data["area"])
        if data["source"]:
            referrals = referrals.filter(source_kind=data["source"])
        if data["received_from"]:
            referrals = referrals.filter(created_at__date__gte=data["received_from"])
        if data["received_to"]:
            referrals = referrals.filter(created_at__date__lte=data["received_to"])
        if data["interest"]:
            # JSON containment is not on SQLite: filter the (small) list in Python.
            interest = data["interest"]
            rows = referrals.select_related(None).values_list("pk", "interests")
            ids = [pk for pk, codes in rows if interest in codes]
            referrals = referrals.filter(pk__in=ids)
        return referrals


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


class InboxView(InboxMixin, TemplateView):
    template_name = "referrals/admin/inbox.html"
    page_title = _("Referrals inbox")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = InboxFilterForm(self.request.GET or None)
        referrals = visible_referrals(self.request.user).select_related(
            "area", "assigned_to", "organisation", "activity"
        )
        if form.is_bound:
            referrals = form.filter(referrals)
        page = Paginator(referrals, PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(filter_form=form, page_obj=page, referrals=page.object_list)
        return context


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

    def connectors(self):
        return (
            get_user_model()
            .objects.filter(is_active=True, groups__name=CONNECTORS)
            .order_by("first_name", "username")
        )

    def forms(self, data=None, action=None):
        return {
            "status_form": StatusForm(data if action == "status" else None, referral=self.referral),
            "note_form": NoteForm(data if action == "note" else None),
            "assign_form": AssignForm(
                data if action == "assign" else None,
                connectors=self.connectors(),
                initial={"assigned_to": self.referral.assigned_to_id},
            ),
        }

    def get(self, request, *args, **kwargs):
        AuditEntry.record(self.referral, Action.VIEW, request.user)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            referral=self.referral,
            notes=self.referral.notes.select_related("author"),
            history=AuditEntry.objects.filter(referral_id=self.referral.pk).select_related("user")[
                :20
            ],
            can_manage_data=can_manage_personal_data(self.request.user),
            can_assign=self.referral.organisation_id is None,
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
        if action == "status":
            referral.status = form.cleaned_data["status"]
            if referral.status in FINAL_STATUSES:
                referral.closed_at = timezone.now()
            if referral.status == Status.CLOSED:
                referral.closed_reason = form.cleaned_data["reason"]
            referral.save()
            AuditEntry.record(referral, Action.STATUS, request.user, f"to {referral.status}")
            messages.success(request, _("Status changed."))
        elif action == "note":
            text = form.cleaned_data["text"]
            Note.objects.create(referral=referral, author=request.user, text=text)
            AuditEntry.record(referral, Action.NOTE, request.user)
            messages.success(request, _("Note added."))
        elif action == "assign":
            if referral.organisation_id is not None:
                raise PermissionDenied
            referral.assigned_to = form.cleaned_data["assigned_to"]
            referral.save(update_fields=["assigned_to"])
            assignee = referral.assigned_to_id
            detail = f"to user {assignee}" if assignee else "to nobody"
            AuditEntry.record(referral, Action.ASSIGN, request.user, detail)
            messages.success(request, _("Assignment saved."))
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
        "ended": referral.closed_at.isoformat() if referral.closed_at else None,
        "activity": referral.activity.title if referral.activity else None,
        "notes": [
            {"written": note.created_at.isoformat(), "text": note.text}
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
        AuditEntry.record(self.referral, Action.EXPORT, request.user)
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
        AuditEntry.record(self.referral, Action.ERASE, request.user, "on the person's request")
        reference = self.referral.reference
        self.referral.delete()
        messages.success(
            request,
            _("%(reference)s and everything about the person have been erased.")
            % {"reference": reference},
        )
        return redirect("referrals_inbox")


class AuditLogView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "referrals/admin/audit.html"
    page_title = _("Referrals audit log")
    header_icon = "history"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("referrals.view_referral_audit"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        entries = AuditEntry.objects.select_related("user")
        reference = self.request.GET.get("reference", "").strip().upper()[:12]
        if reference:
            entries = entries.filter(reference=reference)
        page = Paginator(entries, 100).get_page(self.request.GET.get("p"))
        return {
            **super().get_context_data(**kwargs),
            "page_obj": page,
            "entries": page.object_list,
            "reference": reference,
        }


class StatisticsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "referrals/admin/statistics.html"
    page_title = _("Referral statistics")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("referrals.view_referral_statistics"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="referral-statistics.csv"'
            write_csv(response, statistics_csv_rows(referral_statistics()))
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "tables": referral_statistics()}
