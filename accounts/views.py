"""Signing in to the admin: the lockout page, and the second factor's setup
and verification pages, styled like Wagtail's own sign-in page."""

from base64 import b32encode

import django_otp
import segno
from axes.helpers import get_cool_off
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from accounts.forms import CodeForm
from accounts.two_factor import (
    check_code,
    has_device,
    needs_two_factor,
    new_backup_codes,
    normalise,
)

WRONG = gettext_lazy(
    "That code did not work. Enter the newest code, or check the time on your phone."
)
WAIT = gettext_lazy("Too many wrong codes. Wait a minute, then enter the newest code.")


def next_url(request):
    """Where to go once verified: the admin page asked for, never another site."""
    url = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a sign-in while too many have failed (AXES_LOCKOUT_CALLABLE)."""
    minutes = int(get_cool_off(request).total_seconds() // 60)
    return render(
        request,
        "accounts/locked_out.html",
        {"title": _("Signing in is paused"), "minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


@never_cache
def setup(request):
    """Connect an authenticator app: scan the QR code (or type the key), then
    enter a code it shows. Only for someone with no authenticator yet: with
    one, a password alone must never add another."""
    user = request.user
    if not needs_two_factor(user) or has_device(user):
        return redirect(next_url(request) if user.is_verified() else "accounts_verify")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    form = CodeForm(
        request.POST or None,
        help_text=_("The 6-digit code your authenticator app shows for this site."),
    )
    if form.is_valid() and waiting([device]):
        form.add_error("code", WAIT)
    elif form.is_valid():
        with transaction.atomic():
            device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
            confirmed = device.verify_token(normalise(form.cleaned_data["code"]))
            if confirmed:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
        if confirmed:
            django_otp.login(request, device)
            return render(
                request,
                "accounts/backup_codes.html",
                {
                    "title": _("Save your backup codes"),
                    "codes": new_backup_codes(user),
                    "next": next_url(request),
                },
            )
        form.add_error("code", WRONG)
    qr = segno.make(device.config_url, error="m")
    return render(
        request,
        "accounts/setup.html",
        {
            "title": _("Set up two-step verification"),
            "form": form,
            "next": next_url(request),
            "qr_data_uri": qr.svg_data_uri(scale=5, border=2),
            "key": " ".join(chunks(b32encode(device.bin_key).decode(), 4)),
        },
        status=400 if form.errors else 200,
    )


@never_cache
def verify(request):
    """Enter a code from the authenticator app, or a backup code, after the password."""
    user = request.user
    if user.is_verified() or not needs_two_factor(user):
        return redirect(next_url(request))
    if not has_device(user):
        return redirect(f"{reverse('accounts_setup')}?{request.GET.urlencode()}")
    form = CodeForm(
        request.POST or None,
        help_text=_("The 6-digit code your authenticator app shows, or one of your backup codes."),
    )
    if form.is_valid() and waiting(django_otp.devices_for_user(user)):
        form.add_error("code", WAIT)
    elif form.is_valid():
        device = check_code(user, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            return redirect(next_url(request))
        form.add_error("code", WRONG)
    return render(
        request,
        "accounts/verify.html",
        {"title": _("Enter your code"), "form": form, "next": next_url(request)},
        status=400 if form.errors else 200,
    )


def waiting(devices):
    """Each device slows down after a wrong code (1, 2, 4 … seconds): say so,
    or the right code entered too soon would look wrong too."""
    return any(not device.verify_is_allowed()[0] for device in devices)


def chunks(text, size):
    return [text[i : i + size] for i in range(0, len(text), size)]
