//! The `html` format: one self-contained page (inline CSS and JavaScript,
//! nothing fetched) with the list of functions, a collapsible tree, search
//! by node kind, a details pane (state, history, counts) and the source of
//! the selected node's function with the node's range highlighted.
//!
//! The document is embedded as JSON in `<script type="application/json"
//! id="tree-data">` (exactly the `json` format's value) and the sources in
//! `id="tree-sources"` (file name to text, null when not found). The page's
//! script (`page.js`) builds everything from them; `page.css` styles it.
//!
//! URL fragments: `#node=ID` selects node ID on load. `#test:CMD;CMD...`
//! runs commands for automated tests (`search=TEXT`, `clear`, `click=ID`,
//! `select=ID`) and writes what the page then shows, as JSON, into
//! `<pre id="test-result">` (see docs/tree-format.md).

use super::json::render_embeddable;
use super::model::Dump;
use super::PALETTE;

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// The page for `dump`.
pub fn render(dump: &Dump) -> String {
    let doc = &dump.document;
    let mut colours = String::from(":root {");
    for (state, col) in PALETTE {
        colours.push_str(&format!(" --st-{}: {};", state, col));
    }
    colours.push_str(" }\n");
    for (state, _) in PALETTE {
        colours.push_str(&format!(".st-{0} {{ background: var(--st-{0}); }}\n", state));
    }
    let mut legend = String::new();
    for (state, _) in PALETTE {
        legend.push_str(&format!("<span class=\"legend-item\"><span class=\"swatch st-{0}\"></span>{0}</span>", state));
    }
    let program = escape_html(&doc.program);
    let mut page = String::with_capacity(CSS.len() + JS.len() + doc.nodes.len() * 300);
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str(&format!("<title>morel tree: {}</title>\n", program));
    page.push_str("<style>\n");
    page.push_str(&colours);
    page.push_str(CSS);
    page.push_str("</style>\n</head>\n<body>\n<header>\n");
    page.push_str(&format!("<h1>morel tree <span id=\"program\">{}</span></h1>\n", program));
    page.push_str("<span id=\"summary\"></span>\n");
    page.push_str("<input id=\"search\" type=\"search\" placeholder=\"search node kind (e.g. BinOpNode)\" autocomplete=\"off\" spellcheck=\"false\">\n");
    page.push_str("<span id=\"search-status\"></span>\n");
    page.push_str(&format!("<div id=\"legend\" title=\"node colours by specialization state\">{}</div>\n", legend));
    page.push_str("</header>\n<main>\n");
    page.push_str("<nav id=\"units\"><h2>Functions</h2><ul id=\"unit-list\"></ul></nav>\n");
    page.push_str("<section id=\"tree-pane\"><ul id=\"tree\"></ul></section>\n");
    page.push_str("<aside id=\"side\">\n<section id=\"details\"><h2>Node</h2><div id=\"details-body\"><p class=\"hint\">Click a node to see its state, counts and source.</p></div></section>\n");
    page.push_str("<section id=\"source\"><h2 id=\"source-title\">Source</h2><div id=\"source-body\"></div></section>\n</aside>\n</main>\n");
    page.push_str("<pre id=\"test-result\" hidden></pre>\n");
    page.push_str("<script type=\"application/json\" id=\"tree-data\">");
    page.push_str(&render_embeddable(doc));
    page.push_str("</script>\n<script type=\"application/json\" id=\"tree-sources\">");
    page.push_str(&render_embeddable(&dump.sources));
    page.push_str("</script>\n<script>\n");
    page.push_str(JS);
    page.push_str("</script>\n</body>\n</html>\n");
    page
}

/// `s` as HTML text.
fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
