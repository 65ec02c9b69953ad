"""Coverage-guided fuzzing of the content pipeline with atheris.

Any byte string, read as a muscle, exercise, drill or page file, must give either an item or
located problems: never another exception. Run for a bounded time, for example:

    python fuzz/fuzz_content.py -max_total_time=60 -rss_limit_mb=1024 fuzz/corpus
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    from mmc.content.parsing import check_bytes
    from mmc.errors import TempoError
    from mmc.model.tempo import Tempo

KINDS = ("muscle", "exercise", "drill", "page")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    kind = KINDS[data[0] % len(KINDS)]
    body = data[1:]
    for problem in check_bytes(kind, body, "item.md"):
        assert problem.file == "item.md"
        assert problem.warning or problem.line is not None, problem
    with contextlib.suppress(TempoError):
        Tempo.parse(body.decode("utf-8", "replace")[:64])


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
