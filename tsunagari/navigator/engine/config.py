"""The engine's tunable data files, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from tsunagari.core.yaml_data import read_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Lines that listen to almost anyone of a group: they are a floor for every answer, never
# the whole answer (shared/eval/README.md calls these "general lines"). The immigration
# information centre (外国人在留総合インフォメーションセンター) is on that list but is not
# here: it answers questions about residence procedures rather than listening to any
# worry, so it fits a foreign resident through its group, languages and needs alone.
GENERAL_LINES = frozenset(
    {
        "yorisoi-hotline",
        "childline",
        "24h-kodomo-sos-dial",
        "fresc",
        "inochi-no-denwa",
        "anata-no-ibasho",
        "kokoro-no-kenko-soudan-touitsu-dial",
        "kodoku-koritsu-soudan-dial-9999",
    }
)


@cache
def ranking_weights() -> dict[str, Any]:
    """ranking.yaml, with the per-service priors of service_priors.yaml as `service_prior`."""
    weights = dict(read_yaml(DATA_DIR / "ranking.yaml"))
    priors = read_yaml(DATA_DIR / "service_priors.yaml") or {}
    weights["service_prior"] = dict(priors.get("priors") or {})
    return weights
