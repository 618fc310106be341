//! Today (or a past day): tick the five ways, add notes, find ideas, and say how the week felt.

use super::{day_label, TrackerContext};
use crate::components::easy_read::{easy_read_on, EasyReadSwitch, Pictogram};
use crate::components::page::Heading;
use crate::content::ideas;
use leptos::prelude::*;
use navigator_core::routes;
use navigator_core::wellbeing::{week_start, Way, FEELINGS, MAX_NOTE_CHARS};

#[component]
pub fn Today() -> impl IntoView {
    let context = expect_context::<TrackerContext>();
    let TrackerContext {
        tracker,
        today,
        selected,
        ..
    } = context;
    // What the last tap did, read out so the undo is obvious.
    let last_change = RwSignal::new(String::new());

    view! {
        <Heading title="Five a day for the mind" />
        <p class="nhsuk-lede-text">
            "Five simple things, done often, can help you feel better: connect, be active, take notice, keep learning and give. Tick what you did."
        </p>
        <EasyReadSwitch label="Easy Read" />
        <div class="kmcn-day-picker">
            <h2 id="day-heading">{move || day_label(selected.get(), today.get())}</h2>
            <div class="kmcn-day-picker__buttons">
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    on:click=move |_| selected.update(|day| *day = day.add_days(-1))>"Previous day"</button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    disabled={move || selected.get() >= today.get()}
                    on:click=move |_| selected.update(|day| *day = day.add_days(1))>"Next day"</button>
                {move || (selected.get() != today.get()).then(|| view! {
                    <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        on:click=move |_| selected.set(today.get_untracked())>"Back to today"</button>
                })}
            </div>
        </div>
        // Rebuilt for each day, so the notes start from that day's text.
        {move || {
            let date = selected.get();
            view! {
                <div class="kmcn-way-cards" role="group" aria-labelledby="day-heading">
                    {Way::ALL.into_iter().map(|way| view! { <WayCard way=way date=date last_change=last_change /> }).collect_view()}
                </div>
            }
        }}
        <p class="nhsuk-body-m kmcn-day-status" role="status">
            {move || {
                let done = tracker.read().ways_on(selected.get()).count();
                let summary = match done {
                    0 => "Nothing ticked yet. Even one small thing counts.".to_string(),
                    5 => "All five done. Well done.".to_string(),
                    n => format!("{n} of 5 done."),
                };
                let change = last_change.get();
                if change.is_empty() { summary } else { format!("{change} {summary}") }
            }}
        </p>
        <ThisWeek />
        <Reflection />
    }
}

#[component]
fn WayCard(way: Way, date: navigator_core::Date, last_change: RwSignal<String>) -> impl IntoView {
    let TrackerContext { tracker, .. } = expect_context::<TrackerContext>();
    let id = format!("way-{}", way.id());
    let note_id = format!("note-{}", way.id());
    let done = move || tracker.read().ways_on(date).contains(way);
    let note =
        tracker.with_untracked(|tracker| tracker.note(date, way).unwrap_or_default().to_string());
    let has_note = !note.is_empty();
    let easy_read = easy_read_on();
    view! {
        <div class="kmcn-way-card" class:kmcn-way-card--done=done>
            <div class="nhsuk-checkboxes__item">
                <input class="nhsuk-checkboxes__input" id=id.clone() type="checkbox" value=way.id()
                    aria-describedby=format!("{id}-hint")
                    prop:checked=done
                    on:change=move |_| {
                        tracker.update(|tracker| tracker.toggle(date, way));
                        let now_done = tracker.read_untracked().ways_on(date).contains(way);
                        last_change.set(if now_done {
                            format!("{} ticked. Tick again to undo.", way.name())
                        } else {
                            format!("{} unticked.", way.name())
                        });
                    } />
                <label class="nhsuk-label nhsuk-checkboxes__label kmcn-way-card__name" for=id.clone()>
                    {move || easy_read.get().then(|| view! { <Pictogram id=way.picture() /> })}
                    {way.name()}
                </label>
                <div class="nhsuk-hint nhsuk-checkboxes__hint" id=format!("{id}-hint")>
                    {move || if easy_read.get() { way.easy_read_prompt() } else { way.prompt() }}
                </div>
            </div>
            <details class="nhsuk-details kmcn-way-card__more" open=has_note>
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">"Add a note"</span>
                </summary>
                <div class="nhsuk-details__text">
                    <label class="nhsuk-label" for=note_id.clone()>{format!("What did you do to {}? (optional)", way.name().to_lowercase())}</label>
                    <textarea class="nhsuk-textarea" id=note_id rows="2" maxlength=MAX_NOTE_CHARS.to_string()
                        on:input=move |event| {
                            let text = event_target_value(&event);
                            tracker.update(|tracker| tracker.set_note(date, way, &text));
                        }>{note}</textarea>
                </div>
            </details>
            <details class="nhsuk-details kmcn-way-card__more">
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">"What could I do?"</span>
                </summary>
                <div class="nhsuk-details__text">
                    <ul class="nhsuk-list nhsuk-list--bullet">
                        {ideas(way).iter().map(|idea| view! { <li>{capitalise(idea)}</li> }).collect_view()}
                    </ul>
                    <p><a href=routes::guidance_page(&way.guidance_slug())>{format!("More about how to {}", way.name().to_lowercase())}</a></p>
                </div>
            </details>
        </div>
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The week of the day being filled in, each day a button to fill it in.
#[component]
fn ThisWeek() -> impl IntoView {
    let TrackerContext {
        tracker,
        today,
        selected,
        ..
    } = expect_context::<TrackerContext>();
    view! {
        <h2>"This week"</h2>
        <ul class="kmcn-week-strip">
            {move || tracker.read().week(selected.get()).into_iter().map(|day| {
                let date = day.date;
                let future = date > today.get();
                let label = format!("{} {}: {} of 5", date.weekday().name(), date.ymd().2, day.ways.count());
                view! {
                    <li>
                        <button type="button" class="kmcn-week-strip__day"
                            class:kmcn-week-strip__day--all=day.ways.is_all()
                            aria-pressed=move || (selected.get() == date).to_string()
                            disabled=future
                            on:click=move |_| selected.set(date)>
                            {label}
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// How the week felt, on a 1 to 5 scale: optional, and only for the person to look back on.
#[component]
fn Reflection() -> impl IntoView {
    let TrackerContext {
        tracker, selected, ..
    } = expect_context::<TrackerContext>();
    view! {
        <div class="nhsuk-form-group">
            <fieldset class="nhsuk-fieldset" aria-describedby="feeling-hint">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                    <h2 class="nhsuk-fieldset__heading">
                        {move || format!("How did the week starting {} feel?", week_start(selected.get()).weekday_day_month())}
                    </h2>
                </legend>
                <div class="nhsuk-hint" id="feeling-hint">"Optional. Looking back, you may see what helps you."</div>
                <div class="nhsuk-radios nhsuk-radios--inline">
                    {FEELINGS.iter().map(|(value, label)| {
                        let value = *value;
                        let id = format!("feeling-{value}");
                        view! {
                            <div class="nhsuk-radios__item">
                                <input class="nhsuk-radios__input" id=id.clone() name="feeling" type="radio" value=value.to_string()
                                    prop:checked=move || tracker.read().reflection(selected.get()) == Some(value)
                                    on:change=move |_| tracker.update(|tracker| tracker.set_reflection(selected.get_untracked(), Some(value))) />
                                <label class="nhsuk-label nhsuk-radios__label" for=id>{format!("{value}: {label}")}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            {move || tracker.read().reflection(selected.get()).is_some().then(|| view! {
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    on:click=move |_| tracker.update(|tracker| tracker.set_reflection(selected.get_untracked(), None))>
                    "Clear how the week felt"
                </button>
            })}
        </div>
    }
}
