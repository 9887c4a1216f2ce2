"""Saving many pages at once and indexing each of them once.

Wagtail updates the search index and the reference index on every save, and
publishing a page saves it several times. A bulk job (loading the demo borough,
syncing a feed) holds both back and does them once per object at the end.

Holding back is per thread, so a request served beside a bulk job still
indexes its own saves, and a job inside another job joins the outer one.
"""

import logging
import threading
from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save

from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.pagecache import content_changed

logger = logging.getLogger(__name__)

_deferral = threading.local()
_handler_lock = threading.Lock()
_handler_installed = False


@contextmanager
def indexing_deferred(update_references=True):
    """Inside, saves are only noted; on leaving without an error, every saved
    object is indexed for search in bulk, and its references recorded once
    (unless `update_references` is off, for jobs that record their own)."""
    if getattr(_deferral, "saved", None) is not None:
        yield  # the outer job indexes everything once it ends
        return
    install_deferring_handler()
    _deferral.saved = saved = defaultdict(set)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _deferral.saved = None
    for model, pks in saved.items():
        objects = list(model.get_indexed_objects().filter(pk__in=pks))
        for backend in get_search_backends():
            try:
                backend.add_bulk(model, objects)
            except Exception:
                # As Wagtail does for a single save: the saved content stands, and
                # `update_index` catches the node up once it answers again.
                logger.exception("Could not index %s %s objects", len(objects), model.__name__)
        if update_references and ReferenceIndex.is_indexed(model):
            for instance in objects:
                ReferenceIndex.create_or_update_for_object(instance)
    if saved:
        # Searches kept in the page cache before these were indexed are stale.
        content_changed()


def note_saved(model, pks):
    """Objects a bulk job wrote without save() (so without its signal): indexed at the
    end of the deferral like the others. Only for use inside indexing_deferred()."""
    _deferral.saved[model].update(pks)


def index_or_note(sender, instance, raw=False, **kwargs):
    saved = getattr(_deferral, "saved", None)
    if saved is None:
        post_save_signal_handler(instance, raw=raw, **kwargs)
    elif not raw:
        saved[sender].add(instance.pk)


def install_deferring_handler():
    """Once per process: search indexing on save goes through index_or_note."""
    global _handler_installed
    with _handler_lock:
        if _handler_installed:
            return
        for model in index.get_indexed_models():
            if post_save.disconnect(post_save_signal_handler, sender=model):
                post_save.connect(index_or_note, sender=model, weak=False)
        _handler_installed = True
