"""The directory team gives an organisation its charity number in the page editor."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from directory.models import OrganisationIdentifier

pytestmark = pytest.mark.django_db


def edit(client, organisation, numbers):
    form = client.get(reverse("wagtailadmin_pages:edit", args=[organisation.pk])).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if name in form.fields and value is not None
    }
    data.update(
        title=organisation.title,
        slug=organisation.slug,
        description=rich_text("<p>A friendly group.</p>"),
        identifiers=inline_formset(numbers),
    )
    # The page's other child forms (none of which an organisation needs) left empty.
    for name in form.formsets:
        if name != "identifiers":
            data[name] = inline_formset([])
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[organisation.pk]), nested_form_data(data)
    )


def test_a_charity_number_is_kept_in_its_written_form_and_a_wrong_one_refused(
    admin_client, organisation
):
    refused = edit(admin_client, organisation, [{"kind": "charity", "identifier": "12"}])
    assert refused.status_code == 200
    assert "Enter a charity number, like 1123456 or SC012345." in refused.content.decode()
    assert not OrganisationIdentifier.objects.filter(page=organisation).exists()

    saved = edit(admin_client, organisation, [{"kind": "charity", "identifier": "sc 012345"}])

    assert saved.status_code == 302, saved.context["form"].errors
    organisation.refresh_from_db()
    draft = organisation.get_latest_revision_as_object()
    assert [number.key for number in draft.identifiers.all()] == [("GB-SC", "SC012345")]
