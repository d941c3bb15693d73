from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from tsunagari.core import views as core_views
from tsunagari.navigator.api import api as navigator_api

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("api/v1/", navigator_api.urls),
    path("admin/2fa/", include("tsunagari.accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]
urlpatterns += i18n_patterns(
    path("", include("tsunagari.navigator.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
