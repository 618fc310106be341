//! What a receptionist says and gives to the patient: a short script, and a text short enough
//! for one text message. Neither holds anything about the patient.

use super::model::Outcome;
use crate::directory::Service;

/// One text message.
pub const TEXT_MESSAGE_CHARS: usize = 160;

/// Words to say to the patient.
pub fn script(outcome: &Outcome) -> String {
    let mut text = format!(
        "From what you have told me, the right next step is: {}. How soon: {}.",
        outcome.title.trim_end_matches('.'),
        mid_sentence(&outcome.how_soon)
    );
    if let Some(first) = outcome.advice.first() {
        text.push(' ');
        text.push_str(first);
    }
    text.push_str(" If things get worse, call 111, or 999 in an emergency.");
    text
}

/// `text` to follow a colon: its first letter in lower case, unless its first word is an
/// abbreviation ("PEP must be started").
fn mid_sentence(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), second)
            if first.is_ascii_uppercase() && !second.is_some_and(|c| c.is_ascii_uppercase()) =>
        {
            format!("{}{}", first.to_ascii_lowercase(), &text[1..])
        }
        _ => text.to_string(),
    }
}

/// The outcome as a text message: what to do, how soon, how to reach the first service, and the
/// safety net. Parts are left out, least important first, to fit `TEXT_MESSAGE_CHARS`.
pub fn patient_text(outcome: &Outcome, services: &[&Service]) -> String {
    let contact = services.iter().find_map(|service| {
        if let Some(phone) = &service.phone {
            return Some(format!("{}: {phone}.", service.name));
        }
        if let Some(text) = &service.text {
            return Some(format!("{}: text {text}.", service.name));
        }
        Some(
            service
                .website_label()?
                .trim_start_matches("www.")
                .to_string(),
        )
    });
    let title = format!("{}.", outcome.title.trim_end_matches('.'));
    let how_soon = format!("When: {}.", outcome.how_soon.trim_end_matches('.'));
    let safety = "Worse? Call 111, or 999 in an emergency.";
    let candidates: [Vec<&str>; 4] = [
        [
            Some(title.as_str()),
            Some(how_soon.as_str()),
            contact.as_deref(),
            Some(safety),
        ]
        .into_iter()
        .flatten()
        .collect(),
        [Some(title.as_str()), contact.as_deref(), Some(safety)]
            .into_iter()
            .flatten()
            .collect(),
        vec![title.as_str(), how_soon.as_str(), safety],
        vec![title.as_str(), safety],
    ];
    candidates
        .iter()
        .map(|parts| parts.join(" "))
        .find(|text| text.chars().count() <= TEXT_MESSAGE_CHARS)
        .unwrap_or_else(|| title.chars().take(TEXT_MESSAGE_CHARS).collect())
}
