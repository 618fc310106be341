//! The directory of services the rules send people to. Each entry carries its source and the date
//! its details were last checked, which the site shows. Sites have opening hours (so the site can
//! say what is open now) and a postcode district (so it can list the nearest first).

mod hours;
mod places;

pub use hours::{BankHolidayHours, Clock, Days, OpeningHours, Period, Status};
pub use places::{outward_code, District, PostcodeError};

use crate::{Date, LondonTime, Source};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub kind: ServiceKind,
    /// What it is for, in a sentence.
    pub summary: String,
    /// How to get help from it: walk in, call, book, refer yourself online.
    pub how_to_use: String,
    /// Who can use it, in a sentence: ages, areas, anything else that limits it.
    pub who_can_use: String,
    /// As written for people, for example "116 123".
    pub phone: Option<String>,
    /// A number to text, for example "85258".
    pub text: Option<String>,
    pub website: Option<String>,
    pub areas: Vec<Area>,
    pub address: Option<String>,
    /// The postcode district the site is in, for sorting by distance.
    pub district: Option<String>,
    pub hours: Option<OpeningHours>,
    #[serde(default)]
    pub not_for: Vec<String>,
    pub source: Source,
    pub last_verified: Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceKind {
    Emergency,
    EmergencyDepartment,
    NhsAdvice,
    MentalHealthSupport,
    UrgentTreatmentCentre,
    MinorInjuriesUnit,
    Maternity,
    Pharmacy,
    GeneralPractice,
    Dentist,
    Optician,
    SexualHealth,
    SelfReferral,
    CommunitySupport,
    CarersSupport,
}

impl ServiceKind {
    /// A heading for a group of services of this kind.
    pub fn label(self) -> &'static str {
        match self {
            ServiceKind::Emergency => "Emergencies",
            ServiceKind::EmergencyDepartment => "A&E (emergency departments)",
            ServiceKind::NhsAdvice => "Urgent advice",
            ServiceKind::MentalHealthSupport => "Mental health support",
            ServiceKind::UrgentTreatmentCentre => "Urgent treatment centres",
            ServiceKind::MinorInjuriesUnit => "Minor injuries units",
            ServiceKind::Maternity => "Maternity",
            ServiceKind::Pharmacy => "Pharmacies",
            ServiceKind::GeneralPractice => "GP practices",
            ServiceKind::Dentist => "Dentists",
            ServiceKind::Optician => "Opticians",
            ServiceKind::SexualHealth => "Sexual health",
            ServiceKind::SelfReferral => "Services you can refer yourself to",
            ServiceKind::CommunitySupport => "Community support",
            ServiceKind::CarersSupport => "Support for carers",
        }
    }
}

/// Areas of Kent and Medway, as the local NHS groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// Available to everyone in Kent and Medway (national and county-wide services).
    All,
    DartfordGraveshamSwanley,
    Medway,
    Swale,
    WestKent,
    EastKent,
}

impl Area {
    /// The local areas, in the order "Find a service" offers them.
    pub const LOCAL: [Area; 5] = [
        Area::DartfordGraveshamSwanley,
        Area::Medway,
        Area::Swale,
        Area::WestKent,
        Area::EastKent,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Area::All => "All of Kent and Medway",
            Area::DartfordGraveshamSwanley => "Dartford, Gravesham and Swanley",
            Area::Medway => "Medway",
            Area::Swale => "Swale",
            Area::WestKent => "West Kent",
            Area::EastKent => "East Kent",
        }
    }
}

/// How long a service entry stays trustworthy without being checked again.
pub const MAX_DAYS_SINCE_VERIFIED: i32 = 365;

impl Service {
    /// The web address as people write it, without "https://": "www.example.org/page".
    pub fn website_label(&self) -> Option<&str> {
        self.website
            .as_deref()
            .map(|url| url.trim_start_matches("https://").trim_end_matches('/'))
    }

    /// The `tel:` address for the phone number.
    pub fn phone_href(&self) -> Option<String> {
        self.phone.as_deref().map(dial_href)
    }

    /// The `sms:` address for the text number.
    pub fn text_href(&self) -> Option<String> {
        self.text
            .as_deref()
            .map(|number| format!("sms:{}", digits(number)))
    }

    /// What is wrong with the entry, if anything.
    pub fn problems(&self, today: Date) -> Vec<(&'static str, String)> {
        let mut problems = Vec::new();
        let valid_id = !self.id.is_empty()
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid_id {
            problems.push((
                "id",
                "use lower-case letters, digits and hyphens".to_string(),
            ));
        }
        for (field, value) in [
            ("name", &self.name),
            ("summary", &self.summary),
            ("how_to_use", &self.how_to_use),
            ("who_can_use", &self.who_can_use),
        ] {
            if value.trim().is_empty() {
                problems.push((field, "must not be empty".to_string()));
            }
        }
        for (field, number) in [("phone", &self.phone), ("text", &self.text)] {
            if let Some(number) = number {
                let well_formed = number.chars().all(|c| c.is_ascii_digit() || c == ' ')
                    && digits(number).len() >= 3;
                if !well_formed {
                    problems.push((
                        field,
                        format!("`{number}` should be digits and spaces only"),
                    ));
                }
            }
        }
        if let Some(website) = &self.website {
            if !website.starts_with("https://") {
                problems.push((
                    "website",
                    format!("`{website}` must be an https:// address"),
                ));
            }
        }
        if self.phone.is_none()
            && self.text.is_none()
            && self.website.is_none()
            && self.address.is_none()
        {
            problems.push((
                "phone",
                "give at least one way to reach the service: phone, text, website or address"
                    .to_string(),
            ));
        }
        if self.areas.is_empty() {
            problems.push(("areas", "name at least one area".to_string()));
        }
        if let Some(problem) = self.source.problem() {
            problems.push(("source", problem));
        }
        if let Some(problem) = self.hours.as_ref().and_then(OpeningHours::problem) {
            problems.push(("hours", problem));
        }
        let age = self.last_verified.days_until(today);
        if age < 0 {
            problems.push((
                "last_verified",
                format!("{} is in the future", self.last_verified),
            ));
        } else if age > MAX_DAYS_SINCE_VERIFIED {
            problems.push((
                "last_verified",
                format!(
                    "{} is more than {MAX_DAYS_SINCE_VERIFIED} days ago: check the details against the source and update the date",
                    self.last_verified
                ),
            ));
        }
        problems
    }
}

/// Every service, with the calendar and postcode table used to say what is open and near.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub services: Vec<Service>,
    /// England and Wales bank holidays.
    pub bank_holidays: Vec<Date>,
    pub districts: Vec<District>,
}

/// What someone is looking for on "Find a service". `None` means any.
#[derive(Debug, Clone, Copy, Default)]
pub struct ServiceFilter<'d> {
    pub kind: Option<ServiceKind>,
    /// Services for this area, and those for all of Kent and Medway.
    pub area: Option<Area>,
    /// Only places with opening hours that are open at the time given.
    pub open_now: bool,
    /// List the nearest to this district first.
    pub near: Option<&'d District>,
}

/// A local place to go, with whether it is open and how far away it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Place<'d> {
    pub service: &'d Service,
    pub status: Option<Status>,
    pub distance_km: Option<f64>,
}

impl Directory {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|service| service.id == id)
    }

    pub fn status(&self, service: &Service, now: LondonTime) -> Option<Status> {
        service
            .hours
            .as_ref()
            .map(|hours| hours.status(now, &self.bank_holidays))
    }

    pub fn district(&self, input: &str) -> Result<&District, PostcodeError> {
        places::find(&self.districts, input)
    }

    /// The kinds of service in the directory, each once, in a fixed order.
    pub fn kinds(&self) -> Vec<ServiceKind> {
        let mut kinds: Vec<ServiceKind> =
            self.services.iter().map(|service| service.kind).collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    /// The places of the given kinds: those open now first, then the nearest to `near` if given,
    /// then by name.
    pub fn places(
        &self,
        kinds: &[ServiceKind],
        near: Option<&District>,
        now: LondonTime,
    ) -> Vec<Place<'_>> {
        self.places_where(|service| kinds.contains(&service.kind), near, now)
    }

    /// The services that match what someone asked for on "Find a service". Given a postcode
    /// district, in the same order as [`Directory::places`]; otherwise by name, the order of the
    /// list as written at build time, so nothing moves when the app takes the page over.
    pub fn find(&self, filter: &ServiceFilter, now: LondonTime) -> Vec<Place<'_>> {
        let mut places = self.places_where(
            |service| {
                filter.kind.is_none_or(|kind| service.kind == kind)
                    && filter.area.is_none_or(|area| {
                        service.areas.contains(&area) || service.areas.contains(&Area::All)
                    })
            },
            filter.near,
            now,
        );
        if filter.open_now {
            places.retain(|place| place.status.is_some_and(Status::is_open));
        }
        if filter.near.is_none() {
            places.sort_by(|a, b| a.service.name.cmp(&b.service.name));
        }
        places
    }

    fn places_where(
        &self,
        keep: impl Fn(&Service) -> bool,
        near: Option<&District>,
        now: LondonTime,
    ) -> Vec<Place<'_>> {
        let mut places: Vec<Place> = self
            .services
            .iter()
            .filter(|service| keep(service))
            .map(|service| Place {
                service,
                status: self.status(service, now),
                distance_km: near.and_then(|near| {
                    let site = service.district.as_deref()?;
                    let site = self
                        .districts
                        .iter()
                        .find(|district| district.code == site)?;
                    Some(near.distance_km(site))
                }),
            })
            .collect();
        places.sort_by(|a, b| {
            let open = |place: &Place| !place.status.is_some_and(Status::is_open);
            open(a)
                .cmp(&open(b))
                .then(
                    a.distance_km
                        .unwrap_or(f64::MAX)
                        .total_cmp(&b.distance_km.unwrap_or(f64::MAX)),
                )
                .then(a.service.name.cmp(&b.service.name))
        });
        places
    }
}

fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// A `tel:` link for a number written for people.
fn dial_href(number: &str) -> String {
    format!("tel:{}", digits(number))
}

#[cfg(feature = "authoring")]
mod load {
    use super::{outward_code, Directory, District, Service};
    use crate::toml_source::{field_named_in, TomlSource};
    use crate::{Date, Diagnostic, Source};
    use serde::Deserialize;
    use std::collections::HashSet;
    use std::path::Path;
    use toml::value::Datetime;
    use toml::Spanned;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct ServicesFile {
        service: Vec<Spanned<toml::Value>>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct BankHolidaysFile {
        source: Source,
        dates: Spanned<Vec<Datetime>>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct DistrictsFile {
        source: Source,
        district: Vec<Spanned<District>>,
    }

    /// The bank holiday list must reach at least this far ahead, so it is topped up each year.
    const BANK_HOLIDAYS_AHEAD_DAYS: i32 = 180;

    struct File {
        name: String,
        text: String,
    }

    impl File {
        fn read(path: &Path, errors: &mut Vec<Diagnostic>) -> Option<File> {
            let name = path.display().to_string();
            match std::fs::read_to_string(path) {
                Ok(text) => Some(File { name, text }),
                Err(error) => {
                    errors.push(Diagnostic::new(
                        &name,
                        format!("cannot read the file: {error}"),
                    ));
                    None
                }
            }
        }

        fn toml(&self) -> TomlSource<'_> {
            TomlSource {
                file: &self.name,
                text: &self.text,
                first_line: 1,
            }
        }

        fn parse<T: serde::de::DeserializeOwned>(&self, errors: &mut Vec<Diagnostic>) -> Option<T> {
            self.toml().parse().map_err(|error| errors.push(error)).ok()
        }
    }

    /// Reads `services/*.toml`, `bank-holidays.toml` and `postcode-districts.toml` under
    /// `content`, and checks every entry, reporting file, line and field.
    pub fn load(content: &Path, today: Date) -> Result<Directory, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let districts = load_districts(&content.join("postcode-districts.toml"), &mut errors);
        let bank_holidays =
            load_bank_holidays(&content.join("bank-holidays.toml"), today, &mut errors);
        let services = load_services(&content.join("services"), today, &districts, &mut errors);
        if errors.is_empty() {
            Ok(Directory {
                services,
                bank_holidays,
                districts,
            })
        } else {
            Err(errors)
        }
    }

    fn load_districts(path: &Path, errors: &mut Vec<Diagnostic>) -> Vec<District> {
        let Some(file) = File::read(path, errors) else {
            return Vec::new();
        };
        let Some(parsed) = file.parse::<DistrictsFile>(errors) else {
            return Vec::new();
        };
        if let Some(problem) = parsed.source.problem() {
            errors.push(Diagnostic::new(&file.name, problem).field("source"));
        }
        let mut codes = HashSet::new();
        let mut districts = Vec::new();
        for spanned in parsed.district {
            let line = file.toml().line_at(spanned.span().start);
            let district = spanned.into_inner();
            let problem = if outward_code(&district.code).as_deref() != Ok(district.code.as_str()) {
                Some(format!(
                    "`{}` is not a postcode district such as ME7",
                    district.code
                ))
            } else if !codes.insert(district.code.clone()) {
                Some(format!("district `{}` is listed twice", district.code))
            } else if !(50.8..51.6).contains(&district.latitude)
                || !(-0.2..1.6).contains(&district.longitude)
            {
                Some(format!(
                    "district `{}` is placed outside Kent and Medway",
                    district.code
                ))
            } else {
                None
            };
            match problem {
                Some(message) => errors.push(Diagnostic::new(&file.name, message).at_line(line)),
                None => districts.push(district),
            }
        }
        districts
    }

    fn load_bank_holidays(path: &Path, today: Date, errors: &mut Vec<Diagnostic>) -> Vec<Date> {
        let Some(file) = File::read(path, errors) else {
            return Vec::new();
        };
        let Some(parsed) = file.parse::<BankHolidaysFile>(errors) else {
            return Vec::new();
        };
        if let Some(problem) = parsed.source.problem() {
            errors.push(Diagnostic::new(&file.name, problem).field("source"));
        }
        let line = file.toml().line_at(parsed.dates.span().start);
        let mut dates = Vec::new();
        for value in parsed.dates.into_inner() {
            let spanned = Spanned::new(0..0, value);
            match file.toml().date("dates", &spanned) {
                Ok(date) => dates.push(date),
                Err(error) => errors.push(error.at_line(line)),
            }
        }
        let complain = |message: String| {
            Diagnostic::new(&file.name, message)
                .at_line(line)
                .field("dates")
        };
        if dates.windows(2).any(|pair| pair[0] >= pair[1]) {
            errors.push(complain("list the dates once each, in order".to_string()));
        }
        let needed = today.add_days(BANK_HOLIDAYS_AHEAD_DAYS);
        if dates.last().is_none_or(|last| *last < needed) {
            errors.push(complain(format!(
                "the list must reach at least {BANK_HOLIDAYS_AHEAD_DAYS} days ahead (to {needed}): add the next year's bank holidays from the source"
            )));
        }
        dates
    }

    fn load_services(
        dir: &Path,
        today: Date,
        districts: &[District],
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<Service> {
        let mut paths: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
                .collect(),
            Err(error) => {
                errors.push(Diagnostic::new(
                    dir.display().to_string(),
                    format!("cannot read the folder: {error}"),
                ));
                return Vec::new();
            }
        };
        paths.sort();
        let mut services = Vec::new();
        let mut ids = HashSet::new();
        for path in paths {
            let Some(file) = File::read(&path, errors) else {
                continue;
            };
            let Some(parsed) = file.parse::<ServicesFile>(errors) else {
                continue;
            };
            for entry in parsed.service {
                let line = file.toml().line_at(entry.span().start);
                // Entries are parsed one by one so a mistake names its own line.
                let service: Service = match entry.into_inner().try_into() {
                    Ok(service) => service,
                    Err(error) => {
                        let error: toml::de::Error = error;
                        let mut diagnostic =
                            Diagnostic::new(&file.name, error.message().trim().to_string())
                                .at_line(line);
                        if let Some(field) = field_named_in(error.message()) {
                            diagnostic = diagnostic.field(field);
                        }
                        errors.push(diagnostic);
                        continue;
                    }
                };
                let mut problems = service.problems(today);
                if let Some(code) = &service.district {
                    if !districts.iter().any(|district| &district.code == code) {
                        problems.push((
                            "district",
                            format!("`{code}` is not in postcode-districts.toml"),
                        ));
                    }
                }
                if !ids.insert(service.id.clone()) {
                    problems.push(("id", "is listed twice".to_string()));
                }
                for (field, message) in problems {
                    errors.push(
                        Diagnostic::new(&file.name, format!("service `{}`: {message}", service.id))
                            .at_line(line)
                            .field(field),
                    );
                }
                services.push(service);
            }
        }
        services
    }
}

#[cfg(feature = "authoring")]
pub use load::load;

#[cfg(test)]
mod tests {
    use super::*;

    fn service() -> Service {
        Service {
            id: "samaritans".into(),
            name: "Samaritans".into(),
            kind: ServiceKind::MentalHealthSupport,
            summary: "Someone to talk to, day or night.".into(),
            how_to_use: "Call free, any time.".into(),
            who_can_use: "Anyone.".into(),
            phone: Some("116 123".into()),
            text: None,
            website: Some("https://www.samaritans.org".into()),
            areas: vec![Area::All],
            address: None,
            district: None,
            hours: Some(OpeningHours {
                always: true,
                periods: vec![],
                bank_holidays: BankHolidayHours::AsUsual,
            }),
            not_for: vec![],
            source: Source {
                title: "Samaritans".into(),
                url: "https://www.samaritans.org".into(),
            },
            last_verified: "2026-11-23".parse().unwrap(),
        }
    }

    fn today() -> Date {
        "2026-11-23".parse().unwrap()
    }

    #[test]
    fn a_complete_entry_has_no_problems_and_dials() {
        assert!(service().problems(today()).is_empty());
        assert_eq!(service().phone_href().as_deref(), Some("tel:116123"));
        assert_eq!(service().website_label(), Some("www.samaritans.org"));
    }

    #[test]
    fn flags_stale_and_future_verification_dates() {
        let mut stale = service();
        stale.last_verified = today().add_days(-(MAX_DAYS_SINCE_VERIFIED + 1));
        assert_eq!(stale.problems(today())[0].0, "last_verified");
        stale.last_verified = today().add_days(-MAX_DAYS_SINCE_VERIFIED);
        assert!(stale.problems(today()).is_empty());
        stale.last_verified = today().add_days(1);
        assert!(stale.problems(today())[0].1.contains("in the future"));
    }

    #[test]
    fn flags_bad_numbers_links_and_missing_contact() {
        let mut bad = service();
        bad.phone = Some("0800-FLOWERS".into());
        bad.website = Some("http://example.org".into());
        let fields: Vec<_> = bad
            .problems(today())
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(fields, ["phone", "website"]);

        let mut unreachable = service();
        unreachable.phone = None;
        unreachable.website = None;
        assert!(unreachable.problems(today())[0]
            .1
            .contains("at least one way to reach"));
    }
}
