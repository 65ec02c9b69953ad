"""Credit where it is due: each imported exercise ends with a line naming the dataset, the
record, its authors and license, and every import writes ``ATTRIBUTION-<dataset>.md`` listing
the licenses and every exercise's authors."""

from __future__ import annotations

from collections import Counter

from mmc.content.importers.defaults import DEFAULT_TEMPO, HOLD_TEMPO
from mmc.content.importers.importer import Importer
from mmc.content.importers.records import ImportReport, SourceRecord
from mmc.content.importers.text import clean_text, markdown_text

__all__ = ["LICENSE_URLS", "attribution_text", "instructions_body", "license_urls"]

#: SPDX id -> where the license text lives.
LICENSE_URLS: dict[str, str] = {
    "CC-BY-SA-3.0": "https://creativecommons.org/licenses/by-sa/3.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
    "Unlicense": "https://unlicense.org/",
    "MIT": "https://opensource.org/license/mit",
}


def license_urls(spdx: str) -> list[str]:
    """Where the text of each license of an SPDX expression (``A AND B``) lives."""
    return [LICENSE_URLS[part] for part in spdx.split(" AND ") if part in LICENSE_URLS]


def instructions_body(importer: Importer, rec: SourceRecord) -> str:
    """The record's instructions and tips as Markdown, ending with the credit line."""
    steps = [markdown_text(step) for step in rec.steps if clean_text(step)]
    tips = [markdown_text(tip) for tip in rec.tips if clean_text(tip)]
    if not steps and not tips:
        return ""
    lines = ["## Instructions", ""]
    if rec.numbered:
        lines += [f"{index}. {step}" for index, step in enumerate(steps, 1)]
    else:
        for step in steps:
            lines += [step, ""]
        if lines[-1] == "":
            lines.pop()
    if tips:
        lines += ["", "Tips from the dataset:", ""]
        lines += [f"- {tip}" for tip in tips]
    urls = license_urls(rec.license)
    where = f" ({', '.join(urls)})" if urls else ""
    lines += [
        "",
        f"*Text from {importer.title}, record {markdown_text(rec.record)}, by "
        f"{markdown_text(rec.attribution)}; license {rec.license}{where}. Only whitespace and "
        "markup were changed.*",
    ]
    return "\n".join(lines) + "\n"



def attribution_text(importer: Importer, report: ImportReport) -> str:
    """The text of ``ATTRIBUTION-<dataset>.md`` for the records written."""
    licenses = Counter(item.license for item in report.written)
    lines = [
        f"# Attribution: {importer.title}",
        "",
        f"The files in `exercises/` whose `provenance.dataset` is `{importer.name}` were "
        f"converted by `mmc import {importer.name}` from {importer.title} ({importer.homepage}).",
        "",
        importer.mapping.license_note
        or f"Credit the authors as below and follow the dataset's license ({importer.name}).",
        "",
        "Changes made by mmc: the records were converted to mmc's content format; muscle and "
        "equipment names were mapped to mmc's vocabulary; what the dataset does not say (the "
        "movement pattern, and where it has none the mechanic, equipment or target muscle, "
        "holds, carries and per-side work) was inferred; the tempo defaults to "
        f"{DEFAULT_TEMPO} ({HOLD_TEMPO} for holds and carries). "
        "The instructions keep the dataset's words; only whitespace and markup were changed. "
        f"`import-report-{importer.name}.json` lists every record left out and why.",
        "",
        "## Licenses",
        "",
        "| license | exercises | license text |",
        "|---|---|---|",
    ]
    for spdx, count in sorted(licenses.items()):
        lines.append(f"| {spdx} | {count} | {', '.join(license_urls(spdx)) or '-'} |")
    lines += [
        "",
        "## Exercises and their authors",
        "",
        "| file | record | license | attribution |",
        "|---|---|---|---|",
    ]
    for item in sorted(report.written, key=lambda w: w.id):
        cells = [f"exercises/{item.id}.md", item.record, item.license, item.attribution]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"
