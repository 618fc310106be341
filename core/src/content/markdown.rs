//! Markdown body to safe HTML in the NHS.UK design system's markup.
//!
//! Authors write plain markdown. Raw HTML, images and links that go nowhere are errors. A heading
//! with the class `{.non-urgent}`, `{.urgent}` or `{.emergency}` starts a care card that holds
//! everything up to the next heading of the same or a higher level; a block quote becomes inset
//! text. Because no author HTML gets through, the markup added here is the only markup emitted.

use super::Context;
use crate::{routes, Diagnostic};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::ops::Range;

/// A page body turned into safe HTML, with what the build gathered from it on the way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenderedBody {
    /// The body as HTML in the NHS.UK design system's markup, ready to serve. Only markup added
    /// by the renderer is in it; none comes from the author.
    pub html: String,
    /// Every heading in the body, in order, with the unique `id` its HTML carries; search
    /// indexes their text.
    pub headings: Vec<Heading>,
    /// The body's words without markup, for search.
    pub text: String,
    /// The body's sentences outside headings, a block per line, for reading-ease checks.
    pub prose: String,
    /// Slugs of the guidance pages this body links to.
    pub links_to: BTreeSet<String>,
    /// Care cards that name the signposting rule they describe (`{.urgent rule=headache-vision}`),
    /// so the build can check the page and the rule agree on how urgent it is.
    pub rule_ties: Vec<RuleTie>,
}

/// A care card tied to a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleTie {
    pub rule: String,
    /// The card: `emergency`, `urgent` or `non-urgent`.
    pub card: String,
    pub heading: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CareCard {
    NonUrgent,
    Urgent,
    Emergency,
}

impl CareCard {
    fn from_class(class: &str) -> Option<CareCard> {
        match class {
            "non-urgent" => Some(CareCard::NonUrgent),
            "urgent" => Some(CareCard::Urgent),
            "emergency" => Some(CareCard::Emergency),
            _ => None,
        }
    }

    fn modifier(self) -> &'static str {
        match self {
            CareCard::NonUrgent => "non-urgent",
            CareCard::Urgent => "urgent",
            CareCard::Emergency => "emergency",
        }
    }

    /// Read out before the heading, as the design system's care card does.
    fn hidden_prefix(self) -> &'static str {
        match self {
            CareCard::NonUrgent => "Non-urgent advice",
            CareCard::Urgent => "Urgent advice",
            CareCard::Emergency => "Immediate action required",
        }
    }
}

struct Renderer<'a, 'c> {
    file: &'a str,
    body: &'a str,
    first_line: usize,
    context: &'a Context<'c>,
    errors: Vec<Diagnostic>,
    output: Vec<Event<'a>>,
    headings: Vec<Heading>,
    ids: BTreeSet<String>,
    /// The level of the care card being written, if any.
    open_card: Option<u8>,
    previous_level: u8,
    text: String,
    prose: String,
    in_heading: bool,
    /// How many list items and block quotes the current event is inside.
    containers: usize,
    links_to: BTreeSet<String>,
    rule_ties: Vec<RuleTie>,
    /// An Easy Read page: pictograms are allowed, and every paragraph starts with one.
    easy_read: bool,
}

pub fn render(
    file: &str,
    body: &str,
    first_line: usize,
    context: &Context,
    easy_read: bool,
) -> Result<RenderedBody, Vec<Diagnostic>> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION;
    let events: Vec<(Event, Range<usize>)> =
        Parser::new_ext(body, options).into_offset_iter().collect();
    let mut renderer = Renderer {
        file,
        body,
        first_line,
        context,
        errors: Vec::new(),
        output: Vec::with_capacity(events.len()),
        headings: Vec::new(),
        ids: BTreeSet::new(),
        open_card: None,
        previous_level: 1,
        text: String::new(),
        prose: String::new(),
        in_heading: false,
        containers: 0,
        links_to: BTreeSet::new(),
        rule_ties: Vec::new(),
        easy_read,
    };
    renderer.run(&events);
    if !renderer.errors.is_empty() {
        return Err(renderer.errors);
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, renderer.output.into_iter());
    Ok(RenderedBody {
        html: add_design_system_classes(&html),
        headings: renderer.headings,
        text: renderer.text.trim().to_string(),
        prose: renderer.prose,
        links_to: renderer.links_to,
        rule_ties: renderer.rule_ties,
    })
}

impl<'a> Renderer<'a, '_> {
    fn run(&mut self, events: &[(Event<'a>, Range<usize>)]) {
        let mut index = 0;
        while index < events.len() {
            let (event, range) = &events[index];
            match event {
                Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }) => {
                    let text = heading_text(&events[index..]);
                    let card = self.heading(*level, id.as_deref(), classes, &text, range.start);
                    self.tie_to_rules(attrs, card, &text, range.start);
                    self.in_heading = true;
                }
                Event::End(TagEnd::Heading(level)) => {
                    self.in_heading = false;
                    self.close_heading(*level);
                }
                Event::Start(Tag::Item) => {
                    self.containers += 1;
                    self.output.push(event.clone());
                }
                Event::End(TagEnd::Item) => {
                    self.containers -= 1;
                    self.prose.push('\n');
                    self.output.push(event.clone());
                }
                Event::End(TagEnd::Paragraph | TagEnd::TableCell) => {
                    self.prose.push('\n');
                    self.output.push(event.clone());
                }
                Event::SoftBreak | Event::HardBreak => {
                    self.prose.push(' ');
                    self.output.push(event.clone());
                }
                Event::Start(Tag::BlockQuote(_)) => {
                    self.containers += 1;
                    self.output.push(Event::Html(
                        "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span>".into(),
                    ));
                }
                Event::End(TagEnd::BlockQuote(_)) => {
                    self.containers -= 1;
                    self.output.push(Event::Html("</div>".into()));
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest_url = self.link(dest_url, range.start);
                    self.output.push(Event::Start(Tag::Link {
                        link_type: *link_type,
                        dest_url,
                        title: title.clone(),
                        id: id.clone(),
                    }));
                }
                Event::Start(Tag::Paragraph)
                    if self.easy_read && self.containers == 0 && !self.in_heading =>
                {
                    let pictured = matches!(events.get(index + 1), Some((Event::Start(Tag::Image { .. }), _)));
                    if !pictured {
                        self.error(
                            range.start,
                            "in Easy Read, start every paragraph with its picture, such as `![](home)`".into(),
                        );
                    }
                    self.output.push(event.clone());
                }
                Event::Start(Tag::Image { dest_url, .. }) if self.easy_read => {
                    let end = events[index..]
                        .iter()
                        .position(|(event, _)| matches!(event, Event::End(TagEnd::Image)))
                        .map_or(events.len(), |offset| index + offset);
                    if end > index + 1 {
                        self.error(
                            range.start,
                            format!("leave the picture's text empty, as in `![]({dest_url})`: its text alternative comes from pictograms.toml"),
                        );
                    }
                    match self.context.pictograms.get(dest_url) {
                        Some(pictogram) => self.output.push(Event::Html(
                            routes::pictogram_img(&pictogram.id, &pictogram.alt, 64).into(),
                        )),
                        None => self.error(
                            range.start,
                            format!("`{dest_url}` is not a pictogram in content/easy-read/pictograms.toml"),
                        ),
                    }
                    index = end + 1;
                    continue;
                }
                Event::Start(Tag::Image { dest_url, .. }) => self.error(
                    range.start,
                    format!("pictures are only for Easy Read pages (`{dest_url}`); describe it in words"),
                ),
                Event::Html(html) | Event::InlineHtml(html) => self.error(
                    range.start,
                    format!(
                        "raw HTML is not allowed (`{}`); write it in markdown",
                        html.trim()
                    ),
                ),
                Event::Text(text) | Event::Code(text) => {
                    self.text.push_str(text);
                    self.text.push(' ');
                    if !self.in_heading {
                        self.prose.push_str(text);
                    }
                    self.output.push(event.clone());
                }
                other => self.output.push(other.clone()),
            }
            index += 1;
        }
        if self.open_card.is_some() {
            self.output.push(Event::Html("</div></div>".into()));
        }
    }

    fn heading(
        &mut self,
        level: HeadingLevel,
        id: Option<&str>,
        classes: &[CowStr],
        text: &str,
        offset: usize,
    ) -> Option<CareCard> {
        let number = level as u8;
        if self.containers > 0 {
            // Care cards open and close at headings, so a heading inside a list item or inset
            // text would close a card's elements inside it and leave the markup broken.
            self.error(
                offset,
                "a heading cannot go inside a list or a quote: start it on a line of its own, outside them".into(),
            );
        }
        if number == 1 {
            self.error(
                offset,
                "use `##` or deeper: the page title from the front matter is the only top-level heading"
                    .into(),
            );
        } else if number > self.previous_level + 1 {
            self.error(
                offset,
                format!(
                    "heading level jumps from {} to {number}; screen reader users navigate by level, so do not skip one",
                    self.previous_level
                ),
            );
        }
        self.previous_level = number;
        if self
            .open_card
            .is_some_and(|card_level| number <= card_level)
        {
            self.output.push(Event::Html("</div></div>".into()));
            self.open_card = None;
        }

        // The id goes into the HTML as it is written, so only characters that need no escaping
        // (and that make a readable address fragment) are allowed.
        let id = match id {
            Some(id) if is_valid_id(id) => id.to_string(),
            Some(id) => {
                self.error(
                    offset,
                    format!(
                        "heading id `{id}` is not allowed; use only lower-case letters, digits and hyphens, such as `{{#see-a-gp}}`"
                    ),
                );
                slugify(text)
            }
            None => slugify(text),
        };
        let id = self.unique_id(id);
        self.headings.push(Heading {
            level: number,
            id: id.clone(),
            text: text.to_string(),
        });

        let mut card = None;
        for class in classes {
            match CareCard::from_class(class) {
                Some(found) => card = Some(found),
                None => self.error(
                    offset,
                    format!(
                        "unknown heading class `{class}`; use non-urgent, urgent or emergency for a care card"
                    ),
                ),
            }
        }
        let html = match card {
            Some(card) => {
                if self.open_card.is_some() {
                    self.error(offset, "a care card cannot hold another care card".into());
                }
                self.open_card = Some(number);
                format!(
                    "<div class=\"nhsuk-card nhsuk-card--care nhsuk-card--care--{}\"><div class=\"nhsuk-card__heading-container\"><h{number} class=\"nhsuk-card__heading\" id=\"{id}\"><span class=\"nhsuk-u-visually-hidden\">{}: </span>",
                    card.modifier(),
                    card.hidden_prefix()
                )
            }
            None => format!("<h{number} id=\"{id}\">"),
        };
        self.output.push(Event::Html(html.into()));
        card
    }

    /// `rule=<id>` (or several ids joined by commas) on a care card heading ties the card to
    /// signposting rules; any other attribute is an error.
    fn tie_to_rules(
        &mut self,
        attrs: &[(CowStr<'a>, Option<CowStr<'a>>)],
        card: Option<CareCard>,
        text: &str,
        offset: usize,
    ) {
        for (key, value) in attrs {
            match (key.as_ref(), value, card) {
                ("rule", Some(ids), Some(card)) => {
                    let line = self.first_line + self.body[..offset].matches('\n').count();
                    for rule in ids.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        self.rule_ties.push(RuleTie {
                            rule: rule.to_string(),
                            card: card.modifier().to_string(),
                            heading: text.to_string(),
                            line,
                        });
                    }
                }
                ("rule", _, _) => self.error(
                    offset,
                    "`rule=<id>` ties a care card to a rule: put it on a heading with {.non-urgent}, {.urgent} or {.emergency}".into(),
                ),
                (other, _, _) => self.error(
                    offset,
                    format!("unknown heading attribute `{other}`; only `rule=<id>` is allowed, on a care card"),
                ),
            }
        }
    }

    fn close_heading(&mut self, level: HeadingLevel) {
        let number = level as u8;
        let html = if self.open_card == Some(number) {
            format!("</h{number}><span class=\"nhsuk-card--care__arrow\" aria-hidden=\"true\"></span></div><div class=\"nhsuk-card__content\">")
        } else {
            format!("</h{number}>\n")
        };
        self.output.push(Event::Html(html.into()));
    }

    /// Checks a link and returns the address the HTML should use.
    fn link(&mut self, dest: &CowStr<'a>, offset: usize) -> CowStr<'a> {
        let (path, fragment) = match dest.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (dest.as_ref(), None),
        };
        if let Some(rest) = dest.strip_prefix("https://") {
            if rest.is_empty() {
                self.error(offset, "link `https://` has no address".into());
            }
            return dest.clone();
        }
        if dest.starts_with("http://") {
            self.error(offset, format!("link `{dest}` must use https://"));
            return dest.clone();
        }
        if path.is_empty() && fragment.is_some() {
            return dest.clone();
        }
        if path.starts_with('/') {
            if !self.context.route_exists(path) {
                self.error(
                    offset,
                    format!("link `{dest}` goes to no page on this site"),
                );
            }
            let linked_page = path
                .strip_prefix(routes::GUIDANCE)
                .and_then(|rest| rest.strip_prefix('/'));
            if let Some(slug) = linked_page {
                self.links_to.insert(slug.to_string());
            }
            return dest.clone();
        }
        if let Some(slug) = path.strip_suffix(".md") {
            self.links_to.insert(slug.to_string());
            if !self.context.slugs.contains(slug) {
                self.error(
                    offset,
                    format!("link `{dest}` goes to a guidance page that does not exist"),
                );
            }
            let mut address = routes::guidance_page(slug);
            if let Some(fragment) = fragment {
                address.push('#');
                address.push_str(fragment);
            }
            return address.into();
        }
        if path.contains(':') {
            self.error(
                offset,
                format!(
                    "link `{dest}` is not allowed: use an https:// address or a page on this site"
                ),
            );
        } else {
            self.error(
                offset,
                format!(
                    "link `{dest}` is unclear: link to another page as `{path}.md` or as a site path such as `/where-to-go`"
                ),
            );
        }
        dest.clone()
    }

    fn unique_id(&mut self, base: String) -> String {
        let base = if base.is_empty() {
            "section".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut counter = 2;
        while !self.ids.insert(id.clone()) {
            id = format!("{base}-{counter}");
            counter += 1;
        }
        id
    }

    fn error(&mut self, offset: usize, message: String) {
        let line = self.first_line + self.body[..offset].matches('\n').count();
        self.errors
            .push(Diagnostic::new(self.file, message).at_line(line));
    }
}

/// The plain text of the heading that starts `events[0]`.
fn heading_text(events: &[(Event, Range<usize>)]) -> String {
    let mut text = String::new();
    for (event, _) in &events[1..] {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(part) | Event::Code(part) => text.push_str(part),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// An author's `{#id}`: lower-case letters, digits and hyphens, and not empty.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Bare elements take the design system's classes. Safe as plain text replacement because no
/// author HTML reaches the output: a `<` written in the text comes out as `&lt;`.
fn add_design_system_classes(html: &str) -> String {
    html.replace("<table>", "<table class=\"nhsuk-table\">")
        .replace("<ul>", "<ul class=\"nhsuk-list nhsuk-list--bullet\">")
        .replace("<ol>", "<ol class=\"nhsuk-list nhsuk-list--number\">")
}
