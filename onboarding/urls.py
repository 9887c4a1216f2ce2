from django.urls import path

from onboarding import views

urlpatterns = [
    path("add-your-group/", views.add_your_group, name="onboarding_add_your_group"),
    path("add-your-group/sent/", views.request_sent, name="onboarding_request_sent"),
    path(
        "add-your-group/welcome/<uidb64>/<token>/",
        views.set_password,
        name="onboarding_set_password",
    ),
]
