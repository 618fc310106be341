//! Finishing a build: after trunk has written the app shell (`index.html`, with the hashed
//! names of the stylesheet, script and WebAssembly), write every page at its own address with its
//! content in place, the fragments the app fetches, the search index, the Easy Read pictures, a
//! service worker that precaches this build's files, and the security policy with the hash of
//! trunk's loader script.

use crate::bundle::Bundle;
use crate::fingerprint::fingerprint;
use crate::html::escape;
use crate::routes::{AppPart, Drawing, Route, RulesNeeded};
use crate::site::page::Page;
use crate::site::stylesheet;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// `index.html` marks the inside of `<main>` with these comments; each page's content goes
/// between them.
pub const MAIN_START: &str = "<!--main-->";
/// Where the inside of `<main>` ends.
pub const MAIN_END: &str = "<!--/main-->";

/// The shell served by the service worker for an address it has no page for, while offline. It
/// starts [`AppPart::Pages`], which draws any content page from its fragment.
pub const APP_SHELL: &str = "app-shell.html";

/// The page shell trunk wrote, without its loader, kept because publishing replaces `index.html`
/// with the home page and must be able to run again on its own output.
const BARE_SHELL: &str = "shell.html";

/// The stylesheet trunk compiled, whole, kept for the same reason: pages link to a copy trimmed
/// to what the build uses ([`stylesheet::trimmed`]), named by its fingerprint. Not precached.
const WHOLE_STYLESHEET: &str = "shell.css";

const SITE_NAME: &str = "Kent &amp; Medway Care Navigator";

/// What was written.
pub struct Report {
    /// Pages written at their addresses.
    pub pages: usize,
    /// Content fragments written for the app to fetch.
    pub fragments: usize,
    /// The stylesheet's size whole and trimmed, in bytes.
    pub stylesheet_bytes: (usize, usize),
    /// Files the service worker stores on a first visit, for offline use.
    pub precached_files: usize,
    /// Their size in bytes, as written (before compression).
    pub precached_bytes: u64,
}

/// Writes the pages (drawn by the app's components at build time), fragments, search index,
/// service worker and headers file into `dist`, which holds trunk's output. Running it again on
/// its own output gives the same result.
pub fn publish(bundle: &Bundle, pages: &[Page], dist: &Path) -> Result<Report, String> {
    let shell = with_whole_stylesheet(dist, &bare_shell(dist)?)?;
    write(&dist.join(BARE_SHELL), &shell)?;
    let data = bundle.data_files();
    for file in [
        &data.search_index,
        &data.rules,
        &data.rules_opening,
        &data.rules_signs,
        &data.listings,
    ] {
        write(&dist.join(&file.path), &file.bytes)?;
    }
    let files = AppPart::ALL
        .into_iter()
        .map(|part| {
            fingerprint_worker_files(dist, part)?;
            Ok((part, part_files(dist, part)?))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let files_of = |part: AppPart| {
        &files
            .iter()
            .find(|(each, _)| *each == part)
            .expect("files for every part")
            .1
    };
    // A view cannot start without what it needs of the rules: fetch it beside the app.
    let rules_for = |route: &str| match Route::of(route).map(Route::rules_needed) {
        Some(RulesNeeded::Opening) => Some(data.rules_opening.path.as_str()),
        Some(RulesNeeded::Signs) => Some(data.rules_signs.path.as_str()),
        Some(RulesNeeded::Nothing) | None => None,
    };
    let every_loader: String = AppPart::ALL
        .into_iter()
        .map(|part| loader(files_of(part), None))
        .collect();
    let policy = content_security_policy(&with_loader(&shell, &every_loader)?)?;
    let plain_shell = with_policy(&shell, &policy);
    let shell_of = |page: &Page| match page.app_part() {
        Some(part) => with_loader(
            &plain_shell,
            &loader(files_of(part), rules_for(&page.route)),
        ),
        None => Ok(plain_shell.clone()),
    };

    let mut fragments = 0;
    // Only the pages part draws a page from its fragment (offline); the other parts' pages are
    // kept whole.
    let drawn_from_fragments = |page: &&Page| {
        page.drawing == Drawing::Written && AppPart::of(&page.route) == AppPart::Pages
    };
    for page in pages.iter().filter(drawn_from_fragments) {
        write(&dist.join(page.fragment_path()), &page.html)?;
        fragments += 1;
    }
    for pictogram in &bundle.pictograms.all {
        let path = crate::routes::pictogram(&pictogram.id);
        write(&dist.join(path.trim_start_matches('/')), &pictogram.svg)?;
    }

    for page in pages {
        write(&dist.join(page.file()), &compose(&shell_of(page)?, page)?)?;
    }
    let offline_page = Page {
        route: String::new(),
        title: String::new(),
        html: "<h1 tabindex=\"-1\">Kent &amp; Medway Care Navigator</h1>\n<p class=\"kmcn-loading\">Loading\u{2026}</p>\n".to_string(),
        drawing: Drawing::View,
    };
    let app_shell = compose(&shell_of(&offline_page)?, &offline_page)?;
    write(&dist.join(APP_SHELL), &app_shell)?;

    let stylesheet_bytes = link_trimmed_stylesheet(dist)?;

    let page_files: Vec<String> = pages.iter().map(Page::file).collect();
    // The offline shell starts the pages part, which draws every page of its routes (those
    // that start the services part among them) from their fragments; the pages of the other
    // parts' routes are kept as they are, under their routes.
    let kept_pages: Vec<(String, String)> = pages
        .iter()
        .filter(|page| AppPart::of(&page.route) != AppPart::Pages)
        .map(|page| (page.route.clone(), page.file()))
        .collect();
    let precache = precache_list(dist, &page_files, &kept_pages)?;
    let precached_bytes = precache.iter().map(|(_, size)| size).sum();
    let routes: Vec<&str> = pages
        .iter()
        .map(|page| page.route.as_str())
        .filter(|route| route.starts_with('/') && *route != crate::routes::NOT_FOUND)
        .collect();
    let files: Vec<String> = precache
        .iter()
        .map(|(path, _)| path.clone())
        .filter(|path| !kept_pages.iter().any(|(route, _)| route == path))
        .chain(page_files.iter().map(|file| format!("/{file}")))
        .collect();
    write(
        &dist.join("sw.js"),
        service_worker(
            &precache
                .iter()
                .map(|(path, _)| path.as_str())
                .collect::<Vec<_>>(),
            &routes,
            &contents_digest(dist, &files)?,
        ),
    )?;
    write(&dist.join("_headers"), headers_file(&policy, &precache))?;
    Ok(Report {
        pages: pages.len(),
        fragments,
        stylesheet_bytes,
        precached_files: precache.len(),
        precached_bytes,
    })
}

/// The page shell without trunk's loader: from `index.html` when trunk has just written it, else
/// the copy kept by the last publish.
fn bare_shell(dist: &Path) -> Result<String, String> {
    let index = read(&dist.join("index.html"))?;
    if index.contains("_bg.wasm") {
        without_trunk_loader(&index)
    } else {
        read(&dist.join(BARE_SHELL))
    }
}

/// `shell` linking to the whole stylesheet under [`WHOLE_STYLESHEET`]: on the first run, trunk's
/// `main-<hash>.css` is moved there, and the link loses trunk's integrity hash, which the trimmed
/// copy would not match.
fn with_whole_stylesheet(dist: &Path, shell: &str) -> Result<String, String> {
    let (start, end) = stylesheet_link(shell).ok_or("index.html links to no stylesheet")?;
    let link = &shell[start..end];
    let whole = format!("<link rel=\"stylesheet\" href=\"/{WHOLE_STYLESHEET}\">");
    if link == whole {
        return Ok(shell.to_string());
    }
    let href = link
        .split("href=\"/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("the stylesheet link has no href")?;
    std::fs::rename(dist.join(href), dist.join(WHOLE_STYLESHEET))
        .map_err(|error| format!("cannot keep the stylesheet {href}: {error}"))?;
    Ok(format!("{}{whole}{}", &shell[..start], &shell[end..]))
}

/// Where the link to the site's stylesheet (not the one for pages without JavaScript) is.
fn stylesheet_link(shell: &str) -> Option<(usize, usize)> {
    shell
        .match_indices("<link rel=\"stylesheet\"")
        .map(|(start, _)| {
            (
                start,
                start + shell[start..].find('>').map_or(0, |end| end + 1),
            )
        })
        .find(|&(start, end)| end > start && !shell[start..end].contains("noscript.css"))
}

/// Writes the stylesheet trimmed to the classes used by every other file of the build, as
/// `main-<fingerprint>.css` (removing an earlier run's), and points every page at it. Returns
/// the sizes whole and trimmed.
fn link_trimmed_stylesheet(dist: &Path) -> Result<(usize, usize), String> {
    let whole = read(&dist.join(WHOLE_STYLESHEET))?;
    let mut files = Vec::new();
    let mut pages = Vec::new();
    for path in files_under(dist)? {
        let extension = path.extension().and_then(|extension| extension.to_str());
        if extension == Some("css") {
            continue;
        }
        if extension == Some("html") && !path.ends_with(BARE_SHELL) {
            pages.push(path.clone());
        }
        files.push(
            std::fs::read(&path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?,
        );
    }
    let used = stylesheet::UsedClasses::of(&whole, files.iter().map(Vec::as_slice));
    let css = stylesheet::trimmed(&whole, &used);
    let name = format!("main-{}.css", fingerprint(css.as_bytes()));
    for entry in std::fs::read_dir(dist)
        .map_err(|error| format!("cannot read {}: {error}", dist.display()))?
    {
        let path = entry.map_err(|error| error.to_string())?.path();
        let file = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        if file.starts_with("main-") && file.ends_with(".css") {
            std::fs::remove_file(&path)
                .map_err(|error| format!("cannot remove {}: {error}", path.display()))?;
        }
    }
    write(&dist.join(&name), &css)?;
    let whole_link = format!("href=\"/{WHOLE_STYLESHEET}\"");
    for page in pages {
        let html = read(&page)?;
        write(
            &page,
            html.replace(&whole_link, &format!("href=\"/{name}\"")),
        )?;
    }
    Ok((whole.len(), css.len()))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))
}

fn write(path: &Path, text: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// The bodies of the inline `<script>` elements in `html` (trunk's loader), as written.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|offset| start + offset + 1) else {
            break;
        };
        let Some(close) = rest[open_end..]
            .find("</script>")
            .map(|offset| open_end + offset)
        else {
            break;
        };
        if !rest[start..open_end].contains(" src=") {
            scripts.push(&rest[open_end..close]);
        }
        rest = &rest[close..];
    }
    scripts
}

/// `shell` without the loader trunk wrote for its one main binary, and its preloads.
fn without_trunk_loader(shell: &str) -> Result<String, String> {
    let mut bare = shell.to_string();
    let loader = inline_scripts(shell)
        .into_iter()
        .find(|script| script.contains("_bg.wasm"))
        .ok_or("index.html has no loader script for the app: was it built by trunk?")?;
    let body_at = bare.find(loader).expect("the loader is in the shell");
    let start = bare[..body_at]
        .rfind("<script")
        .expect("a script body follows its tag");
    let end = body_at + loader.len() + "</script>".len();
    bare.replace_range(start..end, "");
    for preload in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        let start = bare
            .find(preload)
            .ok_or_else(|| format!("index.html has no {preload}>: was it built by trunk?"))?;
        let end = start + bare[start..].find('>').expect("a tag ends") + 1;
        bare.replace_range(start..end, "");
    }
    Ok(bare)
}

/// trunk names a worker's files after its binary alone (`<binary>.js`, `<binary>_bg.wasm`):
/// renames them with a hash of their content, as trunk names its main binary's, so they can be
/// cached for good.
fn fingerprint_worker_files(dist: &Path, part: AppPart) -> Result<(), String> {
    let script = dist.join(format!("{}.js", part.binary()));
    let wasm = dist.join(format!("{}_bg.wasm", part.binary()));
    if !(script.is_file() && wasm.is_file()) {
        return Ok(());
    }
    let bytes = |path: &Path| {
        std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
    };
    let hash = fingerprint(&[bytes(&script)?, bytes(&wasm)?].concat());
    for (from, suffix) in [(script, ".js"), (wasm, "_bg.wasm")] {
        let to = dist.join(format!("{}-{hash}{suffix}", part.binary()));
        std::fs::rename(&from, &to)
            .map_err(|error| format!("cannot rename {}: {error}", from.display()))?;
    }
    Ok(())
}

/// The names of a part's script and WebAssembly in `dist`: `<binary>-<hash>.js` and
/// `<binary>-<hash>_bg.wasm`.
fn part_files(dist: &Path, part: AppPart) -> Result<(String, String), String> {
    let names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|error| format!("cannot read {}: {error}", dist.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    let prefix = format!("{}-", part.binary());
    let missing = || {
        format!(
            "no {prefix}<hash>.js with its {prefix}<hash>_bg.wasm in {}: was the app built by trunk?",
            dist.display()
        )
    };
    let wasm = names
        .iter()
        .find(|name| {
            name.strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix("_bg.wasm"))
                .is_some_and(|hash| hash.len() >= 12 && hash.chars().all(|c| c.is_ascii_hexdigit()))
        })
        .ok_or_else(missing)?;
    let script = format!(
        "{}.js",
        wasm.strip_suffix("_bg.wasm").expect("found by its ending")
    );
    if !names.contains(&script) {
        return Err(missing());
    }
    Ok((script, wasm.clone()))
}

/// The HTML that starts a part: preloads for its script, its WebAssembly and the `data` file it
/// needs to start, all fetched in parallel (anonymous CORS, as the app's own fetches ask), then
/// the script, which marks the page if the app fails to load, so that it shows what to do
/// without it.
fn loader((script, wasm): &(String, String), data: Option<&str>) -> String {
    let data = data.map_or(String::new(), |path| {
        format!("<link rel=\"preload\" href=\"/{path}\" as=\"fetch\" type=\"application/octet-stream\" crossorigin=\"anonymous\" fetchpriority=\"low\">\n")
    });
    format!(
        "<link rel=\"modulepreload\" href=\"/{script}\">\n<link rel=\"preload\" href=\"/{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\" fetchpriority=\"low\">\n{data}<script type=\"module\">try {{\n  const {{ default: init }} = await import('/{script}');\n  await init({{ module_or_path: '/{wasm}' }});\n}} catch (error) {{\n  document.documentElement.dataset.app = 'failed';\n  throw error;\n}}</script>\n"
    )
}

/// `shell` with `loader` at the end of its `<head>`.
fn with_loader(shell: &str, loader: &str) -> Result<String, String> {
    let at = shell.find("</head>").ok_or("index.html has no </head>")?;
    Ok(format!("{}{loader}{}", &shell[..at], &shell[at..]))
}

/// The policy for every page: everything from this site only, the loader script by its hash,
/// and WebAssembly allowed to compile. No inline styles, no other origin, no plugins.
pub fn content_security_policy(shell: &str) -> Result<String, String> {
    let hashes: Vec<String> = inline_scripts(shell)
        .into_iter()
        .map(|script| {
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()))
            )
        })
        .collect();
    if hashes.is_empty() {
        return Err("index.html has no inline loader script: was it built by trunk?".to_string());
    }
    Ok(format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
        hashes.join(" ")
    ))
}

const POLICY_TAG: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

/// `shell` with the policy as the first thing in `<head>` after the character set, replacing any
/// policy it had.
fn with_policy(shell: &str, policy: &str) -> String {
    let mut shell = shell.to_string();
    if let Some(start) = shell.find(POLICY_TAG) {
        // From the end of the line before, as the tag was inserted.
        let line = shell[..start].rfind('\n').unwrap_or(start);
        if let Some(end) = shell[start..].find('>').map(|offset| start + offset + 1) {
            shell.replace_range(line..end, "");
        }
    }
    let charset = "<meta charset=\"utf-8\">";
    let at = shell.find(charset).map_or(0, |at| at + charset.len());
    shell.insert_str(at, &format!("\n  {POLICY_TAG}{}\">", escape(policy)));
    shell
}

/// The shell with the page's title and its content inside `<main>`.
fn compose(shell: &str, page: &Page) -> Result<String, String> {
    let start = shell
        .find(MAIN_START)
        .ok_or_else(|| format!("index.html has no {MAIN_START} inside <main>"))?
        + MAIN_START.len();
    let end = shell[start..]
        .find(MAIN_END)
        .map(|offset| start + offset)
        .ok_or_else(|| format!("index.html has no {MAIN_END} after {MAIN_START}"))?;
    // One element around the content: a part of the app that draws its own view there removes
    // it whole (the app's `start`).
    let mut html = format!(
        "{}\n<div>\n{}</div>\n{}",
        &shell[..start],
        page.html,
        &shell[end..]
    );
    let title = if page.title.is_empty() {
        SITE_NAME.to_string()
    } else {
        format!("{} - {SITE_NAME}", escape(&page.title))
    };
    let title_start = html.find("<title>").ok_or("index.html has no <title>")? + "<title>".len();
    let title_end = html[title_start..]
        .find("</title>")
        .map(|offset| title_start + offset)
        .ok_or("index.html has no </title>")?;
    html.replace_range(title_start..title_end, &title);
    Ok(html)
}

/// Every file of the build the service worker stores on install, with its size: the app shell,
/// the app, styles, icons, the fragments and the search index, and `kept_pages` (route and file)
/// under their routes. Not the other pages, which repeat the fragments: offline, the shell draws
/// any of them from its fragment.
fn precache_list(
    dist: &Path,
    page_files: &[String],
    kept_pages: &[(String, String)],
) -> Result<Vec<(String, u64)>, String> {
    let mut files = Vec::new();
    for (route, file) in kept_pages {
        let path = dist.join(file);
        let size = std::fs::metadata(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?
            .len();
        files.push((route.clone(), size));
    }
    for path in files_under(dist)? {
        let relative = path
            .strip_prefix(dist)
            .expect("found under dist")
            .to_string_lossy()
            .replace('\\', "/");
        let skipped = page_files.contains(&relative)
            || [
                "sw.js",
                "_headers",
                "robots.txt",
                BARE_SHELL,
                WHOLE_STYLESHEET,
            ]
            .contains(&relative.as_str());
        if !skipped {
            let size = std::fs::metadata(&path).map(|meta| meta.len()).unwrap_or(0);
            files.push((format!("/{relative}"), size));
        }
    }
    files.sort();
    Ok(files)
}

/// Every file under `dir`, at any depth.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir)
            .map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
        for entry in entries {
            let path = entry
                .map_err(|error| format!("cannot read {}: {error}", dir.display()))?
                .path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    Ok(files)
}

/// Files whose names carry a hash of their content, so they never change: trunk's `name-<hash>`
/// and our `name-<fingerprint>`.
fn is_fingerprinted(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() >= 12 && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A `_headers` file (the format Netlify and Cloudflare Pages read) with the policy on every
/// response and caching for a year on fingerprinted files. Everything else keeps the host's
/// default of checking for a new copy on each visit.
fn headers_file(policy: &str, precache: &[(String, u64)]) -> String {
    let mut text = format!(
        "# Written by `navigator-site publish` for this build. See README, \"Deploy\".\n/*\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n"
    );
    for (path, _) in precache.iter().filter(|(path, _)| is_fingerprinted(path)) {
        text.push_str(&format!(
            "{path}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    text.push_str("/sw.js\n  Cache-Control: no-cache\n");
    text
}

/// A hash of every file's name and bytes. A fragment keeps its name when its text changes, so
/// the service worker's version must follow contents, or a corrected care card would never reach
/// people who visited before.
fn contents_digest(dist: &Path, files: &[String]) -> Result<String, String> {
    let mut digest = Sha256::new();
    for file in files {
        let path = dist.join(file.trim_start_matches('/'));
        let bytes = std::fs::read(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        digest.update(file.as_bytes());
        digest.update((bytes.len() as u64).to_le_bytes());
        digest.update(&bytes);
    }
    Ok(format!("{:x}", digest.finalize()))
}

const SERVICE_WORKER: &str = include_str!("service-worker.js");

fn service_worker(precache: &[&str], routes: &[&str], contents: &str) -> String {
    let list = serde_json::to_string(precache).expect("paths serialise");
    let immutable: Vec<&str> = precache
        .iter()
        .copied()
        .filter(|path| is_fingerprinted(path))
        .collect();
    let immutable = serde_json::to_string(&immutable).expect("paths serialise");
    let routes = serde_json::to_string(routes).expect("routes serialise");
    let version = fingerprint(format!("{SERVICE_WORKER}{list}{routes}{contents}").as_bytes());
    SERVICE_WORKER
        .replace("__VERSION__", &version)
        .replace("__PRECACHE__", &list)
        .replace("__IMMUTABLE__", &immutable)
        .replace("__PAGES__", &routes)
        .replace("__APP_SHELL__", &format!("/{APP_SHELL}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<!doctype html>\n<html><head>\n<meta charset=\"utf-8\">\n<title>Kent &amp; Medway Care Navigator</title>\n<script type=\"module\">import init from '/app-0123456789abcdef.js';\nawait init('/app-0123456789abcdef_bg.wasm');</script>\n<link rel=\"modulepreload\" href=\"/app-0123456789abcdef.js\"><link rel=\"preload\" href=\"/app-0123456789abcdef_bg.wasm\" as=\"fetch\"></head>\n<body><main id=\"maincontent\"><!--main--><p>Loading</p><!--/main--></main></body></html>\n";

    #[test]
    fn the_policy_allows_the_loader_by_its_hash_and_nothing_from_elsewhere() {
        let policy = content_security_policy(SHELL).unwrap();
        let script = "import init from '/app-0123456789abcdef.js';\nawait init('/app-0123456789abcdef_bg.wasm');";
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script));
        assert!(policy.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'"
        )));
        assert!(policy.starts_with("default-src 'self';"));
        assert!(!policy.contains("unsafe-inline"));
        assert!(content_security_policy("<html></html>").is_err());
    }

    #[test]
    fn a_page_gets_its_title_and_content_and_publishing_twice_changes_nothing() {
        let policy = content_security_policy(SHELL).unwrap();
        let page = Page {
            route: "/guidance/flu".into(),
            title: "Flu".into(),
            html: "<h1>Flu</h1>".into(),
            drawing: Drawing::Written,
        };
        let once = compose(&with_policy(SHELL, &policy), &page).unwrap();
        assert!(once.contains("<title>Flu - Kent &amp; Medway Care Navigator</title>"));
        assert!(once.contains("<!--main-->\n<div>\n<h1>Flu</h1></div>\n<!--/main-->"));
        assert!(!once.contains("<p>Loading</p>"));
        assert_eq!(once.matches(POLICY_TAG).count(), 1);
        // The policy comes before any script it governs.
        assert!(once.find(POLICY_TAG).unwrap() < once.find("<script").unwrap());
        let twice = compose(&with_policy(&once, &policy), &page).unwrap();
        assert_eq!(once, twice);
    }

    #[test]
    fn each_page_loads_only_the_part_of_the_app_it_needs() {
        let bare = without_trunk_loader(SHELL).unwrap();
        assert!(!bare.contains("0123456789abcdef"), "{bare}");
        assert!(bare.contains("<main id=\"maincontent\"><!--main-->"));
        assert!(without_trunk_loader(&bare).is_err());

        let dist = std::env::temp_dir().join(format!("kmcn-parts-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        for name in [
            "tracker-0123456789abcdef.js",
            "tracker-0123456789abcdef_bg.wasm",
            "tracker-notes.js",
            "questions-fedcba9876543210.js",
        ] {
            std::fs::write(dist.join(name), "").unwrap();
        }
        let tracker = part_files(&dist, AppPart::Tracker).unwrap();
        assert_eq!(
            tracker,
            (
                "tracker-0123456789abcdef.js".to_string(),
                "tracker-0123456789abcdef_bg.wasm".to_string()
            )
        );
        assert!(part_files(&dist, AppPart::Questions)
            .unwrap_err()
            .contains("no questions-<hash>.js with its questions-<hash>_bg.wasm"));
        std::fs::write(dist.join("questions.js"), "script").unwrap();
        std::fs::write(dist.join("questions_bg.wasm"), "wasm").unwrap();
        fingerprint_worker_files(&dist, AppPart::Questions).unwrap();
        let hash = fingerprint(b"scriptwasm");
        assert_eq!(
            part_files(&dist, AppPart::Questions).unwrap(),
            (
                format!("questions-{hash}.js"),
                format!("questions-{hash}_bg.wasm")
            )
        );
        assert!(!dist.join("questions.js").exists());
        std::fs::remove_dir_all(&dist).unwrap();

        let shell = with_loader(&bare, &loader(&tracker, None)).unwrap();
        let head = &shell[..shell.find("</head>").unwrap()];
        assert_eq!(head.matches("/tracker-0123456789abcdef").count(), 4);
        assert_eq!(inline_scripts(&shell).len(), 1);
        assert!(!head.contains(".bin"));
        let with_data = loader(&tracker, Some("content/rules-0123456789ab.bin"));
        assert!(with_data.contains(
            "<link rel=\"preload\" href=\"/content/rules-0123456789ab.bin\" as=\"fetch\" type=\"application/octet-stream\""
        ));
        assert!(with_loader("<body></body>", "").is_err());

        let page = |route: &str, html: &str, drawing| Page {
            route: route.into(),
            title: "X".into(),
            html: html.into(),
            drawing,
        };
        assert_eq!(
            page("/carers", "<h1>Carers</h1>", Drawing::Written).app_part(),
            None
        );
        assert_eq!(
            page("/where-to-go", "<h1>Where</h1>", Drawing::View).app_part(),
            Some(AppPart::Questions)
        );
        assert_eq!(
            page(
                "/services/x",
                "<h1>X</h1><p class=\"kmcn-open-now\" data-service=\"x\"></p>",
                Drawing::Written
            )
            .app_part(),
            Some(AppPart::Services)
        );
        assert_eq!(
            page("/services", "<h1>Find</h1>", Drawing::Written).app_part(),
            Some(AppPart::Services)
        );
        assert_eq!(
            page("", "<h1>Loading</h1>", Drawing::View).app_part(),
            Some(AppPart::Pages)
        );
    }

    #[test]
    fn pages_link_the_stylesheet_trimmed_to_the_build_and_a_new_build_trims_it_again() {
        let dist = std::env::temp_dir().join(format!("kmcn-stylesheet-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("guidance")).unwrap();
        let trunk_css = "main-0123456789abcdef.css";
        std::fs::write(
            dist.join(trunk_css),
            ".kmcn-used { a: b; }\n.kmcn-unused { a: c; }\n.kmcn-day--3 { a: d; }\n",
        )
        .unwrap();
        std::fs::write(dist.join("app_bg.wasm"), b"\0kmcn-day--\0").unwrap();
        let shell = format!("<head><link rel=\"stylesheet\" href=\"/{trunk_css}\" integrity=\"sha384-x\"/>\n<noscript><link rel=\"stylesheet\" href=\"/noscript.css\"></noscript></head>");
        let bare = with_whole_stylesheet(&dist, &shell).unwrap();
        assert_eq!(
            with_whole_stylesheet(&dist, &bare).unwrap(),
            bare,
            "a second run keeps it"
        );
        assert!(
            !bare.contains("integrity") && bare.contains("href=\"/noscript.css\""),
            "{bare}"
        );
        let page = |classes: &str| {
            let html = format!("{bare}<p class=\"{classes}\">");
            std::fs::write(dist.join("guidance/index.html"), html).unwrap();
        };
        let linked = || {
            let html = std::fs::read_to_string(dist.join("guidance/index.html")).unwrap();
            let name = html
                .split("href=\"/")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_string();
            let css = std::fs::read_to_string(dist.join(&name)).unwrap();
            (name, css)
        };

        page("kmcn-used");
        let (whole, trimmed) = link_trimmed_stylesheet(&dist).unwrap();
        let (first, css) = linked();
        assert!(is_fingerprinted(&first) && first != trunk_css, "{first}");
        assert_eq!(css, ".kmcn-used { a: b; }\n.kmcn-day--3 { a: d; }\n");
        let whole_css = std::fs::read_to_string(dist.join(WHOLE_STYLESHEET)).unwrap();
        assert_eq!((whole, trimmed), (whole_css.len(), css.len()));
        assert!(
            whole_css.contains(".kmcn-unused"),
            "kept whole for the next build"
        );

        page("kmcn-used kmcn-unused");
        link_trimmed_stylesheet(&dist).unwrap();
        let (second, css) = linked();
        assert!(css.contains(".kmcn-unused"), "{css}");
        assert!(
            !dist.join(&first).exists(),
            "the first run's copy is left behind"
        );
        assert_ne!(first, second);
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn a_shell_without_the_main_markers_is_refused() {
        let page = Page {
            route: "/".into(),
            title: "Home".into(),
            html: String::new(),
            drawing: Drawing::Written,
        };
        assert!(compose("<title></title><main></main>", &page)
            .unwrap_err()
            .contains("<!--main-->"));
    }

    #[test]
    fn fingerprinted_names_are_told_apart_from_the_rest() {
        assert!(is_fingerprinted("/questions-914b0144196ffdec_bg.wasm"));
        assert!(is_fingerprinted("/main-b00803a8b5990b63.css"));
        assert!(is_fingerprinted("/content/guidance/flu-8c9b4d76d0e6.html"));
        assert!(!is_fingerprinted("/app-shell.html"));
        assert!(!is_fingerprinted("/manifest.webmanifest"));
        assert!(!is_fingerprinted("/icons/icon-192.png"));
    }

    #[test]
    fn the_service_worker_lists_this_builds_files_and_changes_version_with_them() {
        let first = service_worker(&["/a-0123456789ab.css"], &["/"], "");
        assert!(first.contains("[\"/a-0123456789ab.css\"]"));
        assert!(!first.contains("__"));
        let second = service_worker(&["/a-ba9876543210.css"], &["/"], "");
        let version = |sw: &str| {
            sw.lines()
                .find(|line| line.starts_with("const VERSION"))
                .unwrap()
                .to_string()
        };
        assert_ne!(version(&first), version(&second));
    }

    #[test]
    fn a_fragment_that_keeps_its_name_but_changes_its_text_changes_the_version() {
        let dist = std::env::temp_dir().join(format!("kmcn-digest-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("content/guidance")).unwrap();
        let fragment = dist.join("content/guidance/flu.html");
        let files = ["/content/guidance/flu.html".to_string()];
        let version_with = |text: &str| {
            std::fs::write(&fragment, text).unwrap();
            let worker = service_worker(
                &["/content/guidance/flu.html"],
                &["/guidance/flu"],
                &contents_digest(&dist, &files).unwrap(),
            );
            worker
                .lines()
                .find(|line| line.starts_with("const VERSION"))
                .unwrap()
                .to_string()
        };
        let non_urgent = version_with("<h2 class=\"non-urgent\">Ask a pharmacist</h2>");
        let urgent = version_with("<h2 class=\"urgent\">Call 111 now</h2>");
        std::fs::remove_dir_all(&dist).unwrap();
        assert_ne!(non_urgent, urgent);
    }
}
