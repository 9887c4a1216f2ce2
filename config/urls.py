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

handler500 = "core.views.server_error"


@core_views.unavailable_while_the_database_is_down
def handler400(request, exception=None):
    """A request refused before any view: the API's clients read JSON, people a page."""
    if request.path_info.startswith("/openreferral/"):
        return openreferral_views.bad_request(request, exception)
    return core_views.bad_request(request, exception)


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
    path("", include("directory.urls")),
    path("", include(wagtail_urls)),
)
