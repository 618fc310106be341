use crate::components::page::PageHeading;
use leptos::prelude::*;
use navigator_core::routes;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageHeading title="Page not found" />
        <p>"We cannot find the page you asked for. If you typed the address, check it is correct."</p>
        <p>"You can:"</p>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li><a href=routes::WHERE_TO_GO>"find the right service for a health problem"</a></li>
            <li><a href=routes::GUIDANCE>"browse or search the health guidance"</a></li>
            <li><a href=routes::HOME>"go to the home page"</a></li>
        </ul>
        <p>"If you need help now, call 111. In an emergency, call 999."</p>
    }
}
