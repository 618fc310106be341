use leptos::prelude::*;
use leptos_meta::Title;

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
        <NoConnection try_again=try_again />
    }
}

/// What to do when something could not be fetched, and a button to try again.
#[component]
pub fn NoConnection(
    try_again: Callback<()>,
    /// What could not be fetched, and what is kept, before the advice.
    #[prop(optional)]
    what: &'static str,
) -> impl IntoView {
    view! {
        <div class="nhsuk-warning-callout" role="alert">
            <h2 class="nhsuk-warning-callout__label">
                <span class="nhsuk-u-visually-hidden">"Important: "</span>
                "No connection"
            </h2>
            <p>{what} "Check your internet connection and try again. If you need help now, call 111. In an emergency, call 999."</p>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" on:click=move |_| try_again.run(())>"Try again"</button>
        </div>
    }
}
