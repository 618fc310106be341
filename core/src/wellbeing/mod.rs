//! "Five a day for the mind": which of the Five Ways to Wellbeing someone did on each day, short
//! notes, and a weekly reflection.
//!
//! The record lives only in the browser's local storage. This module owns its format: a JSON
//! document under a versioned key, with a schema number. Older schemas migrate forward; a newer
//! one is left alone; anything unreadable is reported, never dropped (the caller keeps the raw
//! text aside under a backup key).

mod stats;
mod transfer;

pub use stats::{MonthCell, Streaks, WayCount};
pub use transfer::{ImportError, ImportPreview, MAX_IMPORT_BYTES, MERGE_RULE};

use crate::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The Five Ways to Wellbeing (New Economics Foundation, 2008).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Way {
    /// Time with other people: family, friends, neighbours, people at work.
    Connect,
    /// Any physical activity the person enjoys, such as walking, dancing or gardening.
    BeActive,
    /// Pausing to notice the world around them, or how they are feeling.
    TakeNotice,
    /// Trying something new, reading, or picking up a skill.
    KeepLearning,
    /// Doing something for someone else: helping, thanking, giving time.
    Give,
}

impl Way {
    /// The five in their usual order, which the page, the CSV columns and tie-breaks all follow.
    pub const ALL: [Way; 5] = [
        Way::Connect,
        Way::BeActive,
        Way::TakeNotice,
        Way::KeepLearning,
        Way::Give,
    ];

    /// The way's fixed id, used in the stored record, export files, page addresses and element
    /// ids. Changing one would stop saved records from reading.
    pub fn id(self) -> &'static str {
        match self {
            Way::Connect => "connect",
            Way::BeActive => "be-active",
            Way::TakeNotice => "take-notice",
            Way::KeepLearning => "keep-learning",
            Way::Give => "give",
        }
    }

    /// The way with this id, or `None` if the text is not one of the five ids.
    pub fn from_id(id: &str) -> Option<Way> {
        Way::ALL.into_iter().find(|way| way.id() == id)
    }

    /// The way's name as shown to people, in sentence case.
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

    /// The Easy Read picture for this way (a pictogram id).
    pub fn picture(self) -> &'static str {
        match self {
            Way::Connect => "people",
            Way::BeActive => "walk",
            Way::TakeNotice => "notice",
            Way::KeepLearning => "learn",
            Way::Give => "give",
        }
    }

    /// The day's prompt in Easy Read: one short sentence.
    pub fn easy_read_prompt(self) -> &'static str {
        match self {
            Way::Connect => "Spend time with someone, or talk to a friend.",
            Way::BeActive => "Move your body. Go for a walk or dance.",
            Way::TakeNotice => "Stop and look at the world around you.",
            Way::KeepLearning => "Try something new, or read something.",
            Way::Give => "Do something kind for someone.",
        }
    }

    /// The guidance page with ideas for this way.
    pub fn guidance_slug(self) -> String {
        format!("five-ways-{}", self.id())
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The ways done on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WaySet(u8);

impl WaySet {
    /// Whether `way` was done.
    pub fn contains(self, way: Way) -> bool {
        self.0 & way.bit() != 0
    }

    /// How many of the five were done, from 0 to 5.
    pub fn count(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether none of the five was done.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether all five were done: a full five a day.
    pub fn is_all(self) -> bool {
        self.count() == Way::ALL.len()
    }

    /// The ways done, in the usual order of the five.
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

    fn union(self, other: WaySet) -> WaySet {
        WaySet(self.0 | other.0)
    }
}

/// One day's ticks and notes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayRecord {
    /// The ways ticked that day.
    pub ways: WaySet,
    /// A note per way, each trimmed, not empty and at most `MAX_NOTE_CHARS` characters. A way
    /// can have a note without being ticked.
    pub notes: BTreeMap<Way, String>,
}

impl DayRecord {
    fn is_empty(&self) -> bool {
        self.ways.is_empty() && self.notes.is_empty()
    }
}

/// One day in a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    /// The calendar day summarised.
    pub date: Date,
    /// The ways ticked on it (none if nothing was recorded).
    pub ways: WaySet,
}

/// How a week felt, from 1 (very hard) to 5 (very good).
pub const FEELINGS: [(u8, &str); 5] = [
    (1, "Very hard"),
    (2, "Hard"),
    (3, "OK"),
    (4, "Good"),
    (5, "Very good"),
];

/// The longest note kept for one way on one day, in characters.
pub const MAX_NOTE_CHARS: usize = 200;

/// Someone's whole five a day record: ticks and notes by day, and how each week felt. Days
/// with nothing on them are not kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tracker {
    days: BTreeMap<Date, DayRecord>,
    /// Keyed by the Monday that starts the week.
    reflections: BTreeMap<Date, u8>,
}

/// The Monday on or before `date`: weeks run Monday to Sunday, as in the UK.
pub fn week_start(date: Date) -> Date {
    date.add_days(-(date.weekday() as i32))
}

impl Tracker {
    /// The ways ticked on `date`; none if nothing was recorded that day.
    pub fn ways_on(&self, date: Date) -> WaySet {
        self.days.get(&date).map(|day| day.ways).unwrap_or_default()
    }

    /// The note written for `way` on `date`, if there is one.
    pub fn note(&self, date: Date, way: Way) -> Option<&str> {
        self.days.get(&date)?.notes.get(&way).map(String::as_str)
    }

    /// Ticks (`done`) or unticks `way` on `date`. A day left with nothing on it is dropped.
    pub fn set(&mut self, date: Date, way: Way, done: bool) {
        self.edit_day(date, |day| day.ways.set(way, done));
    }

    /// Flips the tick for `way` on `date`, as tapping the day's card does.
    pub fn toggle(&mut self, date: Date, way: Way) {
        let done = self.ways_on(date).contains(way);
        self.set(date, way, !done);
    }

    /// Sets a note, trimmed to `MAX_NOTE_CHARS`; an empty note removes it.
    pub fn set_note(&mut self, date: Date, way: Way, note: &str) {
        let note: String = note.trim().chars().take(MAX_NOTE_CHARS).collect();
        self.edit_day(date, |day| {
            if note.is_empty() {
                day.notes.remove(&way);
            } else {
                day.notes.insert(way, note);
            }
        });
    }

    /// How the week containing `week` felt (1 to 5), if recorded. Any day of the week will do.
    pub fn reflection(&self, week: Date) -> Option<u8> {
        self.reflections.get(&week_start(week)).copied()
    }

    /// Sets how the week containing `date` felt (1 to 5), or clears it with `None`.
    pub fn set_reflection(&mut self, date: Date, feeling: Option<u8>) {
        let monday = week_start(date);
        match feeling.filter(|value| (1..=5).contains(value)) {
            Some(value) => {
                self.reflections.insert(monday, value);
            }
            None => {
                self.reflections.remove(&monday);
            }
        }
    }

    fn edit_day(&mut self, date: Date, edit: impl FnOnce(&mut DayRecord)) {
        let day = self.days.entry(date).or_default();
        edit(day);
        if day.is_empty() {
            self.days.remove(&date);
        }
    }

    /// The seven days ending on `today`, oldest first.
    pub fn last_seven_days(&self, today: Date) -> Vec<Day> {
        (0..7)
            .rev()
            .map(|back| self.day(today.add_days(-back)))
            .collect()
    }

    /// The summary of one day: the ways ticked on `date`.
    pub fn day(&self, date: Date) -> Day {
        Day {
            date,
            ways: self.ways_on(date),
        }
    }

    /// Whether nothing at all is recorded: no ticks, notes or week feelings.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty() && self.reflections.is_empty()
    }

    /// Days with anything recorded, oldest first.
    pub fn recorded_days(&self) -> impl Iterator<Item = (Date, &DayRecord)> {
        self.days.iter().map(|(date, day)| (*date, day))
    }

    /// The stored and exported form (see `transfer` for the document shape).
    pub fn to_json(&self) -> String {
        transfer::to_json(self)
    }

    /// One row per day, for a spreadsheet.
    pub fn to_csv(&self) -> String {
        transfer::to_csv(self)
    }
}

/// The local storage key; its suffix changes only if the key itself has to change.
pub const STORAGE_KEY: &str = "kmcn.five-a-day.v1";

/// The schema of the JSON document stored under the key. 1: ticks only. 2: adds notes and
/// weekly reflections.
pub const SCHEMA_VERSION: u32 = 2;

/// Where an unreadable record is kept, so nothing is lost. The time keeps each backup apart.
pub fn backup_key(unix_millis: i64) -> String {
    format!("{STORAGE_KEY}.unreadable.{unix_millis}")
}

/// Whether a storage key holds a record kept aside, for export.
pub fn is_backup_key(key: &str) -> bool {
    key.starts_with(&format!("{STORAGE_KEY}.unreadable."))
}

/// What was found in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// A readable record (older schemas already migrated). Use it.
    Restored(Tracker),
    /// The stored text could not be read. The caller must keep it aside before saving.
    Unreadable {
        /// What is wrong with the stored text, in plain English.
        reason: String,
    },
    /// Written by a newer version of the site. Leave it untouched and do not save over it.
    TooNew {
        /// The schema number the stored record says it has, above `SCHEMA_VERSION`.
        schema: u32,
    },
}

/// Reads what was found under `STORAGE_KEY` (`None` if nothing was), and says whether it can
/// be used, must be kept aside, or must be left alone.
pub fn load(stored: Option<&str>) -> Loaded {
    let Some(text) = stored else {
        return Loaded::Empty;
    };
    match transfer::from_json(text) {
        Ok(tracker) => Loaded::Restored(tracker),
        Err(ImportError::NewerVersion { schema }) => Loaded::TooNew { schema },
        Err(error) => Loaded::Unreadable {
            reason: error.to_string(),
        },
    }
}

#[cfg(test)]
mod tests;
