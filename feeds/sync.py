"""Bringing a source's listings into the directory.

A sync reads the whole source first; any problem stops it there, is recorded on
the source in plain words, and changes no listing. Then, in one transaction,
each item is matched to its page by (source, identifier): new ones are added,
changed ones (by content hash) updated, unchanged ones only counted as
checked, and pages of items gone from the source are unpublished, never
deleted. Trusted sources publish straight away; others save a draft and submit
it to the "Directory review" workflow.
"""

import hashlib
import logging
from dataclasses import dataclass

from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Page, PageLogEntry, Revision, TaskState, Workflow, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

from core.indexing import indexing_deferred, note_saved
from core.pagecache import content_changed
from directory.closures import closure_breaks
from directory.freshness import next_check_due
from directory.models import ActivityPage, ActivitySchedule, ScheduleBreak, SessionDate
from directory.permissions import REVIEW_WORKFLOW
from directory.schedules import upcoming_sessions
from feeds import csv_format, ical, oruk
from feeds.errors import FeedError
from feeds.fetching import Fetched, fetch
from feeds.listings import storable
from feeds.matching import Matcher
from feeds.models import OWNED_WHEN_SURE, FeedItem, LikelyDuplicate, Source

logger = logging.getLogger(__name__)

LISTING_FIELDS = [
    "title",
    "summary",
    "description",
    "how_to_join",
    "contact_email",
    "contact_phone",
    "cost_details",
]
ACCEPT_TYPES = {
    Source.Kind.ICALENDAR: ical.ACCEPT_TYPES,
    Source.Kind.OPEN_REFERRAL: oruk.ACCEPT_TYPES,
}


@dataclass
class Outcome:
    added: int = 0
    changed: int = 0
    ended: int = 0
    # New items that were listings the directory had: joined, or waiting for the team.
    joined: int = 0
    waiting: int = 0
    unchanged_source: bool = False


def sync_source(source, force=False, body=None):
    """Sync one source; returns an Outcome, or None if it failed (see source.last_error).
    `body`, if given, is used instead of fetching (the demo content's shipped files)."""
    now = timezone.now()
    source.last_attempt_at = now
    try:
        fetched = Fetched(body) if body is not None else read_body(source, force)
        unchanged = fetched.body is None or (
            not force and hashlib.sha256(fetched.body).hexdigest() == source.body_hash
        )
        reading = None if unchanged else read_listings(source, fetched.body)
        with transaction.atomic():
            if unchanged:
                outcome = Outcome(unchanged_source=True)
                count_as_checked(source, source.items.filter(ended_at__isnull=True), now)
            else:
                outcome = apply(source, reading.listings, now)
                source.body_hash = hashlib.sha256(fetched.body).hexdigest()
                source.items_added, source.items_changed = outcome.added, outcome.changed
                source.items_ended = outcome.ended
                source.items_joined, source.items_waiting = outcome.joined, outcome.waiting
                source.last_problems = storable("\n".join(reading.problems))
            # A header too long to keep is not kept: the next fetch is then in full.
            source.etag = fitting(fetched.etag, Source._meta.get_field("etag").max_length)
            source.last_modified = fitting(
                fetched.last_modified, Source._meta.get_field("last_modified").max_length
            )
            source.last_success_at, source.last_error = now, ""
            source.sync_status = Source.SyncStatus.DONE
            source.save()
    except FeedError as error:
        record_failure(source, str(error))
        return None
    except ValidationError as error:
        # Rolled back: a listing the directory would not accept stops the whole sync.
        record_failure(
            source,
            _("An item could not be saved, so nothing was changed: %(problem)s")
            % {"problem": "; ".join(error.messages)},
        )
        return None
    except Exception:
        # Rolled back too. One source's surprise must not stop the sources after it.
        logger.exception("Feed source %s failed to sync", source.pk)
        record_failure(
            source,
            _(
                "Something in the source could not be handled, so nothing was changed. "
                "The site's team has been told."
            ),
        )
        return None
    return outcome


def fitting(value, length):
    value = storable(value)
    return value if len(value) <= length else ""


def record_failure(source, message):
    source.last_error = storable(message)
    source.sync_status = Source.SyncStatus.FAILED
    source.save(update_fields=["last_attempt_at", "last_error", "sync_status"])


def read_body(source, force):
    if source.kind == Source.Kind.CSV:
        if not source.upload:
            raise FeedError(_("Upload a CSV file for this source."))
        with source.upload.open("rb") as upload:
            # One byte over the limit is enough for read_csv to refuse the file.
            return Fetched(upload.read(settings.FEEDS_MAX_BYTES + 1))
    if not source.url:
        raise FeedError(_("Give the address of the feed for this source."))
    if force:
        return fetch(source.url, ACCEPT_TYPES[source.kind])
    return fetch(source.url, ACCEPT_TYPES[source.kind], source.etag, source.last_modified)


def read_listings(source, body):
    if source.kind == Source.Kind.CSV:
        return csv_format.read_csv(body)
    if source.kind == Source.Kind.ICALENDAR:
        return ical.read_calendar(body)
    return oruk.read_services(source.url, body)


def apply(source, listings, now):
    items = {
        item.external_id: item
        for item in source.items.select_related("activity", "duplicate")
        if not (item.held and not hasattr(item, "duplicate"))
    }
    # A held item whose look-alike was deleted has nothing left to decide: it is new again.
    source.items.filter(held=True, duplicate__isnull=True).delete()
    outcome, unchanged, new_items, held = Outcome(), [], [], []
    # New listings go beneath the organisation they name by identifier, else the feed's.
    trees = {}
    matcher = None  # read only when a new item comes
    # A venue is the only reference a feed can give its listings.
    with indexing_deferred(update_references=bool(source.venue_id)):
        for listing in listings:
            digest = listing.content_hash()
            item = items.get(listing.external_id)
            if item is not None and item.held:
                hold_again(item, listing, digest, now)
                outcome.waiting += 1
                continue
            page = item.activity if item else None
            # An item that joined a listing and keeps none of its fields changes nothing.
            same = item is not None and (item.content_hash == digest or item.owned_fields == [])
            if page is not None and same and item.ended_at is None:
                unchanged.append(item)
                continue
            owned = item.owned_fields if item else None
            match = None
            if item is None:
                matcher = matcher or Matcher(source)
                match = matcher.match(listing)
            if match is not None and not match.sure:
                new_item = FeedItem(
                    source=source,
                    external_id=listing.external_id,
                    content_hash=digest,
                    last_seen_at=now,
                    held=True,
                )
                new_items.append(new_item)
                held.append((new_item, match, listing))
                outcome.waiting += 1
                continue
            if match is not None:
                page, owned = ActivityPage.objects.get(pk=match.activity_id), OWNED_WHEN_SURE
                update_page(source, page, listing, now, owned)
                outcome.joined += 1
            elif page is None:
                matcher = matcher or Matcher(source)
                parent = matcher.organisation_named(listing) or source.organisation
                if parent.pk not in trees:
                    trees[parent.pk] = NewChildren(parent)
                page = add_page(source, trees[parent.pk], listing, now)
                outcome.added += 1
            else:
                page = page.specific
                update_page(source, page, listing, now, owned)
                outcome.changed += 1
            if item is None:
                new_items.append(
                    FeedItem(
                        source=source,
                        external_id=listing.external_id,
                        activity=page,
                        content_hash=digest,
                        last_seen_at=now,
                        owned_fields=owned,
                    )
                )
            else:
                item.activity, item.content_hash = page, digest
                item.last_seen_at, item.ended_at = now, None
                item.save()
        listed = {listing.external_id for listing in listings}
        for item in items.values():
            if item.external_id not in listed and item.held:
                # Nothing was made from it: gone, it leaves nothing to decide.
                item.delete()
            elif item.external_id not in listed and item.ended_at is None:
                end_item(item, now)
                outcome.ended += 1
        for tree in trees.values():
            tree.finish()
    FeedItem.objects.bulk_create(new_items, batch_size=500)
    LikelyDuplicate.objects.bulk_create(
        [
            LikelyDuplicate(
                item=new_item,
                activity_id=match.activity_id,
                score=match.score,
                reasons=match.reasons,
                listing=listing.as_json(),
            )
            for new_item, match, listing in held
        ]
    )
    count_as_checked(source, FeedItem.objects.filter(pk__in=[item.pk for item in unchanged]), now)
    return outcome


def add_page(source, tree, listing, now):
    # Not Page.save() and save_revision() per page, nor model validation (the feed's
    # values are checked at the feeds' boundary): with them a first sync of a large
    # calendar took many minutes. The new pages go in together: see NewChildren.
    page = ActivityPage(
        slug=unique_slug(source, listing),
        locale_id=tree.parent.locale_id,
        venue=source.venue,
        last_checked=now.date(),
    )
    fill(page, listing, in_memory=False)
    if source.trusted:
        page.live = True
        page.first_published_at = page.last_published_at = now
    else:
        page.live = False  # a draft, for the review workflow
    tree.add(page, listing)
    return page


class NewChildren:
    """Adds pages beneath `parent` without treebeard's queries per page; their
    session times and breaks are inserted together at the end, and the drafts
    among them submitted for review together."""

    def __init__(self, parent):
        self.parent = parent
        last = self.children().order_by("-path").first()
        self.last_step = int(last.path[-ActivityPage.steplen :], 36) if last else 0
        self.added, self.now = [], timezone.now()

    def children(self):
        # Not get_children(): it trusts numchild, which may be stale in memory.
        return Page.objects.filter(path__startswith=self.parent.path, depth=self.parent.depth + 1)

    def add(self, page, listing):
        self.last_step += 1
        page.depth = self.parent.depth + 1
        page.path = ActivityPage._get_path(self.parent.path, page.depth, self.last_step)
        page.set_url_path(self.parent)
        page.draft_title = page.title
        schedules, breaks = schedule_rows(page, listing), break_rows(page, listing)
        # What ActivityPage.save would work out, from the listing in memory.
        # Closure days too: a new listing does not meet on them until an editor says so.
        sessions = upcoming_sessions(schedules, breaks + closure_breaks(), after=self.now, count=1)
        page.next_session_start = sessions[0].start if sessions else None
        page.review_due_on = next_check_due(page.last_checked, self.parent.review_interval_months)
        self.added.append((page, schedules, breaks))

    def finish(self):
        """Inserts the new pages together: Wagtail's save costs several queries a page,
        and Django cannot bulk-create a model with a parent table, so the page rows go
        in bulk, then the activity rows in bulk too (insert_child_rows). Their session
        times, breaks and "created" log entries follow in bulk."""
        if not self.added:
            return
        pages = [page for page, _schedules, _breaks in self.added]
        Page.objects.bulk_create(pages, batch_size=500)
        for page in pages:
            page.page_ptr_id = page.id
        insert_child_rows(ActivityPage, pages)
        note_saved(ActivityPage, [page.pk for page in pages])
        # What each page's post_save did, once: cached pages are stale.
        content_changed()
        rules = [row for _page, schedules, _breaks in self.added for row in schedules]
        ActivitySchedule.objects.bulk_create(rules, batch_size=500)
        SessionDate.write(rules, pages=[page.pk for page in pages])
        ScheduleBreak.objects.bulk_create(
            [row for _page, _schedules, breaks in self.added for row in breaks], batch_size=500
        )
        log_in_bulk(pages, "wagtail.create", self.now, content_changed=True)
        self.parent.numchild = self.children().count()
        Page.objects.filter(pk=self.parent.pk).update(numchild=self.parent.numchild)
        drafts = [added for added in self.added if not added[0].live]
        if drafts:
            submit_new_for_review(drafts, self.now)


def insert_child_rows(model, objs, batch_size=500):
    """The rows of `model`'s own table for objects whose parent rows are in already, a
    few hundred per INSERT: the insert save_base(raw=True) makes for each, values as set."""
    fields = [field for field in model._meta.local_concrete_fields if not field.generated]
    for start in range(0, len(objs), batch_size):
        model._base_manager._insert(objs[start : start + batch_size], fields=fields, raw=True)


def log_in_bulk(pages, action, now, revisions=None, data=None, content_changed=False):
    """The entries Wagtail's log() would write in each page's history, in one insert."""
    content_type = ContentType.objects.get_for_model(ActivityPage)
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page=page,
                content_type=content_type,
                label=page.get_admin_display_title(),
                action=action,
                timestamp=now,
                revision=revisions[number] if revisions else None,
                data=data[number] if data else {},
                content_changed=content_changed,
            )
            for number, page in enumerate(pages)
        ],
        batch_size=500,
    )


def submit_new_for_review(drafts, now):
    """What save_revision() and Workflow.start() do for each new draft (a revision, the
    workflow and its first task in progress, their history entries and the "submitted"
    emails), with a few inserts for them all rather than dozens of queries a page.
    `drafts` are (page, schedules, breaks), all new beneath one organisation."""
    pages = [page for page, _schedules, _breaks in drafts]
    workflow = pages[0].get_workflow() or Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    task = workflow.tasks.filter(active=True).first() if workflow else None
    if task is None or task.specific.get_task_state_class() is not TaskState:
        # Nothing to submit to, or a task of another kind: Wagtail's own way, page by page.
        for page in pages:
            submit_for_review(page)
        return
    for page, schedules, breaks in drafts:
        # A new page has nothing else in its child relations: the revision is made
        # from memory, without a query per relation.
        for relation in get_all_child_relations(page):
            setattr(page, relation.get_accessor_name(), [])
        for field in get_all_child_m2m_relations(page):
            setattr(page, field.name, [])
        page.schedules, page.breaks = schedules, breaks
    content_type = ContentType.objects.get_for_model(ActivityPage)
    base_content_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(page.pk),
                content=page.serializable_data(),
                object_str=str(page),
                created_at=now,
            )
            for page in pages
        ],
        batch_size=500,
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision, page.latest_revision_created_at = revision, now
        page.has_unpublished_changes = True
    ActivityPage.objects.bulk_update(
        pages,
        ["latest_revision", "latest_revision_created_at", "has_unpublished_changes"],
        batch_size=500,
    )
    states = WorkflowState.objects.bulk_create(
        [
            WorkflowState(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(page.pk),
                workflow=workflow,
                status=WorkflowState.STATUS_IN_PROGRESS,
            )
            for page in pages
        ],
        batch_size=500,
    )
    task_states = TaskState.objects.bulk_create(
        [
            TaskState(
                workflow_state=state,
                revision=revision,
                task=task,
                status=TaskState.STATUS_IN_PROGRESS,
            )
            for state, revision in zip(states, revisions, strict=True)
        ],
        batch_size=500,
    )
    for state, task_state in zip(states, task_states, strict=True):
        state.current_task_state = task_state
    WorkflowState.objects.bulk_update(states, ["current_task_state"], batch_size=500)
    for state, task_state in zip(states, task_states, strict=True):
        task_submitted.send(sender=TaskState, instance=task_state, user=None)
        workflow_submitted.send(sender=WorkflowState, instance=state, user=None)
    log_in_bulk(
        pages,
        "wagtail.workflow.start",
        now,
        revisions=revisions,
        data=[
            {
                "workflow": {
                    "id": workflow.id,
                    "title": workflow.name,
                    "status": WorkflowState.STATUS_IN_PROGRESS,
                    "next": {"id": task.id, "title": task.name},
                    "task_state_id": task_state.id,
                }
            }
            for task_state in task_states
        ],
    )


def hold_again(item, listing, digest, now):
    """A likely duplicate seen again: the team decides on what the source says now."""
    if item.content_hash != digest:
        LikelyDuplicate.objects.filter(item=item).update(listing=listing.as_json())
        item.content_hash = digest
    item.last_seen_at = now
    item.save(update_fields=["content_hash", "last_seen_at"])


def update_page(source, page, listing, now, owned=None):
    """The page as the source says now; of a listing the item joined, only the `owned`
    fields (feeds.models.OWNABLE)."""
    fill(page, listing, owned=owned)
    page.last_checked = now.date()
    if source.trusted:
        if owned is None:
            page.live, page.has_unpublished_changes = True, False
        if page.live:
            page.last_published_at = now
        page.save()
    else:
        submit_for_review(page)


def fill(page, listing, in_memory=True, owned=None):
    def keeps(name):
        return owned is None or name in owned

    for name in LISTING_FIELDS:
        if keeps(name):
            setattr(page, name, getattr(listing, name))
    if keeps("description"):
        page.description = listing.description or f"<p>{escape(listing.summary)}</p>"
    if in_memory and keeps("sessions"):
        page.schedules = schedule_rows(page, listing)
        page.breaks = break_rows(page, listing)


def schedule_rows(page, listing):
    return [
        ActivitySchedule(
            page=page,
            frequency=session.frequency,
            weekday=session.weekday,
            week_of_month=session.week_of_month,
            starts_on=session.starts_on,
            ends_on=session.ends_on,
            start_time=session.start_time,
            end_time=session.end_time,
            sort_order=order,
        )
        for order, session in enumerate(listing.sessions)
    ]


def break_rows(page, listing):
    return [
        ScheduleBreak(
            page=page, starts_on=first, ends_on=last, reason=_("Not running"), sort_order=order
        )
        for order, (first, last) in enumerate(listing.breaks)
    ]


def submit_for_review(page):
    """A draft, waiting for the directory team in the review workflow."""
    revision = page.save_revision(clean=False)
    workflow = page.get_workflow() or Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    if workflow is not None and not page.workflow_in_progress:
        workflow.start(page, user=None)
    return revision


def end_item(item, now):
    """Gone from its source: off the site, kept in the admin, back if it returns."""
    item.ended_at = now
    item.save(update_fields=["ended_at"])
    # A listing the item joined was there before it, and stays.
    if item.activity is not None and item.activity.live and item.owned_fields is None:
        item.activity.specific.unpublish()


def count_as_checked(source, items, now):
    """A sync that still finds an item confirms its listing, as a check would."""
    activity_ids = list(items.values_list("activity_id", flat=True))
    items.update(last_seen_at=now)
    today = now.astimezone(timezone.get_current_timezone()).date()
    due = next_check_due(today, source.organisation.review_interval_months)
    for start in range(0, len(activity_ids), 500):
        ActivityPage.objects.filter(pk__in=activity_ids[start : start + 500]).update(
            last_checked=today, review_due_on=due
        )


def unique_slug(source, listing):
    digest = hashlib.sha256(listing.external_id.encode()).hexdigest()[:8]
    return f"{slugify(listing.title)[:50] or 'activity'}-{source.pk}-{digest}"


def sync_due_sources(now=None):
    """Every source due a sync; returns (source, outcome) pairs."""
    return [(source, sync_source(source)) for source in Source.objects.all() if source.is_due(now)]
