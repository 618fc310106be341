//! The site's pages, written at build time by rendering Leptos components on the build machine
//! ([`pages`]), with the app's own HTML where the app draws the same thing (a service's card, the
//! postcode box, the questions' first screens, the tracker's opening). Each page's markup
//! therefore has one source.
//! The app starts over a page as written and takes it over (see the app's `start`).

pub mod pages;

use leptos::prelude::*;
use navigator_core::bundle::Bundle;
use navigator_core::routes::{self, Route};
use navigator_core::site::page::Page;
use pages::{
    Article, Carers, EasyReadCards, EmergencySigns, GuidanceIndex, Home, NeedsTheApp, NotFound,
    QuickReference, SearchPage, ServicePage, Services,
};

/// Every page of the site, in the order of the route table.
pub fn pages(bundle: &'static Bundle) -> Vec<Page> {
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
                    render(move || view! { <Article bundle page=guidance /> }),
                )
            })),
            Route::ServicePage => pages.extend(bundle.directory.services.iter().map(|service| {
                page(
                    routes::service_page(&service.id),
                    &service.name,
                    render(move || view! { <ServicePage service /> }),
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
fn written(route: Route, title: &'static str, bundle: &'static Bundle) -> String {
    match route {
        Route::Home => render(move || view! { <Home title /> }),
        Route::Guidance => render(move || view! { <GuidanceIndex title bundle /> }),
        Route::Carers => render(move || view! { <Carers title bundle /> }),
        Route::Privacy => {
            render(move || view! { <Article bundle page=&bundle.statements.privacy /> })
        }
        Route::Accessibility => {
            render(move || view! { <Article bundle page=&bundle.statements.accessibility /> })
        }
        Route::NotFound => render(move || view! { <NotFound title /> }),
        Route::QuickReference => render(move || view! { <QuickReference title bundle /> }),
        Route::Search => render(move || view! { <SearchPage title /> }),
        Route::EasyReadCards => {
            render(move || view! { <EasyReadCards title rules=&bundle.rules /> })
        }
        Route::Services => render(move || view! { <Services title bundle /> }),
        // The signs, readable without the app, then the questions' first screen as the app
        // draws it, to be answered before the app has started: `public/site.mjs` holds an answer
        // given before then. Without JavaScript the form is hidden (`public/noscript.css`).
        Route::WhereToGo => {
            let first = navigator_app::questions::written(route, &bundle.rules);
            let without_app = render(move || {
                view! {
                    <div class="kmcn-without-app">
                        <NeedsTheApp title>
                            <EmergencySigns rules=&bundle.rules />
                        </NeedsTheApp>
                    </div>
                }
            });
            without_app + &first.expect("a route of the questions")
        }
        // The same for care navigation: what to do without the app, then its first screen.
        Route::PracticeStaff => {
            let first = navigator_app::questions::written(route, &bundle.rules);
            let without_app = render(move || {
                view! {
                    <div class="kmcn-without-app">
                        <NeedsTheApp title />
                    </div>
                }
            });
            without_app + &first.expect("a route of the questions")
        }
        // The tracker's frame and the opening of its view, as its part draws them, with room
        // kept for the rest, which depends on the record kept in the browser.
        Route::FiveADay | Route::FiveADayHistory | Route::FiveADayData => {
            let written = navigator_app::tracker::written(route).expect("a route of the tracker");
            render(move || {
                view! {
                    <div class="kmcn-without-app">
                        <NeedsTheApp title />
                    </div>
                    <div class="kmcn-needs-script" inner_html=written></div>
                }
            })
        }
        // The app's other views.
        _ => render(move || view! { <NeedsTheApp title /> }),
    }
}

/// The HTML of a view, rendered as the browser app would first draw it.
pub fn render<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        // The views set the page's title, which publishing writes into the page itself.
        leptos_meta::provide_meta_context();
        view().into_view().to_html()
    });
    owner.unset();
    html
}
