import datetime
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sites.core.forms import ListingFilterForm

MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100


def parse_month(value):
    """'2019-06' -> date(2019, 6, 1); None for anything else (2019-13, 99999-01, …)."""
    match = MONTH_RE.match(value or "")
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (EARLIEST_YEAR <= year <= LATEST_YEAR and 1 <= month <= 12):
        return None
    return datetime.date(year, month, 1)


class EventFilterForm(ListingFilterForm):
    when = forms.ChoiceField(
        label=_("Period"),
        required=False,
        choices=[("", _("Upcoming events")), ("past", _("Past events"))],
    )
    month = forms.CharField(
        label=_("Month"),
        required=False,
        max_length=7,
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2026-12"}),
        help_text=_("Format: YYYY-MM"),
    )
    view = forms.ChoiceField(
        label=_("View"),
        required=False,
        choices=[("", _("List")), ("calendar", _("Month calendar"))],
    )

    def clean_month(self):
        value = self.cleaned_data["month"]
        if value and parse_month(value) is None:
            raise forms.ValidationError(
                _("Enter a month as YYYY-MM between %(first)s and %(last)s, e.g. 2026-12.")
                % {"first": EARLIEST_YEAR, "last": LATEST_YEAR}
            )
        return value

    @property
    def selected_month(self):
        return parse_month(self.clean_value("month"))

    @property
    def shows_past(self):
        return self.clean_value("when") == "past"

    @property
    def shows_calendar(self):
        return self.clean_value("view") == "calendar"

    def calendar_month(self):
        return self.selected_month or timezone.localdate().replace(day=1)
