from tests.referrals.conftest import make_user  # noqa: F401 (a fixture, shared)
