"""Date and number formats for locales Django does not ship (FORMAT_MODULE_PATH)."""
