//! The content loaded and checked once per build. The app's build script (for the WebAssembly,
//! and again for the build machine's copy of the app that renders the pages), `navigator-site
//! publish` and `navigator-site routes` all need the same checked content; the first of them to
//! run loads and checks it and keeps the result, and the others read it.
//!
//! What is kept is named by a hash of every file under the content folder, the day the checks
//! ran as of (review dates), and core's own source (the checks and the shape of what is kept), so
//! a kept result is only ever read for exactly the content, day and code that produced it: a
//! changed sentence, a new day or a changed check loads and checks again. The safety modules
//! are not kept: only the checks read them, and a kept result has passed the checks.

use super::{load, tree, Bundle};
use crate::{Date, Diagnostic};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// A hash of core's source, written by core's build script.
const CORE_SOURCE: &str = env!("NAVIGATOR_CORE_SOURCE");

/// How many results are kept: the real content, the benchmark's synthetic library, and a change
/// or two being tried.
const KEPT: usize = 4;

/// Where the results are kept in a workspace: beside cargo's own output.
pub fn cache_dir(workspace: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace.join("target"), PathBuf::from)
        .join("content-build")
}

/// The checked content under `content_dir` as of `today`: read from `cache` if this content has
/// already been checked as of that day by this code, else loaded, checked and kept there. A
/// result that cannot be kept or read back costs a load, never a wrong answer.
pub fn load_once(content_dir: &Path, today: Date, cache: &Path) -> Result<Bundle, Vec<Diagnostic>> {
    let Ok(key) = key(content_dir, today) else {
        return load(content_dir, today);
    };
    let kept = cache.join(format!("{key}.json"));
    if let Some(bundle) = std::fs::read(&kept)
        .ok()
        .and_then(|json| serde_json::from_slice(&json).ok())
    {
        return Ok(bundle);
    }
    let bundle = load(content_dir, today)?;
    let _ = keep(&bundle, cache, &kept);
    Ok(bundle)
}

/// Writes the result beside the others under a temporary name, then renames it, so that a step
/// running at the same time never reads half a file; then removes all but the newest few.
fn keep(bundle: &Bundle, cache: &Path, kept: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(cache)?;
    let partial = kept.with_extension(format!("{}.partial", std::process::id()));
    std::fs::write(&partial, serde_json::to_vec(bundle)?)?;
    std::fs::rename(&partial, kept)?;
    let mut results: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(cache)?
        .flatten()
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "json"))
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .collect();
    results.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    for (_, old) in results.into_iter().skip(KEPT) {
        let _ = std::fs::remove_file(old);
    }
    Ok(())
}

/// The hash that names a result: core's source, the day, and every file under the content
/// folder with its path, in a fixed order.
pub fn key(content_dir: &Path, today: Date) -> std::io::Result<String> {
    let mut hash = Sha256::new();
    hash.update(CORE_SOURCE.as_bytes());
    hash.update(today.to_string().as_bytes());
    tree::hash_files(&mut hash, content_dir, content_dir)?;
    Ok(hash
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect())
}
