from django import forms
from django.utils.translation import gettext_lazy as _

from core import notify
from core.forms import PHONE_NUMBER, EmailAddressField, ProtectedForm, TextField, radios

EMAIL, SMS = "email", "sms"


class SendShortlistForm(ProtectedForm):
    # By text message only where the site sends texts (GOV.UK Notify).
    method = radios(
        _("How should we send it?"),
        [(EMAIL, _("Email")), (SMS, _("Text message"))],
        _("Choose how to send it"),
    )
    email = EmailAddressField(
        label=_("Email address"),
        help_text=_("We use it only to send this list, and delete it once the email has gone."),
    )
    phone = TextField(
        label=_("Mobile phone number"),
        help_text=_("We use it only to send this list, and delete it once the text has gone."),
        max_length=20,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
    )
    a = forms.CharField(max_length=400, widget=forms.HiddenInput)

    # Each way shows its own field (GOV.UK's conditional reveal).
    reveals = {"method": (((EMAIL,), ("email",)), ((SMS,), ("phone",)))}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not notify.enabled():
            del self.fields["method"], self.fields["phone"]

    def clean(self):
        data = super().clean()
        method = data.get("method", EMAIL)
        data["method"] = method
        if method == SMS:
            self.errors.pop("email", None)
            data["email"] = ""
            phone = data.get("phone", "")
            if not phone:
                self.add_error("phone", _("Enter a mobile phone number"))
            elif not PHONE_NUMBER.match(phone):
                self.add_error("phone", _("Enter a mobile phone number, like 07700 900 982"))
        else:
            data["phone"] = ""
            if not data.get("email") and "email" not in self.errors:
                self.add_error("email", _("Enter your email address"))
        return data
