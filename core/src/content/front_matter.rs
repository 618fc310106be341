//! The TOML front matter between `+++` lines at the top of each guidance page.

use crate::toml_source::TomlSource;
use crate::{Date, Diagnostic, Source};
use serde::{Deserialize, Serialize};
use toml::value::Datetime;
use toml::Spanned;

/// Who a page is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Anyone; most pages name it alongside a narrower group.
    Everyone,
    /// Parents and others looking after babies and children.
    Parents,
    /// Unpaid carers looking after a relative or friend.
    Carers,
    /// Young people reading for themselves.
    YoungPeople,
    /// Older people and those close to them.
    OlderPeople,
    /// GP practice staff, such as receptionists and care navigators, rather than patients.
    PracticeStaff,
}

impl Audience {
    /// The audience's name as shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Audience::Everyone => "Everyone",
            Audience::Parents => "Parents",
            Audience::Carers => "Carers",
            Audience::YoungPeople => "Young people",
            Audience::OlderPeople => "Older people",
            Audience::PracticeStaff => "Practice staff",
        }
    }
}

/// A guidance page's checked front matter: what the page is, who it is for, when it was
/// reviewed and where its facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrontMatter {
    /// The page title, trimmed and not empty. It must be unique across pages, and an Easy Read
    /// page's title ends with `EASY_READ_TITLE_SUFFIX`.
    pub title: String,
    /// A sentence or two shown under the title and in search results; trimmed, not empty, and
    /// counted in the reading-ease check.
    pub summary: String,
    /// Who the page is written for; at least one.
    pub audience: Vec<Audience>,
    /// Words and phrases people might search for, weighted high in search; at least one, none
    /// blank.
    pub topics: Vec<String>,
    /// The day the page was last checked against its sources; not after the build date.
    pub last_reviewed: Date,
    /// When the page must next be reviewed: after `last_reviewed`, and the build fails once it
    /// has passed.
    pub next_review: Date,
    /// Where the page's facts come from, listed at its end: at least one, each an https:// link
    /// with a title.
    pub sources: Vec<Source>,
    /// Slugs of other pages to suggest at the end of this one.
    pub related: Vec<String>,
    /// Why the page may read harder than plain English (for example, medicine names).
    pub reading_ease_note: Option<String>,
    /// An Easy Read page: pictures beside short sentences, held to the Easy Read measures.
    pub easy_read: bool,
    /// The pages this Easy Read page is the Easy Read version of; they link to it.
    pub easy_read_of: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Spanned<String>,
    summary: Spanned<String>,
    audience: Spanned<Vec<Audience>>,
    topics: Spanned<Vec<String>>,
    last_reviewed: Spanned<Datetime>,
    next_review: Spanned<Datetime>,
    sources: Spanned<Vec<Spanned<Source>>>,
    related: Spanned<Vec<String>>,
    reading_ease_note: Option<String>,
    #[serde(default)]
    easy_read: bool,
    easy_read_of: Option<Spanned<Vec<String>>>,
}

const DELIMITER: &str = "+++";

/// Splits `source` into its front matter and body, and checks the front matter.
/// Returns the metadata, the markdown body and the file line the body starts on.
pub fn parse<'s>(
    file: &str,
    source: &'s str,
    today: Date,
) -> Result<(FrontMatter, &'s str, usize), Vec<Diagnostic>> {
    let (toml_text, body, body_first_line) = split(source).ok_or_else(|| {
        vec![Diagnostic::new(
            file,
            "the page must start with front matter between two `+++` lines",
        )
        .at_line(1)]
    })?;
    let toml = TomlSource {
        file,
        text: toml_text,
        first_line: 2,
    };
    let raw: RawFrontMatter = toml.parse().map_err(|error| vec![error])?;
    let mut errors = Vec::new();
    let mut check = |ok: bool, field: &str, start: usize, message: String| {
        if !ok {
            errors.push(
                Diagnostic::new(file, message)
                    .at_line(toml.line_at(start))
                    .field(field),
            );
        }
    };

    for (field, value) in [("title", &raw.title), ("summary", &raw.summary)] {
        check(
            !value.get_ref().trim().is_empty(),
            field,
            value.span().start,
            "must not be empty".into(),
        );
    }
    check(
        !raw.audience.get_ref().is_empty(),
        "audience",
        raw.audience.span().start,
        "name at least one audience".into(),
    );
    let topics_ok = !raw.topics.get_ref().is_empty()
        && raw
            .topics
            .get_ref()
            .iter()
            .all(|topic| !topic.trim().is_empty());
    check(
        topics_ok,
        "topics",
        raw.topics.span().start,
        "list at least one topic, and no empty ones".into(),
    );
    check(
        !raw.related.get_ref().is_empty(),
        "related",
        raw.related.span().start,
        "name at least one related page, so readers know where to go next".into(),
    );
    check(
        !raw.sources.get_ref().is_empty(),
        "sources",
        raw.sources.span().start,
        "name at least one source for the facts on this page".into(),
    );
    for source in raw.sources.get_ref() {
        if let Some(problem) = source.get_ref().problem() {
            check(false, "sources", source.span().start, problem);
        }
    }

    if let Some(of) = &raw.easy_read_of {
        check(
            raw.easy_read,
            "easy_read_of",
            of.span().start,
            "only an Easy Read page (`easy_read = true`) can be the Easy Read version of another"
                .into(),
        );
    }

    let last_reviewed = toml.date("last_reviewed", &raw.last_reviewed);
    let next_review = toml.date("next_review", &raw.next_review);
    if let (Ok(last), Ok(next)) = (&last_reviewed, &next_review) {
        check(
            last <= &today,
            "last_reviewed",
            raw.last_reviewed.span().start,
            format!("{last} is in the future"),
        );
        check(
            next > last,
            "next_review",
            raw.next_review.span().start,
            format!("{next} must be after last_reviewed ({last})"),
        );
        check(
            next >= &today,
            "next_review",
            raw.next_review.span().start,
            format!("the review was due on {next}: review the page, then move both dates on"),
        );
    }
    for result in [&last_reviewed, &next_review] {
        if let Err(error) = result {
            errors.push(error.clone());
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    let meta = FrontMatter {
        title: raw.title.into_inner().trim().to_string(),
        summary: raw.summary.into_inner().trim().to_string(),
        audience: raw.audience.into_inner(),
        topics: raw.topics.into_inner(),
        last_reviewed: last_reviewed.map_err(|error| vec![error])?,
        next_review: next_review.map_err(|error| vec![error])?,
        sources: raw
            .sources
            .into_inner()
            .into_iter()
            .map(Spanned::into_inner)
            .collect(),
        related: raw.related.into_inner(),
        reading_ease_note: raw.reading_ease_note,
        easy_read: raw.easy_read,
        easy_read_of: raw
            .easy_read_of
            .map(Spanned::into_inner)
            .unwrap_or_default(),
    };
    Ok((meta, body, body_first_line))
}

/// `(front matter, body, first body line)`, or `None` when there is no closed `+++` block.
fn split(source: &str) -> Option<(&str, &str, usize)> {
    let rest = source
        .strip_prefix("+++\n")
        .or_else(|| source.strip_prefix("+++\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == DELIMITER {
            let toml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_first_line = 3 + toml.matches('\n').count();
            return Some((toml, body, body_first_line));
        }
        offset += line.len();
    }
    None
}
