from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.utils.urlpatterns import decorate_urlpatterns

from referrals import views

app_name = "referrals"

urlpatterns = [
    path("start/", views.start, name="start"),
    path("check/", views.check, name="check"),
    path("done/", views.done, name="done"),
    path("privacy/", views.privacy, name="privacy"),
    path("feeling-connected/", views.feeling_connected, name="feeling_connected"),
    path("follow-up/<str:token>/", views.follow_up, name="follow_up"),
    path("<slug:slug>/", views.step, name="step"),
]

# Personal data: no page here may stay in a browser's cache (as Wagtail's admin does).
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)
