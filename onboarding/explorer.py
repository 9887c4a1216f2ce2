"""Where the Pages explorer opens for an organisation's editor.

Wagtail opens it at the common ancestor of the pages a user has permissions
on. An editors group holds its permissions on every translation of its
organisation, and each language has its own tree, so that ancestor is Root
("Pages created here will not be accessible at any URL"). For someone whose
pages are all one organisation, in its languages (an organisation's editor), it opens at that
organisation in the site's default language, where new activities are added
(translations are made from there with wagtail-localize).
"""

from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from directory.models import OrganisationPage


class OrganisationRootPolicy(PagePermissionPolicy):
    _own_root_cache_name = "_organisation_explorable_root"

    def explorable_root_instance(self, user):
        if hasattr(user, self._own_root_cache_name):
            return getattr(user, self._own_root_cache_name)
        root = super().explorable_root_instance(user)
        if root is not None and root.is_root():
            pages = self.instances_with_direct_explore_permission(user)
            if len({page.translation_key for page in pages}) == 1 and all(
                page.specific_class is OrganisationPage for page in pages
            ):
                default = Locale.get_default().pk
                root = next((page for page in pages if page.locale_id == default), root)
        setattr(user, self._own_root_cache_name, root)
        return root


page_policy = OrganisationRootPolicy(Page)
