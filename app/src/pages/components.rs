//! The pages part's Leptos components, some also rendered at build time by navigator-site: a
//! page's heading, written HTML shown as it is, the no-connection callout, and moving focus
//! after the app redraws, so keyboard and screen reader users start where the new content is.

use crate::components::page::{no_connection_content, pressed, NO_CONNECTION_CLASS, TRY_AGAIN};
use leptos::leptos_dom::helpers::request_animation_frame;
use leptos::prelude::*;
use leptos_meta::Title;
use wasm_bindgen::JsCast;

/// The page's `<title>` and its one `h1`, for a view that changes the page's title as it draws.
#[component]
pub fn PageHeading(#[prop(into)] title: String) -> impl IntoView {
    view! {
        <Title text=title.clone() />
        <Heading title=title />
    }
}

/// A page's one `h1`, which takes focus after navigation. A view that is always drawn at its
/// own address has its title written into the page and uses this alone.
#[component]
pub fn Heading(#[prop(into)] title: String) -> impl IntoView {
    view! { <h1 tabindex="-1">{title}</h1> }
}

/// A page that could not be fetched: what to do now, and a button to try again.
#[component]
pub fn CouldNotLoad(title: &'static str, try_again: Callback<()>) -> impl IntoView {
    view! {
        <PageHeading title=title />
        <div class=NO_CONNECTION_CLASS role="alert" inner_html=no_connection_content("")
            on:click=move |event| {
                if pressed(&event, TRY_AGAIN) {
                    try_again.run(());
                }
            }>
        </div>
    }
}

/// HTML written at build time, shown as it is, with each place's "open now" tag filled in for
/// the time it is read.
#[component]
pub fn Html(html: String) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            crate::open_now::fill(&element);
        }
    });
    view! { <div node_ref=node inner_html=html></div> }
}

/// Focuses the `h1` in the main content once the new view has been drawn.
pub fn focus_main_heading() {
    focus_when_drawn("main h1");
}

fn focus_when_drawn(selector: &'static str) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
