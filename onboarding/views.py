"""The public side: "Add your group", "This is our group", and the invitation's
set-a-password page that leads the new editor into the admin."""

import uuid

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from core.forms import error_list, read_protected_post, started_at
from directory.models import OrganisationPage
from onboarding.forms import ChoosePasswordForm, ListingRequestForm
from onboarding.listing_requests import create_request


def claimed_organisation(request):
    """The listing named by ?organisation=<page id> (any language), in the default language."""
    number = request.GET.get("organisation", "")
    if not (number.isascii() and number.isdigit() and len(number) < 10):
        return None  # nothing to claim: the form asks for a new group
    page = OrganisationPage.objects.live().filter(pk=int(number)).first()
    if page is None:
        return None
    return page.get_translation_or_none(Locale.get_default()) or page


@never_cache  # it takes a name and contact details
@require_http_methods(["GET", "POST"])
def add_your_group(request):
    organisation = claimed_organisation(request)
    status, notice = 200, None
    if request.method == "GET":
        initial = {"submission": uuid.uuid4()}
        if organisation:
            initial["organisation_name"] = organisation.title
        form = ListingRequestForm(initial=initial)
    else:
        form, status, notice = read_protected_post(
            request,
            ListingRequestForm,
            bucket="listing-request",
            limit=settings.ONBOARDING_REQUEST_LIMIT,
            paused_notice=_(
                "We have had a lot of requests from your connection in a short time, so we "
                "have paused for a while. Your answers are below: try sending them again in "
                "an hour."
            ),
            check_notice=_("Please check your answers, then send them again."),
        )
        if status == 200:
            data = form.cleaned_data
            create_request(
                submission=data["submission"] or uuid.uuid4(),
                organisation=organisation,
                language=get_language(),
                **{
                    name: data[name]
                    for name in (
                        "organisation_name",
                        "what_it_runs",
                        "contact_name",
                        "email",
                        "phone",
                        "charity_number",
                        "company_number",
                    )
                },
            )
            return redirect("onboarding_request_sent")
    return render(
        request,
        "onboarding/add_your_group.html",
        {
            "form": form,
            "organisation": organisation,
            "errors": error_list(form) if form.is_bound else [],
            "notice": notice,
            "fill_time_token": started_at(request),
            "back_url": organisation.url if organisation else None,
            "contact_days": settings.ONBOARDING_CONTACT_DAYS,
        },
        status=status,
    )


def request_sent(request):
    return render(request, "onboarding/request_sent.html")


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """Django's password-reset confirmation: the link works once, for
    PASSWORD_RESET_TIMEOUT; once the password is set the person is signed in
    and taken to the admin, which opens on their organisation."""

    template_name = "onboarding/set_password.html"
    form_class = ChoosePasswordForm
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    success_url = reverse_lazy("wagtailadmin_home")
    reset_url_token = "choose"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context.get("form")
        context["errors"] = error_list(form) if form is not None and form.is_bound else []
        return context


set_password = never_cache(SetPasswordView.as_view())
