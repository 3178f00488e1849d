"""What of the admin's pages, images and documents a user may see at all (issue 16).

One definition, used by the page chooser's hook, the admin API's endpoints, the bulk actions and the
middleware guards (sites/editorial/wagtail_hooks.py, middleware.py):

- pages: the pages the user may explore, i.e. the association's own trees (German and English) and
  their ancestors (the tree's root). Partners' pages are not offered in the page chooser, not even
  live ones: the chooser shows a page's latest (draft) title, and partners' public pages are linked
  by their address;
- images and documents: the items of the collections the user may change, delete or choose: the
  association's own collection with its sub-collections and the shared collection, exactly what
  the listings and choosers show.

Superusers see everything.
"""

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

MEDIA_ACTIONS = ["change", "delete", "choose"]


def visible_pages(user):
    return PagePermissionPolicy().explorable_instances(user)


def visible_media(user, model):
    """Images or documents (by `model`) the user may list or choose."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(
        user, MEDIA_ACTIONS
    )


def visible_objects(user, model):
    """The visible instances of a page, image or document model; None for other models."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    if issubclass(model, Page):
        return visible_pages(user)
    if model in (get_image_model(), get_document_model()):
        return visible_media(user, model)
    return None


def user_can_see_page(user, page_id):
    return visible_pages(user).filter(pk=page_id).exists()
