pub mod easy_read;
pub mod focus;
pub mod page;
pub mod postcode;
pub mod service;
pub mod shell;
