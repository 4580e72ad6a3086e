"""The one error tree of diplograph.

Library code raises these; the command line turns them into one clear line and
an exit code, the HTTP service maps them to status codes in one place
(``diplograph.api.errors``).
"""

from __future__ import annotations


class DiplographError(Exception):
    """Base of every error diplograph raises on purpose."""


class InputError(DiplographError):
    """An input (file, line, article, parameter) is unusable.

    ``where`` names the file and line or the field, so the message can say
    exactly what was wrong.
    """

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class ArticleError(InputError):
    """One article cannot be read or extracted; the rest of a batch goes on."""


class NotFoundError(DiplographError):
    """An actor, event or graph that was asked for does not exist."""


class QueryError(DiplographError):
    """A SPARQL query or update is malformed or cannot run."""


class QueryTimeoutError(QueryError):
    """A query ran past its time limit and was stopped."""


class StoreError(DiplographError):
    """The knowledge graph store cannot be opened, read or written."""


class StoreUnavailableError(StoreError):
    """The store could not answer for now: the query workers, or a remote store that
    stayed unreachable or busy after the retries (HTTP 503)."""


class ConfigError(DiplographError):
    """A setting, data file or vocabulary is missing or malformed."""


class ClusterError(DiplographError):
    """The Dask cluster asked for cannot be used: Dask is not installed, the scheduler
    cannot be reached, no worker joins, or the workers run another diplograph."""


class AuthError(DiplographError):
    """An operation needs an API key that was missing or wrong."""


class FeatureDisabledError(DiplographError):
    """An operation that is switched off in the settings was asked for."""


class UnsupportedFormatError(DiplographError):
    """No serialisation or export format fits what was asked for."""
