//! Writing HTML as text: escaping, for the pages rendered at build time and the pieces the app
//! shows as they are.

/// `text` made safe to place in HTML text or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The text of the first `<h1>` in `html`: a content page's title, read from the page itself.
pub fn first_heading_text(html: &str) -> Option<String> {
    let start = html.find("<h1")?;
    let text_start = start + html[start..].find('>')? + 1;
    let text_end = text_start + html[text_start..].find("</h1>")?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[text_start..text_end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    Some(text.trim().to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_first_heading_as_text() {
        assert_eq!(
            super::first_heading_text(
                "<p>x</p><h1 tabindex=\"-1\">Cuts &amp; <em>grazes</em></h1><h1>Other</h1>"
            )
            .as_deref(),
            Some("Cuts & grazes")
        );
        assert_eq!(super::first_heading_text("<p>No heading</p>"), None);
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            super::escape(r#"<a href="x">Tom & Jerry</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;"
        );
    }
}
