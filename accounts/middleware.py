from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from accounts.two_factor import has_device, needs_two_factor

# Admin pages someone may reach before giving a second factor.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "accounts_setup",
    "accounts_verify",
}


class TwoFactorMiddleware:
    """The whole admin asks for a second factor: someone who needs one and has
    not given it this session is sent to enter a code, or, with no authenticator
    yet, to set one up. Goes after django-otp's OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if (
            not request.path_info.startswith(reverse("wagtailadmin_home"))
            or request.resolver_match.url_name in OPEN_VIEWS
            or not user.is_authenticated
            or user.is_verified()
            or not needs_two_factor(user)
        ):
            return None
        step = "accounts_verify" if has_device(user) else "accounts_setup"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
