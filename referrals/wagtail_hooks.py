from django.contrib.auth import get_user_model
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from core.admin_menu import RestrictedMenuItem, with_permission
from core.subjectaccess import Source
from directory.permissions import organisations_edited_by
from referrals import admin_views
from referrals.models import Action, ConnectorArea, Referral, ReferralLogEntry, Status, audit
from referrals.retention import erase
from referrals.routing import CONNECTORS, can_use_inbox, visible_referrals


class ConnectorAreaViewSet(ModelViewSet):
    """Which areas each connector covers; a connector with none covers them all."""

    model = ConnectorArea
    form_fields = ["user", "area"]
    icon = "site"
    menu_label = _("Connectors' areas")
    list_display = ["user", "area"]
    add_to_admin_menu = False

    def formfield_for_dbfield(self, db_field, **kwargs):
        field = super().formfield_for_dbfield(db_field, **kwargs)
        if db_field.name == "user":
            field.queryset = get_user_model().objects.filter(groups__name=CONNECTORS)
            field.label = _("Connector")
        return field


class AuditFormatter(LogFormatter):
    def format_comment(self, log_entry):
        return log_entry.data.get("detail", "")


@hooks.register("register_log_actions")
def register_referral_log_actions(actions):
    """models.audit writes these; each label is also the entry's message."""
    actions.register_model(Referral, ReferralLogEntry)
    for action, label in Action.choices:
        formatter = type(
            f"{action}Formatter", (AuditFormatter,), {"label": label, "message": label}
        )
        actions.register_action(f"referrals.{action}")(formatter)

    @actions.register_action(admin_views.EVALUATION_LOG_ACTION)
    class EvaluationExportFormatter(LogFormatter):
        label = _("Evaluation export downloaded")

        def format_message(self, log_entry):
            count = log_entry.data.get("rows", 0)
            return ngettext(
                "Evaluation export downloaded: %(first)s to %(last)s, %(count)s referral",
                "Evaluation export downloaded: %(first)s to %(last)s, %(count)s referrals",
                count,
            ) % {
                "first": log_entry.data.get("first", ""),
                "last": log_entry.data.get("last", ""),
                "count": count,
            }


connector_areas = ConnectorAreaViewSet("connector_areas")


@hooks.register("register_admin_viewset")
def register_connector_areas():
    return connector_areas


@hooks.register("register_admin_urls")
def referral_admin_urls():
    return [
        path("referrals/", admin_views.InboxView.as_view(), name="referrals_inbox"),
        path(
            "referrals/results/",
            admin_views.InboxView.as_view(results_only=True),
            name="referrals_inbox_results",
        ),
        path("referrals/<int:pk>/", admin_views.ReferralView.as_view(), name="referrals_referral"),
        path(
            "referrals/<int:pk>/export/",
            admin_views.ExportView.as_view(),
            name="referrals_export",
        ),
        path("referrals/<int:pk>/erase/", admin_views.EraseView.as_view(), name="referrals_erase"),
        path("referrals/audit/", admin_views.AuditLogView.as_view(), name="referrals_audit"),
        path(
            "referrals/audit/results/",
            admin_views.AuditLogView.as_view(results_only=True),
            name="referrals_audit_results",
        ),
        path(
            "referrals/statistics/",
            admin_views.StatisticsView.as_view(),
            name="referrals_statistics",
        ),
        path(
            "referrals/evaluation/",
            admin_views.EvaluationExportView.as_view(),
            name="referrals_evaluation",
        ),
        path(
            "referrals/statistics/outcomes/",
            admin_views.OutcomeStatisticsView.as_view(),
            name="referrals_outcome_statistics",
        ),
    ]


@hooks.register("register_admin_menu_item")
def referrals_menu():
    menu = Menu(
        items=[
            RestrictedMenuItem(
                _("Inbox"),
                reverse_lazy("referrals_inbox"),
                icon_name="mail",
                order=100,
                shown_to=can_use_inbox,
            ),
            RestrictedMenuItem(
                _("Statistics"),
                reverse_lazy("referrals_statistics"),
                icon_name="table",
                order=200,
                shown_to=with_permission("referrals.view_referral_statistics"),
            ),
            RestrictedMenuItem(
                _("Evaluation export"),
                reverse_lazy("referrals_evaluation"),
                icon_name="download",
                order=220,
                shown_to=with_permission(admin_views.EVALUATION_PERMISSION),
            ),
            RestrictedMenuItem(
                _("Connectors' areas"),
                reverse_lazy(connector_areas.get_url_name("index")),
                icon_name="site",
                order=250,
                shown_to=with_permission("referrals.change_connectorarea"),
            ),
            RestrictedMenuItem(
                _("Audit log"),
                reverse_lazy("referrals_audit"),
                icon_name="history",
                order=300,
                shown_to=with_permission("referrals.view_referral_audit"),
            ),
        ]
    )
    return SubmenuMenuItem(_("Referrals"), menu, icon_name="mail", name="referrals", order=250)


@hooks.register("register_personal_data")
def referrals_personal_data():
    return Source(
        key="referral",
        label=_("Referral"),
        model=Referral,
        describe=lambda referral: f"{referral.reference}, {referral.created_at:%Y-%m-%d}",
        export=admin_views.referral_export,
        erase=lambda referral, user: erase(referral, user, "subject access request"),
        exported=lambda referral, user: audit(
            referral, Action.EXPORT, user, "subject access request"
        ),
        queryset=lambda: Referral.objects.filter(anonymised_at__isnull=True),
    )


class SharedReferralsPanel(Component):
    """On an organisation editor's dashboard: requests shared with them still new."""

    name = "shared_referrals"
    template_name = "referrals/admin/shared_referrals_panel.html"
    order = 20  # after their organisation's own panel

    def __init__(self, new_count):
        self.new_count = new_count

    def get_context_data(self, parent_context):
        return {"new_count": self.new_count}


@hooks.register("construct_homepage_panels")
def add_shared_referrals_panel(request, panels):
    user = request.user
    if not user.is_superuser and organisations_edited_by(user).exists():
        shared = visible_referrals(user).filter(organisation__isnull=False, status=Status.NEW)
        panels.append(SharedReferralsPanel(shared.count()))
