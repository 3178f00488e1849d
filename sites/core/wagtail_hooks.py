"""Hooks of what all sites share."""

from wagtail import hooks

from .request_memo import active_locale


@hooks.register("before_serve_page")
def reuse_the_active_locale(page, request, serve_args, serve_kwargs):
    """A page served is in the active language: its `locale` is the request's (one query fewer
    per page view, since listings and templates read `page.locale`)."""
    locale = active_locale()
    if page.locale_id == locale.pk:
        page.locale = locale
