"""The abstract page every page type extends, and the plain content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.pagecache import remember


class BasePage(Page):
    """Shared by every page type: search, promotion and translation settings."""

    show_in_footer = models.BooleanField(
        _("show in footer"),
        default=False,
        help_text=_("For pages such as the privacy notice and the accessibility statement."),
    )

    # Page types extend these lists rather than restating them.
    search_fields = [*Page.search_fields, index.SearchField("search_description")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("show_in_footer"),
    ]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("show_in_footer")], heading=_("For the site footer")),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's answer, from restrictions whose ids are kept in the shared
        cache until the next edit: no query for the usual page without any."""

        if self.pk is None:
            return super().get_view_restrictions()

        def restriction_ids():
            return list(super(BasePage, self).get_view_restrictions().values_list("pk", flat=True))

        ids = remember(f"view-restrictions:{self.pk}", restriction_ids)
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)


class StandardPage(BasePage):
    """A page of information: about the service, privacy, accessibility and so on."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=400)
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class CouncilText(TranslatableMixin, models.Model):
    """The council's name, the service's name and the footer line, in one language;
    other languages are its wagtail-localize translations."""

    council_name = models.CharField(_("council name"), max_length=80)
    service_name = models.CharField(
        _("service name"),
        max_length=80,
        help_text=_("As page titles, emails, posters and calendars name the service."),
    )
    footer_text = models.CharField(
        _("footer text"),
        max_length=200,
        help_text=_("One sentence at the foot of every page: who runs the site."),
    )

    panels = [FieldPanel("council_name"), FieldPanel("service_name"), FieldPanel("footer_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("council name and footer")
        verbose_name_plural = _("council names and footers")

    def __str__(self):
        return self.council_name


@register_setting(icon="site")
class CouncilSettings(BaseSiteSetting):
    """Which council text this Site shows in its header and footer."""

    text = models.ForeignKey(
        CouncilText,
        verbose_name=_("council name and footer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "In the default language; each language shows its translation where there is one."
        ),
    )

    panels = [FieldPanel("text")]

    class Meta:
        verbose_name = _("council")
