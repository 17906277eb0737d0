"""The progress report of a plan (e.g. "Kế hoạch số 111/KH-CAT ngày 04/07/2025"): every task with its
deadline and each assigned unit's status, overdue ones flagged; evidence figures; progress per unit;
inspections and reviews (sơ kết, tổng kết) with their findings.

From plain data (:mod:`app.reports.review_queries`); "overdue" is decided by the domain on the
report's as-of date, so the printed flags match `antt plan show` on that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.collation import sort_key
from app.formatting import Number, format_date, format_number, join_list
from app.i18n import Pairs
from app.reports.layout import Issuer, build_document, markup, para, pie_chart, styles, table_with_caption, text
from app.reports.ratings_register import share, share_text
from app.reports.tables import Column, ReportTable
from app.reports.wording import say, say_n

# The words, in the message catalogue: an assignment's status, a review's kind.
STATUS_LABELS = Pairs("plan_status")
REVIEW_LABELS = Pairs("plan_review")


def _pick(pair: tuple[str, str] | None, code: str, lang: str) -> str:
    return (pair or (code, code))[0 if lang == "vi" else 1]


@dataclass(frozen=True)
class Assignment:
    """One task as assigned to one unit, with that unit's last report."""

    task_id: str
    title: str
    deadline: dt.date
    unit_name: str
    status: str  # not_started | in_progress | done
    reported: dt.date | None = None
    note: str = ""
    evidence: Mapping[str, Number] = field(default_factory=dict)
    overdue: bool = False


@dataclass(frozen=True)
class Review:
    kind: str  # inspection | interim | final
    date: dt.date
    unit_name: str  # the unit inspected; "" for the whole plan
    findings: str


@dataclass
class PlanProgressReport:
    issuer: Issuer
    number: str
    issued_on: dt.date | None
    as_of: dt.date
    plan_number: str
    plan_date: dt.date
    plan_title: str
    plan_implements: str = ""
    plan_unit: str = ""
    assignments: Sequence[Assignment] = ()
    reviews: Sequence[Review] = ()
    scope: str = ""  # the unit the report is limited to, "" for the whole plan

    def per_unit(self) -> dict[str, dict[str, int]]:
        """Per unit (in first-assignment order): tasks, done, in progress, not started, overdue."""
        out: dict[str, dict[str, int]] = {}
        for a in sorted(self.assignments, key=lambda a: sort_key(a.unit_name)):
            s = out.setdefault(a.unit_name, {"tasks": 0, "done": 0, "in_progress": 0, "not_started": 0, "overdue": 0})
            s["tasks"] += 1
            s[a.status] += 1
            s["overdue"] += a.overdue
        return out

    def tasks(self) -> list[tuple[str, str, dt.date, list[Assignment]]]:
        """Tasks in deadline order, each with its assignments."""
        seen: dict[str, tuple[str, str, dt.date, list[Assignment]]] = {}
        for a in sorted(self.assignments, key=lambda a: (a.deadline, sort_key(a.title), sort_key(a.unit_name))):
            seen.setdefault(a.task_id, (a.task_id, a.title, a.deadline, []))[3].append(a)
        return list(seen.values())


def status_label(a: Assignment, lang: str = "vi") -> str:
    return _pick(STATUS_LABELS.get(a.status), a.status, lang)


# Evidence is typed as short keys (`--evidence markers=3`); the form prints what they mean.
EVIDENCE_NAMES = Pairs("evidence_name")  # the words, in the message catalogue


def evidence_name(key: str, lang: str = "vi") -> str:
    """A typed evidence key as a reader says it: a known key, an indicator's code, else the words as typed."""
    from app.reports.reference import shipped_indicators

    known = EVIDENCE_NAMES.get(key.lower())
    if known:
        return _pick(known, key, lang)
    ind = shipped_indicators().indicators.get(key)
    if ind is not None:
        name = ind.name(lang)
        return name[:1].lower() + name[1:]
    return key.replace("_", " ").strip()


def evidence_text(a: Assignment, lang: str = "vi") -> str:
    figures = [f"{evidence_name(name, lang)}: {format_number(v, lang)}" for name, v in a.evidence.items()]
    return "; ".join(x for x in ("; ".join(figures), a.note) if x)


def plan_name(r: PlanProgressReport, lang: str = "vi") -> str:
    """"Kế hoạch số 111/KH-CAT ngày 04/07/2025 của Công an tỉnh Lạng Sơn"."""
    of = say('of_plan_unit', lang, plan_unit=r.plan_unit) if r.plan_unit else ""
    return say('plan_no_plan_number_of_plan', lang, plan_number=r.plan_number, plan_date=format_date(r.plan_date), of=of)


def tasks_table(r: PlanProgressReport, lang: str = "vi") -> ReportTable:
    """A bold row per task (number, title, deadline), then a row per assigned unit."""
    cols = [Column(say('no', lang), weight=0, center=True),
            Column(say('task_unit', lang), weight=2.2),
            Column(say('deadline', lang), weight=0, center=True, min_width=58),
            Column(say('status', lang), weight=0, min_width=78),  # "Chưa thực hiện" on one line
            Column(say('reported_2', lang), weight=0, center=True),
            Column(say('results_figures', lang), weight=1.6)]
    rows: list[list[Any]] = []
    bold: set[int] = set()
    for i, (_, title, deadline, assigned) in enumerate(r.tasks(), 1):
        bold.add(len(rows))
        done = sum(a.status == "done" for a in assigned)
        rows.append([str(i), title, deadline, say('done_done_n_assigned', lang, done=done, n_assigned=len(assigned)), None, None])
        for j, a in enumerate(assigned, 1):
            # The flag stands where the eye checks the deadline.
            rows.append([f"{i}.{j}", a.unit_name, say("overdue_flag", lang).upper() if a.overdue else None,
                         status_label(a, lang), a.reported, evidence_text(a, lang)])
    return ReportTable(say('progress_of_the_tasks', lang), cols, rows,
                       sheet_name=say('tasks', lang), bold_rows=frozenset(bold))


def units_table(r: PlanProgressReport, lang: str = "vi") -> ReportTable:
    cols = [Column(say('no', lang), "int", weight=0), Column(say('unit', lang), weight=2),
            Column(say('tasks_2', lang), "int"), Column(say('done', lang), "int"),
            Column(say('in_progress', lang), "int"),
            Column(say('not_started', lang), "int"),
            Column(say('overdue_2', lang), "int"),
            Column(say('done_share', lang), "percent")]
    keys = ("tasks", "done", "in_progress", "not_started", "overdue")
    per = r.per_unit()
    rows = [[i, name, *[s[k] for k in keys], share(s["done"], s["tasks"])]
            for i, (name, s) in enumerate(per.items(), 1)]
    sums = {k: sum(s[k] for s in per.values()) for k in keys}
    total = [None, say('total', lang), *sums.values(), share(sums["done"], sums["tasks"])]
    return ReportTable(say('progress_per_unit', lang), cols, rows, total,
                       sheet_name=say('by_unit', lang))


def reviews_table(r: PlanProgressReport, lang: str = "vi") -> ReportTable:
    cols = [Column(say('no', lang), "int", weight=0), Column(say('kind_2', lang), weight=0, min_width=52),
            Column(say('date', lang), weight=0, center=True),
            Column(say('unit_3', lang), weight=1),
            Column(say('findings', lang), weight=3)]
    rows = [[i, _pick(REVIEW_LABELS.get(v.kind), v.kind, lang), v.date,
             v.unit_name or say('whole_plan', lang), v.findings]
            for i, v in enumerate(sorted(r.reviews, key=lambda v: v.date), 1)]
    return ReportTable(say('inspections_and_reviews', lang), cols, rows,
                       sheet_name=say('reviews', lang))


def plan_tables(r: PlanProgressReport, lang: str = "vi") -> list[ReportTable]:
    return [tasks_table(r, lang), units_table(r, lang), reviews_table(r, lang)]


def overview_sentence(r: PlanProgressReport, lang: str = "vi") -> str:
    f = lambda v: format_number(v, lang)  # noqa: E731
    n = len(r.assignments)
    done = sum(a.status == "done" for a in r.assignments)
    going = sum(a.status == "in_progress" for a in r.assignments)
    late = sum(a.overdue for a in r.assignments)
    tasks, units = len(r.tasks()), len({a.unit_name for a in r.assignments})
    return say("plan_overview", lang, date=format_date(r.as_of), tasks=say_n("plan_n_tasks", tasks, lang),
               units=say_n("plan_n_units", units, lang), assignments=say_n("plan_n_assignments", n, lang),
               done=f(done), share=share_text(done, n, lang), going=f(going), not_started=f(n - done - going),
               late=say("n_overdue", lang, n=f(late)) if late else say("none_overdue", lang))


def overdue_sentence(r: PlanProgressReport, lang: str = "vi") -> str:
    """The overdue assignments named, task by task: "Nhiệm vụ “…” (hạn 31/08/2025): Công an xã A, Công an xã B"."""
    return "".join(overdue_pieces(r, lang))


def overdue_pieces(r: PlanProgressReport, lang: str = "vi") -> list[str]:
    """The overdue sentence in one piece per task (they join into it): printed as a paragraph each, because
    reportlab wraps a paragraph again at every page it splits over, and one sentence naming thousands of units
    made the 3,000-unit plan report spend 67 of its 93 profiled seconds re-wrapping it."""
    parts = []
    for _, title, deadline, assigned in r.tasks():
        late = [a.unit_name for a in assigned if a.overdue]
        if late:
            parts.append(say('title_due_deadline_late', lang, title=title, deadline=format_date(deadline), late=join_list(late, lang)))
    pieces = [p + ("; " if i < len(parts) - 1 else ".") for i, p in enumerate(parts)]
    if not pieces:
        pieces = ["."]
    pieces[0] = say('overdue', lang) + pieces[0]
    return pieces


def build_plan_pdf(r: PlanProgressReport, out: str | IO[bytes] | Any, lang: str = "vi") -> None:
    st = styles()
    name = plan_name(r, lang)
    header = r.issuer.header(r.number, r.issued_on, say('report', lang),
                             say('progress_of_name', lang, name=name), lang,
                             doc_kind=say('report', lang))
    title = r.plan_title[:1].lower() + r.plan_title[1:] if r.plan_title[1:2].islower() else r.plan_title
    about = text(title) + (say('implementing_plan_implements', lang, plan_implements=text(r.plan_implements)) if r.plan_implements else "")
    scope = say('the_part_of_scope', lang, scope=text(r.scope)) if r.scope else ""
    body: list[Flowable] = [markup(say('under_name_on_about_unit_name', lang, name=text(name), about=about, unit_name=text(r.issuer.unit_name), scope=scope))]
    body.append(para(say('i_overview', lang), st.heading))
    # a unit given no task: not "0 tasks assigned to 0 units (0 assignments); 0 done (–)"
    body.append(para(overview_sentence(r, lang) if r.assignments else say("no_task_is_assigned_to_the", lang)))
    if any(a.overdue for a in r.assignments):
        body += [para(piece) for piece in overdue_pieces(r, lang)]
    if r.assignments:
        n = len(r.assignments)
        done = sum(a.status == "done" for a in r.assignments)
        late = sum(a.overdue for a in r.assignments)
        going = sum(a.status == "in_progress" and not a.overdue for a in r.assignments)
        body.append(CondPageBreak(60 * mm))
        body.append(pie_chart([say('done_2', lang), say('in_progress_2', lang),
                               say('not_started_2', lang), say("overdue_flag", lang)],
                              [done, going, n - done - going - late, late],
                              say('chart_1_state_of_the_tasks', lang),
                              lang=lang))
        body.append(CondPageBreak(45 * mm))  # a heading never ends a page: its table follows it
        body.append(para(say('ii_each_task', lang), st.heading))
        body += table_with_caption(tasks_table(r, lang), lang=lang)
        body.append(CondPageBreak(45 * mm))  # a heading never ends a page: its table follows it
        body.append(para(say('iii_per_unit', lang), st.heading))
        body += table_with_caption(units_table(r, lang), lang=lang)
    else:  # the same sections at every level: a unit given no task says so under each
        none = say('no_task_is_assigned_to_the', lang)
        body.append(para(say('ii_each_task', lang), st.heading))
        body.append(para(none))
        body.append(para(say('iii_per_unit', lang), st.heading))
        body.append(para(none))
    body.append(CondPageBreak(45 * mm))
    body.append(para(say('iv_inspections_and_reviews', lang), st.heading))
    if r.reviews:
        body += table_with_caption(reviews_table(r, lang), lang=lang)
    else:
        body.append(para(say('no_inspection_or_review_has_been', lang)))
    body.append(markup(say('unit_name_reports_for_follow_up', lang, unit_name=text(r.issuer.unit_name))))
    build_document(out, header, body, recipients=r.issuer.recipients, signatures=[r.issuer.signature])
