//! Opening hours, and whether a place is open at a moment in Europe/London time, bank holidays
//! included.

use crate::date::{Date, LondonTime, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// When a place is open. Written in TOML as `{ always = true }` or as
/// `{ periods = [{ days = "mon-fri", opens = "08:00", closes = "18:30" }], bank_holidays = "closed" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    /// Open 24 hours every day, bank holidays included; give no periods with it.
    #[serde(default)]
    pub always: bool,
    /// The times it opens in an ordinary week; at least one unless `always`.
    #[serde(default)]
    pub periods: Vec<Period>,
    /// How it opens on England and Wales bank holidays; as on that day of the week unless given.
    #[serde(default)]
    pub bank_holidays: BankHolidayHours,
}

/// One stretch of opening on the given days, such as Monday to Friday, 8am to 6:30pm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The days of the week it applies to.
    pub days: Days,
    /// When it opens, in UK time (Europe/London).
    pub opens: Clock,
    /// When it closes, later the same day than it opens; 24:00 for midnight. Opening that runs
    /// past midnight is written as two periods.
    pub closes: Clock,
}

/// How a place opens on a bank holiday.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BankHolidayHours {
    /// The same as on that day of the week.
    #[default]
    AsUsual,
    /// The same as on a Sunday.
    SundayHours,
    /// Shut all day, whatever its hours on that day of the week.
    Closed,
}

/// Open now (and until when), or closed now (and when it next opens, within a week).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Open day and night: its hours are `always`.
    OpenAllHours,
    /// Open now, and closes today at this time.
    OpenUntil(Clock),
    /// Closed at the time asked about; the tag then says when it next opens.
    Closed {
        /// The day and time it next opens, if that is within seven days; none if not.
        opens: Option<(Date, Clock)>,
    },
}

impl Status {
    /// Whether it is open now: decides the green or grey tag, the "Open now" filter, and listing
    /// open places first.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Closed { .. })
    }

    /// "Open 24 hours", "Open now, closes at 8pm", "Closed now, opens at 8am tomorrow".
    pub fn describe(self, today: Date) -> String {
        match self {
            Status::OpenAllHours => "Open 24 hours".to_string(),
            Status::OpenUntil(closes) if closes.0 == 24 * 60 => {
                "Open now, until midnight".to_string()
            }
            Status::OpenUntil(closes) => format!("Open now, closes at {closes}"),
            Status::Closed { opens: None } => "Closed now".to_string(),
            Status::Closed {
                opens: Some((date, at)),
            } => {
                let when = match today.days_until(date) {
                    0 => String::new(),
                    1 => " tomorrow".to_string(),
                    _ => format!(" on {}", date.weekday().name()),
                };
                format!("Closed now, opens at {at}{when}")
            }
        }
    }
}

impl OpeningHours {
    /// Whether the place is open at `now` and until when, or when it next opens; `bank_holidays`
    /// are the dates its bank holiday hours apply on.
    pub fn status(&self, now: LondonTime, bank_holidays: &[Date]) -> Status {
        if self.always {
            return Status::OpenAllHours;
        }
        if let Some(period) = self
            .periods_on(now.date, bank_holidays)
            .find(|period| period.opens.0 <= now.minute && now.minute < period.closes.0)
        {
            return Status::OpenUntil(period.closes);
        }
        let next = (0..8).find_map(|ahead| {
            let date = now.date.add_days(ahead);
            self.periods_on(date, bank_holidays)
                .filter(|period| ahead > 0 || period.opens.0 > now.minute)
                .map(|period| period.opens)
                .min()
                .map(|opens| (date, opens))
        });
        Status::Closed { opens: next }
    }

    fn periods_on<'a>(
        &'a self,
        date: Date,
        bank_holidays: &[Date],
    ) -> impl Iterator<Item = &'a Period> {
        let day = match (bank_holidays.contains(&date), self.bank_holidays) {
            (true, BankHolidayHours::Closed) => None,
            (true, BankHolidayHours::SundayHours) => Some(Weekday::Sunday),
            _ => Some(date.weekday()),
        };
        self.periods
            .iter()
            .filter(move |period| day.is_some_and(|day| period.days.contains(day)))
    }

    /// "24 hours, every day", or "Monday to Friday: 8am to 6:30pm. Closed on bank holidays."
    pub fn describe(&self) -> String {
        if self.always {
            return "24 hours, every day, including bank holidays".to_string();
        }
        let mut parts: Vec<String> = self
            .periods
            .iter()
            .map(|period| format!("{}: {} to {}", period.days, period.opens, period.closes))
            .collect();
        match self.bank_holidays {
            BankHolidayHours::AsUsual => {}
            BankHolidayHours::SundayHours => parts.push("Bank holidays: as on Sundays".to_string()),
            BankHolidayHours::Closed => parts.push("Closed on bank holidays".to_string()),
        }
        parts.join(". ")
    }

    /// What is wrong with the hours, if anything.
    pub fn problem(&self) -> Option<String> {
        if self.always && !self.periods.is_empty() {
            return Some("give either `always = true` or `periods`, not both".to_string());
        }
        if !self.always && self.periods.is_empty() {
            return Some("give `always = true` or at least one period".to_string());
        }
        self.periods
            .iter()
            .find(|period| period.opens >= period.closes)
            .map(|period| format!("a period opens at {} but closes at {}: it must close later the same day (split periods that pass midnight)", period.opens, period.closes))
    }
}

/// A time of day in minutes after midnight; 24:00 is allowed as a closing time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clock(pub u16);

impl Clock {
    fn parse(text: &str) -> Option<Clock> {
        let (hours, minutes) = text.split_once(':')?;
        if hours.len() != 2 || minutes.len() != 2 {
            return None;
        }
        let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
        let valid = (hours < 24 && minutes < 60) || (hours == 24 && minutes == 0);
        valid.then_some(Clock(hours * 60 + minutes))
    }
}

/// "8am", "6:30pm", "midnight" and "midday", as the NHS content style writes times.
impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (hours, minutes) = (self.0 / 60, self.0 % 60);
        match (hours % 24, minutes) {
            (0, 0) => f.write_str("midnight"),
            (12, 0) => f.write_str("midday"),
            (hour, minutes) => {
                let twelve = if hour % 12 == 0 { 12 } else { hour % 12 };
                let suffix = if hour < 12 { "am" } else { "pm" };
                if minutes == 0 {
                    write!(f, "{twelve}{suffix}")
                } else {
                    write!(f, "{twelve}:{minutes:02}{suffix}")
                }
            }
        }
    }
}

impl Serialize for Clock {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{:02}:{:02}", self.0 / 60, self.0 % 60))
    }
}

impl<'de> Deserialize<'de> for Clock {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Clock, D::Error> {
        let text = String::deserialize(deserializer)?;
        Clock::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a time: write it as HH:MM, from 00:00 to 24:00"
            ))
        })
    }
}

/// Days of the week, written as "every-day", "mon-fri", "sat-sun", "sat" or "mon,wed,fri".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days(u8);

const DAY_NAMES: [(&str, Weekday); 7] = [
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
];

impl Days {
    /// Whether a period on these days applies on that day of the week.
    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day as u8) != 0
    }

    fn parse(text: &str) -> Option<Days> {
        if text == "every-day" {
            return Some(Days(0b111_1111));
        }
        let index = |name: &str| DAY_NAMES.iter().position(|(short, _)| *short == name);
        let mut bits = 0u8;
        for part in text.split(',') {
            match part.split_once('-') {
                Some((from, to)) => {
                    let (from, to) = (index(from)?, index(to)?);
                    if from > to {
                        return None;
                    }
                    (from..=to).for_each(|day| bits |= 1 << day);
                }
                None => bits |= 1 << index(part)?,
            }
        }
        Some(Days(bits))
    }

    fn to_code(self) -> String {
        if self.0 == 0b111_1111 {
            return "every-day".to_string();
        }
        DAY_NAMES
            .iter()
            .enumerate()
            .filter(|(index, _)| self.0 & (1 << index) != 0)
            .map(|(_, (short, _))| *short)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// "Every day", "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday".
impl fmt::Display for Days {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0b111_1111 {
            return f.write_str("Every day");
        }
        let days: Vec<usize> = (0..7).filter(|day| self.0 & (1 << day) != 0).collect();
        let name = |day: usize| DAY_NAMES[day].1.name();
        let consecutive = days.windows(2).all(|pair| pair[1] == pair[0] + 1);
        match days.as_slice() {
            [one] => f.write_str(name(*one)),
            [first, .., last] if consecutive && days.len() > 2 => {
                write!(f, "{} to {}", name(*first), name(*last))
            }
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(|day| name(*day)).collect();
                write!(f, "{} and {}", init.join(", "), name(*last))
            }
            [] => f.write_str("No days"),
        }
    }
}

impl Serialize for Days {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_code())
    }
}

impl<'de> Deserialize<'de> for Days {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Days, D::Error> {
        let text = String::deserialize(deserializer)?;
        Days::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a set of days: write every-day, mon-fri, sat-sun, sat or mon,wed,fri"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn at(day: &str, hour: u16, minute: u16) -> LondonTime {
        LondonTime {
            date: date(day),
            minute: hour * 60 + minute,
        }
    }

    fn hours(json: &str) -> OpeningHours {
        serde_json::from_str(json).unwrap()
    }

    fn eight_to_eight() -> OpeningHours {
        hours(r#"{"periods":[{"days":"every-day","opens":"08:00","closes":"20:00"}]}"#)
    }

    fn weekdays_only() -> OpeningHours {
        hours(
            r#"{"periods":[{"days":"mon-fri","opens":"08:00","closes":"18:30"}],"bank_holidays":"closed"}"#,
        )
    }

    #[test]
    fn open_and_closed_at_the_edges() {
        let hours = eight_to_eight();
        // 2026-11-23 is a Monday.
        assert_eq!(
            hours.status(at("2026-11-23", 7, 59), &[]),
            Status::Closed {
                opens: Some((date("2026-11-23"), Clock(480)))
            }
        );
        assert_eq!(
            hours.status(at("2026-11-23", 8, 0), &[]),
            Status::OpenUntil(Clock(1200))
        );
        assert_eq!(
            hours.status(at("2026-11-23", 19, 59), &[]),
            Status::OpenUntil(Clock(1200))
        );
        assert_eq!(
            hours.status(at("2026-11-23", 20, 0), &[]),
            Status::Closed {
                opens: Some((date("2026-11-24"), Clock(480)))
            }
        );
    }

    #[test]
    fn weekends_and_bank_holidays() {
        let hours = weekdays_only();
        // Friday evening: next open Monday.
        let friday = hours.status(at("2026-11-27", 19, 0), &[]);
        assert_eq!(
            friday,
            Status::Closed {
                opens: Some((date("2026-11-30"), Clock(480)))
            }
        );
        assert_eq!(
            friday.describe(date("2026-11-27")),
            "Closed now, opens at 8am on Monday"
        );
        // Christmas Day 2026 is a Friday bank holiday, 28 December the substitute Boxing Day.
        let holidays = [date("2026-12-25"), date("2026-12-28")];
        assert!(!hours.status(at("2026-12-25", 10, 0), &holidays).is_open());
        assert_eq!(
            hours.status(at("2026-12-24", 19, 0), &holidays),
            Status::Closed {
                opens: Some((date("2026-12-29"), Clock(480)))
            }
        );
        assert!(
            hours.status(at("2026-12-25", 10, 0), &[]).is_open(),
            "an ordinary Friday"
        );
    }

    #[test]
    fn sunday_hours_on_bank_holidays() {
        let hours = hours(
            r#"{"periods":[{"days":"mon-sat","opens":"09:00","closes":"18:00"},{"days":"sun","opens":"10:00","closes":"16:00"}],"bank_holidays":"sunday-hours"}"#,
        );
        let holidays = [date("2026-08-31")];
        assert_eq!(
            hours.status(at("2026-08-31", 9, 30), &holidays),
            Status::Closed {
                opens: Some((date("2026-08-31"), Clock(600)))
            }
        );
        assert_eq!(
            hours.status(at("2026-08-31", 15, 0), &holidays),
            Status::OpenUntil(Clock(960))
        );
    }

    #[test]
    fn always_open_and_descriptions() {
        let always = hours(r#"{"always":true}"#);
        assert_eq!(
            always.status(at("2026-12-25", 3, 0), &[date("2026-12-25")]),
            Status::OpenAllHours
        );
        assert_eq!(
            always.describe(),
            "24 hours, every day, including bank holidays"
        );
        assert_eq!(
            weekdays_only().describe(),
            "Monday to Friday: 8am to 6:30pm. Closed on bank holidays"
        );
        assert_eq!(eight_to_eight().describe(), "Every day: 8am to 8pm");
        assert_eq!(
            Status::OpenUntil(Clock(1200)).describe(date("2026-11-23")),
            "Open now, closes at 8pm"
        );
        assert_eq!(
            Days::parse("sat-sun").unwrap().to_string(),
            "Saturday and Sunday"
        );
        assert_eq!(
            Days::parse("mon,wed,fri").unwrap().to_string(),
            "Monday, Wednesday and Friday"
        );
        assert_eq!(Clock(0).to_string(), "midnight");
        assert_eq!(Clock(12 * 60).to_string(), "midday");
        assert_eq!(Clock(12 * 60 + 30).to_string(), "12:30pm");
    }

    #[test]
    fn rejects_malformed_hours() {
        for bad in [
            r#"{"periods":[{"days":"weekdays","opens":"08:00","closes":"18:00"}]}"#,
            r#"{"periods":[{"days":"fri-mon","opens":"08:00","closes":"18:00"}]}"#,
            r#"{"periods":[{"days":"mon","opens":"8am","closes":"18:00"}]}"#,
            r#"{"periods":[{"days":"mon","opens":"08:00","closes":"24:30"}]}"#,
        ] {
            assert!(serde_json::from_str::<OpeningHours>(bad).is_err(), "{bad}");
        }
        assert!(
            hours(r#"{"periods":[{"days":"mon","opens":"20:00","closes":"08:00"}]}"#)
                .problem()
                .is_some()
        );
        assert!(hours(r#"{}"#).problem().is_some());
        assert!(hours(
            r#"{"always":true,"periods":[{"days":"mon","opens":"08:00","closes":"09:00"}]}"#
        )
        .problem()
        .is_some());
        assert!(eight_to_eight().problem().is_none());
    }

    #[test]
    fn round_trips_through_json() {
        let hours = weekdays_only();
        let json = serde_json::to_string(&hours).unwrap();
        assert_eq!(
            json,
            r#"{"always":false,"periods":[{"days":"mon,tue,wed,thu,fri","opens":"08:00","closes":"18:30"}],"bank_holidays":"closed"}"#
        );
        assert_eq!(serde_json::from_str::<OpeningHours>(&json).unwrap(), hours);
    }
}
