//! The signposting journey as views: the engine in navigator-core decides every step (the
//! emergency signs, who needs help, age, the problem, sex when a rule needs it, the problem's
//! questions worded for whom they are about); these components only show it. Each answer is kept
//! only in this component's memory: nothing is stored or sent, and starting again forgets it.

mod choose_one;
mod outcome;
mod red_flags;

use crate::components::focus::focus_main_heading;
use crate::components::page::NoConnection;
use crate::content::{have_whole_rules, load_rules, rules};
use choose_one::{ChooseOne, Offer};
use leptos::prelude::*;
use leptos_meta::Title;
use navigator_core::signpost::{Journey as Progress, Preset, Step, Topic};
use outcome::Outcome;
use red_flags::{red_flag_groups, RedFlagScreen};

const TITLE: &str = "Find the right service";

/// Who the journey is for, and how it is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A resident or carer, one question at a time.
    Public,
    /// A receptionist with a patient: the same rules, with a script to read out.
    Staff,
}

#[component]
pub fn Journey(
    mode: Mode,
    preset: Preset,
    /// What "start again" does, if not going back to the first question.
    #[prop(optional)]
    restart: Option<Callback<()>>,
) -> impl IntoView {
    let start = Progress::new(preset);
    let progress = RwSignal::new(start.clone());
    // Earlier progress, for going back one step.
    let history = RwSignal::new(Vec::<Progress>::new());
    // Each step is drawn as new elements (keyed by this count), never by rewriting the last
    // step's. With the heading reused, Orca read out the previous question, and said nothing at
    // all when the outcome's heading took focus.
    let steps_shown = RwSignal::new(0_usize);
    // The page starts with the rules' opening; a problem's questions need the whole rule set,
    // usually downloaded by then. If not, the step waits for it, and the answers stay on screen.
    let waiting = RwSignal::new(None::<Waiting>);
    let show = move |next: Progress| {
        waiting.set(None);
        progress.set(next);
        steps_shown.update(|count| *count += 1);
        focus_main_heading();
    };

    let go_on = move |next: Progress| {
        history.update(|history| history.push(progress.get_untracked()));
        show(next);
    };
    let advance = Callback::new(move |next: Progress| {
        if have_whole_rules() || !next.needs_problem_rules(rules()) {
            return go_on(next);
        }
        if matches!(waiting.get_untracked(), Some(Waiting::Loading)) {
            return;
        }
        waiting.set(Some(Waiting::Loading));
        let asked_at = steps_shown.get_untracked();
        leptos::task::spawn_local(async move {
            let read = load_rules().await;
            // Gone back or started again while it loaded: that step has gone.
            if steps_shown.get_untracked() != asked_at {
                return;
            }
            match read {
                Ok(_) => go_on(next),
                Err(_) => waiting.set(Some(Waiting::Failed(next))),
            }
        });
    });
    let back = move |_| {
        if let Some(previous) = history.try_update(Vec::pop).flatten() {
            show(previous);
        }
    };
    let start_again = restart.unwrap_or_else(|| {
        Callback::new(move |()| {
            history.set(Vec::new());
            show(start.clone());
        })
    });
    let step = move || {
        let current = progress.get();
        let back_link = (!history.read().is_empty()).then(|| {
            view! {
                <div class="nhsuk-back-link kmcn-print-hide">
                    <button type="button" class="nhsuk-back-link kmcn-link-button" on:click=back>"Back"</button>
                </div>
            }
        });
        let someone_else = current.answers.who == Some(navigator_core::signpost::Who::SomeoneElse);
        let step = match current.step(rules()) {
            Ok(step) => step,
            Err(_) => return view! { <Broken start_again=start_again /> }.into_any(),
        };
        let body = match step {
            Step::AskRedFlags(flags) => {
                let groups = red_flag_groups(&flags);
                let on_choose = Callback::new(move |flags: Vec<String>| {
                    advance.run(current.with_red_flags(flags))
                });
                view! { <RedFlagScreen groups=groups on_choose=on_choose mode=mode /> }.into_any()
            }
            Step::Ask { topic, prompt } => {
                let filter = topic == Topic::Problem;
                let options = prompt
                    .options
                    .iter()
                    .map(|option| Offer::new(&option.id, &option.label, option.hint.as_deref()))
                    .collect();
                // Staff read the questions aloud to the patient; this one they answer themselves.
                let text = match (mode, &topic) {
                    (Mode::Staff, Topic::Age) => "How old is the patient?".to_string(),
                    _ => prompt.text,
                };
                let topic = topic_key(&topic);
                let on_choose = Callback::new(move |choice: String| {
                    let rules = rules();
                    if let Ok(Step::Ask { topic: asked, .. }) = current.step(rules) {
                        if topic_key(&asked) == topic {
                            advance.run(current.answered(rules, &asked, &choice));
                        }
                    }
                });
                view! {
                    <ChooseOne question=text hint=prompt.hint options=options on_choose=on_choose filter=filter />
                }
                .into_any()
            }
            Step::Outcome(decision) => {
                view! { <Outcome decision=decision start_again=start_again mode=mode someone_else=someone_else /> }.into_any()
            }
        };
        view! { {back_link} {body} }.into_any()
    };
    let waiting_note = move || {
        waiting.get().map(|state| match state {
            Waiting::Loading => view! {
                <p class="kmcn-loading" role="status">"Loading the next question\u{2026}"</p>
            }
            .into_any(),
            Waiting::Failed(next) => {
                let try_again = Callback::new(move |()| advance.run(next.clone()));
                view! {
                    <NoConnection try_again=try_again what="The next question could not be loaded. Your answers are kept. " />
                }
                .into_any()
            }
        })
    };
    view! {
        // Drawn once per step, untracked: the next step is a new item, never this one redrawn.
        <For each=move || [steps_shown.get()] key=|count| *count children=move |_| untrack(step) />
        {waiting_note}
    }
}

/// A step waiting for the whole rule set.
#[derive(Clone)]
enum Waiting {
    Loading,
    /// It could not be fetched; trying again goes on to this step.
    Failed(Progress),
}

/// Identifies what was asked, so an answer is recorded only for the question it was given to.
fn topic_key(topic: &Topic) -> String {
    match topic {
        Topic::Question { question, .. } => question.id.clone(),
        other => format!("{other:?}"),
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
