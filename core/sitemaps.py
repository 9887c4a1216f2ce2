from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live, public page of the site, in every language it is published in.

    Wagtail's own sitemap walks one tree; translations of the home page are
    siblings of it, so each language's tree is walked here.
    """

    def items(self):
        site_root = self.get_wagtail_site().root_page
        language_roots = Page.objects.filter(translation_key=site_root.translation_key)
        in_any_language_tree = Q()
        for root in language_roots:
            in_any_language_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_any_language_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
