"""Reads about staff: their role scope."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from tsunagari.accounts.roles import MUNICIPAL_EDITORS, NATIONAL_EDITORS, NPO_EDITORS, REVIEWERS


@dataclass(frozen=True)
class StaffScope:
    """Where a staff member may edit: everything, or one municipality / organisation."""

    everything: bool = False
    municipality_code: str | None = None
    organization_id: int | None = None

    @property
    def nothing(self) -> bool:
        return not (self.everything or self.municipality_code or self.organization_id)


def staff_scope_get(user: AbstractBaseUser | AnonymousUser) -> StaffScope:
    if not user.is_authenticated or not user.is_active:
        return StaffScope()
    if getattr(user, "is_superuser", False):
        return StaffScope(everything=True)
    groups = set(user.groups.values_list("name", flat=True))  # type: ignore[attr-defined]
    if groups & {NATIONAL_EDITORS, REVIEWERS}:
        return StaffScope(everything=True)
    profile = getattr(user, "staff_profile", None)
    if profile is None:
        return StaffScope()
    return StaffScope(
        municipality_code=profile.municipality_id if MUNICIPAL_EDITORS in groups else None,
        organization_id=profile.organization_id if NPO_EDITORS in groups else None,
    )
