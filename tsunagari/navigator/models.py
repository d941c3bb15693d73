"""Anonymous, aggregated counts of what people ask for (for the dashboards to come).

Only counters: no identifier, no text, no time finer than a day. A row is one
combination of day, event, language, age band, municipality and need.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class UsageCount(models.Model):
    class Event(models.TextChoices):
        START = "start", _("Navigator started")
        RESULTS = "results", _("Results shown")
        ZERO_RESULTS = "zero_results", _("No result")
        CRISIS = "crisis", _("Crisis answer")

    day = models.DateField(_("day"))
    event = models.CharField(_("event"), max_length=16, choices=Event.choices)
    language = models.CharField(_("language"), max_length=10)
    age_band = models.CharField(_("age band"), max_length=10)  # child | adult
    municipality = models.CharField(_("municipality code"), max_length=6, blank=True)
    need = models.CharField(_("need"), max_length=40, blank=True)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "event", "language", "age_band", "municipality", "need"],
                name="one_counter_per_combination",
            )
        ]
        verbose_name = _("usage count")

    def __str__(self) -> str:
        return f"{self.day} {self.event} {self.language} {self.count}"
