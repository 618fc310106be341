//! The tracker's stored document, its CSV export, and importing either back.
//!
//! Stored and exported JSON (schema 2):
//! `{"schema":2,"days":{"2026-11-23":{"ways":["connect"],"notes":{"connect":"Called Mum"}}},
//! "reflections":{"2026-11-23":4}}`, reflections keyed by the week's Monday. Schema 1 documents
//! (`{"schema":1,"days":{"2026-11-23":["connect"]}}`) are read and migrated.

use super::{week_start, Tracker, Way, MAX_NOTE_CHARS, SCHEMA_VERSION};
use crate::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Files larger than this are refused before they are read.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// How an import is merged with what is already on the device, as shown before it is applied.
pub const MERGE_RULE: &str = "Days only in the file are added. For a day in both, a way ticked in either is kept ticked, and a note or week feeling in the file replaces the one on this device. Nothing else changes.";

/// Why a file could not be imported. Nothing on the device changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is over `MAX_IMPORT_BYTES`, so it was not read.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// The file is not UTF-8 text.
    NotText,
    /// Neither a JSON document with a schema number nor a CSV file with the tracker's header
    /// row: probably some other file.
    WrongFile,
    /// The JSON gives a schema number this site never wrote: zero, negative or far too large.
    UnknownVersion {
        /// The schema number as written in the file.
        schema: i64,
    },
    /// Saved by a newer version of the site; reloading the page may let it be read.
    NewerVersion {
        /// The file's schema number, above `SCHEMA_VERSION`.
        schema: u32,
    },
    /// A date that is not a real day written as YYYY-MM-DD.
    BadDate {
        /// The date as written in the file.
        text: String,
        /// The CSV line it is on, counting from 1; `None` for JSON.
        line: Option<usize>,
    },
    /// Any other value that cannot be taken in: an unknown way, a note too long, a week feeling
    /// out of range or not on a Monday, a tick that is not yes or no, a damaged row or document.
    BadValue {
        /// What is wrong, as a sentence for the person without its full stop.
        detail: String,
        /// The CSV line it is on, counting from 1; `None` for JSON.
        line: Option<usize>,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = |line: &Option<usize>| {
            line.map(|line| format!(" (line {line})"))
                .unwrap_or_default()
        };
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is too large ({} KB). A five a day file is much smaller, so this is probably the wrong file.",
                bytes / 1024
            ),
            ImportError::NotText => f.write_str("The file is not a text file. Choose a .json or .csv file saved from this tracker."),
            ImportError::WrongFile => f.write_str("This is not a five a day file. Choose a .json or .csv file saved from this tracker."),
            ImportError::UnknownVersion { schema } => write!(f, "The file says it is version {schema}, which this site does not know."),
            ImportError::NewerVersion { schema } => write!(
                f,
                "The file was saved by a newer version of this site (version {schema}). Reload the page to get the newest version, then try again."
            ),
            ImportError::BadDate { text, line } => write!(f, "\u{201c}{text}\u{201d} is not a date{}. Dates must look like 2026-11-23.", at(line)),
            ImportError::BadValue { detail, line } => write!(f, "{detail}{}.", at(line)),
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Serialize)]
struct Document<'t> {
    schema: u32,
    days: BTreeMap<Date, StoredDay<'t>>,
    reflections: &'t BTreeMap<Date, u8>,
}

#[derive(Serialize)]
struct StoredDay<'t> {
    ways: Vec<Way>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    notes: &'t BTreeMap<Way, String>,
}

pub(super) fn to_json(tracker: &Tracker) -> String {
    let document = Document {
        schema: SCHEMA_VERSION,
        days: tracker
            .days
            .iter()
            .map(|(date, day)| {
                (
                    *date,
                    StoredDay {
                        ways: day.ways.ways().collect(),
                        notes: &day.notes,
                    },
                )
            })
            .collect(),
        reflections: &tracker.reflections,
    };
    serde_json::to_string(&document).expect("the tracker always serialises")
}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: i64,
}

/// Both schemas, read loosely (strings for dates and ways) so each problem can be named.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    #[allow(dead_code)]
    schema: i64,
    days: BTreeMap<String, RawDay>,
    #[serde(default)]
    reflections: BTreeMap<String, u8>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawDay {
    /// Schema 1: just the ways.
    Ways(Vec<String>),
    Full {
        #[serde(default)]
        ways: Vec<String>,
        #[serde(default)]
        notes: BTreeMap<String, String>,
    },
}

fn parse_date(text: &str, line: Option<usize>) -> Result<Date, ImportError> {
    text.parse().map_err(|_| ImportError::BadDate {
        text: text.to_string(),
        line,
    })
}

fn parse_way(text: &str, line: Option<usize>) -> Result<Way, ImportError> {
    Way::from_id(text).ok_or_else(|| ImportError::BadValue {
        detail: format!("\u{201c}{text}\u{201d} is not one of the five ways"),
        line,
    })
}

fn check_note(note: &str, line: Option<usize>) -> Result<(), ImportError> {
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(ImportError::BadValue {
            detail: format!("A note is longer than {MAX_NOTE_CHARS} characters"),
            line,
        });
    }
    Ok(())
}

fn check_feeling(monday: Date, feeling: u8, line: Option<usize>) -> Result<(), ImportError> {
    if !(1..=5).contains(&feeling) {
        return Err(ImportError::BadValue {
            detail: format!("A week feeling must be from 1 to 5, not {feeling}"),
            line,
        });
    }
    if week_start(monday) != monday {
        return Err(ImportError::BadValue {
            detail: format!(
                "The week feeling for {monday} must be on the Monday that starts the week"
            ),
            line,
        });
    }
    Ok(())
}

/// Reads a stored or exported JSON document of any known schema.
pub(super) fn from_json(text: &str) -> Result<Tracker, ImportError> {
    let schema = serde_json::from_str::<SchemaOnly>(text)
        .map_err(|_| ImportError::WrongFile)?
        .schema;
    match schema {
        1 | 2 => {}
        newer if newer > i64::from(SCHEMA_VERSION) && newer <= i64::from(u32::MAX) => {
            return Err(ImportError::NewerVersion {
                schema: newer as u32,
            })
        }
        other => return Err(ImportError::UnknownVersion { schema: other }),
    }
    let raw: RawDocument = serde_json::from_str(text).map_err(|error| ImportError::BadValue {
        detail: format!("The file is damaged: {error}"),
        line: None,
    })?;
    let mut tracker = Tracker::default();
    for (date_text, day) in raw.days {
        let date = parse_date(&date_text, None)?;
        let (ways, notes) = match day {
            RawDay::Ways(ways) => (ways, BTreeMap::new()),
            RawDay::Full { ways, notes } => (ways, notes),
        };
        for way in ways {
            tracker.set(date, parse_way(&way, None)?, true);
        }
        for (way, note) in notes {
            check_note(&note, None)?;
            tracker.set_note(date, parse_way(&way, None)?, &note);
        }
    }
    for (date_text, feeling) in raw.reflections {
        let monday = parse_date(&date_text, None)?;
        check_feeling(monday, feeling, None)?;
        tracker.reflections.insert(monday, feeling);
    }
    Ok(tracker)
}

const CSV_WAY_COLUMNS: [&str; 5] = [
    "connect",
    "be-active",
    "take-notice",
    "keep-learning",
    "give",
];

fn csv_header() -> String {
    let mut columns = vec!["date".to_string()];
    columns.extend(CSV_WAY_COLUMNS.iter().map(|way| way.to_string()));
    columns.extend(CSV_WAY_COLUMNS.iter().map(|way| format!("{way} note")));
    columns.push("week feeling".to_string());
    columns.join(",")
}

/// What a spreadsheet would read as the start of a formula: a note beginning with one of these is
/// written with a `'` first, so opening the export never runs anything, and the `'` is taken off
/// again on import.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn csv_field(text: &str) -> String {
    let guarded;
    let text = if text.starts_with(FORMULA_STARTS) {
        guarded = format!("'{text}");
        guarded.as_str()
    } else {
        text
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// One row per day with anything recorded (and per Monday with a week feeling), for spreadsheets.
pub(super) fn to_csv(tracker: &Tracker) -> String {
    let mut dates: Vec<Date> = tracker
        .days
        .keys()
        .chain(tracker.reflections.keys())
        .copied()
        .collect();
    dates.sort();
    dates.dedup();
    let mut csv = csv_header();
    csv.push_str("\r\n");
    for date in dates {
        let day = tracker.days.get(&date).cloned().unwrap_or_default();
        let mut row = vec![date.to_string()];
        row.extend(
            Way::ALL
                .iter()
                .map(|way| if day.ways.contains(*way) { "1" } else { "0" }.to_string()),
        );
        row.extend(
            Way::ALL
                .iter()
                .map(|way| csv_field(day.notes.get(way).map(String::as_str).unwrap_or(""))),
        );
        row.push(
            tracker
                .reflections
                .get(&date)
                .map(u8::to_string)
                .unwrap_or_default(),
        );
        csv.push_str(&row.join(","));
        csv.push_str("\r\n");
    }
    csv
}

/// RFC 4180 rows, with the file line each starts on.
fn csv_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push((row_line, std::mem::take(&mut row)));
                line += 1;
                row_line = line;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(ImportError::BadValue {
            detail: "A quoted value is never closed".to_string(),
            line: Some(row_line),
        });
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((row_line, row));
    }
    Ok(rows)
}

fn parse_tick(text: &str, line: usize) -> Result<bool, ImportError> {
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "yes" | "true" | "y" | "x" => Ok(true),
        "0" | "no" | "false" | "n" | "" => Ok(false),
        other => Err(ImportError::BadValue {
            detail: format!(
                "\u{201c}{other}\u{201d} is not a tick: use 1 for done and 0 for not done"
            ),
            line: Some(line),
        }),
    }
}

fn from_csv(text: &str) -> Result<Tracker, ImportError> {
    let rows = csv_rows(text)?;
    let mut rows = rows
        .into_iter()
        .filter(|(_, row)| row.iter().any(|field| !field.trim().is_empty()));
    let header = rows.next().ok_or(ImportError::WrongFile)?.1;
    let header: Vec<String> = header
        .iter()
        .map(|column| column.trim().to_lowercase())
        .collect();
    if header.join(",") != csv_header() {
        return Err(ImportError::WrongFile);
    }
    let mut tracker = Tracker::default();
    for (line, row) in rows {
        if row.len() != header.len() {
            return Err(ImportError::BadValue {
                detail: format!("The row has {} values, not {}", row.len(), header.len()),
                line: Some(line),
            });
        }
        let date = parse_date(row[0].trim(), Some(line))?;
        for (index, way) in Way::ALL.into_iter().enumerate() {
            if parse_tick(&row[1 + index], line)? {
                tracker.set(date, way, true);
            }
            let note = row[6 + index]
                .strip_prefix('\'')
                .filter(|unguarded| unguarded.starts_with(FORMULA_STARTS))
                .unwrap_or(&row[6 + index]);
            check_note(note, Some(line))?;
            tracker.set_note(date, way, note);
        }
        let feeling = row[11].trim();
        if !feeling.is_empty() {
            let value = feeling.parse::<u8>().map_err(|_| ImportError::BadValue {
                detail: format!("\u{201c}{feeling}\u{201d} is not a week feeling from 1 to 5"),
                line: Some(line),
            })?;
            check_feeling(date, value, Some(line))?;
            tracker.reflections.insert(date, value);
        }
    }
    Ok(tracker)
}

/// What importing a file would do, shown before it is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    /// The record as it will be if the import is applied.
    pub merged: Tracker,
    /// Days in the file with a tick or a note (week feelings are counted apart).
    pub days_in_file: usize,
    /// Days in the file with nothing on this device yet: they are added as they are.
    pub new_days: usize,
    /// Days on both that the import changes: a way newly ticked, or a note added or replaced.
    pub changed_days: usize,
    /// Days on both that the import leaves exactly as they were.
    pub unchanged_days: usize,
    /// Week feelings in the file; each replaces the one for that week on this device.
    pub feelings_in_file: usize,
}

impl Tracker {
    /// Reads an exported JSON or CSV file and works out the merge, without changing `self`.
    pub fn preview_import(&self, bytes: &[u8]) -> Result<ImportPreview, ImportError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge { bytes: bytes.len() });
        }
        let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
        let text = text.trim_start_matches('\u{feff}');
        let file = if text.trim_start().starts_with('{') {
            from_json(text)?
        } else {
            from_csv(text)?
        };

        let mut merged = self.clone();
        let (mut new_days, mut changed_days, mut unchanged_days) = (0, 0, 0);
        for (date, incoming) in &file.days {
            let before = self.days.get(date).cloned();
            let day = merged.days.entry(*date).or_default();
            day.ways = day.ways.union(incoming.ways);
            day.notes.extend(
                incoming
                    .notes
                    .iter()
                    .map(|(way, note)| (*way, note.clone())),
            );
            match before {
                None => new_days += 1,
                Some(before) if &before == day => unchanged_days += 1,
                Some(_) => changed_days += 1,
            }
        }
        merged
            .reflections
            .extend(file.reflections.iter().map(|(date, value)| (*date, *value)));
        Ok(ImportPreview {
            merged,
            days_in_file: file.days.len(),
            new_days,
            changed_days,
            unchanged_days,
            feelings_in_file: file.reflections.len(),
        })
    }
}
