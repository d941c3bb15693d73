"""Row-level permissions for catalog entries in the admin.

Model permissions say what a role may do; the staff scope says to which entries:
a municipal editor edits only their municipality's entries, an NPO editor only
their organisation's (tsunagari.accounts.roles).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wagtail.permission_policies.base import ModelPermissionPolicy

from tsunagari.catalog.models import Service
from tsunagari.catalog.selectors import service_is_editable, service_list_editable

SCOPED_ACTIONS = {"change", "delete", "publish", "lock", "unlock"}


class ServicePermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user: Any, action: str, instance: Any) -> bool:
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(
        self, user: Any, actions: Iterable[str], instance: Any
    ) -> bool:
        actions = list(actions)
        if not any(self.user_has_permission(user, action) for action in actions):
            return False
        if not SCOPED_ACTIONS.intersection(actions) and "view" not in actions:
            return True
        return service_is_editable(user, instance)

    def instances_user_has_permission_for(self, user: Any, action: str) -> Any:
        return self.instances_user_has_any_permission_for(user, [action])

    def instances_user_has_any_permission_for(self, user: Any, actions: Iterable[str]) -> Any:
        if not any(self.user_has_permission(user, action) for action in actions):
            return Service.objects.none()
        return Service.objects.filter(service_list_editable(user))
