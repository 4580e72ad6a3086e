"""Build the relation vocabulary ``ontology/relations.ttl`` from the reference tables.

Reads three TSV files of ``--reference`` (default ``../shared/reference`` next to
the repository):

* ``plover_event_modes.tsv``: the 16 PLOVER 2.0 categories and their modes;
* ``cameo_codes.tsv``: the CAMEO codes with labels, Goldstein scores and quad classes;
* ``cameo_to_plover.tsv``: the PLOVER project's CAMEO → PLOVER table,

and writes them as SKOS concept schemes (``vocab/plover``, ``vocab/cameo``,
``vocab/quad``) in Turtle. The output is deterministic: the same tables give the
same bytes, so the generated file can be committed and checked in the tests.

    .venv/bin/python scripts/build_vocabulary.py [--reference DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(REPO_ROOT))

from diplograph.ontology.namespaces import CAMEO, DG, PLOVER, PREFIXES, QUAD, VOCAB  # noqa: E402
from rdflib import Graph, Literal, URIRef  # noqa: E402
from rdflib.namespace import RDF, SKOS, XSD  # noqa: E402
from rdflib.term import Node  # noqa: E402

from diplograph.errors import ConfigError  # noqa: E402
from diplograph.model import Plover, QuadClass  # noqa: E402

logger = logging.getLogger(__name__)

DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "reference"
DEFAULT_OUT = REPO_ROOT / "ontology" / "relations.ttl"

CAMEO_FILE = "cameo_codes.tsv"
MAPPING_FILE = "cameo_to_plover.tsv"
PLOVER_FILE = "plover_event_modes.tsv"

#: Category names of PLOVER 1.x / the CAMEO-era tables and their PLOVER 2.0 names.
OLD_PLOVER_NAMES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

QUAD_LABELS: dict[QuadClass, tuple[str, str]] = {
    QuadClass.VERBAL_COOPERATION: (
        "verbal cooperation",
        "Statements, appeals, expressions of intent and meetings that signal cooperation.",
    ),
    QuadClass.MATERIAL_COOPERATION: (
        "material cooperation",
        "Cooperative actions with material consequences: cooperation, aid, concessions, retreat.",
    ),
    QuadClass.VERBAL_CONFLICT: (
        "verbal conflict",
        "Requests, demands, accusations, rejections and threats.",
    ),
    QuadClass.MATERIAL_CONFLICT: (
        "material conflict",
        "Conflictual actions with material consequences: protest, sanctions, mobilisation, "
        "coercion and violence.",
    ),
}

_NAME_QUAD = {q.value.replace("-", " "): q for q in QuadClass}  # "verbal conflict" -> QuadClass

EN = "en"


# -- reading ------------------------------------------------------------------------------------
def _read_tsv(path: Path, required: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with their line numbers; every column of ``required`` must exist."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise ConfigError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = [
                (n, {k: (v or "").strip() for k, v in row.items() if k}) for n, row in enumerate(reader, 2)
            ]
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read reference table: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8: {exc}") from exc
    logger.debug("%s: %d rows", path.name, len(rows))
    return rows


def _decimal(value: str, where: str) -> Decimal | None:
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ConfigError(f"{where}: not a number: {value!r}") from None
    if not number.is_finite():
        raise ConfigError(f"{where}: not a finite number: {value!r}")
    return number


def _canonical(number: Decimal) -> Decimal:
    """One spelling per value: ``-5`` and ``-5.0`` both become ``-5.0``."""
    return number.quantize(Decimal("0.1")) if number == number.quantize(Decimal("0.1")) else number


_MOJIBAKE = re.compile(r"[\x80-\xff]+")
#: Damage the decoding cannot undo (a character lost to "?"), fixed by hand.
_TEXT_FIXES = {"C¬? ankaya": "Çankaya"}


def _repair(text: str) -> str:
    """Undo the mojibake of the CAMEO manual's text (UTF-8 read as Mac Roman and
    saved through Windows-1252: ``\\x82Äôs`` is ``’s``). Runs that do not decode
    cleanly are kept as they are."""

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            return run.encode("latin-1").decode("cp1252").encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run

    text = _MOJIBAKE.sub(fix, text)
    for broken, fixed in _TEXT_FIXES.items():
        text = text.replace(broken, fixed)
    return text


_LATEX = [
    (re.compile(r"\\subsection\{[^}]*\}"), ""),
    (re.compile(r"Section \\ref\{[^}]*\}"), "the PLOVER manual"),
    (re.compile(r"\\ldots"), "…"),
    (re.compile(r"``"), "“"),
    (re.compile(r"''"), "”"),
    (re.compile(r"`([^`'\s][^`']*)'"), r"‘\1’"),
    (re.compile(r"---"), "—"),
]


def _detex(text: str) -> str:
    """The PLOVER manual's descriptions without their LaTeX markup."""
    for pattern, replacement in _LATEX:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class Mode:
    category: Plover
    name: str
    score: Decimal | None
    definition: str


@dataclass(frozen=True, slots=True)
class Category:
    name: Plover
    quad: QuadClass
    requires_recipient: bool
    score: Decimal | None
    definition: str


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    label: str
    description: str
    usage: str
    example: str
    goldstein: Decimal
    goldstein_icews: Decimal | None
    goldstein_phoenix: Decimal | None
    quad: QuadClass
    parent: str | None
    plover: Plover | None
    mode: str | None


def _quad(value: str, where: str) -> QuadClass:
    quad = _NAME_QUAD.get(value.lower().replace("-", " "))
    if quad is None:
        raise ConfigError(f"{where}: unknown quad class {value!r}")
    return quad


def read_plover(path: Path) -> tuple[dict[Plover, Category], dict[tuple[Plover, str], Mode]]:
    """The PLOVER 2.0 categories and their modes."""
    cols = ("category", "mode", "quad_class", "requires_recipient", "plover_score", "description")
    categories: dict[Plover, Category] = {}
    modes: dict[tuple[Plover, str], Mode] = {}
    for line, row in _read_tsv(path, cols):
        where = f"{path.name}:{line}"
        try:
            name = Plover(row["category"])
        except ValueError:
            raise ConfigError(f"{where}: {row['category']!r} is not a PLOVER 2.0 category") from None
        quad = _quad(row["quad_class"], where)
        if quad is not name.quad:
            raise ConfigError(f"{where}: {name} is {name.quad}, not {quad}")
        recipient = row["requires_recipient"].lower()
        if recipient not in ("yes", "no"):
            raise ConfigError(f"{where}: requires_recipient must be Yes or No, not {recipient!r}")
        score = _decimal(row["plover_score"], f"{where} plover_score")
        definition = _detex(row["description"])
        if not row["mode"]:
            if name in categories:
                raise ConfigError(f"{where}: category {name} is listed twice")
            categories[name] = Category(name, quad, recipient == "yes", score, definition)
            continue
        if name not in categories:
            raise ConfigError(f"{where}: mode {row['mode']!r} comes before its category {name}")
        if (name, row["mode"]) in modes:
            raise ConfigError(f"{where}: mode {name}/{row['mode']} is listed twice")
        modes[(name, row["mode"])] = Mode(name, row["mode"], score, definition)
    missing = [p.value for p in Plover if p not in categories]
    if missing:
        raise ConfigError(f"{path}: missing PLOVER categories {', '.join(missing)}")
    return categories, modes


def read_mapping(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code → (PLOVER event, mode, where) from the PLOVER project's table.
    The first row of a code wins."""
    mapping: dict[str, tuple[str, str, str]] = {}
    for line, row in _read_tsv(path, ("cameo_code", "plover_event", "plover_mode")):
        where = f"{path.name}:{line}"
        code = row["cameo_code"]
        if not code.isdigit():
            raise ConfigError(f"{where}: CAMEO code {code!r} is not a number")
        entry = (row["plover_event"], row["plover_mode"], where)
        if code in mapping:
            if mapping[code][:2] != entry[:2]:
                logger.warning(
                    "%s: second mapping of CAMEO %s ignored (%s wins)", where, code, mapping[code][2]
                )
            continue
        mapping[code] = entry
    return mapping


def _plover_name(name: str, where: str) -> Plover | None:
    """A PLOVER 2.0 category for a table's category name, renaming old names."""
    if not name:
        return None
    name = OLD_PLOVER_NAMES.get(name.upper(), name.upper())
    try:
        return Plover(name)
    except ValueError:
        logger.warning("%s: %r is not a PLOVER 2.0 category; no PLOVER mapping", where, name)
        return None


def read_cameo(
    path: Path, mapping: dict[str, tuple[str, str, str]], modes: dict[tuple[Plover, str], Mode]
) -> dict[str, Code]:
    cols = (
        "code",
        "label",
        "goldstein_gdelt",
        "goldstein_icews",
        "goldstein_phoenix",
        "quad_icews_rpkg",
        "plover_event",
        "plover_mode",
        "description",
        "usage_notes",
        "example",
    )
    rows = _read_tsv(path, cols)
    known = {row["code"] for _, row in rows}
    codes: dict[str, Code] = {}
    unknown_modes: Counter[str] = Counter()
    for line, row in rows:
        where = f"{path.name}:{line}"
        code = row["code"]
        if not code.isdigit() or len(code) not in (2, 3, 4):
            raise ConfigError(f"{where}: CAMEO code {code!r} is not 2 to 4 digits")
        if code in codes:
            raise ConfigError(f"{where}: CAMEO code {code} is listed twice")
        gdelt = _decimal(row["goldstein_gdelt"], f"{where} goldstein_gdelt")
        icews = _decimal(row["goldstein_icews"], f"{where} goldstein_icews")
        phoenix = _decimal(row["goldstein_phoenix"], f"{where} goldstein_phoenix")
        chosen = next((g for g in (gdelt, icews, phoenix) if g is not None), None)
        if chosen is None:
            raise ConfigError(f"{where}: CAMEO {code} has no Goldstein score")
        if not Decimal(-10) <= chosen <= Decimal(10):
            raise ConfigError(f"{where}: Goldstein score {chosen} of CAMEO {code} is outside [-10, 10]")
        chosen = _canonical(chosen)
        parent = next((code[:n] for n in range(len(code) - 1, 1, -1) if code[:n] in known), None)
        if len(code) > 2 and parent is None:
            raise ConfigError(f"{where}: CAMEO {code} has no parent code in the table")
        if code in mapping:
            event, mode_name, map_where = mapping[code]
        else:
            event, mode_name, map_where = row["plover_event"], row["plover_mode"], where
        plover = _plover_name(event, map_where)
        mode: str | None = None
        if plover is not None and mode_name:
            if (plover, mode_name) in modes:
                mode = mode_name
            else:
                unknown_modes[f"{plover}/{mode_name}"] += 1
                logger.debug("%s: %s/%s is not a PLOVER 2.0 mode; mode skipped", map_where, plover, mode_name)
        codes[code] = Code(
            code=code,
            label=_repair(row["label"]),
            description=_repair(row["description"]),
            usage=_repair(row["usage_notes"]),
            example=_repair(row["example"]),
            goldstein=chosen,
            goldstein_icews=_canonical(icews) if icews is not None and icews != chosen else None,
            goldstein_phoenix=_canonical(phoenix) if phoenix is not None and phoenix != chosen else None,
            quad=_quad(row["quad_icews_rpkg"], f"{where} quad_icews_rpkg"),
            parent=parent,
            plover=plover,
            mode=mode,
        )
    for code, (_event, _mode, map_where) in sorted(mapping.items()):
        if code not in codes:
            logger.info("%s: CAMEO %s is not in %s; mapping skipped", map_where, code, path.name)
    if unknown_modes:
        logger.info(
            "modes not in PLOVER 2.0, kept as category only: %s",
            ", ".join(f"{m} ({n})" for m, n in sorted(unknown_modes.items())),
        )
    return codes


# -- the graph ----------------------------------------------------------------------------------
def _cameo_key(code: str) -> tuple[int, ...]:
    return tuple(int(c) for c in code)


def build_graph(
    categories: dict[Plover, Category], modes: dict[tuple[Plover, str], Mode], codes: dict[str, Code]
) -> tuple[Graph, list[URIRef]]:
    """The vocabulary graph and the order its subjects are written in."""
    g = Graph()
    order: list[URIRef] = []

    def add(s: URIRef, p: URIRef, o: Node) -> None:
        if s not in seen:
            seen.add(s)
            order.append(s)
        g.add((s, p, o))

    seen: set[URIRef] = set()
    schemes = {
        "quad": (
            "Quad classes",
            "The four quad classes of event data: verbal and material cooperation and conflict.",
        ),
        "plover": (
            "PLOVER 2.0 event categories and modes",
            "The 16 event categories of the PLOVER 2.0 ontology (Political Language Ontology for "
            "Verifiable Event Records) with their modes.",
        ),
        "cameo": (
            "CAMEO event codes",
            "The event codes of CAMEO (Conflict and Mediation Event Observations), with their "
            "Goldstein scores and their PLOVER 2.0 categories.",
        ),
    }
    for key, (label, definition) in schemes.items():
        scheme = VOCAB[key]
        add(scheme, RDF.type, SKOS.ConceptScheme)
        add(scheme, SKOS.prefLabel, Literal(label, lang=EN))
        add(scheme, SKOS.definition, Literal(definition, lang=EN))

    for quad in QuadClass:
        label, definition = QUAD_LABELS[quad]
        node = QUAD[quad.value]
        add(node, RDF.type, SKOS.Concept)
        add(node, SKOS.inScheme, VOCAB["quad"])
        add(node, SKOS.topConceptOf, VOCAB["quad"])
        add(node, SKOS.notation, Literal(str(quad.number)))
        add(node, SKOS.prefLabel, Literal(label, lang=EN))
        add(node, SKOS.definition, Literal(definition, lang=EN))

    for name in Plover:
        cat = categories[name]
        node = PLOVER[name.value]
        add(node, RDF.type, SKOS.Concept)
        add(node, SKOS.inScheme, VOCAB["plover"])
        add(node, SKOS.topConceptOf, VOCAB["plover"])
        add(node, SKOS.notation, Literal(name.value))
        add(node, SKOS.prefLabel, Literal(name.value.capitalize(), lang=EN))
        if cat.definition:
            add(node, SKOS.definition, Literal(cat.definition, lang=EN))
        add(node, DG.quadClass, QUAD[cat.quad.value])
        if cat.score is not None:
            add(node, DG.ploverScore, Literal(cat.score, datatype=XSD.decimal))
        add(node, DG.requiresRecipient, Literal(cat.requires_recipient))
        for (mode_cat, mode_name), mode in modes.items():
            if mode_cat is not name:
                continue
            mnode = PLOVER[f"{name.value}/{mode_name}"]
            add(mnode, RDF.type, SKOS.Concept)
            add(mnode, SKOS.inScheme, VOCAB["plover"])
            add(mnode, SKOS.broader, node)
            add(mnode, SKOS.notation, Literal(mode_name))
            add(mnode, SKOS.prefLabel, Literal(f"{name.value.capitalize()}: {mode_name}", lang=EN))
            if mode.definition:
                add(mnode, SKOS.definition, Literal(mode.definition, lang=EN))
            if mode.score is not None:
                add(mnode, DG.ploverScore, Literal(mode.score, datatype=XSD.decimal))

    for code in sorted(codes, key=_cameo_key):
        c = codes[code]
        node = CAMEO[code]
        add(node, RDF.type, SKOS.Concept)
        add(node, SKOS.inScheme, VOCAB["cameo"])
        if c.parent is None:
            add(node, SKOS.topConceptOf, VOCAB["cameo"])
        else:
            add(node, SKOS.broader, CAMEO[c.parent])
        add(node, SKOS.notation, Literal(code))
        add(node, SKOS.prefLabel, Literal(c.label, lang=EN))
        if c.description:
            add(node, SKOS.definition, Literal(c.description, lang=EN))
        if c.usage:
            add(node, SKOS.scopeNote, Literal(c.usage, lang=EN))
        if c.example:
            add(node, SKOS.example, Literal(c.example, lang=EN))
        add(node, DG.goldstein, Literal(c.goldstein, datatype=XSD.decimal))
        if c.goldstein_icews is not None:
            add(node, DG.goldsteinIcews, Literal(c.goldstein_icews, datatype=XSD.decimal))
        if c.goldstein_phoenix is not None:
            add(node, DG.goldsteinPhoenix, Literal(c.goldstein_phoenix, datatype=XSD.decimal))
        add(node, DG.quadClass, QUAD[c.quad.value])
        if c.plover is not None:
            add(node, SKOS.closeMatch, PLOVER[c.plover.value])
            if c.mode is not None:
                add(node, DG.ploverMode, PLOVER[f"{c.plover.value}/{c.mode}"])
    return g, order


# -- Turtle ---------------------------------------------------------------------------------------
_PN_LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_PREDICATE_ORDER = [
    RDF.type,
    SKOS.inScheme,
    SKOS.topConceptOf,
    SKOS.broader,
    SKOS.notation,
    SKOS.prefLabel,
    SKOS.definition,
    SKOS.scopeNote,
    SKOS.example,
    DG.goldstein,
    DG.goldsteinIcews,
    DG.goldsteinPhoenix,
    DG.quadClass,
    DG.ploverScore,
    DG.requiresRecipient,
    SKOS.closeMatch,
    DG.ploverMode,
]


def _iri(iri: URIRef) -> str:
    """``prefix:local`` when a prefix of ``PREFIXES`` fits and the rest is a plain
    local name, else ``<iri>``."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")) and _PN_LOCAL.match(iri[len(ns) :]):
            best = prefix
    if best:
        return f"{best}:{iri[len(PREFIXES[best]) :]}"
    return f"<{iri}>"


def _literal(lit: Literal) -> str:
    text = (
        str(lit)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if lit.language:
        return f'"{text}"@{lit.language}'
    if lit.datatype == XSD.boolean:
        return "true" if lit.toPython() else "false"
    if lit.datatype == XSD.decimal:
        return str(lit)
    if lit.datatype and lit.datatype != XSD.string:
        return f'"{text}"^^{_iri(URIRef(lit.datatype))}'
    return f'"{text}"'


def _term(node: Node) -> str:
    if isinstance(node, URIRef):
        return _iri(node)
    if isinstance(node, Literal):
        return _literal(node)
    raise ConfigError(f"vocabulary: cannot write {node!r} (blank nodes are not used)")


def _predicate_key(p: URIRef) -> tuple[int, str]:
    return (_PREDICATE_ORDER.index(p), "") if p in _PREDICATE_ORDER else (len(_PREDICATE_ORDER), str(p))


def _object_key(o: Node) -> tuple[str, str, str]:
    if isinstance(o, URIRef):
        return ("0", _sort_iri(o), "")
    return ("1", str(o), str(getattr(o, "language", "") or getattr(o, "datatype", "") or ""))


def _sort_iri(iri: URIRef) -> str:
    if iri.startswith(str(CAMEO)):
        return str(CAMEO) + iri[len(str(CAMEO)) :].ljust(4, "0")
    return str(iri)


def serialize(g: Graph, order: list[URIRef], header: Iterable[str]) -> str:
    """Turtle with a comment header, every prefix of ``PREFIXES``, subjects in ``order``,
    predicates in a fixed order and objects sorted."""
    lines = [f"# {h}".rstrip() for h in header]
    lines.append("")
    lines += [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    for s in order:
        lines.append("")
        predicates = sorted({p for p in g.predicates(s, None) if isinstance(p, URIRef)}, key=_predicate_key)
        parts: list[str] = []
        for p in predicates:
            objects = sorted(g.objects(s, p), key=_object_key)
            pred = "a" if p == RDF.type else _iri(p)
            parts.append(f"    {pred} " + ", ".join(_term(o) for o in objects))
        lines.append(_term(s))
        lines.append(" ;\n".join(parts) + " .")
    return "\n".join(lines) + "\n"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def build(reference: Path) -> str:
    """The Turtle text of the relation vocabulary built from the tables in ``reference``."""
    if not reference.is_dir():
        raise ConfigError(f"{reference}: reference directory not found")
    paths = {name: reference / name for name in (PLOVER_FILE, CAMEO_FILE, MAPPING_FILE)}
    categories, modes = read_plover(paths[PLOVER_FILE])
    mapping = read_mapping(paths[MAPPING_FILE])
    codes = read_cameo(paths[CAMEO_FILE], mapping, modes)
    g, order = build_graph(categories, modes, codes)
    mapped = sum(1 for c in codes.values() if c.plover is not None)
    header = [
        "Relation vocabulary of diplograph: PLOVER 2.0 categories and modes, CAMEO codes, quad classes.",
        "",
        "Generated by scripts/build_vocabulary.py from the reference tables, do not edit:",
        *(f"  {name} (sha256 {_digest(path)}…)" for name, path in sorted(paths.items())),
        "",
        f"{len(categories)} PLOVER categories, {len(modes)} modes, {len(codes)} CAMEO codes "
        f"({mapped} with a PLOVER category).",
        "CAMEO Goldstein scores (dg:goldstein) are GDELT's, else ICEWS's, else Phoenix's;",
        "dg:goldsteinIcews and dg:goldsteinPhoenix record the other sources where they differ.",
        "A CAMEO code's dg:quadClass is the standard one of its root (ICEWS: 01-05, 06-08, 09-13, 14-20);",
        "an event's quad class follows its PLOVER category.",
        "CAMEO -> PLOVER (skos:closeMatch, dg:ploverMode) follows cameo_to_plover.tsv, else the",
        "plover_event/plover_mode columns of cameo_codes.tsv. Old category names are renamed to",
        "PLOVER 2.0: " + ", ".join(f"{old} -> {new}" for old, new in OLD_PLOVER_NAMES.items()) + ".",
        "Modes that are not PLOVER 2.0 modes of the category are left out (the category is kept).",
        "CAMEO texts are repaired for mojibake; PLOVER descriptions lose their LaTeX markup.",
    ]
    return serialize(g, order, header)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--reference",
        type=Path,
        default=DEFAULT_REFERENCE,
        help="folder of the reference TSV tables (default: ../shared/reference next to the repository)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Turtle file to write")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every skipped mapping")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s"
    )
    try:
        text = build(args.reference)
        args.out.write_text(text, encoding="utf-8")
    except ConfigError as exc:
        logger.error("%s", exc)
        return 1
    except OSError as exc:
        logger.error("%s: cannot write: %s", args.out, exc.strerror)
        return 1
    logger.info("wrote %s (%d bytes)", args.out, len(text.encode("utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
