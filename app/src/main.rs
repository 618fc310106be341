fn main() {
    console_error_panic_hook::set_once();
    // The static notice in index.html has done its job once the app can draw the page.
    if let Some(shell) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("static-shell"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(navigator_app::App);
}
