//! Today (or a past day): tick the five ways, add notes, find ideas, and say how the week felt.

use super::{day_label, disable, element, fill, say, small_button, State};
use crate::components::easy_read::{self, EASY_READ_SWITCH};
use crate::content::{ideas, pictogram_alt};
use crate::storage::remember_easy_read;
use navigator_core::html::escape;
use navigator_core::routes;
use navigator_core::wellbeing::{week_start, Way, FEELINGS, MAX_NOTE_CHARS};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};

const DAY_HEADING: &str = "day-heading";
const DAY_BUTTONS: &str = "day-buttons";
pub(super) const PREVIOUS_DAY: &str = "previous-day";
pub(super) const NEXT_DAY: &str = "next-day";
const CHOOSE_DAY: &str = "choose-day";
const WAY_CARDS: &str = "way-cards";
const DAY_STATUS: &str = "day-status";
const WEEK_STRIP: &str = "week-strip";
const FEELING_HEADING: &str = "feeling-heading";
const FEELING_GROUP: &str = "feeling-group";
pub(super) const BACK_TO_TODAY: &str = "back-to-today";
const CLEAR_FEELING: &str = "clear-feeling";

/// The view's heading and what it is for.
pub(super) const OPENING: &str = "<h1 tabindex=\"-1\">Five a day for the mind</h1>\
    <p class=\"nhsuk-lede-text\">Five simple things, done often, can help you feel better: connect, be active, take notice, keep learning and give. Tick what you did.</p>";

pub(super) fn draw(state: &State) -> String {
    let feelings: String = FEELINGS
        .iter()
        .map(|(value, label)| {
            format!(
                "<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"feeling-{value}\" name=\"feeling\" type=\"radio\" value=\"{value}\"{checked}><label class=\"nhsuk-label nhsuk-radios__label\" for=\"feeling-{value}\">{value}: {label}</label></div>",
                checked = checked(state.tracker.reflection(state.selected) == Some(*value)),
            )
        })
        .collect();
    format!(
        "{OPENING}{switch}\
         <div class=\"kmcn-day-picker\"><h2 id=\"{DAY_HEADING}\">{heading}</h2>\
         <div class=\"kmcn-day-picker__buttons\" id=\"{DAY_BUTTONS}\">{previous}{next}{back}</div></div>\
         <div class=\"kmcn-way-cards\" role=\"group\" aria-labelledby=\"{DAY_HEADING}\" id=\"{WAY_CARDS}\">{cards}</div>\
         <p class=\"nhsuk-body-m kmcn-day-status\" role=\"status\" id=\"{DAY_STATUS}\">{status}</p>\
         <h2>This week</h2><ul class=\"kmcn-week-strip\" id=\"{WEEK_STRIP}\">{week}</ul>\
         <div class=\"nhsuk-form-group\" id=\"{FEELING_GROUP}\"><fieldset class=\"nhsuk-fieldset\" aria-describedby=\"feeling-hint\">\
         <legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--m\"><h2 class=\"nhsuk-fieldset__heading\" id=\"{FEELING_HEADING}\">{feeling_heading}</h2></legend>\
         <div class=\"nhsuk-hint\" id=\"feeling-hint\">Optional. Looking back, you may see what helps you.</div>\
         <div class=\"nhsuk-radios nhsuk-radios--inline\">{feelings}</div></fieldset>{clear}</div>",
        switch = easy_read::switch("Easy Read", state.easy_read),
        heading = day_label(state.selected, state.today),
        previous = small_button(PREVIOUS_DAY, "Previous day", false),
        next = small_button(NEXT_DAY, "Next day", state.selected >= state.today),
        back = back_to_today(state).unwrap_or_default(),
        cards = cards(state),
        status = status(state),
        week = week(state),
        feeling_heading = feeling_heading(state),
        clear = clear_feeling(state).unwrap_or_default(),
    )
}

fn back_to_today(state: &State) -> Option<String> {
    (state.selected != state.today).then(|| small_button(BACK_TO_TODAY, "Back to today", false))
}

fn clear_feeling(state: &State) -> Option<String> {
    state
        .tracker
        .reflection(state.selected)
        .is_some()
        .then(|| small_button(CLEAR_FEELING, "Clear how the week felt", false))
}

fn feeling_heading(state: &State) -> String {
    format!(
        "How did the week starting {} feel?",
        week_start(state.selected).weekday_day_month()
    )
}

fn checked(on: bool) -> &'static str {
    if on {
        " checked"
    } else {
        ""
    }
}

/// A way's name, with its picture in Easy Read.
fn way_name(way: Way, easy_read: bool) -> String {
    let picture = if easy_read {
        routes::pictogram_img(way.picture(), pictogram_alt(way.picture()), 64)
    } else {
        String::new()
    };
    format!("{picture}{}", way.name())
}

fn way_prompt(way: Way, easy_read: bool) -> &'static str {
    if easy_read {
        way.easy_read_prompt()
    } else {
        way.prompt()
    }
}

/// A card for each way on the day being filled in, its note as saved for that day.
fn cards(state: &State) -> String {
    let date = state.selected;
    Way::ALL
        .into_iter()
        .map(|way| {
            let id = way.id();
            let done = state.tracker.ways_on(date).contains(way);
            let note = state.tracker.note(date, way).unwrap_or_default();
            let ideas: String = ideas(way)
                .iter()
                .map(|idea| format!("<li>{}</li>", escape(&capitalise(idea))))
                .collect();
            let lower = way.name().to_lowercase();
            format!(
                "<div class=\"{card_class}\"><div class=\"nhsuk-checkboxes__item\">\
                 <input class=\"nhsuk-checkboxes__input\" id=\"way-{id}\" type=\"checkbox\" value=\"{id}\" aria-describedby=\"way-{id}-hint\"{checked}>\
                 <label class=\"nhsuk-label nhsuk-checkboxes__label kmcn-way-card__name\" for=\"way-{id}\">{name}</label>\
                 <div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"way-{id}-hint\">{prompt}</div></div>\
                 <details class=\"nhsuk-details kmcn-way-card__more\"{open}><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">Add a note</span></summary>\
                 <div class=\"nhsuk-details__text\"><label class=\"nhsuk-label\" for=\"note-{id}\">What did you do to {lower}? (optional)</label>\
                 <textarea class=\"nhsuk-textarea\" id=\"note-{id}\" rows=\"2\" maxlength=\"{MAX_NOTE_CHARS}\">{note}</textarea></div></details>\
                 <details class=\"nhsuk-details kmcn-way-card__more\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">What could I do?</span></summary>\
                 <div class=\"nhsuk-details__text\"><ul class=\"nhsuk-list nhsuk-list--bullet\">{ideas}</ul>\
                 <p><a href=\"{guide}\">More about how to {lower}</a></p></div></details></div>",
                card_class = card_class(done),
                checked = checked(done),
                name = way_name(way, state.easy_read),
                prompt = way_prompt(way, state.easy_read),
                open = if note.is_empty() { "" } else { " open" },
                note = escape(note),
                guide = routes::guidance_page(&way.guidance_slug()),
            )
        })
        .collect()
}

fn card_class(done: bool) -> &'static str {
    if done {
        "kmcn-way-card kmcn-way-card--done"
    } else {
        "kmcn-way-card"
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// How many ways are done on the day, after what the last tap did.
fn status(state: &State) -> String {
    let summary = match state.tracker.ways_on(state.selected).count() {
        0 => "Nothing ticked yet. Even one small thing counts.".to_string(),
        5 => "All five done. Well done.".to_string(),
        n => format!("{n} of 5 done."),
    };
    if state.last_change.is_empty() {
        summary
    } else {
        format!("{} {summary}", state.last_change)
    }
}

/// The week of the day being filled in, each day a button to fill it in.
fn week(state: &State) -> String {
    state
        .tracker
        .week(state.selected)
        .into_iter()
        .map(|day| {
            let date = day.date;
            let all = if day.ways.is_all() {
                " kmcn-week-strip__day--all"
            } else {
                ""
            };
            let disabled = if date > state.today { " disabled" } else { "" };
            format!(
                "<li><button type=\"button\" class=\"kmcn-week-strip__day{all}\" aria-pressed=\"{}\" data-action=\"{CHOOSE_DAY}\" data-day=\"{date}\"{disabled}>{} {}: {} of 5</button></li>",
                date == state.selected,
                date.weekday().name(),
                date.ymd().2,
                day.ways.count(),
            )
        })
        .collect()
}

/// A button pressed in this view.
pub(super) fn act(state: &mut State, action: &str, control: &Element) {
    let day = match action {
        PREVIOUS_DAY => state.selected.add_days(-1),
        NEXT_DAY if state.selected < state.today => state.selected.add_days(1),
        BACK_TO_TODAY => state.today,
        CHOOSE_DAY => match control
            .get_attribute("data-day")
            .and_then(|day| day.parse().ok())
        {
            Some(day) if day <= state.today => day,
            _ => return,
        },
        CLEAR_FEELING => {
            state.tracker.set_reflection(state.selected, None);
            state.save();
            refresh(state);
            return;
        }
        EASY_READ_SWITCH => {
            state.easy_read = !state.easy_read;
            remember_easy_read(state.easy_read);
            show_easy_read(state);
            return;
        }
        _ => return,
    };
    state.selected = day;
    show_day(state);
}

/// Shows another day: its cards are drawn again, so the notes start from that day's text.
pub(super) fn show_day(state: &mut State) {
    state.last_change.clear();
    fill(WAY_CARDS, &cards(state));
    refresh(state);
}

/// Shows the record as it is now for the day being filled in, changing the page in place.
pub(super) fn refresh(state: &State) {
    say(DAY_HEADING, &day_label(state.selected, state.today));
    disable(NEXT_DAY, state.selected >= state.today);
    show_at_end(DAY_BUTTONS, BACK_TO_TODAY, back_to_today(state));
    let ways = state.tracker.ways_on(state.selected);
    for way in Way::ALL {
        if let Some(input) = element(&format!("way-{}", way.id()))
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
        {
            input.set_checked(ways.contains(way));
            if let Some(card) = input.closest(".kmcn-way-card").ok().flatten() {
                card.set_class_name(card_class(ways.contains(way)));
            }
        }
    }
    say(DAY_STATUS, &status(state));
    fill(WEEK_STRIP, &week(state));
    say(FEELING_HEADING, &feeling_heading(state));
    let feeling = state.tracker.reflection(state.selected);
    for (value, _) in FEELINGS {
        if let Some(radio) = element(&format!("feeling-{value}"))
            .and_then(|radio| radio.dyn_into::<HtmlInputElement>().ok())
        {
            radio.set_checked(feeling == Some(value));
        }
    }
    show_at_end(FEELING_GROUP, CLEAR_FEELING, clear_feeling(state));
}

/// Puts the button `html` that does `action` at the end of the element `parent`, or takes it
/// away, keeping it (and its focus) if it is already there.
fn show_at_end(parent: &str, action: &str, html: Option<String>) {
    let Some(parent) = element(parent) else {
        return;
    };
    let shown = parent
        .query_selector(&format!("[data-action=\"{action}\"]"))
        .ok()
        .flatten();
    match (shown, html) {
        (Some(button), None) => button.remove(),
        (None, Some(html)) => {
            let _ = parent.insert_adjacent_html("beforeend", &html);
        }
        _ => {}
    }
}

/// Easy Read on or off: the switch says so, and each way shows its picture and short prompt.
fn show_easy_read(state: &State) {
    let Some(main) = element("maincontent") else {
        return;
    };
    easy_read::show_switches(&main, state.easy_read);
    for way in Way::ALL {
        let id = way.id();
        if let Ok(Some(label)) = main.query_selector(&format!("label[for=\"way-{id}\"]")) {
            label.set_inner_html(&way_name(way, state.easy_read));
        }
        say(&format!("way-{id}-hint"), way_prompt(way, state.easy_read));
    }
}

/// A way ticked or unticked, or the week's feeling chosen.
pub(super) fn changed(state: &mut State, field: &Element) {
    let Some(input) = field.dyn_ref::<HtmlInputElement>() else {
        return;
    };
    if input.name() == "feeling" {
        if let Ok(value) = input.value().parse() {
            state.tracker.set_reflection(state.selected, Some(value));
        }
    } else if let Some(way) = field.id().strip_prefix("way-").and_then(Way::from_id) {
        let done = input.checked();
        state.tracker.set(state.selected, way, done);
        state.last_change = if done {
            format!("{} ticked. Tick again to undo.", way.name())
        } else {
            format!("{} unticked.", way.name())
        };
    } else {
        return;
    }
    state.save();
    refresh(state);
}

/// A note typed.
pub(super) fn typed(state: &mut State, field: &HtmlTextAreaElement) {
    let Some(way) = field.id().strip_prefix("note-").and_then(Way::from_id) else {
        return;
    };
    state.tracker.set_note(state.selected, way, &field.value());
    state.save();
}
