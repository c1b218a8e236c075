"""The YAML reader refuses hostile or sloppy files with one clear message each."""

import pytest

from lawguide.yamlsafe import MAX_FILE_BYTES, read_bytes

BAD = [
    (b"\xef\xbb\xbfid: x\n", "f.yml:1: file starts with a byte-order mark (BOM); save it as UTF-8 without BOM"),
    (b"id: x\r\n", "f.yml:1: Windows (CRLF) or CR line ending; save the file with LF (Unix) line endings"),
    (b"id: x\nlist:\n\t- 1\n", "f.yml:3: tab character; indent with spaces and write tabs in text as spaces"),
    (b"id: x\ntitle: \xff\n", "f.yml:2: file is not valid UTF-8 (byte 0xff); save it as UTF-8"),
    (b"a: &x [1]\nb: *x\n", "f.yml:1: YAML anchors and aliases (& and *) are not allowed; write the value out in full"),
    (b"id: x\nid: y\n", "f.yml:2: field 'id': duplicate key; keep only one"),
    (b"title: {zh: a, en: a: b}\n",
     "f.yml:1: not valid YAML: expected ',' or '}', but got ':' (check indentation and colons on "
     "this line; text that contains : , ? # { } [ ] must be in quotes)"),
]


@pytest.mark.parametrize(("raw", "message"), BAD)
def test_bad_input_gives_one_clear_problem(raw, message):
    _, problems = read_bytes(raw, "f.yml")
    assert [str(p) for p in problems] == [message]


def test_oversized_file():
    _, problems = read_bytes(b"a: 1\n" * (MAX_FILE_BYTES // 4), "f.yml")
    assert str(problems[0]).startswith("f.yml: file is ")
    assert "more than the 262,144 allowed" in str(problems[0])


def test_lines_are_kept_for_keys_and_items():
    loaded, problems = read_bytes(b"id: x\nstatutes:\n  - a/1\n  - b/2\ntitle:\n  zh: t\n", "f.yml")
    assert problems == []
    assert loaded.line(("statutes", 1)) == 4
    assert loaded.line(("title",)) == 5
    assert loaded.line(("title", "zh")) == 6
    assert loaded.line(("title", "en")) == 5  # missing: reported at its parent


def test_dates_stay_as_written():
    loaded, _ = read_bytes(b"reviewed: 2026-11-28\n", "f.yml")
    assert loaded.data == {"reviewed": "2026-11-28"}
