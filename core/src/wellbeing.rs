//! "Five a day for the mind": which of the Five Ways to Wellbeing someone did on each day.
//!
//! The record lives only in the browser's local storage. This module owns its format: a versioned
//! JSON document under a versioned key. Anything that cannot be read is reported, never dropped:
//! the caller keeps the raw text aside under a backup key.

use crate::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The Five Ways to Wellbeing (New Economics Foundation, 2008).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Way {
    Connect,
    BeActive,
    TakeNotice,
    KeepLearning,
    Give,
}

impl Way {
    pub const ALL: [Way; 5] = [
        Way::Connect,
        Way::BeActive,
        Way::TakeNotice,
        Way::KeepLearning,
        Way::Give,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Way::Connect => "connect",
            Way::BeActive => "be-active",
            Way::TakeNotice => "take-notice",
            Way::KeepLearning => "keep-learning",
            Way::Give => "give",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Way::Connect => "Connect",
            Way::BeActive => "Be active",
            Way::TakeNotice => "Take notice",
            Way::KeepLearning => "Keep learning",
            Way::Give => "Give",
        }
    }

    /// A one-line prompt for the day's card.
    pub fn prompt(self) -> &'static str {
        match self {
            Way::Connect => "Spent time with someone, called a friend, or chatted to a neighbour.",
            Way::BeActive => "Went for a walk, danced, gardened, or moved in a way you enjoy.",
            Way::TakeNotice => "Paused to notice the world around you, or how you are feeling.",
            Way::KeepLearning => {
                "Tried something new, read, cooked a new dish, or picked up a skill."
            }
            Way::Give => "Helped someone, said thank you, or gave your time.",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The ways done on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WaySet(u8);

impl WaySet {
    pub fn contains(self, way: Way) -> bool {
        self.0 & way.bit() != 0
    }

    pub fn count(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn ways(self) -> impl Iterator<Item = Way> {
        Way::ALL.into_iter().filter(move |way| self.contains(*way))
    }

    fn set(&mut self, way: Way, done: bool) {
        if done {
            self.0 |= way.bit();
        } else {
            self.0 &= !way.bit();
        }
    }
}

/// One day in a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub date: Date,
    pub ways: WaySet,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tracker {
    days: BTreeMap<Date, WaySet>,
}

impl Tracker {
    pub fn ways_on(&self, date: Date) -> WaySet {
        self.days.get(&date).copied().unwrap_or_default()
    }

    pub fn set(&mut self, date: Date, way: Way, done: bool) {
        let mut ways = self.ways_on(date);
        ways.set(way, done);
        if ways.is_empty() {
            self.days.remove(&date);
        } else {
            self.days.insert(date, ways);
        }
    }

    pub fn toggle(&mut self, date: Date, way: Way) {
        let done = self.ways_on(date).contains(way);
        self.set(date, way, !done);
    }

    /// The seven days ending on `today`, oldest first.
    pub fn last_seven_days(&self, today: Date) -> Vec<Day> {
        (0..7)
            .rev()
            .map(|back| {
                let date = today.add_days(-back);
                Day {
                    date,
                    ways: self.ways_on(date),
                }
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// The stored form: `{"schema":1,"days":{"2026-11-23":["connect","give"]}}`.
    pub fn to_json(&self) -> String {
        let document = Document {
            schema: SCHEMA_VERSION,
            days: self
                .days
                .iter()
                .map(|(date, ways)| (*date, ways.ways().collect()))
                .collect(),
        };
        serde_json::to_string(&document).expect("the tracker always serialises")
    }
}

/// The local storage key; its suffix changes only if the key itself has to change.
pub const STORAGE_KEY: &str = "kmcn.five-a-day.v1";

/// The schema of the JSON document stored under the key.
pub const SCHEMA_VERSION: u32 = 1;

/// Where an unreadable record is kept, so nothing is lost. The time keeps each backup apart.
pub fn backup_key(unix_millis: i64) -> String {
    format!("{STORAGE_KEY}.unreadable.{unix_millis}")
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    schema: u32,
    days: BTreeMap<Date, Vec<Way>>,
}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: u32,
}

/// What was found in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    Restored(Tracker),
    /// The stored text could not be read. The caller must keep it aside before saving.
    Unreadable {
        reason: String,
    },
    /// Written by a newer version of the site. Leave it untouched and do not save over it.
    TooNew {
        schema: u32,
    },
}

pub fn load(stored: Option<&str>) -> Loaded {
    let Some(text) = stored else {
        return Loaded::Empty;
    };
    match serde_json::from_str::<SchemaOnly>(text) {
        Ok(SchemaOnly { schema }) if schema > SCHEMA_VERSION => return Loaded::TooNew { schema },
        Ok(SchemaOnly { schema }) if schema < 1 => {
            return Loaded::Unreadable {
                reason: format!("unknown schema version {schema}"),
            }
        }
        Ok(_) => {}
        Err(error) => {
            return Loaded::Unreadable {
                reason: error.to_string(),
            }
        }
    }
    match serde_json::from_str::<Document>(text) {
        Ok(document) => {
            let mut tracker = Tracker::default();
            for (date, ways) in document.days {
                for way in ways {
                    tracker.set(date, way, true);
                }
            }
            Loaded::Restored(tracker)
        }
        Err(error) => Loaded::Unreadable {
            reason: error.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn ticks_and_unticks() {
        let mut tracker = Tracker::default();
        let today = date("2026-11-23");
        tracker.toggle(today, Way::Connect);
        tracker.toggle(today, Way::Give);
        assert!(tracker.ways_on(today).contains(Way::Connect));
        assert_eq!(tracker.ways_on(today).count(), 2);
        tracker.toggle(today, Way::Connect);
        assert!(!tracker.ways_on(today).contains(Way::Connect));
        tracker.toggle(today, Way::Give);
        assert!(tracker.is_empty(), "a day with nothing ticked is not kept");
    }

    #[test]
    fn last_seven_days_end_today_oldest_first() {
        let mut tracker = Tracker::default();
        tracker.set(date("2026-11-17"), Way::BeActive, true);
        tracker.set(date("2026-11-16"), Way::BeActive, true);
        let week = tracker.last_seven_days(date("2026-11-23"));
        assert_eq!(week.len(), 7);
        assert_eq!(week[0].date, date("2026-11-17"));
        assert_eq!(week[6].date, date("2026-11-23"));
        assert!(week[0].ways.contains(Way::BeActive));
        assert!(week[1..].iter().all(|day| day.ways.is_empty()));
    }

    #[test]
    fn round_trips_through_storage_text() {
        let mut tracker = Tracker::default();
        tracker.set(date("2026-11-23"), Way::Give, true);
        tracker.set(date("2026-11-23"), Way::Connect, true);
        tracker.set(date("2026-02-28"), Way::KeepLearning, true);
        let text = tracker.to_json();
        assert_eq!(
            text,
            r#"{"schema":1,"days":{"2026-02-28":["keep-learning"],"2026-11-23":["connect","give"]}}"#
        );
        assert_eq!(load(Some(&text)), Loaded::Restored(tracker));
    }

    #[test]
    fn nothing_stored_is_empty() {
        assert_eq!(load(None), Loaded::Empty);
    }

    #[test]
    fn unreadable_text_is_reported_not_dropped() {
        for bad in [
            "not json",
            "{}",
            r#"{"schema":1,"days":{"2026-13-01":["give"]}}"#,
            r#"{"schema":1,"days":{"2026-11-23":["juggle"]}}"#,
            r#"{"schema":0,"days":{}}"#,
            r#"{"schema":1,"days":[]}"#,
            "",
        ] {
            assert!(
                matches!(load(Some(bad)), Loaded::Unreadable { .. }),
                "{bad:?} should be unreadable"
            );
        }
    }

    #[test]
    fn a_newer_schema_is_left_alone() {
        assert_eq!(
            load(Some(r#"{"schema":2,"days":{},"moods":[]}"#)),
            Loaded::TooNew { schema: 2 }
        );
    }

    #[test]
    fn backup_keys_are_distinct_and_versioned() {
        assert_eq!(backup_key(5), "kmcn.five-a-day.v1.unreadable.5");
        assert_ne!(backup_key(5), backup_key(6));
    }
}
