use leptos::prelude::*;
use leptos_meta::Title;

/// The page's `<title>` and its one `h1`, which takes focus after navigation.
#[component]
pub fn PageHeading(#[prop(into)] title: String) -> impl IntoView {
    view! {
        <Title text=title.clone() />
        <h1 tabindex="-1">{title}</h1>
    }
}
