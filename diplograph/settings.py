"""Settings, read from arguments and ``DIPLOGRAPH_*`` environment variables.

Nothing is built at import time: call :func:`load_settings` (or construct
:class:`Settings`) where the settings are needed, and pass them on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from platformdirs import user_data_dir
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from diplograph.model import DEFAULT_MAX_ARTICLE_BYTES

#: Host names a comma-separated variable lists (``DIPLOGRAPH_TRUSTED_HOSTS=a.example,b.example``).
HostList = Annotated[tuple[str, ...], NoDecode]


def default_data_dir() -> Path:
    """The default store folder: ``<user data dir>/diplograph/store``."""
    return Path(user_data_dir("diplograph", appauthor=False)) / "store"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DIPLOGRAPH_", extra="ignore")

    data: Path = Field(default_factory=default_data_dir, description="Folder of the on-disk store.")
    in_memory: bool = Field(False, description="Keep the store in memory (tests, demos).")
    query_timeout: float = Field(10.0, gt=0, description="Seconds a SPARQL query may run.")
    row_limit: int = Field(
        10_000, ge=0, description="Cap on SPARQL result rows, announced when hit (0: no cap)."
    )
    api_key: SecretStr | None = Field(None, description="Key for writes (POST /articles, updates).")
    enable_update: bool = Field(False, description="Allow SPARQL Update (needs api_key).")
    enable_graph_store: bool = Field(False, description="Allow Graph Store Protocol writes.")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    query_workers: int = Field(
        3,
        ge=1,
        le=64,
        description="Processes that run SPARQL endpoint queries "
        "(a query past the timeout has its process killed and replaced); more than "
        "client_queries, so that one client cannot hold them all.",
    )
    max_upload_bytes: int = Field(
        16 * 1024 * 1024,
        ge=1024,
        description="Largest request body (/sparql, /articles, /graph-store), checked while it is read.",
    )
    client_queries: int = Field(
        2, ge=1, le=64, description="SPARQL queries and updates one client may have running or waiting."
    )
    query_queue: int = Field(
        8, ge=0, le=1024, description="Queries that may wait for a worker; past that a 503 at once."
    )
    max_query_depth: int = Field(
        256,
        ge=8,
        le=2000,
        description="Deepest nesting (brackets, chained operators) a query or update may have.",
    )
    allow_service_hosts: HostList = Field(
        (),
        description="Hosts SERVICE and LOAD may fetch from (comma-separated); none by default.",
    )
    trusted_hosts: HostList = Field(
        (),
        description="Names the Host header may carry besides 127.0.0.1, localhost, [::1] and `host`.",
    )
    max_article_bytes: int = Field(
        DEFAULT_MAX_ARTICLE_BYTES,
        ge=1000,
        description="Largest article text (UTF-8 bytes); a longer article is refused with one line, not cut.",
    )
    page_size: int = Field(50, ge=1, le=1000, description="Default page size of REST lists.")
    merge_window_days: int = Field(
        1,
        ge=0,
        le=30,
        description="Reports of one pair and category at most this many days apart are one event "
        "(when their modes and places agree).",
    )

    @field_validator("allow_service_hosts", "trusted_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(h.strip().lower() for h in value.split(",") if h.strip())
        return value

    def accepted_hosts(self) -> tuple[str, ...]:
        """The names the ``Host`` header may carry."""
        names = ["127.0.0.1", "localhost", "[::1]", *self.trusted_hosts]
        if self.host not in ("0.0.0.0", "::", ""):
            names.append(self.host.lower())
        return tuple(dict.fromkeys(names))


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit ``overrides`` (None = unset)."""
    given = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**given)  # type: ignore[arg-type]
