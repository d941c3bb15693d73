"""Staff accounts: who works for which municipality or organisation.

Roles are Django groups (see `roles.py`); this profile says where a role applies.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    municipality = models.ForeignKey(
        "catalog.Municipality",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("municipality"),
        help_text=_("For municipal editors: the municipality whose entries they keep."),
    )
    organization = models.ForeignKey(
        "catalog.Organization",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("organisation"),
        help_text=_("For NPO editors: the organisation whose entries they keep."),
    )

    class Meta:
        verbose_name = _("staff profile")

    def __str__(self) -> str:
        return str(self.user)
