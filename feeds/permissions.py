"""Who may look after which sources: an organisation's editors their own
organisation's, the directory team every one (directory/permissions.py)."""

from wagtail.models import Locale
from wagtail.permission_policies.base import BasePermissionPolicy

from directory.models import OrganisationPage
from directory.permissions import is_directory_team, organisations_edited_by


def organisations_for(user):
    """The organisations whose sources `user` looks after, in the default language."""
    if user.is_active and is_directory_team(user):
        return OrganisationPage.objects.filter(locale=Locale.get_default())
    return organisations_edited_by(user)


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
