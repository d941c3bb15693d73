"""The admin form for a service: scoped editors may only place entries in their scope."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from tsunagari.accounts.selectors import staff_scope_get


class ServiceAdminForm(WagtailAdminModelForm):
    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        user = getattr(self, "for_user", None)
        scope = staff_scope_get(user) if user is not None else None
        if scope is not None and not scope.everything:
            self._check_in_scope(cleaned, scope)
        return cleaned

    def _check_in_scope(self, cleaned: dict[str, Any], scope: Any) -> None:
        municipality = cleaned.get("area_municipality")
        organization = cleaned.get("organization")
        in_area = municipality is not None and scope.municipality_code in (
            municipality.code,
            municipality.parent_id,
        )
        own_org = organization is not None and organization.pk == scope.organization_id
        if not (in_area or own_org):
            raise ValidationError(
                _("You can only keep entries of your own municipality or organisation.")
            )
