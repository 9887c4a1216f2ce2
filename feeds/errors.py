from django.conf import settings
from django.utils.translation import gettext as _


class FeedError(Exception):
    """A source that could not be fetched or read; the message, already
    translated, is shown to the source's editors as its last error."""


def too_many():
    """A source with more items than FEEDS_MAX_ITEMS: events, services or rows."""
    return FeedError(
        _("The source has more than %(count)s activities or events, the most one source may have.")
        % {"count": settings.FEEDS_MAX_ITEMS}
    )
