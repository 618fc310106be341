//! Compiles everything under `content/` with navigator-core before the app is built: a broken
//! page, link, rule or service entry fails the build with its file, line and field. The app
//! embeds the results, so no markdown or TOML parser ships in the WebAssembly; the rule set and
//! the search index are files `navigator-site publish` writes, and the app is told their addresses.

use navigator_core::bundle::{self, Bundle};
use navigator_core::routes::{AppPart, Route};
use navigator_core::wellbeing::Way;
use navigator_core::{diagnostic, Date};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // Work from the repository root so that problems name files as `content/...`. Found when
    // it runs, as in core's build script: checkouts sharing a target directory share the script.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it");
    let root = Path::new(&manifest_dir).join("..");
    std::env::set_current_dir(&root).expect("the repository root exists");
    // NAVIGATOR_CONTENT builds from another folder: the benchmark's synthetic library.
    let content = PathBuf::from(std::env::var("NAVIGATOR_CONTENT").unwrap_or("content".into()));
    println!("cargo:rerun-if-changed={}", root.join(&content).display());
    println!("cargo:rerun-if-env-changed=NAVIGATOR_CONTENT");
    println!("cargo:rerun-if-env-changed=NAVIGATOR_TODAY");

    let today = build_date();
    // Checked once for the whole build: this script runs again for the build machine's copy of
    // the app, and `navigator-site` reads the same result (navigator_core::bundle::once).
    let bundle = bundle::load_once(&content, today, &bundle::cache_dir(&root)).unwrap_or_else(|errors| {
        eprintln!("{}", diagnostic::report(&errors));
        eprintln!(
            "{} problem(s) in content/: fix them, or run `cargo run -p navigator-core --bin navigator -- validate` to check without building",
            errors.len()
        );
        std::process::exit(1);
    });

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out.join("site.rs"), &site_source(&bundle));
    write(&out.join("paths.rs"), &paths_source());
    // In the binary form the app's data files have (`DataFile::binary`).
    std::fs::write(
        out.join("directory.bin"),
        postcard::to_allocvec(&bundle.directory).expect("the directory serialises"),
    )
    .expect("OUT_DIR is writable");
}

/// Each route of the content part (the one part with a router) in the route table
/// (`navigator_core::routes::Route`) as the segments the router matches, as
/// `leptos_router::path!` would write them, so that the router is typed (no cost in bytes) and
/// its addresses come from the table. `GuidancePage` becomes `GUIDANCE_PAGE`.
fn paths_source() -> String {
    let mut source = String::from("use leptos_router::{ParamSegment, StaticSegment};\n");
    for route in Route::ALL
        .into_iter()
        .filter(|route| route.part() == AppPart::Pages)
    {
        let (types, values): (Vec<&str>, Vec<String>) = route
            .path()
            .split('/')
            .filter(|segment| !segment.is_empty())
            .map(|segment| match segment.strip_prefix(':') {
                Some(name) => ("ParamSegment", format!("ParamSegment({name:?})")),
                None => (
                    "StaticSegment<&'static str>",
                    format!("StaticSegment({segment:?})"),
                ),
            })
            .unzip();
        let (kind, value) = match types.is_empty() {
            true => (String::from("()"), String::from("()")),
            false => (
                format!("({},)", types.join(", ")),
                format!("({},)", values.join(", ")),
            ),
        };
        let name = screaming_case(&format!("{route:?}"));
        writeln!(source, "pub const {name}: {kind} = {value};").expect("writing to a String");
    }
    source
}

/// `GuidancePage` as `GUIDANCE_PAGE`.
fn screaming_case(camel: &str) -> String {
    let mut name = String::new();
    for (index, letter) in camel.chars().enumerate() {
        if letter.is_uppercase() && index > 0 {
            name.push('_');
        }
        name.push(letter.to_ascii_uppercase());
    }
    name
}

fn build_date() -> Date {
    Date::today().unwrap_or_else(|error| panic!("{error}"))
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
}

/// The titles of guides linked from outcomes, the tracker's ideas, and the addresses of the
/// search index, the rule set, its opening and the problems' listings, as Rust statics, so they cost no
/// parsing at start-up. Nothing here grows with the number of pages: the pages and the index are
/// files written by `navigator-site publish`.
fn site_source(bundle: &Bundle) -> String {
    // The titles of the guides that outcomes link to: bounded by the rules, not the library.
    let mut source = String::from("pub static GUIDES: &[(&str, &str)] = &[\n");
    let mut linked: Vec<&str> = bundle
        .rules
        .outcomes
        .iter()
        .filter_map(|outcome| outcome.guidance.as_deref())
        .collect();
    linked.sort_unstable();
    linked.dedup();
    for slug in linked {
        if let Some(page) = bundle.guidance.pages.iter().find(|page| page.slug == slug) {
            writeln!(source, "({slug:?}, {:?}),", page.meta.title).expect("writing to a String");
        }
    }
    source.push_str("];\n\npub static IDEAS: &[(&str, &[&str])] = &[\n");
    for way in Way::ALL {
        let ideas = bundle
            .guidance
            .pages
            .iter()
            .find(|page| page.slug == way.guidance_slug())
            .map(|page| page.list_after_heading("ideas-to-try"))
            .unwrap_or_default();
        writeln!(source, "({:?}, &{:?}),", way.id(), ideas).expect("writing to a String");
    }
    // Each Easy Read picture's text alternative, for outcomes and the tracker.
    source.push_str("];\n\npub static PICTOGRAMS: &[(&str, &str)] = &[\n");
    for pictogram in &bundle.pictograms.all {
        writeln!(source, "({:?}, {:?}),", pictogram.id, pictogram.alt)
            .expect("writing to a String");
    }
    let data = bundle.data_files();
    writeln!(
        source,
        "];\n\npub static SEARCH_INDEX: &str = {:?};\npub static RULES: &str = {:?};\npub static RULES_OPENING: &str = {:?};\npub static RULES_SIGNS: &str = {:?};\npub static LISTINGS: &str = {:?};",
        data.search_index.path, data.rules.path, data.rules_opening.path, data.rules_signs.path, data.listings.path
    )
    .expect("writing to a String");
    source
}
