from django.urls import path

from directory.views import confirm_listing

urlpatterns = [
    path("listing-check/<str:token>/", confirm_listing, name="confirm_listing"),
]
