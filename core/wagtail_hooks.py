from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.models import CouncilText


class CouncilTextViewSet(SnippetViewSet):
    model = CouncilText
    icon = "site"
    menu_label = _("Council name and footer")
    menu_order = 900
    list_display = ["council_name", "footer_text"]


register_snippet(CouncilTextViewSet)
