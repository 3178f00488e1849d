"""Create or update the three association sites, their locales, page trees and demo content.

Idempotent: structure (locales, sites, hostnames, collections) is brought up to date on every
run; content is created only where it is missing, so editors' changes survive a re-run.
"""

import io
import uuid

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from sites.core.models import BrandingSettings, SiteTexts
from sites.demo.content import ASSOCIATIONS
from sites.demo.images import draw_hero, draw_logo
from sites.home.models import HomePage
from sites.standard.models import StandardPage

# Stable identity for demo objects: the same translation key on every run and in every locale.
KEY_NAMESPACE = uuid.UUID("4f7c2f1e-5b8e-4c0e-9a59-2f5d1f0c7a10")

BRAND_PALETTES = {
    "acod": {"brand_color": "#0b3d91", "brand_text_color": "#ffffff", "accent_color": "#b3001b"},
    "clusterit": {
        "brand_color": "#4a2a7a",
        "brand_text_color": "#ffffff",
        "accent_color": "#a4005b",
    },
    "logistik": {
        "brand_color": "#0f5132",
        "brand_text_color": "#ffffff",
        "accent_color": "#9c4200",
    },
}
LANGUAGES = ("de", "en")


def stable_key(*parts):
    return uuid.uuid5(KEY_NAMESPACE, ":".join(parts))


def publish(page):
    page.save_revision().publish()


class Command(BaseCommand):
    help = "Create or update the three association sites with demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname",
            action="append",
            default=[],
            metavar="KEY=HOSTNAME",
            help="Override a site's hostname, e.g. --hostname acod=www.acod.de "
            "(default: settings.VERBUND_SITE_HOSTNAMES, from VERBUND_HOST_* variables).",
        )
        parser.add_argument(
            "--port",
            type=int,
            default=None,
            help="Port the sites are reached on (default: settings.VERBUND_SITE_PORT).",
        )

    def handle(self, *args, **options):
        hostnames = dict(settings.VERBUND_SITE_HOSTNAMES)
        for override in options["hostname"]:
            key, _sep, hostname = override.partition("=")
            if key not in hostnames or not hostname:
                raise CommandError(
                    f"--hostname expects KEY=HOSTNAME with KEY in {sorted(hostnames)}"
                )
            hostnames[key] = hostname.strip().lower()
        port = options["port"] or settings.VERBUND_SITE_PORT

        with transaction.atomic():
            self.locales = {
                code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
            }
            self.remove_wagtail_welcome_site()
            root = Page.get_first_root_node()
            for association in ASSOCIATIONS:
                self.bootstrap_association(root, association, hostnames[association["key"]], port)

        for site in Site.objects.order_by("hostname"):
            self.stdout.write(f"{site.site_name}: {site.root_url}/")

    def remove_wagtail_welcome_site(self):
        """Wagtail's initial migration creates a placeholder site on localhost:80; it has no place here."""
        welcome_pages = Page.objects.filter(depth=2, slug="home", content_type__model="page")
        for page in welcome_pages:
            Site.objects.filter(root_page=page).delete()
            page.delete()
            self.stdout.write("Removed Wagtail's placeholder welcome page and site.")

    # --- one association -------------------------------------------------------------------

    def bootstrap_association(self, root, association, hostname, port):
        key = association["key"]
        collection = self.ensure_collection(association["short_name"])
        home = association["home"]
        home_de = self.ensure_page(
            key_parts=(key, "home"),
            parent=root,
            build=lambda lang: HomePage(
                title=home["title"][lang],
                slug=key if lang == "de" else f"{key}-{lang}",
                hero_heading=home["hero_heading"][lang],
                intro=home["intro"][lang],
                seo_title=f"{association['full_name']}",
                search_description=association["tagline"][lang],
            ),
            prepare=lambda page: setattr(
                page, "hero_image", self.hero_image(association, collection)
            ),
        )
        site = self.ensure_site(home_de, association, hostname, port)

        pages = {}
        for spec in association["pages"]:
            pages[spec["key"]] = self.ensure_page(
                key_parts=(key, spec["key"]),
                parent=home_de,
                build=lambda lang, spec=spec: StandardPage(
                    title=spec["title"][lang],
                    slug=spec["slug"][lang],
                    intro=spec.get("intro", {}).get(lang, ""),
                    show_in_menus=spec.get("show_in_menus", False),
                ),
            )
        # Bodies come second: calls to action link to sibling pages that must exist first.
        for spec in association["pages"]:
            self.fill_body(key, pages[spec["key"]], spec, pages)

        self.ensure_branding(site, association, collection, pages)
        self.ensure_site_texts(site, association)

    def ensure_collection(self, name):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=name).first()
        return existing or root.add_child(name=name)

    def ensure_site(self, home_de, association, hostname, port):
        site = Site.objects.filter(root_page=home_de).first() or Site(root_page=home_de)
        site.hostname = hostname
        site.port = port
        site.site_name = association["full_name"]
        site.is_default_site = False
        site.save()
        return site

    def ensure_page(self, key_parts, parent, build, prepare=None):
        """The German page and its English translation, created only when missing."""
        translation_key = stable_key(*key_parts)
        page_de = Page.objects.filter(
            translation_key=translation_key, locale=self.locales["de"]
        ).first()
        if page_de is None:
            page_de = build("de")
            page_de.translation_key = translation_key
            page_de.locale = self.locales["de"]
            page_de.live = False
            if prepare:
                prepare(page_de)
            parent.add_child(instance=page_de)
            publish(page_de)
            self.stdout.write(f"Created page {page_de.url_path}")
        page_de = page_de.specific

        for lang in LANGUAGES[1:]:
            if page_de.get_translation_or_none(self.locales[lang]) is None:
                translated = build(lang)
                translated.translation_key = translation_key
                translated.locale = self.locales[lang]
                translated.live = False
                for field in page_de.translatable_fields:
                    if field.is_synchronized(page_de) and not field.is_translated(page_de):
                        setattr(translated, field.field_name, getattr(page_de, field.field_name))
                parent_translation = (
                    parent if parent.is_root() else parent.get_translation(self.locales[lang])
                )
                parent_translation.add_child(instance=translated)
                publish(translated)
                self.stdout.write(f"Created translation {translated.url_path}")
        return page_de

    def fill_body(self, association_key, page_de, spec, pages):
        """Write the demo body into pages that do not have one yet (both languages)."""
        for lang in LANGUAGES:
            page = page_de if lang == "de" else page_de.get_translation(self.locales[lang])
            page = page.specific
            if page.body:
                continue
            page.body = [
                {
                    "type": block_type,
                    "value": self.block_value(block_type, value, lang, pages),
                    # The same block id in every language keeps translations aligned block by block.
                    "id": str(stable_key(association_key, spec["key"], "block", str(index))),
                }
                for index, (block_type, value) in enumerate(spec["body"])
            ]
            publish(page)

    @staticmethod
    def block_value(block_type, value, lang, pages):
        if block_type == "heading":
            return {"text": value["text"][lang], "level": value.get("level", "h2")}
        if block_type == "paragraph":
            return value[lang]
        if block_type == "quote":
            return {
                "quote": value["quote"][lang],
                "attribution": value.get("attribution", ""),
                "role": value.get("role", {}).get(lang, ""),
            }
        if block_type == "call_to_action":
            return {
                "title": value["title"][lang],
                "text": value.get("text", {}).get(lang, ""),
                "button_label": value["button_label"][lang],
                "link_page": pages[value["link_page"]].pk,
                "link_url": "",
            }
        if block_type == "table":
            header = [cell[lang] for cell in value["header"]]
            rows = [[cell[lang] for cell in row] for row in value["rows"]]
            return {
                "data": [header, *rows],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": value.get("caption", {}).get(lang, ""),
            }
        if block_type in ("contact_details", "legal_details"):
            return None
        raise CommandError(f"Unknown demo block type {block_type!r}")

    def hero_image(self, association, collection):
        palette = BRAND_PALETTES[association["key"]]
        return self.create_image(
            title=f"{association['short_name']} – Titelbild",
            filename=f"{association['key']}-hero.jpg",
            data=draw_hero(association["key"], palette["brand_color"], palette["accent_color"]),
            collection=collection,
            description="",
        )

    def create_image(self, title, filename, data, collection, description):
        image_model = get_image_model()
        image = image_model(title=title, collection=collection, description=description)
        image.file = ImageFile(io.BytesIO(data), name=filename)
        image.save()
        return image

    def ensure_branding(self, site, association, collection, pages):
        branding = BrandingSettings.for_site(site)
        if not branding.full_name:
            palette = BRAND_PALETTES[association["key"]]
            legal = association["legal"]
            branding.full_name = association["full_name"]
            branding.short_name = association["short_name"]
            branding.brand_color = palette["brand_color"]
            branding.brand_text_color = palette["brand_text_color"]
            branding.accent_color = palette["accent_color"]
            branding.street = association["street"]
            branding.postal_code = association["postal_code"]
            branding.city = association["city"]
            branding.email = association["email"]
            branding.phone = association["phone"]
            branding.social_links = [
                {"type": "link", "value": {"label": label, "url": url}}
                for label, url in association.get("social_links", [])
            ]
            branding.register_court = legal["register_court"]
            branding.register_number = legal["register_number"]
            branding.board = legal["board"]
            branding.vat_id = legal["vat_id"]
            branding.responsible_person = legal["responsible_person"]
            branding.logo = self.create_image(
                title=f"{association['short_name']} – Logo",
                filename=f"{association['key']}-logo.png",
                data=draw_logo(
                    association["short_name"], palette["brand_color"], palette["accent_color"]
                ),
                collection=collection,
                description=f"Logo {association['full_name']}",
            )
            branding.full_clean()
            self.stdout.write(f"Created branding for {site.site_name}")
        branding.imprint_page = branding.imprint_page or pages.get("imprint")
        branding.privacy_page = branding.privacy_page or pages.get("privacy")
        branding.save()

    def ensure_site_texts(self, site, association):
        texts_de = SiteTexts.objects.filter(site=site, locale=self.locales["de"]).first()
        if texts_de is None:
            texts_de = SiteTexts.objects.create(
                site=site,
                locale=self.locales["de"],
                translation_key=stable_key(association["key"], "site-texts"),
                tagline=association["tagline"]["de"],
                footer_text=association["footer_text"]["de"],
            )
        for lang in LANGUAGES[1:]:
            if texts_de.get_translation_or_none(self.locales[lang]) is None:
                translated = texts_de.copy_for_translation(self.locales[lang])
                translated.tagline = association["tagline"][lang]
                translated.footer_text = association["footer_text"][lang]
                translated.save()
