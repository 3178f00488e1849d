"""The contact form works without Django's CSRF cookie, so readers still get no cookie at all."""

from wagtail import views as wagtail_views
from wagtail.models import Page


class ContactFormCsrfMiddleware:
    """Lets a POST to a contact page skip Django's CSRF check, which needs the csrftoken cookie.

    CSRF protection guards actions taken with a visitor's credentials. The contact form acts for
    nobody: it stores an anonymous message and reads neither the session nor the logged-in user;
    spam is held off by the honeypot and the rate limit. Every other POST keeps the CSRF check.
    Belongs right before django.middleware.csrf.CsrfViewMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or view_func is not wagtail_views.serve:
            return None
        from .models import ContactPage

        path = view_kwargs.get("path", view_args[0] if view_args else "")
        # Wagtail memoises the route on the request: serving the page does not route again.
        route = Page.route_for_request(request, path)
        if route is not None and isinstance(route[0], ContactPage):
            request.csrf_processing_done = True
        return None
