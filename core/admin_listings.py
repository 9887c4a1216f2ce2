"""One way to list things in the admin: Wagtail's IndexView.

Filters are django-filter sets, pagination and sorting are Wagtail's, and the
CSV/XLSX download (`list_export`) goes through core.spreadsheets so no cell
opens as a formula. Who sees which rows is each view's own rule (its
`get_base_queryset` and `dispatch`), not Django's model permissions: a
connector has no `view_referral` permission, yet sees the referrals routed to
them.
"""

from wagtail.admin.views.generic.models import IndexView

from core.spreadsheets import SafeSpreadsheetExportMixin


class ListingView(SafeSpreadsheetExportMixin, IndexView):
    """`list_export` names columns: the download has the values and headings
    the list shows, defined once."""

    permission_policy = None

    def to_row_dict(self, item):
        columns = {column.name: column for column in self.columns}
        return {name: columns[name].get_value(item) for name in self.list_export}

    def get_heading(self, queryset, field):
        return str(next(column.label for column in self.columns if column.name == field))

    def filter_queryset(self, queryset):
        # A filter that makes no sense (a status that does not exist) matches
        # nothing, rather than Wagtail's everything: nobody reads a full list
        # as the answer to their question.
        if self.filters and not self.filters.is_valid():
            return queryset.none()
        return super().filter_queryset(queryset)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]
