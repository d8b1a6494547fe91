//! The local/shared object model: objects start local; storing one into a
//! shared object shares it and everything it reaches, and nothing else.

use morel_runtime::object::{is_shared, share};
use morel_runtime::types::class::{new_class, new_instance, Layout};
use morel_runtime::types::dict::new_dict_obj;
use morel_runtime::types::function::new_module;
use morel_runtime::types::list::{list_obj, new_list_obj};
use morel_runtime::types::str::{intern, new_str, str_obj};
use morel_runtime::types::tuple::new_tuple;
use morel_runtime::Value;

fn setup() {
    morel_runtime::init();
}

#[test]
fn new_objects_are_local_and_classes_modules_are_shared() {
    setup();
    let l = new_list_obj(0);
    let d = new_dict_obj();
    assert!(!is_shared(Value::from_ptr(l)));
    assert!(!is_shared(Value::from_ptr(d)));
    let cls = new_class("Point", &[], Layout::Object);
    assert!(is_shared(Value::from_ptr(cls)));
    assert!(is_shared(cls.dict.get()), "a shared class shares its namespace");
    let m = new_module("m", Value::NONE);
    assert!(is_shared(Value::from_ptr(m)));
    // inline values count as shared (they are immutable)
    assert!(is_shared(Value::small_int(3)) && is_shared(Value::float(1.5)) && is_shared(Value::NONE));
}

#[test]
fn storing_into_a_global_shares_the_whole_graph_transitively() {
    setup();
    let m = new_module("g", Value::NONE);
    // list -> [dict -> {"k": tuple(str,)}, instance -> attr list] plus a cycle back to the list
    let cls = new_class("Node", &[], Layout::Object);
    let inner = new_list_obj(0);
    let inst = new_instance(cls);
    inst.set_attr(str_obj(intern("items")).unwrap(), Value::from_ptr(inner));
    let s = new_str("payload");
    let t = new_tuple(&[s]);
    let d = new_dict_obj();
    d.set(intern("k"), t).unwrap();
    let l = new_list_obj(0);
    l.append(Value::from_ptr(d));
    l.append(Value::from_ptr(inst));
    inner.append(Value::from_ptr(l)); // cycle
    let unrelated = new_list_obj(0);
    for v in [Value::from_ptr(l), Value::from_ptr(d), t, s, Value::from_ptr(inst), Value::from_ptr(inner)] {
        assert!(!is_shared(v), "local before publication");
    }
    m.set("root", Value::from_ptr(l));
    for v in [Value::from_ptr(l), Value::from_ptr(d), t, s, Value::from_ptr(inst), Value::from_ptr(inner)] {
        assert!(is_shared(v), "everything reachable is shared after publication");
    }
    assert!(!is_shared(Value::from_ptr(unrelated)), "unreachable objects stay local");
}

#[test]
fn writes_into_shared_objects_share_the_new_value_and_local_writes_do_not() {
    setup();
    let shared = new_list_obj(0);
    share(Value::from_ptr(shared));
    let local = new_list_obj(0);
    let a = new_list_obj(0);
    let b = new_list_obj(0);
    local.append(Value::from_ptr(a));
    assert!(!is_shared(Value::from_ptr(a)), "a store into a local list shares nothing");
    shared.append(Value::from_ptr(b));
    assert!(is_shared(Value::from_ptr(b)), "a store into a shared list shares the value");
    // dict and instance stores
    let sd = new_dict_obj();
    share(Value::from_ptr(sd));
    let v = new_list_obj(0);
    sd.set(intern("x"), Value::from_ptr(v)).unwrap();
    assert!(is_shared(Value::from_ptr(v)));
    let cls = new_class("Box", &[], Layout::Object);
    let inst = new_instance(cls);
    share(Value::from_ptr(inst));
    let w = new_list_obj(0);
    inst.set_attr(str_obj(intern("w")).unwrap(), Value::from_ptr(w));
    assert!(is_shared(Value::from_ptr(w)));
    assert!(list_obj(Value::from_ptr(shared)).is_some());
}
