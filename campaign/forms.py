from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from campaign.models import ConnectedPlace, Destination, EntryPoint, Placement
from core.forms import ProtectedForm
from core.spreadsheets import read_csv
from directory.models import Area


class ConnectedPlaceForm(ProtectedForm, forms.ModelForm):
    pledge = forms.BooleanField(
        label=_(
            "We promise to welcome anyone who comes in for a chat, and to point people to "
            "things to do nearby."
        ),
        error_messages={"required": _("Tick the box to make the pledge.")},
    )

    class Meta:
        model = ConnectedPlace
        fields = ["name", "kind", "address", "area", "offer", "contact_name", "contact_email"]
        widgets = {
            "kind": forms.RadioSelect,
            "offer": forms.Textarea(attrs={"rows": 4}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(
                attrs={"autocomplete": "email", "spellcheck": "false"}
            ),
        }
        error_messages = {
            "name": {"required": _("Enter the name of the place.")},
            "kind": {"required": _("Choose what kind of place it is.")},
            "address": {"required": _("Enter the address.")},
            "offer": {"required": _("Tell us what you will offer.")},
            "contact_name": {"required": _("Enter a name we can contact.")},
            "contact_email": {
                "required": _("Enter an email address."),
                "invalid": _("Enter an email address like name@example.org."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = self.fields["kind"].choices[1:]  # no blank radio
        self.fields["area"].empty_label = _("Not sure")

    def questions(self):
        """The fields people fill in; the trap and the start time are rendered apart."""
        return [self[name] for name in self.fields if name not in ProtectedForm.base_fields]


CSV_COLUMNS = ["code", "placement", "place", "area", "destination", "destination_search"]
MAX_IMPORT_ROWS = 1000


class EntryPointImportForm(forms.Form):
    """Many entry points at once, from a CSV of placements; all rows or none."""

    csv_file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: code, placement, place, area, destination, destination_search. "
            "Placement is one of poster, bus-stop, leaflet, giveaway, gp-screen; destination "
            "is search or get-a-hand."
        ),
    )
    phase = forms.ModelChoiceField(queryset=None, required=False, label=_("Phase"))

    def __init__(self, *args, **kwargs):
        from wagtail.models import Locale

        from campaign.models import CampaignPhase

        super().__init__(*args, **kwargs)
        self.fields["phase"].queryset = CampaignPhase.objects.filter(
            locale=Locale.get_default()
        ).select_related("page")
        self.entry_points = []
        self.row_errors = []

    def clean_csv_file(self):
        columns, rows = read_csv(self.cleaned_data["csv_file"])
        missing = [column for column in CSV_COLUMNS[:3] if column not in columns]
        if missing:
            raise ValidationError(
                _("The file needs the columns %(columns)s.") % {"columns": ", ".join(missing)}
            )
        if not rows:
            raise ValidationError(_("The file has no rows."))
        if len(rows) > MAX_IMPORT_ROWS:
            raise ValidationError(_("Import at most 1,000 rows at a time."))
        return rows

    def clean(self):
        cleaned = super().clean()
        rows = cleaned.get("csv_file")
        if not rows:
            return cleaned
        areas = {area.slug: area for area in Area.objects.all()}
        areas.update({area.name.lower(): area for area in areas.values()})
        seen = set()
        for number, row in enumerate(rows, start=2):  # row 1 is the header
            row = {key: (value or "").strip() for key, value in row.items() if key}
            code = row.get("code", "").lower()
            entry_point = EntryPoint(
                code=code,
                placement=row.get("placement", "").lower(),
                place=row.get("place", ""),
                area=areas.get(row.get("area", "").lower()),
                phase=cleaned.get("phase"),
                destination=row.get("destination", "").lower() or Destination.SEARCH,
                destination_search=row.get("destination_search", ""),
            )
            problems = []
            if row.get("area") and entry_point.area is None:
                problems.append(_("unknown area %(area)s") % {"area": row["area"]})
            if entry_point.placement not in Placement.values:
                problems.append(_("unknown placement"))
            if entry_point.destination == Destination.PAGE:
                problems.append(_("choose pages for entry points one at a time in the admin"))
            if code in seen:
                problems.append(_("code used twice in the file"))
            seen.add(code)
            try:
                entry_point.full_clean(exclude=["placement", "destination_page"])
            except ValidationError as error:
                for messages in error.message_dict.values():
                    problems.extend(messages)
            if problems:
                self.row_errors.append((number, code, problems))
            self.entry_points.append(entry_point)
        if self.row_errors:
            raise ValidationError(_("Nothing was imported: correct the rows below and try again."))
        return cleaned

    @transaction.atomic
    def save(self):
        for entry_point in self.entry_points:
            entry_point.save()
        return self.entry_points
