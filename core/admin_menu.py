"""Admin menu entries that only the people who may use them see.

Each entry takes the same test as the view it leads to, so nobody is shown a
menu item that would then refuse them.
"""

from wagtail.admin.menu import MenuItem


class RestrictedMenuItem(MenuItem):
    def __init__(self, *args, shown_to, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


def with_permission(permission):
    """The test for a view guarded by one Django permission."""
    return lambda user: user.has_perm(permission)
