"""Whole public pages served from the shared cache to visitors without a session,
and compressed only when they carry no secret. See docs/operations.md#caching.

A page is kept under its address (scheme, host, path with its language prefix,
query string), its language and today's date, together with the site's content
generation: a random token replaced whenever anything a page can show is saved,
published, unpublished, moved or deleted. A stored page from an older generation
is never served, so a publish is visible at once on every page without working
out which pages show what; the date in the key renews pages that change with
the day (campaign phases, "next session").
"""

import base64
import hashlib
import logging
import os
import re
import uuid
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.outbox import Outbox

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Each worker's own copy of the pages it served lately (about 60 KB each).
WORKER_PAGES = LocMemCache("worker-pages", {"OPTIONS": {"MAX_ENTRIES": 200}})
# Longer addresses are served but not kept: nobody shares them, and they would
# only fill the cache.
MAX_ADDRESS_LENGTH = 1000
# Cookies that make a page personal: a session (a resident's answers, a
# signed-in editor) or a message waiting to be shown.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Answers kept by `remember` lapse within a day even if nothing is edited.
REMEMBER_SECONDS = 24 * 60 * 60
NONCE = re.compile(r"'nonce-([^']+)'")
# Within a request, set once the cache has failed: every later use would wait
# for its timeout again (a hung Redis would cost seconds per lookup).
_cache_down = ContextVar("page_cache_down", default=False)
# Within a request, the content generation and what `remember` answered: a
# find page asks for the closure days once per result, and each ask was two
# round trips to the cache. None outside a request (tasks, commands).
_request_memo = ContextVar("page_cache_memo", default=None)

# Content that pages show lives in these apps; emails waiting to go (Outbox) and
# the models listed below are written by visitors or bookkeeping, change nothing
# a page shows, and would otherwise empty the cache at every visit.
CONTENT_APPS = {
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "taggit",
    "core",
    "home",
    "directory",
    "campaign",
    "search",  # synonyms change what the find page lists
}
NOT_SHOWN = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailimages.rendition",
    "directory.zeroresultsearch",
    "directory.problemreport",
    "campaign.scancount",
    "campaign.nextstepcount",
}


def page_language(request):
    """The language prefix of a public page's address (/en/, /ar/), or None.

    Only those addresses are pages for readers. The rest (/healthz, the admin,
    the API, /go/ redirects) never touch the page cache, so a hung cache or a
    lost database cannot slow or break the health check through it."""
    return get_language_from_path(request.path_info)


def do_not_cache(request):
    """Keep this request's page out of every cache: it counts something each time it is seen."""
    request.page_cache_skip = True


def _renew_generation():
    _forget_within_request()
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        # Publishing must not fail with the cache: a stored page then lives at
        # most PAGE_CACHE_SECONDS.
        logger.exception("Could not renew the page cache generation")


def current_generation():
    """The content generation, made when the cache holds none (first use, or
    emptied); read once per request."""
    memo = _request_memo.get()
    if memo is not None and GENERATION_KEY in memo:
        return memo[GENERATION_KEY]
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    if memo is not None:
        memo[GENERATION_KEY] = generation
    return generation


def _forget_within_request():
    """Content changed during this request: what it remembered is stale."""
    memo = _request_memo.get()
    if memo is not None:
        memo.clear()


def cache_usable():
    """False once the cache has failed during this request."""
    return not _cache_down.get()


def cache_failed():
    logger.exception("Page cache unreachable")
    _cache_down.set(True)


def remember(name, compute):
    """compute()'s answer, kept in the shared cache until content next changes.

    For what every page reads and only an edit changes (the site, its locales,
    menus, routes): a publish renews the generation, and with it every answer.
    Kept even when the page cache is off. The cache unreachable: computed afresh
    (once per request). Within a request every ask gets the same answer, read once.
    """
    memo = _request_memo.get()
    if memo is not None and name in memo:
        return memo[name]
    found = _remembered(name, compute)
    if memo is not None:
        memo[name] = found
    return found


def _remembered(name, compute):
    if not cache_usable():
        return compute()
    try:
        key = f"pagecache:{current_generation()}:{name}"
        found = cache.get(key)
    except Exception:
        cache_failed()
        return compute()
    if found is None:
        found = compute()
        try:
            cache.set(key, found, REMEMBER_SECONDS)
        except Exception:
            cache_failed()
    return found


def content_changed(sender=None, **kwargs):
    """Pages stored until now are stale. Renewed now, and again when the
    transaction commits, so a page rendered from the old data meanwhile is not kept."""
    _renew_generation()
    transaction.on_commit(_renew_generation)


def _content_saved(sender, instance=None, **kwargs):
    meta = sender._meta
    if isinstance(instance, Page) or (
        meta.app_label in CONTENT_APPS
        and meta.label_lower not in NOT_SHOWN
        and not issubclass(sender, Outbox)
    ):
        content_changed()


def connect_signals():
    post_save.connect(_content_saved, dispatch_uid="pagecache-save")
    post_delete.connect(_content_saved, dispatch_uid="pagecache-delete")
    # Publishing saves the page too; these also cover scheduled publishing and moves.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"pagecache-{id(signal)}")


def carries_no_secret(request, response):
    """True when nothing in the response belongs to one visitor: no session,
    no cookie set, no CSRF token rendered, not marked private."""
    if any(name in request.COOKIES for name in PERSONAL_COOKIES) or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED"):
        return False
    user = getattr(request, "user", None)
    if (user is not None and user.is_authenticated) or getattr(request, "is_preview", False):
        return False
    directives = {
        d.split("=")[0].strip().lower()
        for d in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not directives & {"private", "no-store", "no-cache"}


class SafeGZipMiddleware(GZipMiddleware):
    """Django's gzip, only for responses that carry no secret: a compressed page
    holding a CSRF token or someone's answers could leak them to an attacker who
    can add text to it and watch its size (BREACH)."""

    def process_response(self, request, response):
        # Streamed responses are files and downloads, mostly compressed already.
        if response.streaming or not carries_no_secret(request, response):
            return response
        return super().process_response(request, response)


class PageCacheMiddleware:
    """Answers from the cache when it holds this page of the current generation;
    otherwise keeps what the view answered if nothing in it is personal."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _cache_down.set(False)
        memo_token = _request_memo.set({})
        try:
            return self.answer(request)
        finally:
            _request_memo.reset(memo_token)
            _cache_down.reset(token)

    def answer(self, request):
        key = self.key(request)
        generation = None
        if key is not None:
            try:
                generation, stored = self.stored(key)
            except Exception:
                cache_failed()
                key = None
            else:
                if generation is not None:
                    _request_memo.get()[GENERATION_KEY] = generation
                if stored is not None:
                    return self.replay(*stored[1:])

        response = self.get_response(request)
        if key is None or not self.cacheable(request, response):
            if not response.has_header("Cache-Control"):
                # Nor may a proxy keep it for someone else.
                patch_cache_control(response, private=True)
            return response
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
        patch_vary_headers(response, ("Cookie",))
        try:
            if generation is None:
                generation = current_generation()
            stored = (generation, response.status_code, response.content, list(response.items()))
            cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
            WORKER_PAGES.set(key, stored, settings.PAGE_CACHE_SECONDS)
        except Exception:
            cache_failed()
        return response

    @staticmethod
    def stored(key):
        """The current generation, and the page kept under `key` if it is of that
        generation. A page this worker kept costs only the generation's lookup in
        the shared cache, not the whole page's transfer; the shared cache still
        decides, so an edit made through any worker stales it at once."""
        kept = WORKER_PAGES.get(key)
        if kept is not None:
            generation = cache.get(GENERATION_KEY)
            if generation is not None and kept[0] == generation:
                return generation, kept
        found = cache.get_many([GENERATION_KEY, key])
        generation, stored = found.get(GENERATION_KEY), found.get(key)
        if stored is None or generation is None or stored[0] != generation:
            return generation, None
        WORKER_PAGES.set(key, stored, settings.PAGE_CACHE_SECONDS)
        return generation, stored

    @staticmethod
    def key(request):
        """The cache key of this request's page, or None when it must not come from the cache."""
        if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return None
        if any(name in request.COOKIES for name in PERSONAL_COOKIES):
            return None
        language = page_language(request)
        if language is None:
            return None
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        if len(address) > MAX_ADDRESS_LENGTH:
            return None
        day = timezone.localdate().isoformat()
        digest = hashlib.sha256(f"{language}|{day}|{address}".encode()).hexdigest()
        return f"pagecache:page:{digest}"

    @staticmethod
    def cacheable(request, response):
        return (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not getattr(request, "page_cache_skip", False)
            and not response.has_header("Cache-Control")
            and carries_no_secret(request, response)
        )

    @staticmethod
    def replay(status, content, headers):
        """The stored page, with a fresh CSP nonce: a nonce anyone can read from
        the cache would let injected script run."""
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        policy = response.get("Content-Security-Policy", "")
        old = NONCE.search(policy)
        if old:
            new = base64.b64encode(os.urandom(16)).decode("ascii")
            response.content = content.replace(old[1].encode(), new.encode())
            response["Content-Security-Policy"] = policy.replace(old[1], new)
        return response
