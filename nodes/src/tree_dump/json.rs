//! The `json` format: the document as pretty-printed JSON (schema in
//! docs/tree-format.md).

use super::model::Document;

/// The document as JSON text, ending in a newline.
pub fn render(doc: &Document) -> String {
    serde_json::to_string_pretty(doc).expect("the document serializes") + "\n"
}

/// The document as compact JSON, safe to embed in an HTML `<script>`
/// element: `<`, `>`, `&` and `/` are written as escapes, so the text can
/// neither close the element nor contain a URL (`https:\/\/...`).
pub fn render_embeddable(value: &impl serde::Serialize) -> String {
    let text = serde_json::to_string(value).expect("the document serializes");
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for ch in text.chars() {
        match ch {
            // These characters only occur inside JSON strings, where the
            // escapes mean the same character.
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '/' => out.push_str("\\/"),
            c => out.push(c),
        }
    }
    out
}
