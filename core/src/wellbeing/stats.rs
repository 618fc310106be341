//! Looking back: weeks, months, streaks and the ways done most and least.

use super::{week_start, Day, Tracker, Way};
use crate::Date;

/// Runs of consecutive days. A run that reaches yesterday still counts as current today, so a
/// day is not "lost" before it is over.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Streaks {
    /// Days in a row with at least one way.
    pub current_any: u32,
    /// The longest run, up to today, of days with at least one way.
    pub longest_any: u32,
    /// Days in a row with all five ways.
    pub current_all: u32,
    /// The longest run, up to today, of days with all five ways.
    pub longest_all: u32,
}

/// A square of a month calendar, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthCell {
    /// Before the 1st or after the last day.
    Blank,
    /// A day of the month, with the ways done on it.
    Day(Day),
}

/// How many days one way was done in a period (see `Tracker::way_counts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WayCount {
    /// The way counted.
    pub way: Way,
    /// The number of days in the period on which it was ticked.
    pub days: u32,
}

impl Tracker {
    /// The seven days of the week starting on the Monday on or before `date`.
    pub fn week(&self, date: Date) -> Vec<Day> {
        let monday = week_start(date);
        (0..7)
            .map(|offset| self.day(monday.add_days(offset)))
            .collect()
    }

    /// The days of a month laid out in whole weeks, Monday first.
    pub fn month(&self, year: i32, month: u32) -> Vec<MonthCell> {
        let Some(first) = Date::from_ymd(year, month, 1) else {
            return Vec::new();
        };
        let mut cells = Vec::new();
        let mut date = week_start(first);
        loop {
            let (y, m, _) = date.ymd();
            let in_month = (y, m) == (year, month);
            if !in_month && date > first && date.weekday() as u8 == 0 {
                break;
            }
            cells.push(if in_month {
                MonthCell::Day(self.day(date))
            } else {
                MonthCell::Blank
            });
            date = date.add_days(1);
        }
        cells
    }

    /// The current and longest runs as of `today`; days after `today` are not counted.
    pub fn streaks(&self, today: Date) -> Streaks {
        let run_ending = |end: Date, counts: &dyn Fn(Date) -> bool| -> u32 {
            let mut length = 0;
            while counts(end.add_days(-(length as i32))) {
                length += 1;
            }
            length
        };
        let any = |date: Date| !self.ways_on(date).is_empty();
        let all = |date: Date| self.ways_on(date).is_all();
        let current = |counts: &dyn Fn(Date) -> bool| -> u32 {
            let end = if counts(today) {
                today
            } else {
                today.add_days(-1)
            };
            run_ending(end, counts)
        };
        let longest = |counts: &dyn Fn(Date) -> bool| -> u32 {
            let mut best = 0;
            let mut run = 0;
            let mut previous: Option<Date> = None;
            for (date, _) in self
                .recorded_days()
                .filter(|(date, _)| *date <= today && counts(*date))
            {
                run = if previous.is_some_and(|previous| previous.add_days(1) == date) {
                    run + 1
                } else {
                    1
                };
                best = best.max(run);
                previous = Some(date);
            }
            best
        };
        Streaks {
            current_any: current(&any),
            longest_any: longest(&any),
            current_all: current(&all),
            longest_all: longest(&all),
        }
    }

    /// How many days each way was done between `from` and `to` inclusive, most first; ties keep
    /// the usual order of the five ways.
    pub fn way_counts(&self, from: Date, to: Date) -> Vec<WayCount> {
        let mut counts: Vec<WayCount> = Way::ALL
            .into_iter()
            .map(|way| WayCount {
                way,
                days: self
                    .recorded_days()
                    .filter(|(date, day)| (from..=to).contains(date) && day.ways.contains(way))
                    .count() as u32,
            })
            .collect();
        counts.sort_by_key(|count| std::cmp::Reverse(count.days));
        counts
    }
}
