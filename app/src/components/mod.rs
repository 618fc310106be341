pub mod focus;
pub mod layout;
pub mod page;
pub mod service;
