from django.contrib import messages
from django.urls import path, reverse_lazy
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_menu import RestrictedMenuItem
from core.admin_views import SubjectAccessView, can_handle_requests
from core.models import CouncilText
from core.subjectaccess import ERASE_ACTION, EXPORT_ACTION
from core.wording import wording_warnings


class CouncilTextViewSet(SnippetViewSet):
    model = CouncilText
    icon = "site"
    menu_label = _("Council name and footer")
    menu_order = 900
    list_display = ["council_name", "footer_text"]


register_snippet(CouncilTextViewSet)


def warn_about_wording(request, obj):
    """A warning for each stigmatising phrase, with what to say instead. Never blocks."""
    for words, suggestion in wording_warnings(obj):
        messages.warning(
            request,
            gettext("Language guidance: “%(words)s”. %(suggestion)s")
            % {"words": words, "suggestion": suggestion},
        )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def check_page_wording(request, page):
    warn_about_wording(request, page.specific)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def check_snippet_wording(request, instance):
    warn_about_wording(request, instance)


# Volunteers type Arabic into English pages and English into Arabic ones: each
# field follows the direction of its text, including fields added later (new
# blocks, schedules) once they are used. The admin has no Content-Security-Policy
# of its own, so an inline script is allowed there.
TEXT_FOLLOWS_ITS_DIRECTION = """<script>
(() => {
  const TEXT = "input[type=text], input:not([type]), textarea, [contenteditable=true]";
  const follow = (field) => {
    if (field.matches(TEXT) && !field.hasAttribute("dir")) field.setAttribute("dir", "auto");
  };
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll(TEXT).forEach(follow);
  });
  document.addEventListener("focusin", (event) => follow(event.target));
})();
</script>"""


@hooks.register("insert_global_admin_js")
def text_fields_follow_their_direction():
    return mark_safe(TEXT_FOLLOWS_ITS_DIRECTION)  # a constant: nothing from a request


@hooks.register("register_admin_urls")
def subject_access_urls():
    return [path("subject-access/", SubjectAccessView.as_view(), name="subject_access")]


@hooks.register("register_settings_menu_item")
def subject_access_menu():
    return RestrictedMenuItem(
        _("Find a person's data"),
        reverse_lazy("subject_access"),
        icon_name="user",
        order=950,
        shown_to=can_handle_requests,
    )


@hooks.register("register_log_actions")
def register_personal_data_actions(actions):
    """What core/subjectaccess.py logs for records of apps without their own audit."""
    for action, label in [
        (EXPORT_ACTION, _("Exported on the person's request")),
        (ERASE_ACTION, _("Erased on the person's request")),
    ]:
        formatter = type("Formatter", (LogFormatter,), {"label": label, "message": label})
        actions.register_action(action)(formatter)
