use crate::components::page::PageHeading;
use crate::storage::{open_tracker, save_tracker, Notice, Store};
use leptos::prelude::*;
use navigator_core::wellbeing::{Tracker, Way};
use navigator_core::{routes, Date};

#[component]
pub fn FiveADay() -> impl IntoView {
    let store = Store::open();
    let now = js_sys::Date::now() as i64;
    let today = Date::from_unix_millis_london(now);
    let opened = open_tracker(&store, now);
    let tracker = RwSignal::new(opened.tracker);
    let notice = RwSignal::new(opened.notice);
    let can_save = opened.can_save;

    // Save after each change; the first run only subscribes, so opening the page writes nothing.
    Effect::new(move |previous: Option<()>| {
        let current = tracker.read();
        if previous.is_some() && can_save && save_tracker(&store, &current).is_err() {
            notice.set(Notice::SaveFailed);
        }
    });

    view! {
        <PageHeading title="Five a day for the mind" />
        <p class="nhsuk-lede-text">
            "Five simple things, done often, can help you feel better: connect, be active, take notice, keep learning and give. Tick what you did today."
        </p>
        <div aria-live="polite">{move || notice_view(notice.get())}</div>
        <Today tracker=tracker today=today />
        <LastSevenDays tracker=tracker today=today />
        <h2>"Ideas and support"</h2>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li><a href=routes::guidance_page("five-ways-to-wellbeing")>"Ideas for each of the five ways to wellbeing"</a></li>
            <li><a href=routes::guidance_page("low-mood")>"If you have been feeling low"</a></li>
            <li><a href=routes::guidance_page("mental-health-crisis")>"Help in a mental health crisis"</a>": call 111 and choose the mental health option, or call 999 if a life is at risk"</li>
        </ul>
        <p class="nhsuk-body-s">
            "What you tick is saved only in this browser on this device. It is never sent anywhere. "
            <a href=routes::PRIVACY>"How we look after your information"</a>
        </p>
    }
}

#[component]
fn Today(tracker: RwSignal<Tracker>, today: Date) -> impl IntoView {
    view! {
        <form novalidate on:submit=|event| event.prevent_default()>
            <div class="nhsuk-form-group">
                <fieldset class="nhsuk-fieldset" aria-describedby="today-hint">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                        <h2 class="nhsuk-fieldset__heading">"Today, " {today.weekday_day_month()}</h2>
                    </legend>
                    <div class="nhsuk-hint" id="today-hint">"Tick each one you did. Tick it again to undo."</div>
                    <div class="nhsuk-checkboxes">
                        {Way::ALL.into_iter().map(|way| {
                            let id = format!("way-{}", way.id());
                            let hint_id = format!("{id}-hint");
                            view! {
                                <div class="nhsuk-checkboxes__item">
                                    <input class="nhsuk-checkboxes__input" id=id.clone() name="ways" type="checkbox" value=way.id()
                                        aria-describedby=hint_id.clone()
                                        prop:checked=move || tracker.read().ways_on(today).contains(way)
                                        on:change=move |_| tracker.update(|tracker| tracker.toggle(today, way)) />
                                    <label class="nhsuk-label nhsuk-checkboxes__label" for=id>{way.name()}</label>
                                    <div class="nhsuk-hint nhsuk-checkboxes__hint" id=hint_id>{way.prompt()}</div>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            <p role="status" class="nhsuk-body-m">
                {move || {
                    let done = tracker.read().ways_on(today).count();
                    match done {
                        0 => "Nothing ticked yet today. Even one small thing counts.".to_string(),
                        5 => "You have done all five today. Well done.".to_string(),
                        n => format!("{n} of 5 done today."),
                    }
                }}
            </p>
        </form>
    }
}

#[component]
fn LastSevenDays(tracker: RwSignal<Tracker>, today: Date) -> impl IntoView {
    view! {
        <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-table__caption--m">"Your last 7 days"</caption>
            <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">"Day"</th>
                    <th class="nhsuk-table__header" scope="col">"What you did"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {move || tracker.read().last_seven_days(today).into_iter().rev().map(|day| {
                    let label = if day.date == today { "Today".to_string() } else { day.date.weekday_day_month() };
                    let done = if day.ways.is_empty() {
                        "Nothing recorded".to_string()
                    } else {
                        let names: Vec<&str> = day.ways.ways().map(Way::name).collect();
                        format!("{} of 5: {}", day.ways.count(), names.join(", "))
                    };
                    view! {
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="row">{label}</th>
                            <td class="nhsuk-table__cell">{done}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

fn notice_view(notice: Notice) -> Option<impl IntoView> {
    let (heading, text) = match notice {
        Notice::None => return None,
        Notice::NotSaved => (
            "Your ticks will not be saved",
            "This browser is not letting the site save anything, perhaps because of private browsing. You can still use the tracker, but your ticks will be lost when you close this page.".to_string(),
        ),
        Notice::KeptAside { backup_key } => (
            "We could not read your saved record",
            format!("Something went wrong with the five a day record saved on this device, so we have started a new one. Nothing has been lost: we kept a copy of the old record in this browser\u{2019}s storage under the name \u{201c}{backup_key}\u{201d}."),
        ),
        Notice::Unreadable => (
            "We could not read your saved record",
            "Something went wrong with the five a day record saved on this device, and we could not make a copy of it. We have left it as it is, so your ticks today will not be saved.".to_string(),
        ),
        Notice::TooNew => (
            "Your record was saved by a newer version of this site",
            "We have left it untouched, so your ticks today will not be saved. Reload the page to get the newest version.".to_string(),
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
