"""The distribution exposes one import name, ``diplograph``, ships ``py.typed`` and its
data files, and declares what HTML input needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_installed_distribution_has_one_top_level_name() -> None:
    top = metadata.distribution("diplograph").read_text("top_level.txt")
    assert top is not None and top.split() == ["diplograph"]


def test_html_cleaner_is_a_declared_dependency() -> None:
    requires = metadata.requires("diplograph") or []
    assert any(r.lower().replace("-", "_").startswith("lxml_html_clean") for r in requires)


@pytest.mark.slow
def test_wheel_holds_only_the_diplograph_package(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("diplograph-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/", 1)[0] for n in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"diplograph"}
    for expected in (
        "diplograph/py.typed",
        "diplograph/graph/store.py",
        "diplograph/extract/data/lexicon.toml",
        "diplograph/ontology/relations.ttl",
        "diplograph/ontology/gazetteer/places.tsv",
        "diplograph/api/static/page/index.html",
    ):
        assert expected in names, expected
