//! `morel tree --format html` in a real browser: headless Chromium loads the
//! page of benches/python/nbody.py and runs the page's test hook (the URL
//! fragment `#test:CMD;CMD...`, see docs/tree-format.md), which writes what
//! the page shows into `<pre id="test-result">`; `--dump-dom` prints it.
//! Skipped, with a printed reason, when no Chromium is installed (.ci/run
//! installs Debian's `chromium`).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The first of chromium, chromium-browser, google-chrome on PATH.
fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let cand = dir.join(name);
            if cand.is_file() {
                return Some(cand);
            }
        }
    }
    None
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("morel-tree-browser-{}-{}", std::process::id(), name));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs headless Chromium with `args` (and a private profile in `dir`),
/// giving up after a minute; returns its stdout.
fn chromium(browser: &Path, dir: &Path, args: &[String]) -> String {
    let mut child = Command::new(browser)
        .args(["--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars"])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut s);
        s
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

/// Writes the JSON and HTML trees of nbody (a short run) into `dir`.
fn nbody_pages(dir: &Path) -> (Value, PathBuf) {
    let morel = env!("CARGO_BIN_EXE_morel");
    let (json, html) = (dir.join("nbody.json"), dir.join("nbody.html"));
    for (format, file) in [("json", &json), ("html", &html)] {
        let out = Command::new(morel)
            .args(["tree", "benches/python/nbody.py", "200", "--format", format, "-o", file.to_str().unwrap()])
            .current_dir(root())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    (serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap(), html)
}

/// The test hook's result in a dumped DOM.
fn test_result(dom: &str) -> Value {
    let start = dom.find("<pre id=\"test-result\">").expect("the page wrote a test result") + "<pre id=\"test-result\">".len();
    let end = start + dom[start..].find("</pre>").unwrap();
    serde_json::from_str(&dom[start..end]).expect("the test result is JSON")
}

fn rgb(hex: &str) -> String {
    let v = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    format!("rgb({}, {}, {})", v(1), v(3), v(5))
}

#[test]
fn html_view_in_headless_chromium() {
    let Some(browser) = find_chromium() else {
        eprintln!("skipping the browser test: no chromium, chromium-browser or google-chrome on PATH");
        return;
    };
    let dir = scratch("nbody");
    let (doc, html) = nbody_pages(&dir);
    let nodes = doc["nodes"].as_array().unwrap();
    let binops = nodes.iter().filter(|n| n["kind"] == "BinOpNode").count();
    // A statement of `advance` that is collapsed at first (nothing below it
    // is a code unit) and has children: its loop over pairs.
    let advance = nodes.iter().find(|n| n["code"]["qualname"] == "advance").unwrap();
    let target = nodes.iter().find(|n| n["parent"] == advance["id"] && n["kind"] == "ForNode").expect("advance's loop");
    let id = target["id"].as_u64().unwrap();
    let url = format!("file://{}#test:search=BinOpNode;clear;click={}", html.display(), id);
    let dom = chromium(&browser, &dir, &["--dump-dom".to_string(), url]);
    let r = test_result(&dom);
    // Every node is rendered once.
    assert_eq!(r["rendered"].as_u64().unwrap() as usize, nodes.len());
    assert_eq!(r["nodes"].as_u64().unwrap() as usize, nodes.len());
    assert_eq!(r["units"], 6, "<module>, build_system, all_pairs, energy, advance, main");
    let initial = r["initial_visible"].as_u64().unwrap();
    assert!(initial > 10 && (initial as usize) < nodes.len(), "statements show, their insides are collapsed");
    let steps = r["steps"].as_array().unwrap();
    // The search shows every BinOpNode and only the nodes leading to them.
    let search = &steps[0];
    assert_eq!(search["matches"].as_u64().unwrap() as usize, binops);
    assert_eq!(search["match_kinds"], serde_json::json!(["BinOpNode"]));
    let narrowed = search["visible"].as_u64().unwrap() as usize;
    assert!(narrowed < nodes.len() && narrowed >= binops);
    // Clearing restores the view.
    assert_eq!(steps[1]["visible"].as_u64().unwrap(), initial);
    assert_eq!(steps[1]["searching"], false);
    // The click expands the loop, selects it and highlights its source.
    let click = &steps[2];
    assert_eq!(click["selected"].as_u64().unwrap(), id);
    assert_eq!(click["expanded"], true);
    let kids = target["children"].as_array().unwrap().len();
    assert_eq!(click["children_visible"].as_u64().unwrap() as usize, kids);
    assert_eq!(click["visible"].as_u64().unwrap(), initial + kids as u64);
    assert_eq!(click["details_kind"], "ForNode");
    let span = &target["span"];
    assert_eq!(
        click["source_range"].as_str().unwrap(),
        format!("{}:{} - {}:{}", span["line"], span["column"], span["end_line"], span["end_column"])
    );
    let src = std::fs::read_to_string(root().join("benches/python/nbody.py")).unwrap();
    let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    assert_eq!(click["highlight"].as_str().unwrap(), &src[s..e]);
    assert!(src[s..e].starts_with("for _ in range(steps)"));
    // The row is coloured by its state (the loop ran over a range: monomorphic).
    assert_eq!(target["state"], "monomorphic");
    assert_eq!(click["row_background"].as_str().unwrap(), rgb("#a6dba0"));

    // A screenshot of the same page renders.
    let png = dir.join("shot.png");
    chromium(
        &browser,
        &dir,
        &[format!("--screenshot={}", png.display()), "--window-size=1400,900".to_string(), format!("file://{}#node={}", html.display(), id)],
    );
    let bytes = std::fs::read(&png).expect("chromium wrote the screenshot");
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000, "a real PNG ({} bytes)", bytes.len());
}
