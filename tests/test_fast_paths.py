"""The fast paths taken for speed give the same answers as the slow ones they stand in for.

libyaml reads the files (PyYAML's pure-Python parser only words the errors),
fastjsonschema says valid or not (jsonschema only explains), ``mkdocs serve``
watches sources but not generated pages.
"""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest
import yaml
from mkdocs.livereload import LiveReloadServer

from conftest import ROOT, real_content
from lawguide import schema, serving, yamlsafe

CONTENT = sorted([*ROOT.glob("cases/*.yml"), *ROOT.glob("faq/*.yml"), *ROOT.glob("statutes/*.yml"),
                  *ROOT.glob("data/*.yml")])
KINDS = {"cases": "case", "faq": "answer", "statutes": "statute"}
BAD = sorted(p for p in (ROOT / "tests" / "bad_inputs").rglob("*.yml") if p.parent.name in KINDS)
SCHEMAS = schema.Schemas()


def site_texts() -> list[str]:
    """Every content file and hand-written page of the site, as text."""
    return [path.read_text(encoding="utf-8")
            for path in [*CONTENT, *sorted((ROOT / "docs").rglob("*.md"))]]


def finder():
    """The citation finder's module (the package's ``find`` is its function) and the real
    site's catalogue of law names."""
    from lawguide.citations import Catalogue

    content, _ = real_content()
    return importlib.import_module("lawguide.citations.find"), Catalogue.from_content(content)


def readable(path: Path) -> bool:
    """Files the schema sees: YAML that reads without problems, a mapping at the top."""
    loaded, problems = yamlsafe.read_bytes(path.read_bytes(), path.name)
    return not problems and isinstance(loaded.data, dict)


def lines_and_data(text: str, loader) -> tuple:
    node = yaml.compose(text, Loader=loader)
    lines: dict = {}
    data = yamlsafe._convert(node, (), lines, [], "x")
    return data, lines


@pytest.mark.parametrize("path", CONTENT, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_libyaml_and_pure_python_read_the_same_data_and_lines(path):
    text = path.read_text(encoding="utf-8")
    assert yamlsafe.FAST_LOADER is yaml.CSafeLoader
    assert lines_and_data(text, yaml.CSafeLoader) == lines_and_data(text, yaml.SafeLoader)


@pytest.mark.parametrize("path", [p for p in CONTENT + BAD
                                  if p.parent.name in KINDS and readable(p)],
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_fast_schema_check_agrees_with_jsonschema(path):
    kind = KINDS[path.parent.name]
    loaded, _ = yamlsafe.read_bytes(path.read_bytes(), path.name)
    full = not any(True for _ in SCHEMAS.validator(kind).iter_errors(loaded.data))
    try:
        SCHEMAS.fast_validator(kind)(loaded.data)
        fast = True
    except schema.fastjsonschema.JsonSchemaValueException:
        fast = False
    assert fast == full


def test_fast_schema_check_refuses_what_jsonschema_refuses(tmp_path):
    loaded, _ = yamlsafe.read_bytes((ROOT / "cases" / "xiao-wang.yml").read_bytes(), "x")
    broken = {**loaded.data, "statutes": []}  # minItems sits beside a $ref in the schema
    assert list(SCHEMAS.validator("case").iter_errors(broken))
    with pytest.raises(schema.fastjsonschema.JsonSchemaValueException):
        SCHEMAS.fast_validator("case")(broken)


def test_serve_watches_hand_written_pages_but_not_generated_ones(tmp_path):
    zh, en = tmp_path / "docs" / "zh", tmp_path / "docs" / "en"
    for docs in (zh, en):
        for folder in ("guide", "cases", "laws"):
            (docs / folder).mkdir(parents=True)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0,
                              root=os.fspath(tmp_path))
    server.watch(os.fspath(zh))
    server.watch(os.fspath(zh))  # watched twice: as docs_dir and in `watch:`
    watch = [os.fspath(tmp_path / "cases"), os.fspath(en)]  # MkDocs watches these later

    serving.watch_sources_only(server, watch, [zh, en], ("cases", "laws"))

    assert watch == [os.fspath(tmp_path / "cases")]
    assert {path: ref.is_recursive for path, ref in server._watch_refs.items()} == {
        os.fspath(zh): False, os.fspath(zh / "guide"): True,
        os.fspath(en): False, os.fspath(en / "guide"): True}
    server.observer.stop()


def test_a_dirty_rebuild_removes_only_the_pages_of_deleted_entries(tmp_path):
    """``mkdocs serve --dirty`` never cleans the site: the hooks remove, from the generated
    folders only, each page that is not among the build's files."""
    from mkdocs.structure.files import File, Files

    docs, site = tmp_path / "docs", tmp_path / "site"
    kept = ["index.md", "cases/index.md", "cases/a.md", "laws/x.md"]
    files = Files([File(src, os.fspath(docs), os.fspath(site), True) for src in kept])
    for page in ("index.html", "cases/index.html", "cases/a/index.html", "cases/gone/index.html",
                 "laws/x/index.html", "guide/old/index.html", "cases/a/note.txt"):
        (site / page).parent.mkdir(parents=True, exist_ok=True)
        (site / page).write_text("x", encoding="utf-8")

    removed = serving.remove_stale_pages(site, files, ("cases", "laws"))

    assert removed == [site / "cases" / "gone" / "index.html"]
    assert not (site / "cases" / "gone").exists()  # its folder too, now empty
    for page in ("index.html", "cases/index.html", "cases/a/index.html", "laws/x/index.html",
                 "guide/old/index.html", "cases/a/note.txt"):  # hand-written: MkDocs' own
        assert (site / page).is_file(), page


# Pieces of citations and of the words around them, for texts the hints must not misjudge.
PIECES = ["Article ", "Articles ", "art", "Art. ", "Art.", "Arts. ", "part", "1032", "12", "5", "-1",
          " and ",
          " of the ", "Civil Code", "Criminal Law", "this Law", "paragraph 2", " ", ", ", "(2)",
          "民法典", "《中华人民共和国刑法》", "本法", "第", "一千零三十二", "条", "之一", "款", "，",
          "2012年", "（2012年修正）", "the ", "2012 ", "Paragraph 2 of ", "item (3) of ",
          "subparagraph 1 of ", "PRC Civil Code", "治安管理处罚法", "Public Security"]


def test_citation_hints_skip_only_texts_without_citations(monkeypatch):
    """``find`` skips a language's patterns for texts without its hint, and the patterns
    skip positions without a character a citation can begin with (``regexes.STARTS_*``):
    without the hints and with any character a possible beginning, it finds the same citations in
    every text of the site and in texts made of pieces."""
    from hypothesis import example, given
    from hypothesis import strategies as st

    from lawguide.citations import regexes

    found_in, catalogue = finder()
    texts = site_texts()
    hinted = [found_in.find(text, catalogue, with_self=True) for text in texts]

    def unhinted(text: str) -> list:
        with monkeypatch.context() as patched:
            patched.setattr(found_in, "_ZH_HINT", re.compile(""))
            patched.setattr(found_in, "_may_cite_en", lambda _: True)
            for starts in ("STARTS_ZH", "STARTS_EN_OF", "STARTS_EN_NAME"):
                patched.setattr(regexes, starts, r"\s\S")
            return found_in.find(text, catalogue, with_self=True)

    assert [unhinted(text) for text in texts] == hinted
    assert any(hinted)  # the site's texts do cite

    @given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
    @example("Art. 5 of the Criminal Law")
    @example("民法典1032")
    @example("the Civil Code, Article 1032")  # each kind of beginning a lookahead admits
    @example("the 2012 Public Security Administration Punishments Law, Article 42")
    @example("Paragraph 2 of Article 1032 of the Civil Code")
    @example("2012年修正的《治安管理处罚法》第四十二条")
    def same(text):
        assert found_in.find(text, catalogue, with_self=True) == unhinted(text)

    same()


MARKDOWN_PIECES = ["`", "``", "```", "~~~", "\n", "  ", "[", "]", "(", ")", "](", "][", "!",
                   "<", ">", "<a href=x>", "</a>", "<br>", "民法典第1032条", "text", "x.md", " "]


def test_citation_masks_skip_only_texts_without_their_characters():
    """``citations.clean`` runs a mask only on texts holding the characters all its matches
    hold: what it gives is what running every mask gives, on the site's texts and on texts
    made of pieces of Markdown."""
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    masks = importlib.import_module("lawguide.citations.clean")
    clean = masks.clean

    def every_mask(text: str) -> str:
        for _, pattern in masks._MASKS:
            text = pattern.sub(masks._blank, text)
        return text

    texts = site_texts()
    assert [clean(text) for text in texts] == [every_mask(text) for text in texts]

    @settings(max_examples=1500, deadline=None)
    @given(st.lists(st.sampled_from(MARKDOWN_PIECES), max_size=16).map("".join))
    @example("```\n刑法第238条\n```\n")
    @example("见[民法典第1033条](x.md)和[第1034条][r]")
    @example("`code` and <a href=x>")
    def same(text):
        assert clean(text) == every_mask(text)

    same()


# Names that begin other names, and what follows them in the longer ones.
NAME_PIECES = ["Civil Code", " of the People's Republic of China", "Civil Procedure Law",
               " Interpretation", "Civil\n", "Code", "民法典", "婚姻家庭编解释（一）", "民事诉讼法",
               "解释", "民诉法", "司法解释", "Article 5", " of the ", "第5条", "Art. 12", " ", ", "]


def test_the_name_tree_finds_what_the_flat_alternation_finds(monkeypatch):
    """``Catalogue.alternation`` (the names as a tree of shared beginnings) finds the same
    citations as every name as one alternative, longest first (``alternation.flat``), in
    every text of the site and in texts made of names that begin other names."""
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from lawguide import alternation

    found_in, catalogue = finder()
    with monkeypatch.context() as patched:
        patched.setattr(alternation, "tree", alternation.flat)
        _, flat_catalogue = finder()
        flat_names = [flat_catalogue.alternation(lang) for lang in ("zh", "en")]
    assert [catalogue.alternation(lang) for lang in ("zh", "en")] != flat_names

    def flat(text: str) -> list:
        return found_in.find(text, flat_catalogue, with_self=True)

    texts = site_texts()
    assert [flat(text) for text in texts] == \
        [found_in.find(text, catalogue, with_self=True) for text in texts]

    @settings(max_examples=1500, deadline=None)
    @given(st.lists(st.sampled_from(NAME_PIECES), max_size=10).map("".join))
    @example("Article 5 of the Civil Code of the People's Republic of China")
    @example("Civil Procedure Law Interpretation, Article 90")
    @example("《民法典婚姻家庭编解释（一）》第5条")
    def same(text):
        assert found_in.find(text, catalogue, with_self=True) == flat(text)

    same()


GLOSSARY_PIECES = ["interest", " freeze", " and parked balance", " waiver", "credit report",
                   "ing", " objection", "overdue", " Interest", "催收", "非法债务", "罪",
                   "个性化分期", "还款", "协议", "征信", "异议", " ", "x", "，"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_glossary_tree_finds_what_the_flat_alternation_finds(monkeypatch, lang):
    """The glossary's words as a tree of shared beginnings (``alternation.tree``) find the
    same terms, at the same places, as every word as one alternative, longest first."""
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from lawguide import alternation
    from lawguide.glossary import Terms

    content, _ = real_content()
    terms = Terms(content.glossary, lang)
    with monkeypatch.context() as patched:
        patched.setattr(alternation, "tree", alternation.flat)
        flat = Terms(content.glossary, lang)
    assert terms.pattern.pattern != flat.pattern.pattern

    def found(words: Terms, text: str) -> list:
        return [(m.span(), term.slug) for m, term in words.find(text)]

    texts = site_texts()
    assert [found(terms, text) for text in texts] == [found(flat, text) for text in texts]
    assert any(found(terms, text) for text in texts)

    @settings(max_examples=800, deadline=None)
    @given(st.lists(st.sampled_from(GLOSSARY_PIECES), max_size=10).map("".join))
    @example("an interest freeze and parked balance")
    @example("催收非法债务罪")
    def same(text):
        assert found(terms, text) == found(flat, text)

    same()


def test_a_tree_as_deep_as_names_can_be_compiles_and_matches_as_the_flat_one():
    """Names and glossary words are one line of at most 300 characters (the schema's
    ``line``): 300 names, each beginning the next, nest the tree 300 deep. It still
    compiles, inside the citation pattern too, and finds what the flat alternation finds."""
    from lawguide import alternation
    from lawguide.citations import regexes

    words = ["a" * size for size in range(1, 301)]
    tree, flat = alternation.tree(words), alternation.flat(words)
    assert tree.count("(?:") == 299
    text = "a" * 310 + " b " + "a" * 7
    assert [m.span() for m in re.finditer(tree, text)] == \
        [m.span() for m in re.finditer(flat, text)] == [(0, 300), (300, 310), (313, 320)]
    pattern = regexes.compiled(tree, tree, regexes.STARTS_ZH + "a", regexes.STARTS_EN_OF,
                               regexes.STARTS_EN_NAME + "a")[2]
    assert pattern.search("a" * 300 + ", Article 5").span() == (0, 311)
