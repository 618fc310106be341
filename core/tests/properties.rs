//! Property tests over the parts of the crate that read text people write or type: guidance
//! markdown must only ever become allow-listed markup, and front matter, signposting rules,
//! postcodes and search queries must never panic, whatever they are given.

use navigator_core::content::{compile_page, Context, GuidancePage};
use navigator_core::directory::{self, outward_code, Directory, PostcodeError};
use navigator_core::search::{build_index, highlight, load_synonyms, IndexedPage, SearchIndex};
use navigator_core::signpost::load_dir_leniently;
use navigator_core::{Date, Diagnostic};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn content() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn today() -> Date {
    "2026-11-23".parse().unwrap()
}

/// Cuts `text` at a char boundary at or before `at` and puts `insert` there.
fn splice(text: &str, at: usize, insert: &str) -> String {
    let at = at.min(text.len());
    let at = (0..=at)
        .rev()
        .find(|index| text.is_char_boundary(*index))
        .unwrap_or(0);
    format!("{}{insert}{}", &text[..at], &text[at..])
}

/// Strings built from `pieces` and random text.
fn assembled(pieces: &'static [&'static str], max_parts: usize) -> BoxedStrategy<String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(pieces).prop_map(str::to_string),
        2 => "[a-zA-Z0-9 ]{1,12}",
        1 => "[ -~]{1,8}",
        1 => "\\PC{1,4}",
    ];
    proptest::collection::vec(piece, 0..max_parts)
        .prop_map(|parts| parts.concat())
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Guidance markdown: only allow-listed markup comes out.

const FRONT: &str = r#"+++
title = "Sore throat"
summary = "How to ease a sore throat and when to get help."
audience = ["everyone"]
topics = ["throat"]
last_reviewed = 2026-11-01
next_review = 2027-05-01
related = ["back-pain"]
reading_ease_note = "Random text reads badly; this page is only for the property tests."

[[sources]]
title = "NICE CKS: Sore throat - acute"
url = "https://cks.nice.org.uk/topics/sore-throat-acute/"
+++
"#;

fn slugs() -> BTreeSet<String> {
    ["sore-throat", "back-pain"]
        .into_iter()
        .map(String::from)
        .collect()
}

fn compile(source: &str) -> Result<GuidancePage, Vec<Diagnostic>> {
    compile_page(
        "sore-throat.md",
        source,
        &Context {
            today: today(),
            pictograms: &Default::default(),
            slugs: &slugs(),
        },
    )
}

const MARKDOWN_PIECES: &[&str] = &[
    "\n",
    "\n\n",
    "# ",
    "## ",
    "### ",
    "#### ",
    "Title\n===\n",
    "Title\n---\n",
    "{#",
    "}",
    "{#intro}",
    "{#Intro_2}",
    "{#x\"onmouseover=\"alert(1)\"data-a=}",
    "{#a onclick=b}",
    "{.urgent}",
    "{.emergency rule=a-rule}",
    "{.non-urgent}",
    "{.urgent #x\"y}",
    "{rule=x}",
    "{.x\"onclick=y}",
    "<script>alert(1)</script>",
    "<a href=x onclick=y>",
    "</a>",
    "<div>",
    "<!-- c -->",
    "[t](javascript:alert(1))",
    "[t](JaVaScRiPt:alert(1))",
    "[t](java&#115;cript:alert(1))",
    "[t](&#106;avascript:alert(1))",
    "[t]( javascript:alert(1))",
    "[t](https://example.org \"ti\\\"tle\")",
    "[t](https://example.org/\"onclick=\"x)",
    "[t](back-pain.md#x\"onclick=\"y)",
    "[t](back-pain.md)",
    "[t](#frag\"x)",
    "[t](/where-to-go)",
    "[t][r]\n\n[r]: javascript:alert(1)\n",
    "[r]: https://example.org\n",
    "<https://example.org>",
    "<javascript:alert(1)>",
    "<a@example.org>",
    "![img](x.png)",
    "\"",
    "'",
    "<",
    ">",
    "&",
    "&amp;",
    "&#60;",
    "&quot;",
    "&lt;script&gt;",
    "`",
    "``",
    "```",
    "```js\" onclick=\"x\n",
    "~~~\n",
    "    code\n",
    "| a | b |\n|:--|--:|\n| c | d |\n",
    "| x |\n|---|\n",
    "|",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "3) ",
    "> ",
    "**",
    "*",
    "_",
    "~~",
    "---\n",
    "\\",
    "  \n",
    "onclick=",
    "javascript:",
    "style=",
];

/// Every element the renderer writes, with the attributes each may carry.
const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("h2", &["id", "class"]),
    ("h3", &["id", "class"]),
    ("h4", &["id", "class"]),
    ("h5", &["id", "class"]),
    ("h6", &["id", "class"]),
    ("ul", &["class"]),
    ("ol", &["class", "start"]),
    ("li", &[]),
    ("a", &["href", "title"]),
    ("em", &[]),
    ("strong", &[]),
    ("code", &["class"]),
    ("pre", &[]),
    ("div", &["class"]),
    ("span", &["class", "aria-hidden"]),
    ("table", &["class"]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tr", &[]),
    ("th", &["style"]),
    ("td", &["style"]),
    ("br", &[]),
    ("hr", &[]),
];

#[derive(Debug)]
struct ScannedTag {
    name: String,
    closing: bool,
    attributes: Vec<(String, String)>,
}

/// Reads every tag in `html`, failing on anything that is not a well-formed tag with
/// double-quoted attributes, or on a bare `<`, `>` or `&` in text.
fn scan(html: &str) -> Result<Vec<ScannedTag>, String> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut at = 0;
    let context = |at: usize| {
        let start = (0..=at.saturating_sub(40))
            .rev()
            .find(|index| html.is_char_boundary(*index))
            .unwrap_or(0);
        let end = (at + 40..=html.len())
            .find(|index| html.is_char_boundary(*index))
            .unwrap_or(html.len());
        html[start..end.min(html.len())].to_string()
    };
    while at < bytes.len() {
        match bytes[at] {
            b'<' => {
                at += 1;
                let closing = bytes.get(at) == Some(&b'/');
                if closing {
                    at += 1;
                }
                let name_start = at;
                while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
                    at += 1;
                }
                if at == name_start {
                    return Err(format!("`<` that starts no tag near {:?}", context(at)));
                }
                let name = html[name_start..at].to_string();
                let mut attributes = Vec::new();
                loop {
                    while at < bytes.len() && bytes[at] == b' ' {
                        at += 1;
                    }
                    match bytes.get(at) {
                        None => return Err(format!("unclosed tag <{name} at the end")),
                        Some(b'>') => {
                            at += 1;
                            break;
                        }
                        Some(b'/') if bytes.get(at + 1) == Some(&b'>') => {
                            at += 2;
                            break;
                        }
                        Some(_) if closing => {
                            return Err(format!(
                                "closing tag with more in it near {:?}",
                                context(at)
                            ))
                        }
                        Some(_) => {}
                    }
                    let attribute_start = at;
                    while at < bytes.len() && (bytes[at].is_ascii_lowercase() || bytes[at] == b'-')
                    {
                        at += 1;
                    }
                    if at == attribute_start {
                        return Err(format!("unexpected text in a tag near {:?}", context(at)));
                    }
                    let attribute = html[attribute_start..at].to_string();
                    if bytes.get(at) != Some(&b'=') || bytes.get(at + 1) != Some(&b'"') {
                        return Err(format!(
                            "attribute `{attribute}` without a double-quoted value near {:?}",
                            context(at)
                        ));
                    }
                    at += 2;
                    let value_start = at;
                    while at < bytes.len() && bytes[at] != b'"' {
                        if bytes[at] == b'<' {
                            return Err(format!("`<` in an attribute near {:?}", context(at)));
                        }
                        at += 1;
                    }
                    if at == bytes.len() {
                        return Err(format!("attribute `{attribute}` never closed"));
                    }
                    attributes.push((attribute, html[value_start..at].to_string()));
                    at += 1;
                }
                tags.push(ScannedTag {
                    name,
                    closing,
                    attributes,
                });
            }
            b'>' => return Err(format!("bare `>` in text near {:?}", context(at))),
            b'&' => {
                let rest = &html[at + 1..];
                let end = rest.find(';').filter(|end| *end <= 10);
                let entity = end.map(|end| &rest[..end]);
                let well_formed = entity.is_some_and(|entity| {
                    let numeric =
                        entity
                            .strip_prefix('#')
                            .map(|number| match number.strip_prefix('x') {
                                Some(hex) => {
                                    !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit())
                                }
                                None => {
                                    !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
                                }
                            });
                    numeric.unwrap_or_else(|| {
                        !entity.is_empty() && entity.chars().all(|c| c.is_ascii_alphanumeric())
                    })
                });
                if !well_formed {
                    return Err(format!("bare `&` in text near {:?}", context(at)));
                }
                at += 1;
            }
            _ => at += 1,
        }
    }
    Ok(tags)
}

/// An attribute value as a browser reads it: character references decoded.
fn decode_attribute(value: &str) -> String {
    let mut decoded = String::new();
    let mut rest = value;
    while let Some(start) = rest.find('&') {
        decoded.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let character = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity.strip_prefix('#').and_then(|number| {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => number.parse().ok(),
                };
                code.and_then(char::from_u32)
            }),
        };
        match character {
            Some(character) => {
                decoded.push(character);
                rest = &rest[end + 1..];
            }
            None => {
                decoded.push('&');
                rest = &rest[1..];
            }
        }
    }
    decoded.push_str(rest);
    decoded
}

/// The scheme of a link, as a browser finds it (tabs, newlines and leading spaces ignored).
fn scheme(href: &str) -> Option<String> {
    let href: String = href
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let href = href.trim_start_matches(|c: char| c <= ' ');
    let colon = href.find(':')?;
    let before = &href[..colon];
    if before.contains(['/', '?', '#']) {
        return None;
    }
    Some(before.to_ascii_lowercase())
}

/// Every problem with the markup in `html`: tags or attributes off the allow-list, event
/// handlers, script URLs, ids outside `[a-z0-9-]`, bad nesting.
fn markup_problems(html: &str) -> Vec<String> {
    let tags = match scan(html) {
        Ok(tags) => tags,
        Err(problem) => return vec![problem],
    };
    let mut problems = Vec::new();
    let mut open: Vec<&str> = Vec::new();
    for tag in &tags {
        let Some((_, attributes)) = ALLOWED.iter().find(|(name, _)| *name == tag.name) else {
            problems.push(format!("tag <{}> is not on the allow-list", tag.name));
            continue;
        };
        for (name, value) in &tag.attributes {
            if name.starts_with("on") {
                problems.push(format!(
                    "event handler `{name}=\"{value}\"` on <{}>",
                    tag.name
                ));
            } else if !attributes.contains(&name.as_str()) {
                problems.push(format!(
                    "attribute `{name}` is not allowed on <{}>",
                    tag.name
                ));
            }
            let decoded = decode_attribute(value);
            // Only https links leave the site: no `javascript:`, `data:` or any other scheme.
            if name == "href" {
                if let Some(scheme) = scheme(&decoded) {
                    if scheme != "https" {
                        problems.push(format!("link with the scheme `{scheme}:`: {value}"));
                    }
                }
            }
            let id_ok = !decoded.is_empty()
                && decoded
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if name == "id" && !id_ok {
                problems.push(format!("id `{value}` is not made of a-z, 0-9 and -"));
            }
        }
        if matches!(tag.name.as_str(), "br" | "hr") {
            continue;
        }
        if tag.closing {
            match open.pop() {
                Some(name) if name == tag.name => {}
                other => problems.push(format!(
                    "</{}> closes {}",
                    tag.name,
                    other.map_or("nothing".to_string(), |name| format!("<{name}>"))
                )),
            }
        } else {
            open.push(&tag.name);
        }
    }
    if !open.is_empty() {
        problems.push(format!("left open: {open:?}"));
    }
    problems
}

#[test]
fn the_scanner_catches_what_it_is_for() {
    assert!(markup_problems("<p>Fine &amp; <a href=\"https://x\">ok</a></p>\n").is_empty());
    for bad in [
        "<h2 id=\"x\"onmouseover=\"alert(1)\"data-a=\"\">t</h2>",
        "<h2 id=\"x\" onmouseover=\"alert(1)\">t</h2>",
        "<a href=\"javascript:alert(1)\">t</a>",
        "<a href=\"&#106;avascript:alert(1)\">t</a>",
        "<a href=\" JavaScript:alert(1)\">t</a>",
        "<script>alert(1)</script>",
        "<p>1 < 2</p>",
        "<p>a & b</p>",
        "<h2 id=\"Big Id\">t</h2>",
        "<div class=\"a\"><p>t</div></p>",
        "<p>unclosed",
        "<img src=\"x\">",
        "<p title=\"x\">t</p>",
    ] {
        assert!(!markup_problems(bad).is_empty(), "{bad} should be caught");
    }
}

/// The start of a markdown line.
const LINE_STARTS: &[&str] = &[
    "", "", "", "## ", "## ", "### ", "#### ", "# ", "- ", "* ", "1. ", "3) ", "> ", "> ## ",
    "- ## ", "    ", "| ", "```", "   ",
];

/// The end of a markdown line: heading attributes, good and bad.
const LINE_ENDS: &[&str] = &[
    "",
    "",
    "",
    " {#intro}",
    " {#see-a-gp-2}",
    " {#Intro_2}",
    " {#x\"onmouseover=\"alert(1)\"data-a=}",
    " {#a onclick=b}",
    " {#a\"}",
    " {#<b>}",
    " {#}",
    " {.urgent}",
    " {.non-urgent}",
    " {.emergency rule=a-rule}",
    " {.urgent #x\"y}",
    " {.x\"onclick=y}",
    " {rule=x}",
    " {onclick=x}",
    " |",
    " \\",
    "  ",
];

/// Markdown written a line at a time, each line a block start, inline text and an ending.
fn markdown_lines() -> BoxedStrategy<String> {
    let line = (
        proptest::sample::select(LINE_STARTS),
        assembled(MARKDOWN_PIECES, 6),
        proptest::sample::select(LINE_ENDS),
        proptest::sample::select(&["\n", "\n", "\n\n"][..]),
    )
        .prop_map(|(start, text, end, newline)| {
            // Newlines inside the text would undo the line structure, so most are dropped.
            format!("{start}{}{end}{newline}", text.replace('\n', " "))
        });
    proptest::collection::vec(line, 0..12)
        .prop_map(|lines| lines.concat())
        .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Whatever an author writes, a page that compiles only holds markup from the allow-list:
    /// no other element, no other attribute, no event handler, no script URL, ids in
    /// `[a-z0-9-]+`, every element closed in order.
    #[test]
    fn rendered_markdown_only_holds_allowed_markup(
        body in prop_oneof![markdown_lines(), assembled(MARKDOWN_PIECES, 40)]
    ) {
        if let Ok(page) = compile(&format!("{FRONT}{body}")) {
            let problems = markup_problems(&page.body.html);
            prop_assert!(problems.is_empty(), "{problems:#?}\nin\n{}", page.body.html);
            for heading in &page.body.headings {
                prop_assert!(
                    page.body.html.contains(&format!(" id=\"{}\"", heading.id)),
                    "heading id {} is not in the page", heading.id
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Front matter: never a panic, and every error points into the file.

const TOML_PIECES: &[&str] = &[
    "+++\n",
    "+++\r\n",
    "+++",
    "\n",
    "\r\n",
    "title = ",
    "summary = ",
    "audience = ",
    "topics = ",
    "last_reviewed = ",
    "next_review = ",
    "related = ",
    "reading_ease_note = ",
    "[[sources]]\n",
    "[sources]\n",
    "url = ",
    "reviewed = ",
    "\"",
    "'''",
    "\"\"\"",
    "\"\\u0000\"",
    "\"\\uD800\"",
    "\\",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    "=",
    "#",
    ".",
    "[\"everyone\"]",
    "[\"parents\", \"unknown\"]",
    "[]",
    "2026-11-01",
    "2026-02-30",
    "9999-12-31",
    "0000-01-01",
    "2026-11-01T10:00:00Z",
    "10:00:00",
    "1e999",
    "-0",
    "nan",
    "18446744073709551616",
    "true",
    "\"https://\"",
    "\"http://x\"",
    "\"https://example.org\"",
    "\"\"",
    "\"   \"",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Random front matter never panics, and any error it gets names the page's file and a
    /// line inside it.
    #[test]
    fn front_matter_never_panics_and_errors_point_into_the_file(
        source in prop_oneof![
            assembled(TOML_PIECES, 40),
            assembled(TOML_PIECES, 40).prop_map(|text| format!("+++\n{text}\n+++\nBody.\n")),
            (0usize..FRONT.len() + 1, assembled(TOML_PIECES, 4))
                .prop_map(|(at, insert)| format!("{}Body text.\n", splice(FRONT, at, &insert))),
        ]
    ) {
        if let Err(errors) = compile(&source) {
            prop_assert!(!errors.is_empty());
            let lines = source.lines().count().max(1);
            for error in &errors {
                prop_assert_eq!(error.file.as_str(), "sore-throat.md");
                if let Some(line) = error.line {
                    prop_assert!(
                        (1..=lines + 1).contains(&line),
                        "{error} is outside the {lines} lines of\n{source}"
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Signposting rules: the loader never panics on any file's text.

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn toml_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            toml_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
}

/// Puts a file back when dropped, so a failing case does not spoil the ones after it.
struct Restore<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Drop for Restore<'_> {
    fn drop(&mut self) {
        std::fs::write(self.path, self.text).unwrap();
    }
}

const RULE_PIECES: &[&str] = &[
    "\n",
    "[[rule]]\n",
    "[[question]]\n",
    "[[outcome]]\n",
    "[[band]]\n",
    "[[flag]]\n",
    "[source]\n",
    "id = ",
    "when = { ",
    "outcome = ",
    "module = ",
    "shared = ",
    "choices = ",
    "kind = ",
    "ages = ",
    "from_months = ",
    "to_months = ",
    "urgency = ",
    "\"",
    "\"x\"",
    "\"\"",
    "[\"a\", \"b\"]",
    "[]",
    "{}",
    "[",
    "]",
    "{",
    "}",
    ",",
    " = ",
    "-1",
    "4294967296",
    "1e999",
    "true",
    "2026-11-01",
    "2026-13-40",
    "'''",
    "#",
];

/// The real rule set, with one file replaced by random text or spliced with random text, never
/// makes the loader panic.
#[test]
fn the_signposting_loader_never_panics() {
    let unique = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |time| time.as_nanos());
    let dir = std::env::temp_dir().join(format!(
        "navigator-properties-{}-{unique}",
        std::process::id()
    ));
    copy_dir(&content().join("signposting"), &dir).unwrap();
    let mut files = Vec::new();
    toml_files(&dir, &mut files);
    files.sort();
    let originals: Vec<String> = files
        .iter()
        .map(|file| std::fs::read_to_string(file).unwrap())
        .collect();

    let strategy = (
        any::<proptest::sample::Index>(),
        any::<bool>(),
        any::<proptest::sample::Index>(),
        assembled(RULE_PIECES, 30),
    );
    let mut runner = TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |(file, replace, at, text)| {
        let index = file.index(files.len());
        let original = &originals[index];
        let mangled = if replace {
            text
        } else {
            splice(original, at.index(original.len() + 1), &text)
        };
        std::fs::write(&files[index], mangled).unwrap();
        let _restore = Restore {
            path: &files[index],
            text: original,
        };
        let (rules, errors) = load_dir_leniently(&dir);
        // Something it could not read is said, not dropped silently.
        prop_assert!(rules.is_some() || !errors.is_empty());
        Ok(())
    });
    std::fs::remove_dir_all(&dir).unwrap();
    if let Err(error) = result {
        panic!("{error}");
    }
}

// ---------------------------------------------------------------------------------------------
// Postcodes: never a panic, and what comes back is an outward code.

fn directory() -> &'static Directory {
    static DIRECTORY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY.get_or_init(|| {
        directory::load(&content(), today())
            .unwrap_or_else(|errors| panic!("{}", navigator_core::diagnostic::report(&errors)))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Anything typed into the postcode box gives an upper-case outward code of two to four
    /// letters and digits that reads back as itself, or an error, never a panic; the directory's
    /// answer is about that same code.
    #[test]
    fn postcodes_never_panic_and_give_outward_codes(
        input in prop_oneof![
            "\\PC{0,12}",
            "[ \t]{0,2}[a-zA-Z]{1,3}[0-9]{1,2}[a-zA-Z0-9]?[ \t\u{a0}]{0,2}[0-9][a-zA-Z]{2}[ ]{0,2}",
            "[a-zA-Z0-9 ]{0,9}",
            "[A-Z]{1,2}[0-9]\\PC{0,3}[0-9][A-Z]{2}",
        ]
    ) {
        match outward_code(&input) {
            Ok(code) => {
                prop_assert!((2..=4).contains(&code.len()), "{code}");
                prop_assert!(code.starts_with(|c: char| c.is_ascii_uppercase()), "{code}");
                prop_assert!(
                    code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
                    "{code}"
                );
                prop_assert_eq!(outward_code(&code), Ok(code.clone()));
                match directory().district(&input) {
                    Ok(district) => prop_assert_eq!(&district.code, &code),
                    Err(error) => prop_assert_eq!(error, PostcodeError::OutsideArea(code)),
                }
            }
            Err(error) => {
                prop_assert_eq!(&error, &PostcodeError::NotAPostcode);
                prop_assert_eq!(directory().district(&input).unwrap_err(), error);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Search: never a panic, and results are well formed.

fn search_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let synonyms = load_synonyms(&content().join("search-synonyms.toml"))
            .unwrap_or_else(|errors| panic!("{}", navigator_core::diagnostic::report(&errors)));
        let cold = vec!["cold".to_string(), "runny nose".to_string()];
        let tummy = vec!["stomach bug".to_string()];
        let none: Vec<String> = Vec::new();
        let pages = [
            IndexedPage {
                slug: "common-cold",
                title: "Common cold",
                summary: "Colds usually get better on their own in a week or two.",
                topics: &cold,
                headings: vec!["Treat it yourself", "See a GP if:"],
                body: "Rest, drink plenty of fluids and ask a pharmacist about remedies.",
                easy_read_of: None,
            },
            IndexedPage {
                slug: "diarrhoea-and-vomiting",
                title: "Diarrhoea and vomiting",
                summary: "A tummy bug usually gets better in a few days.",
                topics: &tummy,
                headings: vec!["Stay off school or work"],
                body: "Drink plenty of fluids. Stay off school for 48 hours.",
                easy_read_of: None,
            },
            IndexedPage {
                slug: "urinary-tract-infections",
                title: "Urinary tract infections (UTIs)",
                summary: "Infections of the bladder or kidneys. Café, naïve, ß, İstanbul.",
                topics: &none,
                headings: vec![],
                body: "You may need to wee more often. It's painful; they’re common.",
                easy_read_of: None,
            },
        ];
        build_index(&pages, synonyms)
    })
}

const QUERY_PIECES: &[&str] = &[
    " ",
    "cold",
    "colds",
    "comon",
    "tummy",
    "tummy bug",
    "water infection",
    "wee",
    "ing",
    "ies",
    "s",
    "'",
    "\u{2019}",
    "İ",
    "ß",
    "é",
    "\u{301}",
    "uti",
    "utis",
    "kidneys",
    "drinking",
    "stay off",
    "-",
    "\"",
    "*",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Any query gives results without a panic: best first, scores positive and finite, each
    /// page once, the matched words real index terms, and highlighting that keeps the title.
    #[test]
    fn search_never_panics_and_ranks_best_first(
        query in prop_oneof![assembled(QUERY_PIECES, 12), "\\PC{0,30}"]
    ) {
        let index = search_index();
        let hits = index.search(&query);
        let mut slugs = BTreeSet::new();
        for pair in hits.windows(2) {
            prop_assert!(pair[0].score >= pair[1].score, "{} before {}", pair[0].score, pair[1].score);
        }
        for hit in &hits {
            prop_assert!(hit.score.is_finite() && hit.score > 0.0, "{}", hit.score);
            prop_assert!(slugs.insert(hit.doc.slug.as_str()), "{} twice", hit.doc.slug);
            prop_assert!(!hit.matched.is_empty());
            for term in &hit.matched {
                prop_assert!(index.terms.contains(term), "{term} is not an index term");
            }
            let runs = highlight(&hit.doc.title, &hit.matched);
            let joined: String = runs.iter().map(|(text, _)| text.as_str()).collect();
            prop_assert_eq!(&joined, &hit.doc.title);
        }
    }
}
