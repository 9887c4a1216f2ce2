"""A person's data across apps, found by name, email, phone or postcode, for a
subject access or erasure request (administrators only, core/admin_views.py).

Each app that keeps personal data registers a Source with the Wagtail hook
"register_personal_data": its model (with BlindIndexFields, core/blindindex.py),
how one record is exported, and how it is erased and logged. Core names no app.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail import hooks
from wagtail.log_actions import LogContext, log

from core.blindindex import blind_index, index_fields

HOOK = "register_personal_data"
EXPORT_ACTION = "core.personal_data_export"
ERASE_ACTION = "core.personal_data_erase"


def log_personal_data(record, action, user, title):
    """Wagtail's log entry for a record exported or erased here; nothing personal."""
    log(record, action, user=user, title=title, deleted=action == ERASE_ACTION)


@dataclass(frozen=True)
class Source:
    key: str  # the record's type in the export
    label: str
    model: type
    # One line for the results: a reference and a date, what the administrator checks.
    describe: Callable[[Any], str]
    export: Callable[[Any], dict]
    # Erase one record and log it (the source's own audit, or log_personal_data).
    erase: Callable[[Any, Any], None]
    # Log an export of one record.
    exported: Callable[[Any, Any], None]
    # The records to search (default: all), e.g. leaving out anonymised ones.
    queryset: Callable[[], Any] | None = None

    @classmethod
    def logged_in_wagtail(cls, *, title, **fields):
        """A source for records with no audit of their own: each export and erasure
        is a Wagtail log entry titled `title(record)`, and erasing deletes the record."""

        def erase(record, user):
            log_personal_data(record, ERASE_ACTION, user, title(record))
            record.delete()

        def exported(record, user):
            log_personal_data(record, EXPORT_ACTION, user, title(record))

        return cls(erase=erase, exported=exported, **fields)

    def records(self):
        return self.queryset() if self.queryset else self.model._default_manager.all()

    def find(self, digests):
        """Records whose index of a kind equals the digest searched for it."""
        conditions = [
            Q(**{field.attname: digests[field.kind]})
            for field in index_fields(self.model)
            if digests.get(field.kind)
        ]
        if not conditions:
            return []
        return list(self.records().filter(reduce(or_, conditions)))

    def matched(self, record, digests):
        """The kinds searched that this record matched."""
        return sorted(
            {
                field.kind
                for field in index_fields(self.model)
                if digests.get(field.kind) and getattr(record, field.attname) == digests[field.kind]
            }
        )


def sources():
    return [source() for source in hooks.get_hooks(HOOK)]


@dataclass(frozen=True)
class Found:
    source: Source
    record: Any
    matched: list

    @property
    def description(self):
        return self.source.describe(self.record)


def find(terms):
    """Every record held about a person; terms maps kinds ("name", "email",
    "phone", "postcode") to what the administrator typed."""
    digests = {kind: blind_index(kind, value) for kind, value in terms.items() if value}
    return [
        Found(source, record, source.matched(record, digests))
        for source in sources()
        for record in source.find(digests)
    ]


def export(found, user):
    """One document of everything found; each export is logged."""
    with LogContext(user=user):
        for item in found:
            item.source.exported(item.record, user)
    return {
        "exported": timezone.now().isoformat(),
        "records": [{"type": item.source.key, **item.source.export(item.record)} for item in found],
    }


@transaction.atomic
def erase(found, user):
    """Erases everything found in one transaction; the log entries share one id."""
    with LogContext(user=user):
        for item in found:
            item.source.erase(item.record, user)
    return len(found)
