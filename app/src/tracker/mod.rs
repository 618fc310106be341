//! "Five a day for the mind", the tracker part of the app ([`AppPart::Tracker`]), without Leptos:
//! the Five Ways to Wellbeing tracker. Three views share one record: today (tick, notes, ideas,
//! the week's feeling), looking back (weeks, months, streaks) and your data (export, import,
//! delete). Each is a page of its own; the record is kept only in this browser's local storage.
//!
//! Each view is drawn once as HTML, then changed in place as the record, the day or the view's
//! own choices change, so the control in use keeps focus. Clicks, changes and typing are heard
//! once, on the document, and sent to the view by the control's `data-action` or id.
//!
//! [`AppPart::Tracker`]: navigator_core::routes::AppPart::Tracker

mod history;
mod today;
mod your_data;

use crate::storage::{load_saved, open_tracker, save_tracker, Notice, Store};
use navigator_core::html::escape;
use navigator_core::routes::{self, Route};
use navigator_core::wellbeing::{self, ImportError, ImportPreview, Loaded, Tracker};
use navigator_core::Date;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

/// The tracker's views, each at its own address.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TrackerView {
    Today,
    History,
    YourData,
}

impl TrackerView {
    const ALL: [TrackerView; 3] = [
        TrackerView::Today,
        TrackerView::History,
        TrackerView::YourData,
    ];

    /// The view at the route `route`, if it is one of the tracker's.
    fn at(route: Route) -> Option<TrackerView> {
        TrackerView::ALL
            .into_iter()
            .find(|view| view.route() == route)
    }

    fn route(self) -> Route {
        match self {
            TrackerView::Today => Route::FiveADay,
            TrackerView::History => Route::FiveADayHistory,
            TrackerView::YourData => Route::FiveADayData,
        }
    }

    /// The view's heading and what it is for, the same whatever the record holds.
    fn opening(self) -> &'static str {
        match self {
            TrackerView::Today => today::OPENING,
            TrackerView::History => history::OPENING,
            TrackerView::YourData => your_data::OPENING,
        }
    }

    fn link_text(self) -> &'static str {
        match self {
            TrackerView::Today => "Today",
            TrackerView::History => "Looking back",
            TrackerView::YourData => "Your data",
        }
    }
}

/// The query parameter that opens "today" at another day: `/five-a-day?day=2026-11-30`.
const DAY_PARAMETER: &str = "day";

/// The address of the "today" view open at `date`.
fn day_address(date: Date) -> String {
    format!("{}?{DAY_PARAMETER}={date}", routes::FIVE_A_DAY)
}

/// Where the notice about the saved record is shown.
const NOTICE: &str = "tracker-notice";

/// The record and what goes with it, shared by the three views, and each view's own choices.
struct State {
    view: TrackerView,
    tracker: Tracker,
    notice: Notice,
    /// Today in Europe/London; moves on at midnight while the page is open.
    today: Date,
    store: Store,
    can_save: bool,
    /// Today: the day being filled in, and what the last tap did (read out so the undo is
    /// obvious).
    selected: Date,
    last_change: String,
    easy_read: bool,
    /// Looking back: the Monday of the week shown, and the month shown.
    monday: Date,
    month: (i32, u32),
    /// Your data: what the chosen file would do, and the file, merged again into the record as
    /// it is when "Add it to my record" is pressed.
    import: Option<Result<ImportPreview, ImportError>>,
    chosen: Vec<u8>,
}

impl State {
    /// Saves the record after a change made on this page, or says it could not.
    fn save(&mut self) {
        if self.can_save && save_tracker(&self.store, &self.tracker).is_err() {
            self.notice = Notice::SaveFailed;
            show_notice(self);
        }
    }
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// Runs `change` on the tracker's state, if it has started.
fn with_state<R>(change: impl FnOnce(&mut State) -> R) -> Option<R> {
    STATE.with(|state| state.borrow_mut().as_mut().map(change))
}

fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

fn london_today() -> Date {
    Date::from_unix_millis_london(now_millis())
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Draws the view of the page's address over the page as written, then answers the person,
/// other tabs and the clock for as long as the page lives.
pub fn start() {
    let Some(document) = document() else {
        return;
    };
    let Some(main) = document.get_element_by_id("maincontent") else {
        return;
    };
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    let view = Route::of(&path)
        .and_then(TrackerView::at)
        .unwrap_or(TrackerView::Today);
    let store = Store::open();
    let opened = open_tracker(&store, now_millis());
    let today = london_today();
    // A day chosen in "looking back", if it is not in the future.
    let selected = crate::query_value(DAY_PARAMETER)
        .and_then(|day| day.parse::<Date>().ok())
        .filter(|day| *day <= today)
        .unwrap_or(today);
    let (year, month, _) = today.ymd();
    let state = State {
        view,
        tracker: opened.tracker,
        notice: opened.notice,
        today,
        store,
        can_save: opened.can_save,
        selected,
        last_change: String::new(),
        easy_read: crate::storage::easy_read_remembered(),
        monday: wellbeing::week_start(today),
        month: (year, month),
        import: None,
        chosen: Vec::new(),
    };
    let drawn = match view {
        TrackerView::Today => today::draw(&state),
        TrackerView::History => history::draw(&state),
        TrackerView::YourData => your_data::draw(&state),
    };
    main.set_inner_html(&frame(view, &state.notice, &drawn));
    STATE.with(|kept| *kept.borrow_mut() = Some(state));
    listen(&document);
    crate::mark_started(&document);
}

/// The page of one of the tracker's routes as written at build time (navigator-site): the
/// frame and the view's opening, then a screen's height kept for the rest, which depends on the
/// record and the day, until this part draws it. So the footer is not shown, only to be pushed
/// away when the view is drawn.
pub fn written(route: Route) -> Option<String> {
    let view = TrackerView::at(route)?;
    Some(frame(
        view,
        &Notice::None,
        &format!(
            "{}<div class=\"kmcn-tracker-pending\"><p class=\"kmcn-loading\">Loading\u{2026}</p></div>",
            view.opening()
        ),
    ))
}

/// The links between the views, the notice, the view `drawn`, and what is said under every
/// view.
fn frame(shown: TrackerView, notice: &Notice, drawn: &str) -> String {
    let links: String = TrackerView::ALL
        .into_iter()
        .map(|view| {
            let current = if view == shown {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{}\"{current}>{}</a></li>",
                view.route().path(),
                view.link_text()
            )
        })
        .collect();
    format!(
        "<nav class=\"kmcn-subnav\" aria-label=\"Five a day\"><ul class=\"kmcn-subnav__list\">{links}</ul></nav>\
         <div aria-live=\"polite\" id=\"{NOTICE}\">{notice}</div>\
         {drawn}\
         <h2>If you are struggling</h2>\
         <ul class=\"nhsuk-list nhsuk-list--bullet\">\
         <li><a href=\"{crisis}\">Help in a mental health crisis</a>: call 111 and choose the mental health option, or call 999 if a life is at risk</li>\
         <li><a href=\"{talking}\">Refer yourself to NHS Talking Therapies</a> if you have felt low or anxious for a while</li>\
         </ul>\
         <p class=\"nhsuk-body-s\">What you record is saved only in this browser on this device. It is never sent anywhere. <a href=\"{privacy}\">How we look after your information</a></p>",
        notice = notice_html(notice),
        crisis = routes::guidance_page("mental-health-crisis"),
        talking = routes::guidance_page("nhs-talking-therapies"),
        privacy = routes::PRIVACY,
    )
}

fn show_notice(state: &State) {
    if let Some(place) = document().and_then(|document| document.get_element_by_id(NOTICE)) {
        place.set_inner_html(&notice_html(&state.notice));
    }
}

fn notice_html(notice: &Notice) -> String {
    let (heading, text) = match notice {
        Notice::None => return String::new(),
        Notice::NotSaved => (
            "Your ticks will not be saved",
            "This browser is not letting the site save anything, perhaps because of private browsing. You can still use the tracker, but what you record will be lost when you leave or close this page.".to_string(),
        ),
        Notice::ReadOnly { full: true } => (
            "Changes cannot be saved: this device\u{2019}s storage for the site is full",
            "This is your saved record, but anything you change now will not be kept. Free some space by deleting other sites\u{2019} data in your browser\u{2019}s settings, or download your record from \u{201c}Your data\u{201d}.".to_string(),
        ),
        Notice::ReadOnly { full: false } => (
            "Changes cannot be saved in this browser",
            "This is your saved record, but this browser is not letting the site save changes, perhaps because of private browsing. Anything you change now will not be kept.".to_string(),
        ),
        Notice::KeptAside { backup_key } => (
            "We could not read your saved record",
            format!("Something went wrong with the five a day record saved on this device, so we have started a new one. Nothing has been lost: we kept a copy of the old record in this browser\u{2019}s storage under the name \u{201c}{}\u{201d}. You can download it from \u{201c}Your data\u{201d}.", escape(backup_key)),
        ),
        Notice::Unreadable => (
            "We could not read your saved record",
            "Something went wrong with the five a day record saved on this device, and we could not make a copy of it. We have left it as it is, so what you record today will not be saved.".to_string(),
        ),
        Notice::TooNew => (
            "Your record was saved by a newer version of this site",
            "We have left it untouched, so what you record now will not be saved. Reload the page to get the newest version.".to_string(),
        ),
        Notice::SaveFailed => (
            "Your last change was not saved",
            "The storage on this device may be full. What you see on screen is still correct for this visit.".to_string(),
        ),
    };
    warning(heading, &text)
}

/// A warning callout: `heading` and a paragraph of `text_html`.
fn warning(heading: &str, text_html: &str) -> String {
    format!(
        "<div class=\"nhsuk-warning-callout\"><h2 class=\"nhsuk-warning-callout__label\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>{heading}</h2><p>{text_html}</p></div>"
    )
}

/// A small secondary button that does `action`.
fn small_button(action: &str, text: &str, disabled: bool) -> String {
    let disabled = if disabled { " disabled" } else { "" };
    format!("<button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary nhsuk-button--small\" data-action=\"{action}\"{disabled}>{text}</button>")
}

/// "Today", "Yesterday" or the weekday, then the date: "Today, Monday 23 November".
fn day_label(date: Date, today: Date) -> String {
    match date.days_until(today) {
        0 => format!("Today, {}", date.weekday_day_month()),
        1 => format!("Yesterday, {}", date.weekday_day_month()),
        _ => date.weekday_day_month(),
    }
}

/// Answers clicks, changes and typing on the page, another tab's changes to the record, and
/// midnight.
fn listen(document: &Document) {
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let control = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|target| target.closest("[data-action]").ok().flatten());
        if let Some(control) = control {
            let action = control.get_attribute("data-action").unwrap_or_default();
            act(&action, &control);
        }
    });
    let on_change = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        if let Some(field) = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
        {
            changed(&field);
        }
    });
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        if let Some(field) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            with_state(|state| today::typed(state, &field));
        }
    });
    for (kind, listener) in [
        ("click", &on_click),
        ("change", &on_change),
        ("input", &on_input),
    ] {
        let _ = document.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    let on_storage =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(|event: web_sys::StorageEvent| {
            if event.key().is_none_or(|key| key == wellbeing::STORAGE_KEY) {
                with_state(changed_elsewhere);
            }
        });
    let on_clock = Closure::<dyn Fn()>::new(|| {
        with_state(move_on_at_midnight);
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
            on_clock.as_ref().unchecked_ref(),
            30_000,
        );
    }
    // They listen as long as the page lives.
    on_click.forget();
    on_change.forget();
    on_input.forget();
    on_storage.forget();
    on_clock.forget();
}

/// A button pressed: each view knows its own. A download is started once the state is put
/// down, as the browser may hand the click on at once.
fn act(action: &str, control: &Element) {
    let focused = document()
        .and_then(|document| document.active_element())
        .is_some_and(|active| active == *control);
    let download = with_state(|state| match state.view {
        TrackerView::Today => {
            today::act(state, action, control);
            None
        }
        TrackerView::History => {
            history::act(state, action);
            None
        }
        TrackerView::YourData => your_data::act(state, action, control),
    });
    if focused && !usable(control) {
        keep_the_place(action, control);
    }
    if let Some(Some(file)) = download {
        file.save();
    }
}

fn usable(control: &Element) -> bool {
    control.is_connected() && !control.has_attribute("disabled")
}

/// The button pressed has been drawn again, taken away or turned off: the keyboard's place goes
/// to the same button as drawn again (a day of the week), or else to the one that does the
/// opposite ("Previous day" once "Next day" has reached today).
fn keep_the_place(action: &str, control: &Element) {
    let Some(document) = document() else {
        return;
    };
    let day = control
        .get_attribute("data-day")
        .map(|day| format!("[data-day=\"{day}\"]"))
        .unwrap_or_default();
    let same = format!("[data-action=\"{action}\"]{day}");
    let opposite = match action {
        today::NEXT_DAY | today::BACK_TO_TODAY => Some(today::PREVIOUS_DAY),
        history::NEXT_WEEK => Some(history::PREVIOUS_WEEK),
        history::NEXT_MONTH => Some(history::PREVIOUS_MONTH),
        your_data::DELETE_EVERYTHING | your_data::KEEP_EVERYTHING => Some(your_data::ASK_TO_DELETE),
        _ => None,
    };
    let button = std::iter::once(same)
        .chain(opposite.map(|opposite| format!("[data-action=\"{opposite}\"]")))
        .filter_map(|selector| document.query_selector(&selector).ok().flatten())
        .find(usable)
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}

/// A field changed: a tick, a week's feeling, or a file chosen.
fn changed(field: &Element) {
    match field.id().as_str() {
        your_data::IMPORT_FILE => your_data::file_chosen(field),
        _ => {
            with_state(|state| today::changed(state, field));
        }
    }
}

/// Another tab changed the record: show the same here. Storage is read again rather than taken
/// from the event, which may already be out of date when several changes come at once.
fn changed_elsewhere(state: &mut State) {
    match load_saved(&state.store) {
        Loaded::Empty => state.tracker = Tracker::default(),
        Loaded::Restored(tracker) => state.tracker = tracker,
        Loaded::TooNew { .. } => {
            state.can_save = false;
            state.notice = Notice::TooNew;
            show_notice(state);
        }
        // The other tab will have kept it aside; keep showing what we have.
        Loaded::Unreadable { .. } => return,
    }
    refresh(state);
}

/// Midnight: "today" moves on, and so does the day being filled in if it was today.
fn move_on_at_midnight(state: &mut State) {
    let now = london_today();
    if now == state.today {
        return;
    }
    let day_changed = state.selected == state.today;
    if day_changed {
        state.selected = now;
    }
    state.today = now;
    match state.view {
        TrackerView::Today if day_changed => today::show_day(state),
        _ => refresh(state),
    }
}

/// Shows the record as it is now in the view.
fn refresh(state: &State) {
    match state.view {
        TrackerView::Today => today::refresh(state),
        TrackerView::History => history::refresh(state),
        TrackerView::YourData => {}
    }
}

/// Puts `html` in the element with the id `id`.
fn fill(id: &str, html: &str) {
    if let Some(element) = element(id) {
        element.set_inner_html(html);
    }
}

/// Puts `text` in the element with the id `id`, as text.
fn say(id: &str, text: &str) {
    if let Some(element) = element(id) {
        element.set_text_content(Some(text));
    }
}

/// Turns the button that does `action` off or on.
fn disable(action: &str, disabled: bool) {
    let button = document().and_then(|document| {
        document
            .query_selector(&format!("[data-action=\"{action}\"]"))
            .ok()
            .flatten()
    });
    if let Some(button) = button {
        let _ = button.toggle_attribute_with_force("disabled", disabled);
    }
}

fn element(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// A file to download, made from the record or a copy kept aside.
struct Download {
    name: String,
    mime: &'static str,
    text: String,
}

impl Download {
    /// Saves the file through the browser.
    fn save(&self) {
        let Some(document) = document() else {
            return;
        };
        let parts = js_sys::Array::of1(&JsValue::from_str(&self.text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(self.mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Some(link) = document
            .create_element("a")
            .ok()
            .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            link.set_href(&url);
            link.set_download(&self.name);
            link.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}
