//! Questions worded for who they are about. Authors write a question once with a few
//! placeholders, and the engine fills them for "you", "they", "your child" or "your baby":
//! "{Do} {they} have a rash?" becomes "Do you have a rash?" or "Does your baby have a rash?".
//!
//! Placeholders (a capital first letter gives a capitalised word):
//! `{they}` `{them}` `{their}` `{themselves}` for the person, `{are}` `{were}` `{have}` `{do}`
//! for verbs that agree with them, and `{s}` / `{es}` for the ending of any other verb
//! ("{they} feel{s}" is "you feel" or "your child feels").

use serde::{Deserialize, Serialize};

/// Who is answering: the person who needs help, or someone helping them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Who {
    /// The person who needs help is answering for themselves.
    Me,
    /// A carer, parent, relative or friend is answering for them.
    SomeoneElse,
}

/// Whom the questions are about, as the wording needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Person {
    /// The person answering, 12 or over (or of an age not known yet).
    You,
    /// Someone 12 or over whom the answerer is helping.
    They,
    /// A child from 1 to 11 years, whoever answers.
    YourChild,
    /// A baby under 12 months, whoever answers.
    YourBaby,
}

/// Below this age the questions are about "your baby".
const BABY_UNTIL_MONTHS: u32 = 12;
/// Below this age someone else answers, whatever they chose, so the questions say "your child".
const CHILD_UNTIL_MONTHS: u32 = 144;

impl Person {
    /// The wording for an answerer and the start of the person's age band (if known yet).
    pub fn of(who: Option<Who>, age_from_months: Option<u32>) -> Person {
        match (age_from_months, who) {
            (Some(months), _) if months < BABY_UNTIL_MONTHS => Person::YourBaby,
            (Some(months), _) if months < CHILD_UNTIL_MONTHS => Person::YourChild,
            (_, Some(Who::SomeoneElse)) => Person::They,
            _ => Person::You,
        }
    }

    fn index(self) -> usize {
        match self {
            Person::You => 0,
            Person::They => 1,
            Person::YourChild => 2,
            Person::YourBaby => 3,
        }
    }
}

/// Each placeholder's words for you, they, your child and your baby.
const PLACEHOLDERS: [(&str, [&str; 4]); 10] = [
    ("they", ["you", "they", "your child", "your baby"]),
    ("them", ["you", "them", "your child", "your baby"]),
    ("their", ["your", "their", "your child's", "your baby's"]),
    (
        "themselves",
        ["yourself", "themselves", "themselves", "themselves"],
    ),
    ("are", ["are", "are", "is", "is"]),
    ("were", ["were", "were", "was", "was"]),
    ("have", ["have", "have", "has", "has"]),
    ("do", ["do", "do", "does", "does"]),
    ("s", ["", "", "s", "s"]),
    ("es", ["", "", "es", "es"]),
];

#[cfg(feature = "authoring")]
/// Words that would address the reader rather than the person the question is about.
const ADDRESSING_WORDS: [&str; 6] = ["you", "your", "yourself", "you're", "you've", "yours"];

/// Words after which a verb keeps its bare form: "Does your child feel", "making your child feel".
#[cfg(feature = "authoring")]
const AUXILIARIES: [&str; 17] = [
    "do", "does", "did", "can", "cannot", "could", "will", "would", "should", "might", "must",
    "may", "to", "make", "making", "let", "help",
];

/// Verbs written in question text after {they} that must agree with "your child": a bare one
/// reads "when your child pee". Past forms and verbs after "can" or "{do}" need no ending.
#[cfg(feature = "authoring")]
const VERBS_THAT_AGREE: [&str; 40] = [
    "pee", "poo", "breathe", "cough", "sneeze", "strain", "lie", "take", "seem", "press", "keep",
    "swallow", "get", "wake", "feel", "eat", "drink", "walk", "stand", "try", "go", "look", "need",
    "want", "sleep", "move", "talk", "hear", "see", "use", "sit", "bend", "cry", "feed", "notice",
    "remember", "know", "come", "play", "say",
];

/// The placeholders that name the person (the others are verbs that agree with them).
const PERSON_WORDS: [&str; 4] = ["they", "them", "their", "themselves"];

fn names_the_person(placeholder: &str) -> bool {
    PERSON_WORDS
        .iter()
        .any(|word| word.eq_ignore_ascii_case(placeholder))
}

fn forms(name: &str) -> Option<&'static [&'static str; 4]> {
    PLACEHOLDERS
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, forms)| forms)
}

/// `word` with its first letter a capital. Only the placeholders' forms are capitalised, all
/// plain ASCII, so ASCII rules suffice, and the WebAssembly carries no Unicode case table for it.
fn capitalise(word: &str) -> String {
    let mut word = word.to_string();
    if let Some(first) = word.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    word
}

enum Piece<'t> {
    Text(&'t str),
    Placeholder(&'t str),
}

fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        pieces.push(Piece::Text(&rest[..open]));
        pieces.push(Piece::Placeholder(&rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    pieces.push(Piece::Text(rest));
    pieces
}

/// The template with its placeholders filled. A child or baby is named once a sentence ("Is
/// your child unable to swallow their own spit?") and verbs agree with the word used. Unknown
/// placeholders are left as written; the build rejects them (see `problems`).
pub fn render(template: &str, person: Person) -> String {
    let pieces = pieces(template);
    // Which form each piece takes: the person's own, or "they" once they have been named.
    let mut form = vec![person.index(); pieces.len()];
    let mut named = false;
    for (index, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Text(text) if text.contains(['.', '?', '!']) => named = false,
            Piece::Placeholder(name) if names_the_person(name) => {
                if named && matches!(person, Person::YourChild | Person::YourBaby) {
                    form[index] = Person::They.index();
                }
                named = true;
            }
            _ => {}
        }
    }
    // A verb agrees with the subject right after it ("{Are} {they}") or else the one before it.
    let is_subject = |index: usize| matches!(pieces.get(index), Some(Piece::Placeholder(name)) if name.eq_ignore_ascii_case("they"));
    for index in 0..pieces.len() {
        let Piece::Placeholder(name) = pieces[index] else {
            continue;
        };
        if names_the_person(name) {
            continue;
        }
        let inverted = (index + 2 < pieces.len())
            .then(|| (&pieces[index + 1], index + 2))
            .filter(|(between, next)| {
                matches!(between, Piece::Text(text) if text.trim().is_empty()) && is_subject(*next)
            })
            .map(|(_, next)| next);
        let subject = inverted.or_else(|| (0..index).rev().find(|before| is_subject(*before)));
        if let Some(subject) = subject {
            form[index] = form[subject];
        }
    }
    let mut text = String::with_capacity(template.len() + 16);
    for (piece, form) in pieces.iter().zip(form) {
        match piece {
            Piece::Text(part) => text.push_str(part),
            Piece::Placeholder(name) => match forms(name) {
                Some(words) if name.starts_with(|c: char| c.is_ascii_uppercase()) => {
                    text.push_str(&capitalise(words[form]))
                }
                Some(words) => text.push_str(words[form]),
                None => {
                    text.push('{');
                    text.push_str(name);
                    text.push('}');
                }
            },
        }
    }
    text
}

#[cfg(feature = "authoring")]
/// What is wrong with a template, if anything: an unknown or unclosed placeholder, or a bare
/// "you" or "your" that would be wrong when someone answers for a child or another adult.
pub fn problems(template: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            found.push("a `{` is never closed".to_string());
            break;
        };
        let name = &after[..close];
        if forms(name).is_none() {
            found.push(format!(
                "`{{{name}}}` is not a placeholder; use one of {}",
                PLACEHOLDERS
                    .iter()
                    .map(|(key, _)| format!("{{{key}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
        }
        rest = &after[close + 1..];
    }
    let mut inside = false;
    let outside_placeholders: String = template
        .chars()
        .filter(|c| {
            let keep = !inside && *c != '{';
            inside = (inside || *c == '{') && *c != '}';
            keep
        })
        .collect();
    for word in outside_placeholders
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .map(|word| word.to_lowercase().replace('\u{2019}', "'"))
    {
        if ADDRESSING_WORDS.contains(&word.as_str()) {
            found.push(format!(
                "`{word}` is only right when people answer for themselves; write {{they}}, {{them}}, {{their}} or {{themselves}} so it fits a child or someone else"
            ));
        }
    }
    let for_a_child = render(template, Person::YourChild);
    let words: Vec<&str> = for_a_child
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|word| !word.is_empty())
        .collect();
    for (index, pair) in words.windows(3).enumerate() {
        let after_auxiliary =
            index > 0 && AUXILIARIES.contains(&words[index - 1].to_lowercase().as_str());
        if pair[..2] == ["your", "child"] && VERBS_THAT_AGREE.contains(&pair[2]) && !after_auxiliary
        {
            let verb = pair[2];
            found.push(format!(
                "\"your child {verb}\" needs the verb to agree; write `{{they}} {verb}{{s}}` (or `{{es}}`)"
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "authoring")]
    #[test]
    fn a_verb_that_does_not_agree_with_your_child_is_a_problem() {
        assert_eq!(
            problems("Does it hurt when {they} pee{s}?"),
            Vec::<String>::new()
        );
        assert_eq!(
            problems("Can {they} walk? {Do} {they} feel sick?"),
            Vec::<String>::new()
        );
        assert_eq!(
            problems("Does it hurt when {they} pee?"),
            vec!["\"your child pee\" needs the verb to agree; write `{they} pee{s}` (or `{es}`)"]
        );
    }

    #[test]
    fn fills_placeholders_for_each_person() {
        let template =
            "{Do} {they} feel sick, and {have} {they} hurt {themselves}? Is {their} poo black?";
        assert_eq!(
            render(template, Person::You),
            "Do you feel sick, and have you hurt yourself? Is your poo black?"
        );
        assert_eq!(
            render(template, Person::They),
            "Do they feel sick, and have they hurt themselves? Is their poo black?"
        );
        assert_eq!(
            render(template, Person::YourBaby),
            "Does your baby feel sick, and have they hurt themselves? Is your baby's poo black?"
        );
        assert_eq!(
            render(
                "Is it worse when {they} breathe{s} in or {they} touch{es} it?",
                Person::YourChild
            ),
            "Is it worse when your child breathes in or they touch it?"
        );
        assert_eq!(
            render("Is it worse when {they} breathe{s} in?", Person::You),
            "Is it worse when you breathe in?"
        );
    }

    #[test]
    fn a_child_is_named_once_a_sentence_and_verbs_agree() {
        let template = "{Are} {they} unable to swallow {their} own spit, and {do} {they} drool?";
        assert_eq!(
            render(template, Person::YourChild),
            "Is your child unable to swallow their own spit, and do they drool?"
        );
        assert_eq!(
            render(
                "Is it worse when {they} move{s}? {Have} {they} had it before?",
                Person::YourBaby
            ),
            "Is it worse when your baby moves? Has your baby had it before?"
        );
        assert_eq!(
            render(
                "{Are} {they} worried that {they} might hurt the person {they} look{s} after?",
                Person::YourChild
            ),
            "Is your child worried that they might hurt the person they look after?"
        );
    }

    #[test]
    fn the_age_decides_for_babies_and_children_whoever_answers() {
        assert_eq!(Person::of(Some(Who::Me), Some(0)), Person::YourBaby);
        assert_eq!(Person::of(Some(Who::Me), Some(60)), Person::YourChild);
        assert_eq!(Person::of(Some(Who::Me), Some(144)), Person::You);
        assert_eq!(Person::of(Some(Who::SomeoneElse), Some(216)), Person::They);
        assert_eq!(
            Person::of(Some(Who::SomeoneElse), Some(11)),
            Person::YourBaby
        );
        assert_eq!(Person::of(None, None), Person::You);
    }

    #[test]
    fn finds_unknown_placeholders_and_bare_you() {
        assert!(problems("{Do} {they} have a rash?").is_empty());
        assert_eq!(problems("{Does} {they} have a rash?").len(), 1);
        assert_eq!(problems("Is your poo black?").len(), 1);
        assert_eq!(problems("Have you been sick?").len(), 1);
        assert_eq!(problems("{Have} {they} been sick").len(), 0);
        assert_eq!(problems("Open {they").len(), 1);
        assert!(problems("Look at the palms: a youth club").is_empty());
    }

    #[test]
    fn text_without_placeholders_is_unchanged() {
        assert_eq!(render("Pain when peeing", Person::They), "Pain when peeing");
        assert_eq!(render("odd { brace", Person::They), "odd { brace");
    }
}
