"""Reading the project's YAML data files (no Django import: the engine uses it too).

PyYAML's own parser is written in Python; with libyaml (which the PyYAML wheels bundle)
the same safe loading is several times faster. The navigator reads a few megabytes of
lexicons, catalog and example messages when a process starts, so the choice shows in how
long `tsunagari ask` and a web worker take to answer their first question.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it; the pure-Python one otherwise.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Safe-load one YAML document (plain data only, no Python objects)."""
    return yaml.load(text, Loader=SafeLoader)


def read_yaml(path: Path) -> Any:
    """Safe-load a UTF-8 YAML file."""
    return load_yaml(path.read_text(encoding="utf-8"))
