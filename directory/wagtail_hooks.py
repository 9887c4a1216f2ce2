from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.signals import page_published
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.models import Area, OrganisationPage
from directory.permissions import ensure_editors_group


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "site"
    menu_label = _("Areas")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(AreaViewSet)


@hooks.register("after_create_page")
def give_new_organisations_an_editors_group(request, page):
    if isinstance(page.specific, OrganisationPage):
        ensure_editors_group(page.specific)


@receiver(page_published, sender=OrganisationPage)
def let_editors_look_after_new_translations(sender, instance, **kwargs):
    # Translations made with wagtail-localize are created without the hook above.
    ensure_editors_group(instance)
