from django.urls import path, re_path

from openreferral import views

app_name = "openreferral"

urlpatterns = [
    path("", views.root, name="root"),
    path("openapi.json", views.openapi, name="openapi"),
    path("services", views.services, name="services"),
    path("services/<uuid:service_id>", views.service, name="service"),
    path("organizations", views.organizations, name="organizations"),
    path("organizations/<uuid:organization_id>", views.organization, name="organization"),
    path("taxonomies", views.taxonomies, name="taxonomies"),
    path("taxonomies/<uuid:taxonomy_id>", views.taxonomy, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<uuid:term_id>", views.taxonomy_term, name="taxonomy_term"),
    path("service_at_locations", views.service_at_locations, name="service_at_locations"),
    path(
        "service_at_locations/<uuid:service_at_location_id>",
        views.service_at_location,
        name="service_at_location",
    ),
    # Last: a JSON 404 for every other address, not the site's HTML page.
    re_path(r"", views.not_found, name="not_found"),
]
