pub mod easy_read;
pub mod page;
pub mod postcode;
pub mod service;
