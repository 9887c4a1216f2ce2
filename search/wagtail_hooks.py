import logging

from opensearchpy.exceptions import OpenSearchException

from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.signals import page_published, page_unpublished
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.finder import FIND_ACTIVITIES_HOOK, SESSIONS_MOVED_ON_HOOK
from directory.models import ActivityPage, VenuePage
from directory.translations import republishing_facts
from search.backends.opensearch import SearchBackend
from search.finder import EngineFinder, index_activities
from search.models import Synonym

logger = logging.getLogger(__name__)


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["words", "locale"]


register_snippet(SynonymViewSet)


@hooks.register(FIND_ACTIVITIES_HOOK)
def find_on_the_node(index_page, criteria, location):
    """The find page's search in one node query, where the node is the search
    backend, has answered lately and holds what the search asks for."""
    backend = get_search_backend()
    if not isinstance(backend, SearchBackend) or backend.node_failed_lately():
        return None
    finder = EngineFinder(index_page, criteria, location, backend)
    return finder if finder.can_answer() else None


@receiver(page_published, sender=ActivityPage)
@receiver(page_unpublished, sender=ActivityPage)
@receiver(post_delete, sender=ActivityPage)
def index_the_translations(sender, instance, signal, **kwargs):
    """A published activity is indexed again: Wagtail indexed it when the page
    was saved, before its schedules, breaks and terms, which the node filters
    on. Each translation's document says which languages the activity is live
    in (find_translated_into), so the node shows a reader one of them: the
    other translations are indexed again too."""
    if signal is page_published:
        index.insert_or_update_object(instance)
    if republishing_facts():
        # Which languages are live is unchanged, and each translation the sync
        # publishes comes here itself: publishing an activity in eleven languages
        # re-indexed them 110 times (11 s) before this.
        return
    for translation in ActivityPage.objects.filter(translation_key=instance.translation_key):
        if translation.pk != instance.pk:
            index.insert_or_update_object(translation)


@receiver(page_published, sender=VenuePage)
def index_the_venues_activities(sender, instance, **kwargs):
    """An activity's document holds its venue's area and place (find_area,
    find_place), which the node filters and sorts on; searchable at once."""
    backend = get_search_backend()
    if not isinstance(backend, SearchBackend):
        return
    try:
        index_activities(backend, venue=instance)
        backend.get_index_for_model(ActivityPage).refresh()
    except OpenSearchException:
        # As Wagtail does for a page: the publish stands, and the daily job
        # (or update_index) indexes them again.
        logger.exception("The search node did not take the activities at %s", instance)


@hooks.register(SESSIONS_MOVED_ON_HOOK)
def move_the_node_on():
    """The node holds each activity's next session, weekdays and session times,
    which the daily job has just moved on."""
    backend = get_search_backend()
    if isinstance(backend, SearchBackend):
        index_activities(backend)
