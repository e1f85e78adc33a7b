"""Templates print values through MarkupSafe's compiled escaping and read a mapping's keys without
an exception: the same pages, byte for byte."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType, SimpleNamespace

import markupsafe
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import (
    ChoiceLoader,
    DictLoader,
    Environment,
    FileSystemLoader,
    FunctionLoader,
    PrefixLoader,
    StrictUndefined,
    Undefined,
    pass_context,
)
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

import pelican
from pelican.plugins.incasso import templating
from pelican.plugins.incasso.templating import (
    QuickEscape,
    SharedCompiles,
    escape_to_str,
    load_parts,
    quick_templates,
    rendered,
    with_globals,
)
from tests.support.site import build_site


class Shown:
    """A value that knows its own HTML, as `|safe` values and Markup do."""

    def __html__(self) -> str:
        return "<b>shown</b>"


class NumberHtml:
    """Whose HTML is not a str: printed as escape prints it, made a str."""

    def __html__(self) -> int:
        return 5


class Labelled(str):
    """A str of another type (as an Enum with str values): not the quick path."""


VALUES = [
    "plain",
    '<a href="x">Tom & Jerry\'s</a>',
    markupsafe.Markup("<i>kept</i>"),
    Shown(),
    NumberHtml(),
    12,
    Decimal("1250.50"),
    None,
    Undefined(),
    Labelled("<&>"),
]


@pytest.mark.parametrize("value", VALUES, ids=[type(value).__name__ for value in VALUES])
def test_a_value_is_printed_as_markupsafe_escape_prints_it(value):
    assert escape_to_str(value) == str(markupsafe.escape(value))


@given(st.text())
def test_any_text_is_escaped_as_markupsafe_escapes_it(text):
    assert escape_to_str(text) == str(markupsafe.escape(text))


def test_the_compiled_escaping_is_the_one_in_use():
    """If MarkupSafe stops offering it, or its wheel lacks the compiled part, this says so: the
    build would only be slower."""
    assert markupsafe._escape_inner.__module__ == "markupsafe._speedups"
    assert escape_to_str is not markupsafe.escape


def test_without_markupsafes_escaping_its_own_escape_serves(monkeypatch):
    monkeypatch.delattr(markupsafe, "_escape_inner")
    assert templating.printer() is markupsafe.escape


# Every way a template prints or keeps what it printed: output, loops, macros, call and filter
# blocks, set blocks, includes, inheritance, |safe, ~ and a block with autoescaping off.
TEMPLATES = {
    "base.html": "<title>{% block title %}{{ title }}{% endblock %}</title>{% block body %}{% endblock %}",
    "part.html": "<p>{{ value }}</p>",
    "rule.html": "<hr>",
    "page.html": """{% extends "base.html" %}
{% macro cell(x) %}<td>{{ x }}</td>{% endmacro %}
{% macro wrap() %}<div>{{ caller() }}</div>{% endmacro %}
{% block body %}
{% set kept %}<em>{{ value }}</em>{% endset %}{{ kept }}{{ kept | length }}
{% for v in values %}{{ cell(v) }}{{ v ~ "&" ~ value }}{% endfor %}
{% call wrap() %}{{ value }}{% endcall %}
{% filter upper %}{{ value }}{% endfilter %}
{{ value | safe }} {{ value | e }} {{ number }} {{ shown }}
{% autoescape false %}{{ value }}{% endautoescape %}
{% include "part.html" %}
{% for value in values %}{% include "part.html" %}{% include ["gone.html", "part.html"] %}{% endfor %}
{% set parts %}{% include "part.html" %}{% endset %}{{ parts }}{% filter upper %}{% include "part.html" %}{% endfilter %}
{{ cell(value) }}{% include "part" ~ ".html" %}{% include "rule.html" without context %}
{% include "gone.html" ignore missing %}
{{ words.hello }} {{ words.items() | list | length }} {{ words.get("hello") }} {{ words.absent | default("-") }}
{% endblock %}""",
}


_CONTEXT = dict(
    title="<T&C>",
    value="<a href='x'>\"Tom\" & Jerry</a>",
    values=["<1>", 2, markupsafe.Markup("<3>")],
    number=Decimal("-0.50"),
    shown=Shown(),
    words=MappingProxyType({"hello": "<hallo>", "items": "a key named as a method"}),
)


def _rendered(environment: Environment) -> str:
    return environment.get_template("page.html").render(_CONTEXT)


def _environment() -> Environment:
    return Environment(loader=DictLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined)


def test_every_way_of_printing_renders_as_stock_jinja_renders_it():
    quick = quick_templates(_environment())
    assert quick.template_class is QuickEscape
    assert _rendered(quick) == _rendered(_environment())
    assert "&lt;a href=&#39;x&#39;&gt;&#34;Tom&#34; &amp; Jerry&lt;/a&gt;" in _rendered(quick)  # escaped at all


def test_an_included_template_a_block_and_a_page_are_each_handed_on_in_one_piece():
    """Not piece by piece through the generators above them (BENCHMARKS.md, session 43): the same text."""
    environment = quick_templates(_environment())
    pieces = list(environment.get_template("part.html").generate(_CONTEXT))
    assert pieces == ["<p>", "&lt;a href=&#39;x&#39;&gt;&#34;Tom&#34; &amp; Jerry&lt;/a&gt;", "</p>"]
    page = list(environment.get_template("page.html").generate(_CONTEXT))
    assert len(page) == 1  # the parent's pieces, its blocks' and their includes' joined where each is rendered
    stock = list(_environment().get_template("page.html").generate(_CONTEXT))
    assert len(stock) > 50 and "".join(stock) == page[0]


def test_templates_print_through_escape_to_str(monkeypatch):
    """Should Jinja stop looking `escape` up by that name, the pages would be the same and only
    this would notice that the quick path is gone."""
    printed = []

    def counting(value):
        printed.append(value)
        return escape_to_str(value)

    monkeypatch.setattr(templating, "escape_to_str", counting)
    _rendered(quick_templates(_environment()))
    assert "<T&C>" in printed and len(printed) > 10


MAPPINGS = [{"word": "<w>", "items": "a key", "mro": 1}, MappingProxyType({"word": "<w>", "get": "a key"})]


@pytest.mark.parametrize("mapping", MAPPINGS, ids=lambda mapping: type(mapping).__name__)
def test_a_mappings_keys_and_attributes_read_as_jinja_reads_them(mapping):
    """A key is read at once, unless the type has an attribute of that name (`items`, `get`): then
    that, as Jinja gives it; a name neither is undefined, as in Jinja."""
    stock, quick = _environment(), quick_templates(_environment())
    for name in [*dir(type(mapping)), "word", "mro", "absent", "__dict__"]:
        expected, got = stock.getattr(mapping, name), quick.getattr(mapping, name)
        _same_lookup(expected, got, name)
        assert not isinstance(got, Undefined) or got._undefined_obj is mapping
    assert quick.getattr(mapping, "word") == "<w>"


class Guarded:
    """An object whose attribute lookup counts: a property that raises, an item, an attribute."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.name = "Tom"

    @property
    def missing(self) -> str:
        self.asked.append("missing")
        raise AttributeError("missing")

    def __getitem__(self, key: str) -> str:
        self.asked.append(f"[{key}]")
        if key == "absent":
            raise KeyError(key)
        if key == "broken":
            raise AttributeError(key)  # Jinja counts it undefined too
        return f"item {key}"


class Words(dict):
    """A dict of another type: the general path, as Jinja's."""


@pytest.mark.parametrize("name", ["name", "missing", "absent", "broken", "upper", "__class__"])
def test_anything_else_reads_as_jinja_reads_it_each_step_asked_once(name):
    stock, quick = _environment(), quick_templates(_environment())
    expected, got = Guarded(), Guarded()
    _same_lookup(stock.getattr(expected, name), quick.getattr(got, name), name)
    assert got.asked == expected.asked  # a property that raises is asked once, as by Jinja
    words = Words(word="w")
    for key in ("word", "items", "absent"):
        _same_lookup(stock.getattr(words, key), quick.getattr(words, key), key)


def _same_lookup(expected: object, got: object, name: str) -> None:
    if isinstance(expected, Undefined):
        assert type(got) is type(expected) and got._undefined_name == name, name
    else:
        assert got == expected, name


def test_a_sandbox_keeps_its_own_lookup():
    sandbox = quick_templates(SandboxedEnvironment(autoescape=True))
    with pytest.raises(SecurityError):
        sandbox.from_string("{{ o.__class__.__mro__ }}").render(o=SimpleNamespace())


def test_a_mappings_keys_are_read_without_jinjas_lookup(monkeypatch):
    """Should the quick lookup be lost, the pages would be the same and only this would notice."""
    asked = []
    original = Environment.getattr

    def spied(self, obj, attribute):
        asked.append(attribute)
        return original(self, obj, attribute)

    monkeypatch.setattr(Environment, "getattr", spied)
    page = "{{ words.hello }} {{ ui.flags }} {{ person.name }}"
    context = {
        "words": MappingProxyType({"hello": "hi"}),  # as the statement's words are kept
        "ui": {"flags": "Signalen"},
        "person": SimpleNamespace(name="Tom"),
    }
    assert quick_templates(_environment()).from_string(page).render(context) == "hi Signalen Tom"
    assert asked == []
    _environment().from_string(page).render(context)
    assert asked == ["hello", "flags", "name"]


def test_templates_loaded_before_are_loaded_again():
    environment = _environment()
    environment.get_template("page.html")
    template = quick_templates(environment).get_template("page.html")
    assert isinstance(template, QuickEscape)


_SHARED = {
    "page.html": "{% set L = labels[lang] %}{{ L.hello }} {{ name }} {{ range(2) | list }} {{ site }}"
    "{% include 'part.html' %}{% for x in items %}{% include 'part.html' %}{% endfor %}",
    "part.html": "[{{ L.hello }} {{ x | default('-') }} {{ name }} {{ site }} {{ shadowed }}]",
}


def test_a_page_rendered_on_the_globals_made_once_reads_as_render_gives_it():
    """The same text as `render`, with its globals, the build's context under the page's values, and includes."""
    environment = quick_templates(Environment(loader=DictLoader(_SHARED), autoescape=True))
    environment.globals["shadowed"] = "global"
    template = environment.get_template("page.html")
    site = {"site": "<Site>", "labels": {"nl": {"hello": "Hallo"}}, "shadowed": "site", "name": "site's"}
    page = {"lang": "nl", "name": "<b>Jan</b>", "items": [1, 2]}
    shared = with_globals(template, site)
    said = rendered(template, {**shared, **page})
    assert said == template.render({**site, **page})
    assert "[Hallo 2 &lt;b&gt;Jan&lt;/b&gt; &lt;Site&gt; site]" in said


def test_rendering_a_page_leaves_the_values_made_once_as_they_were():
    environment = quick_templates(Environment(loader=DictLoader(_SHARED), autoescape=True))
    template = environment.get_template("page.html")
    shared = with_globals(template, {"site": "s", "labels": {"nl": {"hello": "Hallo"}}})
    before = dict(shared)
    page = {**shared, "lang": "nl", "name": "Jan", "items": [1]}
    rendered(template, page)
    assert shared == before
    assert page == {**before, "lang": "nl", "name": "Jan", "items": [1]}


def test_an_error_in_a_page_rendered_so_is_raised_as_render_raises_it():
    environment = Environment(loader=DictLoader({"bad.html": "{{ 1 / zero }}"}), undefined=StrictUndefined)
    template = environment.get_template("bad.html")
    with pytest.raises(ZeroDivisionError):
        rendered(template, with_globals(template, {"zero": 0}))


def test_the_demo_builds_byte_for_byte_as_with_stock_escaping_and_lookups(demo_site, tmp_path, monkeypatch):
    """Statement pages, dossiers, the overview and the e-mails: the same files either way (includes too)."""
    monkeypatch.setattr(templating, "escape_to_str", markupsafe.escape)
    monkeypatch.setattr(templating, "MAPPING_ATTRIBUTES", {})  # every name looked up as Jinja does
    monkeypatch.setattr(templating, "WholeIncludes", CodeGenerator)  # includes as Jinja yields them
    stock = build_site(tmp_path)
    assert stock.exit_code == 0
    for quick_root, stock_root in ((demo_site.output, stock.output), (demo_site.internal, stock.internal)):
        quick_files, stock_files = _files(quick_root), _files(stock_root)
        assert sorted(quick_files) == sorted(stock_files)
        differing = [name for name in quick_files if quick_files[name] != stock_files[name]]
        assert differing == []
    assert any(name.endswith(".eml") for name in _files(demo_site.internal))


def _files(root: Path) -> dict[str, bytes]:
    """Every file under root by its path, but the ledger cache (it names the code that wrote it)."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and path.name != "ledger.cache"
    }


def test_the_dutch_words_and_the_parts_kept_whole_are_marked_wherever_they_stand():
    """review s27, 12: part by part, the first time a word stood was marked, inside the creditor's name
    rather than the role after it, and a later part matched inside a span put in before."""
    from pelican.plugins.incasso.statements import spans_marked

    marked = spans_marked(
        "Administratie Jansen & Co: call Administratie on 030 123 45 67, 030 123 45 67",
        keep=("030 123 45 67",),
        dutch=("Administratie", "Jansen & Co"),
    )
    assert str(marked) == (
        '<span lang="nl">Administratie</span> <span lang="nl">Jansen &amp; Co</span>: call '
        '<span lang="nl">Administratie</span> on <span class="keep">030 123 45 67,</span> '
        '<span class="keep">030 123 45 67</span>'
    )
    assert str(spans_marked("lang", keep=("lang",), dutch=("span",))) == '<span class="keep">lang</span>'
    assert str(spans_marked("<b>", keep=("",))) == "&lt;b&gt;"


def test_the_marks_right_after_a_part_kept_whole_go_in_its_span_unless_another_span_has_them():
    """A kept part is a box on the page, and a line may break after a box even before a comma (re-read, s35)."""
    from pelican.plugins.incasso.statements import spans_marked

    assert str(spans_marked("Noem RF55 D100 2, dan.", keep=("RF55 D100 2",))) == (
        'Noem <span class="keep">RF55 D100 2,</span> dan.'
    )
    assert str(spans_marked("Bel (030 12).", keep=("030 12",))) == 'Bel (<span class="keep">030 12).</span>'
    assert str(spans_marked("RF1 RF1", keep=("RF1",))) == '<span class="keep">RF1</span> <span class="keep">RF1</span>'
    assert str(spans_marked("030 12, Administratie", keep=("030 12",), dutch=(", Administratie",))) == (
        '<span class="keep">030 12</span><span lang="nl">, Administratie</span>'
    )


DESK_LINES = [
    (("+31 30 1", "a@b.nl", "ma-vr"), 'telefoon <span class="keep"><a href="tel:1">+31 30 1</a>,</span> e-mail '),
    (("+31 30 1", "a@b.nl", None), 'telefoon <span class="keep"><a href="tel:1">+31 30 1</a>,</span> e-mail '),
    (("+31 30 1", None, "ma-vr"), '<span class="keep"><a href="tel:1">+31 30 1</a></span> (ma-vr).</p>'),
    (("+31 30 1", None, None), 'telefoon <span class="keep"><a href="tel:1">+31 30 1</a>.</span></p>'),
    ((None, "a@b.nl", None), 'Jan, e-mail <a href="mailto:a@b.nl">a@b.nl</a>.</p>'),
]


@pytest.mark.parametrize(("contact", "expected"), DESK_LINES)
def test_the_desk_line_keeps_the_mark_after_the_phone_number_in_its_box(contact, expected):
    """The front and missing pages' sentence: the phone number is a box, and a line may break after a box even
    before a comma; whichever of e-mail and hours follow, the sentence ends in one full stop."""
    from jinja2 import FileSystemLoader

    from pelican.plugins.incasso.pelicanconf import THEME

    phone, email, hours = contact
    desk = SimpleNamespace(
        name="Jan", phone=phone, email=email, role_en=None, hours_en=None,
        role_in=lambda lang: None, hours_in=lambda lang: hours,
    )  # fmt: skip
    environment = Environment(loader=FileSystemLoader(f"{THEME}/templates"), autoescape=True)
    module = environment.get_template("partials/desk.html").make_module({"INCASSO_EMAIL": lambda a: a})
    line = str(module.desk_line(desk, "nl", "Bel", lambda number: "tel:1")).strip()
    assert expected in line
    assert line.endswith((".</p>", ".</span></p>"))
    assert line.count(".</") == 1 and ",," not in line


def _compiled(monkeypatch) -> list[tuple[str, str]]:
    """Every template compiled from here on: its code generator's name and its own."""
    compiled: list[tuple[str, str]] = []
    compile_ = Environment.compile

    def counted(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append((self.code_generator_class.__name__, name))
        return compile_(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(Environment, "compile", counted)
    return compiled


def _alike(shared: SharedCompiles, templates: dict[str, str] = _SHARED, **options) -> Environment:
    return Environment(loader=DictLoader(templates), bytecode_cache=shared, **options)


def test_environments_that_compile_alike_share_each_templates_code(monkeypatch):
    compiled, shared = _compiled(monkeypatch), SharedCompiles()
    context = {"labels": {"nl": {"hello": "Hallo"}}, "lang": "nl", "name": "<Jan>", "items": [1], "site": "s"}
    first = _alike(shared, autoescape=True).get_template("page.html").render(context)
    assert sorted(compiled) == [("CodeGenerator", "page.html"), ("CodeGenerator", "part.html")]
    assert _alike(shared, autoescape=True).get_template("page.html").render(context) == first
    assert len(compiled) == 2  # the second environment compiled nothing


def test_an_environment_that_compiles_otherwise_or_another_source_compiles_its_own(monkeypatch):
    compiled, shared = _compiled(monkeypatch), SharedCompiles()
    _alike(shared).get_template("part.html")
    quick_templates(_alike(shared)).get_template("part.html")  # another code generator
    _alike(shared, trim_blocks=True).get_template("part.html")  # another syntax
    _alike(shared, extensions=["jinja2.ext.do"]).get_template("part.html")  # an extension: never shared
    _alike(shared, {"part.html": "[{{ x }}]"}).get_template("part.html")  # another source of the same name
    with_context = _alike(shared)
    with_context.filters["default"] = pass_context(lambda context, value, other="": value)  # called otherwise
    with_context.get_template("part.html")
    assert [name for _, name in compiled] == ["part.html"] * 6


def test_the_demos_base_html_is_compiled_once_for_pelicans_generators(monkeypatch, tmp_path):
    """Pelican makes an environment per generator; the statement pages' own compiles otherwise (WholeIncludes).
    Nothing of Pelican's simple theme is compiled: the listings the site makes none of stand in for it."""
    compiled = _compiled(monkeypatch)
    files: list[str] = []
    counted = Environment.compile

    def filed(self, source, name=None, filename=None, raw=False, defer_init=False):
        files.append(filename or "")
        return counted(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(Environment, "compile", filed)
    assert build_site(tmp_path).exit_code == 0
    assert compiled.count(("CodeGenerator", "base.html")) == 1
    assert compiled.count(("WholeIncludes", "base.html")) == 1
    assert len(compiled) == len(set(compiled))
    assert {name for _, name in compiled} >= set(LISTINGS)  # Pelican loads them all the same
    assert [file for file in files if f"{os.sep}simple{os.sep}" in file] == []


LISTINGS = ("tag.html", "category.html", "author.html", "period_archives.html")
THEME = Path(templating.__file__).parent / "theme" / "templates"


@pytest.mark.parametrize("listing", LISTINGS)
def test_a_listing_the_site_makes_none_of_renders_as_pelicans_simple_theme_would(listing):
    """Should a site of its own list tags, categories, authors or archives, the page is the simple theme's, as
    it was before the theme stood in for it (the simple theme's template, then the site's, by name)."""
    simple = FileSystemLoader(str(Path(pelican.__file__).parent / "themes" / "simple" / "templates"))
    ours = FileSystemLoader(str(THEME))
    before = FunctionLoader(lambda name: None if name in LISTINGS else ours.get_source(Environment(), name))
    values = {"SITENAME": "<Site>", "tag": "t", "category": "c", "author": "a", "period": ("2026",), "articles": []}
    pages = []
    for theme in (ours, before):
        loader = ChoiceLoader([theme, simple, PrefixLoader({"!simple": simple, "!theme": ours})])
        pages.append(Environment(loader=loader, autoescape=True).get_template(listing).render(values))
    assert pages[0] == pages[1]
    assert "&lt;Site&gt;" in pages[0]


def test_a_templates_parts_are_compiled_with_it_as_far_as_they_go(monkeypatch):
    """What it includes, extends and imports by name, and what those use; a missing part and a name only known
    when rendering are left to the page, as before."""
    parts = {
        "page.html": "{% extends 'layout.html' %}{% block body %}{% include 'part.html' %}"
        "{% include 'gone.html' ignore missing %}{% include name %}{% endblock %}",
        "layout.html": "{% import 'macros.html' as m %}{% block body %}{% endblock %}",
        "macros.html": "{% macro x() %}x{% endmacro %}",
        "part.html": "part",
        "unused.html": "not asked for",
    }
    environment = quick_templates(Environment(loader=DictLoader(parts)))
    compiled = _compiled(monkeypatch)
    load_parts(environment.get_template("page.html"))
    assert sorted(name for _, name in compiled) == ["layout.html", "macros.html", "page.html", "part.html"]


@dataclass(frozen=True, slots=True)
class Row:
    css: str
    amount: int = 0

    @property
    def shown(self) -> str:
        return f"<{self.amount}>"


@dataclass
class Open:
    css: str
    later: str = field(init=False)  # set by no __init__: may be missing


@dataclass
class Asking:
    css: str

    def __getattr__(self, name: str) -> str:
        return "asked"


def test_a_fields_reads_after_the_first_skip_the_environments_lookup(monkeypatch):
    """The first read of a type's field goes through the lookup, which finds it always there; the rest read it as
    Python does. A property, and a name of a type that takes attribute reads over, keep the lookup."""
    environment, asked = quick_templates(Environment(autoescape=True)), []
    lookup = environment.getattr

    def counted(obj, attribute):
        asked.append((type(obj).__name__, attribute))
        return lookup(obj, attribute)

    setattr(counted, templating.READER, True)  # a lookup that learns, as the environment's own
    environment.getattr = counted  # type: ignore[method-assign]
    page = environment.from_string("{% for r in rows %}{{ r.css }} {{ r.shown }} {{ r.amount }};{% endfor %}")
    rows = [Row("a", 1), Row("b<", 2), Asking("c")]
    assert page.render(rows=rows) == "a &lt;1&gt; 1;b&lt; &lt;2&gt; 2;c asked asked;"
    assert asked.count(("Row", "css")) == 1 and asked.count(("Row", "amount")) == 1
    assert asked.count(("Row", "shown")) == 2 and asked.count(("Asking", "css")) == 1
    assert Row in templating.direct_types("css") and Asking not in templating.direct_types("css")


def test_the_words_keys_skip_the_lookup_but_their_attributes_and_missing_keys(monkeypatch):
    """`L.word` and `t.figures.word` (the words' names, `WORDS`) of a dict or mappingproxy holding the key read it in
    place; `items` (an attribute), a key it lacks (Jinja's undefined), a dict of another type and a mapping under
    another name go to the lookup: the same text as stock Jinja's."""
    environment, asked = quick_templates(Environment(autoescape=True)), []
    lookup = environment.getattr

    def counted(obj, attribute):
        asked.append((type(obj).__name__, attribute))
        return lookup(obj, attribute)

    setattr(counted, templating.READER, True)
    environment.getattr = counted  # type: ignore[method-assign]
    page = "{{ L.word }} {{ L.items is defined }} {{ L.absent is defined }} {{ L.copy }}|{{ t.f.word }}|{{ o.word }}"
    said = []
    for words in ({"word": "<w>"}, MappingProxyType({"word": "p", "copy": "key"}), Words(word="s", absent=1)):
        values = {"L": words, "t": {"f": MappingProxyType({"word": "f"})}, "o": {"word": "o"}}
        said.append(environment.from_string(page).render(values))
        assert said[-1] == _environment().from_string(page).render(values)
    assert said[0].startswith("&lt;w&gt; True False &lt;built-in method copy of dict") and said[0].endswith("|f|o")
    assert said[1].startswith("p True False &lt;built-in method copy of mappingproxy")  # an attribute, as in Jinja
    assert ("mappingproxy", "word") not in asked
    assert asked.count(("dict", "items")) == 1 and asked.count(("mappingproxy", "absent")) == 1
    assert asked.count(("dict", "f")) == 0 and asked.count(("dict", "word")) == 3  # `o.word`, on each page
    assert [a for a in asked if a[0] == "Words"] == [("Words", n) for n in ("word", "items", "absent", "copy")]


@pytest.mark.parametrize(
    "kind, name, direct",
    [
        (Row, "css", True),
        (Row, "amount", True),
        (Row, "shown", False),  # a property may raise
        (Open, "css", True),  # in the instance's dict from its __init__
        (Open, "later", False),
        (Asking, "css", False),
        (SimpleNamespace, "css", False),  # not a dataclass: what it holds varies
    ],
)
def test_only_a_field_every_instance_holds_is_read_directly(kind, name, direct):
    assert templating._always_there(kind, name) is direct


def test_an_attribute_missing_from_a_value_read_directly_elsewhere_reads_as_jinja_reads_it():
    """`x.css` of a dict, an Open without `later`, and an undefined value: as stock Jinja gives them."""
    stock, quick = _environment(), quick_templates(_environment())
    page = "{{ a.css }}|{{ b.css }}|{{ c.later is defined }}|{{ a.css.upper() }}|{{ a.css.amount is defined }}"
    values = {"a": Row("row"), "b": {"css": "key"}, "c": Open("x")}
    quick.from_string(page).render(values)  # the first reads learn Row and Open
    assert quick.from_string(page).render(values) == stock.from_string(page).render(values)
