//! The outcome as HTML: where to go and how soon, why, what to do if it gets worse, local
//! places, and a summary to keep that holds nothing about the person. The parts that change on
//! the page (Easy Read, the places' order) have ids of their own, so the part redraws only them.

use super::Mode;
use crate::components::easy_read;
use crate::components::postcode::{nearest_first, nearest_to};
use crate::components::service::{bullets, card, numbers, open_now};
use crate::content::{directory, guide_title};
use navigator_core::directory::{District, Service, ServiceKind, Status};
use navigator_core::html::escape;
use navigator_core::routes;
use navigator_core::signpost::{patient_text, script, CareLevel, Decision, Outcome, Reason};
use navigator_core::LondonTime;

/// The `data-action`s of the outcome's buttons.
pub const PRINT: &str = "print";
pub const COPY: &str = "copy";
/// Where the outcome's advice, and the summary's, are drawn: plain or in Easy Read.
pub const ADVICE: &str = "outcome-advice";
pub const SUMMARY_ADVICE: &str = "summary-advice";
pub const SUMMARY_IF_WORSE: &str = "summary-if-worse";
/// Where the places are listed, and the line saying in what order.
pub const PLACES: &str = "places";
pub const PLACES_ORDER: &str = "places-order";
/// Where "Copied" is said.
pub const COPIED: &str = "summary-copied";

/// What the outcome is drawn from.
pub struct Shown<'a> {
    pub decision: &'a Decision<'a>,
    pub mode: Mode,
    pub someone_else: bool,
    pub easy_read: bool,
    pub now: LondonTime,
    /// The action of the button that starts again.
    pub start_again: &'a str,
}

fn care_modifier(level: CareLevel) -> (&'static str, &'static str) {
    match level {
        CareLevel::Emergency => ("emergency", "Immediate action required"),
        CareLevel::Urgent => ("urgent", "Urgent advice"),
        CareLevel::NonUrgent => ("non-urgent", "Non-urgent advice"),
    }
}

/// The services an outcome names, as the directory has them.
pub fn services(outcome: &Outcome) -> Vec<&'static Service> {
    outcome
        .services
        .iter()
        .filter_map(|id| directory().service(id))
        .collect()
}

/// A note with the "Information: " said before it.
fn inset(paragraph_html: &str, class: &str) -> String {
    format!(
        "<div class=\"nhsuk-inset-text{class}\"><span class=\"nhsuk-u-visually-hidden\">Information: </span>{paragraph_html}</div>"
    )
}

pub fn draw(shown: &Shown) -> String {
    let decision = shown.decision;
    let outcome = decision.outcome;
    let (modifier, hidden_prefix) = care_modifier(outcome.urgency.care_level());
    let title = escape(&outcome.title);
    let services = services(outcome);
    let mut html = format!(
        "<div class=\"nhsuk-card nhsuk-card--care nhsuk-card--care--{modifier} kmcn-print-hide\" id=\"outcome\">\
         <div class=\"nhsuk-card__heading-container\"><h1 class=\"nhsuk-card__heading\" tabindex=\"-1\">\
         <span class=\"nhsuk-u-visually-hidden\">{hidden_prefix}: </span>{title}</h1>\
         <span class=\"nhsuk-card--care__arrow\" aria-hidden=\"true\"></span></div>\
         <div class=\"nhsuk-card__content\">{switch}<div id=\"{ADVICE}\">{advice}</div></div></div>",
        // First after the heading, where focus lands, so one Tab reaches it.
        switch = easy_read::switch("Easy Read", shown.easy_read),
        advice = advice(outcome, shown.easy_read),
    );
    if shown.mode == Mode::Staff {
        html += &inset(
            &format!(
                "<h2 class=\"nhsuk-heading-s\">What to say</h2><p>{}</p>",
                escape(&script(outcome))
            ),
            " kmcn-print-hide kmcn-script",
        );
    }
    if shown.someone_else {
        html += &inset("<p>If you are helping someone, share this with them, or help them contact the service. You can print it or copy it below.</p>", " kmcn-print-hide");
    }
    html += "<div class=\"kmcn-print-hide\"><h2>Why we said this</h2>";
    if decision.took_safer_answer() {
        html += &inset(
            "<p>You were not sure about one of the answers, so we chose the safer option.</p>",
            "",
        );
    }
    if decision.because.is_empty() {
        html += "<p>None of your answers pointed to a more urgent service.</p>";
    } else {
        html += &format!(
            "<p>Because of these answers:</p>{}",
            reasons(&decision.because)
        );
    }
    if !decision.ruled_out.is_empty() {
        html += &format!(
            "<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">What else we checked</span></summary>\
             <div class=\"nhsuk-details__text\">{}</div></details>",
            reasons(&decision.ruled_out)
        );
    }
    html += &format!(
        "<p class=\"nhsuk-body-s\">Based on <a href=\"{}\">{}</a> (rule <code>{}</code>). This advice was last reviewed on {} and is next due for review on {}.</p>",
        escape(&decision.source.url),
        escape(&decision.source.title),
        escape(decision.decided_by),
        decision.review.last_reviewed.long(),
        decision.review.next_review.long(),
    );
    if !outcome.local.is_empty() {
        html += &format!(
            "<h2>Places you can go</h2>{}<p class=\"nhsuk-body-s\" role=\"status\" id=\"{PLACES_ORDER}\">{}</p><div id=\"{PLACES}\">{}</div>",
            nearest_first(),
            escape(&places_order(None)),
            places(outcome, None, shown.now),
        );
    }
    html += &format!("<h2>If it gets worse</h2>{}", bullets(&outcome.if_worse));
    if let Some((href, title)) = outcome
        .guidance
        .as_deref()
        .and_then(|slug| Some((routes::guidance_page(slug), guide_title(slug)?)))
    {
        html += &format!(
            "<a class=\"nhsuk-action-link\" href=\"{href}\">\
             <svg class=\"nhsuk-icon nhsuk-icon--arrow-right-circle\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" focusable=\"false\" aria-hidden=\"true\">\
             <path d=\"M12 2a10 10 0 0 0-10 9h11.7l-4-4a1 1 0 0 1 1.5-1.4l5.6 5.7a1 1 0 0 1 0 1.4l-5.6 5.7a1 1 0 0 1-1.5 0 1 1 0 0 1 0-1.4l4-4H2A10 10 0 1 0 12 2z\"></path></svg>\
             <span class=\"nhsuk-action-link__text\">Read our guide: {}</span></a>",
            escape(title)
        );
    }
    if !services.is_empty() {
        html += "<h2>Where to get help</h2>";
        for service in &services {
            html += &card(service, true, Some(shown.now));
        }
    }
    html += "</div>";
    html += &summary(outcome, &services, shown);
    let again = if shown.mode == Mode::Staff {
        "Start with a new patient"
    } else {
        "Start again"
    };
    html += &format!(
        "<button class=\"nhsuk-button nhsuk-button--secondary kmcn-print-hide\" type=\"button\" data-action=\"{}\">{again}</button>",
        shown.start_again
    );
    html
}

/// How soon and what to do, or the same in Easy Read.
pub fn advice(outcome: &Outcome, easy_read: bool) -> String {
    if easy_read {
        return easy_read::steps(&outcome.easy_read);
    }
    let mut html = format!(
        "<p><strong>How soon: </strong>{}</p>",
        escape(&outcome.how_soon)
    );
    for paragraph in &outcome.advice {
        html += &format!("<p>{}</p>", escape(paragraph));
    }
    html
}

/// The summary's how soon, or its Easy Read steps.
pub fn summary_advice(outcome: &Outcome, easy_read: bool) -> String {
    if easy_read {
        easy_read::steps(&outcome.easy_read)
    } else {
        format!("<p>How soon: {}</p>", escape(&outcome.how_soon))
    }
}

/// The summary's "If it gets worse", left out of the Easy Read summary.
pub fn summary_if_worse(outcome: &Outcome, easy_read: bool) -> String {
    if easy_read {
        return String::new();
    }
    format!(
        "<h3 class=\"nhsuk-heading-s\">If it gets worse</h3>{}",
        bullets(&outcome.if_worse)
    )
}

/// What to take away: printable on its own, and as a text short enough for one message. It
/// holds nothing about the person.
fn summary(outcome: &Outcome, services: &[&Service], shown: &Shown) -> String {
    let contacts = if services.is_empty() {
        String::new()
    } else {
        let items: String = services
            .iter()
            .map(|service| {
                let web = service
                    .website_label()
                    .map(|web| format!(" <span class=\"kmcn-url\">{}</span>", escape(web)))
                    .unwrap_or_default();
                format!(
                    "<li><strong>{}</strong> {}{web}</li>",
                    escape(&service.name),
                    escape(&numbers(service, ""))
                )
            })
            .collect();
        format!("<h3 class=\"nhsuk-heading-s\">How to contact</h3><ul class=\"nhsuk-list\">{items}</ul>")
    };
    format!(
        "<section class=\"kmcn-patient-summary\" aria-labelledby=\"summary-heading\">\
         <p class=\"kmcn-print-only\"><strong>Kent &amp; Medway Care Navigator</strong></p>\
         <h2 id=\"summary-heading\">Summary to keep</h2>{switch}\
         <p><strong>{title}</strong></p><div id=\"{SUMMARY_ADVICE}\">{advice}</div>{contacts}\
         <div id=\"{SUMMARY_IF_WORSE}\">{if_worse}</div>\
         <p class=\"nhsuk-body-s\">Given on {date}. This summary holds no personal details.</p>\
         <div class=\"kmcn-print-hide\"><div class=\"kmcn-button-row\">\
         <button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary\" data-action=\"{PRINT}\">Print this summary</button>\
         <button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary\" data-action=\"{COPY}\">Copy as a text message</button></div>\
         <div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"summary-text\">Text message (fits in one message)</label>\
         <textarea class=\"nhsuk-textarea\" id=\"summary-text\" rows=\"3\" readonly>{text}</textarea></div>\
         <p role=\"status\" class=\"nhsuk-body-s\" id=\"{COPIED}\"></p></div></section>",
        switch = easy_read::switch("Easy Read summary", shown.easy_read),
        title = escape(&outcome.title),
        advice = summary_advice(outcome, shown.easy_read),
        if_worse = summary_if_worse(outcome, shown.easy_read),
        date = shown.now.date.long(),
        text = escape(&patient_text(outcome, services)),
    )
}

/// "Open places first, then nearest to ME12 (…)".
pub fn places_order(near: Option<&District>) -> String {
    match near {
        Some(district) => format!("Open places first, then {}", nearest_to(district)),
        None => "Open places first.".to_string(),
    }
}

/// The local places for an outcome: open ones first, and the nearest first once a postcode is
/// given. The postcode is used only here and never stored.
pub fn places(outcome: &Outcome, near: Option<&District>, now: LondonTime) -> String {
    let kinds: &[ServiceKind] = &outcome.local;
    let places = directory().places(kinds, near, now);
    let any_open = places
        .iter()
        .any(|place| place.status.is_some_and(Status::is_open));
    let mut html = String::new();
    if let (false, Some(text)) = (any_open, &outcome.if_none_open) {
        html += &inset(&format!("<p>{}</p>", escape(text)), "");
    }
    html += "<ul class=\"nhsuk-list kmcn-places\">";
    for place in &places {
        let service = place.service;
        let distance = place
            .about_km()
            .map(|km| format!(" (about {km} km away)"))
            .unwrap_or_default();
        let hours = service
            .hours
            .as_ref()
            .map(|hours| escape(&hours.describe()))
            .unwrap_or_default();
        html += &format!(
            "<li class=\"kmcn-place\"><h3 class=\"nhsuk-heading-s nhsuk-u-margin-bottom-2\">{}</h3>{}\
             <p class=\"nhsuk-body-s\">{}{distance}<br>{hours}</p></li>",
            escape(&service.name),
            open_now(service, Some(now)),
            escape(service.address.as_deref().unwrap_or_default()),
        );
    }
    html += "</ul>";
    let checked = directory()
        .services
        .iter()
        .filter(|service| kinds.contains(&service.kind))
        .map(|service| service.last_verified)
        .min()
        .map(|date| date.long())
        .unwrap_or_default();
    html + &format!("<p class=\"nhsuk-body-s\">Details checked against the local NHS list on {checked}. Check before you travel: opening times can change.</p>")
}

fn reasons(reasons: &[Reason]) -> String {
    let rows: String = reasons
        .iter()
        .map(|reason| {
            format!(
                "<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">{}</dt><dd class=\"nhsuk-summary-list__value\">{}</dd></div>",
                escape(&reason.question),
                escape(&reason.answer)
            )
        })
        .collect();
    format!("<dl class=\"nhsuk-summary-list\">{rows}</dl>")
}
