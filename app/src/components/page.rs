use leptos::prelude::*;
use leptos_meta::Title;
use navigator_core::html::escape;

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

/// The `data-action` of the button that tries again.
pub const TRY_AGAIN: &str = "try-again";

const NO_CONNECTION_CLASS: &str = "nhsuk-warning-callout";

/// What to do when something could not be fetched, and a button to try again ([`TRY_AGAIN`]);
/// `what` could not be fetched, and what is kept, is said before the advice.
pub fn no_connection(what: &str) -> String {
    format!(
        "<div class=\"{NO_CONNECTION_CLASS}\" role=\"alert\">{}</div>",
        no_connection_content(what)
    )
}

fn no_connection_content(what: &str) -> String {
    format!(
        "<h2 class=\"nhsuk-warning-callout__label\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>No connection</h2>\
         <p>{}Check your internet connection and try again. If you need help now, call 111. In an emergency, call 999.</p>\
         <button class=\"nhsuk-button nhsuk-button--secondary\" type=\"button\" data-action=\"{TRY_AGAIN}\">Try again</button>",
        escape(what)
    )
}

/// Whether `event` is a click on (or in) the button that does `action`.
pub fn pressed(event: &web_sys::Event, action: &str) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| {
            target
                .closest(&format!("[data-action=\"{action}\"]"))
                .ok()
                .flatten()
        })
        .is_some()
}
