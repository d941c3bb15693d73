"""Settings shared by every environment; values come from the environment.

SQLite is the embedded default so that `make run` needs no server; production sets
DATABASE_URL (PostgreSQL) and REDIS_URL.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from tsunagari.core.languages import EXTRA_LANG_INFO, LANGUAGE_CODES

BASE_DIR = Path(__file__).resolve().parents[2]


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no switch from the environment."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",") if h]

INSTALLED_APPS = [
    "tsunagari.core",
    "tsunagari.accounts",
    "tsunagari.catalog",
    "tsunagari.navigator",
    "tsunagari.memo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "tsunagari.core.middleware.ContentLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tsunagari.core.chrome.chrome",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'tsunagari.sqlite3'}"),
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves real requests too: write-ahead logging lets readers and
    # the counters' writer work at once, and IMMEDIATE transactions avoid lock upgrades.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
# Anonymous usage counters are written in batches this often (seconds).
USAGE_FLUSH_SECONDS = float(os.environ.get("USAGE_FLUSH_SECONDS", "5"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tsunagari",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Japanese first (the default, served at `/`), ten foreign languages and
# easy Japanese (やさしい日本語), see docs/decisions/0002-languages.md.
LANG_INFO.update(EXTRA_LANG_INFO)
LANGUAGE_CODE = "ja"
LANGUAGES = [(code, LANG_INFO[code]["name"]) for code in LANGUAGE_CODES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ja", "日本語"), ("en", "English")]
# Our own catalogs first: they win over locale_vendor/, which holds Django's and Wagtail's
# own messages where theirs do not fit: Tagalog (they ship none) and Portuguese (for `pt`
# they load European catalogs; ours are their pt_BR ones, scripts/vendor_pt_br.py). Kept
# apart so that makemessages leaves them alone. Formats: tsunagari/core/formats/.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor"]
FORMAT_MODULE_PATH = ["tsunagari.core.formats"]
USE_I18N = True
TIME_ZONE = "Asia/Tokyo"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "var" / "media"

WAGTAIL_SITE_NAME = _("Tsunagari")
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "json", "pdf"]

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Where the quick-exit button leads: a neutral page (気象庁) that reveals nothing.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.jma.go.jp/")

# マイナポータル「ぴったりサービス」: a link pattern for a municipality's online procedures
# ({municipality} = 6-digit code, {query} = the program's Japanese name). Unset: the
# portal's search page (shared/reference/facts.md) and what to search for.
PITTARI_SERVICE_URL_PATTERN = os.environ.get("PITTARI_SERVICE_URL_PATTERN") or None

# Where the read-only files the project ships live (catalog seed data, taxonomies).
CATALOG_DATA_DIR = BASE_DIR / "tsunagari" / "catalog" / "data"
# Days after which an entry whose facts were not checked is flagged stale in the admin.
CATALOG_STALE_AFTER_DAYS = 180

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Request logs never include bodies or query strings of public forms.
    "loggers": {
        "django.server": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        # Admin actions are kept as Wagtail log entries; the console needs only problems.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        "bm25s": {"level": "WARNING"},
    },
}

# Two-factor login for staff (docs/decisions/0006-staff-two-factor.md): django-otp with an
# authenticator app (TOTP) and one-time backup codes; every /admin/ page needs it when
# STAFF_TWO_FACTOR_REQUIRED is on. Production forces it on; development turns it off.
INSTALLED_APPS += [
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "tsunagari.accounts.middleware.StaffTwoFactorMiddleware",
)
STAFF_TWO_FACTOR_REQUIRED = env_bool("STAFF_TWO_FACTOR_REQUIRED", True)
OTP_TOTP_ISSUER = "Tsunagari"
# Wrong codes double the wait before the next try (1 s, 2 s, 4 s, ...), per device.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# Share and resume without an account (navigator/share.py, issue 4). A share link carries
# a signed token of the answers (never the person's words) that expires after this many
# days. E-mails are limited per mailbox and per client; the cache keys are HMAC-SHA256
# with SHARE_RATE_LIMIT_SECRET, which lives only in the environment. When it is empty
# (development, tests) share.py derives a key from SECRET_KEY; production sets its own.
SHARE_LINK_MAX_AGE_DAYS = int(os.environ.get("SHARE_LINK_MAX_AGE_DAYS", "30"))
SHARE_LINK_BASE_URL = os.environ.get("SITE_URL", "")  # empty: the request's own host
SHARE_RATE_LIMIT_SECRET = os.environ.get("SHARE_RATE_LIMIT_SECRET", "")
SHARE_RATE_LIMIT_PER_ADDRESS = int(os.environ.get("SHARE_RATE_LIMIT_PER_ADDRESS", "5"))
SHARE_RATE_LIMIT_ADDRESS_WINDOW_SECONDS = 24 * 60 * 60
SHARE_RATE_LIMIT_PER_CLIENT = int(os.environ.get("SHARE_RATE_LIMIT_PER_CLIENT", "20"))
SHARE_RATE_LIMIT_CLIENT_WINDOW_SECONDS = 60 * 60
# Behind a reverse proxy every request comes from the proxy: name the META key of the
# header it sets with the client's address (e.g. HTTP_X_FORWARDED_FOR; the last entry,
# the one the proxy appended, is used). Empty: REMOTE_ADDR.
SHARE_CLIENT_ADDRESS_HEADER = os.environ.get("SHARE_CLIENT_ADDRESS_HEADER", "")
# E-mail: django-anymail in production (e.g. EMAIL_BACKEND=anymail.backends.amazon_ses.
# EmailBackend, with its ANYMAIL_* settings from the environment), SMTP otherwise.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_")
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tsunagari <noreply@localhost>")
