//! One page of the site as it is published: its address, title and what goes inside `<main>`.
//! The pages themselves are drawn by the app's components, rendered at build time
//! (navigator-site); this is what publishing needs to know of each.

use crate::routes::{self, AppPart, Drawing, NOT_FOUND};
use crate::site::OPEN_NOW_CLASS;

/// One page of the site, with what goes inside its `<main>`.
pub struct Page {
    /// The address, such as `/guidance/flu`; [`NOT_FOUND`] for the page shown for any other.
    pub route: String,
    /// The title, before the site's name is added.
    pub title: String,
    /// What is written inside `<main>`: the content, or the view as it shows before the app.
    pub html: String,
    /// How its route is drawn, from the route table.
    pub drawing: Drawing,
}

impl Page {
    /// The part of the app the page starts when it loads, if any: its route's part. A content
    /// page, which the pages part draws only offline (from its fragment), is complete as written
    /// and starts none, unless it has a place's "open now" to fill in: then the services part,
    /// which does that.
    pub fn app_part(&self) -> Option<AppPart> {
        match AppPart::of(&self.route) {
            AppPart::Pages if self.drawing == Drawing::Written => self
                .html
                .contains(OPEN_NOW_CLASS)
                .then_some(AppPart::Services),
            part => Some(part),
        }
    }

    /// Where the app fetches this page's HTML from, relative to the site root.
    pub fn fragment_path(&self) -> String {
        routes::fragment_path(&self.route)
    }

    /// The file the page is written to in the built site: `guidance/flu/index.html`, so that any
    /// static host serves it at its address.
    pub fn file(&self) -> String {
        match self.route.as_str() {
            "/" => "index.html".to_string(),
            NOT_FOUND => "404.html".to_string(),
            route => format!("{}/index.html", route.trim_start_matches('/')),
        }
    }
}
