import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
application = get_wsgi_application()

# Engine data, the crisis model and the catalog's index are ready before the first request.
from tsunagari.navigator.startup import navigator_preload  # noqa: E402

navigator_preload()
