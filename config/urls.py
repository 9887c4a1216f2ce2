from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from campaign.views import go
from core import views as core_views
from core.sitemaps import MultilingualSitemap
from core.views import healthz
from openreferral import views as openreferral_views
from search.views import search


# Errors raised before or around a view: the API's clients read JSON, people a page.
def for_the_api(request):
    return request.path_info.startswith("/openreferral/")


def service_unavailable(request):
    if for_the_api(request):
        return openreferral_views.service_unavailable(request)
    return core_views.service_unavailable(request)


@core_views.unavailable_while_the_database_is_down(answer=service_unavailable)
def handler400(request, exception=None):
    if for_the_api(request):
        return openreferral_views.bad_request(request, exception)
    return core_views.bad_request(request, exception)


@core_views.unavailable_while_the_database_is_down(answer=service_unavailable)
def handler500(request):
    if for_the_api(request):
        return openreferral_views.server_error(request)
    return core_views.server_error(request)


urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    # Short addresses printed beside QR codes: no language prefix, any letter case.
    path("go/<str:code>", go, name="campaign_go"),
    # Open data for other directories and link workers' tools; one language.
    path("openreferral/", include("openreferral.urls")),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /en/, /ar/, /zh-hans/ ...
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    # Beneath the "Get a hand to get connected" page, which stays a Wagtail page.
    path("get-a-hand/", include("referrals.urls")),
    path("shortlist/", include("shortlist.urls")),
    path("", include("onboarding.urls")),
    path("", include("directory.urls")),
    path("", include(wagtail_urls)),
)
