use super::*;

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

/// 2026-11-23 is a Monday.
const MONDAY: &str = "2026-11-23";

#[test]
fn ticks_and_unticks() {
    let mut tracker = Tracker::default();
    let today = date(MONDAY);
    tracker.toggle(today, Way::Connect);
    tracker.toggle(today, Way::Give);
    assert!(tracker.ways_on(today).contains(Way::Connect));
    assert_eq!(tracker.ways_on(today).count(), 2);
    tracker.toggle(today, Way::Connect);
    assert!(!tracker.ways_on(today).contains(Way::Connect));
    tracker.toggle(today, Way::Give);
    assert!(
        tracker.is_empty(),
        "a day with nothing recorded is not kept"
    );
}

#[test]
fn notes_are_trimmed_capped_and_removed_when_empty() {
    let mut tracker = Tracker::default();
    let today = date(MONDAY);
    tracker.set_note(today, Way::Connect, "  Called Mum  ");
    assert_eq!(tracker.note(today, Way::Connect), Some("Called Mum"));
    assert!(
        tracker.ways_on(today).is_empty(),
        "a note does not tick the way"
    );
    tracker.set_note(today, Way::Give, &"x".repeat(MAX_NOTE_CHARS + 50));
    assert_eq!(
        tracker.note(today, Way::Give).unwrap().chars().count(),
        MAX_NOTE_CHARS
    );
    tracker.set_note(today, Way::Connect, "   ");
    tracker.set_note(today, Way::Give, "");
    assert!(tracker.is_empty());
}

#[test]
fn last_seven_days_end_today_oldest_first() {
    let mut tracker = Tracker::default();
    tracker.set(date("2026-11-17"), Way::BeActive, true);
    tracker.set(date("2026-11-16"), Way::BeActive, true);
    let week = tracker.last_seven_days(date(MONDAY));
    assert_eq!(week.len(), 7);
    assert_eq!(week[0].date, date("2026-11-17"));
    assert_eq!(week[6].date, date(MONDAY));
    assert!(week[0].ways.contains(Way::BeActive));
    assert!(week[1..].iter().all(|day| day.ways.is_empty()));
}

#[test]
fn weeks_run_monday_to_sunday() {
    assert_eq!(
        week_start(date("2026-11-29")),
        date(MONDAY),
        "Sunday belongs to the week before"
    );
    assert_eq!(week_start(date(MONDAY)), date(MONDAY));
    assert_eq!(
        week_start(date("2027-01-01")),
        date("2026-12-28"),
        "across a year end"
    );
    let tracker = Tracker::default();
    let week = tracker.week(date("2026-11-26"));
    assert_eq!(week.first().unwrap().date, date(MONDAY));
    assert_eq!(week.last().unwrap().date, date("2026-11-29"));
}

#[test]
fn months_are_laid_out_in_whole_weeks() {
    let mut tracker = Tracker::default();
    tracker.set(date("2026-11-01"), Way::Give, true);
    // November 2026 starts on a Sunday and ends on a Monday.
    let cells = tracker.month(2026, 11);
    assert_eq!(cells.len() % 7, 0);
    assert_eq!(cells.len(), 42);
    assert!(cells[..6].iter().all(|cell| *cell == MonthCell::Blank));
    assert!(
        matches!(cells[6], MonthCell::Day(day) if day.date == date("2026-11-01") && day.ways.contains(Way::Give))
    );
    assert!(matches!(cells[35], MonthCell::Day(day) if day.date == date("2026-11-30")));
    assert!(cells[36..].iter().all(|cell| *cell == MonthCell::Blank));
    // February 2027 starts on a Monday: exactly four weeks.
    assert_eq!(tracker.month(2027, 2).len(), 28);
    assert!(tracker.month(2027, 13).is_empty());
}

#[test]
fn streaks_count_runs_and_do_not_break_before_the_day_is_over() {
    let mut tracker = Tracker::default();
    let today = date(MONDAY);
    for back in 1..=3 {
        tracker.set(today.add_days(-back), Way::Connect, true);
    }
    for back in 6..=10 {
        for way in Way::ALL {
            tracker.set(today.add_days(-back), way, true);
        }
    }
    let streaks = tracker.streaks(today);
    assert_eq!(
        streaks.current_any, 3,
        "today is empty so far: the run up to yesterday counts"
    );
    assert_eq!(streaks.longest_any, 5);
    assert_eq!(streaks.current_all, 0);
    assert_eq!(streaks.longest_all, 5);
    tracker.set(today, Way::Give, true);
    assert_eq!(tracker.streaks(today).current_any, 4);
    assert_eq!(Tracker::default().streaks(today), Streaks::default());
}

#[test]
fn ways_done_most_and_least() {
    let mut tracker = Tracker::default();
    let today = date(MONDAY);
    for back in 0..5 {
        tracker.set(today.add_days(-back), Way::BeActive, true);
    }
    tracker.set(today, Way::Give, true);
    tracker.set(today.add_days(-40), Way::Connect, true);
    let counts = tracker.way_counts(today.add_days(-27), today);
    assert_eq!(
        counts[0],
        WayCount {
            way: Way::BeActive,
            days: 5
        }
    );
    assert_eq!(
        counts[1],
        WayCount {
            way: Way::Give,
            days: 1
        }
    );
    assert_eq!(counts.last().unwrap().days, 0);
    assert_eq!(
        counts
            .iter()
            .find(|count| count.way == Way::Connect)
            .unwrap()
            .days,
        0,
        "outside the period"
    );
    let tied: Vec<Way> = counts[2..].iter().map(|count| count.way).collect();
    assert_eq!(
        tied,
        [Way::Connect, Way::TakeNotice, Way::KeepLearning],
        "ties keep the usual order of the five ways"
    );
}

#[test]
fn reflections_belong_to_the_week() {
    let mut tracker = Tracker::default();
    tracker.set_reflection(date("2026-11-26"), Some(4));
    assert_eq!(tracker.reflection(date(MONDAY)), Some(4));
    assert_eq!(tracker.reflection(date("2026-11-29")), Some(4));
    assert_eq!(tracker.reflection(date("2026-11-30")), None);
    tracker.set_reflection(date(MONDAY), Some(9));
    assert_eq!(
        tracker.reflection(date(MONDAY)),
        None,
        "out of range clears it"
    );
}

fn sample() -> Tracker {
    let mut tracker = Tracker::default();
    tracker.set(date(MONDAY), Way::Give, true);
    tracker.set(date(MONDAY), Way::Connect, true);
    tracker.set_note(date(MONDAY), Way::Connect, "Called \"Mum\", then\nNan");
    tracker.set(date("2026-02-28"), Way::KeepLearning, true);
    tracker.set_note(date("2026-03-05"), Way::TakeNotice, "Frost, on the grass");
    tracker.set_reflection(date(MONDAY), Some(4));
    tracker.set_reflection(date("2026-03-02"), Some(2));
    tracker
}

#[test]
fn stores_a_versioned_document_and_reads_it_back() {
    let tracker = sample();
    let text = tracker.to_json();
    assert!(
        text.starts_with(r#"{"schema":2,"days":{"2026-02-28":{"ways":["keep-learning"]}"#),
        "{text}"
    );
    assert_eq!(load(Some(&text)), Loaded::Restored(tracker));
}

#[test]
fn migrates_schema_1() {
    let old =
        r#"{"schema":1,"days":{"2026-11-23":["connect","give"],"2026-02-28":["keep-learning"]}}"#;
    let Loaded::Restored(tracker) = load(Some(old)) else {
        panic!()
    };
    assert!(tracker.ways_on(date(MONDAY)).contains(Way::Give));
    assert!(tracker.to_json().starts_with(r#"{"schema":2,"#));
}

#[test]
fn nothing_stored_is_empty_and_newer_is_left_alone() {
    assert_eq!(load(None), Loaded::Empty);
    assert_eq!(
        load(Some(r#"{"schema":3,"days":{},"moods":[]}"#)),
        Loaded::TooNew { schema: 3 }
    );
}

#[test]
fn unreadable_text_is_reported_not_dropped() {
    for bad in [
        "not json",
        "{}",
        r#"{"schema":2,"days":{"2026-13-01":{"ways":["give"]}}}"#,
        r#"{"schema":2,"days":{"2026-11-23":{"ways":["juggle"]}}}"#,
        r#"{"schema":0,"days":{}}"#,
        r#"{"schema":2,"days":[]}"#,
        r#"{"schema":2,"days":{},"reflections":{"2026-11-24":3}}"#,
        "",
    ] {
        assert!(
            matches!(load(Some(bad)), Loaded::Unreadable { .. }),
            "{bad:?} should be unreadable"
        );
    }
}

#[test]
fn backup_keys_are_distinct_versioned_and_recognised() {
    assert_eq!(backup_key(5), "kmcn.five-a-day.v1.unreadable.5");
    assert_ne!(backup_key(5), backup_key(6));
    assert!(is_backup_key(&backup_key(5)));
    assert!(!is_backup_key(STORAGE_KEY));
}

#[test]
fn csv_has_a_row_per_day_and_round_trips() {
    let tracker = sample();
    let csv = tracker.to_csv();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "date,connect,be-active,take-notice,keep-learning,give,connect note,be-active note,take-notice note,keep-learning note,give note,week feeling");
    assert_eq!(lines[1], "2026-02-28,0,0,0,1,0,,,,,,");
    assert_eq!(lines[2], "2026-03-02,0,0,0,0,0,,,,,,2");
    assert_eq!(
        lines[3],
        "2026-03-05,0,0,0,0,0,,,\"Frost, on the grass\",,,"
    );
    assert!(lines[4].starts_with("2026-11-23,1,0,0,0,1,\"Called \"\"Mum\"\", then\nNan\""));
    let preview = Tracker::default().preview_import(csv.as_bytes()).unwrap();
    assert_eq!(preview.merged, tracker);
    assert_eq!(
        (
            preview.days_in_file,
            preview.new_days,
            preview.feelings_in_file
        ),
        (3, 3, 2)
    );
}

#[test]
fn a_note_a_spreadsheet_would_run_as_a_formula_is_guarded_in_csv_and_comes_back_as_written() {
    let day: Date = "2026-11-23".parse().unwrap();
    let mut tracker = Tracker::default();
    let notes = [
        (Way::Connect, "=HYPERLINK(\"http://x\",\"y\")"),
        (Way::BeActive, "+1 walk"),
        (Way::TakeNotice, "-5 degrees"),
        (Way::KeepLearning, "@home"),
        (Way::Give, "'quoted' already"),
    ];
    for (way, note) in notes {
        tracker.set_note(day, way, note);
    }
    let csv = tracker.to_csv();
    let row = csv.split("\r\n").nth(1).unwrap();
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","),
        "{row}"
    );
    assert!(row.contains(",'+1 walk,'-5 degrees,'@home,"), "{row}");
    assert!(
        row.contains(",'quoted' already,"),
        "a note that is no formula is written as it is: {row}"
    );
    let back = Tracker::default()
        .preview_import(csv.as_bytes())
        .unwrap()
        .merged;
    assert_eq!(back, tracker);
}

#[test]
fn json_export_round_trips_through_import() {
    let tracker = sample();
    let preview = Tracker::default()
        .preview_import(tracker.to_json().as_bytes())
        .unwrap();
    assert_eq!(preview.merged, tracker);
}

#[test]
fn csv_from_a_spreadsheet_is_accepted() {
    let csv = "\u{feff}Date,Connect,Be-active,Take-notice,Keep-learning,Give,Connect note,Be-active note,Take-notice note,Keep-learning note,Give note,Week feeling\n2026-11-23,yes,,x,0,TRUE,,,,,,5\n\n";
    let preview = Tracker::default().preview_import(csv.as_bytes()).unwrap();
    let ways: Vec<Way> = preview.merged.ways_on(date(MONDAY)).ways().collect();
    assert_eq!(ways, [Way::Connect, Way::TakeNotice, Way::Give]);
    assert_eq!(preview.merged.reflection(date(MONDAY)), Some(5));
}

#[test]
fn merging_keeps_ticks_from_both_and_takes_notes_from_the_file() {
    let mut device = Tracker::default();
    device.set(date(MONDAY), Way::Connect, true);
    device.set_note(date(MONDAY), Way::Connect, "On the device");
    device.set(date("2026-11-20"), Way::Give, true);
    let mut file = Tracker::default();
    file.set(date(MONDAY), Way::Give, true);
    file.set_note(date(MONDAY), Way::Connect, "From the file");
    file.set(date("2026-11-20"), Way::Give, true);
    file.set(date("2026-11-21"), Way::BeActive, true);
    let before = device.clone();
    let preview = device.preview_import(file.to_json().as_bytes()).unwrap();
    assert_eq!(device, before, "previewing changes nothing");
    let merged = preview.merged;
    assert_eq!(merged.ways_on(date(MONDAY)).count(), 2);
    assert_eq!(
        merged.note(date(MONDAY), Way::Connect),
        Some("From the file")
    );
    assert_eq!(
        (
            preview.new_days,
            preview.changed_days,
            preview.unchanged_days
        ),
        (1, 1, 1)
    );
}

fn rejection(bytes: &[u8]) -> ImportError {
    Tracker::default().preview_import(bytes).unwrap_err()
}

#[test]
fn every_kind_of_bad_file_is_rejected_with_a_reason() {
    let header = "date,connect,be-active,take-notice,keep-learning,give,connect note,be-active note,take-notice note,keep-learning note,give note,week feeling\n";
    assert_eq!(
        rejection(&vec![b' '; MAX_IMPORT_BYTES + 1]),
        ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }
    );
    assert_eq!(rejection(&[0xff, 0xfe, 0x00]), ImportError::NotText);
    assert_eq!(rejection(b"name,age\nSam,4\n"), ImportError::WrongFile);
    assert_eq!(rejection(b"just some words"), ImportError::WrongFile);
    assert_eq!(rejection(b""), ImportError::WrongFile);
    assert_eq!(rejection(br#"{"hello": "world"}"#), ImportError::WrongFile);
    assert_eq!(
        rejection(br#"{"schema":0,"days":{}}"#),
        ImportError::UnknownVersion { schema: 0 }
    );
    assert_eq!(
        rejection(br#"{"schema":-4,"days":{}}"#),
        ImportError::UnknownVersion { schema: -4 }
    );
    assert_eq!(
        rejection(br#"{"schema":7,"days":{}}"#),
        ImportError::NewerVersion { schema: 7 }
    );
    assert_eq!(
        rejection(br#"{"schema":2,"days":{"2026-02-30":{"ways":["give"]}}}"#),
        ImportError::BadDate {
            text: "2026-02-30".into(),
            line: None
        }
    );
    assert_eq!(
        rejection(
            format!("{header}2026-11-23,1,0,0,0,0,,,,,,\n23/11/2026,1,0,0,0,0,,,,,,\n").as_bytes()
        ),
        ImportError::BadDate {
            text: "23/11/2026".into(),
            line: Some(3)
        }
    );
    let bad_values = [
        (
            br#"{"schema":2,"days":{"2026-11-23":{"ways":["juggle"]}}}"#.to_vec(),
            "is not one of the five ways",
        ),
        (
            format!("{header}2026-11-23,maybe,0,0,0,0,,,,,,\n").into_bytes(),
            "is not a tick: use 1 for done and 0 for not done (line 2)",
        ),
        (
            format!(
                "{header}2026-11-23,1,0,0,0,0,{},,,,,\n",
                "x".repeat(MAX_NOTE_CHARS + 1)
            )
            .into_bytes(),
            "longer than 200 characters (line 2)",
        ),
        (
            format!("{header}2026-11-23,1,0,0,0,0,,,,,,7\n").into_bytes(),
            "must be from 1 to 5, not 7 (line 2)",
        ),
        (
            format!("{header}2026-11-24,1,0,0,0,0,,,,,,3\n").into_bytes(),
            "must be on the Monday that starts the week (line 2)",
        ),
        (
            format!("{header}2026-11-23,1,0\n").into_bytes(),
            "has 3 values, not 12 (line 2)",
        ),
        (
            format!("{header}2026-11-23,1,0,0,0,0,\"never closed,,,,,\n").into_bytes(),
            "quoted value is never closed (line 2)",
        ),
        (
            br#"{"schema":2,"days":{"2026-11-23":{"ways":["give"],"notes":{"give":5}}}}"#.to_vec(),
            "The file is damaged",
        ),
    ];
    for (bytes, expected) in bad_values {
        let error = rejection(&bytes);
        assert!(matches!(error, ImportError::BadValue { .. }), "{error:?}");
        assert!(
            error.to_string().contains(expected),
            "{error} does not say {expected}"
        );
    }
}

#[test]
fn every_rejection_explains_itself_in_plain_words() {
    for error in [
        ImportError::TooLarge { bytes: 2_000_000 },
        ImportError::NotText,
        ImportError::WrongFile,
        ImportError::UnknownVersion { schema: 0 },
        ImportError::NewerVersion { schema: 3 },
        ImportError::BadDate {
            text: "x".into(),
            line: Some(2),
        },
    ] {
        let message = error.to_string();
        assert!(message.ends_with('.') && message.len() > 30, "{message}");
    }
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn device() -> Tracker {
        sample()
    }

    /// An accepted import is a merge: nothing already recorded is lost, and the preview's counts
    /// describe it (every day in the file is new, changed or unchanged, and only the new ones add
    /// days to the record).
    fn merge_keeps_the_record(
        tracker: &Tracker,
        preview: &ImportPreview,
    ) -> Result<(), TestCaseError> {
        for (date, day) in tracker.recorded_days() {
            for way in day.ways.ways() {
                prop_assert!(preview.merged.ways_on(date).contains(way));
            }
        }
        prop_assert_eq!(
            preview.new_days + preview.changed_days + preview.unchanged_days,
            preview.days_in_file
        );
        prop_assert_eq!(
            preview.merged.recorded_days().count(),
            tracker.recorded_days().count() + preview.new_days
        );
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_bytes_never_panic_and_never_lose_the_record(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            // `preview_import` takes `&self`, so the record itself cannot change; what can go
            // wrong is the merge it proposes.
            let tracker = device();
            match tracker.preview_import(&bytes) {
                Ok(preview) => merge_keeps_the_record(&tracker, &preview)?,
                Err(error) => {
                    // The reason fits the file: "not a text file" exactly when the bytes are not
                    // UTF-8, and every reason is a whole sentence.
                    prop_assert_eq!(
                        error == ImportError::NotText,
                        std::str::from_utf8(&bytes).is_err()
                    );
                    let message = error.to_string();
                    prop_assert!(message.ends_with('.'), "{}", message);
                }
            }
        }

        #[test]
        fn mangled_exports_never_panic(cut in 0usize..400, insert in ".{0,8}", csv in any::<bool>()) {
            let tracker = device();
            let export = if csv { tracker.to_csv() } else { tracker.to_json() };
            let cut = cut.min(export.len());
            let cut = (0..=cut).rev().find(|index| export.is_char_boundary(*index)).unwrap_or(0);
            let mangled = format!("{}{insert}{}", &export[..cut], &export[cut..]);
            let result = tracker.preview_import(mangled.as_bytes());
            if mangled == export {
                // Importing a device's own export, unmangled, is accepted and changes nothing:
                // every day in it is already there as it is.
                let preview = result.expect("a device's own export is accepted");
                prop_assert_eq!(&preview.merged, &tracker);
                prop_assert_eq!(
                    (preview.new_days, preview.changed_days, preview.unchanged_days),
                    (0, 0, preview.days_in_file)
                );
            } else if let Ok(preview) = result {
                merge_keeps_the_record(&tracker, &preview)?;
            }
        }
    }
}
