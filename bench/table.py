"""The benchmark's table: one column per size, one row per figure (Markdown)."""

from __future__ import annotations

OURS = "hooks/"


def _s(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


def _ms(probe) -> str:
    if probe is None:
        return "—"
    if probe.ms is None:
        return "no result in 240 s"
    cold = f" (cold {probe.cold_ms:,.0f} ms)" if probe.cold_ms is not None else ""
    return (f"{probe.ms:,.0f} ms{cold}, {probe.gzip / 1e6:,.2f} MB gz "
            f"({probe.raw / 1e6:,.2f} raw)")


def rows(size) -> list[tuple[str, str]]:
    ours, floor, served = size.ours, size.floor, size.served
    hooks = sum(v for k, v in ours.events.items() if k.startswith(OURS))
    out = [
        ("cases + answers (synthetic, plus the real 13 + 33)",
         f"{size.cases:,} + {size.answers:,}"),
        ("HTML pages built (zh + en)", f"{size.pages:,}"),
        ("full build with our hooks, wall s", _s(ours.wall)),
        ("plain MkDocs + Material on the same Markdown, wall s", _s(floor.wall)),
        ("ratio ours / plain, wall", f"{ours.wall / floor.wall:.2f}"),
        ("ratio ours / plain, CPU", f"{ours.cpu / floor.cpu:.2f}"),
        ("our hooks' own CPU s (share of our build; the Markdown extension is in MkDocs' page "
         "rendering)", f"{hooks:,.1f} ({hooks / ours.cpu:.0%})"),
        ("ours, wall ms per page", f"{ours.wall / size.pages * 1000:.1f}"),
        ("peak memory ours / plain, MB", f"{ours.peak_mb:,.0f} / {floor.peak_mb:,.0f}"),
    ]
    if served:
        out += [
            ("serve: edit one case until its page shows it, s (builds)",
             f"{served.edit_s:,.1f} ({served.edit_builds})"),
            ("serve: no-op rebuild (file touched), s (builds)",
             f"{served.noop_s:,.1f} ({served.noop_builds})"),
            ("serve: edit / no-op", f"{served.edit_s / served.noop_s:.2f}"),
        ]
    dirty = size.served_dirty
    if dirty:
        out += [
            ("serve --dirty: edit one case until its page shows it, s (builds)",
             f"{dirty.edit_s:,.1f} ({dirty.edit_builds})"),
            ("serve --dirty: no-op rebuild (file touched), s (builds)",
             f"{dirty.noop_s:,.1f} ({dirty.noop_builds})"),
            ("serve --dirty: edit / no-op", f"{dirty.edit_s / dirty.noop_s:.2f}"),
        ]
    for lang in ("zh", "en"):
        index = size.index.get(lang)
        if index:
            out += [(f"search index {lang}: raw / gzip MB",
                     f"{index.raw / 1e6:,.2f} / {index.gzip / 1e6:,.2f}"),
                    (f"search index {lang} / UTF-8 text it indexes", f"{index.ratio:.2f}")]
    out += [("site size (both languages), MB", f"{size.site_mb:,.0f}"),
            ("one case page (zh), KB", f"{size.case_page_kb:,.1f}")]
    for engine in ("material", "pagefind"):
        for lang in ("zh", "en"):
            out.append((f"first search result, {engine} {lang}",
                        _ms(size.search.get((engine, lang)))))
    out.append(("benchmark time for this size, s", _s(size.seconds)))
    return out


def render(sizes) -> str:
    columns = [dict(rows(size)) for size in sizes]
    names = [name for name, _ in rows(sizes[0])]
    head = "| | " + " | ".join(f"{size.cases:,} cases" for size in sizes) + " |"
    lines = [head, "|---" * (len(sizes) + 1) + "|"]
    for name in names:
        lines.append(f"| {name} | " + " | ".join(c.get(name, "—") for c in columns) + " |")
    return "\n".join(lines)
