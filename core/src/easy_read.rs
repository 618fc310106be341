//! Easy Read: the pictures and the measures that keep Easy Read text easy.
//!
//! The pictures are our own small drawings in `content/easy-read/pictograms/`, listed with their
//! text alternatives in `content/easy-read/pictograms.toml`. Easy Read text, in an outcome's steps
//! or an Easy Read page, is held to the measures below, which follow the Department of Health's
//! guide "Making written information easier to understand for people with learning
//! disabilities" (2010) and Mencap's "Am I making myself clear?": short sentences, one idea with
//! one picture, and few long words.

use crate::content::readability::{count_syllables, measure};
use crate::toml_source::TomlSource;
use crate::Diagnostic;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

/// The most words in one sentence. The guides ask for sentences of about 10 to 15 words; we
/// take the top of that range as a hard limit.
pub const MAX_SENTENCE_WORDS: usize = 15;
/// The most sentences beside one picture: one idea, said in one sentence or two.
pub const MAX_SENTENCES_PER_STEP: usize = 2;
/// Words of this many syllables or more are long words ("temperature", "emergency").
pub const LONG_WORD_SYLLABLES: usize = 4;
/// The most long words in one sentence: a sentence may need one name ("paracetamol"), not two.
pub const MAX_LONG_WORDS_PER_SENTENCE: usize = 1;
/// The most bytes a pictogram may take: every visitor's service worker stores them all.
pub const MAX_PICTOGRAM_BYTES: usize = 1500;

/// One picture: its id (the file `<id>.svg`) and its text alternative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pictogram {
    /// The picture's name, used by authors and for its file: unique, in lower-case letters, digits
    /// and hyphens.
    pub id: String,
    /// The text alternative, read out by screen readers and shown when pictures are off; not
    /// blank.
    pub alt: String,
    /// What the picture stands for, for authors.
    pub stands_for: String,
    /// The drawing, checked by [`check_svg`].
    pub svg: String,
}

/// A picture as the list file names it; its drawing is a file of its own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Listed {
    id: String,
    alt: String,
    #[serde(rename = "use")]
    stands_for: String,
}

/// Every picture, in the order of the list.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Pictograms {
    /// Each picture once, in the order of the list file.
    pub all: Vec<Pictogram>,
}

impl Pictograms {
    /// The picture with this id, if there is one.
    pub fn get(&self, id: &str) -> Option<&Pictogram> {
        self.all.iter().find(|pictogram| pictogram.id == id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PictogramsFile {
    pictogram: Vec<toml::Spanned<Listed>>,
}

/// The list file, inside the content folder.
pub const LIST_FILE: &str = "easy-read/pictograms.toml";
/// The drawings' folder, inside the content folder.
pub const DRAWINGS_DIR: &str = "easy-read/pictograms";

/// Loads the list and every drawing, and checks that they match one to one.
pub fn load(content_dir: &Path) -> Result<Pictograms, Vec<Diagnostic>> {
    let list_path = content_dir.join(LIST_FILE);
    let file = list_path.display().to_string();
    let text = std::fs::read_to_string(&list_path)
        .map_err(|error| vec![Diagnostic::new(&file, format!("cannot read: {error}"))])?;
    let source = TomlSource {
        file: &file,
        text: &text,
        first_line: 1,
    };
    let parsed: PictogramsFile = source.parse().map_err(|error| vec![error])?;
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    let mut all = Vec::new();
    for spanned in parsed.pictogram {
        let line = source.line_at(spanned.span().start);
        let Listed {
            id,
            alt,
            stands_for,
        } = spanned.into_inner();
        let mut pictogram = Pictogram {
            id,
            alt,
            stands_for,
            svg: String::new(),
        };
        let at = |message: String| Diagnostic::new(&file, message).at_line(line);
        if !is_id(&pictogram.id) {
            errors.push(at(format!(
                "pictogram id `{}` may hold only lower-case letters, digits and hyphens",
                pictogram.id
            )));
        }
        if !seen.insert(pictogram.id.clone()) {
            errors.push(at(format!("pictogram `{}` is listed twice", pictogram.id)));
        }
        if pictogram.alt.trim().is_empty() || pictogram.stands_for.trim().is_empty() {
            errors.push(at(format!(
                "pictogram `{}` needs `alt` (what it shows) and `use` (what it stands for)",
                pictogram.id
            )));
        }
        let drawing = content_dir
            .join(DRAWINGS_DIR)
            .join(format!("{}.svg", pictogram.id));
        match std::fs::read_to_string(&drawing) {
            Ok(svg) => {
                for problem in check_svg(&pictogram.id, &svg) {
                    errors.push(Diagnostic::new(drawing.display().to_string(), problem));
                }
                pictogram.svg = svg;
            }
            Err(error) => errors.push(at(format!(
                "pictogram `{}` has no drawing {}: {error}",
                pictogram.id,
                drawing.display()
            ))),
        }
        all.push(pictogram);
    }
    let dir = content_dir.join(DRAWINGS_DIR);
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let listed = name
                .strip_suffix(".svg")
                .is_some_and(|id| seen.contains(id));
            if !listed {
                errors.push(Diagnostic::new(
                    dir.join(&name).display().to_string(),
                    format!(
                        "`{name}` is not a listed pictogram: add it to {LIST_FILE} or remove it"
                    ),
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(Pictograms { all })
    } else {
        Err(errors)
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// What is wrong with a drawing. Pictures are served from our own origin under a policy that
/// forbids inline styles, so they may use presentation attributes only, and nothing in them may
/// run or fetch.
pub fn check_svg(id: &str, svg: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let root_ok = svg.trim_start().starts_with("<svg ")
        && svg.contains("xmlns=\"http://www.w3.org/2000/svg\"")
        && svg.contains("viewBox=\"0 0 64 64\"");
    if !root_ok {
        problems.push(
            "must be one <svg> with xmlns and viewBox=\"0 0 64 64\", like the others".to_string(),
        );
    }
    if svg.len() > MAX_PICTOGRAM_BYTES {
        problems.push(format!(
            "is {} bytes; keep a pictogram under {MAX_PICTOGRAM_BYTES} bytes",
            svg.len()
        ));
    }
    let lower = svg.to_ascii_lowercase();
    for forbidden in [
        "<script",
        "style=",
        "<style",
        "href",
        "<image",
        "<foreignobject",
        "url(",
        "<title",
        " on",
    ] {
        if lower.contains(forbidden) {
            problems.push(format!(
                "contains `{}`, which a pictogram may not use",
                forbidden.trim()
            ));
        }
    }
    if lower.contains("<text") && !matches!(id, "phone-999" | "phone-111") {
        problems.push("only the 999 and 111 phones may have text in them".to_string());
    }
    problems
}

/// What is wrong with one step of Easy Read text (a picture's sentences), by the measures above.
pub fn check_step(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if text.trim().is_empty() {
        problems.push("is empty".to_string());
        return problems;
    }
    let sentences = sentences(text);
    if sentences.len() > MAX_SENTENCES_PER_STEP {
        problems.push(format!(
            "has {} sentences; give each idea its own picture, at most {MAX_SENTENCES_PER_STEP} sentences each",
            sentences.len()
        ));
    }
    for sentence in sentences {
        let words = measure(sentence).words;
        if words > MAX_SENTENCE_WORDS {
            problems.push(format!(
                "\u{201c}{sentence}\u{201d} has {words} words; Easy Read sentences have at most {MAX_SENTENCE_WORDS}"
            ));
        }
        let long: Vec<&str> = long_words(sentence);
        if long.len() > MAX_LONG_WORDS_PER_SENTENCE {
            problems.push(format!(
                "\u{201c}{sentence}\u{201d} has {} long words ({}); use at most {MAX_LONG_WORDS_PER_SENTENCE} of {LONG_WORD_SYLLABLES} or more syllables",
                long.len(),
                long.join(", ")
            ));
        }
    }
    problems
}

/// The sentences of a text: split after `.`, `?` and `!`, keeping only those with letters.
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '?', '!'])
        .map(str::trim)
        .filter(|sentence| sentence.chars().any(char::is_alphabetic))
        .collect()
}

fn long_words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|word| count_syllables(word) >= LONG_WORD_SYLLABLES)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_plain_steps_pass() {
        assert!(check_step("Call 999 now. Say the person is not breathing.").is_empty());
    }

    #[test]
    fn a_long_sentence_too_many_sentences_and_long_words_are_each_named() {
        let long = check_step(
            "If your child has a rash that does not fade when you press a glass on it, call 999.",
        );
        assert_eq!(long.len(), 1, "{long:?}");
        assert!(long[0].contains("words"), "{long:?}");
        let many = check_step("Rest. Drink water. Take paracetamol.");
        assert!(
            many.iter().any(|problem| problem.contains("3 sentences")),
            "{many:?}"
        );
        let hard = check_step("Take paracetamol or ibuprofen medication.");
        assert!(
            hard.iter().any(|problem| problem.contains("long words")),
            "{hard:?}"
        );
        assert_eq!(check_step("  "), vec!["is empty".to_string()]);
    }

    #[test]
    fn a_drawing_that_could_run_fetch_or_style_is_refused() {
        let good = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><circle cx="32" cy="32" r="20" fill="#005eb8"/></svg>"##;
        assert!(check_svg("home", good).is_empty());
        for bad in [
            good.replace("<circle", "<script>alert(1)</script><circle"),
            good.replace("fill=", "style=\"fill:red\" fill="),
            good.replace(
                "<circle",
                "<image href=\"https://example.com/a.png\"/><circle",
            ),
            good.replace("<circle", "<circle onload=\"x()\""),
            good.replace("<circle", "<text>Hi</text><circle"),
            good.replace("0 0 64 64", "0 0 24 24"),
        ] {
            assert!(!check_svg("home", &bad).is_empty(), "accepted {bad}");
        }
        let digits = good.replace("<circle", "<text>999</text><circle");
        assert!(check_svg("phone-999", &digits).is_empty());
    }

    #[test]
    fn the_shipped_pictograms_load() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let pictograms = load(&content).unwrap_or_else(|errors| {
            panic!("{}", crate::diagnostic::report(&errors));
        });
        assert!(pictograms.all.len() >= 20, "{}", pictograms.all.len());
        for way in crate::wellbeing::Way::ALL {
            assert!(pictograms.get(way.picture()).is_some(), "{way:?}");
            assert_eq!(check_step(way.easy_read_prompt()), Vec::<String>::new());
        }
    }

    #[test]
    fn every_kind_of_outcome_has_a_key_picture_that_exists() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let pictograms = load(&content).expect("the pictograms load");
        for kind in crate::signpost::OutcomeKind::ALL {
            for picture in kind.key_pictures() {
                assert!(pictograms.get(picture).is_some(), "{kind:?}: {picture}");
            }
        }
    }
}
