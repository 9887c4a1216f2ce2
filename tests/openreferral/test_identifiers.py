"""Organisations' charity and company numbers in the Open Referral API."""

import pytest

from directory.models import OrganisationIdentifier, OrganisationPage

pytestmark = pytest.mark.django_db


def test_organisations_publish_their_numbers_as_the_standard_says(api, assert_valid, demo_site):
    organisation = OrganisationPage.objects.live().filter(locale__language_code="en").first()
    for kind, typed in (("charity", "sc 012345"), ("company", "1234567")):
        number = OrganisationIdentifier(page=organisation, kind=kind, identifier=typed)
        number.clean()
        number.save()

    record = api(f"organizations/{organisation.translation_key}").json()

    assert_valid(record, "organization.json")
    published = {
        (number["identifier_scheme"], number["identifier"], number["identifier_type"])
        for number in record["organization_identifiers"]
    }
    assert published == {
        ("GB-SC", "SC012345", "Charity number"),
        ("GB-COH", "01234567", "Company number"),
    }
    assert_valid(api("organizations", per_page=200).json(), "organization_list.json")
    theirs = api("services", organization_id=str(organisation.translation_key)).json()
    assert_valid(theirs, "service_list.json")
    assert (
        theirs["contents"][0]["organization"]["organization_identifiers"]
        == (record["organization_identifiers"])
    )
