from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from referrals import admin_views
from referrals.routing import can_use_inbox


@hooks.register("register_admin_urls")
def referral_admin_urls():
    return [
        path("referrals/", admin_views.InboxView.as_view(), name="referrals_inbox"),
        path("referrals/<int:pk>/", admin_views.ReferralView.as_view(), name="referrals_referral"),
        path(
            "referrals/<int:pk>/export/",
            admin_views.ExportView.as_view(),
            name="referrals_export",
        ),
        path("referrals/<int:pk>/erase/", admin_views.EraseView.as_view(), name="referrals_erase"),
        path("referrals/audit/", admin_views.AuditLogView.as_view(), name="referrals_audit"),
        path(
            "referrals/statistics/",
            admin_views.StatisticsView.as_view(),
            name="referrals_statistics",
        ),
    ]


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_inbox(request.user)


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def referrals_menu():
    menu = Menu(
        items=[
            InboxMenuItem(_("Inbox"), reverse_lazy("referrals_inbox"), icon_name="mail", order=100),
            PermissionMenuItem(
                _("Statistics"),
                reverse_lazy("referrals_statistics"),
                icon_name="table",
                order=200,
                permission="referrals.view_referral_statistics",
            ),
            PermissionMenuItem(
                _("Audit log"),
                reverse_lazy("referrals_audit"),
                icon_name="history",
                order=300,
                permission="referrals.view_referral_audit",
            ),
        ]
    )
    return SubmenuMenuItem(_("Referrals"), menu, icon_name="mail", name="referrals", order=250)
