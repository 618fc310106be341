//! The questions part of the app (see `navigator_core::routes::AppPart`).

fn main() {
    navigator_app::questions::start();
}
