"""Evaluation reports for people: a terminal table and a self-contained HTML page (inline SVG charts
and thumbnails, no script and no network needed to view it)."""

from __future__ import annotations

import base64
import html
import io
from typing import TYPE_CHECKING

from PIL import Image, ImageOps

if TYPE_CHECKING:
    from .evaluate import EvalReport

PALETTE = ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477", "#66aa00"]


def _pct(value) -> str:
    return "—" if value is None else f"{100 * value:5.1f}"


def terminal_table(report: "EvalReport") -> str:
    configs = list(report.summaries)
    width = max(12, *(len(c) for c in configs))
    lines = [f"{report.pipeline} on {report.dataset}: {next(iter(report.summaries.values()))['documents']} documents",
             "", f"{'field':<18}{'metric':<12}" + "".join(f"{c:>{width + 2}}" for c in configs)]
    for name in report.fields:
        metrics = ("strict", "normalised", "similarity")
        for metric in metrics:
            row = [report.summaries[c]["fields"][name][metric] for c in configs]
            if metric == "similarity" and all(v is None for v in row):
                continue  # amounts and dates: right or wrong, no partial credit
            lines.append(f"{name if metric == 'strict' else '':<18}{metric:<12}" + "".join(f"{_pct(v):>{width + 2}}" for v in row))
    lines.append("")
    rows = [
        ("micro F1", "strict", lambda s: s["micro"]["strict"]["f1"]),
        ("", "normalised", lambda s: s["micro"]["normalised"]["f1"]),
        ("all fields right", "normalised", lambda s: s["all_fields_right"]),
        ("review flag", "precision", lambda s: s["review"]["precision"]),
        ("", "recall", lambda s: s["review"]["recall"]),
        ("", "flagged", lambda s: s["review"].get("flagged_share")),
    ]
    for label, metric, get in rows:
        lines.append(f"{label:<18}{metric:<12}" + "".join(f"{_pct(get(report.summaries[c])):>{width + 2}}" for c in configs))
    lines.append(f"{'seconds/doc':<18}{'median':<12}" + "".join(
        f"{_num(report.summaries[c]['latency']['median_s']):>{width + 2}}" for c in configs))
    lines.append(f"{'':<18}{'p90':<12}" + "".join(
        f"{_num(report.summaries[c]['latency']['p90_s']):>{width + 2}}" for c in configs))
    lines.append(f"{'documents/min':<18}{'':<12}" + "".join(
        f"{_num(report.summaries[c]['latency']['documents_per_minute']):>{width + 2}}" for c in configs))
    lines.append(f"{'failed docs':<18}{'count':<12}" + "".join(
        f"{report.summaries[c]['failed']:>{width + 2}}" for c in configs))
    lines.append("")
    lines.append(f"{'reliability':<18}{'confidence':<12}" + "".join(f"{c:>{width + 2}}" for c in configs)
                 + "   (accuracy % of the values extracted at that confidence; count)")
    buckets = [row["confidence"] for row in next(iter(report.summaries.values())).get("reliability", [])]
    for index, bucket in enumerate(buckets):
        cells = []
        for c in configs:
            row = report.summaries[c]["reliability"][index]
            cells.append(f"{_pct(row['accuracy'])} ({row['values']})")
        lines.append(f"{'':<18}{bucket:<12}" + "".join(f"{cell:>{width + 2}}" for cell in cells))
    lines.append("(percentages; normalised = case/space/punctuation-insensitive, amounts as numbers, dates as dates;"
                 " similarity = character similarity of text fields)")
    lines += learning_table(report)
    return "\n".join(lines)


def learning_table(report: "EvalReport") -> list[str]:
    """``eval --learn``: an issuer's later documents before and after correcting its first one."""
    out: list[str] = []
    for config, summary in report.summaries.items():
        learning = summary.get("learning")
        if not learning or not learning.get("later_documents"):
            continue
        out += ["", f"templates ({config}): {learning['issuers']} issuers' first document corrected; their "
                    f"{learning['later_documents']} later documents ({learning['read_by_template']} read by a template)",
                f"{'field':<18}{'before':>10}{'after':>10}"]
        for name, value in learning["before"]["fields"].items():
            out.append(f"{name:<18}{_pct(value):>10}{_pct(learning['after']['fields'][name]):>10}")
        out.append(f"{'all fields right':<18}{_pct(learning['before']['all_fields_right']):>10}"
                   f"{_pct(learning['after']['all_fields_right']):>10}")
        out.append(f"{'flagged':<18}{_pct(learning['before']['review']['flagged_share']):>10}"
                   f"{_pct(learning['after']['review']['flagged_share']):>10}")
    return out


def _num(value) -> str:
    return "—" if value is None else f"{value:.2f}"


def _bar_chart(title: str, groups: list[str], series: dict[str, list[float]], unit: str = "%",
               scale: float = 100.0) -> str:
    """Grouped horizontal bars as inline SVG."""
    bar, gap, label_width, chart_width = 14, 10, 150, 420
    names = list(series)
    top = max([max(values) for values in series.values() if values] + [1e-9]) * scale
    maximum = 100.0 if unit == "%" else top
    height = 30 + len(groups) * (len(names) * bar + gap) + 20 * len(names)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_width + chart_width + 80}" height="{height}" '
             f'role="img" aria-label="{html.escape(title)}"><text x="0" y="16" font-weight="bold">{html.escape(title)}</text>']
    y = 30
    for group_index, group in enumerate(groups):
        parts.append(f'<text x="0" y="{y + bar}" font-size="12">{html.escape(group)}</text>')
        for i, name in enumerate(names):
            value = series[name][group_index] * scale
            w = 0 if maximum == 0 else chart_width * value / maximum
            parts.append(f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar - 2}" fill="{PALETTE[i % len(PALETTE)]}"/>'
                         f'<text x="{label_width + w + 4:.1f}" y="{y + bar - 3}" font-size="11">{value:.1f}{unit}</text>')
            y += bar
        y += gap
    for i, name in enumerate(names):
        parts.append(f'<rect x="{label_width}" y="{y + 20 * i}" width="12" height="12" fill="{PALETTE[i % len(PALETTE)]}"/>'
                     f'<text x="{label_width + 18}" y="{y + 20 * i + 11}" font-size="12">{html.escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _thumbnail(path: str, side: int = 220) -> str:
    try:
        with Image.open(path) as image:
            image = ImageOps.exif_transpose(image).convert("RGB")
            image.thumbnail((side, side))
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=70)
        return f'<img alt="" src="data:image/jpeg;base64,{base64.b64encode(buffer.getvalue()).decode()}">'
    except Exception:  # a PDF or an unreadable file: no thumbnail, the row still shows
        return ""


def html_report(report: "EvalReport", worst: int = 8) -> str:
    configs = list(report.summaries)
    s = report.summaries
    charts = [
        _bar_chart("Normalised accuracy per field", report.fields,
                   {c: [s[c]["fields"][f]["normalised"] for f in report.fields] for c in configs}),
        _bar_chart("Strict accuracy per field (SROIE task 3)", report.fields,
                   {c: [s[c]["fields"][f]["strict"] for f in report.fields] for c in configs}),
        _bar_chart("Seconds per document", ["median", "p90"],
                   {c: [s[c]["latency"]["median_s"] or 0.0, s[c]["latency"]["p90_s"] or 0.0] for c in configs},
                   unit=" s", scale=1.0),
    ]
    summary_rows = "".join(
        f"<tr><td>{html.escape(c)}</td><td>{_pct(s[c]['micro']['strict']['f1'])}</td>"
        f"<td>{_pct(s[c]['micro']['normalised']['f1'])}</td><td>{_pct(s[c]['all_fields_right'])}</td>"
        f"<td>{_pct(s[c]['review']['precision'])}</td><td>{_pct(s[c]['review']['recall'])}</td>"
        f"<td>{_pct(s[c]['review'].get('flagged_share'))}</td>"
        f"<td>{_num(s[c]['latency']['median_s'])}</td><td>{s[c]['failed']}</td></tr>"
        for c in configs)
    buckets = [row["confidence"] for row in s[configs[0]].get("reliability", [])]
    reliability_rows = "".join(
        f"<tr><td>{html.escape(bucket)}</td>" + "".join(
            f"<td>{_pct(s[c]['reliability'][i]['accuracy'])} ({s[c]['reliability'][i]['values']})</td>" for c in configs)
        + "</tr>" for i, bucket in enumerate(buckets))
    sections = []
    for config in configs:
        docs = sorted(report.documents[config], key=lambda d: (d.correct, d.source))[:worst]
        rows = []
        for doc in docs:
            cells = "".join(
                f"<tr class='{'ok' if v['normalised'] else 'bad'}'><td>{html.escape(name)}</td>"
                f"<td>{html.escape(str(v['expected']))}</td><td>{html.escape(str(v['printed']))}</td></tr>"
                for name, v in doc.fields.items())
            error = f"<p class='bad'>{html.escape(doc.error)}</p>" if doc.error else ""
            rows.append(f"<div class='doc'>{_thumbnail(doc.source)}<div><b>{html.escape(doc.source)}</b> "
                        f"({doc.status}){error}<table><tr><th>field</th><th>expected</th><th>got</th></tr>{cells}"
                        f"</table></div></div>")
        sections.append(f"<h2>Worst documents — {html.escape(config)}</h2>{''.join(rows)}")
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>scan2data eval: {html.escape(report.pipeline)}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:1100px}}table{{border-collapse:collapse;margin:.5em 0}}
td,th{{border:1px solid #ccc;padding:3px 8px;text-align:left}}.bad{{color:#b00}}.ok{{color:#070}}
.doc{{display:flex;gap:1em;margin:1em 0;border-top:1px solid #eee;padding-top:1em}}img{{max-width:220px}}</style></head>
<body><h1>{html.escape(report.pipeline)} on {html.escape(report.dataset)}</h1>
<p>{s[configs[0]]['documents']} documents; fields: {', '.join(map(html.escape, report.fields))}.</p>
<table><tr><th>configuration</th><th>micro F1 strict %</th><th>micro F1 normalised %</th><th>all fields right %</th>
<th>review precision %</th><th>review recall %</th><th>flagged %</th><th>median s/doc</th><th>failed</th></tr>
{summary_rows}</table>
<h2>Reliability: accuracy of the values extracted, by the engine's confidence</h2>
<table><tr><th>confidence</th>{''.join(f'<th>{html.escape(c)}: accuracy % (values)</th>' for c in configs)}</tr>
{reliability_rows}</table>
{''.join(f'<div>{c}</div>' for c in charts)}
{''.join(sections)}
</body></html>"""
