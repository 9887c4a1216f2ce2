"""Fetching a source over the internet without letting it reach anywhere it should not.

Only http and https; every host is resolved and refused if any address is
private, loopback, link-local, multicast or reserved, and redirects are followed
here so each hop is checked again. The check is made as each connection is
opened, and the connection goes to the address that was checked, so a name
that resolves differently a moment later (DNS rebinding) cannot slip past it.
Bodies are read in chunks up to a size limit, with connect and read timeouts,
and a conditional GET lets an unchanged source answer 304 without sending
anything.
"""

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from django.conf import settings
from django.utils.translation import gettext as _

from feeds.errors import FeedError

MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024


@dataclass
class Fetched:
    body: bytes | None  # None when the source answered "not modified"
    etag: str = ""
    last_modified: str = ""


def check_address(url):
    """Refuse URLs a feed must not reach, before any connection is made."""
    public_address(checked_host(url), urlsplit(url).port)


def checked_host(url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FeedError(_("Only web addresses starting http:// or https:// can be used."))
    return parts.hostname


def public_address(host, port):
    """The address to connect to for `host`, if every address it has may be reached."""
    try:
        infos = socket.getaddrinfo(host, port or None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FeedError(_("The address %(host)s could not be found.") % {"host": host}) from error
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if address.is_loopback and settings.FEEDS_ALLOW_LOOPBACK:
            continue
        if not address.is_global or address.is_multicast or address.is_reserved:
            raise FeedError(
                _("The address %(host)s is on a private network, so it cannot be fetched.")
                % {"host": host}
            )
    return infos[0][4][0]


class CheckedConnection:
    """Connects to the address public_address approved, never to a fresh lookup."""

    def _new_conn(self):
        host = self._dns_host
        self._dns_host = public_address(host, self.port)
        try:
            return super()._new_conn()
        finally:
            self._dns_host = host  # TLS still checks the certificate against the name


class CheckedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = type("CheckedHTTPConnection", (CheckedConnection, HTTPConnection), {})


class CheckedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = type("CheckedHTTPSConnection", (CheckedConnection, HTTPSConnection), {})


class CheckedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": CheckedHTTPConnectionPool,
            "https": CheckedHTTPSConnectionPool,
        }


def fetch(url, accept_types, etag="", last_modified=""):
    """GET `url`; raises FeedError with a plain explanation if anything is wrong."""
    # Names the site, so that a feed's owner can see who reads it and reach them.
    headers = {"User-Agent": f"GetConnected/1.0 (feeds; +{settings.WAGTAILADMIN_BASE_URL})"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeout = settings.FEEDS_TIMEOUT_SECONDS
    deadline = time.monotonic() + timeout * 2
    with requests.Session() as session:
        session.trust_env = False  # no proxies from the environment: they would bypass the checks
        session.mount("http://", CheckedAdapter())
        session.mount("https://", CheckedAdapter())
        for _hop in range(MAX_REDIRECTS + 1):
            checked_host(url)
            try:
                response = session.get(
                    url, headers=headers, stream=True, allow_redirects=False, timeout=timeout
                )
            except requests.Timeout as error:
                raise FeedError(_("The source took too long to answer.")) from error
            except requests.RequestException as error:
                raise FeedError(_("The source could not be reached.")) from error
            with response:
                if response.is_redirect:
                    url = urljoin(url, response.headers.get("Location", ""))
                    continue
                if response.status_code == 304:
                    return Fetched(None, etag, last_modified)
                if response.status_code != 200:
                    raise FeedError(
                        _("The source answered with an error (HTTP %(status)s).")
                        % {"status": response.status_code}
                    )
                content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
                if content_type.lower() not in accept_types:
                    raise FeedError(
                        _("The source sent %(type)s, which is not the kind of file expected.")
                        % {"type": content_type or _("a file of unknown type")}
                    )
                body = read_limited(response, deadline)
                return Fetched(
                    body,
                    response.headers.get("ETag", ""),
                    response.headers.get("Last-Modified", ""),
                )
    raise FeedError(_("The source redirected too many times."))


def read_limited(response, deadline):
    limit = settings.FEEDS_MAX_BYTES
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big(limit)
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(CHUNK_BYTES):
            size += len(chunk)
            if size > limit:
                raise too_big(limit)
            # A source that trickles bytes never trips the read timeout; this does.
            if time.monotonic() > deadline:
                raise FeedError(_("The source took too long to answer."))
            chunks.append(chunk)
    except requests.RequestException as error:
        raise FeedError(_("The source stopped answering part way through.")) from error
    return b"".join(chunks)


def too_big(limit):
    return FeedError(
        _("The source is larger than %(megabytes)s MB, the most a feed may be.")
        % {"megabytes": limit // (1024 * 1024)}
    )
