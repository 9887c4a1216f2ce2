"""One form per question page of "get a hand to get connected".

Answers are kept in the session as each form's cleaned data (plain JSON), and
become a Referral only on the check-your-answers page.
"""

from django import forms
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import (
    PHONE_NUMBER,
    EmailAddressField,
    OwnLanguageRadios,
    ProtectedForm,
    TextField,
    checkboxes,
    radios,
)
from directory.geocoding import MALFORMED_POSTCODE, PostcodeError, split_postcode
from directory.shortlist import MAX_ITEMS
from directory.taxonomy import TERMS, Vocabulary
from referrals import outcomes
from referrals.models import AgeBand, ContactMethod, ForWhom, Status, Support


class WhoForm(forms.Form):
    for_whom = radios(
        _("Who is this for?"),
        ForWhom.choices,
        _("Choose who this is for"),
    )


class ReferrerForm(forms.Form):
    """A professional referring someone: who they are, and the person's agreement."""

    referrer_organisation = TextField(
        label=_("Your organisation"),
        help_text=_("For example, a GP surgery, a library or a social work team."),
        max_length=150,
        required=True,
        error_messages={"required": _("Enter your organisation")},
    )
    referrer_role = TextField(
        label=_("Your role"),
        max_length=100,
        required=True,
        error_messages={"required": _("Enter your role")},
    )
    referrer_name = TextField(
        label=_("Your name"),
        max_length=100,
        required=True,
        error_messages={"required": _("Enter your name")},
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    referrer_email = EmailAddressField(
        label=_("Your work email address"),
        help_text=_(
            "We will send the reference number here, and tell you when the request's status "
            "changes. We will not send you anything the person tells us."
        ),
        required=True,
        error_messages={
            "required": _("Enter your work email address"),
            "invalid": _("Enter an email address in the right format, like name@example.org"),
        },
    )
    referrer_phone = TextField(
        label=_("Your work phone number (optional)"),
        max_length=20,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    referrer_consent = forms.BooleanField(
        label=_(
            "The person I am referring has agreed to this, and to a community connector "
            "contacting them"
        ),
        error_messages={"required": _("Confirm that the person has agreed")},
    )

    def clean_referrer_phone(self):
        phone = self.cleaned_data["referrer_phone"]
        if phone and not PHONE_NUMBER.match(phone):
            raise forms.ValidationError(
                _("Enter a phone number, like 01632 960 001 or 07700 900 982")
            )
        return phone


class InterestsForm(forms.Form):
    interests = checkboxes(
        _("What would you like to do more of?"),
        TERMS[Vocabulary.INTEREST],
        help_text=_("Choose any that appeal. It's fine not to be sure yet."),
    )
    interests_other = TextField(
        label=_("Anything else you enjoy or would like to try (optional)"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SupportForm(forms.Form):
    support = checkboxes(
        _("What would make it easier?"),
        Support.choices,
        help_text=_("Choose any that would help, or none."),
    )
    support_details = TextField(
        label=_("Tell us more (optional)"),
        help_text=_("For example, which language, or what would help you get in and around."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ContactForm(forms.Form):
    contact_method = radios(
        _("How should we contact you?"),
        ContactMethod.choices,
        _("Choose how we should contact you"),
    )
    phone = TextField(
        label=_("Phone number"),
        max_length=20,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = EmailAddressField(label=_("Email address"))
    address = TextField(
        label=_("Address"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
    )
    leave_message = radios(
        _("Is it safe to leave a message?"),
        [("yes", _("Yes")), ("no", _("No"))],
        _("Say whether it is safe to leave a message"),
        required=False,
    )
    best_times = TextField(
        label=_("Best days and times to contact you (optional)"),
        max_length=200,
    )

    # Each way of contact shows its details beneath it (GOV.UK's conditional
    # reveal; without JavaScript all of them show). A call and a text share one number.
    reveals = {
        "contact_method": (
            ((ContactMethod.PHONE, ContactMethod.TEXT), ("phone", "leave_message")),
            ((ContactMethod.EMAIL,), ("email",)),
            ((ContactMethod.LETTER,), ("address",)),
        )
    }

    def clean(self):
        data = super().clean()
        method = data.get("contact_method")
        # Details for a way not chosen are neither checked nor kept.
        for methods, names in self.reveals["contact_method"]:
            if method not in methods:
                for name in names:
                    self.errors.pop(name, None)
                    data[name] = ""
        if method in (ContactMethod.PHONE, ContactMethod.TEXT):
            phone = data.get("phone", "")
            if not phone:
                self.add_error("phone", _("Enter a phone number"))
            elif not PHONE_NUMBER.match(phone):
                self.add_error(
                    "phone", _("Enter a phone number, like 01632 960 001 or 07700 900 982")
                )
            if not data.get("leave_message") and "leave_message" not in self.errors:
                self.add_error("leave_message", _("Say whether it is safe to leave a message"))
        if method == ContactMethod.EMAIL and not data.get("email") and "email" not in self.errors:
            self.add_error("email", _("Enter an email address"))
        if method == ContactMethod.LETTER and not data.get("address"):
            self.add_error("address", _("Enter your address"))
        return data


class NameForm(forms.Form):
    name = TextField(
        label=_("What is your name?"),
        help_text=_("The name you'd like us to use."),
        max_length=100,
        required=True,
        error_messages={"required": _("Enter a name")},
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )


class NameOtherForm(NameForm):
    """The same question, asked of someone applying for another person."""

    name = TextField(
        label=_("What is their name?"),
        help_text=_("The name they'd like us to use."),
        max_length=100,
        required=True,
        error_messages={"required": _("Enter a name")},
        widget=forms.TextInput(attrs={"spellcheck": "false"}),
    )


class PostcodeForm(forms.Form):
    postcode = TextField(
        label=_("What is your postcode?"),
        help_text=_("So we can find people and activities near you. For example, KB3 2XY."),
        max_length=10,
        required=True,
        error_messages={"required": _("Enter a postcode"), "max_length": MALFORMED_POSTCODE},
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "spellcheck": "false"}),
    )

    def clean_postcode(self):
        postcode = " ".join(self.cleaned_data["postcode"].upper().split())
        try:
            split_postcode(postcode)
        except PostcodeError as error:
            raise forms.ValidationError(str(error)) from error
        return postcode


class AgeForm(forms.Form):
    age_band = radios(
        _("How old are you? (optional)"),
        AgeBand.choices,
        "",
        required=False,
        help_text=_("This helps us suggest things that suit you."),
    )


def language_choices():
    return [(code, LANG_INFO[code]["name_local"]) for code, _name in settings.LANGUAGES]


class LanguageForm(forms.Form):
    language = radios(
        _("Which language would you like us to use?"),
        language_choices,
        _("Choose a language"),
        widget=OwnLanguageRadios,
    )


class SharingForm(forms.Form):
    share_with_organiser = forms.BooleanField(
        label=_(
            "I agree that you may share my name and contact details with the activity's "
            "organiser or a partner group, so they can get in touch"
        ),
        required=False,
    )


class FeelingConnectedForm(forms.Form):
    """The optional 3-item measure (referrals/outcomes.py): all three, or none."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in outcomes.ITEMS:
            self.fields[name] = radios(label, outcomes.ANSWERS, "", required=False)

    def clean(self):
        data = super().clean()
        answered = [name for name, _label in outcomes.ITEMS if data.get(name)]
        if answered and len(answered) < len(outcomes.ITEMS):
            for name, _label in outcomes.ITEMS:
                if name not in answered:
                    self.add_error(name, _("Answer this question too, or leave all three blank"))
        return data


class FollowUpForm(FeelingConnectedForm):
    attended = radios(
        _("Did you go?"),
        [("yes", _("Yes")), ("no", _("No"))],
        _("Say whether you went"),
    )
    follow_up_comment = TextField(
        label=_("How was it? (optional)"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SubmitForm(ProtectedForm):
    """The check-your-answers page: its time is counted from the first question,
    and it names the journey it sends, so sending twice sends once."""

    journey = forms.UUIDField(required=False)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Status.choices)
    reason = TextField(label=_("Reason (for closed)"), max_length=500)
    follow_up_on = forms.DateField(
        label=_("Follow-up date (for connected, optional)"),
        help_text=_(
            "On this date they get a message by email or text message: did they go, and how was it."
        ),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, referral, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(Status.choices)
        self.fields["status"].choices = [(s, labels[s]) for s in referral.next_statuses]

    def clean(self):
        data = super().clean()
        if data.get("status") == Status.CLOSED and not data.get("reason"):
            self.add_error("reason", _("Give a reason for closing it"))
        follow_up_on = data.get("follow_up_on")
        if follow_up_on and data.get("status") != Status.CONNECTED:
            self.add_error("follow_up_on", _("Set a follow-up date only when closing as connected"))
        elif follow_up_on and not 0 < (follow_up_on - timezone.localdate()).days <= 366:
            self.add_error("follow_up_on", _("Choose a date after today and within a year"))
        return data


class NoteForm(forms.Form):
    text = TextField(label=_("Add a note"), max_length=2000, required=True, widget=forms.Textarea())


class AssignForm(forms.Form):
    """Assigning a referral; taking it from one connector to another needs a reason
    (kept as an encrypted note in its timeline, not in the audit log)."""

    assigned_to = forms.ModelChoiceField(
        label=_("Connector"), queryset=None, required=False, empty_label=_("Nobody")
    )
    reason = TextField(
        label=_("Reason (needed to take it from another connector)"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, connectors, referral, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = connectors
        self.referral = referral

    def clean(self):
        data = super().clean()
        current = self.referral.assigned_to_id
        new = data["assigned_to"].pk if data.get("assigned_to") else None
        if current and new != current and not data.get("reason"):
            self.add_error("reason", _("Give a reason for reassigning it"))
        return data


class ShortlistForm(forms.Form):
    """Activities to send the resident as a shortlist link: those matching their
    interests first."""

    activities = forms.TypedMultipleChoiceField(
        label=_("Activities to suggest"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one activity")},
    )

    def __init__(self, *args, activities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["activities"].choices = activities

    def clean_activities(self):
        ids = self.cleaned_data["activities"]
        if len(ids) > MAX_ITEMS:
            raise forms.ValidationError(
                _("Choose %(limit)s activities or fewer") % {"limit": MAX_ITEMS}
            )
        return ids


class EvaluationPeriodForm(forms.Form):
    """The months an evaluation export covers, first to last, whole months."""

    first_month = forms.DateField(
        label=_("From (month)"),
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        error_messages={"invalid": _("Enter a month like 2026-07")},
    )
    last_month = forms.DateField(
        label=_("To (month)"),
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        error_messages={"invalid": _("Enter a month like 2026-07")},
    )

    def clean(self):
        data = super().clean()
        first, last = data.get("first_month"), data.get("last_month")
        if first and last and last < first:
            self.add_error("last_month", _("Choose a month on or after the first"))
        return data
