from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tsunagari.accounts"
    label = "accounts"
    verbose_name = "Accounts"
