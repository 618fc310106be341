//! Every page the site has, with what goes inside `<main>` when the page is first drawn. For
//! content pages (guidance, services, carers, home, privacy...) that HTML is the page: it is
//! written into the page's own file at build time, and the app shows the same HTML when it is
//! navigated to. For the app's views (the questions, the tracker, search...) it is what shows
//! until the app starts, or without JavaScript.

use crate::bundle::Bundle;
use crate::content::GuidancePage;
use crate::directory::{Area, Directory, Service};
use crate::html::escape;
use crate::routes::{self, AppPart, Drawing, Route, NOT_FOUND};
use crate::signpost::{
    RedFlag, RedFlagGroup, RuleSet, NONE_OF_THESE, RED_FLAG_HINT, RED_FLAG_QUESTION,
};
use crate::site::service::{card_html, open_now_slot, OPEN_NOW_CLASS};
use crate::site::RED_FLAG_FORM;
use std::fmt::Write as _;

/// One page of the site, with what goes inside its `<main>`.
pub struct Page {
    /// The address, such as `/guidance/flu`; [`NOT_FOUND`] for the page shown for any other.
    pub route: String,
    /// The title, before the site's name is added.
    pub title: String,
    /// What is written inside `<main>`: the content, or the view as it shows before the app.
    pub html: String,
    /// How its route is drawn, from the route table.
    pub drawing: Drawing,
}

impl Page {
    /// Whether the page starts the app when it loads: the app's own views, and content with a
    /// part only the app can fill in (whether a place is open now). Other content pages are
    /// complete as written; the app starts when the person goes somewhere that needs it.
    pub fn app_part(&self) -> Option<AppPart> {
        (self.drawing != Drawing::Written || self.html.contains(OPEN_NOW_CLASS))
            .then(|| AppPart::of(&self.route))
    }

    /// Where the app fetches this page's HTML from, relative to the site root.
    pub fn fragment_path(&self) -> String {
        routes::fragment_path(&self.route)
    }

    /// The file the page is written to in the built site: `guidance/flu/index.html`, so that any
    /// static host serves it at its address.
    pub fn file(&self) -> String {
        match self.route.as_str() {
            "/" => "index.html".to_string(),
            NOT_FOUND => "404.html".to_string(),
            route => format!("{}/index.html", route.trim_start_matches('/')),
        }
    }
}

/// Every page of the site, in the order of the route table.
pub fn pages(bundle: &Bundle) -> Vec<Page> {
    let mut pages = Vec::new();
    for route in Route::ALL {
        let page = |address: String, title: &str, html: String| Page {
            route: address,
            title: title.to_string(),
            html,
            drawing: route.drawing(),
        };
        match route {
            Route::GuidancePage => pages.extend(bundle.guidance.pages.iter().map(|guidance| {
                page(
                    routes::guidance_page(&guidance.slug),
                    &guidance.meta.title,
                    article(bundle, guidance),
                )
            })),
            Route::ServicePage => pages.extend(bundle.directory.services.iter().map(|service| {
                page(
                    routes::service_page(&service.id),
                    &service.name,
                    service_page(service),
                )
            })),
            fixed => {
                let title = fixed.title().expect("every route of one page has a title");
                pages.push(page(
                    fixed.path().to_string(),
                    title,
                    written(fixed, title, bundle),
                ));
            }
        }
    }
    pages
}

/// What the page of a route with one page is written with: content pages in full, the app's
/// views as they show before the app starts.
fn written(route: Route, title: &str, bundle: &Bundle) -> String {
    let titled = |body: String| heading(title) + &body;
    match route {
        Route::Home => titled(home()),
        Route::Guidance => titled(guidance_index(bundle)),
        Route::Carers => titled(carers(bundle)),
        Route::Privacy => article(bundle, &bundle.statements.privacy),
        Route::Accessibility => article(bundle, &bundle.statements.accessibility),
        Route::NotFound => titled(not_found()),
        Route::Services => titled(services_list(&bundle.directory)),
        Route::WhereToGo => format!(
            "<div class=\"kmcn-without-app\">\n{}</div>\n{}\n",
            needs_the_app(title, &emergency_signs(&bundle.rules)),
            red_flag_form(&bundle.rules)
        ),
        // The app's other views.
        _ => needs_the_app(title, ""),
    }
}

fn heading(title: &str) -> String {
    format!("<h1 tabindex=\"-1\">{}</h1>\n", escape(title))
}

fn link(href: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", escape(href), escape(text))
}

const URGENT_HELP_LIST: &str = "<ul class=\"nhsuk-list nhsuk-list--bullet\">\n<li>call <a href=\"tel:999\">999</a> in an emergency, when a life is at risk</li>\n<li>call <a href=\"tel:111\">111</a> for urgent help that is not an emergency</li>\n<li>call <a href=\"tel:111\">111</a> and choose the mental health option in a mental health crisis</li>\n</ul>\n";

/// What an app view shows before the app starts, without JavaScript or if the app fails to load:
/// its title, that it needs JavaScript or did not load, the emergency numbers, what of the view can be read without the app, and the
/// pages that work without it.
fn needs_the_app(title: &str, readable_part: &str) -> String {
    format!(
        "{}<p class=\"kmcn-loading\">Loading\u{2026}</p>\n<p class=\"nhsuk-lede-text kmcn-if-failed\">This part of the site did not load. Check your connection, then reload the page.</p>\n<noscript><p class=\"nhsuk-lede-text\">This part of the site needs JavaScript, which is turned off or not working in your browser.</p></noscript>\n<p>If you need medical help now:</p>\n{URGENT_HELP_LIST}{readable_part}<p>The {} and the {} work without JavaScript.</p>\n",
        heading(title),
        link(routes::GUIDANCE, "health guidance"),
        link(routes::SERVICES, "list of services")
    )
}

/// The questions' first screen as the app draws it (`app/src/journey/red_flags.rs`; an
/// end-to-end test compares the two), so that it can be answered before the app has started:
/// `public/site.mjs` holds an answer given before then, and the app takes the form over as it
/// stands. The boxes have no name, so a form sent without JavaScript carries no answer; without
/// JavaScript the form is hidden (`public/noscript.css`) and the signs are listed instead.
fn red_flag_form(rules: &RuleSet) -> String {
    let mut html = format!(
        "<form id=\"{RED_FLAG_FORM}\" class=\"kmcn-needs-script\" novalidate><div class=\"nhsuk-form-group\"><fieldset class=\"nhsuk-fieldset\" aria-describedby=\"flags-hint\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--l\"><h1 class=\"nhsuk-fieldset__heading\" tabindex=\"-1\">{}</h1></legend><div class=\"nhsuk-hint\" id=\"flags-hint\">{}</div><div class=\"nhsuk-checkboxes\">",
        escape(RED_FLAG_QUESTION),
        escape(RED_FLAG_HINT)
    );
    let flags: Vec<&RedFlag> = rules.red_flags.iter().collect();
    for (group, signs) in RedFlagGroup::grouped(&flags) {
        let _ = write!(
            html,
            "<h2 class=\"nhsuk-heading-s kmcn-flag-group\">{}</h2>",
            escape(group.heading())
        );
        for sign in signs {
            let id = escape(&format!("flag-{}", sign.id));
            let described = if sign.hint.is_some() {
                format!(" aria-describedby=\"{id}-hint\"")
            } else {
                String::new()
            };
            let _ = write!(
                html,
                "<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"{id}\" type=\"checkbox\" value=\"{}\"{described}><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{id}\">{}</label>",
                escape(&sign.id),
                escape(&sign.text)
            );
            if let Some(hint) = &sign.hint {
                let _ = write!(
                    html,
                    "<div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"{id}-hint\">{}</div>",
                    escape(hint)
                );
            }
            html.push_str("</div>");
        }
    }
    let _ = write!(
        html,
        "<div class=\"nhsuk-checkboxes__divider\">or</div><div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"flag-none\" type=\"checkbox\" value=\"none\" data-checkbox-exclusive><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"flag-none\">{}</label></div></div></fieldset></div><button class=\"nhsuk-button\" type=\"submit\">Continue</button></form>",
        escape(NONE_OF_THESE)
    );
    html
}

/// The emergency signs the questions ask about first, under what to do for each, so that on a
/// slow connection or without JavaScript they can be read before the app has started.
fn emergency_signs(rules: &RuleSet) -> String {
    // Signs are listed under what to do, once for each instruction: two outcomes that both say
    // "Go to A&E now" share one list.
    let mut titles: Vec<&str> = Vec::new();
    for outcome in &rules.outcomes {
        let has_signs = rules
            .red_flags
            .iter()
            .any(|flag| flag.outcome == outcome.id);
        if has_signs && !titles.contains(&outcome.title.as_str()) {
            titles.push(&outcome.title);
        }
    }
    let mut html = String::new();
    for title in titles {
        let signs = rules.red_flags.iter().filter(|flag| {
            rules
                .outcome(&flag.outcome)
                .is_some_and(|outcome| outcome.title == title)
        });
        let _ = writeln!(
            html,
            "<h2 class=\"nhsuk-heading-m\">{}</h2>\n<p>If any of these is happening now, or has just happened:</p>\n<ul class=\"nhsuk-list nhsuk-list--bullet\">",
            escape(title)
        );
        for sign in signs {
            let _ = writeln!(html, "<li>{}</li>", escape(&sign.text));
        }
        html.push_str("</ul>\n");
    }
    html
}

struct Journey {
    title: &'static str,
    href: &'static str,
    description: &'static str,
}

const JOURNEYS: [Journey; 5] = [
    Journey {
        title: "Find the right service",
        href: routes::WHERE_TO_GO,
        description: "Answer a few questions to find out where to go and how soon: pharmacy, GP, NHS 111, urgent treatment centre or A&E.",
    },
    Journey {
        title: "Look after yourself",
        href: routes::GUIDANCE,
        description: "Plain-English advice on common problems, what a pharmacist can do, and when to get help.",
    },
    Journey {
        title: "Five a day for the mind",
        href: routes::FIVE_A_DAY,
        description: "Tick off the five ways to wellbeing each day. What you record stays on this device.",
    },
    Journey {
        title: "Caring for someone",
        href: routes::CARERS,
        description: "Support for you if you look after a family member or friend.",
    },
    Journey {
        title: "For practice staff",
        href: routes::PRACTICE_STAFF,
        description: "Care navigation: find the reason for contact, read out the emergency signs, and give the patient a printed or texted summary.",
    },
];

fn home() -> String {
    let mut html = String::new();
    html.push_str("<p class=\"nhsuk-lede-text\">Find the right NHS service quickly, look after yourself at home, and keep track of your wellbeing.</p>\n<ul class=\"nhsuk-grid-row nhsuk-card-group\">\n");
    for journey in &JOURNEYS {
        let _ = writeln!(
            html,
            "<li class=\"nhsuk-grid-column-one-half nhsuk-card-group__item\"><div class=\"nhsuk-card nhsuk-card--clickable\"><div class=\"nhsuk-card__content\"><h2 class=\"nhsuk-card__heading nhsuk-heading-m\"><a class=\"nhsuk-card__link\" href=\"{}\">{}</a></h2><p class=\"nhsuk-card__description\">{}</p></div></div></li>",
            journey.href,
            escape(journey.title),
            escape(journey.description)
        );
    }
    html.push_str("</ul>\n");
    html
}

/// A list of guidance pages with their summaries.
fn page_list<'p>(pages: impl Iterator<Item = &'p GuidancePage>, heading_level: u8) -> String {
    let mut html = String::from("<ul class=\"nhsuk-list kmcn-page-list\">\n");
    for page in pages {
        let _ = writeln!(
            html,
            "<li><h{heading_level} class=\"nhsuk-heading-s nhsuk-u-margin-bottom-1\">{}</h{heading_level}><p class=\"nhsuk-body-s\">{}</p></li>",
            link(&routes::guidance_page(&page.slug), &page.meta.title),
            escape(&page.meta.summary)
        );
    }
    html.push_str("</ul>\n");
    html
}

fn find_page<'b>(bundle: &'b Bundle, slug: &str) -> Option<&'b GuidancePage> {
    bundle.guidance.pages.iter().find(|page| page.slug == slug)
}

fn guidance_index(bundle: &Bundle) -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        "<p class=\"nhsuk-lede-text\">Advice on looking after yourself and finding the right help.</p>\n<p>You can also {} or {}.</p>\n<nav class=\"nhsuk-contents-list\" aria-label=\"Sections\"><h2 class=\"nhsuk-u-visually-hidden\">Sections</h2><ol class=\"nhsuk-contents-list__list\">\n",
        link(routes::SEARCH, "search the guidance"),
        link(routes::WHERE_TO_GO, "answer a few questions to find the right service")
    );
    let sections = &bundle.guidance.sections;
    for (index, section) in sections.iter().enumerate() {
        let _ = writeln!(
            html,
            "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" href=\"#section-{index}\">{}</a></li>",
            escape(&section.title)
        );
    }
    html.push_str("</ol></nav>\n");
    for (index, section) in sections.iter().enumerate() {
        let _ = writeln!(
            html,
            "<h2 id=\"section-{index}\">{}</h2>\n<p>{}</p>",
            escape(&section.title),
            escape(&section.summary)
        );
        html.push_str(&page_list(
            section
                .pages
                .iter()
                .filter_map(|slug| find_page(bundle, slug)),
            3,
        ));
    }
    html
}

fn article(bundle: &Bundle, page: &GuidancePage) -> String {
    let meta = &page.meta;
    let mut html = String::from("<article>\n");
    html.push_str(&heading(&meta.title));
    let _ = write!(
        html,
        "<p class=\"nhsuk-lede-text\">{}</p>\n<div class=\"kmcn-guidance\">{}</div>\n",
        escape(&meta.summary),
        page.document_html()
    );
    let related: Vec<&GuidancePage> = meta
        .related
        .iter()
        .filter_map(|slug| find_page(bundle, slug))
        .collect();
    if !related.is_empty() {
        html.push_str("<nav class=\"nhsuk-related-nav\" aria-labelledby=\"related-heading\"><h2 id=\"related-heading\">Related pages</h2><ul class=\"nhsuk-list nhsuk-list--bullet\">\n");
        for related in related {
            let _ = writeln!(
                html,
                "<li>{}</li>",
                link(&routes::guidance_page(&related.slug), &related.meta.title)
            );
        }
        html.push_str("</ul></nav>\n");
    }
    let _ = write!(
        html,
        "<div class=\"nhsuk-review-date\"><p class=\"nhsuk-body-s\">Page last reviewed: {}<br>Next review due: {}</p></div>\n</article>\n",
        meta.last_reviewed.long(),
        meta.next_review.long()
    );
    html
}

/// The guidance section that the carers hub lists.
const CARERS_SECTION: &str = "Carers";

fn carers(bundle: &Bundle) -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        "<p class=\"nhsuk-lede-text\">If you look after a family member, partner or friend who could not manage without you, you are a carer. There is help for you, and for the person you care for.</p>\n<div class=\"kmcn-button-row\"><a class=\"nhsuk-button\" href=\"{0}?for=someone-else\">Get help for the person you care for</a><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{0}?problem=caring-for-someone&amp;for=me\">Get support for yourself as a carer</a></div>\n<h2>Guides for carers</h2>\n",
        routes::WHERE_TO_GO
    );
    let section = bundle
        .guidance
        .sections
        .iter()
        .find(|section| section.title == CARERS_SECTION);
    html.push_str(&page_list(
        section
            .into_iter()
            .flat_map(|section| &section.pages)
            .filter_map(|slug| find_page(bundle, slug)),
        3,
    ));
    html.push_str("<h2>Support in Kent and Medway</h2>\n");
    for service in bundle
        .directory
        .services
        .iter()
        .filter(|service| service.kind == crate::directory::ServiceKind::CarersSupport)
    {
        html.push_str(&card_html(service, true));
    }
    html.push_str("<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span><p>If you cannot cope, or the person you care for is at risk, call 111. In an emergency, call 999. If you are struggling with how you feel, call 111 and choose the mental health option, or talk to Samaritans on 116 123.</p></div>\n");
    html
}

fn service_page(service: &Service) -> String {
    format!(
        "{}{}<p>{}</p>\n",
        heading(&service.name),
        card_html(service, false),
        link(routes::SERVICES, "Find another service")
    )
}

/// "Find a service" as the app first draws it: the filters, every service by name, and a slot
/// for whether each place is open now, which the app fills in. Without JavaScript the filters,
/// which need the app, are hidden (noscript.css) and the list reads on its own.
fn services_list(directory: &Directory) -> String {
    let mut html = String::new();
    html.push_str(SERVICES_LEDE);
    // As the app's view writes it, with nothing between the tags, so that nothing moves when
    // the app takes over.
    html.push_str("<div class=\"kmcn-filters\"><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"filter-kind\">Type of service</label><select class=\"nhsuk-select\" id=\"filter-kind\"><option value=\"\">All types</option>");
    for kind in directory.kinds() {
        let _ = write!(
            html,
            "<option value=\"{kind:?}\">{}</option>",
            escape(kind.label())
        );
    }
    html.push_str("</select></div><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"filter-area\">Area</label><select class=\"nhsuk-select\" id=\"filter-area\"><option value=\"\">Anywhere in Kent and Medway</option>");
    for area in Area::LOCAL {
        let _ = write!(
            html,
            "<option value=\"{area:?}\">{}</option>",
            escape(area.label())
        );
    }
    html.push_str("</select></div><div class=\"nhsuk-form-group\"><div class=\"nhsuk-checkboxes nhsuk-checkboxes--small\"><div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"filter-open\" type=\"checkbox\"><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"filter-open\">Open now</label></div></div></div></div>");
    html.push_str("<form class=\"kmcn-postcode\" id=\"nearest-first\" novalidate><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"postcode\">Your postcode, or just its first part (optional)</label><div class=\"nhsuk-hint\" id=\"postcode-hint\">To list the nearest first. For example, ME7 or CT1 2AB. We do not keep it.</div><input class=\"nhsuk-input nhsuk-input--width-10\" id=\"postcode\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"postcode-hint\"></div><button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\">Show nearest first</button></form>");
    let mut sorted: Vec<&Service> = directory.services.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let _ = write!(
        html,
        "<p class=\"nhsuk-body-l\" role=\"status\">{} services</p><ul class=\"nhsuk-list kmcn-results\">",
        sorted.len()
    );
    for service in sorted {
        let _ = write!(
            html,
            "<li class=\"kmcn-place\" id=\"{}\"><h2 class=\"nhsuk-heading-s nhsuk-u-margin-bottom-1\">{}</h2>{}<p class=\"nhsuk-body-s nhsuk-u-margin-bottom-1\">{}</p><p class=\"nhsuk-body-s kmcn-verified\">Details checked on {}.</p></li>",
            escape(&service.id),
            link(&routes::service_page(&service.id), &service.name),
            open_now_slot(service),
            escape(&service.summary),
            service.last_verified.long()
        );
    }
    html.push_str("</ul>\n");
    html
}

/// The opening line of "Find a service", as the app's view of it also has.
const SERVICES_LEDE: &str = "<p class=\"nhsuk-lede-text\">NHS and support services in Kent and Medway: how to use them, who they are for, and whether they are open now.</p>\n";

fn not_found() -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        "<p>We cannot find the page you asked for. If you typed the address, check it is correct.</p>\n<p>You can:</p>\n<ul class=\"nhsuk-list nhsuk-list--bullet\">\n<li>{}</li>\n<li>{}</li>\n<li>{}</li>\n</ul>\n<p>If you need help now, call 111. In an emergency, call 999.</p>\n",
        link(
            routes::WHERE_TO_GO,
            "find the right service for a health problem"
        ),
        link(routes::GUIDANCE, "browse or search the health guidance"),
        link(routes::HOME, "go to the home page")
    );
    html
}
