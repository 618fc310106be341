//! One module per view; content pages share one.

pub mod content_page;
pub mod practice_staff;
pub mod where_to_go;
