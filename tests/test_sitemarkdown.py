"""Contributed text is rendered with the site's own Markdown settings, read as MkDocs reads them."""

from conftest import FIXTURES, ROOT
from lawguide import sitemarkdown


def test_settings_are_mkdocs_own_reading_of_mkdocs_yml():
    found = sitemarkdown.settings(ROOT)
    # MkDocs' built-ins first, then the site's list, each once.
    assert found.extensions[:3] == ("toc", "tables", "fenced_code")
    assert {"attr_list", "md_in_html", "abbr", "pymdownx.emoji"} <= set(found.extensions)
    assert found.configs["toc"] == {"permalink": True}


def test_the_fixture_project_renders_like_the_site():
    assert sitemarkdown.settings(FIXTURES / "mini") == sitemarkdown.settings(ROOT)


def test_rendering_is_the_same_for_every_text_in_a_row():
    renderer = sitemarkdown.Renderer(ROOT)
    first = renderer.html("*[HTML]: Hyper Text\n\nHTML")
    assert "<abbr" in first
    assert "<abbr" not in renderer.html("HTML")  # reset: one text's definitions never leak
