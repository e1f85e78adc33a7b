"""Jinja as the build uses it: every `{{ }}` escaped by MarkupSafe's compiled code, without its
Python wrapper.

With autoescaping on, a compiled template calls `escape` on each value it prints: about 190 a
statement page. MarkupSafe 3's `escape` is a Python function around its compiled escaping that
makes a `Markup` of each result (a Python `__new__` as well): 8.7 % of the CPU of a
10,000-debtor build, for values that are joined into one plain string right after
(BENCHMARKS.md, "The QR code's mask chosen beside Zint, and values printed without MarkupSafe's
wrapper").

`QuickEscape` templates look `escape` up in their own module's globals, as every compiled
template does, and find `escape_to_str` there instead: the same escaping of the same five
characters, a value with `__html__` (a `Markup`, a `|safe` value) printed as it is, as `escape`
prints it, but no `Markup` made of a value that is only joined. Where a template keeps what it
printed (a macro, `{% set %}...{% endset %}`, a call block), Jinja itself makes it `Markup`
when autoescaping, as before. Pages come out byte for byte the same (tests/site/test_templating.py
renders them both ways). `Template.generate` and `stream` yield plain str pieces instead of
`Markup` ones; the build renders whole pages only.

A template reads a page's words from a mapping as attributes (`L.copy_label`, `t.flags`): Jinja
tries the attribute first and, the mapping having none of that name, reads the key after the
`AttributeError`, 560 ns a word, about 100 words a debtor. `quick_templates` gives the environment
a lookup that reads a dict's or mappingproxy's key at once unless its type has an attribute of
that name (then the attribute, as Jinja gives it): 100 ns, the same value. `WholeIncludes` compiles
`L.copy_label` to read a key such a mapping holds in place, without calling the lookup at all.
"""

from __future__ import annotations

import dataclasses
import inspect
import keyword
from collections.abc import Callable, Mapping, MutableMapping
from types import CodeType, MappingProxyType, MemberDescriptorType
from typing import Any

import markupsafe
from jinja2 import BytecodeCache, Environment, Template, TemplateNotFound, nodes
from jinja2.bccache import Bucket
from jinja2.compiler import CodeGenerator, Frame, optimizeconst


def _markupsafe_escaping() -> Callable[[str], str] | None:
    """MarkupSafe 3's escaping of a str, under its `escape` (compiled where its wheel has it)."""
    try:
        from markupsafe import _escape_inner
    except ImportError:  # a MarkupSafe without it
        return None
    return _escape_inner


def _quick(escaped: Callable[[str], str]) -> Callable[[Any], str]:
    def escape_to_str(value: Any) -> str:
        """A value as a template prints it: escaped as `markupsafe.escape` escapes it, as a str."""
        if type(value) is str:  # the common case first: no attribute lookup
            return escaped(value)
        if hasattr(value, "__html__"):
            return str(value.__html__())
        return escaped(str(value))

    return escape_to_str


def printer() -> Callable[[Any], str]:
    """What a `QuickEscape` template prints a value with: MarkupSafe's own `escape` where its
    escaping of a str is not to be had (only slower)."""
    escaped = _markupsafe_escaping()
    return markupsafe.escape if escaped is None else _quick(escaped)


escape_to_str = printer()


class QuickEscape(Template):
    """A template whose `{{ }}` call `escape_to_str`."""

    @classmethod
    def from_code(
        cls,
        environment: Environment,
        code: CodeType,
        globals: MutableMapping[str, Any],
        uptodate: Callable[[], bool] | None = None,
    ) -> Template:
        template = super().from_code(environment, code, globals, uptodate)
        # The render functions' globals are the namespace the compiled module ran in; it imported
        # jinja2.runtime's escape there, and the template's blocks and macros share it.
        template.root_render_func.__globals__["escape"] = escape_to_str
        return template


class WholeIncludes(CodeGenerator):
    """Jinja's code, but an `{% include %}` with its context, a `{% block %}` and the template a page
    extends hand their text on whole: joined once where it is rendered, not yielded piece by piece
    through each template above it.

    A statement page includes six partials, some 430 pieces of text a page, and a dossier page's
    some 310 pieces went up through its layout and itself: each through one generator more
    (BENCHMARKS.md, session 43). The same text; only `Template.generate` and `stream` yield each
    such part in one piece. Includes without their context, or that may be missing, are Jinja's own.
    Each module also names the templates it uses (`load_parts`).
    """

    # The lines Jinja writes to pass a block's or a parent template's pieces on (where nothing is
    # buffered and it renders synchronously: it writes no other line then), and what they become.
    WHOLE = {
        "yield from context.blocks[": "yield environment.concat(context.blocks[",
        "yield from parent_template.root_render_func(": "yield environment.concat(parent_template.root_render_func(",
    }

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        self.parts: dict[str, None] = {}  # the templates it includes, extends or imports by name (`load_parts`)
        self.direct: dict[str, str] = {}  # each attribute read directly, and its set of types' name in the module
        self.keyed: dict[str, str] = {}  # each attribute read as a key, and its mapping types' name in the module
        super().visit_Template(node, frame)
        # Bound when the module runs, before any of its functions can: they read the names as globals.
        self.writeline(f"{PARTS} = {tuple(self.parts)!r}")
        self.writeline(f"from {__name__} import direct_types as {READER}, keyed_types as {KEYED}")
        for attribute, name in self.direct.items():
            self.writeline(f"{name} = {READER}({attribute!r})")
        for attribute, name in self.keyed.items():
            self.writeline(f"{name} = {KEYED}({attribute!r})")

    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        """`x.name` read as Python reads it where x's type has it as a field (`direct_types`), of the words
        (`WORDS`) as a key of a dict or mappingproxy that holds it (`keyed_types`), else through the environment's
        lookup as before (a missing key is Jinja's undefined): one read in thirty calls it (a loop's, a module's)."""
        env, name = self.environment, node.attr
        if env.is_async or not getattr(env.getattr, READER, False) or not _plain(name) or node.ctx != "load":
            super().visit_Getattr(node, frame)
            return
        types_read = self.direct.setdefault(name, f"{READER}_{len(self.direct)}")
        self.write(f"({GOT}.{name} if type({GOT} := ")
        self.visit(node.node, frame)
        self.write(f") in {types_read} else ")
        if _of_words(node):  # more code to compile for every read: only where a mapping is to be expected
            keyed = self.keyed.setdefault(name, f"{KEYED}_{len(self.keyed)}")
            self.write(f"{GOT}[{name!r}] if type({GOT}) in {keyed} and {name!r} in {GOT} else ")
        self.write(f"environment.getattr({GOT}, {name!r}))")

    def writeline(self, x: str, node: nodes.Node | None = None, extra: int = 0) -> None:
        for pieces, whole in self.WHOLE.items():
            if x.startswith(pieces):
                x = whole + x[len(pieces) :] + ")"
        super().writeline(x, node, extra)

    def visit_Extends(self, node: nodes.Extends, frame: Frame) -> None:
        self._uses(node.template)
        super().visit_Extends(node, frame)

    def visit_Import(self, node: nodes.Import, frame: Frame) -> None:
        self._uses(node.template)
        super().visit_Import(node, frame)

    def visit_FromImport(self, node: nodes.FromImport, frame: Frame) -> None:
        self._uses(node.template)
        super().visit_FromImport(node, frame)

    def _uses(self, template: nodes.Expr) -> None:
        if isinstance(template, nodes.Const) and isinstance(template.value, str):  # else known only when rendering
            self.parts[template.value] = None

    def visit_Include(self, node: nodes.Include, frame: Frame) -> None:
        self._uses(node.template)
        if not node.with_context or node.ignore_missing or self.environment.is_async:
            super().visit_Include(node, frame)
            return
        self.writeline(f"template = environment.{_template_getter(node.template)}(", node)
        self.visit(node.template, frame)
        self.write(f", {self.name!r})")
        context = f"template.new_context(context.get_all(), True, {self.dump_local_context(frame)})"
        self.simple_write(f"environment.concat(template.root_render_func({context}))", frame)


PARTS = "incasso_parts"  # the compiled module's names of the templates it uses (WholeIncludes)
READER = "incasso_direct"  # `direct_types` in a compiled module, and the mark of a lookup that learns them
KEYED = "incasso_keyed"  # `keyed_types` in a compiled module
GOT = "incasso_got"  # the value whose attribute a compiled `x.name` reads, held for the read


# The names under which the plugin hands the templates their words, mappings (of mappings) read by key: `L.h1` on
# the statement pages (incasso.statement.labels), `t.figures.date` on the staff's (incasso.staff.language); 100,000
# reads at 1,000 debtors, where a template's other reads are mostly of a dataclass's fields. Reading a key in place
# takes more code for Python to compile at every read written (BENCHMARKS.md, session 48): only these are so.
WORDS = frozenset({"L", "t"})


def _of_words(node: nodes.Getattr) -> bool:
    """Whether `node` reads a word, or a mapping of words, of the templates' words (`WORDS`)."""
    read: nodes.Expr = node
    while isinstance(read, nodes.Getattr):
        read = read.node
    return isinstance(read, nodes.Name) and read.name in WORDS


def _plain(name: str) -> bool:
    """Whether `x.name` is Python for the attribute `name` (Jinja reads `x.name` for any name it lexes)."""
    return name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("__")


# Per attribute name, the types whose instances every compiled `x.name` reads directly: each found by the
# environment's lookup the first time it reads that name of one (`_quick_getattr`).
_DIRECT: dict[str, set[type]] = {}
_JUDGED: set[tuple[type, str]] = set()


def direct_types(attribute: str) -> set[type]:
    """The types whose `attribute` a template reads as Python does, not through the environment's lookup."""
    return _DIRECT.setdefault(attribute, set())


def keyed_types(attribute: str) -> frozenset[type]:
    """The mapping types whose instances a template reads `attribute` of as a key, not through the environment's
    lookup: those without an attribute of that name (`MAPPING_ATTRIBUTES`), where Jinja's lookup, finding no
    attribute, reads the key too. A key they lack still goes to the lookup, for Jinja's undefined."""
    return frozenset(kind for kind, attributes in MAPPING_ATTRIBUTES.items() if attribute not in attributes)


def _judge(kind: type, attribute: str) -> None:
    _JUDGED.add((kind, attribute))
    if _always_there(kind, attribute):
        direct_types(attribute).add(kind)


def _always_there(kind: type, attribute: str) -> bool:
    """Whether reading `attribute` of any instance of `kind` gives its value, never an AttributeError, so
    that Jinja's lookup (the attribute, else the item, else undefined) would give the attribute too: a field
    its dataclass's own __init__ sets, held in a slot or the instance's dict (not a property, which may
    raise), of a class that leaves attribute reads to Python."""
    if not dataclasses.is_dataclass(kind) or not kind.__dataclass_params__.init:  # type: ignore[attr-defined]
        return False
    if kind.__getattribute__ is not object.__getattribute__ or hasattr(kind, "__getattr__"):
        return False
    if not any(field.name == attribute and field.init for field in dataclasses.fields(kind)):
        return False
    held = inspect.getattr_static(kind, attribute, None)  # a slot, a default value, or nothing
    return isinstance(held, MemberDescriptorType) or not hasattr(type(held), "__get__")


def load_parts(template: Template) -> None:
    """Compile now every template `template` uses (by a constant name), and the ones they use: before the pass
    forks its workers, so that each does not compile them again at its first page (BENCHMARKS.md, session 48).
    A part its theme lacks is left to the page that asks for it, as before; a template Jinja's own code
    generator compiled names none."""
    environment, loaded, waiting = template.environment, set(), [template]
    while waiting:
        for name in waiting.pop().root_render_func.__globals__.get(PARTS, ()):
            if name not in loaded:
                loaded.add(name)
                try:
                    waiting.append(environment.get_template(name))
                except TemplateNotFound:
                    continue


def _template_getter(name: nodes.Expr) -> str:
    """The environment's method an include of `name` gets its template with, as Jinja chooses it."""
    if isinstance(name, nodes.Const):
        return "get_template" if isinstance(name.value, str) else "select_template"
    return "select_template" if isinstance(name, (nodes.Tuple, nodes.List)) else "get_or_select_template"


def quick_templates(environment: Environment) -> Environment:
    """The environment, its templates `QuickEscape` ones (any it already loaded are loaded again),
    their includes handed on whole (`WholeIncludes`), and its lookups of a mapping's keys quick.

    Templates read from a `ModuleLoader` (precompiled) do not pass through `from_code` and keep
    MarkupSafe's `escape`: the same pages, only slower. The build loads templates from files.
    """
    environment.template_class = QuickEscape
    environment.code_generator_class = WholeIncludes
    if environment.cache:
        environment.cache.clear()
    # Compiled templates call `environment.getattr(obj, name)`: the instance's own comes first. An
    # environment whose class has its own lookup (a sandbox's, which refuses unsafe attributes)
    # keeps it. An overlay made after this copies the lookup, whose undefined is this one's.
    if type(environment).getattr is Environment.getattr:
        environment.getattr = _quick_getattr(environment)  # type: ignore[method-assign,assignment]
    return environment


# The names the instances of each mapping type have as attributes (its methods: `L.items` is the
# method, as in Jinja); any other name a template reads of one is a key. Instances of exactly
# these types have no attributes of their own.
MAPPING_ATTRIBUTES: dict[type, frozenset[str]] = {kind: frozenset(dir(kind)) for kind in (dict, MappingProxyType)}


def _quick_getattr(environment: Environment) -> Callable[[Any, str], Any]:
    def lookup(obj: Any, attribute: str) -> Any:
        """`Environment.getattr`'s value, without raising an AttributeError for a mapping's key.

        Otherwise Jinja's own steps (3.1): the attribute, else the item, else undefined; each
        asked once (tests/site/test_templating.py holds the two to the same values). The first
        read of a name of a type tells whether templates may read it directly (`direct_types`)."""
        kind = type(obj)
        attributes = MAPPING_ATTRIBUTES.get(kind)
        if attributes is None or attribute in attributes:
            try:
                value = getattr(obj, attribute)
            except AttributeError:
                pass
            else:
                if attributes is None and (kind, attribute) not in _JUDGED:
                    _judge(kind, attribute)
                return value
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return environment.undefined(obj=obj, name=attribute)

    setattr(lookup, READER, True)  # WholeIncludes reads directly what it finds
    return lookup


def with_globals(template: Template, values: Mapping[str, Any]) -> dict[str, Any]:
    """The template's globals with `values` over them: what `rendered` takes, made once for many pages."""
    return {**template.globals, **values}


def rendered(template: Template, values: dict[str, Any]) -> str:
    """`template.render(values)` for `values` that hold the template's globals already (`with_globals`), the same
    text: the page's context is `values` itself, not a copy of it merged into the globals again.

    Pelican's context has some 170 names (its settings among them); `render` merges them into the globals by
    keyword, several times the cost of copying the dict (BENCHMARKS.md, session 42), on every statement page. The
    dict is the page's own: rendering adds nothing to it (a template's assignments go to its own scope).
    """
    context = template.new_context(values, shared=True)
    try:
        return template.environment.concat(template.root_render_func(context))
    except Exception:
        template.environment.handle_exception()  # raises it, pointing at the template's line


class SharedCompiles(BytecodeCache):
    """The code each template compiled to, kept for the build's other environments that compile it alike.

    Pelican makes a Jinja environment per generator, each compiling its own templates: base.html was
    compiled once for the ArticlesGenerator (index.html, 404.html, the statements' folder page) and again
    for the PagesGenerator (the creditor's pages), 5 ms of a build (BENCHMARKS.md, session 48). Kept in
    memory only, in the run's settings (`pelican -r` runs again with them: an edited template has another
    checksum, so it is compiled again). Code is handed only to an environment that compiles as the one
    that made it (`compiling`), for the same name, file and source (Jinja's checksum of the source).
    """

    def __init__(self) -> None:
        self.kept: dict[tuple[object, str], tuple[str, CodeType]] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        how = compiling(bucket.environment)
        kept = None if how is None else self.kept.get((how, bucket.key))
        if kept is not None and kept[0] == bucket.checksum:
            bucket.code = kept[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        how = compiling(bucket.environment)
        if how is not None and bucket.code is not None:
            self.kept[(how, bucket.key)] = (bucket.checksum, bucket.code)


def compiling(environment: Environment) -> tuple[object, ...] | None:
    """What the code an environment compiles a template to depends on besides the template: its syntax,
    its code generator, and how it calls each filter and test (Jinja 3.1's compiler reads these, the
    filters' own functions only at run time). None for an environment with extensions, which may read
    anything of it while compiling: it keeps its compiles to itself, as one whose settings cannot be a key."""
    if environment.extensions:
        return None
    env = environment
    syntax: tuple[object, ...] = (env.block_start_string, env.block_end_string, env.variable_start_string)
    syntax += (env.variable_end_string, env.comment_start_string, env.comment_end_string)
    syntax += (env.line_statement_prefix, env.line_comment_prefix)
    layout = (env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline)
    runs = (type(env), env.code_generator_class, env.optimized, env.is_async, env.autoescape, env.finalize)
    intercepted = (getattr(env, "intercepted_binops", ()), getattr(env, "intercepted_unops", ()))
    sandbox = (env.sandboxed, *map(frozenset, intercepted))
    how = syntax + layout + runs + sandbox + (_called(env.filters), _called(env.tests))
    try:
        hash(how)
    except TypeError:  # a finalize or autoescape that cannot be a key: nothing shared
        return None
    return how


def _called(functions: Mapping[str, Any]) -> frozenset[tuple[str, object, bool]]:
    """Each name, with what the compiled code hands its function (`pass_context` and the like)."""
    return frozenset(
        (name, getattr(function, "jinja_pass_arg", None), bool(getattr(function, "jinja_async_variant", False)))
        for name, function in functions.items()
    )
