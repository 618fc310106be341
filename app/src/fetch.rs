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

type Download = Shared<LocalBoxFuture<'static, Result<Rc<[u8]>, FetchFailed>>>;

thread_local! {
    /// Files kept for the rest of the visit, or until they are read into something else.
    static KEPT: RefCell<HashMap<String, Rc<[u8]>>> = RefCell::new(HashMap::new());
    /// Downloads on their way, so that everyone asking for a file meanwhile shares one.
    static ON_THE_WAY: RefCell<HashMap<String, Download>> = RefCell::new(HashMap::new());
}

static SEARCH_INDEX: OnceLock<SearchIndex> = OnceLock::new();
static LISTINGS: OnceLock<Vec<Listing>> = OnceLock::new();

/// A file under the site root, such as `content/rules-0123456789ab.bin`, kept for the rest of
/// the visit (or until [`forget`]).
pub async fn file(path: &str) -> Result<Rc<[u8]>, FetchFailed> {
    if let Some(bytes) = KEPT.with(|kept| kept.borrow().get(path).cloned()) {
        return Ok(bytes);
    }
    let bytes = download(path).await?;
    remember(path, bytes.clone());
    Ok(bytes)
}

/// The text of a file under the site root, such as `content/guidance/flu.html`, kept for the
/// rest of the visit.
pub async fn text(path: &str) -> Result<Rc<str>, FetchFailed> {
    let bytes = file(path).await?;
    std::str::from_utf8(&bytes)
        .map(Rc::from)
        .map_err(|_| FetchFailed::Unavailable)
}

/// A file under the site root, not kept: for files read once into something else. Asked for
/// again while it is on its way, it is downloaded once; after a failure, the next ask tries
/// again.
pub async fn download(path: &str) -> Result<Rc<[u8]>, FetchFailed> {
    let download = ON_THE_WAY.with(|on_the_way| {
        on_the_way
            .borrow_mut()
            .entry(path.to_string())
            .or_insert_with(|| fetch_bytes(format!("/{path}")).boxed_local().shared())
            .clone()
    });
    let bytes = download.clone().await;
    ON_THE_WAY.with(|on_the_way| {
        let mut on_the_way = on_the_way.borrow_mut();
        if on_the_way
            .get(path)
            .is_some_and(|each| each.ptr_eq(&download))
        {
            on_the_way.remove(path);
        }
    });
    bytes
}

async fn fetch_bytes(address: String) -> Result<Rc<[u8]>, FetchFailed> {
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
    let buffer = JsFuture::from(response.array_buffer().map_err(unavailable)?)
        .await
        .map_err(unavailable)?;
    Ok(Rc::from(js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// Keeps `bytes` as the file at `path` for the rest of the visit, as if it had been fetched.
pub fn remember(path: &str, bytes: Rc<[u8]>) {
    KEPT.with(|kept| kept.borrow_mut().insert(path.to_string(), bytes));
}

/// Lets go of the file at `path`, kept until it was read into something else.
pub fn forget(path: &str) {
    KEPT.with(|kept| kept.borrow_mut().remove(path));
}

/// The search index, fetched and read on first use.
pub async fn search_index() -> Result<&'static SearchIndex, FetchFailed> {
    read_once(&SEARCH_INDEX, crate::content::SEARCH_INDEX, read_binary).await
}

/// The problems' listings, for search's offer of the questions: fetched and read on first use.
pub async fn listings() -> Result<&'static [Listing], FetchFailed> {
    Ok(read_once(&LISTINGS, crate::content::LISTINGS, read_binary).await?)
}

/// The file at `path`, fetched and read by `reader` into `slot` the first time it is asked for.
pub async fn read_once<T: Send + Sync>(
    slot: &'static OnceLock<T>,
    path: &str,
    reader: fn(&[u8]) -> Result<T, FetchFailed>,
) -> Result<&'static T, FetchFailed> {
    if let Some(value) = slot.get() {
        return Ok(value);
    }
    let value = reader(&download(path).await?)?;
    Ok(slot.get_or_init(|| value))
}

/// Reads a file the site published in binary form (`DataFile::binary`); one that does not read
/// was cut short on its way.
pub fn read_binary<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, FetchFailed> {
    postcard::from_bytes(bytes).map_err(|_| FetchFailed::Unavailable)
}
