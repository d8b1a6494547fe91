//! `--stats` and `--stats-json FILE`: what specialization did during a run,
//! read from the trees through the introspection API (every node with a
//! `SpecState` or an inline cache is a site). The JSON schema is documented
//! in docs/specialization.md.

use crate::introspect::{walk, NodeRef, SourceText};
use morel_specializer::{classify, stats};
use serde::Serialize;

/// A node's inline cache as reports show it (`--stats-json` and `morel tree`).
#[derive(Serialize)]
pub struct CacheReport {
    /// "uninitialized", "monomorphic", "polymorphic" or "megamorphic".
    pub state: &'static str,
    pub entries: usize,
    pub hits: u64,
    pub misses: u32,
    pub rewrites: u32,
    pub resets: u32,
    pub guard_failures: u64,
}

impl CacheReport {
    pub fn of(c: &morel_runtime::attr_cache::AttrCache) -> CacheReport {
        let st = c.stats();
        CacheReport {
            state: c.state(),
            entries: st.entries,
            hits: st.hits,
            misses: st.misses,
            rewrites: st.rewrites,
            resets: st.resets,
            guard_failures: st.guard_failures,
        }
    }
}

#[derive(Serialize)]
pub struct SiteReport {
    pub file: String,
    pub line: u32,
    pub column: u32,
    /// The node kind (`BinOpNode`, `LoadAttrNode`, ...).
    pub kind: &'static str,
    /// "uninitialized", "monomorphic", "polymorphic" or "generic" (nodes
    /// with a type state); absent for cache-only sites.
    pub state: Option<&'static str>,
    pub state_bits: Option<u8>,
    /// The state after each rewrite, in order (bits as numbers).
    pub history: Vec<u8>,
    pub cache: Option<CacheReport>,
}

#[derive(Serialize)]
pub struct Report {
    pub specializer: &'static str,
    pub sites: usize,
    pub rewrites: u64,
    pub cache_hits: u64,
    pub cache_misses: u64,
    pub megamorphic_sites: usize,
    pub guard_failures: u64,
    pub collections: u64,
    /// Collections whose marking ran on several threads.
    pub parallel_marks: u64,
    pub gc_pause_total_ms: f64,
    pub gc_pause_max_ms: f64,
    pub site_list: Vec<SiteReport>,
}

/// Collects the report from every compiled tree.
pub fn collect() -> Report {
    let histories = stats::histories();
    let mut sites = Vec::new();
    for unit in crate::code::modules() {
        let file = NodeRef::Code(unit).code_info().map(|c| c.file).unwrap_or_default();
        let source = SourceText::load(&file);
        walk(NodeRef::Code(unit), &mut |n, _| {
            let state = n.state();
            let cache = n.cache();
            if state.is_none() && cache.is_none() {
                return;
            }
            let span = n.span();
            let history = n.history(&histories).iter().map(|&(_, after)| after).collect();
            sites.push(SiteReport {
                file: file.clone(),
                line: span.line,
                column: source.column(span.line, span.start),
                kind: n.kind(),
                state: state.map(|s| classify(s.get()).name()),
                state_bits: state.map(|s| s.get()),
                history,
                cache: cache.map(CacheReport::of),
            });
        });
    }
    let heap = morel_heap::stats();
    let cache_rewrites: u64 = sites.iter().filter_map(|s| s.cache.as_ref()).map(|c| c.rewrites as u64).sum();
    Report {
        specializer: morel_specializer::strategy::current().name(),
        sites: sites.len(),
        rewrites: stats::STATE_REWRITES.load(std::sync::atomic::Ordering::Relaxed) + cache_rewrites,
        cache_hits: sites.iter().filter_map(|s| s.cache.as_ref()).map(|c| c.hits).sum(),
        cache_misses: sites.iter().filter_map(|s| s.cache.as_ref()).map(|c| c.misses as u64).sum(),
        megamorphic_sites: sites.iter().filter(|s| s.cache.as_ref().is_some_and(|c| c.state == "megamorphic")).count(),
        guard_failures: sites.iter().filter_map(|s| s.cache.as_ref()).map(|c| c.guard_failures).sum(),
        collections: heap.collections,
        parallel_marks: heap.parallel_marks,
        gc_pause_total_ms: heap.total_pause_ns as f64 / 1e6,
        gc_pause_max_ms: heap.max_pause_ns as f64 / 1e6,
        site_list: sites,
    }
}

/// The `--stats` summary (stderr).
pub fn summary(r: &Report) -> String {
    let generic = r.site_list.iter().filter(|s| s.state == Some("generic")).count();
    let specialized = r.site_list.iter().filter(|s| matches!(s.state, Some("monomorphic") | Some("polymorphic"))).count();
    format!(
        "morel stats (specializer {}):\n  sites: {} ({} specialized, {} generic)\n  rewrites: {}\n  cache hits: {}\n  cache misses: {}\n  megamorphic sites: {}\n  guard failures: {}\n  collections: {} ({} marked in parallel; total pause {:.2} ms, max {:.2} ms)\n",
        r.specializer,
        r.sites,
        specialized,
        generic,
        r.rewrites,
        r.cache_hits,
        r.cache_misses,
        r.megamorphic_sites,
        r.guard_failures,
        r.collections,
        r.parallel_marks,
        r.gc_pause_total_ms,
        r.gc_pause_max_ms
    )
}

/// Writes the JSON report to `path`.
pub fn write_json(r: &Report, path: &str) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(r).map_err(std::io::Error::other)?;
    std::fs::write(path, text + "\n")
}
