//! Choices the site remembers on the device, in the browser's local storage, and nowhere else.

/// Whether outcomes, the tracker and printed summaries are shown in Easy Read.
pub const EASY_READ_KEY: &str = "kmcn.easy-read";
/// The value stored while Easy Read is on; the key is removed when it is turned off.
pub const EASY_READ_ON: &str = "on";
