"""The questions of "get a hand to get connected", in order: one entry each.

An entry names the question's page and form, its row on the check-your-answers
page, the Referral fields its answer is stored in and how (personal data in
encrypted fields), how each field is exported for a subject access request, and
which fields anonymisation keeps because statistics count them and they identify
nobody. The journey (flow.py), the stored referral (submission.py), the export,
anonymisation (retention.py) and statistics all read this table; none of them
names a question.

Adding a question: its form (forms.py), its template (steps/<slug>.html), its
model field and migration, and one entry here. tests/referrals/test_questions.py
walks the table and fails if an entry is missing any part.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from directory.taxonomy import LABELS, TERMS, Vocabulary
from referrals import forms
from referrals.models import AgeBand, ContactMethod, ForWhom, Support
from referrals.routing import place_postcode

BY_PHONE = (ContactMethod.PHONE, ContactMethod.TEXT)
REFERRER_FIELDS = [
    "referrer_organisation",
    "referrer_role",
    "referrer_name",
    "referrer_email",
    "referrer_phone",
    "referrer_consent",
]


@dataclass(frozen=True)
class Stored:
    """One Referral field an answer is stored in."""

    name: str
    # Anonymisation keeps it: statistics count it, and it identifies nobody.
    # Every other field goes back to its empty value.
    kept: bool = False
    # The key and value in the subject access export (default: the field as it is).
    export_key: str = ""
    export: Callable[[Any], Any] | None = None

    def exported(self, referral):
        value = self.export(referral) if self.export else getattr(referral, self.name)
        return self.export_key or self.name, value


@dataclass(frozen=True)
class Statistic:
    """A table of the statistics page counting one stored field's values."""

    field: str
    slug: str
    caption: str
    heading: str
    label: Callable[[str], str]


@dataclass(frozen=True)
class Question:
    slug: str
    form_class: type
    summary_label: str
    # The lines of its check-your-answers row, from its answer (the form's cleaned data).
    summary: Callable[[dict], list]
    # Referral field values from its answer: exactly the fields in `stored`.
    store: Callable[[dict], dict]
    stored: tuple[Stored, ...]
    # A form that depends on earlier answers.
    form_for: Callable[[dict], type] | None = None
    # What the page suggests before it is answered, from the request.
    initial: Callable[[Any], dict] | None = None
    statistic: Statistic | None = None
    # Asked only when this holds of the earlier answers (default: always).
    asked_when: Callable[[dict], bool] | None = None

    def asked(self, answers):
        return self.asked_when(answers) if self.asked_when else True

    def form_class_for(self, answers):
        return self.form_for(answers) if self.form_for else self.form_class

    def initial_for(self, request):
        return self.initial(request) if self.initial else None


def labels(choices, values):
    names = dict(choices)
    return [str(names[value]) for value in values if value in names]


def contact_summary(answer):
    method = answer["contact_method"]
    lines = labels(ContactMethod.choices, [method])
    if method in BY_PHONE:
        lines.append(answer["phone"])
        lines.append(
            _("Safe to leave a message")
            if answer["leave_message"] == "yes"
            else _("Do not leave a message")
        )
    elif method == ContactMethod.EMAIL:
        lines.append(answer["email"])
    else:
        lines.append(answer["address"])
    if answer["best_times"]:
        lines.append(answer["best_times"])
    return lines


def contact_store(answer):
    # Only the way of contact chosen is kept: a phone typed, then email chosen, is dropped.
    method = answer["contact_method"]
    return {
        "contact_method": method,
        "phone": answer["phone"] if method in BY_PHONE else "",
        "leave_message": answer["leave_message"] == "yes",
        "email": answer["email"] if method == ContactMethod.EMAIL else "",
        "address": answer["address"] if method == ContactMethod.LETTER else "",
        "best_times": answer["best_times"],
    }


def postcode_store(answer):
    district, area = place_postcode(answer["postcode"])
    return {"postcode": answer["postcode"], "postcode_district": district, "area": area}


def for_whom(answers):
    return answers.get("who", {}).get("for_whom")


def name_form(answers):
    if for_whom(answers) in (ForWhom.SOMEONE_ELSE, ForWhom.PROFESSIONAL):
        return forms.NameOtherForm
    return forms.NameForm


def referrer_summary(answer):
    lines = [
        answer["referrer_name"],
        f"{answer['referrer_role']}, {answer['referrer_organisation']}",
        answer["referrer_email"],
    ]
    if answer["referrer_phone"]:
        lines.append(answer["referrer_phone"])
    lines.append(_("The person has agreed"))
    return lines


QUESTIONS = [
    Question(
        "who",
        forms.WhoForm,
        _("Who it's for"),
        summary=lambda answer: labels(ForWhom.choices, [answer["for_whom"]]),
        store=lambda answer: {"for_whom": answer["for_whom"]},
        stored=(Stored("for_whom", kept=True),),
        statistic=Statistic(
            "for_whom",
            "who",
            _("Referrals by who asked"),
            _("Who asked"),
            lambda code: dict(ForWhom.choices).get(code, code),
        ),
    ),
    Question(
        "referrer",
        forms.ReferrerForm,
        _("You, referring as part of your job"),
        summary=referrer_summary,
        store=lambda answer: {name: answer[name] for name in REFERRER_FIELDS},
        stored=tuple(Stored(name) for name in REFERRER_FIELDS),
        asked_when=lambda answers: for_whom(answers) == ForWhom.PROFESSIONAL,
    ),
    Question(
        "interests",
        forms.InterestsForm,
        _("What you'd like to do more of"),
        summary=lambda answer: (
            labels(TERMS[Vocabulary.INTEREST], answer["interests"])
            + ([answer["interests_other"]] if answer["interests_other"] else [])
        ),
        store=lambda answer: {
            "interests": answer["interests"],
            "interests_other": answer["interests_other"],
        },
        stored=(Stored("interests", kept=True), Stored("interests_other")),
        statistic=Statistic(
            "interests",
            "interest",
            _("Referrals by interest"),
            _("Interest"),
            lambda code: LABELS.get((Vocabulary.INTEREST, code), code),
        ),
    ),
    Question(
        "support",
        forms.SupportForm,
        _("What would make it easier"),
        summary=lambda answer: (
            labels(Support.choices, answer["support"])
            + ([answer["support_details"]] if answer["support_details"] else [])
        ),
        store=lambda answer: {
            "support": ",".join(answer["support"]),
            "support_details": answer["support_details"],
        },
        stored=(
            Stored("support", export_key="support_codes", export=lambda r: r.support_codes),
            Stored("support_details"),
        ),
    ),
    Question(
        "contact",
        forms.ContactForm,
        _("How to contact you"),
        summary=contact_summary,
        store=contact_store,
        stored=(
            Stored("contact_method", kept=True),
            Stored("phone"),
            Stored("leave_message"),
            Stored("email"),
            Stored("address"),
            Stored("best_times"),
        ),
    ),
    Question(
        "name",
        forms.NameForm,
        _("Name"),
        summary=lambda answer: [answer["name"]],
        store=lambda answer: {"name": answer["name"]},
        stored=(Stored("name"),),
        form_for=name_form,
    ),
    Question(
        "postcode",
        forms.PostcodeForm,
        _("Postcode"),
        summary=lambda answer: [answer["postcode"]],
        store=postcode_store,
        stored=(
            Stored("postcode"),
            Stored("postcode_district"),
            Stored("area", kept=True, export=lambda r: r.area.name if r.area else None),
        ),
    ),
    Question(
        "age",
        forms.AgeForm,
        _("Age"),
        summary=lambda answer: labels(AgeBand.choices, [answer["age_band"]]),
        store=lambda answer: {"age_band": answer["age_band"]},
        stored=(Stored("age_band"),),
    ),
    Question(
        "language",
        forms.LanguageForm,
        _("Language"),
        summary=lambda answer: [LANG_INFO[answer["language"]]["name_local"]],
        store=lambda answer: {"language": answer["language"]},
        stored=(Stored("language", kept=True),),
        # The language the pages are read in.
        initial=lambda request: {"language": request.LANGUAGE_CODE},
    ),
    Question(
        "sharing",
        forms.SharingForm,
        _("Sharing your details"),
        summary=lambda answer: [
            _("Yes, you may share my details")
            if answer["share_with_organiser"]
            else _("No, do not share my details")
        ],
        store=lambda answer: {"share_with_organiser": answer["share_with_organiser"]},
        stored=(Stored("share_with_organiser", kept=True),),
    ),
]
BY_SLUG = {question.slug: question for question in QUESTIONS}
SLUGS = [question.slug for question in QUESTIONS]


def asked(answers):
    """The questions these answers lead to, in order."""
    return [question for question in QUESTIONS if question.asked(answers)]


def stored_fields():
    return [stored for question in QUESTIONS for stored in question.stored]


def referral_fields(answers):
    """The Referral's field values from a finished set of answers."""
    values = {}
    for question in asked(answers):
        values.update(question.store(answers[question.slug]))
    return values


def exported_answers(referral):
    """Every answer as stored, for a subject access request."""
    return dict(stored.exported(referral) for stored in stored_fields())


def anonymise_answers(referral):
    """Every answer but those statistics keep goes back to its field's empty value."""
    for stored in stored_fields():
        if not stored.kept:
            setattr(referral, stored.name, referral._meta.get_field(stored.name).get_default())
