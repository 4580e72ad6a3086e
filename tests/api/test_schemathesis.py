"""Property-based tests over the OpenAPI document (schemathesis): whatever the
parameters, the service answers without a 5xx.

Operations are driven with schemathesis' hypothesis strategies directly (its
pytest plugin does not run on pytest 9 yet)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.api.conftest import open_client

EXAMPLES = 30


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory, store_template: Path) -> Iterator[object]:
    import shutil

    store = tmp_path_factory.mktemp("schemathesis") / "store"
    shutil.copytree(store_template, store)
    # writes are enabled, but the key is not sent: schemathesis gets 401s, never writes
    with open_client(store, query_timeout=2.0, enable_update=True, enable_graph_store=True) as client:
        yield schemathesis.openapi.from_asgi("/openapi.json", client.app)


def operations(schema: object) -> list[object]:
    return [result.ok() for result in schema.get_all_operations()]  # type: ignore[attr-defined]


def test_every_operation_is_covered(api_schema: object) -> None:
    names = {f"{op.method.upper()} {op.path}" for op in operations(api_schema)}  # type: ignore[attr-defined]
    assert {
        "GET /sparql",
        "POST /sparql",
        "GET /actors/{actor_id}/relations",
        "POST /articles",
        "GET /dyads/{pair}",
        "GET /events/{event_id}",
        "PUT /graph-store",
    } <= names


def test_no_server_errors(api_schema: object) -> None:
    seen: dict[str, int] = {}
    for op in operations(api_schema):

        @given(case=op.as_strategy())  # type: ignore[attr-defined]
        @settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case: schemathesis.Case) -> None:
            response = case.call()
            seen[case.operation.label] = seen.get(case.operation.label, 0) + 1
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}: {response.text}"
            )

        check()
    assert len(seen) == len(operations(api_schema))
