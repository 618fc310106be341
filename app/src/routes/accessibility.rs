use crate::components::page::PageHeading;
use leptos::prelude::*;

#[component]
pub fn Accessibility() -> impl IntoView {
    view! {
        <PageHeading title="Accessibility statement" />
        <p class="nhsuk-lede-text">"We want as many people as possible to be able to use this site."</p>
        <h2>"What you should be able to do"</h2>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li>"zoom in up to 400% and read everything on a narrow screen, down to 320 pixels wide"</li>
            <li>"use the whole site with a keyboard alone"</li>
            <li>"use the site with a screen reader: focus moves to the heading of each new page"</li>
            <li>"call 999 or 111 with one tap from any page"</li>
        </ul>
        <h2>"How we test it"</h2>
        <p>
            "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page is checked automatically with the axe-core tool in a real browser each time the site is built, and the main journeys are tested using only a keyboard."
        </p>
        <p>"Automated checks find only some problems. We have not yet had the site tested by disabled people or audited by a specialist."</p>
        <h2>"Known limits"</h2>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li>"The site needs JavaScript. Without it you see the emergency numbers only."</li>
            <li>"The site is in English only, and there are no Easy Read versions yet."</li>
        </ul>
        <h2>"Reporting a problem"</h2>
        <p>"If you find something hard to use, tell the GP practice or NHS service that pointed you here, and ask them to pass it on. A direct contact for this site will be added before it is launched to the public."</p>
        <p class="nhsuk-body-s">"This statement was prepared on 23 November 2026."</p>
    }
}
