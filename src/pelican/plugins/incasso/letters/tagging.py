"""A letter's structure tree (tagged PDF, ISO 32000-1 section 14.8), written beside ReportLab's canvas.

A screen reader reads a PDF by its structure tree, not by where text stands on the page: without one it
guesses the reading order from the page (the QR code's caption ran into the warning beside it) and knows no
heading, table or figure. ReportLab's open-source canvas writes no tree, but it writes the page's operators
we give it and the catalog's and pages' entries we set; this module does the rest:

- every piece of text and every shape is drawn inside a marked-content sequence: `/P <</MCID 3>> BDC ...
  EMC` for the letter's content, `/Artifact BMC ... EMC` for the page's furniture (footer, page number,
  running header, shading, rules, a table's header row repeated on the next page); a paragraph's lines
  share one sequence where nothing else is drawn between them (pdf.Sheet);
- each sequence belongs to a `Node` (a paragraph, heading, table cell, the QR code's figure), and a node
  joins its parent the first time something of it is drawn: the letter is drawn in reading order, so the
  tree is in reading order, and a node nothing was drawn of is left out;
- `write` turns the nodes into StructElem objects, the parent tree (from a page's MCIDs back to their
  elements) and the catalog's /StructTreeRoot and /MarkInfo, each object formatted as bytes at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFDocument, PDFName, PDFObject, PDFObjectReference, PDFString
from reportlab.pdfgen.canvas import Canvas

ARTIFACT = "/Artifact BMC"
END = "EMC"


@dataclass(eq=False)
class Node:
    """A structure element: its standard role (P, H1, Table, TD, Figure, ...), its parent (None: the
    document), its text alternative (a figure's) and attributes (a header cell's scope, a figure's box)."""

    role: str
    parent: Node | None = None
    alt: str | None = None
    scope: str | None = None
    # A figure's bounding box on its page, in points from the page's lower left (llx, lly, urx, ury): PDF/UA
    # (ISO 14289-1, 7.3) asks it of every Figure, so that a reader can show or enlarge what the text stands for.
    bbox: tuple[float, float, float, float] | None = None
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

    def owner(self) -> Node | None:
        """The node what is drawn now is content of; None: an artifact."""
        return None if self._furniture else self.current

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
    """The structure tree into the canvas's document, before it is saved: elements, parent tree, catalog.

    Every object's number is known here (the pages are registered, the tree's objects come next), so each is
    formatted at once, as bytes, in one pass, not as ReportLab's general objects resolved on save: a letter has
    a hundred elements or more (each table cell is one; BENCHMARKS.md, sessions 41 and 42)."""
    doc = canvas._doc
    nodes = list(_walk(tags.document))
    first = doc.objectcounter + 1
    numbers = {id(node): first + n for n, node in enumerate(nodes)}
    root = first + len(nodes)
    pages = [doc.idToObjectNumberAndVersion[page.name][0] for page in tags.pages]
    parents = {id(tags.document): root, **{id(node): numbers[id(node.parent or tags.document)] for node in nodes[1:]}}
    bodies = [_element(node, parents[id(node)], numbers, pages, doc) for node in nodes]
    marks = b" ".join(
        b"%d [ %s ]" % (n, b" ".join(b"%d 0 R" % numbers[id(node)] for node in page))
        for n, page in enumerate(tags.marks[: len(pages)])
    )
    bodies.append(
        b"<< /Type /StructTreeRoot /K %d 0 R /ParentTree %d 0 R /ParentTreeNextKey %d >>"
        % (first, root + 1, len(pages))
    )
    bodies.append(b"<< /Nums [ %s ] >>" % marks)
    names = [f"StructElem{n}" for n in range(len(nodes))] + [ROOT, "StructParentTree"]
    _register(doc, names, bodies)
    doc._pdfVersion = max(doc._pdfVersion, (1, 4))  # a tagged PDF, /MarkInfo and /Lang: PDF 1.4 (ReportLab says 1.3)
    catalog = doc.Catalog
    catalog.StructTreeRoot = PDFObjectReference(ROOT)
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    for number, page in enumerate(doc.Pages.pages):
        # The page's dictionary writes only the keys it lists: StructParents leads to its parent tree's entry,
        # Tabs /S orders its annotations by the structure.
        page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = number
        page.Tabs = PDFName("S")


ROOT = "StructTreeRoot"


def _walk(node: Node) -> Iterator[Node]:
    yield node
    for kid in node.kids:
        if isinstance(kid, Node):
            yield from _walk(kid)


def _element(node: Node, parent: int, numbers: dict[int, int], pages: list[int], doc: PDFDocument) -> bytes:
    """A StructElem: role, parent, kids (elements and MCIDs), its page, a figure's /Alt, a header cell's scope."""
    on = {kid[0] for kid in node.kids if isinstance(kid, tuple)}
    kids = []
    for kid in node.kids:
        if isinstance(kid, Node):
            kids.append(b"%d 0 R" % numbers[id(kid)])
        elif len(on) == 1:  # all on one page, the usual case: the element's /Pg, plain MCIDs
            kids.append(b"%d" % kid[1])
        else:
            kids.append(b"<< /Type /MCR /Pg %d 0 R /MCID %d >>" % (pages[kid[0]], kid[1]))
    out = b"<< /S /%s /P %d 0 R /K [ %s ]" % (node.role.encode(), parent, b" ".join(kids))
    if len(on) == 1:
        out += b" /Pg %d 0 R" % pages[next(iter(on))]
    if node.alt is not None:
        out += b" /Alt " + PDFString(node.alt).format(doc)
    attributes = _attributes(node)
    if attributes:  # one dictionary, or an array of them (ISO 32000-1, 14.7.5)
        out += b" /A " + (attributes[0] if len(attributes) == 1 else b"[ %s ]" % b" ".join(attributes))
    return out + b" >>"


def _attributes(node: Node) -> list[bytes]:
    """A header cell's scope (Table attributes), a figure's box (Layout attributes)."""
    found = []
    if node.scope is not None:
        found.append(b"<< /O /Table /Scope /%s >>" % node.scope.encode())
    if node.bbox is not None:
        found.append(b"<< /O /Layout /BBox [ %s ] >>" % b" ".join(b"%.2f" % n for n in node.bbox))
    return found


class _Formatted(PDFObject):
    """An object's bytes, formatted before the document is."""

    def __init__(self, body: bytes):
        self.body = body

    def format(self, document) -> bytes:
        return self.body


def _register(doc: PDFDocument, names: list[str], bodies: list[bytes]) -> None:
    """The objects in the document under the numbers that follow (as `PDFDocument.Reference` registers them,
    without its checks: the names are new)."""
    for name, body in zip(names, bodies, strict=True):
        doc.objectcounter += 1
        doc.idToObjectNumberAndVersion[name] = (doc.objectcounter, 0)
        doc.numberToId[doc.objectcounter] = name
        doc.idToObject[name] = _Formatted(body)
