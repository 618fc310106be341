//! Postcode districts, so people can see the nearest places first without giving a full address.

use super::Area;
use serde::{Deserialize, Serialize};

/// A postcode district (the outward code, such as "ME7") and a rough position for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    /// The outward code in capitals, such as "ME7"; each district is listed once.
    pub code: String,
    /// The main towns or villages in it, shown when saying what a list is nearest to.
    pub town: String,
    /// The local NHS area it belongs to: one of the five that "Find a service" offers.
    pub area: Area,
    /// Rough position of its main town, in degrees north; must fall within Kent and Medway.
    pub latitude: f64,
    /// Rough position of its main town, in degrees east (negative west of Greenwich); must fall
    /// within Kent and Medway.
    pub longitude: f64,
}

/// Kilometres in a degree of latitude, and in a degree of longitude at 51.2° N, the middle of
/// the band every district must lie in (50.8° to 51.6° N, checked when the directory loads).
const KM_PER_DEGREE_NORTH: f64 = 111.19;
const KM_PER_DEGREE_EAST: f64 = 69.67;

impl District {
    /// Distance in kilometres as the crow flies, on a flat map of Kent and Medway: within the
    /// band the districts lie in, within 1% of the great-circle distance (tested), far finer
    /// than a district's rough position. It needs no trigonometry, which WebAssembly has no
    /// instructions for: the questions' binary is 3 KB smaller without it.
    pub fn distance_km(&self, other: &District) -> f64 {
        let north = (other.latitude - self.latitude) * KM_PER_DEGREE_NORTH;
        let east = (other.longitude - self.longitude) * KM_PER_DEGREE_EAST;
        (north * north + east * east).sqrt()
    }
}

/// Why what someone typed cannot be used to list places nearest first; its text is shown to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostcodeError {
    /// Not shaped like a UK postcode or its first part.
    NotAPostcode,
    /// A postcode district outside Kent and Medway (or one we have no position for).
    OutsideArea(String),
}

impl std::fmt::Display for PostcodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PostcodeError::NotAPostcode => f.write_str(
                "Enter a postcode, or just its first part, like ME7 or CT1 2AB",
            ),
            PostcodeError::OutsideArea(code) => write!(
                f,
                "{code} is not a Kent or Medway postcode we know. The places below are in Kent and Medway; for elsewhere, call 111"
            ),
        }
    }
}

/// The outward code of a full postcode ("ct1 2ab" gives "CT1") or of an outward code alone.
pub fn outward_code(input: &str) -> Result<String, PostcodeError> {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let has_inward = compact.len() >= 5 && {
        let inward = compact.as_bytes()[compact.len() - 3..].to_vec();
        inward[0].is_ascii_digit()
            && inward[1].is_ascii_alphabetic()
            && inward[2].is_ascii_alphabetic()
    };
    let outward = if has_inward {
        &compact[..compact.len() - 3]
    } else {
        &compact[..]
    };
    let letters = outward
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .count();
    let rest = &outward[letters..];
    let shaped = (1..=2).contains(&letters)
        && (1..=2).contains(&rest.len())
        && rest.as_bytes()[0].is_ascii_digit()
        && rest.chars().all(|c| c.is_ascii_alphanumeric());
    if shaped {
        Ok(outward.to_string())
    } else {
        Err(PostcodeError::NotAPostcode)
    }
}

/// Finds the district for what someone typed.
pub fn find<'d>(districts: &'d [District], input: &str) -> Result<&'d District, PostcodeError> {
    let code = outward_code(input)?;
    districts
        .iter()
        .find(|district| district.code == code)
        .ok_or(PostcodeError::OutsideArea(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn district(code: &str, latitude: f64, longitude: f64) -> District {
        District {
            code: code.into(),
            town: code.into(),
            area: Area::Medway,
            latitude,
            longitude,
        }
    }

    #[test]
    fn reads_full_postcodes_and_outward_codes() {
        for (input, expected) in [
            ("ME7 5NY", "ME7"),
            ("me75ny", "ME7"),
            (" ct1 ", "CT1"),
            ("TN23", "TN23"),
            ("DA11 0DG", "DA11"),
            ("W1A 1AA", "W1A"),
        ] {
            assert_eq!(outward_code(input).as_deref(), Ok(expected), "{input}");
        }
        for bad in ["", "hello", "12345", "ME", "MEE7", "7ME", "ME7 5N"] {
            assert_eq!(outward_code(bad), Err(PostcodeError::NotAPostcode), "{bad}");
        }
    }

    #[test]
    fn finds_known_districts_only() {
        let districts = [district("ME7", 51.386, 0.551)];
        assert_eq!(find(&districts, "me7 5ny").unwrap().code, "ME7");
        assert_eq!(
            find(&districts, "SW1A 1AA"),
            Err(PostcodeError::OutsideArea("SW1A".into()))
        );
    }

    #[test]
    fn measures_distance() {
        // Gillingham to Margate is roughly 60 km as the crow flies.
        let gillingham = district("ME7", 51.386, 0.551);
        let margate = district("CT9", 51.385, 1.385);
        let km = gillingham.distance_km(&margate);
        assert!((55.0..65.0).contains(&km), "{km}");
        assert_eq!(gillingham.distance_km(&gillingham), 0.0);
    }

    #[test]
    fn is_within_one_percent_of_the_great_circle_across_kent_and_medway() {
        let great_circle = |a: &District, b: &District| {
            let (lat1, lat2) = (a.latitude.to_radians(), b.latitude.to_radians());
            let dlon = (b.longitude - a.longitude).to_radians();
            let h = ((lat2 - lat1) / 2.0).sin().powi(2)
                + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
            2.0 * 6371.0 * h.sqrt().asin()
        };
        // The corners of the band the loader allows, and points between.
        let mut places = Vec::new();
        for latitude in [50.8, 51.0, 51.2, 51.4, 51.59] {
            for longitude in [-0.2, 0.4, 1.0, 1.59] {
                places.push(district("X1", latitude, longitude));
            }
        }
        for a in &places {
            for b in &places {
                let (flat, round) = (a.distance_km(b), great_circle(a, b));
                assert!(
                    (flat - round).abs() <= round * 0.01,
                    "{a:?} {b:?}: {flat} against {round}"
                );
            }
        }
    }
}
