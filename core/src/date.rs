//! Calendar dates and the Europe/London civil day.
//!
//! A small civil-date type is all the project needs (review dates, tracker days, opening days), so
//! it is written here rather than pulling a date library into the WebAssembly.

use std::fmt;
use std::str::FromStr;

/// A day in the proleptic Gregorian calendar, stored as days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i32,
}

/// A day of the week. Weeks start on Monday, as in the UK: `as u8` gives 0 for Monday up to 6
/// for Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    /// The first day of the week (0).
    Monday,
    /// The second day of the week (1).
    Tuesday,
    /// The third day of the week (2).
    Wednesday,
    /// The fourth day of the week (3).
    Thursday,
    /// The fifth day of the week (4).
    Friday,
    /// The sixth day of the week (5).
    Saturday,
    /// The last day of the week (6).
    Sunday,
}

impl Weekday {
    /// The day's name in full, with a capital letter, as shown to people.
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

/// "January" for 1, up to "December" for 12.
pub fn month_name(month: u32) -> &'static str {
    MONTH_NAMES[(month as usize).clamp(1, 12) - 1]
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// The date for a year, month (1-12) and day, or `None` if there is no such day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// Year, month (1-12) and day of month.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    /// The date `days` later, or earlier when `days` is negative.
    pub fn add_days(self, days: i32) -> Date {
        Date {
            days: self.days + days,
        }
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.days - self.days
    }

    /// The day of the week the date falls on.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.days + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// The date in the UTC calendar at a Unix time in milliseconds.
    pub fn from_unix_millis_utc(millis: i64) -> Date {
        Date {
            days: millis.div_euclid(MILLIS_PER_DAY) as i32,
        }
    }

    /// The civil date in Europe/London at a Unix time in milliseconds.
    pub fn from_unix_millis_london(millis: i64) -> Date {
        LondonTime::from_unix_millis(millis).date
    }

    /// Today in Europe/London by the system clock. Not built for wasm32, whose standard library
    /// has no clock: the browser app reads the time from JavaScript instead.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today_in_london() -> Date {
        let millis = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_millis() as i64);
        Date::from_unix_millis_london(millis)
    }

    /// The day every build and check runs as: NAVIGATOR_TODAY (YYYY-MM-DD) when set, so one
    /// clock governs the whole build and content can be checked as of another day (or an urgent
    /// fix shipped while a review is overdue), otherwise today in Europe/London.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today() -> Result<Date, String> {
        match std::env::var("NAVIGATOR_TODAY") {
            Ok(text) => text
                .parse()
                .map_err(|error| format!("NAVIGATOR_TODAY: {error}")),
            Err(_) => Ok(Date::today_in_london()),
        }
    }

    /// "23 November 2026", the form the NHS content style uses.
    pub fn long(self) -> String {
        let (year, month, day) = self.ymd();
        format!("{day} {} {year}", MONTH_NAMES[month as usize - 1])
    }

    /// "Monday 23 November".
    pub fn weekday_day_month(self) -> String {
        let (_, month, day) = self.ymd();
        format!(
            "{} {day} {}",
            self.weekday().name(),
            MONTH_NAMES[month as usize - 1]
        )
    }

    fn start_millis(self) -> i64 {
        i64::from(self.days) * MILLIS_PER_DAY
    }
}

/// A moment in Europe/London civil time, to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LondonTime {
    /// The London calendar day at that moment.
    pub date: Date,
    /// Minutes since midnight, 0 to 1439.
    pub minute: u16,
}

impl LondonTime {
    /// UK clocks go forward one hour at 01:00 UTC on the last Sunday in March and back at 01:00
    /// UTC on the last Sunday in October (the Summer Time Order 2002), so the offset can be
    /// worked out without a time-zone database.
    pub fn from_unix_millis(millis: i64) -> LondonTime {
        let (year, _, _) = Date::from_unix_millis_utc(millis).ymd();
        let starts = last_sunday(year, 3).start_millis() + MILLIS_PER_HOUR;
        let ends = last_sunday(year, 10).start_millis() + MILLIS_PER_HOUR;
        let offset = if (starts..ends).contains(&millis) {
            MILLIS_PER_HOUR
        } else {
            0
        };
        let local = millis + offset;
        LondonTime {
            date: Date::from_unix_millis_utc(local),
            minute: (local.rem_euclid(MILLIS_PER_DAY) / 60_000) as u16,
        }
    }
}

const MILLIS_PER_HOUR: i64 = 3_600_000;
const MILLIS_PER_DAY: i64 = 24 * MILLIS_PER_HOUR;

fn last_sunday(year: i32, month: u32) -> Date {
    let last = Date::from_ymd(year, month, days_in_month(year, month)).expect("valid month end");
    let back = match last.weekday() {
        Weekday::Sunday => 0,
        Weekday::Monday => 1,
        Weekday::Tuesday => 2,
        Weekday::Wednesday => 3,
        Weekday::Thursday => 4,
        Weekday::Friday => 5,
        Weekday::Saturday => 6,
    };
    last.add_days(-back)
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

/// Text that is not a real date in the form `YYYY-MM-DD`; it holds the text as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a date; write it as YYYY-MM-DD, for example 2026-11-23",
            self.0
        )
    }
}

impl std::error::Error for DateError {}

impl FromStr for Date {
    type Err = DateError;

    /// Parses the ISO 8601 calendar form `YYYY-MM-DD` and nothing else.
    fn from_str(text: &str) -> Result<Date, DateError> {
        let error = || DateError(text.to_string());
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(error());
        }
        let number = |range: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &text[range];
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(error());
            }
            part.parse().map_err(|_| error())
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        Date::from_ymd(year as i32, month, day).ok_or_else(error)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written as YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn round_trips_every_day_across_four_centuries() {
        let start = date("1900-01-01");
        let mut previous = start.add_days(-1);
        for offset in 0..(400 * 366) {
            let day = start.add_days(offset);
            let (y, m, d) = day.ymd();
            assert_eq!(Date::from_ymd(y, m, d), Some(day));
            assert_eq!(day.to_string().parse::<Date>().unwrap(), day);
            assert!(day > previous);
            previous = day;
        }
    }

    #[test]
    fn knows_epoch_leap_days_and_weekdays() {
        assert_eq!(date("1970-01-01").days, 0);
        assert_eq!(date("1970-01-01").weekday(), Weekday::Thursday);
        assert_eq!(date("2026-11-23").weekday(), Weekday::Monday);
        assert!(Date::from_ymd(2024, 2, 29).is_some());
        assert!(Date::from_ymd(2026, 2, 29).is_none());
        assert!(Date::from_ymd(1900, 2, 29).is_none());
        assert!(Date::from_ymd(2000, 2, 29).is_some());
        assert_eq!(date("2026-12-31").add_days(1), date("2027-01-01"));
        assert_eq!(date("2026-11-23").days_until(date("2026-12-25")), 32);
    }

    #[test]
    fn rejects_anything_but_iso_dates() {
        for bad in [
            "2026-13-01",
            "2026-02-30",
            "26-11-23",
            "2026/11/23",
            "2026-1-23",
            "2026-11-2x",
            "",
            "+026-11-23",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn formats_dates_for_people() {
        assert_eq!(date("2026-11-03").long(), "3 November 2026");
        assert_eq!(date("2026-11-23").weekday_day_month(), "Monday 23 November");
    }

    fn millis(utc: &str, hour: i64, minute: i64) -> i64 {
        date(utc).start_millis() + hour * MILLIS_PER_HOUR + minute * 60_000
    }

    #[test]
    fn london_date_follows_gmt_in_winter() {
        assert_eq!(
            Date::from_unix_millis_london(millis("2026-11-23", 23, 59)),
            date("2026-11-23")
        );
        assert_eq!(
            Date::from_unix_millis_london(millis("2026-11-24", 0, 0)),
            date("2026-11-24")
        );
    }

    #[test]
    fn london_date_follows_bst_in_summer() {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London.
        assert_eq!(
            Date::from_unix_millis_london(millis("2026-07-01", 23, 30)),
            date("2026-07-02")
        );
        assert_eq!(
            Date::from_unix_millis_london(millis("2026-07-01", 22, 59)),
            date("2026-07-01")
        );
    }

    #[test]
    fn london_date_at_the_clock_changes() {
        // 2026: clocks go forward on Sunday 29 March, back on Sunday 25 October, at 01:00 UTC.
        assert_eq!(last_sunday(2026, 3), date("2026-03-29"));
        assert_eq!(last_sunday(2026, 10), date("2026-10-25"));
        // Saturday 28 March 23:30 UTC: still GMT, so still Saturday in London.
        assert_eq!(
            Date::from_unix_millis_london(millis("2026-03-28", 23, 30)),
            date("2026-03-28")
        );
        // Saturday 24 October 23:30 UTC: BST, so already Sunday in London.
        assert_eq!(
            Date::from_unix_millis_london(millis("2026-10-24", 23, 30)),
            date("2026-10-25")
        );
        // Sunday 25 October 23:30 UTC: back on GMT, so still Sunday.
        assert_eq!(
            Date::from_unix_millis_london(millis("2026-10-25", 23, 30)),
            date("2026-10-25")
        );
    }

    #[test]
    fn london_time_has_the_minute_of_the_local_day() {
        // 07:59 UTC in July is 08:59 in London; in November it is 07:59.
        let summer = LondonTime::from_unix_millis(millis("2026-07-01", 7, 59));
        assert_eq!(
            (summer.date, summer.minute),
            (date("2026-07-01"), 8 * 60 + 59)
        );
        let winter = LondonTime::from_unix_millis(millis("2026-11-23", 7, 59));
        assert_eq!(
            (winter.date, winter.minute),
            (date("2026-11-23"), 7 * 60 + 59)
        );
        let late = LondonTime::from_unix_millis(millis("2026-07-01", 23, 30));
        assert_eq!((late.date, late.minute), (date("2026-07-02"), 30));
    }

    #[test]
    fn serialises_as_iso_text() {
        let json = serde_json::to_string(&date("2026-11-23")).unwrap();
        assert_eq!(json, "\"2026-11-23\"");
        assert_eq!(
            serde_json::from_str::<Date>(&json).unwrap(),
            date("2026-11-23")
        );
        assert!(serde_json::from_str::<Date>("\"2026-02-31\"").is_err());
    }
}
