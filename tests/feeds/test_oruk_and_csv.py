from django.core.files.base import ContentFile

from directory.models import ActivityPage
from feeds.csv_format import template_csv
from feeds.models import Source
from feeds.sync import sync_source

SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"


def test_an_open_referral_directory_is_imported_from_its_example_feeds(
    feeds, make_source, organisation, client
):
    url = feeds.serve_file("/api/services", "service_list.json", content_type="application/json")
    feeds.serve_file(
        f"/api/services/{SERVICE_ID}", "service_full.json", content_type="application/json"
    )
    feeds.serve(
        "/api/services?page=2",
        b'{"contents": [], "last_page": true}',
        content_type="application/json",
    )
    source = make_source(url, kind=Source.Kind.OPEN_REFERRAL)

    assert sync_source(source).added == 1
    assert sync_source(source, force=True).added == 0

    page = ActivityPage.objects.child_of(organisation).get()
    assert page.title == "Community Counselling"
    assert page.contact_email == "email@example.com"
    # The example's schedule runs Thursdays and Fridays from Saturday 1 January 2005
    # to the same day: no date at all. It is left out, and the source says so.
    assert not page.schedules.exists()
    assert "a session time gives no date the directory can list" in source.state_in_words()
    assert client.get(page.url + "calendar/").status_code == 200
    assert client.get(page.get_parent().url + "calendar/").status_code == 200


def test_a_list_that_is_not_open_referral_is_reported(feeds, make_source, organisation):
    url = feeds.serve("/api/services", b'{"hello": "world"}', content_type="application/json")
    source = make_source(url, kind=Source.Kind.OPEN_REFERRAL)

    assert sync_source(source) is None
    assert "not an Open Referral UK list" in source.last_error


def csv_source(make_source, text):
    source = make_source(kind=Source.Kind.CSV)
    source.upload.save("activities.csv", ContentFile(text.encode()))
    return source


def test_the_published_csv_template_imports_as_it_is(make_source, organisation):
    source = csv_source(make_source, template_csv())

    assert sync_source(source).added == 3
    titles = set(ActivityPage.objects.child_of(organisation).live().values_list("title", flat=True))
    assert titles == {"Tuesday health walk", "Quiz night", "Spring fair"}


def test_csv_problems_are_reported_per_row_and_nothing_is_imported(make_source, organisation):
    rows = template_csv().splitlines()
    rows[2] = rows[2].replace("monthly", "every blue moon")
    rows[3] = rows[3].replace("11:00,15:00", "15:00,11:00")
    source = csv_source(make_source, "\n".join(rows))

    assert sync_source(source) is None
    assert "Row 3: frequency must be" in source.last_error
    assert "Row 4: end_time must be after start_time" in source.last_error
    assert "Row 2" not in source.last_error
    assert not ActivityPage.objects.child_of(organisation).exists()
