from django.urls import path

from referrals import views

app_name = "referrals"

urlpatterns = [
    path("start/", views.start, name="start"),
    path("check/", views.check, name="check"),
    path("done/", views.done, name="done"),
    path("privacy/", views.privacy, name="privacy"),
    path("<slug:slug>/", views.step, name="step"),
]
