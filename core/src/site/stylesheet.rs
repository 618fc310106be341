//! The stylesheet cut down to what the site uses. The design system's Sass brings every utility
//! and modifier of the components we include (more than half of its 286 KB goes unused); every
//! page loads the stylesheet before it draws, so `publish` leaves out each rule none of whose
//! selectors can match: each names a class that nothing in the build uses (no page, fragment,
//! script, WebAssembly binary or data file). An end-to-end test compares every element's
//! computed style with the whole stylesheet and with this one.

use aho_corasick::AhoCorasick;
use std::collections::HashSet;

/// The stylesheet's classes that occur in a build's files.
pub struct UsedClasses(HashSet<String>);

impl UsedClasses {
    /// Finds each class of `css` in `files`: anywhere in them, not only as a whole word (a
    /// WebAssembly binary packs its strings with nothing between them), or by its stem up to a
    /// last `--`, for the modifiers the code composes (`nhsuk-card--care--{modifier}`).
    pub fn of<'a>(css: &str, files: impl IntoIterator<Item = &'a [u8]>) -> UsedClasses {
        let mut classes = HashSet::new();
        collect_classes(css, &mut classes);
        let stems: HashSet<&str> = classes.iter().filter_map(|class| stem(class)).collect();
        let patterns: Vec<&str> = classes.iter().map(String::as_str).chain(stems).collect();
        let searcher = AhoCorasick::new(&patterns).expect("class names make a searcher");
        let mut found = HashSet::new();
        for file in files {
            for hit in searcher.find_overlapping_iter(file) {
                found.insert(patterns[hit.pattern().as_usize()]);
            }
        }
        let used = classes
            .iter()
            .filter(|class| {
                found.contains(class.as_str())
                    || stem(class).is_some_and(|stem| found.contains(stem))
            })
            .cloned()
            .collect();
        UsedClasses(used)
    }

    fn uses(&self, class: &str) -> bool {
        self.0.contains(class)
    }
}

/// A modifier's stem: `nhsuk-card--care--` of `nhsuk-card--care--urgent`.
fn stem(class: &str) -> Option<&str> {
    class.rfind("--").map(|at| &class[..at + 2])
}

/// Every class the selectors of `css` name.
fn collect_classes(css: &str, classes: &mut HashSet<String>) {
    let mut rest = css;
    while let Some(item) = next_item(rest) {
        rest = &rest[item.end..];
        let prelude = item.prelude.trim();
        match item.body {
            Some(body) if is_conditional(prelude) => collect_classes(body, classes),
            Some(_) if !prelude.starts_with('@') => {
                for selector in selectors(prelude) {
                    classes.extend(self::classes(selector));
                }
            }
            _ => {}
        }
    }
}

/// `css` without the rules whose every selector names a class that is not used, and without the
/// `@media`, `@supports` and `@container` blocks left empty. Everything else is kept as written.
pub fn trimmed(css: &str, used: &UsedClasses) -> String {
    let mut out = String::with_capacity(css.len() / 2);
    let mut rest = css;
    while let Some(item) = next_item(rest) {
        rest = &rest[item.end..];
        let prelude = item.prelude.trim();
        match item.body {
            None => {
                out.push_str(prelude);
                out.push_str(";\n");
            }
            Some(body) if is_conditional(prelude) => {
                let inner = trimmed(body, used);
                if !inner.trim().is_empty() {
                    out.push_str(&format!("{prelude} {{\n{inner}}}\n"));
                }
            }
            Some(body) if prelude.starts_with('@') => {
                out.push_str(&format!("{prelude} {{{body}}}\n"));
            }
            Some(body) => {
                let kept: Vec<&str> = selectors(prelude)
                    .into_iter()
                    .filter(|selector| classes(selector).iter().all(|class| used.uses(class)))
                    .collect();
                if !kept.is_empty() {
                    out.push_str(&format!("{} {{{body}}}\n", kept.join(",\n")));
                }
            }
        }
    }
    out
}

/// At-rules whose block holds rules, which are trimmed in turn.
fn is_conditional(prelude: &str) -> bool {
    ["@media", "@supports", "@container"]
        .iter()
        .any(|at| prelude.starts_with(at))
}

/// One statement: a rule or at-rule with its block, or an at-rule ending in `;`.
struct Item<'a> {
    prelude: &'a str,
    body: Option<&'a str>,
    /// Where the next item starts.
    end: usize,
}

/// The first item of `css`, skipping comments; `None` when only space and comments are left.
fn next_item(css: &str) -> Option<Item<'_>> {
    let bytes = css.as_bytes();
    let mut start = None;
    let mut depth = 0;
    let mut body_start = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                at = css[at + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |end| at + 2 + end + 2);
                continue;
            }
            quote @ (b'"' | b'\'') => {
                start.get_or_insert(at);
                at = string_end(bytes, at, quote);
                continue;
            }
            b'{' => {
                start.get_or_insert(at);
                if depth == 0 {
                    body_start = at + 1;
                }
                depth += 1;
            }
            b'}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let start = start.expect("a block has a start");
                    return Some(Item {
                        prelude: &css[start..body_start - 1],
                        body: Some(&css[body_start..at]),
                        end: at + 1,
                    });
                }
            }
            b';' if depth == 0 => {
                if let Some(start) = start {
                    return Some(Item {
                        prelude: &css[start..at],
                        body: None,
                        end: at + 1,
                    });
                }
            }
            byte if !byte.is_ascii_whitespace() => {
                start.get_or_insert(at);
            }
            _ => {}
        }
        at += 1;
    }
    None
}

/// Just past the string that opens at `at`.
fn string_end(bytes: &[u8], at: usize, quote: u8) -> usize {
    let mut end = at + 1;
    while end < bytes.len() && bytes[end] != quote {
        end += if bytes[end] == b'\\' { 2 } else { 1 };
    }
    end + 1
}

/// The selectors of a list, split at the commas outside brackets and strings.
fn selectors(list: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    let bytes = list.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            quote @ (b'"' | b'\'') => {
                at = string_end(bytes, at, quote);
                continue;
            }
            b',' if depth == 0 => {
                found.push(list[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
        at += 1;
    }
    found.push(list[start..].trim());
    found
}

/// The class names a selector requires. Those in brackets (attribute values) and parentheses
/// (`:not(.x)` applies without `.x`; `:is()` needs only one of its list) are not required. A class
/// with an escaped character (`.nhsuk-u-width\@tablet`) keeps the character, so no word matches it.
fn classes(selector: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = selector.chars().peekable();
    let mut depth = 0;
    while let Some(c) = chars.next() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            '.' if depth == 0 => {
                let mut class = String::new();
                while let Some(&next) = chars.peek() {
                    if next == '\\' {
                        chars.next();
                        class.extend(chars.next());
                    } else if next.is_ascii_alphanumeric() || next == '-' || next == '_' {
                        class.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                found.push(class);
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trim(css: &str, file: &str) -> String {
        trimmed(css, &UsedClasses::of(css, [file.as_bytes()]))
    }

    #[test]
    fn keeps_rules_for_used_classes_and_elements_and_drops_the_rest() {
        let css = "@charset \"UTF-8\";\n:root {\n  --blue: #005eb8;\n}\nbody { margin: 0; }\n.used { color: red; }\n.unused { color: blue; }\n.used .unused { x: y; }\n";
        let out = trim(css, "<p class=\"used\">");
        assert!(out.contains("@charset \"UTF-8\";"));
        assert!(out.contains(":root {\n  --blue: #005eb8;\n}"));
        assert!(out.contains("body { margin: 0; }"));
        assert!(out.contains(".used { color: red; }"));
        assert!(!out.contains("unused"), "{out}");
    }

    #[test]
    fn keeps_only_the_used_selectors_of_a_list() {
        let out = trim(".aa, .bb:not(.cc, .dd), .ee { x: y; }", "aa bb");
        assert_eq!(out, ".aa,\n.bb:not(.cc, .dd) { x: y; }\n");
    }

    #[test]
    fn trims_inside_media_queries_and_drops_emptied_ones() {
        let css = "@media (min-width: 40em) {\n  .aa { x: y; }\n  .bb { x: z; }\n}\n@media print {\n  .bb { display: none; }\n}\n@keyframes spin { from { a: b; } to { a: c; } }\n";
        let out = trim(css, "aa");
        assert!(
            out.contains("@media (min-width: 40em) {\n.aa { x: y; }\n}"),
            "{out}"
        );
        assert!(!out.contains("print"), "{out}");
        assert!(out.contains("@keyframes spin { from { a: b; } to { a: c; } }"));
    }

    #[test]
    fn a_class_packed_among_a_binarys_strings_is_found() {
        let css =
            ".kmcn-problems-matching { a: b; }\n.kmcn-problems { a: c; }\n.kmcn-gone { a: d; }";
        let binary = b"\x00\x01kmcn-problems-matchingproblems-matching-heading\x00";
        let out = trimmed(css, &UsedClasses::of(css, [&binary[..]]));
        assert_eq!(
            out,
            ".kmcn-problems-matching { a: b; }\n.kmcn-problems { a: c; }\n"
        );
    }

    #[test]
    fn a_modifier_the_code_composes_is_kept_by_its_stem() {
        let css = ".kmcn-calendar__day--3 { a: b; }\n.kmcn-calendar__date { a: c; }";
        let binary = b"nhsuk-table__cell kmcn-calendar__day kmcn-calendar__day--kmcn-next";
        let out = trimmed(css, &UsedClasses::of(css, [&binary[..]]));
        assert_eq!(out, ".kmcn-calendar__day--3 { a: b; }\n");
    }

    #[test]
    fn ignores_dots_in_attribute_values_strings_and_comments() {
        let css = "/* .gone { } */ a[href$=\".pdf\"] { x: y; } .qq::after { content: \"}{.z\"; }";
        let out = trim(css, "qq");
        assert!(out.contains("a[href$=\".pdf\"] { x: y; }"), "{out}");
        assert!(out.contains(".qq::after { content: \"}{.z\"; }"), "{out}");
        assert!(!out.contains("gone"));
    }

    #[test]
    fn an_escaped_class_is_matched_whole() {
        let out = trim(".ww\\@tablet { a: b; } .ww { a: c; }", "ww tablet");
        assert_eq!(out, ".ww { a: c; }\n");
    }
}
