//! "Five a day for the mind": the Five Ways to Wellbeing tracker. Three views share one record:
//! today (tick, notes, ideas, the week's feeling), looking back (weeks, months, streaks) and your
//! data (export, import, delete). Each is a page of its own; the record is kept only in this
//! browser's local storage.

mod history;
mod today;
mod your_data;

pub use history::History;
pub use today::Today;
pub use your_data::YourData;

use crate::storage::{load_saved, open_tracker, save_tracker, Notice, Store};
use leptos::prelude::*;
use navigator_core::routes::{self, Route};
use navigator_core::wellbeing::{self, Loaded, Tracker};
use navigator_core::Date;
use std::time::Duration;

/// The tracker's views, each at its own address.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TrackerView {
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
    pub fn at(route: Route) -> Option<TrackerView> {
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
pub fn day_address(date: Date) -> String {
    format!("{}?{DAY_PARAMETER}={date}", routes::FIVE_A_DAY)
}

/// The record and what goes with it, shared by the three views.
#[derive(Clone, Copy)]
pub struct TrackerContext {
    pub tracker: RwSignal<Tracker>,
    pub notice: RwSignal<Notice>,
    /// Today in Europe/London; moves on at midnight while the page is open.
    pub today: RwSignal<Date>,
    /// The day being filled in on the "today" view.
    pub selected: RwSignal<Date>,
    pub store: StoredValue<Store, LocalStorage>,
    pub can_save: RwSignal<bool>,
}

fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

fn london_today() -> Date {
    Date::from_unix_millis_london(now_millis())
}

/// The frame of the tracker's views: the record they share, its notices, and their links.
#[component]
pub fn FiveADay(view: TrackerView) -> impl IntoView {
    let store = Store::open();
    let opened = open_tracker(&store, now_millis());
    let today = london_today();
    // A day chosen in "looking back", if it is not in the future.
    let selected = crate::query_value(DAY_PARAMETER)
        .and_then(|day| day.parse::<Date>().ok())
        .filter(|day| *day <= today)
        .unwrap_or(today);
    let context = TrackerContext {
        tracker: RwSignal::new(opened.tracker),
        notice: RwSignal::new(opened.notice),
        today: RwSignal::new(today),
        selected: RwSignal::new(selected),
        store: StoredValue::new_local(store),
        can_save: RwSignal::new(opened.can_save),
    };
    provide_context(context);

    // Save after each change. Opening the page writes nothing, a change that came from another
    // tab (already in storage) is not written back, and an empty record leaves no key behind.
    Effect::new(move |previous: Option<()>| {
        let tracker = context.tracker.read();
        if previous.is_none() || !context.can_save.get_untracked() {
            return;
        }
        let saved = context
            .store
            .with_value(|store| save_tracker(store, &tracker));
        if saved.is_err() {
            context.notice.set(Notice::SaveFailed);
        }
    });

    // Another tab changed the record: show the same here. Storage is read again rather than
    // taken from the event, which may already be out of date when several changes come at once.
    let listener =
        window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
            if event.key().is_some_and(|key| key != wellbeing::STORAGE_KEY) {
                return;
            }
            match context.store.with_value(load_saved) {
                Loaded::Empty => context.tracker.set(Tracker::default()),
                Loaded::Restored(tracker) => context.tracker.set(tracker),
                Loaded::TooNew { .. } => {
                    context.can_save.set(false);
                    context.notice.set(Notice::TooNew);
                }
                // The other tab will have kept it aside; keep showing what we have.
                Loaded::Unreadable { .. } => {}
            }
        });
    on_cleanup(move || listener.remove());

    // Midnight: "today" moves on, and so does the day being filled in if it was today.
    let clock = set_interval_with_handle(
        move || {
            let now = london_today();
            if now != context.today.get_untracked() {
                if context.selected.get_untracked() == context.today.get_untracked() {
                    context.selected.set(now);
                }
                context.today.set(now);
            }
        },
        Duration::from_secs(30),
    );
    if let Ok(clock) = clock {
        on_cleanup(move || clock.clear());
    }

    view! {
        <nav class="kmcn-subnav" aria-label="Five a day">
            <ul class="kmcn-subnav__list">
                {TrackerView::ALL.map(|each| view! {
                    <li>
                        <a href=each.route().path() aria-current=(each == view).then_some("page")>
                            {each.link_text()}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
        <div aria-live="polite">{move || notice_view(context.notice.get())}</div>
        {match view {
            TrackerView::Today => Today().into_any(),
            TrackerView::History => History().into_any(),
            TrackerView::YourData => YourData().into_any(),
        }}
        <h2>"If you are struggling"</h2>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li><a href=routes::guidance_page("mental-health-crisis")>"Help in a mental health crisis"</a>": call 111 and choose the mental health option, or call 999 if a life is at risk"</li>
            <li><a href=routes::guidance_page("nhs-talking-therapies")>"Refer yourself to NHS Talking Therapies"</a>" if you have felt low or anxious for a while"</li>
        </ul>
        <p class="nhsuk-body-s">
            "What you record is saved only in this browser on this device. It is never sent anywhere. "
            <a href=routes::PRIVACY>"How we look after your information"</a>
        </p>
    }
}

fn notice_view(notice: Notice) -> Option<impl IntoView> {
    let (heading, text) = match notice {
        Notice::None => return None,
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
            format!("Something went wrong with the five a day record saved on this device, so we have started a new one. Nothing has been lost: we kept a copy of the old record in this browser\u{2019}s storage under the name \u{201c}{backup_key}\u{201d}. You can download it from \u{201c}Your data\u{201d}."),
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
    Some(view! {
        <div class="nhsuk-warning-callout">
            <h2 class="nhsuk-warning-callout__label">
                <span class="nhsuk-u-visually-hidden">"Important: "</span>
                {heading}
            </h2>
            <p>{text}</p>
        </div>
    })
}

/// "Today", "Yesterday" or the weekday, then the date: "Today, Monday 23 November".
pub fn day_label(date: Date, today: Date) -> String {
    match date.days_until(today) {
        0 => format!("Today, {}", date.weekday_day_month()),
        1 => format!("Yesterday, {}", date.weekday_day_month()),
        _ => date.weekday_day_month(),
    }
}
