//! A service's details as HTML: shown by the app under an outcome and on the service's page, and
//! written into that page at build time, so both show the same thing.

use crate::directory::{Service, Status};
use crate::html::escape;
use crate::Date;
use std::fmt::Write as _;

/// Everything about a service after its name and its "open now" tag: what it is for, how to use
/// it, who can, how to reach it, where and when, what it does not do, and when this was checked.
pub fn details_html(service: &Service) -> String {
    let mut html = format!(
        "<p class=\"nhsuk-card__description\">{}</p>\n<dl class=\"nhsuk-summary-list\">\n",
        escape(&service.summary)
    );
    let mut row = |label: &str, value: String| {
        let _ = writeln!(
            html,
            "<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">{label}</dt><dd class=\"nhsuk-summary-list__value\">{value}</dd></div>"
        );
    };
    row("How to use it", escape(&service.how_to_use));
    row("Who can use it", escape(&service.who_can_use));
    if let (Some(phone), Some(href)) = (&service.phone, service.phone_href()) {
        row("Phone", link(&href, &escape(phone), None));
    }
    if let (Some(text), Some(href)) = (&service.text, service.text_href()) {
        row("Text", link(&href, &escape(text), None));
    }
    if let (Some(website), Some(label)) = (&service.website, service.website_label()) {
        row("Website", link(website, &escape(label), Some("kmcn-url")));
    }
    if let Some(address) = &service.address {
        row("Where", escape(address));
    }
    let areas: Vec<&str> = service.areas.iter().map(|area| area.label()).collect();
    row("Area", escape(&areas.join(", ")));
    if let Some(hours) = &service.hours {
        row("Opening hours", escape(&hours.describe()));
    }
    if !service.not_for.is_empty() {
        let items: String = service
            .not_for
            .iter()
            .map(|item| format!("<li>{}</li>", escape(item)))
            .collect();
        row(
            "Not for",
            format!("<ul class=\"nhsuk-list nhsuk-list--bullet\">{items}</ul>"),
        );
    }
    let _ = write!(
        html,
        "</dl>\n<p class=\"nhsuk-body-s kmcn-verified\">Details checked on {} against {}. Check before you travel: opening times can change.</p>\n",
        service.last_verified.long(),
        link(&service.source.url, &escape(&service.source.title), None)
    );
    html
}

/// The card for a service as the page is first drawn: the "open now" tag is left for the app to
/// fill in, in a space kept for it, because it depends on the time the page is read.
pub fn card_html(service: &Service, with_name: bool) -> String {
    let name = if with_name {
        format!(
            "<h3 class=\"nhsuk-card__heading nhsuk-heading-s\">{}</h3>",
            escape(&service.name)
        )
    } else {
        String::new()
    };
    format!(
        "<div class=\"nhsuk-card\"><div class=\"nhsuk-card__content\">{name}{}{}</div></div>\n",
        open_now_slot(service),
        details_html(service)
    )
}

/// The class of the element the app fills with a place's "open now" tag.
pub const OPEN_NOW_CLASS: &str = "kmcn-open-now";

/// Where the app puts the "open now" tag of a place with opening hours; nothing for a service
/// without them.
pub fn open_now_slot(service: &Service) -> String {
    if service.hours.is_some() {
        format!(
            "<p class=\"{OPEN_NOW_CLASS}\" data-service=\"{}\"></p>",
            escape(&service.id)
        )
    } else {
        String::new()
    }
}

/// The "open now" tag: green when open, grey when closed.
pub fn open_now_tag(status: Status, today: Date) -> String {
    let colour = if status.is_open() {
        "nhsuk-tag--green"
    } else {
        "nhsuk-tag--grey"
    };
    format!(
        "<strong class=\"nhsuk-tag {colour}\">{}</strong>",
        escape(&status.describe(today))
    )
}

fn link(href: &str, label: &str, class: Option<&str>) -> String {
    let class = class.map_or(String::new(), |class| format!(" class=\"{class}\""));
    format!("<a{class} href=\"{}\">{label}</a>", escape(href))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{Area, ServiceKind};
    use crate::Source;

    fn service() -> Service {
        Service {
            id: "talk".into(),
            name: "Talk & listen".into(),
            kind: ServiceKind::MentalHealthSupport,
            summary: "Someone to talk to <any time>.".into(),
            how_to_use: "Call free.".into(),
            who_can_use: "Anyone.".into(),
            phone: Some("116 123".into()),
            text: None,
            website: Some("https://www.example.org/talk/".into()),
            areas: vec![Area::All],
            address: None,
            district: None,
            hours: None,
            not_for: vec!["Emergencies".into()],
            source: Source {
                title: "Example".into(),
                url: "https://www.example.org".into(),
            },
            last_verified: "2026-11-23".parse().unwrap(),
        }
    }

    #[test]
    fn details_escape_text_and_link_each_way_to_reach_the_service() {
        let html = details_html(&service());
        assert!(html.contains("Someone to talk to &lt;any time&gt;."));
        assert!(html.contains("<a href=\"tel:116123\">116 123</a>"));
        assert!(html.contains(
            "<a class=\"kmcn-url\" href=\"https://www.example.org/talk/\">www.example.org/talk</a>"
        ));
        assert!(html.contains("<li>Emergencies</li>"));
        assert!(html.contains("Details checked on 23 November 2026"));
        assert!(!html.contains("Opening hours"));
    }

    #[test]
    fn a_card_names_the_service_unless_the_page_does_and_keeps_a_slot_only_for_places_with_hours() {
        let card = card_html(&service(), true);
        assert!(card
            .contains("<h3 class=\"nhsuk-card__heading nhsuk-heading-s\">Talk &amp; listen</h3>"));
        assert!(!card.contains("kmcn-open-now"));
        let mut place = service();
        place.hours = Some(crate::directory::OpeningHours {
            always: true,
            periods: vec![],
            bank_holidays: Default::default(),
        });
        let card = card_html(&place, false);
        assert!(!card.contains("<h3"));
        assert!(card.contains("<p class=\"kmcn-open-now\" data-service=\"talk\"></p>"));
    }

    #[test]
    fn the_tag_is_green_when_open_and_grey_when_closed() {
        let today: Date = "2026-11-23".parse().unwrap();
        assert_eq!(
            open_now_tag(Status::OpenAllHours, today),
            "<strong class=\"nhsuk-tag nhsuk-tag--green\">Open 24 hours</strong>"
        );
        let closed = Status::Closed {
            opens: Some((today.add_days(1), crate::directory::Clock(8 * 60))),
        };
        assert!(open_now_tag(closed, today)
            .starts_with("<strong class=\"nhsuk-tag nhsuk-tag--grey\">Closed now"));
    }
}
