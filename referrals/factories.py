import factory

from referrals.models import Referral


class ReferralFactory(factory.django.DjangoModelFactory):
    """An invented resident's request, routed to the connectors."""

    class Meta:
        model = Referral

    kind = "connector"
    for_whom = "self"
    name = factory.Sequence(lambda n: f"Test Person {n}")
    contact_method = "phone"
    phone = "020 7946 0999"
    leave_message = True
    postcode = "KB3 2XY"
    postcode_district = "KB3 2"
    interests = factory.LazyFunction(lambda: ["music"])
    language = "en"
