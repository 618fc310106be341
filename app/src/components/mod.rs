pub mod focus;
pub mod layout;
pub mod page;
pub mod postcode;
pub mod service;
