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
from app.i18n import ngettext
from app.reports.layout import Issuer, build_document, markup, para, pie_chart, styles, table_with_caption, text, tr
from app.reports.ratings_register import share, share_text
from app.reports.tables import Column, ReportTable

STATUS_LABELS = {"not_started": ("Chưa thực hiện", "Not started"), "in_progress": ("Đang thực hiện", "In progress"),
                 "done": ("Hoàn thành", "Done")}
REVIEW_LABELS = {"inspection": ("Kiểm tra", "Inspection"), "interim": ("Sơ kết", "Interim review"),
                 "final": ("Tổng kết", "Final review")}
OVERDUE = ("Quá hạn", "Overdue")


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
    return tr(lang, *STATUS_LABELS.get(a.status, (a.status, a.status)))


# Evidence is typed as short keys (`--evidence markers=3`); the form prints what they mean.
EVIDENCE_NAMES = {
    "markers": ("cột mốc", "markers"), "households": ("số hộ", "households"),
    "km": ("km đường biên", "km of border"), "border_km": ("km đường biên", "km of border"),
    "members": ("thành viên", "members"), "models": ("mô hình", "models"),
    "sessions": ("buổi tuyên truyền", "sessions"), "participants": ("lượt người tham gia", "attendance"),
    "attendance": ("lượt người tham gia", "attendance"), "cameras": ("camera", "cameras"),
    "patrols": ("lượt tuần tra", "patrols"), "meetings": ("buổi họp", "meetings"),
    "leaflets": ("tờ rơi", "leaflets"), "villages": ("thôn, bản", "villages"), "people": ("người", "people"),
}


def evidence_name(key: str, lang: str = "vi") -> str:
    """A typed evidence key as a reader says it: a known key, an indicator's code, else the words as typed."""
    from app.reports.reference import shipped_indicators

    if key.lower() in EVIDENCE_NAMES:
        return tr(lang, *EVIDENCE_NAMES[key.lower()])
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
    of = tr(lang, f" của {r.plan_unit}", f" of {r.plan_unit}") if r.plan_unit else ""
    return tr(lang, f"Kế hoạch số {r.plan_number} ngày {format_date(r.plan_date)}{of}",
              f"Plan No. {r.plan_number} of {format_date(r.plan_date)}{of}")


def tasks_table(r: PlanProgressReport, lang: str = "vi") -> ReportTable:
    """A bold row per task (number, title, deadline), then a row per assigned unit."""
    cols = [Column(tr(lang, "TT", "No."), weight=0, center=True),
            Column(tr(lang, "Nhiệm vụ / Đơn vị thực hiện", "Task / unit"), weight=2.2),
            Column(tr(lang, "Thời hạn", "Deadline"), weight=0, center=True, min_width=58),
            Column(tr(lang, "Tình trạng", "Status"), weight=0, min_width=78),  # "Chưa thực hiện" on one line
            Column(tr(lang, "Ngày báo cáo", "Reported"), weight=0, center=True),
            Column(tr(lang, "Kết quả, số liệu", "Results, figures"), weight=1.6)]
    rows: list[list[Any]] = []
    bold: set[int] = set()
    for i, (_, title, deadline, assigned) in enumerate(r.tasks(), 1):
        bold.add(len(rows))
        done = sum(a.status == "done" for a in assigned)
        rows.append([str(i), title, deadline, tr(lang, f"Hoàn thành {done}/{len(assigned)}",
                                                 f"Done {done}/{len(assigned)}"), None, None])
        for j, a in enumerate(assigned, 1):
            # The flag stands where the eye checks the deadline.
            rows.append([f"{i}.{j}", a.unit_name, tr(lang, *OVERDUE).upper() if a.overdue else None,
                         status_label(a, lang), a.reported, evidence_text(a, lang)])
    return ReportTable(tr(lang, "Tiến độ thực hiện các nhiệm vụ", "Progress of the tasks"), cols, rows,
                       sheet_name=tr(lang, "Nhiệm vụ", "Tasks"), bold_rows=frozenset(bold))


def units_table(r: PlanProgressReport, lang: str = "vi") -> ReportTable:
    cols = [Column(tr(lang, "TT", "No."), "int", weight=0), Column(tr(lang, "Đơn vị", "Unit"), weight=2),
            Column(tr(lang, "Nhiệm vụ\nđược giao", "Tasks"), "int"), Column(tr(lang, "Hoàn\nthành", "Done"), "int"),
            Column(tr(lang, "Đang\nthực hiện", "In\nprogress"), "int"),
            Column(tr(lang, "Chưa\nthực hiện", "Not\nstarted"), "int"),
            Column(tr(lang, "Quá\nhạn", "Overdue"), "int"),
            Column(tr(lang, "Tỷ lệ\nhoàn thành", "Done\nshare"), "percent")]
    keys = ("tasks", "done", "in_progress", "not_started", "overdue")
    per = r.per_unit()
    rows = [[i, name, *[s[k] for k in keys], share(s["done"], s["tasks"])]
            for i, (name, s) in enumerate(per.items(), 1)]
    sums = {k: sum(s[k] for s in per.values()) for k in keys}
    total = [None, tr(lang, "Tổng cộng", "Total"), *sums.values(), share(sums["done"], sums["tasks"])]
    return ReportTable(tr(lang, "Tiến độ theo đơn vị", "Progress per unit"), cols, rows, total,
                       sheet_name=tr(lang, "Theo đơn vị", "By unit"))


def reviews_table(r: PlanProgressReport, lang: str = "vi") -> ReportTable:
    cols = [Column(tr(lang, "TT", "No."), "int", weight=0), Column(tr(lang, "Hình thức", "Kind"), weight=0, min_width=52),
            Column(tr(lang, "Ngày", "Date"), weight=0, center=True),
            Column(tr(lang, "Đơn vị được kiểm tra", "Unit"), weight=1),
            Column(tr(lang, "Kết quả, nhận xét", "Findings"), weight=3)]
    rows = [[i, tr(lang, *REVIEW_LABELS.get(v.kind, (v.kind, v.kind))), v.date,
             v.unit_name or tr(lang, "Toàn kế hoạch", "Whole plan"), v.findings]
            for i, v in enumerate(sorted(r.reviews, key=lambda v: v.date), 1)]
    return ReportTable(tr(lang, "Kiểm tra, sơ kết, tổng kết", "Inspections and reviews"), cols, rows,
                       sheet_name=tr(lang, "Kiểm tra", "Reviews"))


def plan_tables(r: PlanProgressReport, lang: str = "vi") -> list[ReportTable]:
    return [tasks_table(r, lang), units_table(r, lang), reviews_table(r, lang)]


def overview_sentence(r: PlanProgressReport, lang: str = "vi") -> str:
    f = lambda v: format_number(v, lang)  # noqa: E731
    n = len(r.assignments)
    done = sum(a.status == "done" for a in r.assignments)
    going = sum(a.status == "in_progress" for a in r.assignments)
    late = sum(a.overdue for a in r.assignments)
    tasks, units = len(r.tasks()), len({a.unit_name for a in r.assignments})
    if lang == "vi":
        return (f"Tính đến ngày {format_date(r.as_of)}, kế hoạch có {f(tasks)} nhiệm vụ giao cho {f(units)} đơn vị "
                f"({f(n)} lượt giao); đã hoàn thành {f(done)} lượt ({share_text(done, n, lang)}), đang thực hiện "
                f"{f(going)}, chưa thực hiện {f(n - done - going)}; "
                + (f"{f(late)} lượt quá hạn chưa hoàn thành." if late else "không có nhiệm vụ quá hạn."))
    return (f"As of {format_date(r.as_of)}, the plan has " + ngettext("{n} task", "{n} tasks", tasks, "en")
            + ngettext(" assigned to {n} unit ", " assigned to {n} units ", units, "en")
            + ngettext("({n} assignment)", "({n} assignments)", n, "en") + f"; {f(done)} done ({share_text(done, n, lang)}), {f(going)} in progress, "
            f"{f(n - done - going)} not started; "
            + (f"{f(late)} overdue." if late else "none overdue."))


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
            parts.append(tr(lang, f"nhiệm vụ “{title}” (hạn {format_date(deadline)}): {join_list(late, lang)}",
                            f"“{title}” (due {format_date(deadline)}): {join_list(late, lang)}"))
    pieces = [p + ("; " if i < len(parts) - 1 else ".") for i, p in enumerate(parts)]
    if not pieces:
        pieces = ["."]
    pieces[0] = tr(lang, "Các đơn vị chưa hoàn thành nhiệm vụ quá hạn: ", "Overdue: ") + pieces[0]
    return pieces


def build_plan_pdf(r: PlanProgressReport, out: str | IO[bytes] | Any, lang: str = "vi") -> None:
    st = styles()
    name = plan_name(r, lang)
    header = r.issuer.header(r.number, r.issued_on, tr(lang, "Báo cáo", "Report"),
                             tr(lang, f"Tiến độ thực hiện {name}", f"Progress of {name}"), lang,
                             doc_kind=tr(lang, "Báo cáo", "Report"))
    title = r.plan_title[:1].lower() + r.plan_title[1:] if r.plan_title[1:2].islower() else r.plan_title
    about = text(title) + (tr(lang, f" (triển khai {text(r.plan_implements)})",
                                     f" (implementing {text(r.plan_implements)})") if r.plan_implements else "")
    scope = tr(lang, f", phần việc của {text(r.scope)}", f", the part of {text(r.scope)}") if r.scope else ""
    body: list[Flowable] = [markup(tr(lang,
        f"Thực hiện {text(name)} về {about}, {text(r.issuer.unit_name)} báo cáo tiến độ thực hiện{scope} như sau:",
        f"Under {text(name)} on {about}, {text(r.issuer.unit_name)} reports progress{scope}:"))]
    body.append(para(tr(lang, "I. Kết quả chung", "I. Overview"), st.heading))
    body.append(para(overview_sentence(r, lang)))
    if any(a.overdue for a in r.assignments):
        body += [para(piece) for piece in overdue_pieces(r, lang)]
    if r.assignments:
        n = len(r.assignments)
        done = sum(a.status == "done" for a in r.assignments)
        late = sum(a.overdue for a in r.assignments)
        going = sum(a.status == "in_progress" and not a.overdue for a in r.assignments)
        body.append(CondPageBreak(60 * mm))
        body.append(pie_chart([tr(lang, "Hoàn thành", "Done"), tr(lang, "Đang thực hiện, trong hạn", "In progress"),
                               tr(lang, "Chưa thực hiện, trong hạn", "Not started"), tr(lang, *OVERDUE)],
                              [done, going, n - done - going - late, late],
                              tr(lang, "Biểu đồ 1. Tình hình thực hiện các nhiệm vụ", "Chart 1. State of the tasks"),
                              lang=lang))
        body.append(CondPageBreak(45 * mm))  # a heading never ends a page: its table follows it
        body.append(para(tr(lang, "II. Tiến độ thực hiện từng nhiệm vụ", "II. Each task"), st.heading))
        body += table_with_caption(tasks_table(r, lang), lang=lang)
        body.append(CondPageBreak(45 * mm))  # a heading never ends a page: its table follows it
        body.append(para(tr(lang, "III. Tiến độ theo đơn vị", "III. Per unit"), st.heading))
        body += table_with_caption(units_table(r, lang), lang=lang)
    else:  # the same sections at every level: a unit given no task says so under each
        none = tr(lang, "Không có nhiệm vụ nào giao cho đơn vị.", "No task is assigned to the unit.")
        body.append(para(tr(lang, "II. Tiến độ thực hiện từng nhiệm vụ", "II. Each task"), st.heading))
        body.append(para(none))
        body.append(para(tr(lang, "III. Tiến độ theo đơn vị", "III. Per unit"), st.heading))
        body.append(para(none))
    body.append(CondPageBreak(45 * mm))
    body.append(para(tr(lang, "IV. Kiểm tra, sơ kết, tổng kết", "IV. Inspections and reviews"), st.heading))
    if r.reviews:
        body += table_with_caption(reviews_table(r, lang), lang=lang)
    else:
        body.append(para(tr(lang, "Chưa tổ chức kiểm tra, sơ kết, tổng kết việc thực hiện kế hoạch.",
                            "No inspection or review has been held yet.")))
    body.append(markup(tr(lang, f"{text(r.issuer.unit_name)} báo cáo để theo dõi, chỉ đạo./.",
                          f"{text(r.issuer.unit_name)} reports for follow-up./.")))
    build_document(out, header, body, recipients=r.issuer.recipients, signatures=[r.issuer.signature])
