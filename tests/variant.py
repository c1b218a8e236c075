"""The variant site: one copy of the real project with what several tests add to it, built
once with --strict (``conftest.variant_site``), since each build of the whole site is the
costliest step of the suite.

What is added, each on pages of its own:

- a contributor's new case, made with ``lawguide scaffold``, filled in and validated
  (test_contrib_e2e.py checks each step's outcome, then the pages);
- text that passes validation but would be script if any part of a page treated text as HTML,
  in a case, an answer and a glossary definition (browser/test_hostile_content.py);
- titles, a summary and a question that would end the link, heading or attribute list a
  template sets them in (test_contrib_e2e.py);
- stray files in a generated folder, which the compile step clears (test_contrib_files.py);
- a hand-written page in each language dense with statute citations (test_citations_site.py).

The additions share the pages that list everything (the case index, "cited by", the glossary):
tests of one addition check those with ``in``, never against a full list.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# -- a contributor's case (test_contrib_e2e.py) -----------------------------------------

CASE_ID = "night-calls-shenzhen"
TITLE_ZH, TITLE_EN = "深夜催收电话", "Collection calls at night"

# Each TODO text exactly as `lawguide scaffold` writes it -> what the contributor writes instead.
FILL = {
    "  zh: TODO：一句话说明谁遇到了什么，结果如何。":
        "  zh: 小周逾期后，催收员连续多晚深夜来电；他投诉后，来电停止。",
    '  en: "TODO: one sentence: who met what, and how it ended."':
        "  en: After Xiao Zhou fell behind, a collector called him late at night for a week; "
        "after his complaint the calls stopped.",
    "    TODO：用两三段话写清发生了什么：谁借了什么钱、逾期多久、催收方做了什么、\n"
    "    当事人怎么应对。人物用化名（小王、李女士），不写真实地名、单位和号码。":
        "    小周的消费贷款逾期两个月。一周里，催收员每天晚上十一点以后打来电话，一晚多达六次。\n\n"
        "    小周保存了通话记录，并向贷款机构投诉。",
    "    TODO: in two or three paragraphs, tell what happened: the loan, how long it was\n"
    "    overdue, what the collector did, and how the person responded. Use made-up names.":
        "    Xiao Zhou's consumer loan was two months overdue. For a week a collector called him\n"
        "    every night after 11 pm, up to six times a night.\n\n"
        "    Xiao Zhou kept the call log and complained to the lender.",
    "    TODO：这些行为违反了哪些规定，为什么。":
        "    反复深夜来电侵扰私人生活安宁，《民法典》第一千零三十三条禁止以电话等方式侵扰他人的私人生活安宁。",
    "    TODO: which rules the conduct broke, and why.":
        "    Repeated calls late at night disturb the peace of private life, which Article 1033 of\n"
        "    the Civil Code forbids.",
    "    TODO：结果如何；可以向谁投诉、保存哪些证据、能否起诉。":
        "    投诉后来电停止。保存通话记录，必要时可以起诉。",
    "    TODO: the outcome; where to complain, what evidence to keep, whether to sue.":
        "    After the complaint the calls stopped. Keep the call log; you can sue if needed.",
    "    zh: TODO：给债务人的一两句提示。": "    zh: 保存每一次来电的记录。",
    '    en: "TODO: one or two sentences for the borrower."': "    en: Keep a record of every call.",
    "    zh: TODO：给催收方的一两句提示。": "    zh: 只在白天合理的时间联系。",
    '    en: "TODO: one or two sentences for the collector."':
        "    en: Call only at reasonable hours in the daytime.",
    "anonymised: false": "anonymised: true",
}




def lawguide(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lawguide.cli", *args], cwd=project,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@dataclass
class Contributed:
    """What each step of the contributor's path answered, for test_contrib_e2e.py to check."""

    scaffold: subprocess.CompletedProcess
    before: subprocess.CompletedProcess  # validate, with the TODO texts still in
    missing: list[str] = field(default_factory=list)  # TODO texts the scaffold no longer writes
    answers_todo: bool = False  # a TODO left in the optional answers section
    after: subprocess.CompletedProcess | None = None  # validate, filled in


def add_contributed_case(project: Path) -> Contributed:
    made = lawguide(project, "scaffold", "--id", CASE_ID, "--title-zh", TITLE_ZH,
                    "--title-en", TITLE_EN, "--audience", "debtor", "--conduct",
                    "late-night-calls", "--statutes", "civil-code/1033")
    before = lawguide(project, "validate", f"cases/{CASE_ID}.yml")
    done = Contributed(made, before)
    path = project / "cases" / f"{CASE_ID}.yml"
    if not path.is_file():
        return done
    text = path.read_text(encoding="utf-8")
    for placeholder, written in FILL.items():
        if placeholder not in text:
            done.missing.append(placeholder)
        text = text.replace(placeholder, written)
    parts = text.split("# answers:")
    done.answers_todo = len(parts) < 2 or "TODO" in parts[1]
    if done.missing or done.answers_todo:  # left for the test to report; the build goes on
        path.unlink()
        return done
    path.write_text(text, encoding="utf-8")
    done.after = lawguide(project, "validate", f"cases/{CASE_ID}.yml")
    return done


# -- hostile text that passes validation (browser/test_hostile_content.py) ---------------

PAYLOAD = "&lt;img src=x onerror=&quot;window.__pwned=1;alert(1)&quot;&gt;"
HOSTILE_PAGES = ("cases/night-calls-hostile/", "faq/hostile-short/", "en/cases/night-calls-hostile/",
                 "glossary/", "")
HOSTILE_TAG = "property-damage"  # its English label carries the payload too


def add_hostile_text(project: Path) -> None:
    case = (project / "cases" / "xiao-wang.yml").read_text(encoding="utf-8")
    case = case.replace("id: xiao-wang", "id: night-calls-hostile")
    case = case.replace("facts:\n  zh: |\n", f"facts:\n  zh: |\n    {PAYLOAD}《民法典》第一千零三十二条。\n\n", 1)
    (project / "cases" / "night-calls-hostile.yml").write_text(case, encoding="utf-8")
    answer = (project / "faq" / "collectors-call-family.yml").read_text(encoding="utf-8")
    answer = answer.replace("id: collectors-call-family", "id: hostile-short")
    answer = answer.replace("short:\n  zh: ", f"short:\n  zh: 注意{PAYLOAD}", 1)
    (project / "faq" / "hostile-short.yml").write_text(answer, encoding="utf-8")
    glossary = project / "data" / "glossary.yml"
    text = glossary.read_text(encoding="utf-8")
    marker = "    definition:\n      zh: "
    assert marker in text
    glossary.write_text(text.replace(marker, marker + "注意" + PAYLOAD, 1), encoding="utf-8")
    # A conduct tag's label: the heading, title and description of its list page.
    tags = project / "data" / "conduct-tags.yml"
    label = 'en: "Damage to property"'
    text = tags.read_text(encoding="utf-8")
    assert label in text
    tags.write_text(text.replace(label, f'en: "Damage to property {PAYLOAD}"'), encoding="utf-8")


# -- one-line fields that would end the template's Markdown (test_contrib_e2e.py) ---------

# Each passes validation, where a field is rendered alone; a template sets it in a link's
# text, a heading or a table cell, and there it must stay text (``mdline``).
BREAKOUT_CASE, BREAKOUT_ANSWER = "title-breakout", "question-breakout"
BREAKOUT = {
    # ends the link a list opens, and opens one of its own to another site
    ("title", "zh"): "深夜来电](https://evil.example/title) [另见",
    # escapes the bracket that ends the list's link, ...
    ("title", "en"): "Calls at night\\",
    # ... so that the link would end in the summary, which follows it in the list
    ("summary", "en"): "A summary](https://evil.example/summary) [more",
    # an attribute list where a heading ends
    ("question", "zh"): "能深夜打电话吗？ { #lg-hijack onclick=alert(1) }",
}


def add_breakout_text(project: Path) -> None:
    for source, kind, new_id in (("cases/xiao-wang.yml", "case", BREAKOUT_CASE),
                                 ("faq/collectors-call-family.yml", "answer", BREAKOUT_ANSWER)):
        text = (project / source).read_text(encoding="utf-8")
        text = re.sub(r"(?m)^id: .*$", f"id: {new_id}", text, count=1)
        for (name, lang), value in BREAKOUT.items():
            if (name == "question") == (kind == "answer"):
                quoted = json.dumps(value, ensure_ascii=False)  # a YAML double-quoted scalar
                text, found = re.subn(rf"(?m)^({name}:\n(?:  .*\n)*?  {lang}: ).*$",
                                      lambda m, quoted=quoted: m.group(1) + quoted, text, count=1)
                assert found, (source, name, lang)
        folder = "cases" if kind == "case" else "faq"
        (project / folder / f"{new_id}.yml").write_text(text, encoding="utf-8")


# -- a citation-heavy hand-written page (test_citations_site.py) --------------------------

# Written without looking at the citation engine; the page is cite-test.md in each language.
CITE_ZH = """---
reviewed: 2026-11-28
description: 引用测试页。
---
# 引用测试

催收员深夜打电话，可能侵扰私人生活安宁（《民法典》第一千零三十三条第（一）项），也可能违反
《治安管理处罚法》第五十条第一款第（五）项；如果把欠款的事告诉你的同事，还涉及民法典第1032条和第1024条。
催收高利放贷产生的非法债务并恐吓他人的，可能构成刑法第二百九十三条之一规定的犯罪。
借款合同的规则见《民法典》第六百七十四条至第六百七十六条；2012年《治安管理处罚法》第四十二条已被取代。
代码里的 `民法典第1035条` 不应链接，第3期账单也不是法条。
"""

CITE_EN = """---
reviewed: 2026-11-28
description: A page to test citations.
---
# Citation test

A collector who calls at midnight may disturb the peace of your private life (Article 1033 of
the Civil Code) and may be fined under Article 50(1)(5) of the Public Security Administration
Punishments Law. Telling your colleagues about the debt can also infringe Civil Code Articles
1032 and 1024. Intimidation to collect an illegal usurious debt can be a crime under Criminal
Law Article 293-1. The loan rules are in Arts. 674-676 of the Civil Code, and PIPL Art. 13 sets
the lawful bases for handling data. Code such as `Article 1035 of the Civil Code` stays plain.
"""


def add_citation_page(project: Path) -> None:
    for lang, text in (("zh", CITE_ZH), ("en", CITE_EN)):
        (project / "docs" / lang / "cite-test.md").write_text(text, encoding="utf-8")


# -- stray files in a generated folder (test_contrib_files.py) ---------------------------

STRAY = Path("docs") / "en" / "cases"


def outside(project: Path) -> Path:
    """A folder beside the project, where a link in a generated folder points."""
    return project.parent / "outside-the-project"


def add_stray_files(project: Path) -> None:
    stray = project / STRAY
    stray.mkdir(parents=True, exist_ok=True)
    (stray / "x.html").write_text("<script>1</script>", encoding="utf-8")
    (stray / "sub").mkdir()
    (stray / "link.md").symlink_to("/etc/hostname")
    # where the case index's lists go: a link to a folder outside, which must not be written
    outside(project).mkdir(parents=True, exist_ok=True)
    (stray / "by").symlink_to(outside(project), target_is_directory=True)


@dataclass
class Variant:
    project: Path
    contributed: Contributed

    @property
    def site(self) -> Path:
        return self.project / "site"


def prepare(project: Path) -> Variant:
    """Add everything to a copy of the project (conftest builds it)."""
    contributed = add_contributed_case(project)
    add_hostile_text(project)
    add_breakout_text(project)
    add_stray_files(project)
    add_citation_page(project)
    return Variant(project, contributed)
