"""Who may look after which sources: an organisation's editors their own
organisation's, the directory team every one (directory/permissions.py)."""

from wagtail.models import Locale
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from directory.admin_views import is_directory_team
from directory.models import OrganisationPage


def organisations_for(user):
    """The organisations whose pages `user` may edit, in the default language."""
    organisations = OrganisationPage.objects.filter(locale=Locale.get_default())
    if not user.is_active:
        return organisations.none()
    if is_directory_team(user):
        return organisations
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    keys = OrganisationPage.objects.filter(pk__in=editable.values("pk")).values("translation_key")
    return organisations.filter(translation_key__in=keys)


class SourcePermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return organisations_for(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return organisations_for(user).filter(pk=instance.organisation_id).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        return self.model.objects.filter(organisation__in=organisations_for(user))

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(is_active=True)
