"""Emails to an organisation's editors about checking their listings.

They carry a signed "still running as described" link (no sign-in needed) and
a link to edit the listing. They wait in the outbox (ReviewNotice, see
core/outbox.py) until sent.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from core.localformat import local_date
from directory.freshness import confirm_token
from directory.models import ReviewNotice


def message(notice):
    activity = notice.activity
    site_url = activity.get_site().root_url
    confirm = site_url + reverse("confirm_listing", args=[confirm_token(activity)])
    edit = settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[activity.pk])
    if notice.kind == ReviewNotice.Kind.REMINDER:
        subject = _("Is “%(title)s” still running as described?") % {"title": activity.title}
        opening = _(
            "Please check the listing for “%(title)s”: its details were last confirmed on %(date)s."
        ) % {"title": activity.title, "date": local_date(activity.last_checked)}
    else:
        subject = _("“%(title)s” has been taken out of search") % {"title": activity.title}
        opening = _(
            "Nobody has confirmed the listing for “%(title)s” for a long time, so residents "
            "no longer find it in search. It has not been deleted."
        ) % {"title": activity.title}
    body = "\n\n".join(
        [
            opening,
            _("If it is still running as described, confirm it with one click:") + f"\n{confirm}",
            _("The same link lets you say whether there is room for newcomers this week."),
            _("If something has changed, edit the listing:") + f"\n{edit}",
        ]
    )
    return subject, body
