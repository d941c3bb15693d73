"""Production: PostgreSQL and Redis required, secrets from the environment, HTTPS only."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

for required in ("SECRET_KEY", "DATABASE_URL", "REDIS_URL", "SHARE_RATE_LIMIT_SECRET", "SITE_URL"):
    if not os.environ.get(required):
        raise ImproperlyConfigured(f"{required} must be set in production.")

DEBUG = False
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Staff always sign in with a second factor in production, whatever the environment says.
STAFF_TWO_FACTOR_REQUIRED = True
