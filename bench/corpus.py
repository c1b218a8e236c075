"""A synthetic corpus of N cases and answers that reads like the real one.

Why recombine the project's own texts instead of lorem ipsum: the build cost
and the search index depend on what real entries contain (Markdown lists and
bold, Chinese and English prose of realistic length, citations in the forms
contributors write). Each synthetic entry takes whole aligned paragraphs (zh
and en) from the real cases and answers, adds a sentence with a pseudonym,
city, lender and amount (so the vocabulary grows with N, as with real
contributions), and a sentence citing a randomly drawn excerpted article of a
real statute in force, in one of the forms readers write. The ``statutes:``
list holds the drawn articles, so every citation resolves.

Deterministic: the same seed and N give the same files.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import yaml

from lawguide.numerals import article_label_zh, to_chinese
from lawguide.yamlsafe import FAST_LOADER

WORDS = Path(__file__).with_name("words.yml")
CASE_FIELDS = ("facts", "analysis", "remedies")
REVIEWED = "2025-06-01"

ZH_CITES = (
    "按照《{law}》{label}的规定（{topic}），{name}可以据此主张自己的权利。",
    "这种做法与{law}{bare}（{topic}）的规定不符。",
    "《{law}》{label}（{topic}）同样适用于本案。",
)
EN_CITES = (
    "Under Article {number} of the {law} ({topic}), {name} can rely on this.",
    "The conduct does not fit the {law}, Article {number} ({topic}).",
    "Art. {number} of the {law} ({topic}) applies here too.",
)


@dataclass(frozen=True)
class Ref:
    """One excerpted article of a law in force, with what a citation of it needs."""

    ref: str
    number: str
    law_zh: str
    law_en: str
    topic_zh: str
    topic_en: str


@dataclass(frozen=True)
class Pool:
    """What synthetic entries are made of, read from a project folder."""

    paragraphs: dict[str, list[tuple[str, str]]]  # field -> aligned (zh, en) paragraphs
    summaries: list[tuple[str, str]]
    lessons: list[tuple[tuple[str, str], tuple[str, str]]]
    questions: list[tuple[str, str]]
    shorts: list[tuple[str, str]]
    refs: list[Ref]
    tags: list[str]
    words: dict[str, list[tuple[str, str]]]

    @classmethod
    def read(cls, project: Path) -> Pool:
        cases = [_yaml(p) for p in sorted((project / "cases").glob("*.yml"))]
        answers = [_yaml(p) for p in sorted((project / "faq").glob("*.yml"))]
        paragraphs = {name: _aligned(c[name] for c in cases) for name in CASE_FIELDS}
        paragraphs["answer"] = _aligned(a["answer"] for a in answers)
        refs = []
        for path in sorted((project / "statutes").glob("*.yml")):
            law = _yaml(path)
            if law["status"] != "in-force":
                continue  # a citation by name alone means the version in force
            refs += [Ref(f"{law['id']}/{a['number']}", a["number"], law["short"]["zh"],
                         law["short"]["en"], a["topic"]["zh"], a["topic"]["en"])
                     for a in law["articles"]]
        return cls(
            paragraphs=paragraphs,
            summaries=[(c["summary"]["zh"], c["summary"]["en"]) for c in cases],
            lessons=[((c["lessons"]["debtor"]["zh"], c["lessons"]["debtor"]["en"]),
                      (c["lessons"]["collector"]["zh"], c["lessons"]["collector"]["en"]))
                     for c in cases],
            questions=[(a["question"]["zh"], a["question"]["en"]) for a in answers],
            shorts=[(a["short"]["zh"], a["short"]["en"]) for a in answers],
            refs=refs,
            tags=list(_yaml(project / "data" / "conduct-tags.yml")),
            words={k: [tuple(v) for v in vs] for k, vs in _yaml(WORDS).items()},
        )


def _yaml(path: Path):
    """The project's own YAML, read with libyaml (the pure-Python parser took 1.3 s here)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_LOADER)


def _aligned(texts) -> list[tuple[str, str]]:
    """Paragraph pairs from fields whose zh and en have the same number of paragraphs."""
    out = []
    for text in texts:
        zh, en = text["zh"].strip().split("\n\n"), text["en"].strip().split("\n\n")
        if len(zh) == len(en):
            out += zip(zh, en)
    return out


class _Literal(str):
    """A multi-line string, dumped in YAML's block style as people write it."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Literal, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", str(s), style="|"))


def _text(zh: str, en: str) -> dict:
    wrap = (lambda s: _Literal(s + "\n")) if "\n" in zh + en else str
    return {"zh": wrap(zh), "en": wrap(en)}


class Writer:
    """Draws entries from a pool with one random generator, so output is reproducible."""

    def __init__(self, pool: Pool, seed: int):
        self.pool, self.rng = pool, random.Random(seed)

    def _pick(self, key: str) -> tuple[str, str]:
        return self.rng.choice(self.pool.words[key])

    def _person(self) -> tuple[str, str, str, str]:
        zh, en = self._pick("surnames")
        city_zh, city_en = self._pick("cities")
        return f"小{zh}" if self.rng.random() < 0.5 else f"{zh}某", f"Mr {en}" if \
            self.rng.random() < 0.5 else f"Ms {en}", city_zh, city_en

    def _detail(self, who: tuple[str, str, str, str]) -> tuple[str, str]:
        job_zh, job_en = self._pick("jobs")
        lender_zh, lender_en = self._pick("lenders")
        coll_zh, coll_en = self._pick("collectors")
        amount = self.rng.randrange(2, 200) * 500
        months = self.rng.randrange(1, 25)
        year = self.rng.randrange(2019, 2026)
        zh = (f"{who[0]}是{who[2]}的一名{job_zh}，{year}年从{lender_zh}借了{amount}元，"
              f"逾期{months}个月后，{coll_zh}开始联系他。")
        en = (f"{who[1]}, {job_en} in {who[3]}, borrowed {amount:,} yuan from {lender_en} "
              f"in {year}; {months} month(s) after falling behind, {coll_en} got in touch.")
        return zh, en

    def _cite(self, ref: Ref, who: tuple[str, str, str, str]) -> tuple[str, str]:
        base, _, suffix = ref.number.partition("-")
        bare = f"{base}条" + (f"之{to_chinese(int(suffix))}" if suffix else "")
        fields = dict(law=ref.law_zh, label=article_label_zh(ref.number), bare=bare,
                      topic=ref.topic_zh, name=who[0])
        zh = self.rng.choice(ZH_CITES).format(**fields)
        en = self.rng.choice(EN_CITES).format(law=ref.law_en, number=ref.number,
                                               topic=ref.topic_en, name=who[1])
        return zh, en

    def _field(self, name: str, extra: list[tuple[str, str]]) -> dict:
        count = self.rng.randrange(1, 4)
        paras = [self.rng.choice(self.pool.paragraphs[name]) for _ in range(count)]
        zh = "\n\n".join([p[0] for p in paras] + [" ".join(e[0] for e in extra)] * bool(extra))
        en = "\n\n".join([p[1] for p in paras] + [" ".join(e[1] for e in extra)] * bool(extra))
        return _text(zh, en)

    def case(self, i: int, answer_ids: list[str]) -> dict:
        who = self._person()
        refs = self.rng.sample(self.pool.refs, self.rng.randrange(2, 5))
        tags = self.rng.sample(self.pool.tags, self.rng.randrange(1, 4))
        twist_zh, twist_en = self._pick("twists")
        summary = self.rng.choice(self.pool.summaries)
        debtor, collector = self.rng.choice(self.pool.lessons)
        data = {
            "id": case_id(i), "kind": "illustrative",
            "title": _text(f"{who[2]}{who[0]}：{twist_zh}（第{i}例）",
                           f"{who[1]} in {who[3]}: {twist_en} (no. {i})"),
            "summary": _text(*summary),
            "audience": self.rng.choice([["debtor"], ["collector"], ["debtor", "collector"]]),
            "conduct": tags,
            "facts": self._field("facts", [self._detail(who)]),
            "analysis": self._field("analysis", [self._cite(r, who) for r in refs]),
            "remedies": self._field("remedies", []),
            "lessons": {"debtor": _text(*debtor), "collector": _text(*collector)},
            "statutes": [r.ref for r in refs],
        }
        if answer_ids:
            data["answers"] = self.rng.sample(answer_ids, min(2, len(answer_ids)))
        data.update(anonymised=True, reviewed=REVIEWED)
        return data

    def answer(self, i: int, answer_ids: list[str], case_ids: list[str]) -> dict:
        who = self._person()
        refs = self.rng.sample(self.pool.refs, self.rng.randrange(1, 4))
        question = self.rng.choice(self.pool.questions)
        city_zh, city_en = who[2], who[3]
        others = [a for a in answer_ids if a != answer_id(i)]
        data = {
            "id": answer_id(i),
            "question": _text(f"{question[0]}（{city_zh}读者来问，第{i}号）",
                              f"{question[1]} (a reader in {city_en} asks, no. {i})"),
            "short": _text(*self.rng.choice(self.pool.shorts)),
            "answer": self._field("answer", [self._cite(r, who) for r in refs]),
            "audience": self.rng.choice([["debtor"], ["collector"], ["debtor", "collector"]]),
            "statutes": [r.ref for r in refs],
        }
        if others:
            data["related"] = self.rng.sample(others, min(2, len(others)))
        if case_ids:
            data["cases"] = self.rng.sample(case_ids, min(2, len(case_ids)))
        data["reviewed"] = REVIEWED
        return data


def case_id(i: int) -> str:
    return f"synthetic-case-{i:05d}"


def answer_id(i: int) -> str:
    return f"synthetic-answer-{i:05d}"


def answers_for(cases: int) -> int:
    """How many answers go with N cases: one for every ten, as the real site has about."""
    return max(2, cases // 10)


def generate(project: Path, cases: int, answers: int | None = None, seed: int = 7
             ) -> tuple[int, int]:
    """Add N synthetic cases and answers to the project's own; return (cases, answers).

    The real entries stay: the hand-written guides link to them, and a site that
    grew by contributions still has them.
    """
    answers = answers_for(cases) if answers is None else answers
    writer = Writer(Pool.read(project), seed)
    answer_ids = [answer_id(i) for i in range(1, answers + 1)]
    case_ids = [case_id(i) for i in range(1, cases + 1)]
    for i in range(1, cases + 1):
        _dump(project / "cases" / f"{case_id(i)}.yml", writer.case(i, answer_ids))
    for i in range(1, answers + 1):
        _dump(project / "faq" / f"{answer_id(i)}.yml", writer.answer(i, answer_ids, case_ids))
    return cases, answers


def _dump(path: Path, data: dict) -> None:
    path.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                              width=1000), encoding="utf-8")
