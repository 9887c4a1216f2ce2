from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import ActionCardBlock
from core.models import BasePage


class HomePage(BasePage):
    """The front door: leads with what a resident can do, in their language."""

    heading = models.CharField(_("heading"), max_length=120)
    introduction = models.TextField(_("introduction"), max_length=400)
    actions = StreamField(
        blocks.StreamBlock([("action", ActionCardBlock())], min_num=1, max_num=4),
        verbose_name=_("things people can do"),
        help_text=_("Lead with what people can do: up to four cards, most important first."),
    )

    parent_page_types = ["wagtailcore.Page"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("heading"),
        FieldPanel("introduction"),
        FieldPanel("actions"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("heading", boost=2),
        index.SearchField("introduction"),
        index.SearchField("actions"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("heading"),
        TranslatableField("introduction"),
        TranslatableField("actions"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
