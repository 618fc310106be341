//! The questions' forms as HTML: the emergency signs, one question with one answer, and care
//! navigation's reason for contact. Written into the page at build time (the first screens) and
//! by the part as the journey goes on; the part reads the answers from the forms themselves.

use super::Mode;
use navigator_core::html::escape;
use navigator_core::routes;
use navigator_core::signpost::{
    find_problems, Offer, Prompt, RedFlag, RedFlagGroup, RuleSet, NONE_OF_THESE, RED_FLAG_HINT,
    RED_FLAG_QUESTION,
};
use navigator_core::site::{REASON_FORM, RED_FLAG_FORM};

/// The form of one question with one answer.
pub const QUESTION_FORM: &str = "question";
/// The box that narrows the list of problems, and the count it keeps.
pub const CHOICE_FILTER: &str = "choice-filter";
pub const CHOICE_FILTER_COUNT: &str = "choice-filter-count";
/// Care navigation's box for the reason, its hint, error and count, and its list of matches.
pub const REASON_FIELD: &str = "reason";
pub const REASON_HINT: &str = "reason-hint reason-count";
pub const REASON_ERROR: &str = "reason-error";
pub const REASON_COUNT: &str = "reason-count";
pub const REASON_MATCHES: &str = "reason-matches";
/// How many matching problems care navigation lists.
const REASONS_LISTED: usize = 12;

pub const RED_FLAG_ERROR: &str = "Tick the signs that apply, or \u{201c}None of these\u{201d}";
pub const CHOOSE_ONE_ERROR: &str = "Select an answer";
pub const REASON_ERROR_TEXT: &str = "Choose the reason from the list of matches";

/// The red-flag screen: tick every sign that applies, or "None of these", which excludes the
/// rest. The boxes have no name, so a form sent without the app carries no answer.
pub fn red_flags(flags: &[&RedFlag], mode: Mode) -> String {
    let hint = match mode {
        Mode::Public => RED_FLAG_HINT,
        Mode::Staff => "Read the list to the patient and tick all that apply. If any applies, they need help now.",
    };
    let groups: String = RedFlagGroup::grouped(flags)
        .into_iter()
        .map(|(group, signs)| {
            let boxes: String = signs
                .into_iter()
                .map(|flag| {
                    option(
                        &CHECKBOX,
                        &format!("flag-{}", flag.id),
                        &Offer {
                            id: flag.id.clone(),
                            label: flag.text.clone(),
                            hint: flag.hint.clone(),
                        },
                        "",
                    )
                })
                .collect();
            format!(
                "<h2 class=\"nhsuk-heading-s kmcn-flag-group\">{}</h2>{boxes}",
                group.heading()
            )
        })
        .collect();
    format!(
        "<form id=\"{RED_FLAG_FORM}\" class=\"kmcn-needs-script\" novalidate>\
         <div class=\"nhsuk-form-group\"><fieldset class=\"nhsuk-fieldset\" aria-describedby=\"flags-hint\">\
         {legend}<div class=\"nhsuk-hint\" id=\"flags-hint\">{hint}</div>\
         <div class=\"nhsuk-checkboxes\">{groups}\
         <div class=\"nhsuk-checkboxes__divider\">or</div>\
         <div class=\"nhsuk-checkboxes__item\">\
         <input class=\"nhsuk-checkboxes__input\" id=\"flag-none\" type=\"checkbox\" value=\"none\" data-checkbox-exclusive=\"\">\
         <label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"flag-none\">{NONE_OF_THESE}</label></div>\
         </div></fieldset></div>{CONTINUE}</form>",
        legend = legend(RED_FLAG_QUESTION),
    )
}

const CONTINUE: &str = "<button class=\"nhsuk-button\" type=\"submit\">Continue</button>";

/// The question as the fieldset's legend and the page's heading.
fn legend(question: &str) -> String {
    format!(
        "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--l\"><h1 class=\"nhsuk-fieldset__heading\" tabindex=\"-1\">{}</h1></legend>",
        escape(question)
    )
}

/// A radio or a checkbox, with the design system's classes for each, written whole: the
/// stylesheet keeps only the classes it finds in the build's files (`publish`).
struct Input {
    kind: &'static str,
    item: &'static str,
    input: &'static str,
    label: &'static str,
    hint: &'static str,
}

const RADIO: Input = Input {
    kind: "radio",
    item: "nhsuk-radios__item",
    input: "nhsuk-radios__input",
    label: "nhsuk-radios__label",
    hint: "nhsuk-radios__hint",
};

const CHECKBOX: Input = Input {
    kind: "checkbox",
    item: "nhsuk-checkboxes__item",
    input: "nhsuk-checkboxes__input",
    label: "nhsuk-checkboxes__label",
    hint: "nhsuk-checkboxes__hint",
};

/// A radio or checkbox with its label and hint, as the NHS.UK frontend marks them up.
fn option(input: &Input, id: &str, offer: &Offer, name: &str) -> String {
    let (described_by, hint) = match &offer.hint {
        Some(hint) => (
            format!(" aria-describedby=\"{id}-hint\""),
            format!(
                "<div class=\"nhsuk-hint {}\" id=\"{id}-hint\">{}</div>",
                input.hint,
                escape(hint)
            ),
        ),
        None => (String::new(), String::new()),
    };
    format!(
        "<div class=\"{item}\"><input class=\"{class}\" id=\"{id}\"{name} type=\"{kind}\" value=\"{}\"{described_by}>\
         <label class=\"nhsuk-label {label}\" for=\"{id}\">{}</label>{hint}</div>",
        escape(&offer.id),
        escape(&offer.label),
        item = input.item,
        class = input.input,
        kind = input.kind,
        label = input.label,
    )
}

/// One question with one answer to choose; `filter` adds a box that narrows a long list.
pub fn choose_one(prompt: &Prompt, filter: bool) -> String {
    let hint = prompt
        .hint
        .as_deref()
        .map(|hint| {
            format!(
                "<div class=\"nhsuk-hint\" id=\"question-hint\">{}</div>",
                escape(hint)
            )
        })
        .unwrap_or_default();
    let described_by = if prompt.hint.is_some() {
        " aria-describedby=\"question-hint\""
    } else {
        ""
    };
    // The count is a live region of its own; in the field's description as well, Orca read it
    // twice.
    let filter = if filter {
        format!(
            "<div class=\"kmcn-filter\"><label class=\"nhsuk-label\" for=\"{CHOICE_FILTER}\">Search the list</label>\
             <div class=\"nhsuk-hint\" id=\"choice-filter-hint\">Type a word to narrow the list, for example rash, tooth or pregnant.</div>\
             <input class=\"nhsuk-input\" id=\"{CHOICE_FILTER}\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"choice-filter-hint\">\
             <p class=\"nhsuk-body-s\" id=\"{CHOICE_FILTER_COUNT}\" role=\"status\">{}</p></div>",
            showing(prompt.options.len(), prompt.options.len())
        )
    } else {
        String::new()
    };
    let options: String = prompt
        .options
        .iter()
        .map(|offer| {
            option(
                &RADIO,
                &format!("choice-{}", offer.id),
                offer,
                " name=\"choice\"",
            )
        })
        .collect();
    format!(
        "<form id=\"{QUESTION_FORM}\" novalidate><div class=\"nhsuk-form-group\">\
         <fieldset class=\"nhsuk-fieldset\"{described_by}>{legend}{hint}{filter}\
         <div class=\"nhsuk-radios\">{options}</div></fieldset></div>{CONTINUE}</form>",
        legend = legend(&prompt.text),
    )
}

/// "Showing 2 of 41", for the box that narrows the list of problems.
pub fn showing(shown: usize, total: usize) -> String {
    format!("Showing {shown} of {total}")
}

/// Care navigation's first screen: type a few letters of the reason; pick the matching problem.
/// Hidden without JavaScript, where the page says what to do instead.
pub fn reason_search(rules: &RuleSet) -> String {
    format!(
        "<div class=\"kmcn-needs-script\">\
         <h1 tabindex=\"-1\">{REASON_SEARCH_TITLE}</h1>\
         <p class=\"nhsuk-lede-text\">For reception and care navigation staff. The same rules as the public site, with a script to read out.</p>\
         <div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span>\
         <p>Nothing you type here is stored, logged or sent anywhere. Leaving or refreshing the page clears it.</p></div>\
         <form id=\"{REASON_FORM}\" novalidate><div class=\"nhsuk-form-group\">\
         <label class=\"nhsuk-label nhsuk-label--m\" for=\"{REASON_FIELD}\">Reason for contact</label>\
         <div class=\"nhsuk-hint\" id=\"reason-hint\">Type a few letters, for example: back, uti, rash child, repeat meds</div>\
         <input class=\"nhsuk-input\" id=\"{REASON_FIELD}\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"{REASON_HINT}\">\
         <p class=\"nhsuk-body-s\" id=\"{REASON_COUNT}\" role=\"status\">{count}</p></div>\
         <fieldset class=\"nhsuk-fieldset\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">Matching problems</legend>\
         <div class=\"nhsuk-radios nhsuk-radios--small\" id=\"{REASON_MATCHES}\">{matches}</div></fieldset>\
         {CONTINUE}</form>\
         <p><a href=\"{quick}\">Quick reference: self-referral routes and local services by area</a></p>\
         <p><a href=\"{cards}\">Easy Read cards: every outcome in Easy Read, to print and give</a></p>\
         <p><a href=\"{guide}\">How to use this site with patients</a></p></div>",
        count = reason_count(rules, ""),
        matches = reason_matches(rules, "", None),
        quick = routes::QUICK_REFERENCE,
        cards = routes::EASY_READ_CARDS,
        guide = routes::guidance_page("for-practice-staff"),
    )
}

pub const REASON_SEARCH_TITLE: &str = "Care navigation";

/// How many problems match what was typed, "Something else" aside.
pub fn reason_count(rules: &RuleSet, typed: &str) -> String {
    let found = find_problems(rules, typed, None)
        .iter()
        .filter(|problem| !problem.catch_all)
        .count();
    match found {
        0 => "No matches. Try other words, or choose \u{201c}Something else\u{201d}.".to_string(),
        1 => "1 match".to_string(),
        n => format!("{n} matches"),
    }
}

/// The problems that match what was typed, best first, to choose from; `picked` stays chosen
/// if it is still among them.
pub fn reason_matches(rules: &RuleSet, typed: &str, picked: Option<&str>) -> String {
    find_problems(rules, typed, None)
        .into_iter()
        .take(REASONS_LISTED)
        .map(|problem| {
            let id = escape(&problem.id);
            let checked = if picked == Some(problem.id.as_str()) {
                " checked"
            } else {
                ""
            };
            format!(
                "<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"reason-{id}\" name=\"reason-problem\" type=\"radio\" value=\"{id}\"{checked}>\
                 <label class=\"nhsuk-label nhsuk-radios__label\" for=\"reason-{id}\">{}</label></div>",
                escape(&problem.title)
            )
        })
        .collect()
}

/// The error summary shown when Continue is pressed with nothing chosen, linking to `target`.
pub fn error_summary(message: &str, target: &str) -> String {
    format!(
        "<div class=\"nhsuk-error-summary\" aria-labelledby=\"error-summary-title\" role=\"alert\" tabindex=\"-1\">\
         <h2 class=\"nhsuk-error-summary__title\" id=\"error-summary-title\">There is a problem</h2>\
         <div class=\"nhsuk-error-summary__body\"><ul class=\"nhsuk-list nhsuk-error-summary__list\">\
         <li><a href=\"{target}\">{}</a></li></ul></div></div>",
        escape(message)
    )
}

/// The message beside the question when Continue is pressed with nothing chosen.
pub fn error_message(id: &str, message: &str) -> String {
    format!(
        "<span class=\"nhsuk-error-message\" id=\"{id}\"><span class=\"nhsuk-u-visually-hidden\">Error: </span>{}</span>",
        escape(message)
    )
}
