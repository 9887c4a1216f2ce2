from django.contrib import messages
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.models import CouncilText
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
