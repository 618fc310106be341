//! The pages part's one view: content pages.

pub mod content_page;
