"""Strict YAML: every scalar as text, with its position; no surprises.

PyYAML's safe loader still resolves `no` to False, `01067` to 1067 and
`12:30` to 750, keeps the last of two duplicate keys and follows aliases.
Here the event stream is turned into plain nodes instead: scalars stay text
(converted explicitly later, field by field), and tags, anchors, aliases,
duplicate keys and non-text keys are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from incasso.ledger.problems import Problem, Source, shown

MAX_DEPTH = 20  # the ledger format nests 4 levels; deeper is junk, not data
MAX_BYTES = 5_000_000  # a debtor file is a few KB; refuse runaway files early
# libyaml's parser where it is built in (about 10x faster); the same events either way.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Node:
    source: Source


@dataclass
class Scalar(Node):
    text: str
    quoted: bool = False

    @property
    def is_null(self) -> bool:
        """An empty plain value, `~` or `null`: the field is written but empty."""
        return not self.quoted and self.text in ("", "~", "null", "Null", "NULL")


@dataclass
class Invalid(Node):
    """A value already reported as a problem (an alias, a non-text key)."""


@dataclass
class Mapping(Node):
    items: dict[str, tuple[Scalar, Node]] = field(default_factory=dict)


@dataclass
class Sequence(Node):
    items: list[Node] = field(default_factory=list)


def _source(path: str, mark) -> Source:
    return Source(path, mark.line + 1, mark.column + 1)


def parse(data: bytes, path: str) -> tuple[Node | None, list[Problem]]:
    """Parse one YAML document into nodes; return (root, problems)."""
    start = Source(path, 1, 1)
    if len(data) > MAX_BYTES:
        return None, [Problem(start, "", f"file is larger than {MAX_BYTES} bytes")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return None, [Problem(Source(path, line, 1), "", "is not UTF-8 text")]
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip() or all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return None, [Problem(start, "", "file is empty")]
    try:
        return _build(yaml.parse(text, Loader=_LOADER), path)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = _source(path, mark) if mark else start
        return None, [Problem(where, "", f"is not valid YAML: {err.problem or err.context}")]
    except yaml.YAMLError as err:  # reader errors: control characters, binary data
        position = getattr(err, "position", 0) or 0
        line = text.count("\n", 0, position) + 1
        return None, [
            Problem(Source(path, line, 1), "", "is not valid YAML: it holds control characters or binary data")
        ]


def _build(events, path: str) -> tuple[Node | None, list[Problem]]:
    problems: list[Problem] = []
    stack: list[Node] = []
    pending_key: list[Scalar | Invalid | None] = []  # per open mapping: the key awaiting its value
    root: Node | None = None
    documents = 0

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if isinstance(parent, Sequence):
            parent.items.append(node)
            return
        assert isinstance(parent, Mapping)
        key = pending_key[-1]
        if key is None:
            if not isinstance(node, Scalar):
                problems.append(Problem(node.source, "", "a key must be plain text"))
                pending_key[-1] = Invalid(node.source)
            else:
                pending_key[-1] = node
            return
        pending_key[-1] = None
        if isinstance(key, Invalid):
            return
        if key.text in parent.items:
            first = parent.items[key.text][0].source
            problems.append(Problem(key.source, key.text, f"duplicate key (first written on line {first.line})"))
            return
        parent.items[key.text] = (key, node)

    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                problems.append(Problem(_source(path, event.start_mark), "", "holds more than one YAML document"))
                break
            continue
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            continue
        where = _source(path, event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            problems.append(Problem(where, "", "aliases (*name) are not allowed", f"*{event.anchor}"))
            attach(Invalid(where))
            continue
        if getattr(event, "anchor", None):
            problems.append(Problem(where, "", "anchors (&name) are not allowed", f"&{event.anchor}"))
        if getattr(event, "tag", None) and event.tag != "!":
            problems.append(
                Problem(where, "", "tags are not allowed", shown(event.tag.replace("tag:yaml.org,2002:", "!!")))
            )
        if isinstance(event, yaml.ScalarEvent):
            attach(Scalar(where, event.value, quoted=event.style in ("'", '"', "|", ">")))
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) >= MAX_DEPTH:
                problems.append(Problem(where, "", f"nests deeper than {MAX_DEPTH} levels"))
                return None, problems
            node = Mapping(where) if isinstance(event, yaml.MappingStartEvent) else Sequence(where)
            attach(node)
            stack.append(node)
            pending_key.append(None)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
            pending_key.pop()
    return root, problems
