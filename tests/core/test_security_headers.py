import re

import pytest


@pytest.mark.django_db
def test_public_pages_carry_a_content_security_policy_without_unsafe_inline(client, demo_site):
    response = client.get("/en/")

    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "default-src 'self'" in policy
    # The one inline script is allowed by the nonce in the header, and only by that.
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert f'<script nonce="{nonce}">' in response.content.decode()


@pytest.mark.django_db
def test_public_pages_send_the_usual_security_headers(client, demo_site):
    response = client.get("/en/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
