//! The guidance pipeline: markdown files with TOML front matter become checked, safe HTML and
//! metadata. Parsing the front matter, rendering the body and checking links are separate steps;
//! every problem found is reported with its file and line, and all of them are reported at once.

mod front_matter;
mod markdown;
pub mod readability;

pub use front_matter::{Audience, FrontMatter};
pub use markdown::RenderedBody;
pub use readability::Readability;

use crate::easy_read::{self, Pictograms};
use crate::html::escape;
use crate::toml_source::TomlSource;
use crate::{routes, Date, Diagnostic};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Below this Flesch reading ease a page must say why in `reading_ease_note`.
pub const MIN_READING_EASE: f64 = 60.0;
/// Easy Read pages are held higher, with no way out: 70 is "fairly easy" on Flesch's scale.
pub const MIN_EASY_READ_EASE: f64 = 70.0;
/// An Easy Read page is short enough to read in one sitting.
pub const MAX_EASY_READ_WORDS: usize = 450;
/// Easy Read page titles end so, and the link to one leaves it off.
pub const EASY_READ_TITLE_SUFFIX: &str = " (Easy Read)";

/// One compiled guidance page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GuidancePage {
    /// The page's address under the guidance route: its file name without `.md`, in lower-case
    /// letters, digits and hyphens.
    pub slug: String,
    /// The page's file path as given, for naming it in diagnostics.
    pub file: String,
    /// The checked front matter: title, summary, audience, review dates, sources and links.
    pub meta: FrontMatter,
    /// The body as safe HTML, with what was gathered from it for search and checks.
    pub body: RenderedBody,
    /// How easy the summary and body are to read, together.
    pub readability: Readability,
    /// This page's Easy Read version, `(slug, title)`, if it has one.
    pub easy_read_version: Option<(String, String)>,
}

impl GuidancePage {
    /// What the site serves for the page after its title and summary: the body, then its sources.
    pub fn document_html(&self) -> String {
        let mut html = String::new();
        if let Some((slug, title)) = &self.easy_read_version {
            html.push_str(&format!(
                "<div class=\"nhsuk-card kmcn-easy-read-card\"><div class=\"nhsuk-card__content\">{}<p class=\"nhsuk-card__description\"><a href=\"{}\">Easy Read: {}</a>. Short sentences with pictures.</p></div></div>\n",
                routes::pictogram_img(routes::EASY_READ_SYMBOL, "", 48),
                routes::guidance_page(slug),
                escape(title.trim_end_matches(EASY_READ_TITLE_SUFFIX))
            ));
        }
        if self.meta.easy_read {
            html.push_str("<div class=\"kmcn-easy-read\">\n");
            html.push_str(&self.body.html);
            html.push_str("</div>\n");
        } else {
            html.push_str(&self.body.html);
        }
        html.push_str(
            "<h2 id=\"sources\">Sources</h2>\n<ul class=\"nhsuk-list nhsuk-list--bullet\">\n",
        );
        for source in &self.meta.sources {
            html.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>\n",
                escape(&source.url),
                escape(&source.title)
            ));
        }
        html.push_str("</ul>\n");
        html
    }
}

impl GuidancePage {
    /// The items of the first list after the heading with `heading_id`, as plain text. Used to
    /// show a page's ideas elsewhere (the tracker's "what could I do?").
    pub fn list_after_heading(&self, heading_id: &str) -> Vec<String> {
        let html = &self.body.html;
        let Some(start) = html.find(&format!(" id=\"{heading_id}\"")) else {
            return Vec::new();
        };
        let Some(list_start) = html[start..].find("<ul").map(|offset| start + offset) else {
            return Vec::new();
        };
        let list_end = html[list_start..]
            .find("</ul>")
            .map_or(html.len(), |offset| list_start + offset);
        html[list_start..list_end]
            .split("<li>")
            .skip(1)
            .map(|item| unescape_html(&strip_tags(item)).trim().to_string())
            .filter(|item| !item.is_empty())
            .collect()
    }
}

fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

fn unescape_html(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// A titled group of pages on the guidance index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's heading on the guidance index.
    pub title: String,
    /// A line under the heading saying what its pages are about.
    pub summary: String,
    /// Slugs of its pages, in the order shown; at least one, each a guidance page.
    pub pages: Vec<String>,
}

/// Every page, and the index that groups them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Library {
    /// Every compiled page, in file name order.
    pub pages: Vec<GuidancePage>,
    /// The sections from `sections.toml`, in the order of that file.
    pub sections: Vec<Section>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionsFile {
    section: Vec<toml::Spanned<Section>>,
}

/// The file beside the pages that groups them into the guidance index.
pub const SECTIONS_FILE: &str = "sections.toml";

/// What a page is checked against.
pub struct Context<'a> {
    /// The build date: a page whose next review is before it fails.
    pub today: Date,
    /// Slugs of every guidance page in the library, so links between pages can be checked.
    pub slugs: &'a BTreeSet<String>,
    /// The pictures Easy Read pages may use.
    pub pictograms: &'a Pictograms,
}

impl Context<'_> {
    /// Whether an internal path (without `#fragment`) names a page the app serves.
    fn route_exists(&self, path: &str) -> bool {
        if routes::Route::fixed_paths().any(|fixed| fixed == path) {
            return true;
        }
        path.strip_prefix(routes::GUIDANCE)
            .and_then(|rest| rest.strip_prefix('/'))
            .is_some_and(|slug| self.slugs.contains(slug))
    }
}

/// Compiles one page. `file` names it in diagnostics; its stem is the slug.
pub fn compile_page(
    file: &str,
    source: &str,
    context: &Context,
) -> Result<GuidancePage, Vec<Diagnostic>> {
    let slug = slug_of(file);
    let (meta, body_text, body_first_line) = front_matter::parse(file, source, context.today)?;
    let body = markdown::render(file, body_text, body_first_line, context, meta.easy_read)?;
    let readability = readability::measure(&format!("{}\n{}", meta.summary, body.prose));
    if meta.easy_read {
        check_easy_read(file, &meta, &body, &readability)?;
    } else if readability.reading_ease < MIN_READING_EASE && meta.reading_ease_note.is_none() {
        return Err(vec![Diagnostic::new(
            file,
            format!(
                "reading ease is {:.0}, below {MIN_READING_EASE:.0} (average sentence {:.1} words, longest {}): use shorter sentences and simpler words, or say why in `reading_ease_note`",
                readability.reading_ease,
                readability.words_per_sentence(),
                readability.longest_sentence
            ),
        )
        .field("reading_ease_note")]);
    }
    Ok(GuidancePage {
        slug,
        file: file.to_string(),
        meta,
        body,
        readability,
        easy_read_version: None,
    })
}

/// An Easy Read page's every sentence and list item meets the Easy Read measures, it reads
/// "fairly easy" or easier as a whole, it is short, and its title says it is Easy Read.
fn check_easy_read(
    file: &str,
    meta: &FrontMatter,
    body: &RenderedBody,
    readability: &Readability,
) -> Result<(), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let blocks = std::iter::once(meta.summary.as_str()).chain(body.prose.lines());
    for block in blocks.filter(|block| !block.trim().is_empty()) {
        for problem in easy_read::check_step(block) {
            errors.push(Diagnostic::new(file, format!("Easy Read: {problem}")));
        }
    }
    if readability.reading_ease < MIN_EASY_READ_EASE {
        errors.push(Diagnostic::new(
            file,
            format!(
                "Easy Read: reading ease is {:.0}, below {MIN_EASY_READ_EASE:.0}: use shorter words",
                readability.reading_ease
            ),
        ));
    }
    if readability.words > MAX_EASY_READ_WORDS {
        errors.push(Diagnostic::new(
            file,
            format!(
                "Easy Read: {} words; keep an Easy Read page under {MAX_EASY_READ_WORDS}, and split it if it needs more",
                readability.words
            ),
        ));
    }
    if !meta.title.ends_with(EASY_READ_TITLE_SUFFIX) {
        errors.push(
            Diagnostic::new(
                file,
                format!("an Easy Read page's title ends with \"{EASY_READ_TITLE_SUFFIX}\""),
            )
            .field("title"),
        );
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Compiles every `*.md` file in `dir`, in name order, and the sections that index them. Checks
/// links between pages, related pages, duplicate titles, and that every page can be reached from
/// the index or from another page.
pub fn compile_dir(
    dir: &Path,
    today: Date,
    pictograms: &Pictograms,
) -> Result<Library, Vec<Diagnostic>> {
    let files = markdown_files(dir)
        .map_err(|message| vec![Diagnostic::new(dir.display().to_string(), message)])?;
    let slugs: BTreeSet<String> = files.iter().map(|(name, _)| slug_of(name)).collect();
    let context = Context {
        today,
        slugs: &slugs,
        pictograms,
    };
    let mut pages = Vec::new();
    let mut errors = Vec::new();
    for (name, source) in &files {
        let file = dir.join(name).display().to_string();
        if let Err(message) = check_slug(&slug_of(name)) {
            errors.push(Diagnostic::new(&file, message));
        }
        match compile_page(&file, source, &context) {
            Ok(page) => pages.push(page),
            Err(mut page_errors) => errors.append(&mut page_errors),
        }
    }
    let sections = load_sections(&dir.join(SECTIONS_FILE), &slugs, &mut errors);
    check_library(&pages, &sections, &slugs, &mut errors);
    link_easy_read_versions(&mut pages, &mut errors);
    if errors.is_empty() {
        Ok(Library { pages, sections })
    } else {
        Err(errors)
    }
}

/// The site's statements: markdown in `content/statements/`, one file per page, compiled and
/// checked as guidance pages are (front matter, sources, review dates, reading ease, links).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Statements {
    /// How the site treats information about the people who use it (`privacy.md`).
    pub privacy: GuidancePage,
    /// What the site does for accessibility, how it is tested and its known limits
    /// (`accessibility.md`).
    pub accessibility: GuidancePage,
}

/// Compiles the statements in `dir`. Links may point to any page in `guidance_slugs`; a file
/// missing, or one the site has no page for, is an error.
pub fn compile_statements(
    dir: &Path,
    today: Date,
    guidance_slugs: &BTreeSet<String>,
    pictograms: &Pictograms,
) -> Result<Statements, Vec<Diagnostic>> {
    const FILES: [&str; 2] = ["privacy.md", "accessibility.md"];
    let files = markdown_files(dir)
        .map_err(|message| vec![Diagnostic::new(dir.display().to_string(), message)])?;
    let context = Context {
        today,
        slugs: guidance_slugs,
        pictograms,
    };
    let mut errors = Vec::new();
    for (name, _) in &files {
        if !FILES.contains(&name.as_str()) {
            errors.push(Diagnostic::new(
                dir.join(name).display().to_string(),
                format!(
                    "the site has no page for this statement; statements are {}",
                    FILES.join(" and ")
                ),
            ));
        }
    }
    let mut compile = |name: &str| {
        let file = dir.join(name).display().to_string();
        match files.iter().find(|(found, _)| found == name) {
            Some((_, source)) => compile_page(&file, source, &context)
                .map_err(|mut page_errors| errors.append(&mut page_errors))
                .ok(),
            None => {
                errors.push(Diagnostic::new(file, "the statement is missing"));
                None
            }
        }
    };
    let privacy = compile(FILES[0]);
    let accessibility = compile(FILES[1]);
    match (privacy, accessibility) {
        (Some(privacy), Some(accessibility)) if errors.is_empty() => Ok(Statements {
            privacy,
            accessibility,
        }),
        _ => Err(errors),
    }
}

fn load_sections(
    path: &Path,
    slugs: &BTreeSet<String>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Section> {
    let file = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            errors.push(Diagnostic::new(
                &file,
                format!("cannot read the guidance index: {error}"),
            ));
            return Vec::new();
        }
    };
    let source = TomlSource {
        file: &file,
        text: &text,
        first_line: 1,
    };
    let parsed: SectionsFile = match source.parse() {
        Ok(parsed) => parsed,
        Err(error) => {
            errors.push(error);
            return Vec::new();
        }
    };
    let mut sections = Vec::new();
    for spanned in parsed.section {
        let line = source.line_at(spanned.span().start);
        let section = spanned.into_inner();
        if section.pages.is_empty() {
            errors.push(
                Diagnostic::new(&file, format!("section `{}` lists no pages", section.title))
                    .at_line(line),
            );
        }
        for slug in &section.pages {
            if !slugs.contains(slug) {
                errors.push(
                    Diagnostic::new(
                        &file,
                        format!(
                            "section `{}` lists `{slug}`, which is not a page",
                            section.title
                        ),
                    )
                    .at_line(line)
                    .field("pages"),
                );
            }
        }
        sections.push(section);
    }
    sections
}

fn check_library(
    pages: &[GuidancePage],
    sections: &[Section],
    slugs: &BTreeSet<String>,
    errors: &mut Vec<Diagnostic>,
) {
    let mut titles: BTreeMap<String, &str> = BTreeMap::new();
    let mut reachable: BTreeSet<&str> = sections
        .iter()
        .flat_map(|section| section.pages.iter().map(String::as_str))
        .collect();
    for page in pages {
        reachable.extend(
            page.body
                .links_to
                .iter()
                .filter(|slug| **slug != page.slug)
                .map(String::as_str),
        );
        reachable.extend(page.meta.related.iter().map(String::as_str));
    }
    for page in pages {
        for related in &page.meta.related {
            if !slugs.contains(related) || related == &page.slug {
                errors.push(
                    Diagnostic::new(
                        &page.file,
                        format!("related page `{related}` is not another guidance page"),
                    )
                    .field("related"),
                );
            }
        }
        if let Some(other) = titles.insert(page.meta.title.to_lowercase(), &page.file) {
            errors.push(
                Diagnostic::new(
                    &page.file,
                    format!("another page, {other}, has the same title"),
                )
                .field("title"),
            );
        }
        if !reachable.contains(page.slug.as_str()) {
            errors.push(Diagnostic::new(
                &page.file,
                format!("no section of {SECTIONS_FILE} lists this page and no other page links to it, so nobody can find it"),
            ));
        }
    }
}

/// Gives each page named in an Easy Read page's `easy_read_of` a link to it. A page has at most
/// one Easy Read version, and an Easy Read page is not the version of another Easy Read page.
fn link_easy_read_versions(pages: &mut [GuidancePage], errors: &mut Vec<Diagnostic>) {
    let links: Vec<(String, String, String, String)> = pages
        .iter()
        .filter(|page| page.meta.easy_read)
        .flat_map(|page| {
            page.meta.easy_read_of.iter().map(|of| {
                (
                    of.clone(),
                    page.slug.clone(),
                    page.meta.title.clone(),
                    page.file.clone(),
                )
            })
        })
        .collect();
    for (of, slug, title, file) in links {
        let problem = match pages.iter_mut().find(|page| page.slug == of) {
            None => Some(format!("`{of}` is not a guidance page")),
            Some(page) if page.meta.easy_read => Some(format!("`{of}` is itself Easy Read")),
            Some(page) if page.easy_read_version.is_some() => {
                Some(format!("`{of}` already has an Easy Read version"))
            }
            Some(page) => {
                page.easy_read_version = Some((slug, title));
                None
            }
        };
        if let Some(problem) = problem {
            errors.push(Diagnostic::new(file, problem).field("easy_read_of"));
        }
    }
}

fn markdown_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|error| format!("cannot read the folder: {error}"))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|error| error.to_string())?.path();
        if path.extension().is_some_and(|ext| ext == "md") {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .ok_or_else(|| format!("{} has a name that is not UTF-8", path.display()))?
                .to_string();
            let source = std::fs::read_to_string(&path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            files.push((name, source));
        }
    }
    files.sort();
    Ok(files)
}

fn slug_of(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or(file)
        .to_string()
}

fn check_slug(slug: &str) -> Result<(), String> {
    let valid = !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "the file name `{slug}` becomes the page address, so use only lower-case letters, digits and hyphens"
        ))
    }
}

#[cfg(test)]
mod tests;
