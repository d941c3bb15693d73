"""The support catalog, modelled on Open Referral HSDS 3.0 with a Japan profile.

HSDS core gives organization, service, contact channels (phone/contact), schedules,
service areas, languages, cost and eligibility. Our profile adds translations of every
user-facing text (ServiceTranslation, one mechanism: docs/decisions/0003-catalog-translations.md),
Japanese channel kinds (free dial, short codes such as #8008, SNS/LINE), time-limited
periods, audience, kind and the date facts were last checked.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from tsunagari.catalog.hours import schedule_from_dict
from tsunagari.core.languages import LANGUAGE_CODES, MULTIPLE_LANGUAGES


class Municipality(models.Model):
    """A prefecture, municipality or ward, keyed by its 6-digit local government code
    (全国地方公共団体コード, JIS X 0402 with check digit)."""

    class Kind(models.TextChoices):
        PREFECTURE = "prefecture", _("Prefecture")
        DESIGNATED_CITY = "designated_city", _("Designated city")
        CITY = "city", _("City")
        WARD = "ward", _("Special ward of Tokyo")
        CITY_WARD = "city_ward", _("Ward of a designated city")
        TOWN = "town", _("Town")
        VILLAGE = "village", _("Village")

    code = models.CharField(_("local government code"), max_length=6, primary_key=True)
    prefecture_code = models.CharField(_("prefecture code"), max_length=2, db_index=True)
    prefecture = models.CharField(_("prefecture"), max_length=8)
    name = models.CharField(_("name"), max_length=40)
    kana = models.CharField(_("reading"), max_length=80, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="wards",
        verbose_name=_("designated city"),
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        if self.kind == self.Kind.PREFECTURE:
            return self.name
        return f"{self.prefecture}{self.name}"


class Need(models.Model):
    """A worry in a person's words (our need taxonomy); HSDS taxonomy_term."""

    slug = models.SlugField(_("id"), max_length=40, primary_key=True)
    names = models.JSONField(_("names"), default=dict, help_text=_("Name per language code."))
    tiles = models.JSONField(_("worry tiles"), default=list)
    description = models.TextField(_("description for editors"), blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("need")
        verbose_name_plural = _("needs")

    def __str__(self) -> str:
        return str(self.names.get("ja") or self.slug)


class Organization(models.Model):
    """Who runs a service (HSDS organization): a ministry, municipality or NPO."""

    slug = models.SlugField(_("id"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    municipality = models.ForeignKey(
        Municipality,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("municipality"),
        help_text=_("Set for a municipality's own office or a local NPO."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class ServiceQuerySet(models.QuerySet["Service"]):
    def public(self) -> ServiceQuerySet:
        """What a person may be shown: published and not ended."""
        return self.filter(live=True, status=Service.Status.ACTIVE)

    def stale(self, *, today: datetime.date | None = None) -> ServiceQuerySet:
        """Entries whose facts were never checked or not within the stale window."""
        today = today or timezone.localdate()
        limit = today - datetime.timedelta(days=settings.CATALOG_STALE_AFTER_DAYS)
        return self.filter(models.Q(last_checked__isnull=True) | models.Q(last_checked__lt=limit))


class Service(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """A support program, consultation desk, hotline or place to go (HSDS service)."""

    class Kind(models.TextChoices):
        HOTLINE = "hotline", _("Hotline")
        CONSULTATION_DESK = "consultation_desk", _("Consultation desk")
        BENEFIT = "benefit", _("Benefit")
        LOAN = "loan", _("Loan")
        PLACE_TO_GO = "place_to_go", _("Place to go")
        PROCEDURE = "procedure", _("Procedure")
        INFORMATION = "information", _("Information")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    class AreaLevel(models.TextChoices):
        NATIONAL = "national", _("Whole country")
        PREFECTURE = "prefecture", _("Prefecture")
        MUNICIPALITY = "municipality", _("Municipality")

    class Cost(models.TextChoices):
        FREE = "free", _("Free")
        FREE_CALL = "free_call", _("Free, toll-free call")
        CALL_CHARGE = "call_charge", _("Free consultation; the call is charged")
        PAID = "paid", _("Paid")
        VARIES = "varies", _("Varies")
        UNKNOWN = "unknown", _("Not known")

    slug = models.SlugField(
        _("id"),
        max_length=80,
        unique=True,
        help_text=_("Stable id used by other systems; never change it once published."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_("Ended services are kept but never shown to the public."),
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("organisation"),
    )
    needs = ParentalManyToManyField(Need, related_name="services", verbose_name=_("needs"))
    need_order = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Need ids, most central first (the many-to-many field keeps no order).",
    )
    primary_need = models.ForeignKey(
        Need,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("main need"),
    )
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    audience_groups = models.JSONField(_("made for"), default=list, blank=True)
    languages = models.JSONField(_("languages it can be used in"), default=list, blank=True)
    crisis_kinds = models.JSONField(_("crisis kinds it answers"), default=list, blank=True)
    area_level = models.CharField(
        _("area served"), max_length=12, choices=AreaLevel.choices, default=AreaLevel.NATIONAL
    )
    area_municipality = models.ForeignKey(
        Municipality,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("municipality or prefecture served"),
    )
    desk_level = models.CharField(_("where a person goes"), max_length=12, default="national")
    municipal_desk_kind = models.CharField(_("municipal desk kind"), max_length=20, blank=True)
    cost = models.CharField(_("cost"), max_length=12, choices=Cost.choices, default=Cost.UNKNOWN)
    source_urls = models.JSONField(_("sources"), default=list, blank=True)
    search_terms = models.JSONField(
        _("search terms"),
        default=dict,
        blank=True,
        help_text=_("Per language, words people use for this situation (helps the navigator)."),
    )
    editor_notes = models.TextField(_("notes for editors"), blank=True)
    last_checked = models.DateField(
        _("facts last checked"),
        null=True,
        blank=True,
        help_text=_("Leave empty until someone has checked the facts against the operator's page."),
    )
    seed_digest = models.CharField(max_length=64, blank=True, editable=False)
    seed_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ServiceQuerySet.as_manager()

    search_fields = [
        index.SearchField("slug"),
        index.AutocompleteField("slug"),
        index.RelatedFields("translations", [index.SearchField("name")]),
    ]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self) -> str:
        return self.name_in("ja") or self.slug

    def name_in(self, lang: str) -> str:
        for translation in self.translations.all():
            if translation.language == lang:
                return translation.name
        return ""

    @property
    def freshness_label(self) -> str:
        if self.last_checked is None:
            return str(_("Not yet verified"))
        if self.is_stale:
            return str(_("Stale: last checked %(date)s") % {"date": self.last_checked})
        return str(self.last_checked)

    @property
    def is_stale(self) -> bool:
        if self.last_checked is None:
            return True
        age = timezone.localdate() - self.last_checked
        return age.days > settings.CATALOG_STALE_AFTER_DAYS


class ServiceTranslation(Orderable):
    """The user-facing texts of a service in one language (our Japan profile of HSDS)."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(
        _("language"), max_length=10, choices=[(c, c) for c in LANGUAGE_CODES]
    )
    name = models.CharField(_("name"), max_length=200)
    summary = models.CharField(_("one-line summary"), max_length=300, blank=True)
    for_whom = models.TextField(_("who it is for"), blank=True)
    what_you_get = models.TextField(_("what you get"), blank=True)
    next_step = models.TextField(_("next step"), blank=True)

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["service", "language"], name="one_text_per_language"),
        ]
        verbose_name = _("text in one language")

    def __str__(self) -> str:
        return f"{self.language}: {self.name}"


class ContactChannel(Orderable):
    """One way to reach a service (HSDS phone/contact), with its opening hours as data."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("Phone")
        FREE_DIAL = "free_dial", _("Free dial")
        SHORT_CODE = "short_code", _("Short number (e.g. #8008)")
        CHAT = "chat", _("Chat")
        SNS = "sns", _("SNS / LINE")
        EMAIL = "email", _("E-mail")
        URL = "url", _("Website")
        VISIT = "visit", _("Visit")
        LETTER = "letter", _("Letter")

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="contacts")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    value = models.CharField(_("number, address or link"), max_length=500)
    label = models.CharField(_("label"), max_length=300, blank=True)
    hours_text = models.CharField(_("hours as published"), max_length=300, blank=True)
    cost_text = models.CharField(_("cost as published"), max_length=200, blank=True)
    schedule = models.JSONField(
        _("opening hours (structured)"),
        null=True,
        blank=True,
        help_text=_("Weekly hours, holidays, year-end closure and open periods."),
    )
    # A line that serves some of the service's languages at hours of its own
    # (よりそいホットライン's foreign-language line, 10:00–22:00 while the line is open 24 hours).
    languages = models.JSONField(
        _("languages of this line"),
        default=list,
        blank=True,
        help_text=_(
            "Only for a line that serves some languages at its own hours, such as a "
            "foreign-language line: their codes (en, pt, …; mul for further languages). "
            "Leave empty otherwise."
        ),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("contact channel")

    def clean(self) -> None:
        """Structured hours must parse, or the navigator could not say whether it is open."""
        if self.schedule:
            try:
                schedule_from_dict(self.schedule)
            except ValueError as error:
                raise ValidationError({"schedule": str(error)}) from error
        known = {*LANGUAGE_CODES, MULTIPLE_LANGUAGES}
        if not isinstance(self.languages, list) or not set(self.languages) <= known:
            raise ValidationError(
                {"languages": _("Use language codes: %(codes)s.") % {"codes": ", ".join(known)}}
            )

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"
