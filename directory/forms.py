from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import EmailAddressField, ProtectedForm, TextField, radios
from core.localformat import local_list
from directory.geocoding import MALFORMED_POSTCODE, PostcodeError, get_geocoder
from directory.models import ProblemReport, RoomForNewcomers
from directory.taxonomy import TERMS, CostBand, TimeOfDay, Vocabulary

MAX_QUERY_LENGTH = 200
# The filters, in the order the find page shows them.
FILTER_NAMES = [
    "interest",
    "area",
    "when",
    "day",
    "time",
    "cost",
    "mode",
    "audience",
    "language",
    "access",
    "expect",
    "newcomers",
]

DAYS = [
    ("0", _("Monday")),
    ("1", _("Tuesday")),
    ("2", _("Wednesday")),
    ("3", _("Thursday")),
    ("4", _("Friday")),
    ("5", _("Saturday")),
    ("6", _("Sunday")),
]
# Named stretches of days; finder.when_windows says which days each covers.
WHEN = [
    ("today", _("Today")),
    ("tomorrow", _("Tomorrow")),
    ("weekend", _("This weekend")),
    ("this-week", _("This week")),
    ("next-week", _("Next week")),
]
# A range of dates counts as one more "when" option.
DATE_RANGE = "range"
MAX_RANGE_DAYS = 366
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
DISTANCES = [("1", _("Within 1 mile")), ("2", _("Within 2 miles")), ("5", _("Within 5 miles"))]


class Sort:
    RELEVANCE = "relevance"
    DISTANCE = "distance"
    SOONEST = "soonest"
    CHOICES = [
        (RELEVANCE, _("Best match")),
        (DISTANCE, _("Nearest first")),
        (SOONEST, _("Soonest first")),
    ]


class View:
    LIST = "list"
    AGENDA = "agenda"
    CHOICES = [(LIST, _("List")), (AGENDA, _("By date"))]


class DateField(forms.DateField):
    """A date that is only spaces or line breaks was not given: Django would
    call it an invalid date."""

    def to_python(self, value):
        return super().to_python(value.strip() if isinstance(value, str) else value)


def date_field(label, message):
    return DateField(
        label=label,
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(
            format="%Y-%m-%d", attrs={"type": "date", "class": "govuk-input--width-10"}
        ),
        error_messages={"invalid": message},
    )


class FilterField(forms.MultipleChoiceField):
    """A filter's ticked options. A value it does not know (a shared address
    typed by hand, an old link) is set aside rather than failing the whole
    search: the form reports it and searches with the rest."""

    def __init__(self, **kwargs):
        super().__init__(required=False, widget=forms.CheckboxSelectMultiple, **kwargs)
        self.not_understood = []

    def validate(self, value):
        self.not_understood = [item for item in value if not self.valid_value(item)]

    def clean(self, value):
        value = super().clean(value)
        return [item for item in value if item not in self.not_understood]


def choice_field(label, choices):
    return FilterField(label=label, choices=choices)


class FindForm(forms.Form):
    """The find page's filters: all optional, all in the address, so a search can be shared."""

    q = forms.CharField(
        label=_("Search for an activity"),
        help_text=_("For example, walking, choir or coffee morning"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.SearchInput,
        error_messages={"max_length": _("Search for %(limit_value)d characters or fewer.")},
    )
    postcode = forms.CharField(
        label=_("Near a postcode"),
        help_text=_("A full postcode or the first part, like KB3"),
        required=False,
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "postal-code",
                "spellcheck": "false",
                "class": "govuk-input--width-10",
            }
        ),
        error_messages={"max_length": MALFORMED_POSTCODE},
    )
    distance = forms.ChoiceField(
        label=_("Distance"), choices=[("", _("Any distance")), *DISTANCES], required=False
    )
    interest = choice_field(Vocabulary.INTEREST.label, TERMS[Vocabulary.INTEREST])
    area = choice_field(_("Area"), [])
    when = choice_field(_("When"), WHEN)
    from_date = date_field(_("From"), _("Enter the first date as day/month/year, like 19/12/2026."))
    to_date = date_field(_("To"), _("Enter the last date as day/month/year, like 20/12/2026."))
    day = choice_field(_("Day"), DAYS)
    time = choice_field(_("Time of day"), TimeOfDay.choices)
    cost = choice_field(_("Cost"), CostBand.choices)
    mode = choice_field(Vocabulary.MODE.label, TERMS[Vocabulary.MODE])
    audience = choice_field(Vocabulary.AUDIENCE.label, TERMS[Vocabulary.AUDIENCE])
    language = choice_field(Vocabulary.LANGUAGE.label, TERMS[Vocabulary.LANGUAGE])
    access = choice_field(Vocabulary.ACCESS.label, TERMS[Vocabulary.ACCESS])
    expect = choice_field(Vocabulary.EXPECT.label, TERMS[Vocabulary.EXPECT])
    newcomers = choice_field(
        _("Room for newcomers"),
        [(RoomForNewcomers.Answer.YES, RoomForNewcomers.Answer.YES.label)],
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=Sort.CHOICES, required=False)
    view = forms.ChoiceField(label=_("Show"), choices=View.CHOICES, required=False)

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [(area.slug, area.name) for area in areas]
        self.location = None

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if postcode:
            try:
                self.location = get_geocoder().locate(postcode)
            except PostcodeError as error:
                raise forms.ValidationError(str(error)) from error
        return postcode

    def clean(self):
        cleaned = super().clean()
        for name in FILTER_NAMES:
            field = self.fields[name]
            if field.not_understood:
                # add_error drops the field; the search keeps its understood options.
                kept = cleaned.get(name, [])
                self.add_error(name, self.not_understood_message(field))
                cleaned[name] = kept
        if cleaned.get("sort") == Sort.DISTANCE and not cleaned.get("postcode"):
            self.add_error("postcode", _("Enter a postcode to see the nearest activities first."))
        if cleaned.get("distance") and not cleaned.get("postcode"):
            self.add_error("postcode", _("Enter a postcode to search within a distance."))
        self.clean_date_range(cleaned)
        return cleaned

    def clean_date_range(self, cleaned):
        """From and To: either may be left out (To then means the same day as
        From; From, today). The range becomes the "when" option DATE_RANGE."""
        first, last = cleaned.get("from_date"), cleaned.get("to_date")
        if not (first or last) or "from_date" in self.errors or "to_date" in self.errors:
            return
        first = first or timezone.localdate()
        last = last or first
        if last < first:
            self.add_error("to_date", _("The last date must be on or after the first date."))
        elif (last - first).days >= MAX_RANGE_DAYS:
            self.add_error("to_date", _("Choose dates no more than a year apart."))
        else:
            cleaned["date_range"] = (first, last)

    @staticmethod
    def not_understood_message(field):
        return _(
            "%(filter)s: “%(values)s” was not understood, so the search leaves it out and "
            "keeps your other choices. Tick from the options shown, or in the address use "
            "one of: %(accepted)s."
        ) % {
            "filter": field.label,
            "values": local_list(field.not_understood),
            "accepted": local_list(value for value, _label in field.choices),
        }


class ReportPeriodForm(forms.Form):
    """The period a report covers, from the address: by default the last 90 days."""

    DEFAULT_DAYS = 90
    first_day = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter the first day as a date, like 2026-08-25.")},
    )
    last_day = forms.DateField(
        label=_("To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter the last day as a date, like 2026-11-23.")},
    )
    top = forms.TypedChoiceField(
        label=_("Show the most common"),
        choices=[(10, "10"), (20, "20"), (50, "50")],
        coerce=int,
        required=False,
        empty_value=20,
        error_messages={"invalid_choice": _("Choose 10, 20 or 50.")},
    )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        last_day = cleaned.get("last_day") or timezone.localdate()
        first_day = cleaned.get("first_day") or last_day - timedelta(days=self.DEFAULT_DAYS - 1)
        if first_day > last_day:
            raise forms.ValidationError(_("The first day must be on or before the last day."))
        cleaned.update(first_day=first_day, last_day=last_day)
        return cleaned


class ProblemReportForm(ProtectedForm):
    kind = radios(
        _("What is the problem?"),
        ProblemReport.Kind.choices,
        _("Choose what the problem is"),
    )
    details = TextField(
        label=_("What is wrong?"),
        help_text=_(
            "For example, the new day, time or place, or which details are wrong. "
            "Please do not include anyone's personal details."
        ),
        max_length=1000,
        required=True,
        error_messages={"required": _("Tell us what is wrong")},
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    name = TextField(
        label=_("Your name (optional)"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    email = EmailAddressField(label=_("Your email address (optional)"))


class CloseProblemReportForm(forms.Form):
    closing_note = TextField(
        label=_("Closing note"),
        help_text=_(
            "What was done, for example “Listing updated with the new time”. "
            "If the reporter left an email address, they are sent this note."
        ),
        max_length=1000,
        required=True,
        error_messages={"required": _("Write a note to close the report")},
        widget=forms.Textarea(attrs={"rows": 4}),
    )
