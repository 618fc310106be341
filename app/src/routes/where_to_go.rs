//! "Find the right service": the signposting journey for residents and carers. A problem or
//! "for someone else" can be chosen in the address (`?problem=back-pain&for=someone-else`).

use crate::journey::{Journey, Mode};
use leptos::prelude::*;
use navigator_core::signpost::{Preset, Who};

#[component]
pub fn WhereToGo() -> impl IntoView {
    let preset = Preset {
        problem: crate::query_value("problem"),
        who: match crate::query_value("for").as_deref() {
            Some("me") => Some(Who::Me),
            Some("someone-else") => Some(Who::SomeoneElse),
            _ => None,
        },
    };
    view! { <Journey mode=Mode::Public preset=preset /> }
}
