"""Checks on SPARQL text made before the engine sees it.

Oxigraph follows ``SERVICE`` and ``LOAD`` to any URL and has no switch to stop
it, and its parser and planner recurse: 20,000 nested brackets, or 50,000
``UNION``\\s in a row, overflow the stack and kill the process. :func:`check`
refuses both before a query or update runs:

- ``SERVICE`` and ``LOAD`` are refused unless :attr:`QueryPolicy.remote_hosts`
  lists the host of their IRI (a variable or a relative IRI is refused: its host
  cannot be known before the query runs);
- nesting deeper than :attr:`QueryPolicy.max_depth` is refused; a chain of
  operators (``UNION``, ``&&``, ``||``, ``/``, ``|``, arithmetic) counts as
  nesting, since the engine builds it as a left-deep tree.

The text is cut into tokens as the SPARQL grammar does (strings, IRIs,
comments, prefixed names, variables), so ``"service"`` in a string, ``?load``
or ``<http://x/SERVICE>`` are not keywords, while ``service``, ``SeRvIcE`` or
``SERVICESILENT<...>`` (Oxigraph needs no space after a keyword) are. Where
``<...>`` could be read either as an IRI or as the operator ``<`` and the two
readings lex the rest differently (the IRI holds ``#`` or ``'``), both readings
are checked.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from diplograph.ontology import namespaces as ns

from diplograph.errors import QueryError
from diplograph.settings import Settings

REMOTE_KEYWORDS = ("SERVICE", "LOAD")
_NAME_START = (
    r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\uFFFF"
)
_NAME_CHAR = _NAME_START + r"0-9_\-\u00B7\u0300-\u036F\u203F-\u2040"
_TOKEN = re.compile(
    r"(?P<ws>\s+)"
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\')'
    r'|(?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)'
    r"|(?P<var>[?$][" + _NAME_CHAR + r"]+)"
    r"|(?P<bnode>_:[" + _NAME_CHAR + r".]*)"
    r"|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<name>(?:[" + _NAME_START + r"][" + _NAME_CHAR + r".]*)?:(?:[" + _NAME_CHAR + r".:%\\]|\\.)*"
    r"|[" + _NAME_START + r"_][" + _NAME_CHAR + r"]*)"
    r"|(?P<punct>&&|\|\||<<|>>|\^\^|<=|>=|!=|.)",
    re.DOTALL,
)
_OPEN = {"{": "}", "(": ")", "[": "]", "<<": ">>"}
_CLOSE = set(_OPEN.values())
_CHAIN = {"&&", "||", "/", "|"}
_ARITHMETIC = {"+", "-", "*"}
_REMOTE_WORD = re.compile("|".join(REMOTE_KEYWORDS), re.IGNORECASE)
_UNESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class RemoteAccessError(QueryError):
    """A query or update asks the engine to fetch from a host it may not reach."""


class QueryTooDeepError(QueryError):
    """A query or update nests deeper than the engine can safely parse."""


@dataclass(frozen=True, slots=True)
class QueryPolicy:
    """What a query or update may do; built from the settings by the caller."""

    remote_hosts: frozenset[str] = frozenset()
    max_depth: int = 256
    prefixes: Mapping[str, str] = field(default_factory=dict)


def policy_from_settings(settings: Settings) -> QueryPolicy:
    """The policy the settings give user queries and updates (HTTP and command line)."""
    return QueryPolicy(
        remote_hosts=frozenset(h.lower() for h in settings.allow_service_hosts),
        max_depth=settings.max_query_depth,
        prefixes=dict(ns.PREFIXES),
    )


@dataclass(frozen=True, slots=True)
class TextFacts:
    """What :func:`check` learnt of a text the engine may run."""

    dataset_clause: bool  # FROM / FROM NAMED outside strings, IRIs and comments


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    start: int


@dataclass
class _Scan:
    """What one reading of the text found."""

    remote: list[tuple[str, list[_Token]]] = field(default_factory=list)  # keyword, tokens after
    prefixes: dict[str, str] = field(default_factory=dict)
    base: str | None = None
    depth: int = 0
    dataset_clause: bool = False


class _Reader:
    """Reads ``text`` as the engine would; a ``<...>`` inside ``(`` (where ``<`` may
    be the operator) that holds ``#`` or ``'`` is also read the other way (a fork),
    from just after the ``<``, until that reading meets a token of the first one."""

    def __init__(self, text: str, watch_remote: bool) -> None:
        self.text = text
        self.watch_remote = watch_remote  # False when no reading can meet SERVICE or LOAD
        self.forks: list[int] = []
        self.starts = array("q")  # token starts of the first reading, in order
        self.newlines = [m.start() for m in re.finditer(r"[\n\r]", text)]

    def _line_end(self, pos: int) -> int:
        i = bisect_left(self.newlines, pos)
        return self.newlines[i] if i < len(self.newlines) else len(self.text)

    def _met(self, pos: int) -> bool:
        i = bisect_left(self.starts, pos)
        return i < len(self.starts) and self.starts[i] == pos

    def tokens(self, pos: int, primary: bool, stack: list[list[str | int]]) -> Iterator[_Token]:
        text = self.text
        while pos < len(text):
            if text[pos] == "#":  # a comment: jump to the end of the line
                pos = self._line_end(pos)
                continue
            match = _TOKEN.match(text, pos)
            assert match is not None  # the last alternative takes any character
            kind = match.lastgroup or "punct"
            if kind != "ws":
                if not primary and self._met(pos):
                    return
                if primary and self.watch_remote:
                    self.starts.append(pos)
                value = match.group()
                if self.watch_remote and kind == "iri" and _ambiguous(value, stack):
                    self.forks.append(pos + 1)
                yield _Token(kind, value, pos)
            pos = match.end()

    def scan(self, pos: int, primary: bool) -> _Scan:
        scan = _Scan()
        stack: list[list[str | int]] = [["", 0]]  # each open bracket and the operators chained in it
        window: list[_Token] = []
        pending: list[tuple[str, list[_Token]]] = []
        for token in self.tokens(pos, primary, stack):
            if token.kind == "name":
                pending = _remote(token, scan, pending)
                scan.dataset_clause = scan.dataset_clause or token.text.upper() == "FROM"
            elif pending:
                pending = _follow(token, pending)
            if token.kind in ("name", "iri"):
                window = [*window[-2:], token]
                _declaration(window, scan)
            _nest(token, stack, scan)
        return scan


def _ambiguous(iri: str, stack: list[list[str | int]]) -> bool:
    """Whether the engine may read this ``<`` as the operator and then lex on differently."""
    return stack[-1][0] == "(" and ("#" in iri or "'" in iri)


def _remote(
    token: _Token, scan: _Scan, pending: list[tuple[str, list[_Token]]]
) -> list[tuple[str, list[_Token]]]:
    """Note a SERVICE / LOAD keyword (kept with the tokens that follow it)."""
    pending = _follow(token, pending)
    keyword = _is_remote_keyword(token)
    if keyword:
        entry: tuple[str, list[_Token]] = (keyword, [])
        scan.remote.append(entry)
        pending.append(entry)
    return pending


def _follow(token: _Token, pending: list[tuple[str, list[_Token]]]) -> list[tuple[str, list[_Token]]]:
    for _, after in pending:
        after.append(token)
    return [(k, a) for k, a in pending if len(a) < 3]


def _is_remote_keyword(token: _Token) -> str | None:
    """The keyword a bare word or a prefix may hide: Oxigraph reads ``SERVICE:x``
    or ``SERVICESILENT`` as the keyword and what follows."""
    head = token.text.upper()
    return next((k for k in REMOTE_KEYWORDS if head.startswith(k)), None)


def _declaration(window: list[_Token], scan: _Scan) -> None:
    """Record ``PREFIX p: <iri>`` and ``BASE <iri>`` (to resolve SERVICE/LOAD targets)."""
    if len(window) == 3 and window[0].text.upper() == "PREFIX" and window[2].kind == "iri":
        scan.prefixes[window[1].text.rstrip(":")] = _unescape(window[2].text[1:-1])
    if len(window) >= 2 and window[-2].text.upper() == "BASE" and window[-1].kind == "iri":
        scan.base = _unescape(window[-1].text[1:-1])


def _nest(token: _Token, stack: list[list[str | int]], scan: _Scan) -> None:
    """Track open brackets, and the operators chained in each (arithmetic only in ``(``)."""
    value = token.text
    if token.kind != "punct" and not (token.kind == "name" and value.upper() == "UNION"):
        return
    if value in _OPEN:
        stack.append([value, 0])
    elif value in _CLOSE:
        if len(stack) > 1:
            stack.pop()
        return
    elif value in _CHAIN or token.kind == "name" or (value in _ARITHMETIC and stack[-1][0] == "("):
        stack[-1][1] = int(stack[-1][1]) + 1
    else:
        return
    scan.depth = max(scan.depth, len(stack) - 1 + int(stack[-1][1]))


def _unescape(iri: str) -> str:
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), iri)


def _target(after: list[_Token], scan: _Scan, prefixes: Mapping[str, str]) -> str | None:
    """The absolute IRI a SERVICE / LOAD names, or None when it cannot be known."""
    rest = [t for t in after if t.text.upper() != "SILENT"]
    if not rest:
        return None
    token = rest[0]
    if token.kind == "iri":
        iri = _unescape(token.text[1:-1])
        return urljoin(scan.base, iri) if scan.base else iri
    if token.kind == "name" and ":" in token.text:
        prefix, _, local = token.text.partition(":")
        namespace = scan.prefixes.get(prefix, prefixes.get(prefix))
        return namespace + local if namespace is not None else None
    return None


def _host_allowed(iri: str | None, hosts: frozenset[str]) -> bool:
    if iri is None or not hosts:
        return False
    parts = urlsplit(iri)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return False
    host = parts.hostname.lower()
    return host in hosts or (parts.port is not None and f"{host}:{parts.port}" in hosts)


def check(text: str, policy: QueryPolicy) -> TextFacts:
    """Refuse ``text`` (a query or an update) if it fetches from a host the policy does not
    allow or nests deeper than it allows; raises :class:`RemoteAccessError` or
    :class:`QueryTooDeepError`. Takes time linear in the text."""
    reader = _Reader(text, watch_remote=bool(_REMOTE_WORD.search(text)))
    primary = reader.scan(0, primary=True)
    if primary.depth > policy.max_depth:
        raise QueryTooDeepError(
            f"the query nests {primary.depth} levels deep (brackets and chained operators); "
            f"the limit is {policy.max_depth}"
        )
    for keyword, after in primary.remote:
        iri = _target(after, primary, policy.prefixes)
        if not _host_allowed(iri, policy.remote_hosts):
            raise RemoteAccessError(_refusal(keyword, iri, policy))
    while reader.forks:
        other = reader.scan(reader.forks.pop(), primary=False)
        if other.remote:
            keyword = other.remote[0][0]
            raise RemoteAccessError(
                f"{keyword} may be hidden behind an ambiguous '<' (an IRI with '#' or \"'\"); "
                f"{keyword} is refused in such a query"
            )
    return TextFacts(primary.dataset_clause)


def _refusal(keyword: str, iri: str | None, policy: QueryPolicy) -> str:
    if not policy.remote_hosts:
        return (
            f"{keyword} is disabled: the server fetches nothing from the network "
            "(allow hosts with DIPLOGRAPH_ALLOW_SERVICE_HOSTS)"
        )
    if iri is None:
        return f"{keyword} needs an absolute http(s) IRI whose host the server can check"
    return f"{keyword} to {iri} is refused: its host is not in DIPLOGRAPH_ALLOW_SERVICE_HOSTS"
