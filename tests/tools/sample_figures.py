#!/usr/bin/env python3
"""Recompute the ledger.md §3 figures of the bundled sample city (samples/data/*.csv) without LianLuo.Domain.

An independent route for tests/LianLuo.Domain.Tests/Cli/ReportCommandTests.cs: it reads the two CSV files with
Python's csv module, counts deadlines per ledger.md §2 on the official calendar (the shared
shared/data/china-holidays.json next to the repository when it is there, else the repository's copy
src/LianLuo.Domain/Calendars/china-holidays.json: the same State Council data, byte for byte when this was written)
and applies the §3 definitions as written. It prints the figures as JSON with the keys of §3; the C# test hard-codes
them. Only the data is shared with the library: no code of it is used.

    python3 tests/tools/sample_figures.py [--as-of 2026-01-15] [--items FILE] [--activities FILE] [--holidays FILE]
"""

import argparse
import calendar
import csv
import datetime as dt
import json
import os
import re
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))

ALIASES = {
    "编号": "id", "类别": "kind", "主办单位": "lead_unit", "会办单位": "co_units", "交办日期": "assigned_on",
    "情况复杂": "complex", "延期至": "extended_to", "重点": "key", "督办领导": "supervisor", "答复日期": "replied_on",
    "办理结果": "result", "反馈日期": "feedback_on", "满意度": "satisfaction", "重办答复日期": "rereplied_on",
    "重办满意度": "resatisfaction", "面商人次": "face_to_face", "电话邮件人次": "phone_email", "走访人次": "visits",
    "日期": "date", "类型": "type", "领导人次": "leader_attendances", "代表委员人次": "member_attendances",
}


def read_rows(path):
    """Rows as dicts keyed by the Chinese column name (English aliases mapped back), values trimmed (§1)."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    rows = list(csv.reader(text.splitlines()))
    back = {alias: name for name, alias in ALIASES.items()}
    header = [back.get(h.strip(), h.strip()) for h in rows[0]]
    return [{h: v.strip() for h, v in zip(header, row)} for row in rows[1:] if any(cell.strip() for cell in row)]


def date(text):
    """§1.3 dates: 2025-03-15, 2025/3/15, 2025.3.15, 2025年3月15日; None when empty."""
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    if not m:
        raise ValueError(f"bad date {text!r}")
    y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    return dt.date(y, mo, d)


def boolean(text):
    return text.lower() in ("是", "y", "true", "1")


def number(text):
    return int(text) if text else 0


class Calendar:
    """§2 rest days: Saturday or Sunday unless an official make-up working day, or an official day off."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.off, self.work, self.years = set(), set(), set()
        for year, notice in data["years"].items():
            self.years.add(int(year))
            self.off.update(dt.date.fromisoformat(d["date"]) for d in notice["offDays"])
            self.work.update(dt.date.fromisoformat(d["date"]) for d in notice["workDays"])

    def is_rest(self, day):
        if day.year not in self.years:
            raise ValueError(f"{day} is in a year with no published notice: this script does not do provisional years")
        return day in self.off or (day.weekday() >= 5 and day not in self.work)

    def next_working(self, day):
        while self.is_rest(day):
            day += dt.timedelta(days=1)
        return day

    def plus_months(self, start, months):
        """Civil Code arts. 201-203: the corresponding day of the last month (or its last day), then the next working day."""
        month_index = start.month - 1 + months
        year, month = start.year + month_index // 12, month_index % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return self.next_working(dt.date(year, month, day))


def rate(numerator, denominator):
    """Percent, half away from zero to one decimal (counts are never negative, so half up is the same), or None."""
    if denominator == 0:
        return None
    return float((Decimal(100 * numerator) / Decimal(denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def largest_remainder(counts):
    """Shares in tenths of a percent by largest remainder; ties to the earlier (A, then B, then C)."""
    total = sum(counts)
    if total == 0:
        return [None] * len(counts)
    tenths = [1000 * c // total for c in counts]
    remainders = [1000 * c % total for c in counts]
    order = sorted(range(len(counts)), key=lambda i: (-remainders[i], i))
    for i in order[: 1000 - sum(tenths)]:
        tenths[i] += 1
    return [t / 10 for t in tenths]


def split_units(text):
    return [u.strip() for u in re.split(r"[、；;，,]", text) if u.strip()]


def figures(items_path, activities_path, holidays_path, as_of):
    cal = Calendar(holidays_path)
    rows = read_rows(items_path)
    items = [r for r in rows if r["类别"] in ("建议", "提案")]
    motions = [r for r in rows if r["类别"] == "议案"]

    def units(rs):
        return len({u for r in rs for u in [r["主办单位"], *split_units(r.get("会办单位", ""))] if u})

    status = {}
    for r in items:
        assigned = date(r["交办日期"])
        extended = date(r.get("延期至", ""))
        deadline = cal.next_working(extended) if extended else cal.plus_months(assigned, 6 if boolean(r.get("情况复杂", "")) else 3)
        replied = date(r.get("答复日期", ""))
        if replied:
            status[r["编号"]] = "onTime" if replied <= deadline else "late"
        else:
            status[r["编号"]] = "overdue" if as_of > deadline else "pending"
    count = lambda s: sum(1 for v in status.values() if v == s)
    on_time, late, overdue, pending = count("onTime"), count("late"), count("overdue"), count("pending")
    replied = on_time + late

    results = [sum(1 for r in items if r.get("办理结果", "").rstrip("类") == c) for c in "ABC"]
    shares = largest_remainder(results)

    replied_items = [r for r in items if r.get("答复日期")]
    final = [r.get("重办满意度") or r.get("满意度", "") for r in replied_items]
    satisfied, basically, unsatisfied = final.count("满意"), final.count("基本满意"), final.count("不满意")
    no_feedback = sum(1 for r in replied_items if not r.get("满意度"))
    with_feedback = satisfied + basically + unsatisfied

    rehandled = [r for r in items if r.get("重办答复日期")]
    rehandled_on_time = sum(
        1 for r in rehandled if date(r["重办答复日期"]) <= cal.plus_months(date(r["反馈日期"]), 1))

    acts = read_rows(activities_path)
    of_type = lambda *types: [a for a in acts if a["类型"] in types]
    consultations = of_type("专题协商", "对口协商", "界别协商", "提案办理协商")

    return {
        "asOf": as_of.isoformat(),
        "suggestions": sum(1 for r in items if r["类别"] == "建议"),
        "proposals": sum(1 for r in items if r["类别"] == "提案"),
        "total": len(items),
        "motions": len(motions),
        "units": units(items),
        "motionUnits": units(motions),
        "timeliness": {"replied": replied, "onTime": on_time, "late": late, "overdue": overdue, "pending": pending,
                       "onTimeRate": rate(on_time, replied + overdue)},
        "results": {c: {"count": n, "percent": p} for c, n, p in zip("ABC", results, shares)},
        "satisfaction": {"satisfied": satisfied, "basicallySatisfied": basically, "unsatisfied": unsatisfied,
                         "noFeedback": no_feedback, "satisfiedRate": rate(satisfied, with_feedback),
                         "satisfiedOrBasicallyRate": rate(satisfied + basically, with_feedback)},
        "rehandling": {"rehandled": len(rehandled), "onTime": rehandled_on_time},
        "keySupervised": sum(1 for r in items if boolean(r.get("重点", "")) and r.get("督办领导")),
        "communication": {k: sum(number(r.get(col, "")) for r in items)
                          for k, col in (("faceToFace", "面商人次"), ("phoneEmail", "电话邮件人次"), ("visits", "走访人次"))},
        "activities": {
            "topicConsultations": len(of_type("专题协商")),
            "counterpartConsultations": len(of_type("对口协商")),
            "sectorConsultations": len(of_type("界别协商")),
            "proposalConsultations": len(of_type("提案办理协商")),
            "consultationLeaderAttendances": sum(number(a.get("领导人次", "")) for a in consultations),
            "briefings": len(of_type("政情通报")),
            "executiveMeetingAttendances": sum(number(a.get("代表委员人次", "")) for a in of_type("列席常务会议")),
            "symposiumAttendances": sum(number(a.get("代表委员人次", "")) for a in of_type("座谈会", "论证会")),
            "motionProgressMeetings": len(of_type("议案办理推进会")),
            "studyMeetings": len(of_type("专题研究")),
        },
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--as-of", default="2026-01-15")
    parser.add_argument("--items", default=os.path.join(REPO, "samples", "data", "items.csv"))
    parser.add_argument("--activities", default=os.path.join(REPO, "samples", "data", "activities.csv"))
    shared = os.path.join(REPO, "..", "shared", "data", "china-holidays.json")
    embedded = os.path.join(REPO, "src", "LianLuo.Domain", "Calendars", "china-holidays.json")
    parser.add_argument("--holidays", default=shared if os.path.exists(shared) else embedded)
    args = parser.parse_args()
    result = figures(args.items, args.activities, args.holidays, dt.date.fromisoformat(args.as_of))
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
