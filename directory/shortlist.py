"""A resident's shortlist, kept in its address: `?a=12,34,56` (the activities'
page ids, in the order they were saved). No account, no cookie: the address is
the list, to bookmark, share or hand over. The shortlist app shows it; the find
and activity pages carry it along as `?shortlist=` so each "Save" adds to it."""

from urllib.parse import urlencode

from django.http import QueryDict
from django.urls import reverse

MAX_ITEMS = 30  # a handout's worth; more is ignored rather than refused
LIST_PARAMETER = "a"  # on the shortlist's own address
CARRIED_PARAMETER = "shortlist"  # on the find and activity pages


def parse_ids(value):
    """The ids in "12,34,x,12": whole positive numbers, each once, in order.

    Anything else is dropped: a mangled link still shows what it can."""
    ids = []
    for part in str(value or "").split(",")[: MAX_ITEMS * 4]:
        part = part.strip()
        if part.isascii() and part.isdigit() and len(part) < 10:
            number = int(part)
            if number and number not in ids:
                ids.append(number)
    return ids[:MAX_ITEMS]


def format_ids(ids):
    return ",".join(str(number) for number in ids)


def shortlist_url(ids, **extra):
    """The shortlist page in the active language, for these ids."""
    query = {LIST_PARAMETER: format_ids(ids), **extra} if ids else extra
    # Commas left as they are: the address is printed and may be typed.
    return reverse("shortlist:show") + (f"?{urlencode(query, safe=',/')}" if query else "")


def carried_ids(request):
    return parse_ids(request.GET.get(CARRIED_PARAMETER))


def local_path(address):
    """`address` if it is a path on this site, else None (never a way off-site)."""
    address = str(address or "")
    if address.startswith("/") and not address.startswith(("//", "/\\")):
        return address
    return None


def with_shortlist(address, ids):
    """A page on this site (find, activity) that carries the shortlist along."""
    path, _, query = address.partition("?")
    params = QueryDict(query, mutable=True)
    params.pop(CARRIED_PARAMETER, None)
    if ids:
        params[CARRIED_PARAMETER] = format_ids(ids)
    return f"{path}?{params.urlencode(safe=',/')}" if params else path
