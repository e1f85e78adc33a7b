"""A camt.053 file (versions 001.02 and 001.08) held to ISO 20022's message definition, for the tests' bank files.

The schema's rules come from pyiso20022's model of the message (xsdata dataclasses generated from the XSD): its
elements, their nesting and order, their types and code lists, and per field whether it is required, how often it
may occur, its lengths, pattern and digits. xsdata parses without validating, so three steps hold a file to them:

1. the parse itself, strict: an element or attribute the definition does not have, or a value its type cannot take
   (a date, an amount, a code such as CdtDbtInd's CRDT/DBIT), is an error;
2. the parsed message written back in the definition's order must be the file (canonical XML): an element out of
   its sequence's order, or under the wrong parent, shows as a difference;
3. every field's restrictions, checked on the parsed message.

A choice (one of Cd or Prtry) is two optional fields in the model: that one of them is there is not checked.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from decimal import Decimal
from enum import Enum
from typing import Any

from lxml import etree
from pyiso20022.camt import camt_053_001_02, camt_053_001_08
from xsdata.exceptions import ParserError
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.parsers.config import ParserConfig
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig

MODELS: dict[str, Any] = {
    "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02": camt_053_001_02.Document,
    "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08": camt_053_001_08.Document,
}

_PARSER = XmlParser(
    config=ParserConfig(
        fail_on_unknown_properties=True, fail_on_unknown_attributes=True, fail_on_converter_warnings=True
    )
)
_WRITER = XmlSerializer(config=SerializerConfig(indent=None))


def camt053_problems(data: bytes) -> list[str]:
    """What in a camt.053 file its version's message definition does not allow; empty for a valid file."""
    namespace = etree.QName(etree.fromstring(data, etree.XMLParser(resolve_entities=False))).namespace
    if namespace not in MODELS:
        return [f"not a camt.053 version with a definition here: {namespace}"]
    try:
        message = _PARSER.from_bytes(data, MODELS[namespace])
    except (ParserError, TypeError, ValueError) as error:  # a missing required element fails the dataclass
        return [f"does not parse as {namespace}: {error}"]
    problems = _order_problems(data, message, namespace)
    problems += _field_problems(message, "Document")
    return problems


def _order_problems(data: bytes, message: Any, namespace: str) -> list[str]:
    written = _WRITER.render(message, ns_map={None: namespace}).encode()
    mine, theirs = _canonical(data), _canonical(written)
    if mine == theirs:
        return []
    diff = difflib.unified_diff(mine.splitlines(), theirs.splitlines(), "the file", "the definition's order", n=2)
    return ["elements out of the definition's order or place:\n" + "\n".join(list(diff)[:30])]


def _canonical(data: bytes) -> str:
    """The file as canonical XML, an element a line, whitespace around texts dropped (a bank's indenting)."""
    root = etree.fromstring(data, etree.XMLParser(remove_blank_text=True, remove_comments=True, resolve_entities=False))
    for element in root.iter():
        if element.text is not None:
            element.text = element.text.strip()
    return etree.tostring(root, method="c14n").decode().replace("><", ">\n<")


def _field_problems(node: Any, path: str) -> list[str]:
    problems: list[str] = []
    for spec in dataclasses.fields(node):
        name = spec.metadata.get("name", spec.name)
        value = getattr(node, spec.name)
        where = f"{path}/{name}" if spec.metadata.get("type") != "Attribute" else f"{path}@{name}"
        if spec.name == "value" and not spec.metadata.get("name"):
            where = path  # a simple content's text, as Amt's amount
        values = value if isinstance(value, list) else [] if value is None else [value]
        problems += _occurrence_problems(spec.metadata, value, values, where)
        for n, each in enumerate(values, 1):
            at = f"{where}[{n}]" if isinstance(value, list) else where
            if dataclasses.is_dataclass(each):
                problems += _field_problems(each, at)
            else:
                problems += _restriction_problems(spec.metadata, each, at)
    return problems


def _occurrence_problems(rules: Any, value: Any, values: list[Any], where: str) -> list[str]:
    if isinstance(value, list):
        least, most = rules.get("min_occurs", 0), rules.get("max_occurs")
        if len(values) < least:
            return [f"{where}: occurs {len(values)} times, at least {least} required"]
        if most is not None and len(values) > most:
            return [f"{where}: occurs {len(values)} times, at most {most} allowed"]
        return []
    return [f"{where}: required, missing"] if value is None and rules.get("required") else []


def _restriction_problems(rules: Any, value: Any, where: str) -> list[str]:
    if isinstance(value, Enum):
        return []  # the parse took only the code list's values
    problems = []
    text = str(value)
    if isinstance(value, str):
        if len(value) < rules.get("min_length", 0):
            problems.append(f"{where}: {value!r} shorter than {rules['min_length']}")
        if "max_length" in rules and len(value) > rules["max_length"]:
            problems.append(f"{where}: {len(value)} characters, at most {rules['max_length']} ({value[:40]!r}...)")
        if "pattern" in rules and not re.fullmatch(rules["pattern"], value):
            problems.append(f"{where}: {value!r} does not match {rules['pattern']}")
    if isinstance(value, Decimal):
        problems += _digit_problems(rules, value, text, where)
    return problems


def _digit_problems(rules: Any, value: Decimal, text: str, where: str) -> list[str]:
    problems = []
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    digits = len(value.as_tuple().digits)
    if "min_inclusive" in rules and value < Decimal(str(rules["min_inclusive"])):
        problems.append(f"{where}: {text} below {rules['min_inclusive']}")
    if "fraction_digits" in rules and decimals > rules["fraction_digits"]:
        problems.append(f"{where}: {text} has {decimals} decimals, at most {rules['fraction_digits']}")
    if "total_digits" in rules and digits > rules["total_digits"]:
        problems.append(f"{where}: {text} has {digits} digits, at most {rules['total_digits']}")
    return problems
