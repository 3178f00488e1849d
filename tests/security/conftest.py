import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.conftest import HOSTS

# The editorial fixtures: admin clients of the demo accounts, each association's own news item.
from tests.editorial.conftest import news  # noqa: F401

DEMO_PASSWORD = "verbund-demo-2026"


@pytest.fixture
def admin_client(db):
    """The demo superuser "admin", signed in on the ACOD host."""
    client = Client(HTTP_HOST=HOSTS["acod"])
    client.force_login(get_user_model().objects.get(username="admin"))
    return client
