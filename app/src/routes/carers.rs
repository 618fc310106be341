//! The carers hub: support for people who look after someone, in one place.

use crate::components::page::PageHeading;
use crate::components::service::ServiceDetails;
use crate::content::{self, directory, SECTIONS};
use leptos::prelude::*;
use navigator_core::directory::ServiceKind;
use navigator_core::routes;

#[component]
pub fn Carers() -> impl IntoView {
    let carers_pages = SECTIONS
        .iter()
        .find(|section| section.title == "Carers")
        .map(|section| section.pages)
        .unwrap_or_default();
    view! {
        <PageHeading title="Support for carers" />
        <p class="nhsuk-lede-text">
            "If you look after a family member, partner or friend who could not manage without you, you are a carer. There is help for you, and for the person you care for."
        </p>
        <div class="kmcn-button-row">
            <a class="nhsuk-button" href=format!("{}?for=someone-else", routes::WHERE_TO_GO)>"Get help for the person you care for"</a>
            <a class="nhsuk-button nhsuk-button--secondary" href=format!("{}?problem=caring-for-someone&for=me", routes::WHERE_TO_GO)>"Get support for yourself as a carer"</a>
        </div>
        <h2>"Guides for carers"</h2>
        <ul class="nhsuk-list kmcn-page-list">
            {carers_pages.iter().filter_map(|slug| content::page(slug)).map(|page| view! {
                <li>
                    <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1"><a href=routes::guidance_page(page.slug)>{page.title}</a></h3>
                    <p class="nhsuk-body-s">{page.summary}</p>
                </li>
            }).collect_view()}
        </ul>
        <h2>"Support in Kent and Medway"</h2>
        {directory().services.iter().filter(|service| service.kind == ServiceKind::CarersSupport).map(|service| view! {
            <ServiceDetails service=service />
        }).collect_view()}
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>"If you cannot cope, or the person you care for is at risk, call 111. In an emergency, call 999. If you are struggling with how you feel, call 111 and choose the mental health option, or talk to Samaritans on 116 123."</p>
        </div>
    }
}
