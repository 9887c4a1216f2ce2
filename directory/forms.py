from django import forms
from django.utils.translation import gettext_lazy as _

from directory.geocoding import MALFORMED_POSTCODE, PostcodeError, get_geocoder
from directory.taxonomy import TERMS, CostBand, TimeOfDay, Vocabulary

MAX_QUERY_LENGTH = 200
# The filters, in the order the find page shows them.
FILTER_NAMES = [
    "interest",
    "area",
    "day",
    "time",
    "cost",
    "mode",
    "audience",
    "language",
    "access",
    "expect",
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


def choice_field(label, choices):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Choose from the options shown: “%(value)s” is not one of them.")
        },
    )


class FindForm(forms.Form):
    """The find page's filters: all optional, all in the address, so a search can be shared."""

    q = forms.CharField(
        label=_("Search for an activity"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": _("Search for %(limit_value)d characters or fewer.")},
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        required=False,
        max_length=20,
        error_messages={"max_length": MALFORMED_POSTCODE},
    )
    distance = forms.ChoiceField(
        label=_("Distance"), choices=[("", _("Any distance")), *DISTANCES], required=False
    )
    interest = choice_field(Vocabulary.INTEREST.label, TERMS[Vocabulary.INTEREST])
    area = choice_field(_("Area"), [])
    day = choice_field(_("Day"), DAYS)
    time = choice_field(_("Time of day"), TimeOfDay.choices)
    cost = choice_field(_("Cost"), CostBand.choices)
    mode = choice_field(Vocabulary.MODE.label, TERMS[Vocabulary.MODE])
    audience = choice_field(Vocabulary.AUDIENCE.label, TERMS[Vocabulary.AUDIENCE])
    language = choice_field(Vocabulary.LANGUAGE.label, TERMS[Vocabulary.LANGUAGE])
    access = choice_field(Vocabulary.ACCESS.label, TERMS[Vocabulary.ACCESS])
    expect = choice_field(Vocabulary.EXPECT.label, TERMS[Vocabulary.EXPECT])
    sort = forms.ChoiceField(label=_("Sort by"), choices=Sort.CHOICES, required=False)

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
        if cleaned.get("sort") == Sort.DISTANCE and not cleaned.get("postcode"):
            self.add_error("postcode", _("Enter a postcode to see the nearest activities first."))
        if cleaned.get("distance") and not cleaned.get("postcode"):
            self.add_error("postcode", _("Enter a postcode to search within a distance."))
        return cleaned
