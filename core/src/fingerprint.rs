//! Short content fingerprints for file names, so a changed file gets a new name and browsers can
//! cache every file for as long as they like.

/// 64-bit FNV-1a of `bytes`, as 12 hex digits: plenty to tell versions of a file apart.
pub fn fingerprint(bytes: &[u8]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = bytes.iter().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    });
    format!("{:012x}", hash >> 16)
}

/// A data file the app fetches, named by a hash of its content.
pub struct DataFile {
    /// Where it is served from, relative to the site root: `content/<name>-<fingerprint>.bin`.
    pub path: String,
    /// The file's content.
    pub bytes: Vec<u8>,
}

impl DataFile {
    /// `value` in postcard's binary form, in a file named after `name` and a fingerprint of its
    /// content: smaller than JSON, and read by far less code in the WebAssembly. Read back only
    /// by the same build, whose types it follows field by field.
    pub fn binary(name: &str, value: &impl serde::Serialize) -> DataFile {
        let bytes = postcard::to_allocvec(value).expect("content serialises to postcard");
        DataFile {
            path: format!("content/{name}-{}.bin", fingerprint(&bytes)),
            bytes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_stable_and_changes_with_the_content() {
        assert_eq!(fingerprint(b""), fingerprint(b""));
        assert_eq!(fingerprint(b"").len(), 12);
        assert_ne!(fingerprint(b"<p>a</p>"), fingerprint(b"<p>b</p>"));
        // Known FNV-1a 64 value of "a": 0xaf63dc4c8601ec8c.
        assert_eq!(fingerprint(b"a"), "af63dc4c8601");
    }
}
