//! Files fetched from the site after the first load: content pages, the search index, the
//! problems' listings and the rule set. Each is fetched at most once per visit.

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use navigator_core::search::SearchIndex;
use navigator_core::signpost::Listing;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchFailed {
    /// The site has no such file.
    NotFound,
    /// No connection, or the server did not answer properly.
    Unavailable,
}

type Download = Shared<LocalBoxFuture<'static, Result<Rc<str>, FetchFailed>>>;

thread_local! {
    static TEXTS: RefCell<HashMap<String, Rc<str>>> = RefCell::new(HashMap::new());
    /// Downloads on their way, so that everyone asking for a file meanwhile shares one.
    static ON_THE_WAY: RefCell<HashMap<String, Download>> = RefCell::new(HashMap::new());
}

static SEARCH_INDEX: OnceLock<SearchIndex> = OnceLock::new();
static LISTINGS: OnceLock<Vec<Listing>> = OnceLock::new();

/// The text of a file under the site root, such as `content/guidance/flu.html`, kept for the rest
/// of the visit.
pub async fn text(path: &str) -> Result<Rc<str>, FetchFailed> {
    if let Some(text) = TEXTS.with(|texts| texts.borrow().get(path).cloned()) {
        return Ok(text);
    }
    let text = download(path).await?;
    remember(path, text.clone());
    Ok(text)
}

/// The text of a file under the site root, not kept: for files read once into something else.
/// Asked for again while it is on its way, it is downloaded once; after a failure, the next
/// ask tries again.
pub async fn download(path: &str) -> Result<Rc<str>, FetchFailed> {
    let download = ON_THE_WAY.with(|on_the_way| {
        on_the_way
            .borrow_mut()
            .entry(path.to_string())
            .or_insert_with(|| fetch_text(format!("/{path}")).boxed_local().shared())
            .clone()
    });
    let text = download.clone().await;
    ON_THE_WAY.with(|on_the_way| {
        let mut on_the_way = on_the_way.borrow_mut();
        if on_the_way
            .get(path)
            .is_some_and(|each| each.ptr_eq(&download))
        {
            on_the_way.remove(path);
        }
    });
    text
}

async fn fetch_text(address: String) -> Result<Rc<str>, FetchFailed> {
    let unavailable = |_| FetchFailed::Unavailable;
    let window = web_sys::window().ok_or(FetchFailed::Unavailable)?;
    let response = JsFuture::from(window.fetch_with_str(&address))
        .await
        .map_err(unavailable)?
        .dyn_into::<web_sys::Response>()
        .map_err(unavailable)?;
    match response.status() {
        200 => {}
        404 => return Err(FetchFailed::NotFound),
        _ => return Err(FetchFailed::Unavailable),
    }
    JsFuture::from(response.text().map_err(unavailable)?)
        .await
        .map_err(unavailable)?
        .as_string()
        .map(Rc::from)
        .ok_or(FetchFailed::Unavailable)
}

/// Keeps `text` as the file at `path` for the rest of the visit, as if it had been fetched.
pub fn remember(path: &str, text: Rc<str>) {
    TEXTS.with(|texts| texts.borrow_mut().insert(path.to_string(), text));
}

/// Lets go of the file at `path`, kept until it was read into something else.
pub fn forget(path: &str) {
    TEXTS.with(|texts| texts.borrow_mut().remove(path));
}

/// The search index, fetched and read on first use.
pub async fn search_index() -> Result<&'static SearchIndex, FetchFailed> {
    read_once(&SEARCH_INDEX, crate::content::SEARCH_INDEX).await
}

/// The problems' listings, for search's offer of the questions: fetched and read on first use.
pub async fn listings() -> Result<&'static [Listing], FetchFailed> {
    Ok(read_once(&LISTINGS, crate::content::LISTINGS).await?)
}

/// The JSON file at `path`, fetched and read into `slot` the first time it is asked for.
pub async fn read_once<T: serde::de::DeserializeOwned + Send + Sync>(
    slot: &'static OnceLock<T>,
    path: &str,
) -> Result<&'static T, FetchFailed> {
    if let Some(value) = slot.get() {
        return Ok(value);
    }
    let value = read(&download(path).await?)?;
    Ok(slot.get_or_init(|| value))
}

/// Reads a JSON file the site published; one that does not read was cut short on its way.
pub fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, FetchFailed> {
    serde_json::from_str(json).map_err(|_| FetchFailed::Unavailable)
}
