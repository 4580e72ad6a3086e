"""Fixtures of the service tests: a small store (``service_data``) on disk,
copied for each app, and apps over it run in-process (TestClient)."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from diplograph.api.app import create_app
from diplograph.graph.store import KnowledgeGraph
from fastapi.testclient import TestClient

from diplograph.settings import Settings
from tests.api import service_data

API_KEY = "test-key"


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test store, built once; copy it before opening (RocksDB locks its folder)."""
    path = tmp_path_factory.mktemp("service") / "store"
    kg = KnowledgeGraph(path, gazetteer=service_data.gazetteer())
    service_data.fill(kg)
    del kg
    gc.collect()
    return path


@pytest.fixture
def store_copy(store_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "store"
    shutil.copytree(store_template, target)
    return target


def settings_for(path: Path | None, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "data": path or Path("/nonexistent"),
        "in_memory": path is None,
        "query_timeout": 5.0,
        "api_key": API_KEY,
        "query_workers": 2,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def open_client(path: Path | None, **overrides: object) -> TestClient:
    kg = KnowledgeGraph(path, gazetteer=service_data.gazetteer())
    if path is None:
        service_data.fill(kg)
    return TestClient(create_app(settings_for(path, **overrides), kg=kg))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, store_template: Path) -> Iterator[TestClient]:
    """An app over a copy of the test store (read-only use: tests must not write)."""
    target = tmp_path_factory.mktemp("client") / "store"
    shutil.copytree(store_template, target)
    with open_client(target) as c:
        yield c
