"""The questions table is the one place a question is declared: walking it, every
question is on the check page, stored, exported and anonymised. No demo borough."""

import pytest

from directory.models import Area
from referrals.admin_views import referral_export
from referrals.flow import new_flow, summary_rows
from referrals.models import Referral
from referrals.questions import QUESTIONS
from referrals.retention import anonymise
from referrals.submission import create_referral

pytestmark = [pytest.mark.django_db, pytest.mark.unit]

# What a resident sends on each page. A new question needs its answer here, or
# the first test says so.
SENT = {
    # A professional's referral: every page is asked.
    "who": {"for_whom": "professional"},
    "referrer": {
        "referrer_organisation": "Fenmoor Library",
        "referrer_role": "Librarian",
        "referrer_name": "Jo Marsh",
        "referrer_email": "jo.marsh@library.example",
        "referrer_phone": "",
        "referrer_consent": "on",
    },
    "interests": {"interests": ["music"], "interests_other": "Bell ringing"},
    "support": {"support": ["transport"], "support_details": "Step-free, please"},
    "contact": {
        "contact_method": "phone",
        "phone": "01632 960 001",
        "leave_message": "yes",
        "best_times": "Mornings",
    },
    "name": {"name": "Ada Fenwick"},
    "postcode": {"postcode": "kb3 2xy"},
    "age": {"age_band": "65-79"},
    "language": {"language": "pl"},
    "sharing": {"share_with_organiser": "on"},
}


@pytest.fixture
def answers():
    """Each page's answer as its form cleans it, the way the journey keeps it."""
    Area.objects.get_or_create(slug="fenmoor", defaults={"name": "Fenmoor"})
    assert [question.slug for question in QUESTIONS] == list(SENT), "a question has no answer"
    answers = {}
    for question in QUESTIONS:
        form = question.form_class_for(answers)(data=SENT[question.slug])
        assert form.is_valid(), (question.slug, form.errors)
        answers[question.slug] = form.cleaned_data
    return answers


@pytest.fixture
def referral(answers):
    flow = {**new_flow({"kind": "connector", "activity": None}), "answers": answers}
    flow["source"].update(source_kind="direct", source_ref="")
    flow["journey"] = "8d0bd2ab-5a2e-4c54-9a4c-3c58c1a3d0a1"
    return Referral.objects.get(pk=create_referral(flow, activity=None).pk)


def test_every_question_has_a_row_on_the_check_page(answers):
    rows = summary_rows(answers)
    assert [label for label, _lines, _url in rows] == [q.summary_label for q in QUESTIONS]
    text = "\n".join(str(line) for _label, lines, _url in rows for line in lines)
    for typed in (
        "Bell ringing",
        "Step-free, please",
        "01632 960 001",
        "Ada Fenwick",
        "KB3 2XY",
        "Librarian, Fenmoor Library",
    ):
        assert typed in text
    assert "Nothing chosen" not in text


def test_every_answer_is_stored_exported_and_anonymised(answers, referral):
    # Each entry stores exactly the fields it declares, and they are Referral's.
    model_fields = {field.name for field in Referral._meta.fields}
    for question in QUESTIONS:
        declared = {stored.name for stored in question.stored}
        assert set(question.store(answers[question.slug])) == declared, question.slug
        assert declared <= model_fields, question.slug

    export = referral_export(referral)
    stored_fields = [stored for question in QUESTIONS for stored in question.stored]
    for stored in stored_fields:
        key, value = stored.exported(referral)
        assert export[key] == value
    assert export["name"] == "Ada Fenwick" and export["area"] == "Fenmoor"
    assert export["support_codes"] == ["transport"] and export["postcode_district"] == "KB3 2"

    # All the personal data a resident gives comes from a question, but the
    # connector's closing reason and the answers given later (referrals/outcomes.py).
    personal = set(Referral.PERSONAL_FIELDS)
    later = {"measure_at_referral", "measure_at_follow_up", "attended", "follow_up_comment"}
    assert personal - {stored.name for stored in stored_fields} == {"closed_reason", *later}
    assert not any(stored.kept and stored.name in personal for stored in stored_fields)

    kept = {stored.name: getattr(referral, stored.name) for stored in stored_fields if stored.kept}
    anonymise(referral)
    referral = Referral.objects.get(pk=referral.pk)
    for stored in stored_fields:
        value = getattr(referral, stored.name)
        if stored.kept:
            assert value == kept[stored.name], stored.name
        else:
            assert value == referral._meta.get_field(stored.name).get_default(), stored.name
    assert referral.interests == ["music"] and referral.area.name == "Fenmoor"
    assert referral.name == referral.phone == referral.postcode_district == ""
