"""Create the development staff account once and print how to sign in.

Only with DEBUG on: production accounts are made by people, with strong passwords.
The password is random, kept in var/dev-admin.txt so that re-runs print the same one.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = "Development only: ensure a staff account exists and print its credentials."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            self.stdout.write("Not in development (DEBUG is off): no account created.")
            return
        secret_file = Path(settings.BASE_DIR) / "var" / "dev-admin.txt"
        secret_file.parent.mkdir(parents=True, exist_ok=True)
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(12), encoding="utf-8")
            secret_file.chmod(0o600)
        password = secret_file.read_text(encoding="utf-8").strip()
        user_model = get_user_model()
        user = user_model.objects.filter(username=USERNAME).first()
        if user is None:
            user_model.objects.create_superuser(USERNAME, "", password)
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        self.stdout.write(
            f"Staff admin: http://127.0.0.1:8000/admin/  user: {USERNAME}  password: {password}"
        )
