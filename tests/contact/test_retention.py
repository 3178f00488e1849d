"""delete_old_form_submissions removes contact submissions past the retention period, nothing else."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from tests.conftest import demo_page

pytestmark = pytest.mark.django_db


def submission(page, days_ago):
    item = FormSubmission.objects.create(page=page, form_data={"name": f"{days_ago} days"})
    # submit_time is auto_now_add: move it back afterwards.
    FormSubmission.objects.filter(pk=item.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return item


def run(*args):
    out = io.StringIO()
    call_command("delete_old_form_submissions", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def submissions():
    contact_de = demo_page("acod", "contact", "de")
    contact_en = demo_page("logistik", "contact", "en")
    return {
        "fresh": submission(contact_de, 1),
        "almost": submission(contact_en, 179),
        "old": submission(contact_de, 181),
        "ancient": submission(contact_en, 800),
        # A submission that belongs to another kind of page is not this command's business.
        "other_page": submission(demo_page("acod", "about", "de"), 900),
    }


def remaining():
    return set(FormSubmission.objects.values_list("form_data__name", flat=True))


def test_deletes_only_contact_submissions_older_than_the_retention_period(submissions, settings):
    assert settings.CONTACT_SUBMISSION_RETENTION_DAYS == 180

    output = run()

    assert "Deleted 2 contact form submission(s) older than 180 days" in output
    assert remaining() == {"1 days", "179 days", "900 days"}


def test_days_option_and_idempotence(submissions):
    assert "Deleted 3" in run("--days", "30")
    assert remaining() == {"1 days", "900 days"}

    assert "Deleted 0" in run("--days", "30")
    assert remaining() == {"1 days", "900 days"}


def test_dry_run_deletes_nothing(submissions):
    output = run("--dry-run")

    assert "Would delete 2 contact form submission(s)" in output
    assert len(remaining()) == 5


def test_retention_follows_the_setting(submissions, settings):
    settings.CONTACT_SUBMISSION_RETENTION_DAYS = 1000

    assert "Deleted 0" in run()
    assert len(remaining()) == 5


def test_refuses_a_retention_below_one_day(submissions):
    with pytest.raises(CommandError):
        run("--days", "0")
    assert len(remaining()) == 5
