use crate::components::page::PageHeading;
use crate::components::service::ServiceDetails;
use crate::content::directory;
use leptos::prelude::*;
use navigator_core::directory::ServiceKind;

#[component]
pub fn Services() -> impl IntoView {
    let mut kinds: Vec<ServiceKind> = directory()
        .services
        .iter()
        .map(|service| service.kind)
        .collect();
    kinds.sort();
    kinds.dedup();
    view! {
        <PageHeading title="Services in Kent and Medway" />
        <p class="nhsuk-lede-text">
            "Where to get help, how to contact each service, and when we last checked the details."
        </p>
        {kinds.into_iter().map(|kind| view! {
            <h2>{kind.label()}</h2>
            {directory().services.iter().filter(|service| service.kind == kind).map(|service| view! {
                <ServiceDetails service=service />
            }).collect_view()}
        }).collect_view()}
    }
}
