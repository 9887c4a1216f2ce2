"""Facts follow the source language, as soon as it is published.

An organisation's, venue's or activity's facts (its SynchronizedFields: when it
meets, its breaks, venue, cost band, terms, coordinates, pause and last check)
are the same in every language. When the page in the site's default language
is published, each translation gets them at once: its live version, and its
latest draft, so a translator's unpublished words are kept and nothing they
publish later brings old facts back. Translated text is never touched.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from modelcluster.fields import ParentalManyToManyField

from wagtail.models import Locale
from wagtail_localize.fields import copy_synchronised_fields, get_translatable_fields
from wagtail_localize.models import TranslationSource


def copy_facts(source, target):
    """wagtail-localize's copy of the synchronised fields, except the page's own
    address (moving a translation's URL stays a translator's decision)."""
    slug = target.slug
    copy_synchronised_fields(source, target)
    target.slug = slug
    for translatable in get_translatable_fields(type(source)):
        field = translatable.get_field(type(source))
        # wagtail-localize leaves a relation the source has emptied as it was.
        if (
            translatable.is_synchronized(source)
            and isinstance(field, ParentalManyToManyField)
            and not getattr(source, field.name).exists()
        ):
            setattr(target, field.name, [])


# True while sync_translations republishes translations, for receivers of
# page_published (see republishing_facts).
_republishing_facts = ContextVar("republishing_facts", default=False)


def republishing_facts():
    """Whether this publish is sync_translations giving a live translation the
    source's facts: it changes no page's live state, nor which languages are live."""
    return _republishing_facts.get()


@contextmanager
def _republishing():
    token = _republishing_facts.set(True)
    try:
        yield
    finally:
        _republishing_facts.reset(token)


def sync_translations(source, user=None):
    """Give every translation of `source`, a page in the default language, its facts."""
    if source.locale_id != Locale.get_default().pk:
        return
    if TranslationSource.objects.filter(
        object_id=source.translation_key, locale_id=source.locale_id
    ).exists():
        # wagtail-localize builds a translation from its copy of the source:
        # refreshed, a translator publishing later keeps these facts too.
        TranslationSource.update_or_create_from_instance(source)
    for translation in source.get_translations().filter(alias_of__isnull=True).specific():
        has_draft = translation.has_unpublished_changes
        if translation.live and has_draft:
            # The draft stays a draft (it may be in review); the live page
            # takes the facts now.
            copy_facts(source, translation)
            translation.save(clean=False)
        latest = translation.get_latest_revision_as_object()
        copy_facts(source, latest)
        revision = latest.save_revision(user=user, clean=False)
        if translation.live and not has_draft:
            with _republishing():
                revision.publish(user=user, skip_permission_checks=True)
