//! Where a fact comes from.

use serde::{Deserialize, Serialize};

/// A named, linkable source for a page, rule or service entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The name shown as the link text, such as the publisher and page title; not blank.
    pub title: String,
    /// The address; it must be an https:// link.
    pub url: String,
}

impl Source {
    /// Authored sources must be secure links with a title.
    pub fn problem(&self) -> Option<String> {
        if self.title.trim().is_empty() {
            Some("each source needs a title".to_string())
        } else if !self.url.starts_with("https://") || self.url.len() <= "https://".len() {
            Some(format!("source `{}` must be an https:// address", self.url))
        } else {
            None
        }
    }
}

/// When a rule set or page was last reviewed and when it must be reviewed again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The day it was last checked against its sources; not after the build date.
    pub last_reviewed: crate::Date,
    /// When it must next be reviewed: after `last_reviewed`, and checks fail once it has passed.
    pub next_review: crate::Date,
}
