//! The Easy Read switch and the pictures it shows. The choice is kept on this device only, and
//! every switch on a page shows and changes the same choice.

use crate::content::pictogram_alt;
use crate::storage::{easy_read_remembered, remember_easy_read};
use leptos::prelude::*;
use navigator_core::routes;
use navigator_core::signpost::EasyReadStep;

/// Whether Easy Read is on, shared by every view.
#[derive(Clone, Copy)]
pub struct EasyRead(pub RwSignal<bool>);

/// Reads the remembered choice once, for the whole app.
pub fn provide_easy_read() {
    provide_context(EasyRead(RwSignal::new(easy_read_remembered())));
}

/// Whether Easy Read is on.
pub fn easy_read_on() -> Signal<bool> {
    let EasyRead(on) = expect_context::<EasyRead>();
    on.into()
}

/// A toggle button.
#[component]
pub fn EasyReadSwitch(
    /// What the switch does, read out with its state: "Easy Read".
    label: &'static str,
) -> impl IntoView {
    let EasyRead(on) = expect_context::<EasyRead>();
    let toggle = move |_| {
        let now_on = !on.get_untracked();
        on.set(now_on);
        remember_easy_read(now_on);
    };
    view! {
        <button type="button" class="kmcn-easy-read-switch kmcn-print-hide"
            aria-pressed=move || on.get().to_string() on:click=toggle>
            <img class="kmcn-easy-read-switch__picture" src=routes::pictogram(routes::EASY_READ_SYMBOL) alt="" width="32" height="32" />
            <span class="kmcn-easy-read-switch__label">{label}</span>
            <span class="kmcn-easy-read-switch__state" aria-hidden="true">{move || if on.get() { "On" } else { "Off" }}</span>
        </button>
    }
}

/// One picture with its text alternative.
#[component]
pub fn Pictogram(id: &'static str) -> impl IntoView {
    view! {
        <img class="kmcn-pictogram" src=routes::pictogram(id) alt=pictogram_alt(id) width="64" height="64" />
    }
}

/// Easy Read steps: each picture beside its sentences.
#[component]
pub fn EasyReadSteps(steps: &'static [EasyReadStep]) -> impl IntoView {
    view! {
        <ol class="kmcn-easy-read-steps">
            {steps.iter().map(|step| view! {
                <li class="kmcn-easy-read-steps__step">
                    <Pictogram id=step.picture.as_str() />
                    <p>{step.text.clone()}</p>
                </li>
            }).collect_view()}
        </ol>
    }
}
