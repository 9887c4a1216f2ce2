from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import EmailAddressField, ProtectedForm


class SendShortlistForm(ProtectedForm):
    email = EmailAddressField(
        required=True,
        label=_("Email address"),
        help_text=_("We use it only to send this list, and delete it once the email has gone."),
    )
    a = forms.CharField(max_length=400, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].error_messages["required"] = _("Enter your email address")
