from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        error_messages={
            "max_length": _("Search for %(limit_value)d characters or fewer."),
        },
    )
