use crate::components::page::PageHeading;
use leptos::prelude::*;
use navigator_core::wellbeing::STORAGE_KEY;

#[component]
pub fn Privacy() -> impl IntoView {
    view! {
        <PageHeading title="Privacy" />
        <p class="nhsuk-lede-text">"This site does not collect, send or keep any information about you."</p>
        <h2>"What we do not do"</h2>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li>"We do not use cookies, analytics or tracking of any kind."</li>
            <li>"Your answers to the questions in \u{201c}Find the right service\u{201d} stay in this browser tab. They are not saved, and they are gone when you close the tab or start again."</li>
            <li>"In care navigation (for practice staff), nothing typed or chosen is stored, logged or sent. The summary to print or copy holds no personal details."</li>
            <li>"A postcode typed to find the nearest place is used on this page only and is not kept or sent."</li>
            <li>"The site loads nothing from any other website: no fonts, maps or adverts."</li>
        </ul>
        <h2>"Five a day for the mind"</h2>
        <p>
            "What you record in the five a day tracker (your ticks, any notes, and how each week felt) is saved only in this browser, on this device (in its \u{201c}local storage\u{201d}, under the name "
            <code>{STORAGE_KEY}</code>
            "). It is never sent to us or anyone else. Anyone who uses this browser on this device could see it."
        </p>
        <p>
            "If the site cannot read what was saved, it keeps a copy under a separate name so nothing is lost, and tells you. On the tracker\u{2019}s \u{201c}Your data\u{201d} page you can download your record (and any copy kept aside), bring a record back from a file, or delete everything."
        </p>
        <h2>"Links to other websites"</h2>
        <p>"Some pages link to other websites, such as NHS services. Those sites have their own privacy policies."</p>
    }
}
