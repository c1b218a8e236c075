"""Rules that span files: ids, references between files, and fidelity to the law.

Each rule reports a Problem at the line of the offending field. Run after every
file has been read, so one pass reports everything (collect, then check).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from . import anonymise, lawtext, untrusted, yamlsafe
from . import messages as msg
from .errors import Problem, field_name
from .model import Answer, Case, Content, Source, Statute, Text


@dataclass(frozen=True)
class Invalid:
    """A file that failed its schema: still checked for what can be checked."""

    kind: str
    source: Source
    data: dict


def assemble(statutes: dict[str, Statute], cases: dict[str, Case], answers: dict[str, Answer],
             tags: dict[str, Text], root: Path, invalid: list[Invalid] = (), *,
             routes: dict | None = None, letters: dict | None = None
             ) -> tuple[Content, list[Problem]]:
    problems: list[Problem] = []
    content = Content(
        routes=MappingProxyType(dict(routes or {})), letters=MappingProxyType(dict(letters or {})),
        statutes=_by_id(statutes, problems), cases=_by_id(cases, problems),
        answers=_by_id(answers, problems), tags=MappingProxyType(tags),
        broken=frozenset((i.kind, i.data.get("id")) for i in invalid
                         if isinstance(i.data.get("id"), str)),  # a list id must not crash
    )
    for statute in content.statutes.values():
        problems += _check_statute(statute, content, root)
    for case in content.cases.values():
        problems += _refs(case, "statutes", case.statutes, content)
        problems += _ids(case, "answers", case.answers, content.answers, "faq",
                         content.broken_ids("answer"))
        problems += _ids(case, "conduct", case.conduct, content.tags, "data/conduct-tags.yml")
        problems += _steps(case, content)
        problems += _reviewed(case)
    for answer in content.answers.values():
        problems += _refs(answer, "statutes", answer.statutes, content)
        problems += _ids(answer, "related", answer.related, content.answers, "faq",
                         content.broken_ids("answer"))
        problems += _ids(answer, "cases", answer.cases, content.cases, "cases",
                         content.broken_ids("case"))
        problems += _steps(answer, content)
        problems += _reviewed(answer)
    return content, problems


# Names a page of its own would collide with: the folder's index page, Material's tag and
# search pages, the site's assets.
RESERVED_IDS = frozenset({"index", "tags", "search", "assets"})


def _steps(obj, content: Content) -> list[Problem]:
    """Every step's action must lead somewhere that exists."""
    problems = []
    for i, step in enumerate(obj.steps):
        kind, target = step.kind, step.target
        known, where = {
            "letter": (content.letters, "data/tools/letters.yml"),
            "complaint": (content.routes, "data/hotlines.yml"),
            "faq": (content.answers, "faq"),
            "case": (content.cases, "cases"),
        }.get(kind, (None, ""))
        if known is None or target in known:
            continue
        broken = content.broken_ids({"faq": "answer", "case": "case"}.get(kind, ""))
        if target in broken:
            continue
        have = ", ".join(sorted(known)) or "none"
        problems.append(Problem(obj.source.path, obj.source.line(("steps", i, "action")),
                                f"steps[{i}].action",
                                msg.UNKNOWN_STEP_TARGET.format(kind=kind, target=target,
                                                               action=step.action, where=where,
                                                               known=have)))
    return problems


def _by_id(objects: dict, problems: list[Problem]) -> MappingProxyType:
    """Index by id. A file named after its id owns it; any other file using it is refused."""
    for path, obj in sorted(objects.items()):
        if obj.id in RESERVED_IDS:
            problems.append(Problem(path, obj.source.line(("id",)), "id", msg.RESERVED_ID.format(
                id=obj.id, reserved=", ".join(sorted(RESERVED_IDS)))))
    objects = {path: obj for path, obj in objects.items() if obj.id not in RESERVED_IDS}
    out = {obj.id: obj for path, obj in sorted(objects.items()) if Path(path).stem == obj.id}
    for path, obj in sorted(objects.items()):
        if out.get(obj.id) is obj:
            continue
        line = obj.source.line(("id",))
        if obj.id in out:
            problems.append(Problem(path, line, "id", msg.DUPLICATE_ID.format(
                id=obj.id, other=out[obj.id].source.path)))
            continue
        problems.append(Problem(path, line, "id", msg.ID_NOT_FILE_NAME.format(id=obj.id)))
        out[obj.id] = obj
    return MappingProxyType(out)


def _refs(obj, field: str, refs: tuple[str, ...], content: Content) -> list[Problem]:
    return [p for i, ref in enumerate(refs) if (p := _ref(obj, field, i, ref, content))]


def _ref(obj, field: str, i: int, ref: str, content: Content) -> Problem | None:
    """A problem if ``ref`` (law-id/article) names no excerpted article."""
    law_id = ref.partition("/")[0]
    if content.resolve(ref) or ("statute", law_id) in content.broken:
        return None  # fine, or its law file has problems of its own already reported
    return Problem(obj.source.path, obj.source.line((field, i)), f"{field}[{i}]",
                   unknown_ref(ref, content))


def unknown_ref(ref: str, content: Content) -> str:
    """The message for a ``law-id/article`` reference that names no excerpted article."""
    law_id = ref.partition("/")[0]
    statute = content.statutes.get(law_id)
    if statute is None:
        return msg.UNKNOWN_LAW_IN_REF.format(law=law_id, ref=ref,
                                             known=", ".join(sorted(content.statutes)))
    return msg.UNKNOWN_ARTICLE.format(ref=ref, law=law_id,
                                      have=", ".join(a.number for a in statute.articles))


def _ids(obj, field: str, ids: tuple[str, ...], known, where: str,
         broken: frozenset = frozenset()) -> list[Problem]:
    return [
        Problem(obj.source.path, obj.source.line((field, i)), f"{field}[{i}]",
                msg.UNKNOWN_ID.format(id=value, where=where))
        for i, value in enumerate(ids) if value not in known and value not in broken
    ]


def _reviewed(obj) -> list[Problem]:
    if obj.reviewed and obj.reviewed > dt.date.today():
        return [Problem(obj.source.path, obj.source.line(("reviewed",)), "reviewed",
                        msg.IN_THE_FUTURE.format(date=obj.reviewed))]
    return []


def _check_statute(statute: Statute, content: Content, root: Path) -> list[Problem]:
    src, problems = statute.source, _reviewed(statute)
    official_path = root / statute.source_file
    official = lawtext.articles(official_path) if official_path.is_file() else None
    if official is None:
        problems.append(Problem(src.path, src.line(("source", "file")), "source.file",
                                msg.OFFICIAL_TEXT_MISSING.format(file=statute.source_file)))
    seen: set[str] = set()
    for i, article in enumerate(statute.articles):
        at = ("articles", i)
        if article.number in seen:
            problems.append(Problem(src.path, src.line(at + ("number",)), f"articles[{i}].number",
                                    msg.ARTICLE_TWICE.format(number=article.number)))
        seen.add(article.number)
        if len(article.en) != len(article.zh):
            problems.append(Problem(
                src.path, src.line(at + ("text", "en")), f"articles[{i}].text.en",
                msg.LINE_COUNT.format(en=len(article.en), zh=len(article.zh))))
        if official is not None:
            problems += _verbatim(statute, i, official.get(article.number))
    if statute.successor:
        successor = content.statutes.get(statute.successor)
        if successor is None:
            problems.append(Problem(src.path, src.line(("successor",)), "successor",
                                    msg.UNKNOWN_LAW.format(law=statute.successor)))
        for old, news in statute.successor_articles.items():
            at = ("successor_articles", old)
            if statute.article(old) is None:
                problems.append(Problem(src.path, src.line(at), f"successor_articles.{old}",
                                        msg.NOT_IN_THIS_LAW.format(number=old)))
            for new in news:
                if successor is not None and successor.article(new) is None:
                    problems.append(Problem(src.path, src.line(at), f"successor_articles.{old}",
                                            msg.NOT_IN_SUCCESSOR.format(law=statute.successor,
                                                                        number=new)))
    return problems


def _verbatim(statute: Statute, i: int, official: tuple[str, ...] | None) -> list[Problem]:
    src, article = statute.source, statute.articles[i]
    at = ("articles", i, "text", "zh")
    name = f"articles[{i}].text.zh"
    if official is None:
        return [Problem(src.path, src.line(("articles", i, "number")), f"articles[{i}].number",
                        msg.NOT_IN_OFFICIAL_TEXT.format(file=statute.source_file,
                                                        label=article.label_zh))]
    if len(official) != len(article.zh):
        return [Problem(src.path, src.line(at), name,
                        msg.OFFICIAL_LINE_COUNT.format(label=article.label_zh,
                                                       official=len(official),
                                                       file=statute.source_file,
                                                       excerpt=len(article.zh)))]
    for j, (want, got) in enumerate(zip(official, article.zh)):
        if want != got:
            col = next((k for k, (a, b) in enumerate(zip(want, got)) if a != b),
                       min(len(want), len(got)))
            return [Problem(src.path, src.line(at + (j,)), f"{name}[{j}]",
                            msg.NOT_VERBATIM.format(file=statute.source_file, column=col + 1,
                                                    official=want[max(0, col - 8):col + 12]))]
    return []


def check_invalid(invalid: list[Invalid], content: Content, known: list[Problem]) -> list[Problem]:
    """Id and statute checks for files that failed the schema, so one pass reports all.

    Fields that already have a problem are skipped: one message per mistake.
    """
    flagged = {(p.path, p.field) for p in known}
    owners = {"statute": content.statutes, "case": content.cases, "answer": content.answers}
    problems = []
    for item in invalid:
        src, data = item.source, item.data
        owner = owners[item.kind].get(data.get("id")) if isinstance(data.get("id"), str) else None
        if owner is not None and owner.source.path != src.path and (src.path, "id") not in flagged:
            problems.append(Problem(src.path, src.line(("id",)), "id", msg.DUPLICATE_ID.format(
                id=data["id"], other=owner.source.path)))
        refs = data.get("statutes")
        if item.kind != "statute" and isinstance(refs, list):
            problems += [p for i, ref in enumerate(refs)
                         if isinstance(ref, str) and (src.path, f"statutes[{i}]") not in flagged
                         and (p := _ref(item, "statutes", i, ref, content))]
    return problems


TODO = "TODO"  # how `lawguide scaffold` marks text still to be written
MAX_PER_FIELD = 3  # more problems than this in one field are counted, not listed


def contributed_text(data: object, path: str, line, inspector: untrusted.Inspector,
                     skip: frozenset[str] = frozenset(),
                     plain: Callable[[tuple], bool] = lambda at: False) -> list[Problem]:
    """Per-file rules for every string a contributor wrote (run even if the schema failed).

    Each string is rendered with the site's Markdown and must come out unchanged by the
    sanitiser (``untrusted``); the text a reader would see of it must hold no personal
    data (``anonymise``); no scaffold placeholder may be left unwritten. Fields named in
    ``skip`` were refused by the schema already (too long, wrong type): one message per
    mistake, and no text check runs on a value of unbounded size. Fields for which
    ``plain(at)`` holds are printed as escaped text, never as Markdown (the letters'
    bodies): only their characters and personal data are checked.
    ``line(at)`` gives the line of the value at ``at``.
    """
    problems: list[Problem] = []
    for at, text in yamlsafe.strings(data, ()):
        name = field_name(at)
        if any(name == s or name.startswith((s + ".", s + "[")) for s in skip):
            continue
        seen = untrusted.inspect_plain(text) if plain(at) else inspector.inspect(text)
        messages = list(seen.messages)
        messages += [anonymise.explain(seen.visible, f) for f in anonymise.find(seen.visible)]
        if text.lstrip().startswith(TODO):
            messages.append(msg.TODO_LEFT.format())
        messages = list(dict.fromkeys(messages))  # the same mistake twice: say it once
        if len(messages) > MAX_PER_FIELD:
            extra = len(messages) - MAX_PER_FIELD
            messages = messages[:MAX_PER_FIELD] + [msg.MORE_IN_FIELD.format(count=extra)]
        problems += [Problem(path, line(at), name, m) for m in messages]
    return problems
