//! Files fetched from the site after the first load: guidance page bodies and the search index.
//! Each is fetched at most once per visit; the names carry a content fingerprint, so a browser
//! may cache them for good.

use navigator_core::search::SearchIndex;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched, in words for the person reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchFailed;

thread_local! {
    static TEXTS: RefCell<HashMap<&'static str, Rc<str>>> = RefCell::new(HashMap::new());
    static SEARCH_INDEX: RefCell<Option<Rc<SearchIndex>>> = const { RefCell::new(None) };
}

/// The text of a file under the site root, such as `content/guidance/flu-1a2b.html`.
pub async fn text(path: &'static str) -> Result<Rc<str>, FetchFailed> {
    if let Some(text) = TEXTS.with(|texts| texts.borrow().get(path).cloned()) {
        return Ok(text);
    }
    let window = web_sys::window().ok_or(FetchFailed)?;
    let response = JsFuture::from(window.fetch_with_str(&format!("/{path}")))
        .await
        .map_err(|_| FetchFailed)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| FetchFailed)?;
    if !response.ok() {
        return Err(FetchFailed);
    }
    let body = JsFuture::from(response.text().map_err(|_| FetchFailed)?)
        .await
        .map_err(|_| FetchFailed)?
        .as_string()
        .ok_or(FetchFailed)?;
    let text: Rc<str> = body.into();
    TEXTS.with(|texts| texts.borrow_mut().insert(path, text.clone()));
    Ok(text)
}

/// Keeps `text` as the file at `path` for the rest of the visit, as if it had been fetched.
pub fn remember(path: &'static str, text: Rc<str>) {
    TEXTS.with(|texts| texts.borrow_mut().insert(path, text));
}

/// The search index, fetched and read on first use.
pub async fn search_index() -> Result<Rc<SearchIndex>, FetchFailed> {
    if let Some(index) = SEARCH_INDEX.with(|index| index.borrow().clone()) {
        return Ok(index);
    }
    let json = text(crate::content::SEARCH_INDEX).await?;
    let index: Rc<SearchIndex> = Rc::new(serde_json::from_str(&json).map_err(|_| FetchFailed)?);
    SEARCH_INDEX.with(|slot| *slot.borrow_mut() = Some(index.clone()));
    Ok(index)
}
