from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from core.admin_menu import RestrictedMenuItem
from directory.permissions import is_directory_team
from directory.waiting import Waiting
from feeds import views
from feeds.admin_views import LikelyDuplicatesView, LikelyDuplicateView
from feeds.forms import SourceForm
from feeds.models import LikelyDuplicate, Source
from feeds.permissions import SourcePermissionPolicy

# Registered before the viewset, which would otherwise make a model-permission one.
register_permission_policy(Source, SourcePermissionPolicy(Source))


class SourceStatePanel(Panel):
    """The last sync in plain words, "Sync now", and the CSV template."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "feeds/source_state_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["source"] = self.instance
            if self.instance.pk:
                context["sync_url"] = reverse("feeds_sync_now", args=[self.instance.pk])
            context["template_url"] = reverse("feeds_csv_template")
            return context


class OwnSourcesOnly:
    """Another organisation's source is "not found", not just hidden from the list."""

    def get_queryset(self):
        return self.permission_policy.instances_user_has_permission_for(self.request.user, "change")


class SourceEditView(OwnSourcesOnly, EditView):
    pass


class SourceDeleteView(OwnSourcesOnly, DeleteView):
    pass


class SourceViewSet(SnippetViewSet):
    # Plain selects, not page choosers: they list only the editor's own
    # organisations and venues, and work without JavaScript.
    model = Source
    icon = "download"
    menu_label = _("Feeds")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "organisation", "kind", "state_in_words"]
    list_filter = ["kind"]
    search_fields = ["name"]
    edit_view_class = SourceEditView
    delete_view_class = SourceDeleteView
    edit_handler = ObjectList(
        [
            SourceStatePanel(heading=_("State")),
            FieldPanel("organisation", widget=forms.Select),
            FieldPanel("name"),
            FieldPanel("kind"),
            FieldPanel("url"),
            FieldPanel("upload"),
            FieldPanel("venue", widget=forms.Select),
            MultiFieldPanel(
                [FieldPanel("trusted"), FieldPanel("sync_every_hours")], heading=_("Syncing")
            ),
        ],
        base_form_class=SourceForm,
    )

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_permission_for(
            request.user, "view"
        ).select_related("organisation")


register_snippet(SourceViewSet)


@hooks.register("register_admin_urls")
def feeds_urls():
    return [
        path("feeds/sources/<int:pk>/sync/", views.sync_now, name="feeds_sync_now"),
        path("feeds/csv-template/", views.csv_template, name="feeds_csv_template"),
        path("feeds/duplicates/", LikelyDuplicatesView.as_view(), name="likely_duplicates"),
        path(
            "feeds/duplicates/results/",
            LikelyDuplicatesView.as_view(results_only=True),
            name="likely_duplicates_results",
        ),
        path("feeds/duplicates/<int:pk>/", LikelyDuplicateView.as_view(), name="likely_duplicate"),
    ]


@hooks.register("register_admin_menu_item")
def likely_duplicates_menu_item():
    return RestrictedMenuItem(
        _("Likely duplicates"),
        reverse("likely_duplicates") + "?status=waiting",
        icon_name="copy",
        order=315,
        shown_to=is_directory_team,
    )


@hooks.register("register_waiting_work")
def likely_duplicates_waiting(user):
    if not is_directory_team(user):
        return []
    waiting = LikelyDuplicate.objects.filter(status=LikelyDuplicate.Status.WAITING)
    return [
        Waiting(
            kind=_("Likely duplicate"),
            title=str(duplicate),
            since=duplicate.created_at,
            url=reverse("likely_duplicate", args=[duplicate.pk]),
        )
        for duplicate in waiting
    ]
