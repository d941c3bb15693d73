"""Two-factor login pages, mounted under /admin/2fa/ (see config/urls.py)."""

from django.urls import path

from tsunagari.accounts import views

app_name = "staff_2fa"
urlpatterns = [
    path("", views.index, name="index"),
    path("setup/", views.setup, name="setup"),
    path("verify/", views.verify, name="verify"),
    path("backup-codes/", views.backup_codes_renew, name="backup_codes"),
]
