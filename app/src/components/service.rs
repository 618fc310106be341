use crate::content::{directory, now};
use leptos::prelude::*;
use navigator_core::directory::Service;

/// A service's contact details, with the date they were last checked against their source.
#[component]
pub fn ServiceDetails(
    service: &'static Service,
    /// The page heading already names the service.
    #[prop(optional)]
    named_by_page: bool,
) -> impl IntoView {
    view! {
        <div class="nhsuk-card">
            <div class="nhsuk-card__content">
                {(!named_by_page).then(|| view! { <h3 class="nhsuk-card__heading nhsuk-heading-s">{service.name.clone()}</h3> })}
                <OpenNow service=service />
                <p class="nhsuk-card__description">{service.summary.clone()}</p>
                <dl class="nhsuk-summary-list">
                    <Row label="How to use it" value=Some(service.how_to_use.clone()) />
                    <Row label="Who can use it" value=Some(service.who_can_use.clone()) />
                    {service.phone.clone().map(|phone| view! {
                        <div class="nhsuk-summary-list__row">
                            <dt class="nhsuk-summary-list__key">"Phone"</dt>
                            <dd class="nhsuk-summary-list__value"><a href=service.phone_href()>{phone}</a></dd>
                        </div>
                    })}
                    {service.text.clone().map(|text| view! {
                        <div class="nhsuk-summary-list__row">
                            <dt class="nhsuk-summary-list__key">"Text"</dt>
                            <dd class="nhsuk-summary-list__value"><a href=service.text_href()>{text}</a></dd>
                        </div>
                    })}
                    {service.website.clone().zip(service.website_label()).map(|(website, label)| view! {
                        <div class="nhsuk-summary-list__row">
                            <dt class="nhsuk-summary-list__key">"Website"</dt>
                            <dd class="nhsuk-summary-list__value"><a class="kmcn-url" href=website>{label}</a></dd>
                        </div>
                    })}
                    <Row label="Where" value=service.address.clone() />
                    <Row label="Area" value=Some(service.areas.iter().map(|area| area.label()).collect::<Vec<_>>().join(", ")) />
                    <Row label="Opening hours" value=service.hours.as_ref().map(|hours| hours.describe()) />
                    {(!service.not_for.is_empty()).then(|| view! {
                        <div class="nhsuk-summary-list__row">
                            <dt class="nhsuk-summary-list__key">"Not for"</dt>
                            <dd class="nhsuk-summary-list__value">
                                <ul class="nhsuk-list nhsuk-list--bullet">
                                    {service.not_for.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}
                                </ul>
                            </dd>
                        </div>
                    })}
                </dl>
                <p class="nhsuk-body-s kmcn-verified">
                    "Details checked on " {service.last_verified.long()} " against "
                    <a href=service.source.url.clone()>{service.source.title.clone()}</a>
                    ". Check before you travel: opening times can change."
                </p>
            </div>
        </div>
    }
}

#[component]
fn Row(label: &'static str, value: Option<String>) -> impl IntoView {
    value.map(|value| {
        view! {
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{label}</dt>
                <dd class="nhsuk-summary-list__value">{value}</dd>
            </div>
        }
    })
}

/// "Open now, closes at 8pm" or "Closed now, opens at 8am", as a tag, for places with hours.
#[component]
pub fn OpenNow(service: &'static Service) -> impl IntoView {
    let now = now();
    directory().status(service, now).map(|status| {
        let colour = if status.is_open() { "nhsuk-tag--green" } else { "nhsuk-tag--grey" };
        view! { <p><strong class=format!("nhsuk-tag {colour}")>{status.describe(now.date)}</strong></p> }
    })
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
