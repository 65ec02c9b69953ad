"""Planner test helpers: a session's duration recomputed from its printed parts."""

from __future__ import annotations

import mmc

#: What a coach counts from one exercise (or superset) to the next, and the walk inside a
#: superset (the planner's conventions, restated here so a change to them is seen).
CHANGEOVER = 90
WALK = 20


def session_seconds(session: mmc.Session) -> float:
    """Drills + warm-up sets + sets x reps x tempo + rest + changeovers, with supersets
    done as rounds (a set of each, the walk, then the rest shown on the pair)."""
    total = 60.0 * sum(d.minutes for d in session.drills)
    items = session.items
    index = 0
    while index < len(items):
        rx = items[index].prescription
        after = max(CHANGEOVER, rx.rest_seconds) if session.goal == "strength" else CHANGEOVER
        if items[index].superset and items[index].superset.endswith("1"):
            other = items[index + 1].prescription
            assert items[index + 1].superset == items[index].superset[0] + "2"
            assert other.rest_seconds == rx.rest_seconds
            rounds = max(rx.sets, other.sets)
            total += (rounds * (rx.set_seconds() + WALK + other.set_seconds())
                      + (rounds - 1) * rx.rest_seconds + after
                      + 90 * (rx.warmup_sets + other.warmup_sets))
            index += 2
            continue
        total += rx.total_seconds() + after
        index += 1
    return total
