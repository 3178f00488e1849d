from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from sites.core import views as core_views
from sites.core.sitemaps import SiteSitemap
from sites.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("brand.css", core_views.brand_stylesheet, name="brand_stylesheet"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteSitemap}}, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", core_views.serve_media, name="media"),
    ]

# Every page lives under /de/… or /en/…; "/" redirects by Accept-Language (German fallback).
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("registration/"), include("sites.registrations.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "sites.core.views.page_not_found"
handler500 = "sites.core.views.server_error"
