//! The directory of services the rules send people to. Each entry carries its source and the date
//! its details were last checked, which the site shows. Sites have opening hours (so the site can
//! say what is open now) and a postcode district (so it can list the nearest first).

mod hours;
mod places;

#[cfg(feature = "authoring")]
mod load;

pub use hours::{BankHolidayHours, Clock, Days, OpeningHours, Period, Status};
pub use places::{outward_code, District, PostcodeError};

#[cfg(feature = "authoring")]
pub use load::load;

use crate::short_sort::sort_short_by;
use crate::{Date, LondonTime, Source};
use serde::{Deserialize, Serialize};

/// One entry of the directory: a place to go, or a phone, text or web service, that outcomes
/// and "Find a service" send people to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Unique across the directory; lower-case letters, digits and hyphens. Outcomes name the
    /// service by it, and it is the last part of the address of the service's own page.
    pub id: String,
    /// Shown as the card's heading and on its page; lists are sorted by it when no postcode is
    /// given.
    pub name: String,
    /// What sort of service it is: decides its heading, its place in the "Type of service" filter
    /// and which outcomes list it as a local place.
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
    /// An https:// address, shown without the "https://" and any trailing slash.
    pub website: Option<String>,
    /// The parts of Kent and Medway it is for, at least one; `All` for national and county-wide
    /// services. The "Area" filter uses it.
    pub areas: Vec<Area>,
    /// Where to go, as written for people ("Maidstone Hospital, Maidstone"); none for services
    /// reached only by phone, text or online.
    pub address: Option<String>,
    /// The postcode district the site is in, for sorting by distance.
    pub district: Option<String>,
    /// When it is open, so the site can say whether it is open now; none when it stands for many
    /// places with different hours (such as "your GP practice"), and then it has no "open now" tag.
    pub hours: Option<OpeningHours>,
    /// What it is not for, and where to go instead, one sentence each; listed under "Not for".
    #[serde(default)]
    pub not_for: Vec<String>,
    /// Where the details were checked; named and linked beside the date they were checked.
    pub source: Source,
    /// The day the details were last checked against the source. The build fails if it is in the
    /// future or more than [`MAX_DAYS_SINCE_VERIFIED`] days ago.
    pub last_verified: Date,
}

/// What sort of service an entry is, written in kebab-case in the TOML ("urgent-treatment-centre").
/// The order here, most urgent first, is the order of the "Type of service" filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceKind {
    /// Calling 999, for life-threatening emergencies.
    Emergency,
    /// A hospital A&E, for serious and life-threatening injuries and illness.
    EmergencyDepartment,
    /// NHS 111, online or by phone, for urgent advice when it is not an emergency.
    NhsAdvice,
    /// Help in a mental health crisis, or someone to talk to: 111's mental health option,
    /// Samaritans, Shout, Childline.
    MentalHealthSupport,
    /// A walk-in centre for injuries and illnesses that need care today but are not
    /// life-threatening.
    UrgentTreatmentCentre,
    /// A walk-in unit for the same kind of same-day care as an urgent treatment centre; outcomes
    /// that list local urgent treatment centres list these too.
    MinorInjuriesUnit,
    /// The maternity unit or labour ward where someone is booked, for worries in pregnancy.
    Maternity,
    /// Community pharmacies: advice on minor illnesses and medicines, and Pharmacy First treatment.
    Pharmacy,
    /// The person's own GP practice team.
    GeneralPractice,
    /// NHS dental care, including urgent appointments.
    Dentist,
    /// Opticians, for eye and sight checks and many urgent eye problems.
    Optician,
    /// Sexual health clinics: tests and treatment, contraception and advice.
    SexualHealth,
    /// NHS services people can use without seeing a GP first, such as talking therapies and
    /// first contact physiotherapy.
    SelfReferral,
    /// Support beyond medical care: social prescribing link workers, and advice lines about drugs
    /// and drinking.
    CommunitySupport,
    /// Support for people who look after someone; also listed on the page for carers.
    CarersSupport,
}

impl ServiceKind {
    /// The kind's value in Find a service's "Type of service" filter: the page writes it and
    /// the app reads it back.
    pub fn filter_value(self) -> String {
        format!("{self:?}")
    }

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
    /// Dartford, Gravesend, Swanley and the villages around them.
    DartfordGraveshamSwanley,
    /// The Medway towns: Rochester, Strood, Chatham, Gillingham and Rainham, and the Hoo Peninsula.
    Medway,
    /// Sittingbourne and the Isle of Sheppey; Faversham, though in Swale borough, counts as East
    /// Kent.
    Swale,
    /// Maidstone, Tonbridge and Malling, Sevenoaks and Tunbridge Wells.
    WestKent,
    /// Ashford, Canterbury, Faversham, Thanet, Dover, Folkestone and Romney Marsh.
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

    /// The area's value in Find a service's "Area" filter, as [`ServiceKind::filter_value`].
    pub fn filter_value(self) -> String {
        format!("{self:?}")
    }

    /// The area's name as shown on service cards and in the "Area" filter.
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
    /// Every entry of `services/*.toml`, in the order of the files and of the entries in them.
    pub services: Vec<Service>,
    /// England and Wales bank holidays.
    pub bank_holidays: Vec<Date>,
    /// The postcode districts of Kent and Medway with rough positions, for finding someone's
    /// district from their postcode and listing the nearest places first.
    pub districts: Vec<District>,
}

/// What someone is looking for on "Find a service". `None` means any.
#[derive(Debug, Clone, Copy, Default)]
pub struct ServiceFilter<'d> {
    /// Only services of this kind, from the "Type of service" filter.
    pub kind: Option<ServiceKind>,
    /// Services for this area, and those for all of Kent and Medway.
    pub area: Option<Area>,
    /// Only places with opening hours that are open at the time given.
    pub open_now: bool,
    /// List the nearest to this district first.
    pub near: Option<&'d District>,
}

/// How many places Find a service lists: "1 service", "12 services".
pub fn services_listed(count: usize) -> String {
    match count {
        1 => "1 service".to_string(),
        n => format!("{n} services"),
    }
}

/// A local place to go, with whether it is open and how far away it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Place<'d> {
    /// The directory entry, for its name, card and page.
    pub service: &'d Service,
    /// Whether it is open at the time asked about; none if it has no opening hours.
    pub status: Option<Status>,
    /// Straight-line distance in kilometres from the district asked about; none if no district was
    /// given or the place has none.
    pub distance_km: Option<f64>,
}

impl Place<'_> {
    /// The distance to say: whole kilometres, and at least 1 (a place in the same district is
    /// "about 1 km away", not 0). A whole number, so the browser app needs no float formatting.
    pub fn about_km(&self) -> Option<u32> {
        self.distance_km.map(|km| km.round().max(1.0) as u32)
    }
}

impl Directory {
    /// The service with this id, as outcomes and service pages name it; none if there is no such
    /// entry.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|service| service.id == id)
    }

    /// Whether the service is open at `now`, bank holidays counted; none if it has no opening
    /// hours.
    pub fn status(&self, service: &Service, now: LondonTime) -> Option<Status> {
        service
            .hours
            .as_ref()
            .map(|hours| hours.status(now, &self.bank_holidays))
    }

    /// The postcode district for what someone typed (a full postcode or its first part), or why it
    /// cannot be used.
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
        self.places_where(|service| kinds.contains(&service.kind), near, Some(now))
    }

    /// The services that match what someone asked for on "Find a service". Given a postcode
    /// district, in the same order as [`Directory::places`]; otherwise by name, the order of the
    /// list as written at build time, so nothing moves when the app takes the page over. `now`
    /// is none when the list is written at build time, when no one can say what is open.
    pub fn find(&self, filter: &ServiceFilter, now: Option<LondonTime>) -> Vec<Place<'_>> {
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
            sort_short_by(&mut places, |a, b| a.service.name.cmp(&b.service.name));
        }
        places
    }

    fn places_where(
        &self,
        keep: impl Fn(&Service) -> bool,
        near: Option<&District>,
        now: Option<LondonTime>,
    ) -> Vec<Place<'_>> {
        let mut places: Vec<Place> = self
            .services
            .iter()
            .filter(|service| keep(service))
            .map(|service| Place {
                service,
                status: now.and_then(|now| self.status(service, now)),
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
        sort_short_by(&mut places, |a, b| {
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
    fn a_distance_is_said_in_whole_kilometres_and_at_least_one() {
        let service = service();
        let at = |distance_km| {
            Place {
                service: &service,
                status: None,
                distance_km,
            }
            .about_km()
        };
        assert_eq!(at(None), None);
        assert_eq!(at(Some(0.0)), Some(1));
        assert_eq!(at(Some(0.4)), Some(1));
        assert_eq!(at(Some(2.5)), Some(3));
        assert_eq!(at(Some(12.49)), Some(12));
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
