//! Reading the directory from `content/`: every `services/*.toml`, `bank-holidays.toml` and
//! `postcode-districts.toml`, with each mistake reported by file, line and field.

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
    let bank_holidays = load_bank_holidays(&content.join("bank-holidays.toml"), today, &mut errors);
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
