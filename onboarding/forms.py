import uuid

from django import forms
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _

from core.forms import PHONE_NUMBER, EmailAddressField, ProtectedForm, TextField
from directory.identifiers import charity_number, company_number


class ListingRequestForm(ProtectedForm):
    """ "Add your group" and "This is our group": one form, the claim naming its listing."""

    organisation_name = TextField(
        label=_("Name of your group or organisation"),
        max_length=200,
        required=True,
        error_messages={"required": _("Enter the name of your group")},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    what_it_runs = TextField(
        label=_("What does your group run?"),
        help_text=_("For example: a weekly coffee morning, a walking group, a choir."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    contact_name = TextField(
        label=_("Your name"),
        max_length=100,
        required=True,
        error_messages={"required": _("Enter your name")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = EmailAddressField(
        label=_("Your email address"),
        help_text=_("We send the invitation to look after your listing here."),
        required=True,
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the right format, like name@example.org"),
        },
    )
    phone = TextField(
        label=_("Phone number"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel", "dir": "ltr"}),
    )
    charity_number = TextField(
        label=_("Registered charity number"),
        help_text=_("If your group has one, for example 1123456 or SC012345."),
        max_length=20,
        widget=forms.TextInput(attrs={"dir": "ltr", "spellcheck": "false"}),
    )
    company_number = TextField(
        label=_("Company number"),
        help_text=_("If your group is a company, for example 01234567 or SC123456."),
        max_length=20,
        widget=forms.TextInput(attrs={"dir": "ltr", "spellcheck": "false"}),
    )
    # Names the form shown, so sending it twice stores one request.
    submission = forms.CharField(required=False, max_length=36, widget=forms.HiddenInput)

    def clean_submission(self):
        try:
            return uuid.UUID(self.cleaned_data["submission"])
        except ValueError:
            return None  # a new request, rather than an error the sender cannot fix

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if phone and not PHONE_NUMBER.match(phone):
            raise forms.ValidationError(
                _("Enter a phone number, like 01632 960 001 or 07700 900 982")
            )
        return phone

    def clean_charity_number(self):
        text = self.cleaned_data["charity_number"]
        number = charity_number(text) if text else ""
        if number is None:
            raise forms.ValidationError(
                _("Enter a charity number like 1123456, 1123456-1, SC012345 or NIC100001")
            )
        return number

    def clean_company_number(self):
        text = self.cleaned_data["company_number"]
        number = company_number(text) if text else ""
        if number is None:
            raise forms.ValidationError(_("Enter a company number like 01234567 or SC123456"))
        return number


class ChoosePasswordForm(SetPasswordForm):
    """Django's form, with the labels the site translates and GOV.UK's autocomplete."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Choose a password")
        # Django's hint is HTML; the validators' own messages say what is wrong.
        self.fields["new_password1"].help_text = _("At least 8 characters, not only numbers.")
        self.fields["new_password2"].label = _("Type the password again")
