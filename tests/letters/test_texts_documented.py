"""docs/letters.md ("The texts") and README's "Your texts" name every optional letter opening (OPENING_VARIANTS),
and the docs count them in words. Hand-kept, the count fell behind (sixteen for seventeen). A letter kind whose
text a site may lack, the shipped one read instead (texts.BUILT_IN: s47's `pause`), is named optional in both."""

from __future__ import annotations

import re

from incasso.letters.view import OPENING_VARIANTS
from pelican.plugins.incasso.letters.texts import BUILT_IN
from tests.support.numbers import counted, in_words
from tests.support.site import REPO


def flat(name: str) -> str:
    return " ".join((REPO / name).read_text(encoding="utf-8").split())


def test_the_letters_docs_name_and_count_every_optional_opening():
    found = re.search(
        r"([A-Z][a-z-]+) texts are optional: (.*?) A site whose texts were copied", flat("docs/letters.md")
    )
    assert found, "docs/letters.md: the paragraph on the optional texts is not where this test reads it"
    named = set(re.findall(r"`([a-z_]+)\.md`", found[2]))
    unnamed = [kind for kind in OPENING_VARIANTS if kind not in named]
    assert not unnamed, f"docs/letters.md, the optional texts: name {', '.join(f'{k}.md' for k in unnamed)}"
    assert counted(found[1]) == len(OPENING_VARIANTS), (
        f'docs/letters.md: "{found[1]} texts are optional", the code has {in_words(len(OPENING_VARIANTS))}'
    )


def test_the_readme_names_every_optional_opening():
    """Each by name, or as the `_part` one of a named one ("and the `_part` one of each of those three")."""
    found = re.search(r"`content/letters/\{nl,en\}/<kind>\.md` \((.*?)\), likewise", flat("README.md"))
    assert found, "README.md: the list of letter texts (### 4. Your texts) is not where this test reads it"
    named = set(re.findall(r"[a-z_]+", found[1]))
    parts = "`_part` one of each" in found[1]
    unnamed = [k for k in OPENING_VARIANTS if k not in named and not (parts and k.removesuffix("_part") in named)]
    assert not unnamed, f"README.md, 4. Your texts: name the letter texts {', '.join(unnamed)}"


def test_the_docs_name_every_letter_text_shipped_as_a_fallback_optional():
    letters, readme = flat("docs/letters.md"), flat("README.md")
    for kind in sorted(BUILT_IN - set(OPENING_VARIANTS)):
        said = re.search(
            rf"`{kind}\.md`, the opening of .*? is optional too: a site whose .*? uses the text shipped", letters
        )
        assert said, f"docs/letters.md, The texts: say {kind}.md is optional, and that the shipped text stands in"
        assert re.search(rf"the optional {kind} \(", readme), f"README.md, 4. Your texts: name {kind} as optional"


def test_the_docs_say_which_openings_read_the_shipped_text_not_their_kinds():
    """An opening whose kind's text would be untrue (the first letter after a settlement ended: "Misschien is het u
    ontschoten") is in BUILT_IN too: a site without it reads the shipped one. README counts all of BUILT_IN in words,
    and docs/letters.md names each such opening before saying the shipped text stands in, not its kind's."""
    readme = flat("README.md")
    found = re.search(
        r"<kind>\.md` \((.*?): a site without its own text for one of these ([a-z-]+) uses the one", readme
    )
    assert found, "README.md, 4. Your texts: the sentence on the texts shipped as a fallback is not where it was"
    named = set(re.findall(r"[a-z_]+", found[1]))
    assert not [kind for kind in BUILT_IN if kind not in named], f"README.md: name {sorted(BUILT_IN - named)}"
    assert counted(found[2]) == len(BUILT_IN), f'README.md: "one of these {found[2]}", BUILT_IN has {len(BUILT_IN)}'
    said = re.search(
        r"([^.]*?)\. A site whose `content/letters` lacks one of these (\w+) uses the text shipped with "
        r"incasso, not its kind's",
        flat("docs/letters.md"),
    )
    assert said, "docs/letters.md: say that the shipped openings stand in, not their kinds'"
    openings = BUILT_IN & set(OPENING_VARIANTS)
    before = flat("docs/letters.md")[: flat("docs/letters.md").index(said[0])]
    assert all(f"`{kind}.md`" in before[-3000:] for kind in openings), "docs/letters.md: name each such opening"
    assert counted(said[2]) == len(openings)
