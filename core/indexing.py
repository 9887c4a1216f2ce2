"""Saving many pages at once and indexing each of them once.

Wagtail updates the search index and the reference index on every save, and
publishing a page saves it several times. A bulk job (loading the demo borough,
syncing a feed) holds both back and does them once per object at the end.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save

from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexing_deferred(update_references=True):
    """Inside, saves are only noted; on leaving without an error, every saved
    object is indexed for search in bulk, and its references recorded once
    (unless `update_references` is off, for jobs that record their own)."""
    saved = defaultdict(set)

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    held_back = [
        model
        for model in index.get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    for model in held_back:
        post_save.connect(note, sender=model, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in held_back:
            post_save.disconnect(note, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    for model, pks in saved.items():
        objects = list(model.get_indexed_objects().filter(pk__in=pks))
        for backend in get_search_backends():
            backend.add_bulk(model, objects)
        if update_references and ReferenceIndex.is_indexed(model):
            for instance in objects:
                ReferenceIndex.create_or_update_for_object(instance)
