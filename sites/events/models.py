import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sites.core.blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from sites.core.forms import SharedItemPageForm
from sites.core.images import rendition_or_none
from sites.core.models import BasePage
from sites.core.sharing import (
    SectionIndexMixin,
    SharedItemMixin,
    SiteRelation,
    TopicRelation,
    associations_by_site,
    build_entries,
    teasers,
)
from sites.members.models import NamesMemberMixin
from sites.registrations.blocks import RegistrationQuestionBlock
from sites.registrations.panels import RegistrationsPanel
from sites.registrations.places import places_of_page, registration_is_open

from .calendar import month_bounds, month_grid, shift_month
from .forms import EventFilterForm
from .ical import calendar_response, calendar_text, event_text

# The subscribable feed is bounded: calendar apps poll it often and choke on thousands of entries,
# and a feed rebuilt after every publication must stay cheap. Recent past plus what comes next.
CALENDAR_FEED_HISTORY = datetime.timedelta(days=90)
CALENDAR_FEED_MAX_EVENTS = 250


class EventIndexPage(SectionIndexMixin, BasePage):
    """The events section of one site: its own events, joint events and what partners share."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    item_model_label = "events.EventPage"

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    @path("", name="listing")
    def listing(self, request):
        site = Site.find_for_request(request)
        filter_form = EventFilterForm(request.GET or None, locale=self.locale)
        events = self.listed(site, filter_form)
        context = {"filter_form": filter_form}

        if filter_form.shows_calendar:
            month = filter_form.calendar_month()
            month_events = during(events, *month_bounds(month))
            context.update(
                calendar_month=month,
                calendar_weeks=month_grid(month, build_entries(month_events, request, site)),
                previous_month=shift_month(month, -1),
                next_month=shift_month(month, 1),
            )
            return self.render(
                request,
                context_overrides=context,
                template="events/event_index_calendar.html",
            )

        now = timezone.now()
        if month := filter_form.selected_month:
            events = during(events, *month_bounds(month))
        elif filter_form.shows_past:
            events = events.filter(end__lt=now).reverse()
        else:
            events = events.filter(end__gte=now)
        page_obj = self.paginate(request, events)
        context.update(page_obj=page_obj, teasers=teasers(request, site, page_obj.object_list))
        return self.render(request, context_overrides=context)

    @path("ical/", name="calendar_feed")
    def calendar_feed(self, request):
        site = Site.find_for_request(request)
        since = timezone.now() - CALENDAR_FEED_HISTORY
        # Up to 250 events: their bodies (JSON parsed into blocks) were an eighth of reading them.
        events = (
            EventPage.listed(site, self.locale)
            .filter(end__gte=since)
            .defer(*EventPage.body_fields())
        )
        entries = build_entries(events[:CALENDAR_FEED_MAX_EVENTS], request, site)
        title = f"{associations_by_site()[site.pk].short_name}: {self.title}"
        body = calendar_text(title, [event_text(entry, request) for entry in entries])
        return calendar_response(body, f"{self.slug}.ics", attachment=False)


def during(events, start, end):
    """The events that touch the time from `start` to `end`."""
    return events.filter(start__lt=end, end__gte=start)


class EventPage(SharedItemMixin, NamesMemberMixin, RoutablePageMixin, BasePage):
    """An event of one association, possibly organised jointly with partners."""

    class Mode(models.TextChoices):
        ONSITE = "onsite", _("On site")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid (on site and online)")

    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Times are ignored; the event runs from the start day to the end day."),
    )
    teaser = models.TextField(
        _("teaser"), max_length=300, help_text=_("One or two sentences for listings and calendars.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    mode = models.CharField(_("format"), max_length=10, choices=Mode.choices, default=Mode.ONSITE)
    venue = models.CharField(_("venue"), max_length=160, blank=True)
    street = models.CharField(_("street and number"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    online_url = models.URLField(_("online link"), blank=True)

    registration_enabled = models.BooleanField(
        _("registration form on the event page"),
        default=False,
        help_text=_(
            "Readers register on every organiser's site; the list is under Registrations in "
            "the admin menu."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty: no limit. When all places are taken, sign-ups go onto a waiting list."),
    )
    registration_questions = StreamField(
        [("question", RegistrationQuestionBlock())],
        blank=True,
        verbose_name=_("extra questions"),
        help_text=_("Asked in the registration form besides name, e-mail and organisation."),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    fee = models.CharField(
        _("fee"), max_length=160, blank=True, help_text=_("e.g. free of charge, or 50 € for guests")
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    external_organisers = models.CharField(
        _("external co-organisers"),
        max_length=250,
        blank=True,
        help_text=_("Organisations outside the three associations, e.g. a chamber of commerce."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Date and time (Europe/Berlin)"),
        ),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("mode"),
                FieldPanel("venue"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                RegistrationsPanel(),
                FieldPanel("registration_enabled"),
                FieldPanel("capacity"),
                FieldPanel("registration_questions"),
                FieldPanel("registration_url"),
                FieldPanel("registration_deadline"),
                FieldPanel("fee"),
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Registration and contact"),
        ),
        FieldPanel("member"),
        InlinePanel("topic_links", label=_("Topics")),
        MultiFieldPanel(
            [
                InlinePanel("co_organisers", label=_("Co-organising association")),
                FieldPanel("external_organisers"),
                InlinePanel("shared_with", label=_("Also show on the site of")),
            ],
            heading=_("Organisers and sharing"),
            help_text=_(
                "Your association always organises its own events. Co-organisers and partners show "
                "the event on their sites; only your association can edit it. Set on the German "
                "original; it applies to all translations."
            ),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("teaser"),
        TranslatableField("body"),
        TranslatableField("fee"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("all_day"),
        SynchronizedField("image"),
        SynchronizedField("mode"),
        SynchronizedField("venue"),
        SynchronizedField("street"),
        SynchronizedField("postal_code"),
        SynchronizedField("city"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_enabled"),
        SynchronizedField("capacity"),
        TranslatableField("registration_questions"),
        SynchronizedField("registration_url"),
        SynchronizedField("registration_deadline"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("external_organisers"),
        SynchronizedField("member"),
        SynchronizedField("topic_links"),
        SynchronizedField("co_organisers"),
        SynchronizedField("shared_with"),
    ]
    base_form_class = SharedItemPageForm

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    index_model = "events.EventIndexPage"
    teaser_template = "components/event_teaser.html"
    listing_order = ("start", "pk")
    partner_relations = ("co_organisers", "shared_with")
    organiser_relations = ("co_organisers",)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

    def clean(self):
        super().clean()
        self.validate_event_details()

    def validate_event_details(self):
        """Dates, registration and place must fit together; raises ValidationError by field."""
        errors = {}
        if self.start and self.end:
            if self.all_day and self.last_day < self.first_day:
                errors["end"] = _("The last day is before the first day.")
            elif not self.all_day and self.end < self.start:
                errors["end"] = _("The event ends before it starts.")
        if self.start and self.registration_deadline and self.registration_deadline > self.start:
            errors["registration_deadline"] = _(
                "The registration deadline must not be after the start of the event."
            )
        if self.registration_enabled and self.registration_url:
            errors["registration_url"] = _(
                "Either the registration form on the page or an external registration link, "
                "not both."
            )
        elif (
            self.registration_deadline
            and not self.registration_enabled
            and not self.registration_url
            and not self.contact_email
        ):
            errors["registration_deadline"] = _(
                "A registration deadline needs the registration form, a registration link or a "
                "contact e-mail."
            )
        if self.mode in (self.Mode.ONLINE, self.Mode.HYBRID) and not self.online_url:
            errors["online_url"] = _("Online and hybrid events need an online link.")
        if self.mode in (self.Mode.ONSITE, self.Mode.HYBRID) and not self.city:
            errors["city"] = _("Events on site need at least the city.")
        if errors:
            raise ValidationError(errors)

    @property
    def first_day(self):
        return timezone.localtime(self.start).date()

    @property
    def last_day(self):
        """The last calendar day the event touches (an end at midnight belongs to the day before)."""
        if self.all_day:
            return timezone.localtime(self.end).date()
        end = timezone.localtime(self.end)
        if end > timezone.localtime(self.start) and end.time() == datetime.time.min:
            end -= datetime.timedelta(microseconds=1)
        return end.date()

    @property
    def is_multi_day(self):
        return self.last_day > self.first_day

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def registration_open(self):
        """Until the deadline, and never once the event has started (form or external link)."""
        return registration_is_open(self.start, self.registration_deadline)

    @property
    def has_place(self):
        return self.mode != self.Mode.ONLINE and bool(self.city)

    @property
    def address_line(self):
        locality = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.venue, self.street, locality) if part)

    @path("ical/", name="ical")
    def ical(self, request):
        body = calendar_text(self.title, [event_text(self.listing_entry(request), request)])
        return calendar_response(body, f"{self.slug}.ics", attachment=True)

    def get_structured_data(self, request):
        entry = self.listing_entry(request)
        attendance = {
            self.Mode.ONSITE: "https://schema.org/OfflineEventAttendanceMode",
            self.Mode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
            self.Mode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
        }[self.mode]
        if self.all_day:
            start, end = self.first_day.isoformat(), self.last_day.isoformat()
        else:
            start = timezone.localtime(self.start).isoformat()
            end = timezone.localtime(self.end).isoformat()
        locations = []
        if self.has_place:
            locations.append(
                {
                    "@type": "Place",
                    "name": self.venue or self.city,
                    "address": {
                        "@type": "PostalAddress",
                        "streetAddress": self.street,
                        "postalCode": self.postal_code,
                        "addressLocality": self.city,
                        "addressCountry": "DE",
                    },
                }
            )
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        organisers = [{"@type": "Organization", "name": a.name} for a in entry.organisers]
        if self.external_organisers:
            organisers.append({"@type": "Organization", "name": self.external_organisers})
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.teaser,
            "startDate": start,
            "endDate": end,
            "eventAttendanceMode": attendance,
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "organizer": organisers,
        }
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        if places := places_of_page(self):
            data["offers"] = {
                "@type": "Offer",
                "url": data["url"] + "#registration",
                "availability": "https://schema.org/"
                + ("SoldOut" if places.is_full or not places.is_open else "InStock"),
            }
            if self.registration_deadline:
                data["offers"]["validThrough"] = timezone.localtime(
                    self.registration_deadline
                ).isoformat()
            if places.left is not None:
                data["remainingAttendeeCapacity"] = places.left
                data["maximumAttendeeCapacity"] = places.capacity
        if rendition := rendition_or_none(self.image, "fill-1200x675"):
            data["image"] = request.build_absolute_uri(rendition.url)
        return data


class EventPageOrganiser(SiteRelation):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="co_organisers")

    class Meta(SiteRelation.Meta):
        verbose_name = _("co-organising association")
        verbose_name_plural = _("co-organising associations")


class EventPageShare(SiteRelation):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="shared_with")

    class Meta(SiteRelation.Meta):
        verbose_name = _("partner site")
        verbose_name_plural = _("partner sites")


class EventPageTopic(TopicRelation):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="topic_links")

    class Meta(TopicRelation.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
