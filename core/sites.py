"""The Wagtail Site's address comes from WAGTAILADMIN_BASE_URL.

Every absolute link the site builds without a request to hand, or from the
Site rather than the request (sitemap, .ics files, JSON-LD, Open Referral
`url` fields, emails), starts with the default Site's root URL.
"""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_address(base_url):
    """The (hostname, port) of a Wagtail Site whose links start with base_url.

    Wagtail makes a Site on port 443 link with https and any other port with
    http, so an https address on another port cannot be one; ValueError then.
    """
    parts = urlsplit(base_url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"{base_url!r} is not an http:// or https:// address")
    if ":" in parts.hostname:
        raise ValueError(f"{base_url!r}: a Wagtail Site cannot link to an IPv6 address")
    port = parts.port  # raises ValueError when malformed or out of range
    port = DEFAULT_PORTS[parts.scheme] if port is None else port
    if port == 0:
        raise ValueError(f"{base_url!r}: port 0 is not a port to link to")
    if (parts.scheme == "https") != (port == 443):
        raise ValueError(f"{base_url!r}: Wagtail links with https on port 443 only, and only there")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValueError(f"{base_url!r} must be an origin, without a path")
    return parts.hostname, port


def update_default_site_address():
    """Give the default Site the address in WAGTAILADMIN_BASE_URL, if it has
    another; the Site, or None before there is one."""
    hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.full_clean()  # another Site may already have this address
        site.save()
    return site
