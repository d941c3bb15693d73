"""Opening hours in the reader's language, written from the structured hours.

The catalog keeps each line's hours twice: as published, in Japanese (`hours_text`,
verbatim from shared/reference), and as data (`Schedule`: days, times, 24 hours, public
holidays, the New Year break). A Japanese page shows the published text. Any other page,
easy Japanese included (「平日」「年末年始を除く」 are words its readers may not know), writes
the data out in its own language; the times are never changed, only worded.

Where the data cannot say it all, the Japanese text is still given, marked as Japanese
(`hours_ja`): hours that differ by area or desk, lines open only on set dates, and rules
a weekly schedule cannot hold (kept in the schedule's note: 毎月10日, 最終土曜…). A
line with no data at all shows only the Japanese text, and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from tsunagari.catalog.hours import DAYS, MINUTES_PER_DAY, Reliability, Schedule, WeeklyRule

# Pages that show the published Japanese text as it is.
JAPANESE_PAGES = frozenset({"ja"})


@dataclass(frozen=True, slots=True)
class Hours:
    """What a page shows for a line's hours.

    `text` is written in `lang` (the page's language, or "ja" for the published text);
    `japanese` is the published text to give as well, when `text` leaves out some of it.
    """

    text: str
    lang: str
    japanese: str = ""

    @property
    def only_japanese(self) -> bool:
        return self.lang == "ja" and bool(self.text)


def hours_in(hours_text: str, schedule: Schedule | None, lang: str) -> Hours:
    """A contact's hours for a page in `lang`; call inside `translation.override(lang)`."""
    if lang in JAPANESE_PAGES:
        return Hours(hours_text, "ja")
    if schedule is None or schedule.reliability is Reliability.VARIES or schedule.periods:
        if schedule is not None and schedule.periods:
            # A line open only on set dates (#9999): the dates live in the Japanese text.
            return Hours(_("Only on set dates."), lang, hours_text)
        return Hours(hours_text, "ja")
    text = pgettext("between opening hours", "; ").join([*_rules(schedule), *_closures(schedule)])
    if schedule.reliability is Reliability.DATED:
        text = _("%(hours)s (from an older source, so they may have changed)") % {"hours": text}
    return Hours(text, lang, hours_text if schedule.note else "")


def _rules(schedule: Schedule) -> list[str]:
    """One phrase per set of days: "Mon–Fri: 9:00–12:00, 13:00–16:30"."""
    if schedule.always:
        return [_days_and_times(frozenset(DAYS), [_("24 hours")])]
    by_days: dict[frozenset[str], list[WeeklyRule]] = {}
    for rule in schedule.weekly:
        by_days.setdefault(rule.days, []).append(rule)
    ordered = sorted(by_days.items(), key=lambda item: min(DAYS.index(d) for d in item[0]))
    return [
        _days_and_times(days, [_times(rule) for rule in sorted(rules, key=lambda r: r.opens)])
        for days, rules in ordered
    ]


def _days_and_times(days: frozenset[str], times: list[str]) -> str:
    return pgettext("opening hours", "%(days)s: %(times)s") % {
        "days": days_text(days),
        "times": pgettext("between time ranges", ", ").join(times),
    }


def _closures(schedule: Schedule) -> list[str]:
    """What the source states about public holidays and the New Year break (年末年始)."""
    phrases = []
    if schedule.closed_on_holidays is True:
        phrases.append(_("closed on public holidays"))
    elif schedule.closed_on_holidays is False:
        phrases.append(_("open on public holidays too"))
    if schedule.closed_year_end is True:
        phrases.append(_("closed over the New Year holidays"))
    elif schedule.closed_year_end is False:
        phrases.append(_("open over the New Year holidays too"))
    return phrases


def clock_text(minutes: int) -> str:
    """570 -> "9:30", as Japanese sources write times (24-hour clock)."""
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60}:{minutes % 60:02d}"


def _times(rule: WeeklyRule) -> str:
    if rule.opens == 0 and rule.closes == MINUTES_PER_DAY:
        return _("24 hours")
    values = {"opens": clock_text(rule.opens), "closes": clock_text(rule.closes)}
    if rule.closes > MINUTES_PER_DAY:
        return pgettext("opening hours", "%(opens)s to %(closes)s the next day") % values
    if rule.closes == MINUTES_PER_DAY:
        values["closes"] = "24:00"
    return pgettext("opening hours", "%(opens)s–%(closes)s") % values


def day_name(day: str) -> str:
    names = {
        "mon": pgettext("weekday, short", "Mon"),
        "tue": pgettext("weekday, short", "Tue"),
        "wed": pgettext("weekday, short", "Wed"),
        "thu": pgettext("weekday, short", "Thu"),
        "fri": pgettext("weekday, short", "Fri"),
        "sat": pgettext("weekday, short", "Sat"),
        "sun": pgettext("weekday, short", "Sun"),
    }
    return names[day]


def days_text(days: frozenset[str]) -> str:
    """ "Every day", "Mon–Fri", "Mon, Thu": runs of three or more days as a range."""
    if len(days) == len(DAYS):
        return _("Every day")
    indexes = sorted(DAYS.index(d) for d in days)
    runs: list[list[int]] = []
    for index in indexes:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(
                pgettext("range of weekdays", "%(first)s–%(last)s")
                % {"first": day_name(DAYS[run[0]]), "last": day_name(DAYS[run[-1]])}
            )
        else:
            parts.extend(day_name(DAYS[i]) for i in run)
    return pgettext("between weekdays", ", ").join(parts)
