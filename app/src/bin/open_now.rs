//! The open-now part of the app (see `navigator_core::routes::AppPart`).

fn main() {
    navigator_app::open_now::start();
}
