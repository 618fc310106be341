//! The site as HTML: the pages written at build time, the pieces the app shows as they are, and
//! publishing a built site with its service worker and security policy.

pub mod service;

#[cfg(feature = "authoring")]
pub mod pages;
#[cfg(feature = "authoring")]
pub mod publish;
