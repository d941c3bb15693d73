from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "tsunagari.catalog"
    label = "catalog"
    verbose_name = "Catalog"
