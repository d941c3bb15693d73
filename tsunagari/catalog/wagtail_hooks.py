"""The catalog in the Wagtail admin: one staff admin for content and catalog."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.permissions import register_permission_policy
from wagtail.signals import published, unpublished
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from tsunagari.catalog.forms import ServiceAdminForm
from tsunagari.catalog.models import Municipality, Need, Organization, Service
from tsunagari.catalog.permissions import ServicePermissionPolicy
from tsunagari.catalog.selectors import (
    catalog_version_bump,
    service_is_editable,
    service_list_editable,
)

register_permission_policy(Service, ServicePermissionPolicy(Service))


class ScopedObjectMixin:
    """Refuse a single entry outside the staff member's scope, whatever the view."""

    request: HttpRequest

    def get_object(self, queryset: Any = None) -> Any:
        service = super().get_object(queryset)  # type: ignore[misc]
        if not service_is_editable(self.request.user, service):
            raise PermissionDenied
        return service


def scoped(view_class: type) -> type:
    return type(f"Scoped{view_class.__name__}", (ScopedObjectMixin, view_class), {})


class ServiceViewSet(SnippetViewSet):
    edit_view_class = scoped(SnippetViewSet.edit_view_class)
    delete_view_class = scoped(SnippetViewSet.delete_view_class)
    unpublish_view_class = scoped(SnippetViewSet.unpublish_view_class)
    history_view_class = scoped(SnippetViewSet.history_view_class)
    usage_view_class = scoped(SnippetViewSet.usage_view_class)
    inspect_view_class = scoped(SnippetViewSet.inspect_view_class)
    copy_view_class = scoped(SnippetViewSet.copy_view_class)
    lock_view_class = scoped(SnippetViewSet.lock_view_class)
    unlock_view_class = scoped(SnippetViewSet.unlock_view_class)
    revisions_view_class = scoped(SnippetViewSet.revisions_view_class)
    revisions_compare_view_class = scoped(SnippetViewSet.revisions_compare_view_class)

    model = Service
    icon = "help"
    menu_label = _("Services")
    base_form_class = ServiceAdminForm
    list_display = [
        "__str__",
        "slug",
        "kind",
        StatusTagColumn("status", label=_("Status"), primary=lambda s: s.status == "active"),
        Column("freshness", label=_("Facts checked"), accessor="freshness_label"),
    ]
    list_filter = ["kind", "status", "area_level", "cost"]
    search_fields = ["slug"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
                FieldPanel("organization"),
                FieldPanel("needs"),
                FieldPanel("primary_need"),
                FieldPanel("search_terms"),
            ],
            heading=_("What it is"),
        ),
        InlinePanel("translations", heading=_("Texts in each language"), min_num=1),
        InlinePanel("contacts", heading=_("How to reach it")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldPanel("audience_groups"),
                FieldPanel("languages"),
                FieldPanel("crisis_kinds"),
                FieldPanel("cost"),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("area_level"),
                FieldPanel("area_municipality"),
                FieldPanel("desk_level"),
                FieldPanel("municipal_desk_kind"),
            ],
            heading=_("Area served"),
        ),
        MultiFieldPanel(
            [FieldPanel("source_urls"), FieldPanel("last_checked"), FieldPanel("editor_notes")],
            heading=_("Sources and checking"),
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> Any:
        return Service.objects.filter(service_list_editable(request.user)).select_related(
            "organization"
        )


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Municipalities")
    list_display = ["__str__", "code", "kind"]
    list_filter = ["kind", "prefecture"]
    search_fields = ["name", "code", "kana"]


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "municipality"]
    search_fields = ["name"]


class NeedViewSet(SnippetViewSet):
    model = Need
    icon = "tag"
    menu_label = _("Needs")
    list_display = ["__str__", "slug"]


class CatalogGroup(SnippetViewSetGroup):
    menu_label = _("Catalog")
    menu_icon = "list-ul"
    menu_order = 200
    items = (ServiceViewSet, OrganizationViewSet, MunicipalityViewSet, NeedViewSet)


register_snippet(CatalogGroup)


def _catalog_changed(sender: Any, **kwargs: Any) -> None:
    if sender is Service:
        catalog_version_bump()


published.connect(_catalog_changed)
unpublished.connect(_catalog_changed)
