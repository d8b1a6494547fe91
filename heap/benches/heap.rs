//! Allocation throughput and full-collection time of a large live graph.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use morel_heap::{alloc_raw, attach_thread, collect, stats, GcHeader, Tracer, VTable, Value};
use std::hint::black_box;
use std::time::Duration;

/// 40 bytes: served from the 48-byte class.
#[repr(C)]
struct Obj {
    h: GcHeader,
    a: Value,
    b: Value,
    n: u64,
}

unsafe fn trace_obj(o: *const GcHeader, t: &mut Tracer) {
    // SAFETY: the collector passes an Obj allocated with OBJ_VT.
    let o = unsafe { &*(o as *const Obj) };
    t.value(o.a);
    t.value(o.b);
}

static OBJ_VT: VTable = VTable { name: "Obj", trace: trace_obj, finalize: None };

#[inline(always)]
fn new_obj(a: Value, b: Value, n: u64) -> *mut Obj {
    let p = alloc_raw(std::mem::size_of::<Obj>(), &OBJ_VT) as *mut Obj;
    // SAFETY: fresh zeroed Obj.
    unsafe {
        (*p).a = a;
        (*p).b = b;
        (*p).n = n;
    }
    p
}

fn alloc_throughput(c: &mut Criterion) {
    attach_thread();
    const N: u64 = 1_000_000;
    let mut g = c.benchmark_group("alloc");
    g.throughput(Throughput::Elements(N));
    // Short-lived garbage: includes the collections it triggers.
    g.bench_function("1M_small_objects_48B", |b| {
        b.iter(|| {
            for i in 0..N {
                black_box(new_obj(Value::NONE, Value::NONE, i));
            }
        })
    });
    // Objects linked into a list that stays alive during the iteration.
    g.bench_function("1M_small_objects_48B_linked", |b| {
        b.iter(|| {
            let mut head = Value::NONE;
            for i in 0..N {
                head = Value::from_ptr(new_obj(head, Value::NONE, i));
            }
            black_box(head)
        })
    });
    g.finish();
}

/// A graph of `n` objects: a chain through `a`, plus a `b` edge to an
/// earlier object picked pseudo-randomly. Returns the last object.
#[inline(never)]
fn build_graph(n: u64) -> *mut Obj {
    let mut nodes: Vec<*mut Obj> = Vec::with_capacity(n as usize);
    let mut last = Value::NONE;
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    for i in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let back = if nodes.is_empty() { Value::NONE } else { Value::from_ptr(nodes[(x % nodes.len() as u64) as usize]) };
        let p = new_obj(last, back, i);
        nodes.push(p);
        last = Value::from_ptr(p);
    }
    last.as_ptr()
}

fn gc_live_graph(c: &mut Criterion) {
    attach_thread();
    let root = black_box(build_graph(1_000_000));
    collect();
    let live = stats().live_bytes;
    assert!(live >= 48_000_000, "graph not live: {live}");
    let mut g = c.benchmark_group("collect");
    g.sample_size(20).measurement_time(Duration::from_secs(5));
    g.bench_function("1M_live_objects", |b| b.iter(collect));
    g.finish();
    black_box(root);
}

criterion_group!(benches, alloc_throughput, gc_live_graph);
criterion_main!(benches);
