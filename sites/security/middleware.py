"""Response headers: Content-Security-Policy per area, Permissions-Policy, safe document serving."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings

# Served documents: nothing in them may run or load anything, and nothing is framed.
DOCUMENT_POLICY = "default-src 'none'"
DOCUMENT_POLICY_SANDBOXED = "default-src 'none'; sandbox"
# The only document types a browser may show instead of downloading: PDF and raster images.
INLINE_DOCUMENT_TYPES = {
    "application/pdf",
    "image/avif",
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def is_admin_path(path):
    return path.startswith(settings.VERBUND_ADMIN_PATH_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with a second, looser policy for the Wagtail admin.

    Public pages get CONTENT_SECURITY_POLICY (no inline script or style). Wagtail's admin needs
    inline scripts and styles, data: and blob: URLs, and frames its own previews; it gets
    VERBUND_ADMIN_CONTENT_SECURITY_POLICY, under VERBUND_ADMIN_PATH_PREFIX only. A view that sets
    its own policy with django-csp's decorators keeps it.
    """

    def process_response(self, request, response):
        # Wagtail renders a preview by sending a dummy request for the page's public URL through
        # the middleware again (request.is_dummy). Its response is framed by the admin's preview
        # panel and must carry the policy of the admin view that embeds it, set on the way out.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.VERBUND_ADMIN_CONTENT_SECURITY_POLICY)
        return parts


def permissions_policy_header(policy):
    """{"camera": [], "fullscreen": ["self"]} -> 'camera=(), fullscreen=(self)'."""
    return ", ".join(f"{feature}=({' '.join(allowlist)})" for feature, allowlist in policy.items())


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; served documents can neither run nor be sniffed.

    Documents come from Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view"). Each is
    sent with its own content type, X-Content-Type-Options: nosniff and a CSP that allows
    nothing. Only PDFs and raster images may open in the browser (and only where Wagtail serves
    them inline, WAGTAILDOCS_INLINE_CONTENT_TYPES); every other type is a download
    (Content-Disposition: attachment), whatever that setting says. Everything but PDFs is also
    sandboxed; Chromium and Safari refuse to start their PDF viewer in a sandboxed document.
    Belongs right after ContentSecurityPolicyMiddleware, which then leaves a document's policy
    alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = permissions_policy_header(settings.VERBUND_PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.permissions_policy)
        if self.is_served_document(request, response):
            self.protect_document(response)
        return response

    @staticmethod
    def is_served_document(request, response):
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name != "wagtaildocs_serve":
            return False
        # The file itself, not the password form or a 404 for a restricted document.
        return response.streaming or "Content-Disposition" in response

    @staticmethod
    def protect_document(response):
        content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        response["X-Content-Type-Options"] = "nosniff"
        if content_type == "application/pdf":
            response["Content-Security-Policy"] = DOCUMENT_POLICY
        else:
            response["Content-Security-Policy"] = DOCUMENT_POLICY_SANDBOXED
        disposition = response.get("Content-Disposition", "")
        if content_type not in INLINE_DOCUMENT_TYPES and not disposition.lower().startswith(
            "attachment"
        ):
            filename = disposition.partition(";")[2].strip()
            response["Content-Disposition"] = "; ".join(filter(None, ["attachment", filename]))


# Longest search query the admin passes on to its search backends. The readers' search has its
# own limit (sites.search.views.MAX_QUERY_LENGTH, with a notice); an editor's query is a few words.
ADMIN_SEARCH_QUERY_LIMIT = 200


class AdminSearchQueryLimitMiddleware:
    """Cut the admin's search parameter `q` to ADMIN_SEARCH_QUERY_LIMIT characters.

    CVE-2024-39317 and its relatives: a search query of many thousand characters keeps a worker
    busy or breaks it. Measured with Wagtail 8.0.1 on SQLite: a query of 50,000 words
    ("a a a …") overflows Python's recursion limit while the search backend builds its nested
    expression (a 500) in the page search, the explorer, the image and document listings and the
    choosers; 50,000 "a:" filter tokens take 10–20 seconds in the image listing and chooser.
    Every admin view reads `q` from request.GET, so it is cut once, here, for all of them
    (listings, choosers, bulk actions, reports).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin_path(request.path_info) and any(
            len(value) > ADMIN_SEARCH_QUERY_LIMIT for value in request.GET.getlist("q")
        ):
            query = request.GET.copy()
            query.setlist("q", [value[:ADMIN_SEARCH_QUERY_LIMIT] for value in query.getlist("q")])
            query._mutable = False
            request.GET = query
        return self.get_response(request)
