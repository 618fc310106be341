//! The services directory as authored: opening hours, bank holidays and nearest places.

use navigator_core::directory::{self, Directory, ServiceKind, Status};
use navigator_core::{Date, LondonTime};
use std::path::PathBuf;

fn directory() -> Directory {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    directory::load(&content, "2026-11-23".parse().unwrap())
        .unwrap_or_else(|errors| panic!("{}", navigator_core::diagnostic::report(&errors)))
}

fn at(day: &str, hour: u16, minute: u16) -> LondonTime {
    LondonTime {
        date: day.parse::<Date>().unwrap(),
        minute: hour * 60 + minute,
    }
}

const URGENT_CARE: [ServiceKind; 2] = [
    ServiceKind::UrgentTreatmentCentre,
    ServiceKind::MinorInjuriesUnit,
];

#[test]
fn at_night_only_the_24_hour_centres_are_open_and_listed_first() {
    let directory = directory();
    let places = directory.places(&URGENT_CARE, None, at("2026-11-23", 3, 0));
    let open: Vec<&str> = places
        .iter()
        .filter(|place| place.status.is_some_and(Status::is_open))
        .map(|place| place.service.id.as_str())
        .collect();
    assert_eq!(
        open,
        [
            "utc-kent-and-canterbury",
            "utc-medway-maritime",
            "utc-qeqm-margate",
            "utc-william-harvey-ashford"
        ]
    );
    assert!(places[..4]
        .iter()
        .all(|place| place.status.is_some_and(Status::is_open)));
    assert_eq!(
        places[4]
            .status
            .unwrap()
            .describe(at("2026-11-23", 3, 0).date),
        "Closed now, opens at 8am"
    );
}

#[test]
fn nearest_first_from_a_postcode_among_the_open_places() {
    let directory = directory();
    let sheppey = directory.district("ME12 1AA").unwrap();
    let places = directory.places(&URGENT_CARE, Some(sheppey), at("2026-11-23", 10, 0));
    assert_eq!(places[0].service.id, "miu-sheppey");
    assert_eq!(places[1].service.id, "miu-sittingbourne");
    assert!(places
        .windows(2)
        .all(|pair| pair[0].distance_km <= pair[1].distance_km));
    // At night the open 24-hour centres come first, nearest first among them.
    let night = directory.places(&URGENT_CARE, Some(sheppey), at("2026-11-23", 22, 0));
    assert_eq!(night[0].service.id, "utc-medway-maritime");
}

#[test]
fn every_site_has_hours_and_a_district() {
    let directory = directory();
    for service in directory.services.iter().filter(|service| {
        matches!(
            service.kind,
            ServiceKind::UrgentTreatmentCentre
                | ServiceKind::MinorInjuriesUnit
                | ServiceKind::EmergencyDepartment
        )
    }) {
        assert!(service.hours.is_some(), "{}", service.id);
        assert!(service.district.is_some(), "{}", service.id);
    }
}

#[test]
fn postcodes_outside_kent_and_medway_are_explained() {
    let directory = directory();
    let error = directory.district("SW1A 1AA").unwrap_err();
    assert!(error
        .to_string()
        .contains("SW1A is not a Kent or Medway postcode"));
    assert!(directory.district("hello").is_err());
}

#[test]
fn bank_holidays_reach_well_ahead() {
    let directory = directory();
    let last = *directory.bank_holidays.last().unwrap();
    assert!("2026-11-23".parse::<Date>().unwrap().days_until(last) > 365);
}

/// A copy of the real directory content in a temporary folder, with one file replaced.
fn load_with(file: &str, text: &str) -> Vec<String> {
    let real = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let dir = std::env::temp_dir().join(format!(
        "navigator-directory-{}-{}",
        std::process::id(),
        file.replace('/', "-")
    ));
    std::fs::create_dir_all(dir.join("services")).unwrap();
    for name in ["bank-holidays.toml", "postcode-districts.toml"] {
        std::fs::copy(real.join(name), dir.join(name)).unwrap();
    }
    for entry in std::fs::read_dir(real.join("services")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join("services").join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.join(file), text).unwrap();
    let result = directory::load(&dir, "2026-11-23".parse().unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
    result
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_bank_holiday_list_that_runs_out_fails() {
    let errors = load_with(
        "bank-holidays.toml",
        "source = { title = \"GOV.UK\", url = \"https://www.gov.uk/bank-holidays\" }\ndates = [2026-12-25, 2026-12-28]\n",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains(
            "bank-holidays.toml:2: field `dates`: the list must reach at least 180 days ahead"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn a_site_in_an_unknown_district_or_with_bad_hours_fails() {
    let errors = load_with(
        "services/extra.toml",
        r#"
[[service]]
id = "utc-nowhere"
name = "Nowhere UTC"
kind = "urgent-treatment-centre"
summary = "A test site."
how_to_use = "Walk in."
who_can_use = "Anyone."
address = "Nowhere"
district = "ZZ9"
areas = ["medway"]
hours = { periods = [{ days = "every-day", opens = "20:00", closes = "08:00" }] }
source = { title = "Test", url = "https://example.org" }
last_verified = 2026-11-01
"#,
    );
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("extra.toml:2: field `hours`: service `utc-nowhere`: a period opens at 8pm but closes at 8am")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("extra.toml:2: field `district`: service `utc-nowhere`: `ZZ9` is not in postcode-districts.toml")), "{errors:?}");
}

#[test]
fn find_a_service_filters_by_kind_area_and_open_now() {
    use navigator_core::directory::{Area, ServiceFilter};
    let directory = directory();
    let three_am = at("2026-11-23", 3, 0);
    let everything = directory.find(&ServiceFilter::default(), Some(three_am));
    assert_eq!(everything.len(), directory.services.len());
    // Without a postcode, by name, whatever is open (as the list is written at build time).
    assert!(everything
        .windows(2)
        .all(|pair| pair[0].service.name <= pair[1].service.name));
    assert!(everything
        .iter()
        .any(|place| place.status.is_some_and(|status| !status.is_open())));
    // Written at build time, at no time in particular: the same list, and nothing said to be open.
    let written = directory.find(&ServiceFilter::default(), None);
    assert!(written
        .iter()
        .map(|place| place.service.id.as_str())
        .eq(everything.iter().map(|place| place.service.id.as_str())));
    assert!(written.iter().all(|place| place.status.is_none()));

    let swale = directory.find(
        &ServiceFilter {
            area: Some(Area::Swale),
            ..ServiceFilter::default()
        },
        Some(three_am),
    );
    // Swale's own places, and the services for all of Kent and Medway; nothing only for Medway.
    assert!(swale.iter().any(|place| place.service.id == "miu-sheppey"));
    assert!(swale.iter().any(|place| place.service.areas == [Area::All]));
    assert!(swale
        .iter()
        .all(|place| place.service.areas.contains(&Area::Swale)
            || place.service.areas.contains(&Area::All)));
    assert!(!swale
        .iter()
        .any(|place| place.service.id == "utc-medway-maritime"));

    let open_urgent_care = directory.find(
        &ServiceFilter {
            kind: Some(ServiceKind::UrgentTreatmentCentre),
            open_now: true,
            ..ServiceFilter::default()
        },
        Some(three_am),
    );
    assert!(!open_urgent_care.is_empty());
    assert!(open_urgent_care.iter().all(|place| {
        place.service.kind == ServiceKind::UrgentTreatmentCentre
            && place.status.is_some_and(Status::is_open)
    }));
    let all_urgent_care = directory.find(
        &ServiceFilter {
            kind: Some(ServiceKind::UrgentTreatmentCentre),
            ..ServiceFilter::default()
        },
        Some(three_am),
    );
    assert!(open_urgent_care.len() < all_urgent_care.len());
}

#[test]
fn each_kind_is_listed_once() {
    let directory = directory();
    let kinds = directory.kinds();
    assert!(kinds.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(directory
        .services
        .iter()
        .all(|service| kinds.contains(&service.kind)));
}
