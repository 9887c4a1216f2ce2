from django import forms
from django.db.models import Q
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminModelForm

from directory.admin_views import is_directory_team
from directory.models import VenuePage
from feeds.csv_format import read_csv
from feeds.errors import FeedError
from feeds.fetching import check_address
from feeds.models import Source
from feeds.permissions import organisations_for


class SourceForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = organisations_for(self.for_user)
        self.fields["organisation"].queryset = organisations
        beneath = Q(pk__in=[])
        for organisation in organisations:
            beneath |= Q(path__startswith=organisation.path)
        self.fields["venue"].queryset = VenuePage.objects.filter(beneath)
        if not is_directory_team(self.for_user):
            self.fields["trusted"].disabled = True

    def clean(self):
        cleaned = super().clean()
        kind, url, upload = cleaned.get("kind"), cleaned.get("url"), cleaned.get("upload")
        if kind in (Source.Kind.ICALENDAR, Source.Kind.OPEN_REFERRAL):
            if not url:
                self.add_error("url", _("Give the address of the feed for this source."))
            else:
                try:
                    check_address(url)
                except FeedError as error:
                    self.add_error("url", str(error))
        if kind == Source.Kind.CSV:
            if not upload:
                self.add_error("upload", _("Choose a CSV file made from the template."))
            elif "upload" in self.changed_data:
                self.check_csv(upload)
        return cleaned

    def check_csv(self, upload):
        """Every problem with the file, row by row, before anything is saved."""
        try:
            read_csv(upload.read())
        except FeedError as error:
            self.add_error("upload", forms.ValidationError(str(error).splitlines()))
        finally:
            upload.seek(0)
