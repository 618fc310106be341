//! The guidance pipeline: markdown files with TOML front matter become checked, safe HTML and
//! metadata. Parsing the front matter, rendering the body and checking links are separate steps;
//! every problem found is reported with its file and line, and all of them are reported at once.

mod front_matter;
mod markdown;

pub use front_matter::{Audience, FrontMatter};
pub use markdown::RenderedBody;

use crate::{routes, Date, Diagnostic};
use std::collections::BTreeSet;
use std::path::Path;

/// One compiled guidance page.
#[derive(Debug, Clone)]
pub struct GuidancePage {
    pub slug: String,
    pub file: String,
    pub meta: FrontMatter,
    pub body: RenderedBody,
}

/// What a page is checked against.
pub struct Context<'a> {
    /// The build date: a page whose next review is before it fails.
    pub today: Date,
    /// Slugs of every guidance page in the library, so links between pages can be checked.
    pub slugs: &'a BTreeSet<String>,
}

impl Context<'_> {
    /// Whether an internal path (without `#fragment`) names a page the app serves.
    fn route_exists(&self, path: &str) -> bool {
        if routes::ALL.contains(&path) {
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
    let body = markdown::render(file, body_text, body_first_line, context)?;
    Ok(GuidancePage {
        slug,
        file: file.to_string(),
        meta,
        body,
    })
}

/// Compiles every `*.md` file in `dir`, in name order.
pub fn compile_dir(dir: &Path, today: Date) -> Result<Vec<GuidancePage>, Vec<Diagnostic>> {
    let files = markdown_files(dir)
        .map_err(|message| vec![Diagnostic::new(dir.display().to_string(), message)])?;
    let slugs: BTreeSet<String> = files.iter().map(|(name, _)| slug_of(name)).collect();
    let context = Context {
        today,
        slugs: &slugs,
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
    if errors.is_empty() {
        Ok(pages)
    } else {
        Err(errors)
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
