import re

import pytest


@pytest.mark.django_db
def test_sitemap_lists_every_live_page_in_every_language(client, demo_site):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    locations = set(re.findall(r"<loc>([^<]+)</loc>", response.content.decode()))
    site = demo_site.root_url
    for code in ("en", "ar", "ur", "bn", "so", "tr", "pl", "pt", "es", "zh-hans", "uk"):
        assert f"{site}/{code}/" in locations
    assert f"{site}/en/privacy/" in locations
    assert f"{site}/en/accessibility/" in locations


@pytest.mark.django_db
def test_sitemap_leaves_out_unpublished_pages(client, demo_site, home):
    privacy = home.get_children().get(slug="privacy")
    privacy.unpublish()

    locations = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode())

    assert f"{demo_site.root_url}/en/privacy/" not in locations
    assert f"{demo_site.root_url}/en/accessibility/" in locations


@pytest.mark.django_db
def test_robots_txt_points_at_the_sitemap_and_keeps_out_filter_combinations(client, demo_site):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {demo_site.root_url}/sitemap.xml" in lines
    assert "Disallow: /*?*&" in lines  # two or more filters
    assert "Disallow: /*/search/" in lines
    assert "Disallow: /en/things-to-do/" not in lines  # the find page itself is indexed
