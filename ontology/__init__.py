"""The diplograph ontology as data: the OWL model (``diplomacy.ttl``), the
relation vocabulary (``relations.ttl``), SHACL shapes (``shapes.ttl``) and the
actor gazetteer (``gazetteer/*.toml``), with small typed loaders."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_path(name: str) -> Path:
    """The path of a data file shipped in this package (``"shapes.ttl"``,
    ``"gazetteer/states.toml"``)."""
    return Path(str(files("diplograph.ontology").joinpath(name)))
