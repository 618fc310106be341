//! The pages part of the app (see `navigator_core::routes::AppPart`).

fn main() {
    navigator_app::pages::start(navigator_app::pages::PagesApp);
}
