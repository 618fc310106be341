//! The directory of services the rules send people to. Each entry carries its source and the date
//! its details were last checked, which the site shows.

use crate::{Date, Source};
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
    /// As written for people, for example "116 123".
    pub phone: Option<String>,
    /// A number to text, for example "85258".
    pub text: Option<String>,
    pub website: Option<String>,
    pub areas: Vec<Area>,
    pub address: Option<String>,
    pub opening_hours: Option<String>,
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

fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// A `tel:` link for a number written for people.
fn dial_href(number: &str) -> String {
    format!("tel:{}", digits(number))
}

#[cfg(feature = "authoring")]
mod load {
    use super::Service;
    use crate::toml_source::{field_named_in, TomlSource};
    use crate::{Date, Diagnostic};
    use serde::Deserialize;
    use std::collections::HashSet;
    use std::path::Path;
    use toml::Spanned;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct ServicesFile {
        service: Vec<Spanned<toml::Value>>,
    }

    /// Reads every `*.toml` in `dir` and checks each entry, reporting file, line and field.
    pub fn load_dir(dir: &Path, today: Date) -> Result<Vec<Service>, Vec<Diagnostic>> {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(|error| {
                vec![Diagnostic::new(
                    dir.display().to_string(),
                    format!("cannot read the folder: {error}"),
                )]
            })?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect();
        paths.sort();
        let mut services = Vec::new();
        let mut errors = Vec::new();
        let mut ids = HashSet::new();
        for path in paths {
            let file = path.display().to_string();
            let text = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(error) => {
                    errors.push(Diagnostic::new(
                        &file,
                        format!("cannot read the file: {error}"),
                    ));
                    continue;
                }
            };
            let source = TomlSource {
                file: &file,
                text: &text,
                first_line: 1,
            };
            let parsed: ServicesFile = match source.parse() {
                Ok(parsed) => parsed,
                Err(error) => {
                    errors.push(error);
                    continue;
                }
            };
            for entry in parsed.service {
                let line = source.line_at(entry.span().start);
                // Entries are parsed one by one so a mistake names its own line.
                let service: Service = match entry.into_inner().try_into() {
                    Ok(service) => service,
                    Err(error) => {
                        let error: toml::de::Error = error;
                        let mut diagnostic =
                            Diagnostic::new(&file, error.message().trim().to_string())
                                .at_line(line);
                        if let Some(field) = field_named_in(error.message()) {
                            diagnostic = diagnostic.field(field);
                        }
                        errors.push(diagnostic);
                        continue;
                    }
                };
                for (field, message) in service.problems(today) {
                    errors.push(
                        Diagnostic::new(&file, format!("service `{}`: {message}", service.id))
                            .at_line(line)
                            .field(field),
                    );
                }
                if !ids.insert(service.id.clone()) {
                    errors.push(
                        Diagnostic::new(&file, format!("service `{}` is listed twice", service.id))
                            .at_line(line)
                            .field("id"),
                    );
                }
                services.push(service);
            }
        }
        if errors.is_empty() {
            Ok(services)
        } else {
            Err(errors)
        }
    }
}

#[cfg(feature = "authoring")]
pub use load::load_dir;

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
            phone: Some("116 123".into()),
            text: None,
            website: Some("https://www.samaritans.org".into()),
            areas: vec![Area::All],
            address: None,
            opening_hours: Some("24 hours, every day".into()),
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
