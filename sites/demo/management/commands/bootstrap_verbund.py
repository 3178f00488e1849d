"""Create or update the three association sites, their locales, page trees and demo content.

Idempotent: structure (locales, sites, hostnames, collections) is brought up to date on every
run; content is created only where it is missing, so editors' changes survive a re-run.
"""

import datetime
import io
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from sites.contact.models import ContactFormField, ContactPage
from sites.core.models import BrandingSettings, SiteTexts, Topic
from sites.demo.images import draw_hero, draw_logo
from sites.demo.loader import load_demo_content
from sites.editorial.roles import (
    ensure_roles,
    ensure_workflow,
    remove_wagtail_default_groups,
    shared_collection,
)
from sites.events.models import (
    EventIndexPage,
    EventPage,
    EventPageOrganiser,
    EventPageShare,
    EventPageTopic,
)
from sites.home.models import HomePage
from sites.members.models import MemberDirectoryPage, MemberOrganisation, Membership, MemberTopic
from sites.news.models import NewsIndexPage, NewsPage, NewsPageShare, NewsPageTopic
from sites.registrations.models import Registration
from sites.security.backends import DEMO_ACCOUNTS_GROUP
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
SECTIONS = {
    "news": {
        "model": NewsIndexPage,
        "title": {"de": "Aktuelles", "en": "News"},
        "slug": {"de": "aktuelles", "en": "news"},
        "intro": {
            "de": "<p>Neuigkeiten aus dem {name} und von unseren Partnerverbänden.</p>",
            "en": "<p>News from {name} and from our partner associations.</p>",
        },
    },
    "events": {
        "model": EventIndexPage,
        "title": {"de": "Veranstaltungen", "en": "Events"},
        "slug": {"de": "veranstaltungen", "en": "events"},
        "intro": {
            "de": "<p>Termine von {name} und den Partnerverbänden – vor Ort und online.</p>",
            "en": "<p>Events by {name} and its partner associations – on site and online.</p>",
        },
    },
    "members": {
        "model": MemberDirectoryPage,
        "title": {"de": "Mitglieder", "en": "Members"},
        "slug": {"de": "mitglieder", "en": "members"},
        "intro": {
            "de": "<p>Die Mitgliedsunternehmen von {name} von A bis Z.</p>",
            "en": "<p>The member companies of {name} from A to Z.</p>",
        },
    },
}

# The contact page's form (sites/contact): the same field names in both languages, so submissions
# share their keys; the consent checkbox and the honeypot are added by the form itself.
CONTACT_FORM_FIELDS = [
    {"name": "name", "type": "singleline", "required": True, "label": {"de": "Name", "en": "Name"}},
    {"name": "email", "type": "email", "required": True, "label": {"de": "E-Mail", "en": "E-mail"}},
    {
        "name": "subject",
        "type": "singleline",
        "required": False,
        "label": {"de": "Betreff", "en": "Subject"},
    },
    {
        "name": "message",
        "type": "multiline",
        "required": True,
        "label": {"de": "Nachricht", "en": "Message"},
    },
]
CONTACT_THANK_YOU = {
    "de": "<p>Vielen Dank für Ihre Nachricht! Wir haben sie erhalten und melden uns so bald wie "
    "möglich bei Ihnen.</p>",
    "en": "<p>Thank you for your message! We have received it and will get back to you as soon as "
    "possible.</p>",
}
CONTACT_SUBJECT = {"de": "Kontaktformular {name}", "en": "Contact form {name}"}


def stable_key(*parts):
    return uuid.uuid5(KEY_NAMESPACE, ":".join(parts))


def publish(page):
    page.save_revision().publish()


def resolve_moment(value, today):
    """Demo dates: "2019-02-13", "2019-02-13T18:00", {"days_ahead": 21, "time": "17:30"} or
    {"days_ago": 4}. Returns (date, time or None) in Europe/Berlin."""
    if isinstance(value, dict):
        offset = value.get("days_ahead", 0) - value.get("days_ago", 0)
        day = today + datetime.timedelta(days=offset)
        time = datetime.time.fromisoformat(value["time"]) if "time" in value else None
        return day, time
    if "T" in value:
        moment = datetime.datetime.fromisoformat(value)
        return moment.date(), moment.time()
    return datetime.date.fromisoformat(value), None


def aware(day, time):
    return timezone.make_aware(datetime.datetime.combine(day, time or datetime.time.min))


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
        demo = load_demo_content()

        with transaction.atomic():
            self.locales = {
                code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
            }
            self.remove_wagtail_welcome_site()
            remove_wagtail_default_groups()
            self.ensure_locale_synchronisation()
            root = Page.get_first_root_node()
            self.topics = self.ensure_topics(demo.topics)
            self.sites = {}
            self.sections = {}
            self.groups = {}
            for association in demo.associations:
                self.bootstrap_association(root, association, hostnames[association["key"]], port)
            self.members = self.ensure_members(demo.members)
            today = timezone.localdate()
            for item in demo.news:
                self.ensure_news(item, today)
            for item in demo.events:
                self.ensure_event(item, today)
            self.ensure_demo_accounts()

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
        self.sites[key] = site
        for section_key, section in SECTIONS.items():
            self.sections[key, section_key] = self.ensure_page(
                key_parts=(key, section_key),
                parent=home_de,
                build=lambda lang, section=section: section["model"](
                    title=section["title"][lang],
                    slug=section["slug"][lang],
                    intro=section["intro"][lang].format(name=association["short_name"]),
                    show_in_menus=True,
                ),
            )

        pages = {}
        for spec in association["pages"]:
            pages[spec["key"]] = self.ensure_page(
                key_parts=(key, spec["key"]),
                parent=home_de,
                build=lambda lang, spec=spec: (
                    self.build_contact_page(association, spec, lang)
                    if spec["key"] == "contact"
                    else StandardPage(
                        title=spec["title"][lang],
                        slug=spec["slug"][lang],
                        intro=spec.get("intro", {}).get(lang, ""),
                        show_in_menus=spec.get("show_in_menus", False),
                    )
                ),
            )
        # Bodies come second: calls to action link to sibling pages that must exist first.
        # (A contact page has no body: its text is the form page's introduction.)
        for spec in association["pages"]:
            if isinstance(pages[spec["key"]], StandardPage):
                self.fill_body(key, pages[spec["key"]], spec, pages)

        self.ensure_branding(site, association, collection, pages)
        self.ensure_site_texts(site, association)
        self.groups[key] = ensure_roles(site, association["short_name"], collection)
        ensure_workflow(site, association["short_name"], self.groups[key]["moderator"])

    def build_contact_page(self, association, spec, lang):
        """The contact form page; its introduction is the spec's intro and paragraphs (the contact
        details block becomes the page's own contact details, from the branding settings)."""
        intro = [f"<p>{escape(spec['intro'][lang])}</p>"] if spec.get("intro") else []
        intro += [value[lang] for block_type, value in spec["body"] if block_type == "paragraph"]
        return ContactPage(
            title=spec["title"][lang],
            slug=spec["slug"][lang],
            show_in_menus=spec.get("show_in_menus", False),
            intro="".join(intro),
            thank_you_text=CONTACT_THANK_YOU[lang],
            subject=CONTACT_SUBJECT[lang].format(name=association["short_name"]),
            form_fields=[
                ContactFormField(
                    # The same translation key in both languages: one field, two translations.
                    translation_key=stable_key(
                        association["key"], "contact", "field", field["name"]
                    ),
                    locale=self.locales[lang],
                    sort_order=index,
                    clean_name=field["name"],
                    label=field["label"][lang],
                    field_type=field["type"],
                    required=field["required"],
                )
                for index, field in enumerate(CONTACT_FORM_FIELDS)
            ],
        )

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
                    model_field = page_de._meta.get_field(field.field_name)
                    if (
                        field.is_synchronized(page_de)
                        and not field.is_translated(page_de)
                        and model_field.concrete
                    ):
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
            branding.slug = association["key"]
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

    # --- topics, news and events -------------------------------------------------------------

    def ensure_topics(self, specs):
        """Topic snippets in both languages, keyed by their demo key."""
        topics = {}
        for spec in specs:
            translation_key = stable_key("topic", spec["key"])
            topic_de = Topic.objects.filter(
                translation_key=translation_key, locale=self.locales["de"]
            ).first() or Topic.objects.create(
                translation_key=translation_key,
                locale=self.locales["de"],
                name=spec["name"]["de"],
                slug=spec["slug"]["de"],
            )
            topics[spec["key"]] = {"de": topic_de}
            for lang in LANGUAGES[1:]:
                translated = topic_de.get_translation_or_none(self.locales[lang])
                if translated is None:
                    translated = topic_de.copy_for_translation(self.locales[lang])
                    translated.name = spec["name"][lang]
                    translated.slug = spec["slug"][lang]
                    translated.save()
                topics[spec["key"]][lang] = translated
        return topics

    def ensure_members(self, specs):
        """The demo member companies, German and English, once each (by their demo key); the
        German record carries the memberships and sectors. Returns {key: German record}."""
        members = {}
        shared = shared_collection()
        for spec in specs:
            translation_key = stable_key("member", spec["key"])
            member = MemberOrganisation.objects.filter(
                translation_key=translation_key, locale=self.locales["de"]
            ).first()
            if member is None:
                brand, accent = spec["colors"]
                member = MemberOrganisation(
                    translation_key=translation_key,
                    locale=self.locales["de"],
                    name=spec["name"],
                    slug=spec["slug"],
                    description=spec["description"]["de"],
                    city=spec["city"],
                    region=spec["region"],
                    website=spec["website"],
                    contact_email=spec["contact_email"],
                    contact_phone=spec["contact_phone"],
                    logo=self.create_image(
                        title=f"{spec['name']} – Logo",
                        filename=f"member-{spec['key']}-logo.png",
                        data=draw_logo(spec["name"].split()[0], brand, accent),
                        collection=shared,
                        description=f"Logo {spec['name']}",
                    ),
                    memberships=[
                        Membership(
                            site=self.sites[row["association"]],
                            member_since=datetime.date.fromisoformat(row["since"]),
                        )
                        for row in spec["memberships"]
                    ],
                    topic_links=[
                        MemberTopic(topic=self.topics[key]["de"]) for key in spec["topics"]
                    ],
                )
                member.full_clean(exclude=["translation_key"])
                member.save()
                self.stdout.write(f"Created member {member.name}")
            for lang in LANGUAGES[1:]:
                if member.get_translation_or_none(self.locales[lang]) is None:
                    translated = member.copy_for_translation(self.locales[lang])
                    translated.description = spec["description"][lang]
                    translated.save()
            members[spec["key"]] = member
        return members

    def body_blocks(self, item_key, body, lang):
        return [
            {
                "type": block_type,
                "value": self.block_value(block_type, value, lang, {}),
                "id": str(stable_key(item_key, "block", str(index))),
            }
            for index, (block_type, value) in enumerate(body)
        ]

    def ensure_news(self, item, today):
        day, _time = resolve_moment(item["date"], today)
        parent = self.sections[item["owner"], "news"]
        self.ensure_page(
            key_parts=("news", item["key"]),
            parent=parent,
            build=lambda lang: NewsPage(
                title=item["title"][lang],
                slug=item["slug"][lang],
                date=day,
                teaser=item["teaser"][lang],
                body=self.body_blocks(item["key"], item["body"], lang),
                member=self.members.get(item.get("member")),
                topic_links=[NewsPageTopic(topic=self.topics[t][lang]) for t in item["topics"]],
                shared_with=[NewsPageShare(site=self.sites[k]) for k in item["shared_with"]],
            ),
        )

    def ensure_event(self, item, today):
        start_day, start_time = resolve_moment(item["start"], today)
        end_day, end_time = resolve_moment(item["end"], today)
        deadline = None
        if item.get("registration_deadline"):
            deadline = aware(*resolve_moment(item["registration_deadline"], today))
        parent = self.sections[item["owner"], "events"]
        registration = item.get("registration") or {}
        questions = registration.get("questions", [])

        def build(lang):
            event = EventPage(
                title=item["title"][lang],
                slug=item["slug"][lang],
                start=aware(start_day, start_time),
                end=aware(end_day, end_time),
                all_day=item["all_day"],
                teaser=item["teaser"][lang],
                body=self.body_blocks(item["key"], item["body"], lang),
                mode=item["mode"],
                venue=item.get("venue", ""),
                street=item.get("street", ""),
                postal_code=item.get("postal_code", ""),
                city=item.get("city", ""),
                online_url=item.get("online_url", ""),
                registration_enabled=bool(registration),
                capacity=registration.get("capacity"),
                # the same block ids in both languages: the answers share their keys
                registration_questions=[
                    {
                        "type": "question",
                        "id": question["id"],
                        "value": {
                            "label": question["label"][lang],
                            "kind": question["kind"],
                            "required": question["required"],
                        },
                    }
                    for question in questions
                ],
                registration_url=item.get("registration_url", ""),
                registration_deadline=deadline,
                fee=item.get("fee", {}).get(lang, ""),
                contact_email=item.get("contact_email", ""),
                external_organisers=item.get("external_organisers", ""),
                member=self.members.get(item.get("member")),
                topic_links=[EventPageTopic(topic=self.topics[t][lang]) for t in item["topics"]],
                co_organisers=[
                    EventPageOrganiser(site=self.sites[k]) for k in item["co_organisers"]
                ],
                shared_with=[EventPageShare(site=self.sites[k]) for k in item["shared_with"]],
            )
            event.validate_event_details()
            return event

        event = self.ensure_page(key_parts=("event", item["key"]), parent=parent, build=build)
        owner = self.sites[item["owner"]]
        self.ensure_demo_registrations(event, owner, registration.get("registrations", []), today)

    def ensure_demo_registrations(self, event, owner, rows, today):
        """The demo's fictitious registrations, once (by e-mail address)."""
        for number, row in enumerate(rows):
            site = self.sites[row["site"]]
            locale = self.locales[row["language"]]
            # Worked out here, not with get_full_url(): that would fill Wagtail's cache of site
            # root paths while the sites may still change in this transaction (--hostname).
            home = owner.root_page.get_translation(locale)
            page = event.get_translation(locale)
            path = page.url_path[len(home.url_path) :]
            url = f"{owner.root_url}/{row['language']}/{path}"
            moment = aware(today - datetime.timedelta(days=10 - number), datetime.time(9, 0))
            Registration.objects.get_or_create(
                event=event,
                email=row["email"],
                defaults={
                    "site": site,
                    "language": row["language"],
                    "event_url": url,
                    "name": row["name"],
                    "organisation": row.get("organisation", ""),
                    "answers": row.get("answers", {}),
                    "status": row["status"],
                    "created_at": moment,
                    "confirmed_at": moment,
                },
            )

    # --- translation and accounts ------------------------------------------------------------

    def ensure_locale_synchronisation(self):
        """New German pages get English alias pages (wagtail-localize tree sync) until translated."""
        from wagtail_localize.models import LocaleSynchronization

        LocaleSynchronization.objects.get_or_create(
            locale=self.locales["en"], defaults={"sync_from": self.locales["de"]}
        )

    def ensure_demo_accounts(self):
        """admin plus <association>-editor/-moderator/-translator; only where settings allow it."""
        if not settings.VERBUND_DEMO_ACCOUNTS:
            self.stdout.write("Demo accounts are switched off in these settings; none created.")
            return
        if not settings.DEMO_PASSWORD:
            raise CommandError("Set DEMO_PASSWORD to create the demo accounts.")
        user_model = get_user_model()
        admin, created = user_model.objects.get_or_create(
            username="admin",
            defaults={"is_superuser": True, "is_staff": True, "email": "admin@verbund.example"},
        )
        if created:
            admin.set_password(settings.DEMO_PASSWORD)
            admin.save()
        # Members of this group cannot sign in where demo accounts are off (sites/security).
        demo_group, _created = Group.objects.get_or_create(name=DEMO_ACCOUNTS_GROUP)
        admin.groups.add(demo_group)
        for key, groups in self.groups.items():
            for role, group in groups.items():
                user, created = user_model.objects.get_or_create(
                    username=f"{key}-{role}",
                    defaults={"email": f"{key}-{role}@verbund.example", "first_name": key.upper()},
                )
                if created:
                    user.set_password(settings.DEMO_PASSWORD)
                    user.save()
                user.groups.add(group, demo_group)
