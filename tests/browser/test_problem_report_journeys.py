"""A resident reports a problem with a listing; an editor closes it with a note and
the resident gets the note by email. In a real browser, axe on every public page."""

from wagtail.models import Locale

from directory.models import ActivityPage, ProblemReport
from directory.permissions import editors_group
from tests.browser.accessibility import assert_accessible, assert_accessible_html

DETAILS = "It meets on Thursdays now, not Tuesdays."


def listing_with_an_arabic_translation():
    arabic = ActivityPage.objects.live().filter(locale__language_code="ar").first()
    return arabic.get_translation(Locale.get_default()).specific, arabic


def send(page):
    page.locator("main form .govuk-button").click()
    page.wait_for_load_state()


def test_a_resident_reports_a_problem_and_hears_back_when_an_editor_closes_it(
    page, site_url, django_user_model, smtp
):
    activity, _arabic = listing_with_an_arabic_translation()
    editor = django_user_model.objects.create_user(
        "sam", email="sam@kellbrook.example", password="pw"
    )
    editor.groups.add(editors_group(activity.organisation))
    page.goto(f"{site_url}{activity.url}")
    page.get_by_role("link", name="Report a problem with this listing").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"{activity.url}report-a-problem/")
    assert_accessible(page)

    send(page)
    assert page.title().startswith("Error: ")
    assert page.locator(".govuk-error-summary a").first.get_attribute("href") == "#f-kind-0"
    assert_accessible(page)

    page.check('input[name="kind"][value="changed"]')
    page.fill('[name="details"]', DETAILS)
    page.fill('[name="email"]', "resident@example.org")
    send(page)
    assert page.locator("h1").text_content() == "Report sent"
    assert_accessible(page)
    report = ProblemReport.objects.get()
    assert (report.kind, report.email) == ("changed", "resident@example.org")
    # The editor is told, with a link and without the resident's words.
    (told,) = smtp.inbox.messages
    assert told["to"] == ["sam@kellbrook.example"]
    assert "resident@example.org" not in told["body"] and DETAILS not in told["body"]

    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", "sam")
    page.fill("#id_password", "pw")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "1 open problem report about your listings" in page.text_content("main")
    page.goto(f"{site_url}/admin/problem-reports/")
    page.get_by_role("link", name=activity.title).click()
    page.wait_for_load_state()
    assert DETAILS in page.text_content("main")
    page.get_by_role("button", name="Close the report").click()
    page.wait_for_load_state()
    assert "Write a note to close the report" in page.text_content("main")
    page.fill('[name="closing_note"]', "Thank you: the day is now Thursday.")
    page.get_by_role("button", name="Close the report").click()
    page.wait_for_load_state()
    assert "Report closed. The reporter will be sent your note." in page.content()

    report.refresh_from_db()
    assert report.status == ProblemReport.Status.CLOSED
    assert report.reply == ProblemReport.Reply.SENT
    reply = smtp.inbox.messages[-1]
    assert reply["to"] == ["resident@example.org"]
    assert "Thank you: the day is now Thursday." in reply["body"]


def test_a_resident_reports_a_problem_in_arabic_without_javascript(no_js_page, page, site_url):
    activity, arabic = listing_with_an_arabic_translation()
    no_js_page.goto(f"{site_url}{arabic.url}")
    assert no_js_page.get_attribute("html", "dir") == "rtl"
    no_js_page.get_by_role("link", name="الإبلاغ عن مشكلة في هذا الإدراج").click()
    no_js_page.wait_for_load_state()
    assert no_js_page.url.endswith(f"{arabic.url}report-a-problem/")
    assert_accessible_html(page, no_js_page.url, no_js_page.content())

    no_js_page.fill('[name="details"]', DETAILS)
    send(no_js_page)
    assert no_js_page.title().startswith("خطأ: ")
    assert no_js_page.input_value('[name="details"]') == DETAILS
    assert_accessible_html(page, no_js_page.url, no_js_page.content())

    no_js_page.check('input[name="kind"][value="stopped"]')
    send(no_js_page)
    assert no_js_page.url.endswith(f"{arabic.url}report-a-problem/sent/")
    assert no_js_page.locator("h1").text_content() == "أُرسل البلاغ"
    assert_accessible_html(page, no_js_page.url, no_js_page.content())
    report = ProblemReport.objects.get()
    assert (report.activity, report.kind, report.language) == (activity, "stopped", "ar")
