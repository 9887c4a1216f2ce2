"""The one set of GOV.UK form components every public form renders through:
each wires its label, hint and error to the control, and the error summary
links to the control it names."""

from pathlib import Path

from bs4 import BeautifulSoup

from django import forms
from django.conf import settings
from django.template.loader import render_to_string

from core.forms import OwnLanguageRadios, checkboxes, error_list, radios

COMPONENTS = Path(settings.BASE_DIR) / "site" / "templates" / "components"


class ExampleForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        help_text="We only use it to reply.",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    details = forms.CharField(
        label="What is wrong?", max_length=10, widget=forms.Textarea(attrs={"rows": 3})
    )
    area = forms.ChoiceField(label="Area", choices=[("north", "North"), ("south", "South")])
    kind = radios("What kind?", [("cafe", "Cafe"), ("pub", "Pub")], "Choose what kind")
    days = checkboxes("Which days?", [("0", "Monday"), ("1", "Tuesday")], help_text="Any.")
    pledge = forms.BooleanField(label="I promise", error_messages={"required": "Tick the box"})
    language = radios("Language", [("cy", "Cymraeg")], "Choose one", widget=OwnLanguageRadios)


def bound_form_with_errors():
    form = ExampleForm(
        {"email": "not an address", "details": "x" * 11, "area": "east", "days": ["9"]}
    )
    assert not form.is_valid()
    return form


def render(field, **options):
    html = render_to_string("components/field.html", {"field": field, **options})
    return BeautifulSoup(html, "html.parser")


def assert_described_by(element, soup, *ids):
    assert element["aria-describedby"].split() == list(ids)
    for id_ in ids:
        assert soup.find(id=id_) is not None, id_


def test_a_text_field_with_an_error_is_labelled_hinted_and_described():
    soup = render(bound_form_with_errors()["email"])

    control = soup.find("input")
    assert control["id"] == "f-email"
    assert control["type"] == "email"
    assert control["value"] == "not an address"  # what was typed is kept
    assert control["autocomplete"] == "email" and control["spellcheck"] == "false"
    assert "govuk-input--error" in control["class"]
    assert soup.find("label")["for"] == "f-email"
    assert "govuk-form-group--error" in soup.find("div")["class"]
    assert_described_by(control, soup, "f-email-hint", "f-email-error")
    error = soup.find(id="f-email-error")
    assert "govuk-error-message" in error["class"]
    assert error.find(class_="govuk-visually-hidden").get_text() == "Error:"


def test_a_textarea_and_a_select_take_their_widget_attributes_and_errors():
    form = bound_form_with_errors()
    textarea = render(form["details"]).find("textarea")
    assert textarea["rows"] == "3"
    assert not textarea.has_attr("maxlength")  # the error says it instead of cutting text
    assert "govuk-textarea--error" in textarea["class"]
    assert textarea["aria-describedby"] == "f-details-error"

    soup = render(form["area"])
    select = soup.find("select")
    assert select["id"] == "f-area"
    assert "govuk-select--error" in select["class"]
    assert_described_by(select, soup, "f-area-error")
    assert [option["value"] for option in select.find_all("option")] == ["north", "south"]


def test_radios_sit_in_a_fieldset_described_by_their_error():
    soup = render(bound_form_with_errors()["kind"])

    fieldset = soup.find("fieldset")
    assert soup.find("legend").get_text(strip=True) == "What kind?"
    assert_described_by(fieldset, soup, "f-kind-error")
    inputs = fieldset.find_all("input")
    assert [(i["id"], i["type"], i["name"]) for i in inputs] == [
        ("f-kind-0", "radio", "kind"),
        ("f-kind-1", "radio", "kind"),
    ]
    assert [label["for"] for label in fieldset.find_all("label")] == ["f-kind-0", "f-kind-1"]
    assert soup.find(class_="govuk-radios")["data-module"] == "govuk-radios"


def test_checkboxes_keep_the_ticks_and_can_show_counts():
    form = ExampleForm({"days": ["1"]})
    form.is_valid()
    soup = render(form["days"], small=True, legend_hidden=True, counts={"0": 4})

    assert_described_by(soup.find("fieldset"), soup, "f-days-hint")
    assert "govuk-visually-hidden" in soup.find("legend")["class"]
    assert "govuk-checkboxes--small" in soup.find(class_="govuk-checkboxes")["class"]
    monday, tuesday = soup.find_all("input")
    assert not monday.has_attr("checked") and tuesday.has_attr("checked")
    counts = [label.find(class_="site-filter__count").get_text() for label in soup("label")]
    assert counts == ["(4)", "(0)"]


def test_options_in_their_own_language_say_so():
    soup = render(ExampleForm()["language"])
    assert soup.find("input")["lang"] == "cy"
    assert soup.find("label")["lang"] == "cy"


def test_a_single_checkbox_is_described_by_its_error():
    soup = render(bound_form_with_errors()["pledge"])
    control = soup.find("input")
    assert control["id"] == "f-pledge" and control["type"] == "checkbox"
    assert_described_by(control, soup, "f-pledge-error")


def test_the_error_summary_links_to_every_field_in_error():
    form = bound_form_with_errors()
    page = "".join(render_to_string("components/field.html", {"field": f}) for f in form)
    summary = render_to_string("components/error_summary.html", {"errors": error_list(form)})
    soup = BeautifulSoup(page + summary, "html.parser")

    box = soup.find(class_="govuk-error-summary")
    assert box["data-module"] == "govuk-error-summary"
    assert box.find(role="alert").find("h2").get_text() == "There is a problem"
    links = {a["href"]: a.get_text() for a in box.find_all("a")}
    assert set(links) == {
        "#f-email",
        "#f-details",
        "#f-area",
        "#f-kind-0",
        "#f-days-0",
        "#f-pledge",
        "#f-language-0",
    }
    for href in links:  # each link lands on a control that is there
        assert soup.find(id=href[1:]).name in {"input", "textarea", "select"}
    assert links["#f-kind-0"] == "Choose what kind"


def test_only_the_shared_components_hold_error_summary_markup():
    root = Path(settings.BASE_DIR)
    holders = [
        path.relative_to(root)
        for path in root.glob("*/templates/**/*.html")
        if "govuk-error-summary" in path.read_text() and path != COMPONENTS / "error_summary.html"
    ]
    assert holders == []
