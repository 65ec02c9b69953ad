"""Write docs/planner-examples.md: the planner's worked examples from the bundled library.

Run after changing the planner or the bundled content:

    python scripts/planner_examples.py

tests/test_plan_examples_doc.py fails while the page is not current.
"""

from __future__ import annotations

import sys
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "docs" / "planner-examples.md"


def main() -> int:
    import mmc
    from mmc.plan.examples import examples_markdown

    text = examples_markdown(mmc.load_library())
    if PAGE.exists() and PAGE.read_text(encoding="utf-8") == text:
        print(f"{PAGE.name} is current")
        return 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
