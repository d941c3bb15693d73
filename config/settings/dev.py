"""Development: embedded defaults, debug on, a local secret that is never used in production."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-tsunagari"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Two-factor login is optional in development (STAFF_TWO_FACTOR_REQUIRED=1 to try it).
STAFF_TWO_FACTOR_REQUIRED = env_bool("STAFF_TWO_FACTOR_REQUIRED", False)
