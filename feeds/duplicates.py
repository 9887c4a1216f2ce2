"""The directory team's decision on a likely duplicate (feeds.models.LikelyDuplicate).

Merged: the feed item joins the listing, and keeps up to date only the fields
the team gave it; any other source of that listing gives those fields up.
Kept apart: the item becomes a listing of its own, as any new item would.
Either way the source's trust decides whether the change is published or
waits in the review workflow, and deciding twice (two of the team at once)
decides once.
"""

from django.db import transaction
from django.utils import timezone

from core.indexing import indexing_deferred
from feeds.listings import Listing
from feeds.matching import organisation_named
from feeds.models import OWNABLE, FeedItem, LikelyDuplicate
from feeds.sync import NewChildren, add_page, update_page

ALL_FIELDS = [name for name, _label in OWNABLE]


def _waiting(duplicate):
    """The duplicate locked for deciding, or None if it has been decided already."""
    duplicate = LikelyDuplicate.objects.select_for_update().get(pk=duplicate.pk)
    return duplicate if duplicate.status == LikelyDuplicate.Status.WAITING else None


def _decided(duplicate, status, by):
    duplicate.status, duplicate.decided_at, duplicate.decided_by = status, timezone.now(), by
    duplicate.save(update_fields=["status", "decided_at", "decided_by"])


def merge(duplicate, owned, by):
    """Join the item to the listing, the source keeping the `owned` fields; False if
    it was decided already."""
    owned = [name for name in ALL_FIELDS if name in owned]
    with transaction.atomic():
        duplicate = _waiting(duplicate)
        if duplicate is None:
            return False
        item, source, now = duplicate.item, duplicate.item.source, timezone.now()
        page = duplicate.activity.specific
        for other in FeedItem.objects.filter(activity=page).exclude(pk=item.pk):
            theirs = ALL_FIELDS if other.owned_fields is None else other.owned_fields
            other.owned_fields = [name for name in theirs if name not in owned]
            other.save(update_fields=["owned_fields"])
        item.activity, item.owned_fields, item.held = page, owned, False
        item.save(update_fields=["activity", "owned_fields", "held"])
        if owned:
            with indexing_deferred(update_references=bool(source.venue_id)):
                update_page(source, page, Listing.from_json(duplicate.listing), now, owned)
        _decided(duplicate, LikelyDuplicate.Status.MERGED, by)
    return True


def keep_apart(duplicate, by):
    """Make the item a listing of its own; False if it was decided already."""
    with transaction.atomic():
        duplicate = _waiting(duplicate)
        if duplicate is None:
            return False
        item, source, now = duplicate.item, duplicate.item.source, timezone.now()
        listing = Listing.from_json(duplicate.listing)
        tree = NewChildren(organisation_named(source, listing) or source.organisation)
        with indexing_deferred(update_references=bool(source.venue_id)):
            page = add_page(source, tree, listing, now)
            tree.finish()
        item.activity, item.held = page, False
        item.save(update_fields=["activity", "held"])
        _decided(duplicate, LikelyDuplicate.Status.KEPT_APART, by)
    return True
