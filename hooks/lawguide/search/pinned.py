"""A patch of one of Material's shipped scripts, pinned to the release it was written for.

Both patches (``worker``: the Chinese query fix; ``bundle``: the index fetched when
search opens) are text replacements in a minified file of mkdocs-material 9.8.1. Applied
blindly to another release they could do nothing or break search, so each is tied to the
release and to the file's SHA-256: anything else stops the build and says what to do. The
patched file is written next to the original under its own name (no cache holds the old
file under the new name), and the pages are pointed to it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

RELEASE = "9.8.1"


class WorkerPatchError(Exception):
    """The installed Material is not the release a patch was written for."""


@dataclass(frozen=True)
class Pin:
    what: str  # "search worker patch", in messages
    folder: str  # under the theme's templates and the site: assets/javascripts/workers
    file: str
    sha256: str
    replacements: tuple[tuple[str, str], ...]  # (as released, as it should be): once each
    how_to_fix: str  # with {release}


@dataclass(frozen=True)
class Patched:
    folder: str
    name: str  # the patched file's own name
    data: bytes

    def write(self, site_dir: Path) -> Path:
        target = site_dir / self.folder / self.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.data)
        return target


def material_root() -> Path:
    return Path(str(resources.files("material")))


def apply(pin: Pin, root: Path) -> Patched:
    """The patched file; WorkerPatchError if the installed release is not the pinned one."""
    fix = pin.how_to_fix.format(release=RELEASE)
    installed = metadata.version("mkdocs-material")
    if installed != RELEASE:
        raise WorkerPatchError(f"{pin.what}: mkdocs-material {installed} is installed, but the "
                               f"patch is for {RELEASE} only. {fix}")
    path = root / "templates" / pin.folder / pin.file
    if not path.is_file():
        raise WorkerPatchError(f"{pin.what}: {path} is missing. {fix}")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != pin.sha256:
        raise WorkerPatchError(f"{pin.what}: {path} has SHA-256 {digest}, expected "
                               f"{pin.sha256} (mkdocs-material {RELEASE} as released). {fix}")
    text = data.decode("utf-8")
    for old, new in pin.replacements:  # the checksum guarantees each occurs exactly once
        text = text.replace(old, new, 1)
    fixed = text.encode("utf-8")
    stem = pin.file.removesuffix(".min.js")
    return Patched(pin.folder, f"{stem}.lawguide-{hashlib.sha256(fixed).hexdigest()[:8]}.min.js",
                   fixed)


def point(pin: Pin, patched: Patched, html: str, where: str) -> str:
    """``html`` with its one reference to the released file pointed to the patched one."""
    original = f"{pin.folder}/{pin.file}"
    count = html.count(original)
    if count != 1:
        raise WorkerPatchError(f"{pin.what}: {where} names {original} {count} times, expected "
                               f"once (Material {RELEASE}'s base.html)")
    return html.replace(original, f"{pin.folder}/{patched.name}")
