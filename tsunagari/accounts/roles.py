"""The staff roles, as Django group names, and what each may do with catalog entries.

- national editor: every entry; may publish.
- municipal editor: entries of their municipality (and its wards); submits for review.
- NPO editor: entries of their organisation; submits for review.
- reviewer: approves or rejects submitted entries in the moderation workflow.
"""

from __future__ import annotations

NATIONAL_EDITORS = "National editors"
MUNICIPAL_EDITORS = "Municipal editors"
NPO_EDITORS = "NPO editors"
REVIEWERS = "Reviewers"

ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    NATIONAL_EDITORS: (
        "add_service",
        "change_service",
        "delete_service",
        "publish_service",
        "lock_service",
        "unlock_service",
    ),
    MUNICIPAL_EDITORS: ("add_service", "change_service"),
    NPO_EDITORS: ("add_service", "change_service"),
    REVIEWERS: ("change_service", "publish_service"),
}
SCOPED_ROLES = (MUNICIPAL_EDITORS, NPO_EDITORS)
