import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
application = get_wsgi_application()

# Lexicons, the Japanese dictionary, the language detector and the crisis model are
# loaded (and the model trained) while the worker starts, not on a person's first message.
from tsunagari.navigator.engine import crisis, needs  # noqa: E402

crisis.preload()
needs.preload()
