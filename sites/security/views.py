"""The page an admin sign-in gets once django-axes has locked it out."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render


def lockout(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a 429 in the admin's look and language (LocaleMiddleware's choice)."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    return render(
        request,
        "security/lockout.html",
        {"cool_off_minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
