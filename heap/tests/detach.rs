//! Attaching and detaching: explicit, implicit (allocation), and automatic
//! detach at thread exit. Own test binary so that the thread count is stable.

mod common;

use common::*;
use morel_heap::{attach_thread, attached_threads, collect, detach_thread, Value};
use std::hint::black_box;

struct UsesHeapOnDrop;

impl Drop for UsesHeapOnDrop {
    fn drop(&mut self) {
        let p = black_box(new_node(3, 77, Value::NONE, Value::NONE));
        collect();
        assert_eq!(node(Value::from_ptr(p)).val, 77);
    }
}

thread_local! {
    static USES_HEAP_ON_DROP: UsesHeapOnDrop = const { UsesHeapOnDrop };
}

#[test]
fn threads_attach_once_and_detach_explicitly_or_at_exit() {
    let base = attached_threads();
    attach_thread();
    attach_thread();
    assert_eq!(attached_threads(), base + 1, "attach is not idempotent");
    detach_thread();
    detach_thread();
    assert_eq!(attached_threads(), base);

    // explicit attach/detach in another thread
    std::thread::spawn(move || {
        attach_thread();
        assert_eq!(attached_threads(), base + 1);
        let p = black_box(new_node(1, 1, Value::NONE, Value::NONE));
        collect();
        assert_eq!(node(Value::from_ptr(p)).val, 1);
        detach_thread();
    })
    .join()
    .unwrap();
    assert_eq!(attached_threads(), base);

    // allocation attaches on demand; the thread-exit hook detaches
    for i in 0..8 {
        std::thread::spawn(move || {
            let p = black_box(new_node(1, i, Value::NONE, Value::NONE));
            assert_eq!(attached_threads(), base + 1);
            collect();
            assert_eq!(node(Value::from_ptr(p)).val, i);
        })
        .join()
        .unwrap();
        assert_eq!(attached_threads(), base, "an exited thread stayed attached");
    }

    // a thread-local destructor may still use the heap; the thread is
    // detached after it
    std::thread::spawn(|| {
        attach_thread();
        USES_HEAP_ON_DROP.with(|_| ());
    })
    .join()
    .unwrap();
    assert_eq!(attached_threads(), base, "a thread using the heap in a TLS destructor stayed attached");

    // collections still work from this thread (no exited thread to wait for)
    attach_thread();
    let head = black_box(build_list(2, 100, 0));
    collect();
    check_list(head, 2, 100, 0);
    detach_thread();
}
