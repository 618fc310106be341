//! A service's card and its "open now" tag, written as HTML: drawn by the questions' outcome,
//! and written at build time (navigator-site) into the carers page and each service's own page,
//! so every page shows a service the same way. The pages part shows written pages with
//! [`Html`](crate::pages::components::Html).

use crate::content::directory;
use crate::open_now::tag_class;
use navigator_core::directory::{Service, Status};
use navigator_core::html::escape;
use navigator_core::site::OPEN_NOW_CLASS;
use navigator_core::{Date, LondonTime};

/// Where a place with opening hours shows whether it is open: the tag when the time it is read
/// is known, otherwise (a page written at build time) an empty slot that the app fills in.
/// Nothing for a service without opening hours.
pub fn open_now(service: &Service, now: Option<LondonTime>) -> String {
    if service.hours.is_none() {
        return String::new();
    }
    let tag = now
        .and_then(|now| Some(tag(directory().status(service, now)?, now.date)))
        .unwrap_or_default();
    format!(
        "<p class=\"{OPEN_NOW_CLASS}\" data-service=\"{}\">{tag}</p>",
        escape(&service.id)
    )
}

/// The "open now" tag: green when open, grey when closed.
pub fn tag(status: Status, today: Date) -> String {
    format!(
        "<strong class=\"{}\">{}</strong>",
        tag_class(status),
        escape(&status.describe(today))
    )
}

/// A service's card: its name unless the page is named after it, whether it is open, and its
/// details, with the date they were last checked against their source.
pub fn card(service: &Service, with_name: bool, now: Option<LondonTime>) -> String {
    format!(
        "<div class=\"nhsuk-card\">{}</div>",
        card_content(service, with_name, now)
    )
}

/// What is inside a service's card ([`card`]).
pub fn card_content(service: &Service, with_name: bool, now: Option<LondonTime>) -> String {
    let name = if with_name {
        format!(
            "<h3 class=\"nhsuk-card__heading nhsuk-heading-s\">{}</h3>",
            escape(&service.name)
        )
    } else {
        String::new()
    };
    format!(
        "<div class=\"nhsuk-card__content\">{name}{}{}</div>",
        open_now(service, now),
        details(service)
    )
}

/// Everything about a service after its name and its "open now" tag: what it is for, how to use
/// it, who can, how to reach it, where and when, what it does not do, and when this was checked.
fn details(service: &Service) -> String {
    let row = |label: &str, value_html: &str| {
        format!(
            "<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">{label}</dt><dd class=\"nhsuk-summary-list__value\">{value_html}</dd></div>"
        )
    };
    let link = |href: &str, label: &str, class: &str| {
        format!("<a{class} href=\"{}\">{}</a>", escape(href), escape(label))
    };
    let areas: Vec<&str> = service.areas.iter().map(|area| area.label()).collect();
    let mut rows = row("How to use it", &escape(&service.how_to_use));
    rows += &row("Who can use it", &escape(&service.who_can_use));
    if let (Some(phone), Some(href)) = (&service.phone, service.phone_href()) {
        rows += &row("Phone", &link(&href, phone, ""));
    }
    if let (Some(number), Some(href)) = (&service.text, service.text_href()) {
        rows += &row("Text", &link(&href, number, ""));
    }
    if let (Some(website), Some(label)) = (&service.website, service.website_label()) {
        rows += &row("Website", &link(website, label, " class=\"kmcn-url\""));
    }
    if let Some(address) = &service.address {
        rows += &row("Where", &escape(address));
    }
    rows += &row("Area", &escape(&areas.join(", ")));
    if let Some(hours) = &service.hours {
        rows += &row("Opening hours", &escape(&hours.describe()));
    }
    if !service.not_for.is_empty() {
        rows += &row("Not for", &bullets(&service.not_for));
    }
    format!(
        "<p class=\"nhsuk-card__description\">{}</p><dl class=\"nhsuk-summary-list\">{rows}</dl>\
         <p class=\"nhsuk-body-s kmcn-verified\">Details checked on {} against {}. Check before you travel: opening times can change.</p>",
        escape(&service.summary),
        service.last_verified.long(),
        link(&service.source.url, &service.source.title, ""),
    )
}

/// A bulleted list of `items`, as text.
pub fn bullets(items: &[String]) -> String {
    let items: String = items
        .iter()
        .map(|item| format!("<li>{}</li>", escape(item)))
        .collect();
    format!("<ul class=\"nhsuk-list nhsuk-list--bullet\">{items}</ul>")
}

/// "Call 111. Text 85258." for the numbers a service has that `already_said` does not give.
pub fn numbers(service: &Service, already_said: &str) -> String {
    let unsaid = |number: &&String| !already_said.contains(number.as_str());
    [
        service
            .phone
            .as_ref()
            .filter(unsaid)
            .map(|phone| format!("Call {phone}.")),
        service
            .text
            .as_ref()
            .filter(unsaid)
            .map(|text| format!("Text {text}.")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}
