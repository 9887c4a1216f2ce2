"""Form pieces every public form shares: cleaned text fields, GOV.UK-style choices,
the error summary's list, and the protection against automated posts (a trap
field people leave empty and a signed note of when the form was first shown)."""

import re
import time
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from core.ratelimit import over_limit

KEEP = {"\n", "\t"}
FILL_TIME_SALT = "forms.fill-time"


def without_control_characters(text):
    """Drop control and invisible formatting characters a person cannot have meant."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        char
        for char in text
        if char in KEEP or unicodedata.category(char) not in {"Cc", "Cs", "Co", "Cn"}
    )


def fill_time_token():
    """A signed note of when a form was first shown, for it to carry and give back."""
    return signing.dumps(time.time(), salt=FILL_TIME_SALT)


def seconds_since(token):
    """How long ago fill_time_token made `token`; None if it did not."""
    try:
        started = signing.loads(token, salt=FILL_TIME_SALT)
    except signing.BadSignature:
        return None
    return time.time() - started if isinstance(started, float) else None


class TextField(forms.CharField):
    """A CharField that cleans out control characters before validating."""

    def __init__(self, *, max_length, **kwargs):
        kwargs.setdefault("required", False)
        messages = {"max_length": _("Enter %(limit_value)d characters or fewer.")}
        kwargs["error_messages"] = {**messages, **kwargs.get("error_messages", {})}
        super().__init__(max_length=max_length, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = without_control_characters(value)
        return super().to_python(value)


class EmailAddressField(forms.EmailField):
    """An optional email address, with the error messages residents see everywhere."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "error_messages",
            {
                "invalid": _("Enter an email address in the right format, like name@example.org"),
                "max_length": _("Enter %(limit_value)d characters or fewer."),
            },
        )
        kwargs.setdefault(
            "widget", forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"})
        )
        super().__init__(max_length=254, **kwargs)


# A phone number as people write it: digits, spaces, brackets, dashes, a leading +.
PHONE_NUMBER = re.compile(r"^\+?[0-9 ()-]{10,20}$")


class OwnLanguageRadios(forms.RadioSelect):
    """Radios whose values are language codes and whose labels are written in
    that language: components/choices.html marks each option with its own `lang`."""

    options_in_own_language = True


def radios(label, choices, required_message, *, widget=forms.RadioSelect, **kwargs):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=widget,
        error_messages={
            "required": required_message,
            "invalid_choice": _("Choose one of the options shown."),
        },
        **kwargs,
    )


def checkboxes(label, choices, **kwargs):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("Choose from the options shown.")},
        **kwargs,
    )


def error_list(form):
    """(anchor, message) for the error summary, each linking to its field."""
    items = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        anchor = f"f-{name}"
        # Radios and checkboxes (CheckboxSelectMultiple is a RadioSelect) link to
        # their first option; a single checkbox is f-<name> itself.
        if field is not None and isinstance(field.widget, forms.RadioSelect):
            anchor += "-0"
        items.extend((anchor, error) for error in errors)
    return items


def started_at(request):
    """The form's signed start time: kept from the first showing when it is sent back."""
    started = request.POST.get("started", "")
    return started if seconds_since(started) is not None else fill_time_token()


class ProtectedForm(forms.Form):
    """A public form with a trap field people leave empty (hidden from people,
    keyboards and screen readers) and the signed time it was first shown."""

    website = forms.CharField(required=False, max_length=200)
    started = forms.CharField(required=False, max_length=200)

    def seems_human(self, min_seconds):
        """The trap is empty and the form took at least min_seconds to fill in."""
        if self.cleaned_data.get("website"):
            return False
        elapsed = seconds_since(self.cleaned_data.get("started", ""))
        return elapsed is not None and elapsed >= min_seconds


def read_protected_post(request, form_class, *, bucket, limit, paused_notice, check_notice):
    """A public form's POST: rate limit, then the form and its protection.

    Returns (form, status, notice); status 200 means the answers are accepted and
    the caller saves them. Over the limit the answers come back unchecked, to send
    later (429); a trap or too-quick fill-in gets a gentle "check and send again"."""
    if over_limit(request, bucket, limit):
        return form_class(initial=request.POST.dict()), 429, paused_notice
    form = form_class(request.POST)
    if form.is_valid() and form.seems_human(settings.REFERRALS_MIN_FILL_SECONDS):
        return form, 200, None
    return form, 400, check_notice if form.is_valid() else None
