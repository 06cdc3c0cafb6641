"""``plan --ics FILE``: the schedule as an iCalendar file (RFC 5545).

All-day events (``DTSTART;VALUE=DATE``, ``DTEND`` the next day, transparent so
they do not block time):

* each needling date (what to skip that day, what is still paused);
* each "stop X today" day (the first day of a pause) and each "you may resume
  X" day, for every product;
* the post-care reminders (AD001): plain hyaluronic acid on the needling day,
  mineral sunscreen from the day it is recommended.

UIDs are stable (``needling-2026-12-10@compatcheck``,
``stop-night-serum-2026-12-03@compatcheck``, ``AD001-2026-12-10@compatcheck``),
so importing an updated plan updates the events instead of duplicating them.
The whole plan goes into the calendar, whatever ``--from``/``--to`` cut from
the grid. icalendar is imported only here, only when ``--ics`` is given.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from compatcheck import __version__
from compatcheck.dates import show
from compatcheck.formatters import DISCLAIMER
from compatcheck.plan import Plan
from compatcheck.rules import listing

PRODID = f"-//compatcheck//compatcheck {__version__}//EN"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "product"


def _slugs(plan: Plan) -> dict[str, str]:
    """A distinct slug per product name (``-2``, ``-3``... on collisions)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for p in plan.products:
        slug, k = _slug(p.name), 1
        while slug in used:
            k += 1
            slug = f"{_slug(p.name)}-{k}"
        used.add(slug)
        out[p.name] = slug
    return out


def _event(uid: str, day: date, summary: str, description: str, stamp: datetime):
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", f"{description}\n\n{DISCLAIMER}")
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["compatcheck"])
    return event


def calendar_events(plan: Plan, stamp: datetime | None = None) -> list:
    """The plan's events as icalendar ``Event`` objects, in date order."""
    stamp = stamp or datetime.now(timezone.utc).replace(microsecond=0)
    slugs = _slugs(plan)
    events = []
    for n in plan.needling:
        lines = []
        if n.skip:
            lines.append(f"Skip today (nothing but post-care): {listing(n.skip)}.")
        if n.paused:
            lines.append(f"Still paused: {listing(n.paused)}.")
        events.append((n.day, 0, _event(f"needling-{n.day.isoformat()}@compatcheck", n.day,
                                        "Microneedling today: nothing but post-care",
                                        "\n".join(lines + [n.postcare.message]), stamp)))
        events.append((n.day, 1, _event(f"{n.postcare.code}-{n.day.isoformat()}@compatcheck", n.day,
                                        "Post-care: plain hyaluronic acid right after needling",
                                        f"{n.postcare.message}\n{n.postcare.advice}", stamp)))
        events.append((n.sunscreen_from, 1, _event(
            f"{n.postcare.code}-sunscreen-{n.day.isoformat()}@compatcheck", n.sunscreen_from,
            "Post-care: mineral sunscreen SPF 30+ from today",
            f"After needling on {show(n.day)}. {n.postcare.advice}", stamp)))
    for e in plan.events():
        pause, slug = e.pause, slugs[e.product]
        needling = listing(show(d) for d in pause.needling_dates)
        why = f"{e.product} contains {listing(pause.ingredients)}; needling {needling}."
        if e.kind == "stop":
            one_day = pause.resume_on - pause.pause_from == timedelta(days=1)
            summary = f"Skip {e.product} today" if one_day else f"Stop {e.product} today"
            text = (f"{why}\nLast use: {show(pause.last_use)}. Paused {show(pause.pause_from)} to "
                    f"{show(pause.last_day)}. You may resume it on {show(pause.resume_on)}.")
        else:
            summary = f"You may resume {e.product} today"
            text = f"{why}\nPaused {show(pause.pause_from)} to {show(pause.last_day)}."
        events.append((e.day, 2, _event(f"{e.kind}-{slug}-{e.day.isoformat()}@compatcheck", e.day,
                                        summary, text, stamp)))
    events.sort(key=lambda item: (item[0], item[1]))
    return [event for _, _, event in events]


def plan_calendar(plan: Plan, stamp: datetime | None = None) -> str:
    """The plan as the text of an ``.ics`` file (CRLF line ends, as RFC 5545 asks)."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Microneedling plan")
    for event in calendar_events(plan, stamp):
        cal.add_component(event)
    return cal.to_ical().decode("utf-8")
