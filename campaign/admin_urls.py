from django.urls import path

from campaign import admin_views

urlpatterns = [
    path("entry-points/<int:pk>/qr.<str:kind>", admin_views.qr_code, name="qr"),
    path("entry-points/<int:pk>/poster-<str:size>.pdf", admin_views.poster, name="poster"),
    path("entry-points/import/", admin_views.import_entry_points, name="import"),
    path("report/", admin_views.report, name="report"),
]
