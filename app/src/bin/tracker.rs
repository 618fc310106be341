//! The tracker part of the app (see `navigator_core::routes::AppPart`).

fn main() {
    navigator_app::tracker::start();
}
