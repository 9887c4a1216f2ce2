"""Page steps every demo loader shares: each looks for what it would make first."""

from wagtail.models import Locale


def publish(page):
    page.save_revision().publish()
    return page


def child(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def add_child(parent, page):
    parent.add_child(instance=page)
    return publish(page)


def new_translation(page, code, copy_parents=False):
    """An unpublished copy of `page` in language `code`, or None if there is one."""
    locale = Locale.objects.get(language_code=code)
    if page.get_translation_or_none(locale) is not None:
        return None
    return page.copy_for_translation(locale, copy_parents=copy_parents)


def translate(page, code, fields, copy_parents=False):
    """Publishes `page` in language `code` with `fields` unless it is there already;
    returns the new translation, or None."""
    translation = new_translation(page, code, copy_parents=copy_parents)
    if translation is None:
        return None
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)
