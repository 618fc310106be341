//! Looking back: a week at a time, a month calendar, streaks, and the ways done most and least.
//! Each chart has a table or list with the same facts for screen readers.

use super::{day_address, day_label, disable, fill, say, small_button, State};
use navigator_core::date::month_name;
use navigator_core::wellbeing::{week_start, Day, MonthCell, Way, FEELINGS};

const WEEK_HEADING: &str = "week-heading";
const WEEK: &str = "week";
const STREAKS: &str = "streaks";
const LAST_FOUR_WEEKS: &str = "last-four-weeks";
const MONTH_HEADING: &str = "month-heading";
const MONTH: &str = "month";
pub(super) const PREVIOUS_WEEK: &str = "previous-week";
pub(super) const NEXT_WEEK: &str = "next-week";
pub(super) const PREVIOUS_MONTH: &str = "previous-month";
pub(super) const NEXT_MONTH: &str = "next-month";

/// The view's heading and what it is for.
pub(super) const OPENING: &str = "<h1 tabindex=\"-1\">Looking back</h1>\
    <p class=\"nhsuk-lede-text\">See which of the five ways you did, and when. Choose a day to fill it in or change it.</p>";

pub(super) fn draw(state: &State) -> String {
    format!(
        "{OPENING}<h2 id=\"{WEEK_HEADING}\">{week_heading}</h2>\
         <div class=\"kmcn-pager\">{previous_week}{next_week}</div>\
         <div id=\"{WEEK}\">{week}</div>\
         <h2>Streaks</h2><div id=\"{STREAKS}\">{streaks}</div>\
         <h2>Your last 4 weeks</h2><div id=\"{LAST_FOUR_WEEKS}\">{last_four_weeks}</div>\
         <h2 id=\"{MONTH_HEADING}\">{month_heading}</h2>\
         <div class=\"kmcn-pager\">{previous_month}{next_month}</div>\
         <div id=\"{MONTH}\">{month}</div>",
        week_heading = week_heading(state),
        previous_week = small_button(PREVIOUS_WEEK, "Previous week", false),
        next_week = small_button(NEXT_WEEK, "Next week", is_this_week(state)),
        week = week(state),
        streaks = streaks(state),
        last_four_weeks = last_four_weeks(state),
        month_heading = month_heading(state),
        previous_month = small_button(PREVIOUS_MONTH, "Previous month", false),
        next_month = small_button(NEXT_MONTH, "Next month", is_this_month(state)),
        month = month(state),
    )
}

/// A pager's button pressed: another week or month.
pub(super) fn act(state: &mut State, action: &str) {
    match action {
        PREVIOUS_WEEK => state.monday = state.monday.add_days(-7),
        NEXT_WEEK if !is_this_week(state) => state.monday = state.monday.add_days(7),
        PREVIOUS_MONTH => state.month = step_month(state.month, -1),
        NEXT_MONTH if !is_this_month(state) => state.month = step_month(state.month, 1),
        _ => return,
    }
    refresh(state);
}

/// Shows the record as it is now, for the week and month chosen.
pub(super) fn refresh(state: &State) {
    say(WEEK_HEADING, &week_heading(state));
    disable(NEXT_WEEK, is_this_week(state));
    fill(WEEK, &week(state));
    fill(STREAKS, &streaks(state));
    fill(LAST_FOUR_WEEKS, &last_four_weeks(state));
    say(MONTH_HEADING, &month_heading(state));
    disable(NEXT_MONTH, is_this_month(state));
    fill(MONTH, &month(state));
}

fn is_this_week(state: &State) -> bool {
    state.monday >= week_start(state.today)
}

fn is_this_month(state: &State) -> bool {
    let (year, month, _) = state.today.ymd();
    state.month >= (year, month)
}

fn step_month((year, month): (i32, u32), delta: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + delta;
    (index.div_euclid(12), (index.rem_euclid(12) + 1) as u32)
}

fn week_heading(state: &State) -> String {
    format!("Week starting {}", state.monday.weekday_day_month())
}

fn month_heading(state: &State) -> String {
    let (year, month) = state.month;
    format!("{} {year}", month_name(month))
}

/// The week chosen: a chart, the same as a table, and how the week felt.
fn week(state: &State) -> String {
    let days = state.tracker.week(state.monday);
    let headers: String = Way::ALL
        .into_iter()
        .map(|way| {
            format!(
                "<th class=\"nhsuk-table__header\" scope=\"col\">{}</th>",
                way.name()
            )
        })
        .collect();
    let rows: String = days
        .iter()
        .map(|day| {
            let date = day.date;
            let name = if date > state.today {
                format!("<span>{}</span>", date.weekday_day_month())
            } else {
                format!(
                    "<a href=\"{}\">{}<span class=\"nhsuk-u-visually-hidden\">: fill in or change</span></a>",
                    day_address(date),
                    day_label(date, state.today)
                )
            };
            let ticks: String = Way::ALL
                .into_iter()
                .map(|way| {
                    let (mark, said) = if day.ways.contains(way) {
                        ("\u{2713}", "Done")
                    } else {
                        ("\u{2013}", "Not done")
                    };
                    format!("<td class=\"nhsuk-table__cell kmcn-tick\"><span aria-hidden=\"true\">{mark}</span><span class=\"nhsuk-u-visually-hidden\">{said}</span></td>")
                })
                .collect();
            format!("<tr class=\"nhsuk-table__row\"><th class=\"nhsuk-table__header\" scope=\"row\">{name}</th>{ticks}</tr>")
        })
        .collect();
    let feeling = match state
        .tracker
        .reflection(state.monday)
        .and_then(|value| FEELINGS.iter().find(|(each, _)| *each == value))
    {
        Some((value, label)) => format!(
            "How the week felt: {value} out of 5, {}.",
            label.to_lowercase()
        ),
        None => "You have not said how this week felt.".to_string(),
    };
    format!(
        "{chart}<div class=\"kmcn-table-scroll\" role=\"region\" aria-label=\"The week, day by day\" tabindex=\"0\">\
         <table class=\"nhsuk-table kmcn-week-table\"><caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">The five ways, day by day</caption>\
         <thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\"><th class=\"nhsuk-table__header\" scope=\"col\">Day</th>{headers}</tr></thead>\
         <tbody class=\"nhsuk-table__body\">{rows}</tbody></table></div><p>{feeling}</p>",
        chart = week_chart(&days),
    )
}

/// A bar a day, as tall as the number of ways done. The table after it says the same.
fn week_chart(days: &[Day]) -> String {
    let total: usize = days.iter().map(|day| day.ways.count()).sum();
    let summary = days
        .iter()
        .map(|day| format!("{} {}", day.date.weekday().name(), day.ways.count()))
        .collect::<Vec<_>>()
        .join(", ");
    let bars: String = days
        .iter()
        .enumerate()
        .map(|(index, day)| {
            // Whole units of the view box: formatting a float would bring its code into the
            // binary for nothing visible.
            let count = day.ways.count();
            let height = count * 20;
            let x = 10 + index * 48;
            format!(
                "<rect x=\"{x}\" y=\"{}\" width=\"32\" height=\"{height}\" class=\"kmcn-chart__bar\"></rect>\
                 <text x=\"{middle}\" y=\"122\" text-anchor=\"middle\" class=\"kmcn-chart__label\">{}</text>\
                 <text x=\"{middle}\" y=\"{}\" text-anchor=\"middle\" class=\"kmcn-chart__value\">{count}</text>",
                105 - height,
                &day.date.weekday().name()[..3],
                100 - height,
                middle = x + 16,
            )
        })
        .collect();
    format!("<svg class=\"kmcn-chart\" viewBox=\"0 0 350 130\" role=\"img\" aria-label=\"Bar chart: {summary}. {total} ways in the week.\">{bars}</svg>")
}

fn streaks(state: &State) -> String {
    let days = |count: u32| {
        if count == 1 {
            "1 day".to_string()
        } else {
            format!("{count} days")
        }
    };
    let streaks = state.tracker.streaks(state.today);
    let row = |key: &str, current: u32, longest: u32| {
        format!(
            "<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">{key}</dt><dd class=\"nhsuk-summary-list__value\">{} now (your longest: {})</dd></div>",
            days(current),
            days(longest)
        )
    };
    format!(
        "<dl class=\"nhsuk-summary-list\">{}{}</dl><p class=\"nhsuk-body-s\">Streaks are just for interest. Any day you do one small thing is a good day.</p>",
        row(
            "Days in a row with at least one way",
            streaks.current_any,
            streaks.longest_any
        ),
        row(
            "Days in a row with all five",
            streaks.current_all,
            streaks.longest_all
        ),
    )
}

/// Over the last four weeks, each way's number of days, most first.
fn last_four_weeks(state: &State) -> String {
    let to = state.today;
    let counts = state.tracker.way_counts(to.add_days(-27), to);
    let summary = counts
        .iter()
        .map(|count| format!("{}: {} of 28 days", count.way.name(), count.days))
        .collect::<Vec<_>>()
        .join(", ");
    let bars: String = counts
        .iter()
        .enumerate()
        .map(|(index, count)| {
            let y = 8 + index * 30;
            // 200 units for 28 days, to the nearest unit.
            let width = (count.days as usize * 200 + 14) / 28;
            format!(
                "<text x=\"0\" y=\"{}\" class=\"kmcn-chart__label\">{name}</text>\
                 <rect x=\"110\" y=\"{y}\" width=\"{}\" height=\"20\" class=\"kmcn-chart__bar\"></rect>\
                 <text x=\"{}\" y=\"{}\" class=\"kmcn-chart__value\">{}</text>",
                y + 16,
                width.max(1),
                116 + width,
                y + 16,
                count.days,
                name = count.way.name(),
            )
        })
        .collect();
    let list: String = counts
        .iter()
        .map(|count| {
            format!(
                "<li>{}: {} of the last 28 days</li>",
                count.way.name(),
                count.days
            )
        })
        .collect();
    let most = counts.first().filter(|count| count.days > 0);
    let suggestion = match (most, counts.last()) {
        (Some(most), Some(least)) => format!(
            "<p>You did \u{201c}{}\u{201d} most. Maybe try a little more of \u{201c}{}\u{201d} this week: the ideas on the today page can help.</p>",
            most.way.name(),
            least.way.name()
        ),
        _ => String::new(),
    };
    format!(
        "<svg class=\"kmcn-chart\" viewBox=\"0 0 350 160\" role=\"img\" aria-label=\"Bar chart: {summary}.\">{bars}</svg><ul class=\"nhsuk-list\">{list}</ul>{suggestion}"
    )
}

/// The month chosen as a calendar, each day with how many of the five ways were done.
fn month(state: &State) -> String {
    let (year, month) = state.month;
    let weekdays: String = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .into_iter()
        .map(|day| format!("<th class=\"nhsuk-table__header\" scope=\"col\">{day}</th>"))
        .collect();
    let weeks: String = state
        .tracker
        .month(year, month)
        .chunks(7)
        .map(|week| {
            let cells: String = week
                .iter()
                .map(|cell| match cell {
                    MonthCell::Blank => "<td class=\"nhsuk-table__cell\"></td>".to_string(),
                    MonthCell::Day(day) => {
                        let count = day.ways.count();
                        let said = if count == 0 {
                            String::new()
                        } else {
                            format!("{count} of 5")
                        };
                        format!(
                            "<td class=\"nhsuk-table__cell kmcn-calendar__day kmcn-calendar__day--{count}\"><span class=\"kmcn-calendar__date\">{}</span><span class=\"kmcn-calendar__count\">{said}</span></td>",
                            day.date.ymd().2
                        )
                    }
                })
                .collect();
            format!("<tr class=\"nhsuk-table__row\">{cells}</tr>")
        })
        .collect();
    format!(
        "<table class=\"nhsuk-table kmcn-calendar\"><caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">{} {year}: how many of the five ways each day</caption>\
         <thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">{weekdays}</tr></thead><tbody class=\"nhsuk-table__body\">{weeks}</tbody></table>",
        month_name(month)
    )
}
