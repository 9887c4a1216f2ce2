"""The subject access page: find a person's records, export them, erase them.

Administrators only. The search terms go in POST bodies, never in an address,
so they are in no access log; core/subjectaccess.py does the work."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import subjectaccess
from core.blindindex import KINDS
from core.forms import without_control_characters


def can_handle_requests(user):
    """Subject access and erasure across every app: administrators."""
    return user.is_active and user.is_superuser


class PersonForm(forms.Form):
    name = forms.CharField(label=_("Name"), required=False, max_length=200)
    email = forms.CharField(label=_("Email"), required=False, max_length=254)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=40)
    postcode = forms.CharField(label=_("Postcode"), required=False, max_length=12)
    confirm = forms.BooleanField(
        label=_("I have checked that every record listed is about this person"),
        required=False,
    )

    def clean(self):
        data = super().clean()
        terms = self.terms()
        if not any(terms.values()):
            raise forms.ValidationError(_("Enter a name, email, phone number or postcode"))
        return data

    def terms(self):
        return {kind: without_control_characters(self.cleaned_data.get(kind, "")) for kind in KINDS}


class SubjectAccessView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "core/admin/subject_access.html"
    page_title = _("Find a person's data")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not can_handle_requests(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {"form": PersonForm(), **super().get_context_data(**kwargs)}

    def post(self, request, *args, **kwargs):
        form = PersonForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        found = subjectaccess.find(form.terms())
        action = request.POST.get("action")
        if action == "export" and found:
            document = subjectaccess.export(found, request.user)
            response = HttpResponse(
                json.dumps(document, indent=2, ensure_ascii=False, default=str),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
        if action == "erase" and found:
            if not form.cleaned_data["confirm"]:
                form.add_error("confirm", _("Tick the box to confirm, then erase"))
            else:
                count = subjectaccess.erase(found, request.user)
                messages.success(
                    request,
                    ngettext(
                        "%(count)s record about the person has been erased.",
                        "%(count)s records about the person have been erased.",
                        count,
                    )
                    % {"count": count},
                )
                return redirect("subject_access")
        rows = [
            (
                item.source.label,
                item.description,
                [form.fields[kind].label for kind in item.matched],
            )
            for item in found
        ]
        return self.render_to_response(self.get_context_data(form=form, found=rows))
