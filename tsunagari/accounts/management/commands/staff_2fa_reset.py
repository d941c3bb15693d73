"""Reset a staff member's two-factor login when they lost their phone and backup codes.

Their authenticator and backup codes are removed; at their next sign-in they set up
two-factor login again. Check who is asking by another channel first (a call back to
their office number): whoever holds the password can enrol the next device.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tsunagari.accounts.otp import second_factor_reset


class Command(BaseCommand):
    help = (
        "Remove a staff member's two-factor devices and backup codes, so that they set "
        "up two-factor login again at their next sign-in. The reset is logged."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", help="The staff member's username.")

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        username = options["username"]
        user = user_model.objects.filter(**{user_model.USERNAME_FIELD: username}).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        removed = second_factor_reset(user=user, actor=None)
        self.stdout.write(
            f"Removed {removed} two-factor device(s) of {username}. "
            "They will set up two-factor login again at their next sign-in."
        )
