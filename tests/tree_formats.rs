//! `morel tree`: every format on the small programs in `tests/tree/`,
//! run through the built binary. The formats must agree on the nodes, the
//! JSON must have the fields docs/tree-format.md documents, and the states
//! must be the ones the programs produce.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch folder, unique to this call: tests run in parallel and
/// may ask for the same program in the same format.
fn scratch(name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("morel-tree-{}-{}-{}", std::process::id(), n, name));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs `morel tree ARGS` in the repository root.
fn morel_tree(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_morel")).arg("tree").args(args).current_dir(root()).output().expect("run morel")
}

/// The tree of `program` in `format`, written with -o (so the program's
/// own output stays apart).
fn tree_of(program: &str, format: &str, extra: &[&str]) -> String {
    let dir = scratch(&format!("{}-{}", format, program.replace('/', "_")));
    let out_file = dir.join(format!("tree.{}", format));
    let mut args = vec![program, "--format", format, "-o", out_file.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = morel_tree(&args);
    assert!(out.status.success(), "morel tree failed: {}", String::from_utf8_lossy(&out.stderr));
    std::fs::read_to_string(out_file).unwrap()
}

fn json_of(program: &str, extra: &[&str]) -> Value {
    serde_json::from_str(&tree_of(program, "json", extra)).expect("the json format parses")
}

fn nodes(doc: &Value) -> &Vec<Value> {
    doc["nodes"].as_array().expect("nodes is an array")
}

/// The code unit node whose qualname is `q`.
fn unit<'a>(doc: &'a Value, q: &str) -> &'a Value {
    nodes(doc).iter().find(|n| n["code"]["qualname"] == q).unwrap_or_else(|| panic!("no code unit {}", q))
}

/// The nodes under `id` (itself included).
fn subtree(doc: &Value, id: u64) -> Vec<&Value> {
    let all = nodes(doc);
    let mut out = Vec::new();
    let mut stack = vec![id];
    while let Some(i) = stack.pop() {
        let n = &all[i as usize];
        out.push(n);
        stack.extend(n["children"].as_array().unwrap().iter().map(|c| c.as_u64().unwrap()));
    }
    out
}

/// The node of `kind` with `detail` in code unit `q`.
fn find<'a>(doc: &'a Value, q: &str, kind: &str, detail: &str) -> &'a Value {
    let u = unit(doc, q)["id"].as_u64().unwrap();
    subtree(doc, u)
        .into_iter()
        .find(|n| n["kind"] == kind && n["detail"] == detail)
        .unwrap_or_else(|| panic!("no {} {} in {}", kind, detail, q))
}

#[test]
fn json_has_the_documented_fields_and_a_consistent_shape() {
    let doc = json_of("tests/tree/arith.py", &[]);
    assert_eq!(doc["format"], "morel-tree");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["program"], "tests/tree/arith.py");
    assert_eq!(doc["specializer"], "truffle");
    assert_eq!(doc["stats_enabled"], true);
    assert!(doc["calls_saturate"].as_u64().unwrap() > 0);
    let trees = doc["trees"].as_array().unwrap();
    assert_eq!(trees.len(), 1, "only the program, not the bundled library");
    assert_eq!(trees[0]["file"], "tests/tree/arith.py");
    assert_eq!(trees[0]["bundled"], false);
    assert_eq!(trees[0]["root"], 0);
    let fields =
        ["id", "tree", "parent", "depth", "role", "kind", "detail", "span", "state", "type_state", "cache", "code", "children"];
    let all = nodes(&doc);
    assert!(all.len() > 40);
    for (i, n) in all.iter().enumerate() {
        for f in fields {
            assert!(n.get(f).is_some(), "node {} lacks {}", i, f);
        }
        assert_eq!(n["id"], i as u64, "nodes are listed by id");
        if let Some(p) = n["parent"].as_u64() {
            assert!(p < i as u64, "a parent comes before its children");
            assert!(all[p as usize]["children"].as_array().unwrap().contains(&Value::from(i)));
            assert_eq!(n["depth"].as_u64().unwrap(), all[p as usize]["depth"].as_u64().unwrap() + 1);
            assert!(n["role"].is_string());
        } else {
            assert_eq!(n["kind"], "CodeUnit");
            assert!(n["role"].is_null());
        }
        if let Some(s) = n["span"].as_object() {
            for f in ["start", "end", "line", "column", "end_line", "end_column"] {
                assert!(s[f].is_u64(), "span.{}", f);
            }
            assert!(s["start"].as_u64() <= s["end"].as_u64());
        }
    }
    // Spans cut the right text out of the source.
    let src = std::fs::read_to_string(root().join("tests/tree/arith.py")).unwrap();
    let plus = find(&doc, "add", "BinOpNode", "+");
    let (s, e) = (plus["span"]["start"].as_u64().unwrap() as usize, plus["span"]["end"].as_u64().unwrap() as usize);
    assert_eq!(&src[s..e], "a + b");
    assert_eq!(plus["span"]["line"], 2);
    assert_eq!(plus["span"]["column"], 12);
    // Calls counted per code unit.
    assert_eq!(unit(&doc, "add")["code"]["calls"], 10);
    assert_eq!(unit(&doc, "scale")["code"]["calls"], 1);
    assert_eq!(unit(&doc, "<module>")["code"]["calls"], 1);
}

#[test]
fn int_arithmetic_is_monomorphic_with_the_int_bit() {
    let doc = json_of("tests/tree/arith.py", &[]);
    let plus = find(&doc, "add", "BinOpNode", "+");
    assert_eq!(plus["state"], "monomorphic");
    let ts = &plus["type_state"];
    assert_eq!(ts["class"], "monomorphic");
    assert_eq!(ts["bits"], 1, "binop_state::INT_INT");
    assert_eq!(ts["names"], serde_json::json!(["int"]));
    assert_eq!(ts["history"], serde_json::json!([{"before": 0, "after": 1, "added": ["int"]}]));
    let times = find(&doc, "scale", "BinOpNode", "*");
    assert_eq!(times["type_state"]["names"], serde_json::json!(["float"]));
    // The same in the text format.
    let text = tree_of("tests/tree/arith.py", "text", &[]);
    assert!(text.lines().any(|l| l.trim_start().starts_with("value: BinOpNode +") && l.contains("state=monomorphic {int}")), "{}", text);
}

#[test]
fn states_polymorphic_megamorphic_uninitialized_and_caches() {
    let doc = json_of("tests/tree/states.py", &[]);
    let mix = find(&doc, "mix", "BinOpNode", "+");
    assert_eq!(mix["state"], "polymorphic");
    assert_eq!(mix["type_state"]["names"], serde_json::json!(["int", "float"]));
    assert_eq!(mix["type_state"]["history"].as_array().unwrap().len(), 2);
    let call = find(&doc, "total", "CallMethodNode", ".get()");
    assert_eq!(call["state"], "megamorphic", "ten receiver classes");
    assert_eq!(call["cache"]["state"], "megamorphic");
    assert_eq!(call["cache"]["misses"], 10);
    let load = find(&doc, "make.<locals>.Box.get", "LoadAttrNode", ".v");
    assert_eq!(load["state"], "megamorphic");
    assert!(load["type_state"].is_null());
    let unused = find(&doc, "unused", "BinOpNode", "*");
    assert_eq!(unused["state"], "uninitialized");
    assert_eq!(unused["type_state"]["bits"], 0);
    assert_eq!(unit(&doc, "unused")["code"]["calls"], 0);
    assert_eq!(unit(&doc, "make.<locals>.Box")["code"]["kind"], "class");
    // A node that does not specialize has no state.
    let load_local = find(&doc, "mix", "LoadLocal", "a");
    assert!(load_local["state"].is_null());
}

#[test]
fn text_has_one_line_per_json_node() {
    for program in ["tests/tree/arith.py", "tests/tree/states.py"] {
        let doc = json_of(program, &[]);
        let text = tree_of(program, "text", &[]);
        assert_eq!(text.lines().count(), nodes(&doc).len(), "{}", program);
        for (line, n) in text.lines().zip(nodes(&doc)) {
            let depth = n["depth"].as_u64().unwrap() as usize;
            assert_eq!(line.len() - line.trim_start().len(), 2 * depth, "indentation of {:?}", line);
            let head = match n["role"].as_str() {
                Some(r) => format!("{}: {}", r, n["kind"].as_str().unwrap()),
                None => n["kind"].as_str().unwrap().to_string(),
            };
            assert!(line.trim_start().starts_with(&head), "{:?} should start with {:?}", line, head);
            if let Some(s) = n["state"].as_str() {
                assert!(line.contains(&format!("state={}", s)), "{:?}", line);
            }
        }
    }
}

#[test]
fn program_output_comes_first_without_o() {
    let out = morel_tree(&["tests/tree/arith.py"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("45\n[3.0, 5.0]\nCodeUnit module <module>"), "{}", stdout);
    // With -o the program's output is all there is on stdout.
    let dir = scratch("stdout-o");
    let file = dir.join("t.txt");
    let out = morel_tree(&["tests/tree/arith.py", "-o", file.to_str().unwrap()]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "45\n[3.0, 5.0]\n");
    assert!(std::fs::read_to_string(file).unwrap().starts_with("CodeUnit module <module>"));
}

#[test]
fn function_filter_and_program_arguments() {
    let doc = json_of("tests/tree/states.py", &["--function", "mix"]);
    let trees = doc["trees"].as_array().unwrap();
    assert_eq!(trees.len(), 1);
    let root = &nodes(&doc)[0];
    assert_eq!(root["code"]["qualname"], "mix");
    let kinds: Vec<&str> = nodes(&doc).iter().map(|n| n["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["CodeUnit", "ReturnNode", "BinOpNode", "LoadLocal", "LoadLocal"]);
    // By qualname, and the text format agrees.
    let doc = json_of("tests/tree/states.py", &["--function", "make.<locals>.Box.get"]);
    assert_eq!(nodes(&doc)[0]["code"]["name"], "get");
    let text = tree_of("tests/tree/states.py", "text", &["--function", "get"]);
    assert_eq!(text.lines().count(), nodes(&doc).len());
    // An unknown name fails after the run and says so.
    let out = morel_tree(&["tests/tree/states.py", "--function", "nope"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no function, class or module named 'nope'"));
    // Arguments after the program go to it; `--` passes option-like ones.
    let dir = scratch("args");
    let prog = dir.join("argv.py");
    std::fs::write(&prog, "import sys\nprint(sys.argv[1:])\n").unwrap();
    let out = morel_tree(&[prog.to_str().unwrap(), "7", "--format", "json", "-o", dir.join("t.json").to_str().unwrap(), "--", "--all"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "['7', '--all']\n");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("t.json")).unwrap()).unwrap();
    assert_eq!(doc["trees"].as_array().unwrap().len(), 1, "--all after -- is the program's");
}

#[test]
fn bundled_modules_only_with_all() {
    let doc = json_of("tests/tree/uses_stdlib.py", &[]);
    assert!(doc["trees"].as_array().unwrap().iter().all(|t| t["bundled"] == false));
    let doc = json_of("tests/tree/uses_stdlib.py", &["--all"]);
    let trees = doc["trees"].as_array().unwrap();
    let heapq = trees.iter().find(|t| t["file"] == "<frozen heapq>").expect("heapq's tree with --all");
    assert_eq!(heapq["bundled"], true);
    let smallest = unit(&doc, "nsmallest");
    assert_eq!(smallest["code"]["calls"], 3);
    assert_eq!(smallest["tree"].as_u64().unwrap(), trees.iter().position(|t| t["file"] == "<frozen heapq>").unwrap() as u64);
}

#[test]
fn sites_agree_with_stats_json() {
    // The same trees read by --stats-json: every node with a state or a
    // cache is a site, at the same line and column.
    let dir = scratch("stats");
    let stats = dir.join("stats.json");
    let out = Command::new(env!("CARGO_BIN_EXE_morel"))
        .args(["--stats-json", stats.to_str().unwrap(), "tests/tree/states.py"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success());
    let report: Value = serde_json::from_str(&std::fs::read_to_string(stats).unwrap()).unwrap();
    let mut from_stats: Vec<(String, u64, u64)> = report["site_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["kind"].as_str().unwrap().to_string(), s["line"].as_u64().unwrap(), s["column"].as_u64().unwrap()))
        .collect();
    let doc = json_of("tests/tree/states.py", &[]);
    let mut from_tree: Vec<(String, u64, u64)> = nodes(&doc)
        .iter()
        .filter(|n| !n["state"].is_null())
        .map(|n| (n["kind"].as_str().unwrap().to_string(), n["span"]["line"].as_u64().unwrap(), n["span"]["column"].as_u64().unwrap()))
        .collect();
    from_stats.sort();
    from_tree.sort();
    assert_eq!(from_stats, from_tree);
}

/// The `n<id>` boxes of a dot file.
fn dot_boxes(dot: &str) -> Vec<u64> {
    dot.lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let rest = l.strip_prefix('n')?;
            let (num, tail) = rest.split_once(' ')?;
            tail.starts_with("[label=").then(|| num.parse().ok())?
        })
        .collect()
}

#[test]
fn dot_has_a_box_per_node_and_role_labelled_edges() {
    let doc = json_of("tests/tree/states.py", &[]);
    let dot = tree_of("tests/tree/states.py", "dot", &[]);
    assert!(dot.starts_with("digraph morel_tree {"));
    let boxes = dot_boxes(&dot);
    let ids: Vec<u64> = nodes(&doc).iter().map(|n| n["id"].as_u64().unwrap()).collect();
    assert_eq!(boxes, ids, "one box per JSON node");
    let mut edges = 0;
    for l in dot.lines().map(str::trim).filter(|l| l.contains(" -> ")) {
        // n<parent> -> n<child> [label="role"];
        let (from, rest) = l.split_once(" -> ").unwrap();
        let (to, label) = rest.split_once(' ').unwrap();
        let child = &nodes(&doc)[to.trim_start_matches('n').parse::<usize>().unwrap()];
        assert_eq!(child["parent"].as_u64().unwrap(), from.trim_start_matches('n').parse::<u64>().unwrap());
        assert_eq!(label, format!("[label=\"{}\"];", child["role"].as_str().unwrap()));
        edges += 1;
    }
    assert_eq!(edges, ids.len() - doc["trees"].as_array().unwrap().len(), "an edge to every node but the roots");
    // Colours by state.
    let mix = find(&doc, "mix", "BinOpNode", "+");
    let line = dot.lines().find(|l| l.trim_start().starts_with(&format!("n{} [", mix["id"]))).unwrap();
    assert!(line.contains("fillcolor=\"#fee08b\"") && line.contains("polymorphic {int,float}"), "{}", line);
    let call = find(&doc, "total", "CallMethodNode", ".get()");
    let line = dot.lines().find(|l| l.trim_start().starts_with(&format!("n{} [", call["id"]))).unwrap();
    assert!(line.contains("fillcolor=\"#fdae61\""), "{}", line);
    for state in ["uninitialized", "monomorphic", "polymorphic", "megamorphic", "generic"] {
        assert!(dot.contains(&format!(">{}</TD>", state)), "legend lists {}", state);
    }
    // Render it when Graphviz is installed.
    match Command::new("dot").arg("-V").output() {
        Ok(_) => {
            let dir = scratch("dot-render");
            let (src, svg) = (dir.join("t.dot"), dir.join("t.svg"));
            std::fs::write(&src, &dot).unwrap();
            let out = Command::new("dot").args(["-Tsvg", src.to_str().unwrap(), "-o", svg.to_str().unwrap()]).output().unwrap();
            assert!(out.status.success(), "dot failed: {}", String::from_utf8_lossy(&out.stderr));
            let svg = std::fs::read_to_string(svg).unwrap();
            assert!(svg.contains("<svg") && svg.contains("BinOpNode"));
        }
        Err(_) => eprintln!("skipping the dot rendering: Graphviz's `dot` is not installed"),
    }
}

/// The text of `<script type="application/json" id="ID">` in a page.
fn embedded<'a>(html: &'a str, id: &str) -> &'a str {
    let open = format!("<script type=\"application/json\" id=\"{}\">", id);
    let start = html.find(&open).unwrap_or_else(|| panic!("no {} script", id)) + open.len();
    let len = html[start..].find("</script>").unwrap();
    &html[start..start + len]
}

#[test]
fn html_is_self_contained_and_embeds_the_json_and_source() {
    let json: Value = json_of("tests/tree/states.py", &[]);
    let html = tree_of("tests/tree/states.py", "html", &[]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    let data: Value = serde_json::from_str(embedded(&html, "tree-data")).unwrap();
    assert_eq!(data, json, "the page embeds exactly the json format's document");
    let sources: Value = serde_json::from_str(embedded(&html, "tree-sources")).unwrap();
    let src = std::fs::read_to_string(root().join("tests/tree/states.py")).unwrap();
    assert_eq!(sources["tests/tree/states.py"], src);
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("http://") && !lower.contains("https://"), "no network references");
    assert!(!lower.contains("<link") && !lower.contains(" src="), "no external resources");
    for part in ["id=\"search\"", "id=\"legend\"", "id=\"unit-list\"", "id=\"tree\"", "id=\"source-body\"", "<style>", "<script>"] {
        assert!(html.contains(part), "page has {}", part);
    }
    for state in ["uninitialized", "monomorphic", "polymorphic", "megamorphic", "generic"] {
        assert!(html.contains(&format!("--st-{}:", state)), "palette has {}", state);
    }
}

#[test]
fn bad_command_lines() {
    let out = morel_tree(&["--format", "svg", "tests/tree/arith.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown format 'svg'"));
    let out = morel_tree(&[]);
    assert_eq!(out.status.code(), Some(2));
    let out = morel_tree(&["tests/tree/no_such_file.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no tree when nothing ran");
}
