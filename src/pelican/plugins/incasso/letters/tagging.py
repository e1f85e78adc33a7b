"""A letter's structure tree (tagged PDF, ISO 32000-1 section 14.8), written beside ReportLab's canvas.

A screen reader reads a PDF by its structure tree, not by where text stands on the page: without one it
guesses the reading order from the page (the QR code's caption ran into the warning beside it) and knows no
heading, table or figure. ReportLab's open-source canvas writes no tree, but it writes the page's operators
we give it and the catalog's and pages' entries we set; this module does the rest:

- every piece of text and every shape is drawn inside a marked-content sequence: `/P <</MCID 3>> BDC ...
  EMC` for the letter's content, `/Artifact BMC ... EMC` for the page's furniture (footer, page number,
  running header, shading, rules, a table's header row repeated on the next page);
- each sequence belongs to a `Node` (a paragraph, heading, table cell, the QR code's figure), and a node
  joins its parent the first time something of it is drawn: the letter is drawn in reading order, so the
  tree is in reading order, and a node nothing was drawn of is left out;
- `write` turns the nodes into StructElem objects, the parent tree (from a page's MCIDs back to their
  elements) and the catalog's /StructTreeRoot and /MarkInfo.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFObject, PDFObjectReference, PDFString
from reportlab.pdfgen.canvas import Canvas

ARTIFACT = "/Artifact BMC"
END = "EMC"


@dataclass(eq=False)
class Node:
    """A structure element: its standard role (P, H1, Table, TD, Figure, ...), its parent (None: the
    document), its text alternative (a figure's) and attributes (a header cell's scope)."""

    role: str
    parent: Node | None = None
    alt: str | None = None
    scope: str | None = None
    kids: list[Node | tuple[int, int]] = field(default_factory=list)  # nodes and (page, MCID) marks
    placed: bool = False


class Tags:
    """The letter's nodes as they are drawn, page by page."""

    def __init__(self) -> None:
        self.document = Node("Document", placed=True)
        self.current: Node | None = None  # what is drawn now belongs to; None: an artifact
        self.page = 0
        self.pages: list[PDFObjectReference] = []
        self.marks: list[list[Node]] = [[]]  # per page, the node of each MCID in turn
        self._furniture = 0

    def begin(self, node: Node | None = None) -> str:
        """The operator that opens the sequence of what is drawn next: content of `node` (or the current
        node), else an artifact."""
        node = node or self.current
        if node is None or self._furniture:
            return ARTIFACT
        self.place(node)
        mcid = len(self.marks[self.page])
        self.marks[self.page].append(node)
        node.kids.append((self.page, mcid))
        return f"/{node.role} <</MCID {mcid}>> BDC"

    def place(self, node: Node) -> None:
        """`node` as its parent's next kid, unless it is one already (its parent placed first)."""
        if node.placed:
            return
        parent = node.parent or self.document
        self.place(parent)
        parent.kids.append(node)
        node.placed = True

    @contextmanager
    def into(self, node: Node | None) -> Iterator[None]:
        """What is drawn inside belongs to `node`."""
        before, self.current = self.current, node
        try:
            yield
        finally:
            self.current = before

    @contextmanager
    def furniture(self) -> Iterator[None]:
        """What is drawn inside is an artifact, whatever node it names (a table's header row drawn again)."""
        self._furniture += 1
        try:
            yield
        finally:
            self._furniture -= 1

    def page_done(self, page: PDFObjectReference) -> None:
        self.pages.append(page)
        self.page += 1
        self.marks.append([])


def mark(canvas: Canvas, tags: Tags, node: Node) -> None:
    """Opens a marked-content sequence of `node` in the page's own operators (shapes; text has its text
    object's)."""
    canvas._code.append(tags.begin(node))


def artifact(canvas: Canvas) -> None:
    """Opens an artifact's sequence in the page's own operators: shading, a rule."""
    canvas._code.append(ARTIFACT)


def unmark(canvas: Canvas) -> None:
    canvas._code.append(END)


def write(canvas: Canvas, tags: Tags) -> None:
    """The structure tree into the canvas's document, before it is saved: elements, parent tree, catalog."""
    doc = canvas._doc
    nodes = list(_walk(tags.document))
    names = {id(node): f"StructElem{n}" for n, node in enumerate(nodes)}
    pages = [page.name for page in tags.pages]
    root = "StructTreeRoot"
    for node in nodes:
        parent = root if node is tags.document else names[id(node.parent or tags.document)]
        doc.Reference(_Element(node, parent, names, pages), names[id(node)])
    marks = [[names[id(node)] for node in page] for page in tags.marks[: len(pages)]]
    parent_tree = doc.Reference(_Raw(b"<< /Nums %s >>", [_numbers(marks)]))
    doc.Reference(
        _Raw(
            b"<< /Type /StructTreeRoot /K %s /ParentTree %s /ParentTreeNextKey %d >>",
            [names[id(tags.document)], parent_tree.name],
            len(pages),
        ),
        root,
    )
    doc._pdfVersion = max(doc._pdfVersion, (1, 4))  # a tagged PDF, /MarkInfo and /Lang: PDF 1.4 (ReportLab says 1.3)
    catalog = doc.Catalog
    catalog.StructTreeRoot = PDFObjectReference(root)
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    for number, page in enumerate(doc.Pages.pages):
        # The page's dictionary writes only the keys it lists: StructParents leads to its parent tree's entry,
        # Tabs /S orders its annotations by the structure.
        page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = number
        page.Tabs = PDFName("S")


def _walk(node: Node) -> Iterator[Node]:
    yield node
    for kid in node.kids:
        if isinstance(kid, Node):
            yield from _walk(kid)


def _numbers(marks: list[list[str]]) -> list[object]:
    """The parent tree's /Nums: each page's key, then the elements of its MCIDs in turn (names, resolved)."""
    return [item for page, names in enumerate(marks) for item in (page, names)]


class _Raw(PDFObject):
    """A dictionary written as bytes at once, its references (internal names) resolved when the document is
    formatted: ReportLab's general objects cost a millisecond each to format, and a letter has a hundred
    elements or more (each table cell is one), which doubled a letter's time."""

    def __init__(self, template: bytes, refs: list[object], *numbers: int):
        self.template, self.refs, self.numbers = template, refs, numbers

    def format(self, document) -> bytes:
        def ref(name: object) -> bytes:
            if isinstance(name, int):
                return b"%d" % name
            if isinstance(name, list):
                return b"[ " + b" ".join(ref(n) for n in name) + b" ]"
            return b"%d %d R" % document.idToObjectNumberAndVersion[name]

        return self.template % (*(ref(r) for r in self.refs), *self.numbers)


class _Element(PDFObject):
    """A StructElem: role, parent, kids (elements and MCIDs), its page, a figure's /Alt, a header cell's scope."""

    def __init__(self, node: Node, parent: str, names: dict[int, str], pages: list[str]):
        self.node, self.parent, self.names, self.pages = node, parent, names, pages

    def format(self, document) -> bytes:
        node = self.node

        def ref(name: str) -> bytes:
            return b"%d %d R" % document.idToObjectNumberAndVersion[name]

        on = {kid[0] for kid in node.kids if isinstance(kid, tuple)}
        kids = []
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(ref(self.names[id(kid)]))
            elif len(on) == 1:  # all on one page, the usual case: the element's /Pg, plain MCIDs
                kids.append(b"%d" % kid[1])
            else:
                kids.append(b"<< /Type /MCR /Pg %s /MCID %d >>" % (ref(self.pages[kid[0]]), kid[1]))
        out = b"<< /S %s /P %s /K [ %s ]" % (
            PDFName(node.role).encode(),
            ref(self.parent),
            b" ".join(kids),
        )
        if len(on) == 1:
            out += b" /Pg " + ref(self.pages[next(iter(on))])
        if node.alt is not None:
            out += b" /Alt " + PDFString(node.alt).format(document)
        if node.scope is not None:
            out += b" /A << /O /Table /Scope %s >>" % PDFName(node.scope).encode()
        return out + b" >>"
