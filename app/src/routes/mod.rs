//! One module per page.

pub mod accessibility;
pub mod carers;
pub mod five_a_day;
pub mod guidance;
pub mod home;
pub mod not_found;
pub mod practice_staff;
pub mod privacy;
pub mod search;
pub mod services;
pub mod where_to_go;
