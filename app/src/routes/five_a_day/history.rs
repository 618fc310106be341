//! Looking back: a week at a time, a month calendar, streaks, and the ways done most and least.
//! Each chart has a table or list with the same facts for screen readers.

use super::{day_address, day_label, TrackerContext};
use crate::components::page::Heading;
use leptos::prelude::*;
use navigator_core::date::month_name;
use navigator_core::wellbeing::{week_start, Day, MonthCell, Way, FEELINGS};

#[component]
pub fn History() -> impl IntoView {
    view! {
        <Heading title="Looking back" />
        <p class="nhsuk-lede-text">"See which of the five ways you did, and when. Choose a day to fill it in or change it."</p>
        <Week />
        <Streaks />
        <MostAndLeast />
        <Month />
    }
}

#[component]
fn Week() -> impl IntoView {
    let TrackerContext { tracker, today, .. } = expect_context::<TrackerContext>();
    let monday = RwSignal::new(week_start(today.get_untracked()));
    view! {
        <h2>{move || format!("Week starting {}", monday.get().weekday_day_month())}</h2>
        <div class="kmcn-pager">
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                on:click=move |_| monday.update(|day| *day = day.add_days(-7))>"Previous week"</button>
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                disabled={move || monday.get() >= week_start(today.get())}
                on:click=move |_| monday.update(|day| *day = day.add_days(7))>"Next week"</button>
        </div>
        {move || {
            let days = tracker.read().week(monday.get());
            let feeling = tracker.read().reflection(monday.get());
            view! {
                <WeekChart days=days.clone() />
                <div class="kmcn-table-scroll" role="region" aria-label="The week, day by day" tabindex="0">
                <table class="nhsuk-table kmcn-week-table">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"The five ways, day by day"</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="col">"Day"</th>
                            {Way::ALL.into_iter().map(|way| view! { <th class="nhsuk-table__header" scope="col">{way.name()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {days.into_iter().map(|day| {
                            let date = day.date;
                            let future = date > today.get_untracked();
                            view! {
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="row">
                                        {if future {
                                            view! { <span>{date.weekday_day_month()}</span> }.into_any()
                                        } else {
                                            view! {
                                                <a href=day_address(date)>
                                                    {day_label(date, today.get_untracked())}
                                                    <span class="nhsuk-u-visually-hidden">": fill in or change"</span>
                                                </a>
                                            }.into_any()
                                        }}
                                    </th>
                                    {Way::ALL.into_iter().map(|way| view! {
                                        <td class="nhsuk-table__cell kmcn-tick">
                                            {if day.ways.contains(way) {
                                                view! { <span aria-hidden="true">"✓"</span><span class="nhsuk-u-visually-hidden">"Done"</span> }.into_any()
                                            } else {
                                                view! { <span aria-hidden="true">"–"</span><span class="nhsuk-u-visually-hidden">"Not done"</span> }.into_any()
                                            }}
                                        </td>
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
                <p>
                    {match feeling.and_then(|value| FEELINGS.iter().find(|(v, _)| *v == value)) {
                        Some((value, label)) => format!("How the week felt: {value} out of 5, {}.", label.to_lowercase()),
                        None => "You have not said how this week felt.".to_string(),
                    }}
                </p>
            }
        }}
    }
}

/// A bar a day, as tall as the number of ways done. The table after it says the same.
#[component]
fn WeekChart(days: Vec<Day>) -> impl IntoView {
    let total: usize = days.iter().map(|day| day.ways.count()).sum();
    let summary = format!(
        "Bar chart: {}. {total} ways in the week.",
        days.iter()
            .map(|day| format!("{} {}", day.date.weekday().name(), day.ways.count()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    view! {
        <svg class="kmcn-chart" viewBox="0 0 350 130" role="img" aria-label=summary>
            {days.into_iter().enumerate().map(|(index, day)| {
                // Whole units of the view box: formatting a float would bring its code into
                // the binary for nothing visible.
                let height = day.ways.count() * 20;
                let x = 10 + index * 48;
                view! {
                    <rect x=x y=105 - height width="32" height=height class="kmcn-chart__bar"></rect>
                    <text x=x + 16 y="122" text-anchor="middle" class="kmcn-chart__label">{&day.date.weekday().name()[..3]}</text>
                    <text x=x + 16 y=100 - height text-anchor="middle" class="kmcn-chart__value">{day.ways.count()}</text>
                }
            }).collect_view()}
        </svg>
    }
}

#[component]
fn Streaks() -> impl IntoView {
    let TrackerContext { tracker, today, .. } = expect_context::<TrackerContext>();
    let days = |count: u32| {
        if count == 1 {
            "1 day".to_string()
        } else {
            format!("{count} days")
        }
    };
    view! {
        <h2>"Streaks"</h2>
        {move || {
            let streaks = tracker.read().streaks(today.get());
            view! {
                <dl class="nhsuk-summary-list">
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Days in a row with at least one way"</dt>
                        <dd class="nhsuk-summary-list__value">{format!("{} now (your longest: {})", days(streaks.current_any), days(streaks.longest_any))}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Days in a row with all five"</dt>
                        <dd class="nhsuk-summary-list__value">{format!("{} now (your longest: {})", days(streaks.current_all), days(streaks.longest_all))}</dd>
                    </div>
                </dl>
                <p class="nhsuk-body-s">"Streaks are just for interest. Any day you do one small thing is a good day."</p>
            }
        }}
    }
}

/// Over the last four weeks, each way's number of days, most first.
#[component]
fn MostAndLeast() -> impl IntoView {
    let TrackerContext { tracker, today, .. } = expect_context::<TrackerContext>();
    view! {
        <h2>"Your last 4 weeks"</h2>
        {move || {
            let to = today.get();
            let counts = tracker.read().way_counts(to.add_days(-27), to);
            let summary = counts.iter().map(|count| format!("{}: {} of 28 days", count.way.name(), count.days)).collect::<Vec<_>>().join(", ");
            let most = counts.first().filter(|count| count.days > 0).map(|count| count.way.name());
            let least = counts.last().map(|count| count.way.name());
            view! {
                <svg class="kmcn-chart" viewBox="0 0 350 160" role="img" aria-label=format!("Bar chart: {summary}.")>
                    {counts.iter().enumerate().map(|(index, count)| {
                        let y = 8 + index * 30;
                        // 200 units for 28 days, to the nearest unit.
                        let width = (count.days as usize * 200 + 14) / 28;
                        view! {
                            <text x="0" y=y + 16 class="kmcn-chart__label">{count.way.name()}</text>
                            <rect x="110" y=y width=width.max(1) height="20" class="kmcn-chart__bar"></rect>
                            <text x=116 + width y=y + 16 class="kmcn-chart__value">{count.days}</text>
                        }
                    }).collect_view()}
                </svg>
                <ul class="nhsuk-list">
                    {counts.iter().map(|count| view! { <li>{format!("{}: {} of the last 28 days", count.way.name(), count.days)}</li> }).collect_view()}
                </ul>
                {most.map(|most| view! {
                    <p>{format!("You did \u{201c}{most}\u{201d} most. Maybe try a little more of \u{201c}{}\u{201d} this week: the ideas on the today page can help.", least.unwrap_or_default())}</p>
                })}
            }
        }}
    }
}

#[component]
fn Month() -> impl IntoView {
    let TrackerContext { tracker, today, .. } = expect_context::<TrackerContext>();
    let (year, month, _) = today.get_untracked().ymd();
    let shown = RwSignal::new((year, month));
    let step = move |delta: i32| {
        shown.update(|(year, month)| {
            let index = *year * 12 + *month as i32 - 1 + delta;
            *year = index.div_euclid(12);
            *month = (index.rem_euclid(12) + 1) as u32;
        })
    };
    let is_current = move || {
        let (year, month, _) = today.get().ymd();
        shown.get() >= (year, month)
    };
    view! {
        <h2>{move || { let (year, month) = shown.get(); format!("{} {year}", month_name(month)) }}</h2>
        <div class="kmcn-pager">
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" on:click=move |_| step(-1)>"Previous month"</button>
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" disabled=is_current on:click=move |_| step(1)>"Next month"</button>
        </div>
        {move || {
            let (year, month) = shown.get();
            let cells = tracker.read().month(year, month);
            view! {
                <table class="nhsuk-table kmcn-calendar">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{format!("{} {year}: how many of the five ways each day", month_name(month))}</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            {["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].into_iter().map(|day| view! { <th class="nhsuk-table__header" scope="col">{day}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {cells.chunks(7).map(|week| view! {
                            <tr class="nhsuk-table__row">
                                {week.iter().map(|cell| match cell {
                                    MonthCell::Blank => view! { <td class="nhsuk-table__cell"></td> }.into_any(),
                                    MonthCell::Day(day) => {
                                        let count = day.ways.count();
                                        view! {
                                            <td class=format!("nhsuk-table__cell kmcn-calendar__day kmcn-calendar__day--{count}")>
                                                <span class="kmcn-calendar__date">{day.date.ymd().2}</span>
                                                <span class="kmcn-calendar__count">{if count == 0 { String::new() } else { format!("{count} of 5") }}</span>
                                            </td>
                                        }.into_any()
                                    }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        }}
    }
}
