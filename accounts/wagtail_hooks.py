from django.urls import path

from wagtail import hooks

from accounts import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-step/setup/", views.setup, name="accounts_setup"),
        path("two-step/verify/", views.verify, name="accounts_verify"),
    ]
