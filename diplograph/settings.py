"""Settings, read from arguments and ``DIPLOGRAPH_*`` environment variables.

Nothing is built at import time: call :func:`load_settings` (or construct
:class:`Settings`) where the settings are needed, and pass them on.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from diplograph.model import DEFAULT_MAX_ARTICLE_BYTES


def default_data_dir() -> Path:
    """The default store folder: ``<user data dir>/diplograph/store``."""
    return Path(user_data_dir("diplograph", appauthor=False)) / "store"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DIPLOGRAPH_", extra="ignore")

    data: Path = Field(default_factory=default_data_dir, description="Folder of the on-disk store.")
    in_memory: bool = Field(False, description="Keep the store in memory (tests, demos).")
    query_timeout: float = Field(10.0, gt=0, description="Seconds a SPARQL query may run.")
    row_limit: int | None = Field(None, ge=1, description="Cap on SELECT rows, announced when hit.")
    api_key: SecretStr | None = Field(None, description="Key for writes (POST /articles, updates).")
    enable_update: bool = Field(False, description="Allow SPARQL Update (needs api_key).")
    enable_graph_store: bool = Field(False, description="Allow Graph Store Protocol writes.")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    query_workers: int = Field(
        2,
        ge=1,
        le=64,
        description="Processes that run SPARQL endpoint queries "
        "(a query past the timeout has its process killed and replaced).",
    )
    max_upload_bytes: int = Field(16 * 1024 * 1024, ge=1024, description="Largest body POST /articles takes.")
    max_article_bytes: int = Field(
        DEFAULT_MAX_ARTICLE_BYTES,
        ge=1000,
        description="Largest article text (UTF-8 bytes); a longer article is refused with one line, not cut.",
    )
    page_size: int = Field(50, ge=1, le=1000, description="Default page size of REST lists.")


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit ``overrides`` (None = unset)."""
    given = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**given)  # type: ignore[arg-type]
