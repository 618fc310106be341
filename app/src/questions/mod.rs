//! The questions part of the app ([`AppPart::Questions`]), without Leptos: "Find the right
//! service" and care navigation. The engine in navigator-core decides every step (the
//! emergency signs, who needs help, age, the problem, sex when a rule needs it, the problem's
//! questions worded for whom they are about); this part only shows it. Each answer is kept only
//! in this page's memory: nothing is stored or sent, and starting again forgets it.
//!
//! The first screen is written into the page at build time ([`written`]) and answered before the
//! part starts; the part keeps it as it is and reads the answers from the form. Each later step
//! is drawn as new elements, never by rewriting the last step's: with the heading reused, Orca
//! read out the previous question, and said nothing at all when the outcome's heading took
//! focus. Clicks, changes, typing and forms sent are heard once, on the document.
//!
//! [`AppPart::Questions`]: navigator_core::routes::AppPart::Questions

mod outcome;
mod screens;

use crate::components::easy_read::{self, EASY_READ_SWITCH};
use crate::components::page::{no_connection, TRY_AGAIN};
use crate::components::postcode::{district_typed, NEAREST_FIRST_FORM};
use crate::content::{have_whole_rules, load_rules, load_start, now, rules};
use crate::field_error;
use crate::storage::{easy_read_remembered, remember_easy_read};
use navigator_core::directory::District;
use navigator_core::routes::{Route, RulesNeeded};
use navigator_core::signpost::{
    confident_match, find_problems, Journey as Progress, Preset, RuleSet, Step, Topic, Who,
};
use navigator_core::site::{REASON_FORM, RED_FLAG_FORM};
use screens::{QUESTION_FORM, REASON_FIELD};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

/// Who the journey is for, and how it is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A resident or carer, one question at a time.
    Public,
    /// A receptionist with a patient: the same rules, with a script to read out.
    Staff,
}

const TITLE: &str = "Find the right service";

/// The `data-action`s of the journey's buttons.
const BACK: &str = "back";
const START_AGAIN: &str = "start-again";
const CHANGE_REASON: &str = "change-reason";

/// Where a step waiting for the whole rule set says so.
const WAITING: &str = "question-waiting";

/// The page's journey, and what its outcome shows.
struct State {
    mode: Mode,
    /// Care navigation: the reason for contact's problem, once chosen.
    preset: Preset,
    /// Care navigation without a reason chosen shows the reason search, not a journey.
    choosing_reason: bool,
    progress: Progress,
    /// Earlier progress, for going back one step.
    history: Vec<Progress>,
    /// Counts the steps drawn, so a download finishing after the step it was for has gone is
    /// ignored.
    steps_shown: usize,
    waiting: Option<Waiting>,
    easy_read: bool,
    /// The district the outcome's places are ordered from.
    near: Option<&'static District>,
}

/// A step waiting for the whole rule set: the page starts with its opening, and a problem's
/// questions need the rest, usually downloaded by then.
enum Waiting {
    Loading,
    /// It could not be fetched; trying again goes on to this step.
    Failed(Progress),
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn with_state<R>(change: impl FnOnce(&mut State) -> R) -> Option<R> {
    STATE.with(|state| state.borrow_mut().as_mut().map(change))
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

fn main_element() -> Option<Element> {
    element("maincontent")
}

/// The first screen of a route of this part, as written at build time (navigator-site) and as
/// this part would draw it, to be answered before it starts.
pub fn written(route: Route, rules: &RuleSet) -> Option<String> {
    match route {
        Route::WhereToGo => Some(first_step(rules, Mode::Public)),
        Route::PracticeStaff => Some(screens::reason_search(rules)),
        _ => None,
    }
}

/// The emergency signs, with which every journey starts.
fn first_step(rules: &RuleSet, mode: Mode) -> String {
    match Progress::default().step(rules) {
        Ok(Step::AskRedFlags(flags)) => screens::red_flags(&flags, mode),
        _ => panic!("every journey starts with the emergency signs"),
    }
}

/// Starts once what the view needs of the rules has been read (`Route::rules_needed`: the
/// signs for the questions, the opening for care navigation): the page fetches it beside the
/// part, so it is usually there first. The rest of the rules is then downloaded, to be read when
/// the journey needs it. Without what it starts from, the page says so and offers to try again.
pub fn start() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let Some(document) = document() else {
            return;
        };
        let route = Route::of(&crate::address_path());
        let needed = route.map_or(RulesNeeded::Opening, Route::rules_needed);
        if load_start(needed).await.is_err() {
            if let Some(main) = main_element() {
                main.set_inner_html(&format!(
                    "<h1 tabindex=\"-1\">The questions could not be loaded</h1>{}",
                    no_connection("")
                ));
            }
            set_title("The questions could not be loaded");
            listen_to_reload(&document);
            crate::mark_started(&document);
            return;
        }
        crate::content::prefetch_rules();
        // What the page says to do without the app, hidden while it starts, goes.
        if let Ok(Some(without_app)) = document.query_selector("main .kmcn-without-app") {
            without_app.remove();
        }
        let staff = route == Some(Route::PracticeStaff);
        let preset = if staff {
            Preset::default()
        } else {
            address_preset()
        };
        let state = State {
            mode: if staff { Mode::Staff } else { Mode::Public },
            progress: Progress::new(preset.clone()),
            preset,
            choosing_reason: staff,
            history: Vec::new(),
            steps_shown: 0,
            waiting: None,
            easy_read: easy_read_remembered(),
            near: None,
        };
        STATE.with(|kept| *kept.borrow_mut() = Some(state));
        listen(&document);
        crate::mark_started(&document);
        // A reason typed before now: list its matches, keeping the one chosen if it is there.
        if staff && !input_value(REASON_FIELD).is_empty() {
            show_reasons(picked_reason());
        }
        // A form sent before now, held by `public/site.mjs`: send it again.
        let pending = document
            .query_selector("main form[data-pending]")
            .ok()
            .flatten();
        if let Some(form) = pending {
            crate::release_held(&form);
            sent(&form);
        }
    });
}

/// A problem or "for someone else" chosen in the address:
/// `?problem=back-pain&for=someone-else`.
fn address_preset() -> Preset {
    Preset {
        problem: crate::query_value("problem"),
        who: match crate::query_value("for").as_deref() {
            Some("me") => Some(Who::Me),
            Some("someone-else") => Some(Who::SomeoneElse),
            _ => None,
        },
    }
}

fn set_title(text: &str) {
    if let Some(document) = document() {
        document.set_title(&format!("{text} - {}", crate::SITE_NAME));
    }
}

/// The opening could not be read: "Try again" loads the page again.
fn listen_to_reload(document: &Document) {
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        if crate::components::page::pressed(&event, TRY_AGAIN) {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
    let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}

/// Answers forms sent, buttons pressed, boxes ticked and typing, for as long as the page lives.
fn listen(document: &Document) {
    let target = |event: &web_sys::Event| {
        event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
    };
    // Only this part's forms: the header's search is sent by `public/site.mjs`.
    let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let ours = [
            RED_FLAG_FORM,
            QUESTION_FORM,
            REASON_FORM,
            NEAREST_FIRST_FORM,
        ];
        if let Some(form) = target(&event).filter(|form| ours.contains(&form.id().as_str())) {
            event.prevent_default();
            sent(&form);
        }
    });
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let control =
            target(&event).and_then(|target| target.closest("[data-action]").ok().flatten());
        if let Some(control) = control {
            pressed(&control);
        }
    });
    let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Some(field) =
            target(&event).and_then(|field| field.dyn_into::<HtmlInputElement>().ok())
        {
            changed(&field);
        }
    });
    let on_input =
        Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            match target(&event).map(|field| field.id()).as_deref() {
                Some(screens::CHOICE_FILTER) => narrow_the_list(),
                Some(REASON_FIELD) => show_reasons(None),
                _ => {}
            }
        });
    // Enter in the box that narrows the list does not send the form.
    let on_keydown =
        Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            let in_filter = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .is_some_and(|field| field.id() == screens::CHOICE_FILTER);
            if in_filter && event.key() == "Enter" {
                event.prevent_default();
            }
        });
    for (kind, listener) in [
        ("submit", &on_submit),
        ("click", &on_click),
        ("change", &on_change),
        ("input", &on_input),
    ] {
        let _ = document.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    let _ =
        document.add_event_listener_with_callback("keydown", on_keydown.as_ref().unchecked_ref());
    on_submit.forget();
    on_click.forget();
    on_change.forget();
    on_input.forget();
    on_keydown.forget();
}

/// A form sent: the emergency signs, a question, care navigation's reason, or a postcode.
fn sent(form: &Element) {
    match form.id().as_str() {
        RED_FLAG_FORM => {
            let ticked = checked_values(form, ".nhsuk-checkboxes__input:checked");
            let none = ticked.iter().any(|value| value == "none");
            let flags: Vec<String> = ticked.into_iter().filter(|value| value != "none").collect();
            if flags.is_empty() && !none {
                return show_error(form);
            }
            let next = with_state(|state| state.progress.with_red_flags(flags));
            if let Some(next) = next {
                advance(next);
            }
        }
        QUESTION_FORM => {
            let Some(choice) = checked_values(form, "input[name=\"choice\"]:checked").pop() else {
                return show_error(form);
            };
            let next = with_state(|state| {
                let rules = rules();
                match state.progress.step(rules) {
                    Ok(Step::Ask { topic, .. }) => {
                        Some(state.progress.answered(rules, &topic, &choice))
                    }
                    _ => None,
                }
            });
            if let Some(Some(next)) = next {
                advance(next);
            }
        }
        REASON_FORM => reason_sent(form),
        NEAREST_FIRST_FORM => postcode_sent(),
        _ => {}
    }
}

/// The values of the boxes in `form` that match `selector`.
fn checked_values(form: &Element, selector: &str) -> Vec<String> {
    within::<HtmlInputElement>(form, selector)
        .map(|input| input.value())
        .collect()
}

/// The elements matching `selector` inside `root` that are of type `T`.
fn within<T: JsCast>(root: &Element, selector: &str) -> impl Iterator<Item = T> {
    let found = root.query_selector_all(selector).ok();
    let count = found.as_ref().map_or(0, |found| found.length());
    (0..count).filter_map(move |index| found.as_ref()?.item(index)?.dyn_into::<T>().ok())
}

/// Goes on to `next`, once the rules it needs have been read.
fn advance(next: Progress) {
    let asked_at = with_state(|state| {
        let enough = !next.needs_problem_rules(rules()) && !next.needs_problems(rules());
        if have_whole_rules() || enough {
            go_on(state, next.clone());
            return None;
        }
        if matches!(state.waiting, Some(Waiting::Loading)) {
            return None;
        }
        state.waiting = Some(Waiting::Loading);
        show_waiting(state);
        Some(state.steps_shown)
    });
    let Some(Some(asked_at)) = asked_at else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let read = load_rules().await;
        with_state(|state| {
            // Gone back or started again while it loaded: that step has gone.
            if state.steps_shown != asked_at {
                return;
            }
            match read {
                Ok(_) => go_on(state, next),
                Err(_) => {
                    state.waiting = Some(Waiting::Failed(next));
                    show_waiting(state);
                }
            }
        });
    });
}

fn go_on(state: &mut State, next: Progress) {
    let previous = std::mem::replace(&mut state.progress, next);
    state.history.push(previous);
    show(state);
}

/// Draws the step the journey has reached, as new elements, and moves focus to its heading.
fn show(state: &mut State) {
    state.waiting = None;
    state.steps_shown += 1;
    let Some(main) = main_element() else {
        return;
    };
    let (title, html) = if state.choosing_reason {
        let rules = rules();
        (
            screens::REASON_SEARCH_TITLE.to_string(),
            screens::reason_search(rules),
        )
    } else {
        let (title, step) = step(state);
        let html = match state.mode {
            Mode::Public => step,
            Mode::Staff => format!(
                "<p class=\"kmcn-print-hide\"><button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary nhsuk-button--small\" data-action=\"{CHANGE_REASON}\">Change the reason for contact</button></p>\
                 <div class=\"kmcn-staff\">{step}</div>"
            ),
        };
        (title, html)
    };
    main.set_inner_html(&html);
    set_title(&title);
    focus("main h1");
}

/// The step's title and HTML: the back link, the step, and where waiting is said.
fn step(state: &State) -> (String, String) {
    let rules = rules();
    let back = if state.history.is_empty() {
        String::new()
    } else {
        format!("<div class=\"nhsuk-back-link kmcn-print-hide\"><button type=\"button\" class=\"nhsuk-back-link kmcn-link-button\" data-action=\"{BACK}\">Back</button></div>")
    };
    let someone_else = state.progress.answers.who == Some(Who::SomeoneElse);
    let (title, body) = match state.progress.step(rules) {
        Err(_) => (
            TITLE.to_string(),
            format!(
                "<h1 tabindex=\"-1\">Sorry, something went wrong</h1>\
                 <p>We could not work out the next question. If you need help now, call 111. In an emergency, call 999.</p>\
                 <button class=\"nhsuk-button\" type=\"button\" data-action=\"{}\">Start again</button>",
                again(state.mode)
            ),
        ),
        Ok(Step::AskRedFlags(flags)) => (TITLE.to_string(), screens::red_flags(&flags, state.mode)),
        Ok(Step::Ask { topic, mut prompt }) => {
            // Staff read the questions aloud to the patient; this one they answer themselves.
            if state.mode == Mode::Staff && topic == Topic::Age {
                prompt.text = "How old is the patient?".to_string();
            }
            (TITLE.to_string(), screens::choose_one(&prompt, topic == Topic::Problem))
        }
        Ok(Step::Outcome(decision)) => (
            decision.outcome.title.clone(),
            outcome::draw(&outcome::Shown {
                decision: &decision,
                mode: state.mode,
                someone_else,
                easy_read: state.easy_read,
                now: now(),
                start_again: again(state.mode),
            }),
        ),
    };
    (title, format!("{back}{body}<div id=\"{WAITING}\"></div>"))
}

/// What starting again does: the first question, or in care navigation a new patient's reason.
fn again(mode: Mode) -> &'static str {
    match mode {
        Mode::Public => START_AGAIN,
        Mode::Staff => CHANGE_REASON,
    }
}

/// Says the step is waiting for the rest of the rules, or that they could not be fetched.
fn show_waiting(state: &State) {
    let html = match state.waiting {
        None => String::new(),
        Some(Waiting::Loading) => {
            "<p class=\"kmcn-loading\" role=\"status\">Loading the next question\u{2026}</p>"
                .to_string()
        }
        Some(Waiting::Failed(_)) => {
            no_connection("The next question could not be loaded. Your answers are kept. ")
        }
    };
    if let Some(place) = element(WAITING) {
        place.set_inner_html(&html);
    }
}

/// A button pressed.
fn pressed(control: &Element) {
    let action = control.get_attribute("data-action").unwrap_or_default();
    match action.as_str() {
        outcome::PRINT => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
        outcome::COPY => copy_summary(),
        TRY_AGAIN => {
            let next = with_state(|state| match state.waiting.take() {
                Some(Waiting::Failed(next)) => Some(next),
                other => {
                    state.waiting = other;
                    None
                }
            });
            if let Some(Some(next)) = next {
                advance(next);
            }
        }
        _ => {
            with_state(|state| act(state, &action));
        }
    }
}

fn act(state: &mut State, action: &str) {
    match action {
        BACK => {
            if let Some(previous) = state.history.pop() {
                state.progress = previous;
                show(state);
            }
        }
        START_AGAIN => {
            state.history.clear();
            state.progress = Progress::new(state.preset.clone());
            show(state);
        }
        CHANGE_REASON => {
            state.choosing_reason = true;
            show(state);
        }
        EASY_READ_SWITCH => {
            state.easy_read = !state.easy_read;
            remember_easy_read(state.easy_read);
            show_easy_read(state);
        }
        _ => {}
    }
}

/// Easy Read on or off: the switches say so, and the outcome's advice and summary follow.
fn show_easy_read(state: &State) {
    let Some(main) = main_element() else {
        return;
    };
    easy_read::show_switches(&main, state.easy_read);
    if let Ok(Step::Outcome(decision)) = state.progress.step(rules()) {
        let shown = decision.outcome;
        for (id, html) in [
            (outcome::ADVICE, outcome::advice(shown, state.easy_read)),
            (
                outcome::SUMMARY_ADVICE,
                outcome::summary_advice(shown, state.easy_read),
            ),
            (
                outcome::SUMMARY_IF_WORSE,
                outcome::summary_if_worse(shown, state.easy_read),
            ),
        ] {
            if let Some(place) = element(id) {
                place.set_inner_html(&html);
            }
        }
    }
}

/// Copies the summary's text message; browsers offer the clipboard only to secure (https or
/// local) pages.
fn copy_summary() {
    let text = element("summary-text")
        .and_then(|field| field.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|field| field.value())
        .unwrap_or_default();
    let written = web_sys::window()
        .map(|window| window.navigator().clipboard())
        .filter(|clipboard| !clipboard.is_undefined())
        .map(|clipboard| clipboard.write_text(&text));
    wasm_bindgen_futures::spawn_local(async move {
        let done = match written {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        let said = if done {
            "Copied. You can paste it into a text message or email."
        } else {
            "Could not copy. Select the text above and copy it."
        };
        if let Some(place) = element(outcome::COPIED) {
            place.set_text_content(Some(said));
        }
    });
}

/// A box ticked or a radio chosen in a question's form or care navigation's: the error goes; a
/// sign and "None of these" untick each other.
fn changed(field: &HtmlInputElement) {
    let Some(form) = field.closest("form").ok().flatten() else {
        return;
    };
    if ![RED_FLAG_FORM, QUESTION_FORM, REASON_FORM].contains(&form.id().as_str()) {
        return;
    }
    if field.type_() == "checkbox" && field.checked() {
        let exclusive = field.has_attribute("data-checkbox-exclusive");
        for other in within::<HtmlInputElement>(&form, ".nhsuk-checkboxes__input") {
            if other != *field && (exclusive || other.has_attribute("data-checkbox-exclusive")) {
                other.set_checked(false);
            }
        }
    }
    if form.id() == REASON_FORM {
        if let Some(input) = element(REASON_FIELD) {
            field_error::show(&input, screens::REASON_HINT, screens::REASON_ERROR, None);
        }
    } else {
        clear_error(&form);
    }
}

/// What an error on a question's form says, where its message goes, and what the summary links
/// to.
fn error_of(form: &Element) -> (&'static str, &'static str, String) {
    if form.id() == RED_FLAG_FORM {
        (
            "flags-error",
            screens::RED_FLAG_ERROR,
            "#flag-none".to_string(),
        )
    } else {
        let first = form
            .query_selector("input[name=\"choice\"]")
            .ok()
            .flatten()
            .map(|input| format!("#{}", input.id()))
            .unwrap_or_default();
        ("question-error", screens::CHOOSE_ONE_ERROR, first)
    }
}

/// Continue pressed with nothing chosen: the error summary, focused as the design system asks
/// (it is read out, and the next Tab reaches the link to the question), and the message beside
/// the question.
fn show_error(form: &Element) {
    clear_error(form);
    let (id, message, target) = error_of(form);
    let _ = form.insert_adjacent_html("afterbegin", &screens::error_summary(message, &target));
    if let Ok(Some(group)) = form.query_selector(".nhsuk-form-group") {
        let _ = group.class_list().add_1("nhsuk-form-group--error");
    }
    if let Ok(Some(fieldset)) = form.query_selector("fieldset") {
        let described = fieldset
            .get_attribute("aria-describedby")
            .unwrap_or_default();
        let _ = fieldset.set_attribute("aria-describedby", format!("{described} {id}").trim());
    }
    if let Ok(Some(choices)) = form.query_selector(".nhsuk-checkboxes, .nhsuk-radios") {
        let _ = choices.insert_adjacent_html("beforebegin", &screens::error_message(id, message));
    }
    focus("main .nhsuk-error-summary");
}

fn clear_error(form: &Element) {
    let (id, _, _) = error_of(form);
    for selector in [".nhsuk-error-summary".to_string(), format!("#{id}")] {
        if let Ok(Some(shown)) = form.query_selector(&selector) {
            shown.remove();
        }
    }
    if let Ok(Some(group)) = form.query_selector(".nhsuk-form-group") {
        let _ = group.class_list().remove_1("nhsuk-form-group--error");
    }
    if let Ok(Some(fieldset)) = form.query_selector("fieldset") {
        if let Some(described) = fieldset.get_attribute("aria-describedby") {
            let kept: Vec<&str> = described
                .split_whitespace()
                .filter(|part| *part != id)
                .collect();
            if kept.is_empty() {
                let _ = fieldset.remove_attribute("aria-describedby");
            } else {
                let _ = fieldset.set_attribute("aria-describedby", &kept.join(" "));
            }
        }
    }
}

/// Shows only the problems that match what is typed in the box over the list ("Something else"
/// always among them), and how many.
fn narrow_the_list() {
    let Some(main) = main_element() else {
        return;
    };
    let typed = input_value(screens::CHOICE_FILTER);
    let matched: Vec<String> = find_problems(rules(), &typed, None)
        .into_iter()
        .map(|problem| problem.id.clone())
        .collect();
    let (mut shown, mut total) = (0, 0);
    for item in within::<HtmlElement>(&main, ".nhsuk-radios__item") {
        let id = item
            .query_selector("input")
            .ok()
            .flatten()
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        let matches = matched.contains(&id);
        item.set_hidden(!matches);
        shown += usize::from(matches);
        total += 1;
    }
    if let Some(count) = element(screens::CHOICE_FILTER_COUNT) {
        count.set_text_content(Some(&screens::showing(shown, total)));
    }
}

fn input_value(id: &str) -> String {
    element(id)
        .and_then(|field| field.dyn_into::<HtmlInputElement>().ok())
        .map(|field| field.value())
        .unwrap_or_default()
}

/// Lists the problems matching care navigation's reason as typed, `picked` chosen if it is
/// among them, and says how many; the error goes. Typing clears the choice, as the list it was
/// made from has changed.
fn show_reasons(picked: Option<String>) {
    let typed = input_value(REASON_FIELD);
    let rules = rules();
    if let Some(list) = element(screens::REASON_MATCHES) {
        list.set_inner_html(&screens::reason_matches(rules, &typed, picked.as_deref()));
    }
    if let Some(count) = element(screens::REASON_COUNT) {
        count.set_text_content(Some(&screens::reason_count(rules, &typed)));
    }
    if let Some(input) = element(REASON_FIELD) {
        field_error::show(&input, screens::REASON_HINT, screens::REASON_ERROR, None);
    }
}

fn picked_reason() -> Option<String> {
    let form = element(REASON_FORM)?;
    checked_values(&form, "input[name=\"reason-problem\"]:checked").pop()
}

/// Continue with the chosen problem, or the best match if it is a confident one: a weak match is
/// never taken without the receptionist choosing it.
fn reason_sent(form: &Element) {
    let typed = input_value(REASON_FIELD);
    let problem = checked_values(form, "input[name=\"reason-problem\"]:checked")
        .pop()
        .or_else(|| confident_match(rules(), &typed, None).map(|problem| problem.id.clone()));
    let Some(problem) = problem else {
        if let Some(input) = element(REASON_FIELD) {
            field_error::show(
                &input,
                screens::REASON_HINT,
                screens::REASON_ERROR,
                Some(screens::REASON_ERROR_TEXT),
            );
        }
        return;
    };
    // Staff read the questions to the patient as written, so "who needs help?" is not asked.
    let preset = Preset {
        problem: Some(problem),
        who: Some(Who::Me),
    };
    // The journey starts with the emergency signs, which need no more rules.
    with_state(|state| {
        state.choosing_reason = false;
        state.history.clear();
        state.progress = Progress::new(preset.clone());
        state.preset = preset;
        show(state);
    });
}

/// A postcode sent under the outcome: the places nearest it first, or why it cannot be used.
fn postcode_sent() {
    let near = document().and_then(|document| district_typed(&document));
    with_state(|state| {
        state.near = near;
        let Ok(Step::Outcome(decision)) = state.progress.step(rules()) else {
            return;
        };
        if let Some(order) = element(outcome::PLACES_ORDER) {
            order.set_text_content(Some(&outcome::places_order(near)));
        }
        if let Some(places) = element(outcome::PLACES) {
            places.set_inner_html(&outcome::places(decision.outcome, near, now()));
        }
    });
}

/// Focuses the first element matching `selector`.
fn focus(selector: &str) {
    let found = document()
        .and_then(|document| document.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    if let Some(found) = found {
        let _ = found.focus();
    }
}
