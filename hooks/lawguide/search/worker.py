"""Material 9.8.1's search worker, with its Chinese query segmentation fixed.

The worker cuts a Chinese query into the words of the index, longest first, but
its loop stops one character short (``for (j = i + 1; j < query.length; j++)``)
and it never resumes at the last character (``q < query.length - 1``): the last
word of a query is lost, so 暴力催收 searches only 暴力 and 第一千零三十二条 only
第一千 and 零三. The fix is two bounds in the minified file of this one release.

The patch is tied to the exact release: the version of mkdocs-material and the
SHA-256 of the worker must match, or the build stops and says what to do. A
patch applied blindly to another release could do nothing or break search.
The patched worker is written next to the original under its own name (so no
cache holds the old one under the new name), and the page template points to it
through the ``search_worker`` filter.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path

RELEASE = "9.8.1"
WORKERS = "assets/javascripts/workers"
FILE = "search.a7633da7.min.js"
SHA256 = "da1b3df5e5f00cc73083c9e21ff0ec28bde85cd247057bdd05b7a167e5903bd4"
# (what the release has, what it should have): each must occur exactly once.
REPLACEMENTS = (
    # the longest index word starting at s may end at the end of the query
    ("for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s)",
     "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e&&(n[s]=o-s)"),
    # resume at the next word even when it is the query's last character
    ("n[a]&&a<t.length-1&&(i[s++]=a)", "n[a]&&a<t.length&&(i[s++]=a)"),
)
HOW_TO_FIX = (
    "Pin mkdocs-material=={release} in requirements.txt and reinstall, or, to move to "
    "another release, check whether its worker still drops the last word of a Chinese "
    "query (the `segment` function of src/.../search/query/segment) and update RELEASE, "
    "FILE, SHA256 and REPLACEMENTS in hooks/lawguide/search/worker.py."
)


class WorkerPatchError(Exception):
    """The installed Material is not the release the patch was written for."""


@dataclass(frozen=True)
class PatchedWorker:
    name: str  # file name under assets/javascripts/workers/
    data: bytes

    def write(self, site_dir: Path) -> Path:
        target = site_dir / WORKERS / self.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.data)
        return target


def material_root() -> Path:
    return Path(str(resources.files("material")))


@cache
def patched() -> PatchedWorker:
    """The fixed worker; WorkerPatchError if the installed release is not the pinned one."""
    installed = metadata.version("mkdocs-material")
    if installed != RELEASE:
        raise WorkerPatchError(
            f"search worker patch: mkdocs-material {installed} is installed, but the patch "
            f"is for {RELEASE} only. " + HOW_TO_FIX.format(release=RELEASE))
    path = material_root() / "templates" / WORKERS / FILE
    if not path.is_file():
        raise WorkerPatchError(f"search worker patch: {path} is missing. "
                               + HOW_TO_FIX.format(release=RELEASE))
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise WorkerPatchError(
            f"search worker patch: {path} has SHA-256 {digest}, expected {SHA256} "
            f"(mkdocs-material {RELEASE} as released). " + HOW_TO_FIX.format(release=RELEASE))
    text = data.decode("utf-8")
    for old, new in REPLACEMENTS:  # the checksum guarantees each occurs exactly once
        text = text.replace(old, new, 1)
    fixed = text.encode("utf-8")
    stem = FILE.removesuffix(".min.js")
    name = f"{stem}.lawguide-{hashlib.sha256(fixed).hexdigest()[:8]}.min.js"
    return PatchedWorker(name, fixed)


def use_patched(config_html: str) -> str:
    """Jinja filter for Material's ``config`` block: point the page to the patched worker."""
    original = f"{WORKERS}/{FILE}"
    count = config_html.count(original)
    if count != 1:
        raise WorkerPatchError(f"search worker patch: the page configuration names {original} "
                               f"{count} times, expected once (Material {RELEASE}'s base.html)")
    return config_html.replace(original, f"{WORKERS}/{patched().name}")
