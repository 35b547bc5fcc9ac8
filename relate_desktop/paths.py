"""Where Relate keeps its data: --data-dir, else RELATE_DATA_DIR, else the platform default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

ENV_VAR = "RELATE_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def shared_db(self) -> Path:
        return self.root / "shared.db"

    def vault_db(self, person_id: str) -> Path:
        """One person's private space."""
        return self.root / f"vault-{person_id}.db"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def resolve_data_dir(explicit: str | None = None) -> DataPaths:
    chosen = explicit or os.environ.get(ENV_VAR)
    root = (
        Path(chosen).expanduser() if chosen else user_data_path("relate-desktop", appauthor=False)
    )
    return DataPaths(root.resolve())
