import logging

from django.apps import AppConfig


class MemoConfig(AppConfig):
    name = "tsunagari.memo"
    label = "memo"
    verbose_name = "Memo (PDF)"

    def ready(self) -> None:
        from tsunagari.memo import checks  # noqa: F401  (registers the deploy checks)

        # WeasyPrint logs every layout step at INFO: a dozen lines per memo, and the
        # stderr writes cost time. Only when the settings say nothing about it.
        progress = logging.getLogger("weasyprint.progress")
        if progress.level == logging.NOTSET:
            progress.setLevel(logging.WARNING)
