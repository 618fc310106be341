//! The UK clock rule written by hand in `date.rs` (it ships in the wasm, so the app carries no
//! time-zone database), proven against the time-zone database through `jiff`, every hour and
//! around every change of the clocks.

use navigator_core::date::LondonTime;

/// The rule in `date.rs` (last Sundays of March and October at 01:00 UTC) has held since 1996,
/// when the UK and the EU aligned the autumn change; earlier years followed other rules, and the
/// site never shows them. The database's rule for later years is the same one, to 2100.
const FIRST_YEAR: i16 = 1996;
const LAST_YEAR: i16 = 2100;

fn from_database(millis: i64, zone: &jiff::tz::TimeZone) -> (String, u16) {
    let zoned = jiff::Timestamp::from_millisecond(millis)
        .unwrap()
        .to_zoned(zone.clone());
    let date = zoned.date();
    (
        format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
        zoned.hour() as u16 * 60 + zoned.minute() as u16,
    )
}

#[test]
fn london_time_agrees_with_the_time_zone_database_every_hour_from_1996_to_2100() {
    let zone = jiff::tz::TimeZone::get("Europe/London").expect("the system time-zone database");
    let start = jiff::civil::date(FIRST_YEAR, 1, 1)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap();
    let end = jiff::civil::date(LAST_YEAR, 12, 31)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap();
    const HOUR: i64 = 3_600_000;
    let mut checked = 0;
    let mut millis = start.timestamp().as_millisecond();
    while millis <= end.timestamp().as_millisecond() {
        // Each hour, and a minute either side of it, where a change of the clocks would show.
        for at in [millis - 60_000, millis, millis + 60_000] {
            let ours = LondonTime::from_unix_millis(at);
            assert_eq!(
                (ours.date.to_string(), ours.minute),
                from_database(at, &zone),
                "at {}",
                jiff::Timestamp::from_millisecond(at).unwrap()
            );
            checked += 1;
        }
        millis += HOUR;
    }
    assert!(checked > 2_700_000, "{checked} moments checked");
}
