"""Request dependencies: the service, the store, the extractor and the API key check."""

from __future__ import annotations

import logging
import secrets
from typing import Annotated, Any

from diplograph.api.errors import MissingCredentialsError
from diplograph.api.service import Service
from diplograph.graph.store import KnowledgeGraph
from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from diplograph.errors import AuthError, FeatureDisabledError

logger = logging.getLogger(__name__)


def get_service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


ServiceDep = Annotated[Service, Depends(get_service)]


def get_kg(service: ServiceDep) -> KnowledgeGraph:
    return service.kg


KG = Annotated[KnowledgeGraph, Depends(get_kg)]


def get_extractor(service: ServiceDep) -> Any:
    """The extraction pipeline (tests override this dependency with a fake)."""
    return service.extractor()


ExtractorDep = Annotated[Any, Depends(get_extractor)]

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="The service's API key.")
_bearer = HTTPBearer(auto_error=False, description="The service's API key as a bearer token.")


def require_api_key(
    service: ServiceDep,
    key: Annotated[str | None, Depends(_api_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Writes need the configured API key (``X-API-Key`` or ``Authorization: Bearer``)."""
    expected = service.settings.api_key
    if expected is None or not expected.get_secret_value():
        raise FeatureDisabledError("writes are disabled: the service has no API key (DIPLOGRAPH_API_KEY)")
    given = key or (bearer.credentials if bearer else None)
    if not given:
        raise MissingCredentialsError("this operation needs the API key (X-API-Key or Authorization: Bearer)")
    if not secrets.compare_digest(given.encode(), expected.get_secret_value().encode()):
        raise AuthError("wrong API key")


ApiKey = Annotated[None, Depends(require_api_key)]
