//! "Find the right service": the signposting journey. Each answer is kept only in this
//! component's memory: nothing is stored or sent, and starting again forgets everything.

use crate::components::focus::focus_main_heading;
use crate::components::postcode::{nearest_to, NearestFirst};
use crate::components::service::{numbers, ServiceDetails};
use crate::content::{directory, now, rules, service};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use navigator_core::directory::{District, Service, ServiceKind, Status};
use navigator_core::routes;
use navigator_core::signpost::{
    next_step, patient_text, script, Answers, CareLevel, Decision, Outcome, Reason, RedFlag,
    RedFlagGroup, Step,
};
use navigator_core::site::service::open_now_tag;

/// One option of a question.
#[derive(Clone)]
struct Offer {
    id: String,
    label: String,
    hint: Option<String>,
    /// Lower-case words the list can be filtered by; empty where the list has no filter.
    keywords: String,
}

impl Offer {
    fn new(id: &str, label: &str, hint: Option<&str>) -> Offer {
        Offer {
            id: id.to_string(),
            label: label.to_string(),
            hint: hint.map(str::to_string),
            keywords: String::new(),
        }
    }
}

const TITLE: &str = "Find the right service";

/// Who the journey is for, and how it is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A resident or carer, one question at a time.
    Public,
    /// A receptionist with a patient: the same rules, with a script to read out.
    Staff,
}

/// Answers given before the journey starts, from the address or the staff search.
#[derive(Clone)]
pub struct Preset {
    /// A problem id to choose for the person, if it is offered at their age.
    pub problem: Option<String>,
    pub for_someone_else: Option<bool>,
}

/// The answers so far, and whether they are about someone else.
#[derive(Clone)]
struct Progress {
    answers: Answers,
    for_someone_else: Option<bool>,
}

#[component]
pub fn WhereToGo() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let preset = Preset {
        problem: query.get("problem"),
        for_someone_else: match query.get("for").as_deref() {
            Some("me") => Some(false),
            Some("someone-else") => Some(true),
            _ => None,
        },
    };
    view! { <Journey mode=Mode::Public preset=preset /> }
}

#[component]
pub fn Journey(
    mode: Mode,
    preset: Preset,
    /// What "start again" does, if not going back to the first question.
    #[prop(optional)]
    restart: Option<Callback<()>>,
) -> impl IntoView {
    let start = Progress {
        answers: Answers::default(),
        for_someone_else: preset.for_someone_else,
    };
    let progress = RwSignal::new(start.clone());
    // Earlier progress, for going back one step.
    let history = RwSignal::new(Vec::<Progress>::new());

    let advance = Callback::new(move |next: Progress| {
        history.update(|history| history.push(progress.get_untracked()));
        progress.set(next);
        focus_main_heading();
    });
    let back = move |_| {
        if let Some(previous) = history.try_update(Vec::pop).flatten() {
            progress.set(previous);
            focus_main_heading();
        }
    };
    let start_again = restart.unwrap_or_else(|| {
        Callback::new(move |()| {
            history.set(Vec::new());
            progress.set(start.clone());
            focus_main_heading();
        })
    });

    move || {
        let Progress {
            answers,
            for_someone_else,
        } = progress.get();
        let back_link = (!history.read().is_empty()).then(|| {
            view! {
                <div class="nhsuk-back-link kmcn-print-hide">
                    <button type="button" class="nhsuk-back-link kmcn-link-button" on:click=back>"Back"</button>
                </div>
            }
        });
        let mut current = answers;
        let mut step = match next_step(rules(), &current) {
            Ok(step) => step,
            Err(_) => return view! { <Broken start_again=start_again /> }.into_any(),
        };
        // A problem chosen before the journey is used as soon as it is asked for, if it is
        // offered at the person's age.
        if let (Step::AskProblem(problems), Some(wanted)) = (&step, &preset.problem) {
            if problems.iter().any(|problem| &problem.id == wanted) {
                current.problem = Some(wanted.clone());
                step = match next_step(rules(), &current) {
                    Ok(step) => step,
                    Err(_) => return view! { <Broken start_again=start_again /> }.into_any(),
                };
            }
        }
        let on = move |answers: Answers| Progress {
            answers,
            for_someone_else,
        };
        // After the emergency signs, ask who it is for, so the questions can be worded to fit.
        // An emergency sign leads straight to its outcome, so this is asked only when age is next.
        if matches!(step, Step::AskAge(_)) && for_someone_else.is_none() {
            let options = vec![
                Offer::new("me", "Me", None),
                Offer::new(
                    "someone-else",
                    "Someone I care for or am helping",
                    Some("A child, a relative, a friend or someone you look after."),
                ),
            ];
            let answers = current.clone();
            let on_choose = Callback::new(move |choice: String| {
                advance.run(Progress {
                    answers: answers.clone(),
                    for_someone_else: Some(choice == "someone-else"),
                })
            });
            return view! {
                {back_link}
                <ChooseOne question="Who needs help?".to_string() hint=None options=options on_choose=on_choose />
            }.into_any();
        }
        let someone_else = for_someone_else == Some(true);
        let body = match step {
            Step::AskAge(bands) => {
                let options = bands
                    .iter()
                    .map(|band| Offer::new(&band.id, &band.label, None))
                    .collect();
                let on_choose = Callback::new(move |age: String| {
                    advance.run(on(Answers {
                        age: Some(age),
                        ..current.clone()
                    }))
                });
                let question = match (mode, someone_else) {
                    (Mode::Staff, _) => "How old is the patient?",
                    (Mode::Public, true) => "How old is the person you are helping?",
                    (Mode::Public, false) => "How old are you?",
                };
                view! {
                    <ChooseOne
                        question=question.to_string()
                        hint=None
                        options=options
                        on_choose=on_choose
                    />
                }.into_any()
            }
            Step::AskRedFlags(flags) => {
                let groups = red_flag_groups(&flags);
                let on_choose = Callback::new(move |flags: Vec<String>| {
                    advance.run(on(Answers {
                        red_flags: Some(flags),
                        ..current.clone()
                    }))
                });
                view! { <RedFlagScreen groups=groups on_choose=on_choose mode=mode /> }.into_any()
            }
            Step::AskProblem(problems) => {
                let options = problems
                    .iter()
                    .map(|problem| Offer {
                        // "Something else" stays in the list whatever is typed.
                        keywords: if problem.catch_all {
                            String::new()
                        } else {
                            format!(
                                "{} {} {}",
                                problem.title,
                                problem.synonyms.join(" "),
                                problem.summary
                            )
                            .to_lowercase()
                        },
                        ..Offer::new(&problem.id, &problem.title, Some(&problem.summary))
                    })
                    .collect();
                let on_choose = Callback::new(move |problem: String| {
                    advance.run(on(Answers {
                        problem: Some(problem),
                        ..current.clone()
                    }))
                });
                view! {
                    <ChooseOne
                        question=if someone_else { "What is their main problem?" } else { "What is the main problem?" }.to_string()
                        hint=Some("Choose the one that worries you most.".to_string())
                        options=options
                        on_choose=on_choose
                        filter=true
                    />
                }
                .into_any()
            }
            Step::AskQuestion { question, .. } => {
                let options = question
                    .offered_choices()
                    .iter()
                    .map(|choice| Offer::new(&choice.id, &choice.label, None))
                    .collect();
                let question_id = question.id.clone();
                let on_choose = Callback::new(move |choice: String| {
                    let mut next = current.clone();
                    next.responses.insert(question_id.clone(), choice);
                    advance.run(on(next));
                });
                let hint = match (&question.hint, someone_else) {
                    (Some(hint), true) => Some(format!("{hint} Answer for the person you are helping.")),
                    (None, true) => Some("Answer for the person you are helping.".to_string()),
                    (hint, false) => hint.clone(),
                };
                view! {
                    <ChooseOne question=question.text.clone() hint=hint options=options on_choose=on_choose />
                }.into_any()
            }
            Step::Outcome(decision) => {
                view! { <Outcome decision=decision start_again=start_again mode=mode someone_else=someone_else /> }.into_any()
            }
        };
        view! { {back_link} {body} }.into_any()
    }
}

const CHOOSE_ONE_ERROR: &str = "Select an answer";
const RED_FLAG_ERROR: &str = "Tick the signs that apply, or \u{201c}None of these\u{201d}";

/// The message beside the question when Continue is pressed with nothing chosen.
fn error_message(id: &'static str, message: &'static str) -> impl IntoView {
    view! {
        <span class="nhsuk-error-message" id=id>
            <span class="nhsuk-u-visually-hidden">"Error: "</span>
            {message}
        </span>
    }
}

/// The error summary shown when Continue is pressed with nothing chosen.
fn error_summary(message: &'static str, target: String) -> impl IntoView {
    view! {
        <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1">
            <h2 class="nhsuk-error-summary__title" id="error-summary-title">"There is a problem"</h2>
            <div class="nhsuk-error-summary__body">
                <ul class="nhsuk-list nhsuk-error-summary__list">
                    <li><a href=target>{message}</a></li>
                </ul>
            </div>
        </div>
    }
}

#[component]
fn ChooseOne(
    question: String,
    hint: Option<String>,
    options: Vec<Offer>,
    on_choose: Callback<String>,
    /// Show a box that narrows a long list as the person types.
    #[prop(optional)]
    filter: bool,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<String>);
    let show_error = RwSignal::new(false);
    let search = RwSignal::new(String::new());
    // An offer without keywords (such as "Something else") is always shown.
    let shown = move |keywords: &str| {
        keywords.is_empty()
            || search
                .read()
                .to_lowercase()
                .split_whitespace()
                .all(|word| keywords.contains(word))
    };
    let all_keywords: Vec<String> = options
        .iter()
        .map(|option| option.keywords.clone())
        .collect();
    let matching = move || {
        all_keywords
            .iter()
            .filter(|keywords| shown(keywords))
            .count()
    };
    let total = options.len();
    let first_input = format!(
        "#choice-{}",
        options
            .first()
            .map(|option| option.id.as_str())
            .unwrap_or_default()
    );
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match chosen.get_untracked() {
            Some(choice) => on_choose.run(choice),
            None => show_error.set(true),
        }
    };
    let has_hint = hint.is_some();
    let described_by = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push("question-hint");
        }
        if show_error.get() {
            ids.push("question-error");
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <Title text=TITLE />
        <form novalidate on:submit=on_submit>
            {move || show_error.get().then(|| error_summary(CHOOSE_ONE_ERROR, first_input.clone()))}
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=move || show_error.get()>
                <fieldset class="nhsuk-fieldset" aria-describedby=described_by>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
                        <h1 class="nhsuk-fieldset__heading" tabindex="-1">{question}</h1>
                    </legend>
                    {hint.map(|hint| view! { <div class="nhsuk-hint" id="question-hint">{hint}</div> })}
                    {filter.then(|| view! {
                        <div class="kmcn-filter">
                            <label class="nhsuk-label" for="choice-filter">"Search the list"</label>
                            <div class="nhsuk-hint" id="choice-filter-hint">"Type a word to narrow the list, for example rash, tooth or pregnant."</div>
                            <input class="nhsuk-input" id="choice-filter" type="search" autocomplete="off" spellcheck="false"
                                aria-describedby="choice-filter-hint choice-filter-count"
                                prop:value=move || search.get()
                                on:input=move |event| search.set(event_target_value(&event))
                                on:keydown=|event: leptos::ev::KeyboardEvent| if event.key() == "Enter" { event.prevent_default() } />
                            <p class="nhsuk-body-s" id="choice-filter-count" role="status">
                                {move || format!("Showing {} of {total}", matching())}
                            </p>
                        </div>
                    })}
                    {move || show_error.get().then(|| error_message("question-error", CHOOSE_ONE_ERROR))}
                    <div class="nhsuk-radios">
                        {options.into_iter().map(|option| {
                            let id = format!("choice-{}", option.id);
                            let hint_id = format!("{id}-hint");
                            let value = option.id.clone();
                            let is_chosen = {
                                let value = value.clone();
                                move || chosen.read().as_ref() == Some(&value)
                            };
                            // Controlled, because Leptos reuses these inputs when the next question has the
                            // same shape, and a choice must not carry over to it.
                            let keywords = option.keywords.clone();
                            view! {
                                <div class="nhsuk-radios__item" hidden=move || !shown(&keywords)>
                                    <input class="nhsuk-radios__input" id=id.clone() name="choice" type="radio" value=option.id.clone()
                                        aria-describedby=option.hint.is_some().then(|| hint_id.clone())
                                        prop:checked=is_chosen
                                        on:change=move |_| { chosen.set(Some(value.clone())); show_error.set(false); } />
                                    <label class="nhsuk-label nhsuk-radios__label" for=id>{option.label}</label>
                                    {option.hint.map(|hint| view! { <div class="nhsuk-hint nhsuk-radios__hint" id=hint_id>{hint}</div> })}
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            <button class="nhsuk-button" type="submit">"Continue"</button>
        </form>
    }
}

/// The red flags in their groups, in the order the screen lists them.
fn red_flag_groups(flags: &[&RedFlag]) -> Vec<(&'static str, Vec<Offer>)> {
    [RedFlagGroup::Anyone, RedFlagGroup::BabiesAndChildren]
        .into_iter()
        .map(|group| {
            let offers = flags
                .iter()
                .filter(|flag| flag.group == group)
                .map(|flag| Offer::new(&flag.id, &flag.text, flag.hint.as_deref()))
                .collect();
            (group.heading(), offers)
        })
        .filter(|(_, offers): &(_, Vec<Offer>)| !offers.is_empty())
        .collect()
}

/// The red-flag screen: tick every sign that applies, or "None of these", which excludes the rest.
#[component]
fn RedFlagScreen(
    groups: Vec<(&'static str, Vec<Offer>)>,
    on_choose: Callback<Vec<String>>,
    mode: Mode,
) -> impl IntoView {
    let hint = match mode {
        Mode::Public => "Tick all that apply. These are signs of an emergency, so we ask about them first.",
        Mode::Staff => "Read the list to the patient and tick all that apply. If any applies, they need help now.",
    };
    let ticked = RwSignal::new(Vec::<String>::new());
    let none = RwSignal::new(false);
    let show_error = RwSignal::new(false);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let flags = ticked.get_untracked();
        if flags.is_empty() && !none.get_untracked() {
            show_error.set(true);
        } else {
            on_choose.run(flags);
        }
    };
    view! {
        <Title text=TITLE />
        <form novalidate on:submit=on_submit>
            {move || show_error.get().then(|| error_summary(RED_FLAG_ERROR, "#flag-none".to_string()))}
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=move || show_error.get()>
                <fieldset class="nhsuk-fieldset" aria-describedby=move || if show_error.get() { "flags-hint flags-error" } else { "flags-hint" }>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
                        <h1 class="nhsuk-fieldset__heading" tabindex="-1">"Is any of these happening now?"</h1>
                    </legend>
                    <div class="nhsuk-hint" id="flags-hint">{hint}</div>
                    {move || show_error.get().then(|| error_message("flags-error", RED_FLAG_ERROR))}
                    <div class="nhsuk-checkboxes">
                        {groups.into_iter().map(|(heading, options)| view! {
                        <h2 class="nhsuk-heading-s kmcn-flag-group">{heading}</h2>
                        {options.into_iter().map(|option| {
                            let id = format!("flag-{}", option.id);
                            let hint_id = format!("{id}-hint");
                            let flag = option.id.clone();
                            let is_ticked = {
                                let flag = flag.clone();
                                move || ticked.read().contains(&flag)
                            };
                            view! {
                                <div class="nhsuk-checkboxes__item">
                                    <input class="nhsuk-checkboxes__input" id=id.clone() name="flags" type="checkbox" value=option.id.clone()
                                        aria-describedby=option.hint.is_some().then(|| hint_id.clone())
                                        prop:checked=is_ticked
                                        on:change=move |event| {
                                            let checked = event_target_checked(&event);
                                            ticked.update(|ticked| {
                                                ticked.retain(|id| id != &flag);
                                                if checked { ticked.push(flag.clone()); }
                                            });
                                            if checked { none.set(false); }
                                            show_error.set(false);
                                        } />
                                    <label class="nhsuk-label nhsuk-checkboxes__label" for=id>{option.label}</label>
                                    {option.hint.map(|hint| view! { <div class="nhsuk-hint nhsuk-checkboxes__hint" id=hint_id>{hint}</div> })}
                                </div>
                            }
                        }).collect_view()}
                        }).collect_view()}
                        <div class="nhsuk-checkboxes__divider">"or"</div>
                        <div class="nhsuk-checkboxes__item">
                            <input class="nhsuk-checkboxes__input" id="flag-none" name="flags" type="checkbox" value="none"
                                prop:checked=move || none.get()
                                on:change=move |event| {
                                    let checked = event_target_checked(&event);
                                    none.set(checked);
                                    if checked { ticked.set(Vec::new()); }
                                    show_error.set(false);
                                } />
                            <label class="nhsuk-label nhsuk-checkboxes__label" for="flag-none">"None of these"</label>
                        </div>
                    </div>
                </fieldset>
            </div>
            <button class="nhsuk-button" type="submit">"Continue"</button>
        </form>
    }
}

fn care_modifier(level: CareLevel) -> (&'static str, &'static str) {
    match level {
        CareLevel::Emergency => ("emergency", "Immediate action required"),
        CareLevel::Urgent => ("urgent", "Urgent advice"),
        CareLevel::NonUrgent => ("non-urgent", "Non-urgent advice"),
    }
}

#[component]
fn Outcome(
    decision: Decision<'static>,
    start_again: Callback<()>,
    mode: Mode,
    someone_else: bool,
) -> impl IntoView {
    let outcome = decision.outcome;
    let (modifier, hidden_prefix) = care_modifier(outcome.urgency.care_level());
    let took_safer_answer = decision.took_safer_answer();
    let services: Vec<_> = outcome
        .services
        .iter()
        .filter_map(|id| service(id))
        .collect();
    view! {
        <Title text=outcome.title.clone() />
        <div class=format!("nhsuk-card nhsuk-card--care nhsuk-card--care--{modifier} kmcn-print-hide") id="outcome">
            <div class="nhsuk-card__heading-container">
                <h1 class="nhsuk-card__heading" tabindex="-1">
                    <span class="nhsuk-u-visually-hidden">{hidden_prefix} ": "</span>
                    {outcome.title.clone()}
                </h1>
                <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
            </div>
            <div class="nhsuk-card__content">
                <p><strong>"How soon: "</strong>{outcome.how_soon.clone()}</p>
                {outcome.advice.iter().map(|paragraph| view! { <p>{paragraph.clone()}</p> }).collect_view()}
            </div>
        </div>

        {(mode == Mode::Staff).then(|| view! {
            <div class="nhsuk-inset-text kmcn-print-hide kmcn-script">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <h2 class="nhsuk-heading-s">"What to say"</h2>
                <p>{script(outcome)}</p>
            </div>
        })}
        {someone_else.then(|| view! {
            <div class="nhsuk-inset-text kmcn-print-hide">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>"If you are helping someone, share this with them, or help them contact the service. You can print it or copy it below."</p>
            </div>
        })}

        <div class="kmcn-print-hide">
            <h2>"Why we said this"</h2>
            {took_safer_answer.then(|| view! {
                <div class="nhsuk-inset-text">
                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                    <p>"You were not sure about one of the answers, so we chose the safer option."</p>
                </div>
            })}
            {if decision.because.is_empty() {
                view! { <p>"None of your answers pointed to a more urgent service."</p> }.into_any()
            } else {
                view! { <p>"Because of these answers:"</p> <Reasons reasons=decision.because.clone() /> }.into_any()
            }}
            {(!decision.ruled_out.is_empty()).then(|| view! {
                <details class="nhsuk-details">
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">"What else we checked"</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <Reasons reasons=decision.ruled_out.clone() />
                    </div>
                </details>
            })}
            <p class="nhsuk-body-s">
                "Based on " <a href=decision.source.url.clone()>{decision.source.title.clone()}</a>
                " (rule " <code>{decision.decided_by}</code> "). This advice was last reviewed on "
                {decision.review.last_reviewed.long()} " and is next due for review on "
                {decision.review.next_review.long()} "."
            </p>

            {(!outcome.local.is_empty()).then(|| view! {
                <LocalPlaces kinds=outcome.local.clone() if_none_open=outcome.if_none_open.clone() />
            })}

            <h2>"If it gets worse"</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {outcome.if_worse.iter().map(|paragraph| view! { <li>{paragraph.clone()}</li> }).collect_view()}
            </ul>

            {outcome.guidance.as_deref().and_then(|slug| Some((routes::guidance_page(slug), crate::content::guide_title(slug)?))).map(|(href, title)| view! {
                <a class="nhsuk-action-link" href=href>
                    <svg class="nhsuk-icon nhsuk-icon--arrow-right-circle" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
                        <path d="M12 2a10 10 0 0 0-10 9h11.7l-4-4a1 1 0 0 1 1.5-1.4l5.6 5.7a1 1 0 0 1 0 1.4l-5.6 5.7a1 1 0 0 1-1.5 0 1 1 0 0 1 0-1.4l4-4H2A10 10 0 1 0 12 2z"></path>
                    </svg>
                    <span class="nhsuk-action-link__text">"Read our guide: " {title}</span>
                </a>
            })}

            {(!services.is_empty()).then(|| view! {
                <h2>"Where to get help"</h2>
                {services.iter().map(|service| view! { <ServiceDetails service=service /> }).collect_view()}
            })}
        </div>

        <PatientSummary outcome=outcome services=services />

        <button class="nhsuk-button nhsuk-button--secondary kmcn-print-hide" type="button" on:click=move |_| start_again.run(())>
            {if mode == Mode::Staff { "Start with a new patient" } else { "Start again" }}
        </button>
    }
}

/// What to take away: printable on its own, and as a text short enough for one message. It
/// holds nothing about the person.
#[component]
fn PatientSummary(outcome: &'static Outcome, services: Vec<&'static Service>) -> impl IntoView {
    let text = patient_text(outcome, &services);
    let copied = RwSignal::new(String::new());
    let copy = {
        let text = text.clone();
        move |_| {
            // Browsers offer the clipboard only to secure (https or local) pages.
            let clipboard = web_sys::window()
                .map(|window| window.navigator().clipboard())
                .filter(|clipboard| !clipboard.is_undefined());
            let written = clipboard.map(|clipboard| clipboard.write_text(&text));
            leptos::task::spawn_local(async move {
                let done = match written {
                    Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                    None => false,
                };
                copied.set(if done {
                    "Copied. You can paste it into a text message or email.".to_string()
                } else {
                    "Could not copy. Select the text above and copy it.".to_string()
                });
            });
        }
    };
    view! {
        <section class="kmcn-patient-summary" aria-labelledby="summary-heading">
            <p class="kmcn-print-only"><strong>"Kent & Medway Care Navigator"</strong></p>
            <h2 id="summary-heading">"Summary to keep"</h2>
            <p><strong>{outcome.title.clone()}</strong></p>
            <p>"How soon: " {outcome.how_soon.clone()}</p>
            {(!services.is_empty()).then(|| view! {
                <h3 class="nhsuk-heading-s">"How to contact"</h3>
                <ul class="nhsuk-list">
                    {services.iter().map(|service| view! {
                        <li>
                            <strong>{service.name.clone()}</strong> " " {numbers(service, "")}
                            {service.website_label().map(|web| view! { " " <span class="kmcn-url">{web}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            <h3 class="nhsuk-heading-s">"If it gets worse"</h3>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {outcome.if_worse.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}
            </ul>
            <p class="nhsuk-body-s">{format!("Given on {}. This summary holds no personal details.", now().date.long())}</p>
            <div class="kmcn-print-hide">
                <div class="kmcn-button-row">
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=|_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    }>"Print this summary"</button>
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=copy>"Copy as a text message"</button>
                </div>
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="summary-text">"Text message (fits in one message)"</label>
                    <textarea class="nhsuk-textarea" id="summary-text" rows="3" readonly>{text}</textarea>
                </div>
                <p role="status" class="nhsuk-body-s">{move || copied.get()}</p>
            </div>
        </section>
    }
}

/// The local places for an outcome: open ones first, and the nearest first once a postcode is
/// given. The postcode is used only here and never stored.
#[component]
fn LocalPlaces(kinds: Vec<ServiceKind>, if_none_open: Option<String>) -> impl IntoView {
    let near = RwSignal::new(None::<&'static District>);
    let now = now();
    view! {
        <h2>"Places you can go"</h2>
        <NearestFirst near=near />
        {move || {
            let places = directory().places(&kinds, near.get(), now);
            let any_open = places.iter().any(|place| place.status.is_some_and(Status::is_open));
            let order = match near.get() {
                Some(district) => format!("Open places first, then {}", nearest_to(district)),
                None => "Open places first.".to_string(),
            };
            view! {
                <p class="nhsuk-body-s" role="status">{order}</p>
                {(!any_open).then(|| if_none_open.clone().map(|text| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <p>{text}</p>
                    </div>
                }))}
                <ul class="nhsuk-list kmcn-places">
                    {places.into_iter().map(|place| {
                        let service = place.service;
                        view! {
                            <li class="kmcn-place">
                                <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-2">{service.name.clone()}</h3>
                                {place.status.map(|status| view! { <p class="kmcn-open-now" inner_html=open_now_tag(status, now.date)></p> })}
                                <p class="nhsuk-body-s">
                                    {service.address.clone()}
                                    {place.distance_km.map(|km| format!(" (about {} km away)", km.round().max(1.0)))}
                                    <br />
                                    {service.hours.as_ref().map(|hours| hours.describe())}
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="nhsuk-body-s">
                    "Details checked against the local NHS list on "
                    {directory().services.iter().filter(|service| kinds.contains(&service.kind)).map(|service| service.last_verified).min().map(|date| date.long())}
                    ". Check before you travel: opening times can change."
                </p>
            }
        }}
    }
}

#[component]
fn Reasons(reasons: Vec<Reason>) -> impl IntoView {
    view! {
        <dl class="nhsuk-summary-list">
            {reasons.into_iter().map(|reason| view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{reason.question}</dt>
                    <dd class="nhsuk-summary-list__value">{reason.answer}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

/// Shown only if the rule set and the answers disagree, which the build's checks should prevent.
#[component]
fn Broken(start_again: Callback<()>) -> impl IntoView {
    view! {
        <Title text=TITLE />
        <h1 tabindex="-1">"Sorry, something went wrong"</h1>
        <p>"We could not work out the next question. If you need help now, call 111. In an emergency, call 999."</p>
        <button class="nhsuk-button" type="button" on:click=move |_| start_again.run(())>"Start again"</button>
    }
}
