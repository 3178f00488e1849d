"""The month grid of the event calendar view."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.utils import timezone


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    is_today: bool
    entries: list = field(default_factory=list)


def month_bounds(first_day):
    """Aware datetimes [start, end) of a month in the current time zone (Europe/Berlin)."""
    next_month = (first_day + datetime.timedelta(days=32)).replace(day=1)
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=tz)
    end = datetime.datetime.combine(next_month, datetime.time.min, tzinfo=tz)
    return start, end


def shift_month(first_day, months):
    month_index = first_day.year * 12 + first_day.month - 1 + months
    return datetime.date(month_index // 12, month_index % 12 + 1, 1)


def month_grid(first_day, entries):
    """Weeks (Monday first) of CalendarDays, each holding the entries that take place that day."""
    today = timezone.localdate()
    weeks = [
        [CalendarDay(day, day.month == first_day.month, day == today) for day in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(
            first_day.year, first_day.month
        )
    ]
    days = {day.date: day for week in weeks for day in week}
    for entry in entries:
        first = timezone.localtime(entry.page.start).date()
        last = entry.page.last_day
        current = max(first, weeks[0][0].date)
        while current <= last and current in days:
            days[current].entries.append(entry)
            current += datetime.timedelta(days=1)
    return weeks
