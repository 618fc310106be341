//! `navigator-site`: the pages of the site, drawn by the app's components at build time.
//!
//!     navigator-site publish --dist DIR [--content DIR] [--today YYYY-MM-DD]
//!     navigator-site routes [--content DIR] [--today YYYY-MM-DD]

use navigator_core::bundle::{self, Bundle};
use navigator_core::routes::{AppPart, Drawing, Route};
use navigator_core::signpost::RED_FLAG_QUESTION;
use navigator_core::site::page::Page;
use navigator_core::{diagnostic, Date};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  navigator-site publish --dist DIR [--content DIR]   finish a trunk build in DIR: every page at its address, the
                                                      fragments and search index the app fetches, the service
                                                      worker and the security policy
  navigator-site routes [--content DIR]               every page with its route, as JSON, for the end-to-end tests

DIR defaults to NAVIGATOR_CONTENT, or content/ if that is not set. The content's review dates are
checked as of --today, else NAVIGATOR_TODAY, else today in London.";

struct Options {
    command: String,
    dist: Option<PathBuf>,
    content: PathBuf,
    today: Date,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let command = args.next().ok_or("no command given")?;
    let mut options = Options {
        command,
        dist: None,
        content: PathBuf::from(std::env::var("NAVIGATOR_CONTENT").unwrap_or("content".into())),
        today: Date::today()?,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--content" => options.content = args.next().ok_or("--content needs a folder")?.into(),
            "--dist" => options.dist = Some(args.next().ok_or("--dist needs a folder")?.into()),
            "--today" => {
                let text = args.next().ok_or("--today needs a date")?;
                options.today = text.parse().map_err(|error| format!("--today: {error}"))?;
            }
            "-h" | "--help" => return Err("help".into()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(options)
}

fn run(options: &Options) -> Result<(), String> {
    // Where to publish, asked before the content is loaded; none for `routes`.
    let dist = match options.command.as_str() {
        "publish" => Some(
            options
                .dist
                .as_ref()
                .ok_or("publish needs --dist DIR (trunk's output)")?,
        ),
        "routes" => None,
        other => return Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cache = bundle::cache_dir(&workspace);
    let bundle = bundle::load_once(&options.content, options.today, &cache)
        .map_err(|errors| diagnostic::failed_checks(&errors, &options.content))?;
    // The components borrow the content for as long as the program runs.
    let bundle: &'static Bundle = Box::leak(Box::new(bundle));
    let pages = navigator_site::pages(bundle);
    let Some(dist) = dist else {
        println!("{:#}", routes_json(&pages));
        return Ok(());
    };
    let report = navigator_core::site::publish::publish(bundle, &pages, dist)?;
    println!(
        "published {} pages and {} fragments in {}; the stylesheet trimmed from {} KB to {} KB; the service worker precaches {} files ({} KB)",
        report.pages,
        report.fragments,
        dist.display(),
        report.stylesheet_bytes.0 / 1024,
        report.stylesheet_bytes.1 / 1024,
        report.precached_files,
        report.precached_bytes / 1024
    );
    Ok(())
}

/// Every page of the site with its route in the route table, the heading it opens with once
/// the app (if any) has drawn it, whether it is one of the app's views, and the part of the app it
/// starts, if any. The pages come in the order of the route table.
fn routes_json(pages: &[Page]) -> Value {
    let listed = pages.iter().filter_map(|page| {
        let route = Route::of(&page.route)?;
        // The questions open on the emergency signs, under their own heading.
        let heading = match route {
            Route::WhereToGo => RED_FLAG_QUESTION,
            _ => &page.title,
        };
        Some(json!({
            "route": format!("{route:?}"),
            "path": page.route,
            "heading": heading,
            "view": route.drawing() == Drawing::View,
            "part": page.app_part().map(AppPart::binary),
        }))
    });
    Value::Array(listed.collect())
}
