"""Which pages are private (a view restriction on them or above them), read once per request.

Wagtail asks twice per page view: its router for the restrictions of the page served (two
queries: the ancestors, then the restrictions), and `PageQuerySet.public()` for every listing
(all restrictions). Restrictions are few, so one query gives both answers for the whole request.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from .request_memo import memoised


def restricted_sections():
    """[(path, restriction id)]: each restricted page's subtree, and each of its aliases' (an
    alias shows its source's content, so Wagtail applies the source's restrictions to it)."""

    def compute():
        # Both halves start from the (small) restrictions table, not from every page.
        own = PageViewRestriction.objects.filter(page__alias_of__isnull=True).values_list(
            "page__path", "pk"
        )
        of_aliases = PageViewRestriction.objects.filter(page__aliases__isnull=False).values_list(
            "page__aliases__path", "pk"
        )
        return sorted(set(own.union(of_aliases)))

    return memoised("restricted_sections", compute)


def restriction_ids(page):
    """The ids of the restrictions that apply to `page` (Wagtail's `get_view_restrictions`)."""
    return sorted({pk for path, pk in restricted_sections() if page.path.startswith(path)})


def is_private(page):
    return any(page.path.startswith(path) for path, _pk in restricted_sections())


def private_pages_q():
    """The pages `PageQuerySet.public()` would leave out (and the aliases of restricted pages)."""
    q = Q()
    for path, _pk in restricted_sections():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def view_restrictions(page):
    """Wagtail's `Page.get_view_restrictions()`, without a query when nothing applies."""
    ids = restriction_ids(page)
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)
