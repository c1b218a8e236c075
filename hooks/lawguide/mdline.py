"""One line of text set inside the templates' Markdown: a heading, a link's text, a table cell.

A contributed field is validated by rendering it alone, as a paragraph (``untrusted``). A
template then places a one-line field where more of its characters are syntax: ``]`` ends
the link the template opened, ``\\`` escapes the bracket that would end it, a trailing
``{ … }`` is an attribute list on a heading or a table cell (``attr_list``), ``|`` ends the
cell, and a backtick can swallow the template's own ``](url)`` into code. A title
``深夜来电](https://example.com) [`` passed validation and made every list of cases link it
to another site. ``line`` writes these characters as numeric character references, which
Python-Markdown's inline patterns and ``attr_list`` leave alone and a browser shows as the
character: the field is shown as written, and it can only be text inside the template's
construct. ``web.text.heading`` reads a page title through the same function, so the
``<title>`` says what the heading shows.
"""

from __future__ import annotations

_INERT = str.maketrans({"\n": " ", "\r": " ", **{c: f"&#{ord(c)};" for c in "\\`[]{}|"}})


def line(text: object) -> str:
    """``text`` as inert characters on one line of the template's heading, link text or
    table cell (a line break would end the heading, the row or the list item)."""
    return str(text).translate(_INERT)
