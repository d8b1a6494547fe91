//! Classes (`type` objects), shapes and instances.
//!
//! An instance keeps its attributes in slots described by a `Shape`: shapes
//! form a transition tree rooted at each class's empty shape, so instances
//! built the same way share one shape and an attribute read is "check the
//! shape, read the slot". Classes carry a version tag bumped on every
//! mutation so caches keyed on it stay correct under monkey-patching.

use crate::object::{alloc_obj, downcast, ValueVec};
use crate::types::dict::{new_dict_obj, DictObj};
use crate::types::str::{intern, str_eq, str_obj, StrObj};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::{classes, PyResult};
use morel_heap::Value;
use parking_lot::Mutex;
use std::sync::atomic::AtomicPtr;
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// A native constructor / function: positional args and (name, value) keyword pairs.
pub type NativeFn = fn(args: &[Value], kw: &[(Value, Value)]) -> PyResult;

/// What native storage instances of a class carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain `InstanceObj` with shape-described slots.
    Object,
    /// `InstanceObj` whose `native` field holds the exception state.
    Exception,
    /// A builtin type with its own Rust struct (int, str, list, ...);
    /// instances are made by the class's `ctor`.
    Builtin,
}

#[repr(C)]
pub struct ClassObj {
    pub header: crate::object::ObjHeader,
    pub name: Cell<Value>,
    /// `__qualname__` (NONE: the same as `name`).
    pub qualname: Cell<Value>,
    pub bases: Cell<Value>,
    pub mro: Cell<Value>,
    /// The class namespace (`__dict__`): str -> value.
    pub dict: Cell<Value>,
    /// Bumped on every mutation of this class or of a base's namespace.
    pub version: AtomicU64,
    pub layout: Cell<Layout>,
    /// For builtin classes: builds an instance from call arguments (args[0] is the class).
    pub ctor: Cell<Option<NativeFn>>,
    /// For plain classes: the `__init__` that `cls(...)` calls (see `call::instantiate_plain`).
    pub init_cache: crate::attr_cache::AttrCache,
    pub root_shape: &'static Shape,
    pub module: Cell<Value>,
    /// A Python `__getattribute__` is defined somewhere in the MRO.
    pub custom_getattribute: Cell<bool>,
    /// A Python `__setattr__` is defined somewhere in the MRO.
    pub custom_setattr: Cell<bool>,
    /// Some class has been made with this one among its bases (so a later
    /// change of its flags may leave a subclass's stale).
    pub has_subclasses: Cell<bool>,
    /// Some class in the MRO holds a data descriptor (property, or an
    /// object with `__set__`): instance reads must consult the class first.
    pub has_data_descriptors: Cell<bool>,
    /// Allowed instance attribute names when every class in the MRO
    /// declares `__slots__` (a tuple), else NONE.
    pub slots: Cell<Value>,
}

crate::py_vtable!(ClassObj, "type", |o, t| {
    t.value(o.slots.get());
    t.value(o.name.get());
    t.value(o.qualname.get());
    t.value(o.bases.get());
    t.value(o.mro.get());
    t.value(o.dict.get());
    t.value(o.module.get());
});

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

/// Set once any class gains a data descriptor or `__setattr__` after
/// creation: the per-class fast-path flags may then be stale for its
/// subclasses, so attribute access takes the full path from then on.
pub static LATE_CLASS_CHANGE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

impl ClassObj {
    /// Recomputes the attribute fast-path flags from the MRO (at class creation).
    pub fn compute_attr_flags(&self) {
        let mut descr = false;
        let mut setattr = false;
        for c in self.mro() {
            let Some(c) = as_class(*c) else { continue };
            for (k, v) in c.dict().items() {
                if crate::builtins::is_data_descriptor(v) {
                    descr = true;
                }
                if str_obj(k).map(|s| s.as_str() == "__setattr__").unwrap_or(false) && crate::types::function::as_function(v).is_some() {
                    setattr = true;
                }
            }
        }
        self.has_data_descriptors.set(descr);
        self.custom_setattr.set(setattr);
    }
    /// May instance attribute reads skip the class lookup for data descriptors?
    #[inline]
    pub fn reads_instance_first(&self) -> bool {
        !self.has_data_descriptors.get() && !LATE_CLASS_CHANGE.load(Ordering::Relaxed)
    }
}

/// What a class lookup is keyed on (see `ClassObj::lookup`).
#[derive(Clone, Copy, PartialEq, Eq)]
struct LookupKey {
    class: usize,
    version: u64,
    epoch: u64,
    name: u64,
}

/// A per-thread, direct-mapped cache of `ClassObj::lookup` answers.
///
/// Per thread, so it needs no synchronization; an entry is only used when
/// its whole key matches, and a matching epoch means no class has changed
/// since the walk that produced it, so the cached value is still held by
/// the class that was found holding it (the collector never frees it
/// while the entry can hit).
struct LookupCache;

const LOOKUP_CACHE_SIZE: usize = 512;

#[derive(Clone, Copy)]
struct LookupEntry {
    key: LookupKey,
    /// The value found, or `Value::UNBOUND` for "absent".
    found: Value,
}

const EMPTY_LOOKUP: LookupEntry =
    LookupEntry { key: LookupKey { class: 0, version: 0, epoch: 0, name: 0 }, found: Value::UNBOUND };

thread_local! {
    static LOOKUPS: [Cell<LookupEntry>; LOOKUP_CACHE_SIZE] = const { [const { Cell::new(EMPTY_LOOKUP) }; LOOKUP_CACHE_SIZE] };
}

impl LookupCache {
    #[inline(always)]
    fn index(key: &LookupKey) -> usize {
        let h = ((key.class >> 4) as u64 ^ (key.name >> 3).rotate_left(17)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 55) as usize // the top 9 bits: 512 entries
    }

    #[inline(always)]
    fn get(key: &LookupKey) -> Option<Option<Value>> {
        let e = LOOKUPS.with(|t| t[Self::index(key)].get());
        if e.key == *key {
            return Some(if e.found.is_unbound() { None } else { Some(e.found) });
        }
        None
    }

    fn put(key: LookupKey, found: Option<Value>) {
        let e = LookupEntry { key, found: found.unwrap_or(Value::UNBOUND) };
        LOOKUPS.with(|t| t[Self::index(&key)].set(e));
    }
}

impl ClassObj {
    pub fn name(&self) -> &'static str {
        str_obj(self.name.get()).map(|s| s.as_str()).unwrap_or("?")
    }
    /// `__qualname__`: the dotted path from the module (the name by default).
    pub fn qualname(&self) -> &'static str {
        str_obj(self.qualname.get()).map(|s| s.as_str()).unwrap_or_else(|| self.name())
    }
    pub fn dict(&self) -> &'static DictObj {
        downcast::<DictObj>(self.dict.get()).unwrap()
    }
    pub fn mro(&self) -> &'static [Value] {
        tuple_items(self.mro.get()).unwrap_or(&[])
    }
    /// Looks `name` up along the MRO (no descriptor binding).
    ///
    /// Through the thread's `LookupCache`: a hit is one probe instead of a
    /// dict probe per class of the MRO (most lookups of a dunder walk to
    /// `object`, or past it without finding anything).
    #[inline]
    pub fn lookup(&self, name: Value) -> Option<Value> {
        // Read before the walk (as the inline caches do): a change to any
        // class bumps the epoch, so an answer recorded under it stays true
        // while the epoch is unchanged. The version tells apart a class
        // allocated where a collected one was (versions are never reused).
        let epoch = crate::attr_cache::epoch();
        let version = self.version.load(Ordering::Acquire);
        let key = LookupKey { class: self as *const ClassObj as usize, version, epoch, name: name.bits() };
        if let Some(found) = LookupCache::get(&key) {
            return found;
        }
        self.lookup_miss(key, name)
    }

    #[cold]
    #[inline(never)]
    fn lookup_miss(&self, key: LookupKey, name: Value) -> Option<Value> {
        let found = self.lookup_uncached(name);
        LookupCache::put(key, found);
        found
    }

    /// `lookup` without the cache: the MRO walk.
    fn lookup_uncached(&self, name: Value) -> Option<Value> {
        for c in self.mro() {
            if let Some(v) = as_class(*c).and_then(|c| c.dict().get_str(name)) {
                return Some(v);
            }
        }
        None
    }
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(intern(name))
    }
    /// True if `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &ClassObj) -> bool {
        self.mro().iter().any(|c| c.as_ptr::<ClassObj>() as *const ClassObj == other as *const ClassObj)
    }
    /// Records a mutation: later lookups must not use caches taken before.
    pub fn bump_version(&self) {
        self.version.store(NEXT_VERSION.fetch_add(1, Ordering::Relaxed), Ordering::Release);
        // Invalidates every inline cache (a subclass inherits the change).
        crate::attr_cache::CLASS_EPOCH.fetch_add(1, Ordering::AcqRel);
    }
    /// Installs native methods: each a builtin function owned by this class
    /// (the one way builtin classes and native modules' classes get theirs).
    pub fn add_methods(&self, methods: &[(&'static str, NativeFn)]) {
        let owner = Value::from_ptr(self as *const ClassObj);
        for (name, f) in methods {
            self.set_attr(intern(name), crate::types::function::new_builtin(name, *f, owner)).unwrap();
        }
    }
    pub fn set_attr(&self, name: Value, v: Value) -> PyResult<()> {
        crate::object::share(v);
        match str_obj(name).map(|s| s.as_str()) {
            Some("__getattribute__") => self.custom_getattribute.set(crate::types::function::as_function(v).is_some()),
            Some("__setattr__") => {
                self.custom_setattr.set(crate::types::function::as_function(v).is_some());
                if self.has_subclasses.get() {
                    LATE_CLASS_CHANGE.store(true, Ordering::Relaxed);
                }
            }
            _ => {}
        }
        if crate::builtins::is_data_descriptor(v) {
            self.has_data_descriptors.set(true);
            // Subclasses made earlier computed their flags without it.
            if self.has_subclasses.get() {
                LATE_CLASS_CHANGE.store(true, Ordering::Relaxed);
            }
        }
        self.dict().set(name, v)?;
        self.bump_version();
        Ok(())
    }
}

#[inline]
pub fn as_class(v: Value) -> Option<&'static ClassObj> {
    downcast::<ClassObj>(v)
}

/// C3 linearization of a class with `bases` (each already linearized):
/// the class first, then the merge of the bases' MROs and the base list.
/// Err holds the heads that could not be merged when no consistent order exists.
pub fn c3_mro(cls: Value, bases: &[Value]) -> Result<Vec<Value>, Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().filter_map(|b| as_class(*b)).map(|b| b.mro().to_vec()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        // the first head that is in no other sequence's tail
        let Some(head) = seqs.iter().map(|s| s[0]).find(|h| !seqs.iter().any(|s| s[1..].contains(h))) else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// Creates a class object. `bases` empty means (object,).
pub fn new_class(name: &str, bases: &[Value], layout: Layout) -> &'static ClassObj {
    match try_new_class(name, bases, layout) {
        Ok(c) => c,
        Err(_) => panic!("inconsistent MRO for a builtin class"),
    }
}

/// Creates a class object, or raises TypeError for an inconsistent MRO.
pub fn try_new_class(name: &str, bases: &[Value], layout: Layout) -> PyResult<&'static ClassObj> {
    let dict = Value::from_ptr(new_dict_obj());
    let name_v = intern(name);
    let bases_v = new_tuple(bases);
    let shape = Shape::new_root();
    let meta = classes_opt().map(|c| c.type_).unwrap_or(std::ptr::null());
    let cls = alloc_obj::<ClassObj>(meta, |header| ClassObj {
        header,
        name: Cell::new(name_v),
        qualname: Cell::new(Value::NONE),
        bases: Cell::new(bases_v),
        mro: Cell::new(Value::NONE),
        dict: Cell::new(dict),
        version: AtomicU64::new(NEXT_VERSION.fetch_add(1, Ordering::Relaxed)),
        layout: Cell::new(layout),
        ctor: Cell::new(None),
        init_cache: crate::attr_cache::AttrCache::new(),
        root_shape: shape,
        module: Cell::new(Value::NONE),
        custom_getattribute: Cell::new(false),
        custom_setattr: Cell::new(false),
        has_subclasses: Cell::new(false),
        has_data_descriptors: Cell::new(true),
        slots: Cell::new(Value::NONE),
    });
    let object = Value::from_ptr(classes().object);
    let bases = if bases.is_empty() { std::slice::from_ref(&object) } else { bases };
    cls.bases.set(new_tuple(bases));
    let mro = match c3_mro(Value::from_ptr(cls), bases) {
        Ok(m) => m,
        Err(heads) => {
        let names: Vec<&str> = heads.iter().filter_map(|b| as_class(*b)).map(|b| b.name()).collect();
        return crate::raise!(
            type_error,
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        );
        }
    };
    // The instance layout comes from the most derived base with a special one.
    for b in bases.iter().filter_map(|b| as_class(*b)) {
        if b.layout.get() == Layout::Exception {
            cls.layout.set(Layout::Exception);
        }
    }
    cls.mro.set(new_tuple(&mro));
    for base in mro.iter().skip(1).filter_map(|b| as_class(*b)) {
        base.has_subclasses.set(true);
    }
    // Classes are shared from birth (as are modules and functions), and so
    // is everything they hold.
    crate::object::share(Value::from_ptr(cls));
    Ok(cls)
}

/// A builtin class before strings and dicts exist: `bases` temporarily holds
/// the base class pointer; `finish_class` completes it.
pub fn new_class_raw(base: *const ClassObj, layout: Layout) -> *const ClassObj {
    let cls = alloc_obj::<ClassObj>(std::ptr::null(), |header| ClassObj {
        header,
        name: Cell::new(Value::NONE),
        qualname: Cell::new(Value::NONE),
        bases: Cell::new(if base.is_null() { Value::NONE } else { Value::from_ptr(base) }),
        mro: Cell::new(Value::NONE),
        dict: Cell::new(Value::NONE),
        version: AtomicU64::new(NEXT_VERSION.fetch_add(1, Ordering::Relaxed)),
        layout: Cell::new(layout),
        ctor: Cell::new(None),
        init_cache: crate::attr_cache::AttrCache::new(),
        root_shape: Shape::new_root(),
        module: Cell::new(Value::NONE),
        custom_getattribute: Cell::new(false),
        custom_setattr: Cell::new(false),
        has_subclasses: Cell::new(false),
        has_data_descriptors: Cell::new(true),
        slots: Cell::new(Value::NONE),
    });
    // Builtin classes are made before the class registry exists: root each now.
    crate::add_root(Value::from_ptr(cls));
    cls
}

/// Completes a class made by `new_class_raw` (its base must be finished first).
pub fn finish_class(cls: &'static ClassObj, name: &str) {
    cls.header.class.set(classes().type_);
    cls.name.set(intern(name));
    cls.module.set(intern("builtins"));
    cls.dict.set(Value::from_ptr(new_dict_obj()));
    let base = cls.bases.get();
    let mut mro = vec![Value::from_ptr(cls)];
    if let Some(b) = as_class(base) {
        mro.extend_from_slice(b.mro());
        cls.bases.set(new_tuple(&[base]));
    } else {
        cls.bases.set(new_tuple(&[]));
    }
    cls.mro.set(new_tuple(&mro));
    for base in mro.iter().skip(1).filter_map(|b| as_class(*b)) {
        base.has_subclasses.set(true);
    }
    crate::object::share(Value::from_ptr(cls));
}

fn classes_opt() -> Option<&'static crate::Classes> {
    crate::CLASSES.get()
}

/// Class of any value.
#[inline]
pub fn class_of(v: Value) -> &'static ClassObj {
    let c = classes();
    let p = if v.is_ptr() {
        crate::object::header(v).class.get()
    } else if v.is_float() {
        c.float
    } else if v.is_small_int() {
        c.int
    } else if v.is_bool() {
        c.bool
    } else {
        c.none_type
    };
    // SAFETY: classes are immortal heap objects (rooted by the class registry
    // or by the instances that name them).
    unsafe { &*p }
}

pub fn type_name(v: Value) -> &'static str {
    class_of(v).name()
}

// ---------------------------------------------------------------------------
// Shapes

/// A hidden class: the ordered list of attribute names an instance has.
/// Shapes are immortal and immutable apart from their transition table.
pub struct Shape {
    pub parent: Option<&'static Shape>,
    /// The attribute added by this shape (interned str), NONE for a root.
    pub key: Value,
    /// Number of slots an instance of this shape has.
    pub len: usize,
    transitions: Mutex<Vec<(Value, &'static Shape)>>,
}

// SAFETY: `key` is an immortal interned str; transitions are behind a mutex.
unsafe impl Sync for Shape {}
unsafe impl Send for Shape {}

impl Shape {
    pub fn new_root() -> &'static Shape {
        Box::leak(Box::new(Shape { parent: None, key: Value::NONE, len: 0, transitions: Mutex::new(Vec::new()) }))
    }
    /// The slot of attribute `name`, if this shape has it.
    pub fn lookup(&self, name: &StrObj) -> Option<usize> {
        let mut s = self;
        while let Some(p) = s.parent {
            if let Some(k) = str_obj(s.key) {
                if str_eq(k, name) {
                    return Some(s.len - 1);
                }
            }
            s = p;
        }
        None
    }
    /// The shape after adding attribute `name` (a `ShapeTransition`).
    pub fn with(&'static self, name: &StrObj) -> &'static Shape {
        self.with_key(intern(name.as_str()))
    }
    /// The shape after adding a slot keyed `key`: an interned name, or
    /// UNBOUND for the tombstone of an attribute deleted from a shared
    /// instance (see `InstanceObj::del_attr`).
    fn with_key(&'static self, key: Value) -> &'static Shape {
        let mut t = self.transitions.lock();
        for (k, s) in t.iter() {
            if *k == key {
                return s;
            }
        }
        let s: &'static Shape =
            Box::leak(Box::new(Shape { parent: Some(self), key, len: self.len + 1, transitions: Mutex::new(Vec::new()) }));
        t.push((key, s));
        s
    }
    /// The root of this shape's tree.
    pub fn root(&'static self) -> &'static Shape {
        let mut s = self;
        while let Some(p) = s.parent {
            s = p;
        }
        s
    }
    /// Attribute names in slot order.
    pub fn keys(&self) -> Vec<Value> {
        let mut v = Vec::with_capacity(self.len);
        let mut s = self;
        while let Some(p) = s.parent {
            v.push(s.key);
            s = p;
        }
        v.reverse();
        v
    }
}

// ---------------------------------------------------------------------------
// Instances

#[repr(C)]
pub struct InstanceObj {
    pub header: crate::object::ObjHeader,
    /// The layout of `slots`. Concurrency: a writer of a shared instance
    /// holds its `lock_if_shared` lock; adding an attribute stores the value
    /// first and publishes the new shape last (Release), so a lock-free
    /// reader that sees a shape (Acquire) finds every slot it describes.
    shape: AtomicPtr<Shape>,
    pub slots: ValueVec,
    /// Native state for special layouts (the `ExcState` of exceptions), else NONE.
    pub native: Cell<Value>,
}

crate::py_vtable!(InstanceObj, "instance", |o, t| {
    o.slots.trace(t);
    t.value(o.native.get());
});

pub fn new_instance(cls: &'static ClassObj) -> &'static InstanceObj {
    let slots = ValueVec::with_capacity(4);
    alloc_obj::<InstanceObj>(cls, |header| InstanceObj {
        header,
        shape: AtomicPtr::new(cls.root_shape as *const Shape as *mut Shape),
        slots,
        native: Cell::new(Value::NONE),
    })
}

#[inline]
pub fn as_instance(v: Value) -> Option<&'static InstanceObj> {
    downcast::<InstanceObj>(v)
}

/// The builtin value inside an instance of a subclass of a builtin type
/// (`class Stack(list)`): the `native` part of the instance.
#[cold]
#[inline(never)]
pub fn native_of(v: Value) -> Option<Value> {
    as_instance(v).map(|i| i.native.get()).filter(|n| !n.is_none())
}

/// The builtin class (with a constructor) that instances of `cls` carry as
/// their native part, when `cls` is a user subclass of one.
pub fn native_base(cls: &ClassObj) -> Option<&'static ClassObj> {
    if cls.ctor.get().is_some() {
        return None; // a builtin class itself
    }
    let object = classes().object;
    cls.mro().iter().filter_map(|c| as_class(*c)).find(|c| c.ctor.get().is_some() && !std::ptr::eq(*c, object))
}

impl InstanceObj {
    pub fn class(&self) -> &'static ClassObj {
        // SAFETY: an instance's class pointer is always a live class.
        unsafe { &*self.header.class.get() }
    }
    /// The instance's current shape.
    #[inline(always)]
    pub fn shape(&self) -> &'static Shape {
        // SAFETY: shapes are leaked (never freed) and the pointer is always
        // set from a `&'static Shape`.
        unsafe { &*self.shape.load(Ordering::Acquire) }
    }
    fn set_shape(&self, s: &'static Shape) {
        self.shape.store(s as *const Shape as *mut Shape, Ordering::Release);
    }
    pub fn get_attr(&self, name: &StrObj) -> Option<Value> {
        self.shape().lookup(name).and_then(|i| self.slots.try_get(i)).filter(|v| !v.is_unbound())
    }
    /// A store found by a store cache: slot `slot` of an instance whose
    /// shape was `expected` when the cache was consulted, either written in
    /// place (`next` None) or appended with the move to shape `next`.
    /// False, with nothing written, when the shape changed meanwhile (only
    /// possible for a shared instance; re-checked under its lock).
    #[inline]
    pub fn store_cached(&self, expected: &'static Shape, next: Option<&'static Shape>, slot: usize, v: Value) -> bool {
        crate::object::barrier(&self.header, v);
        let _g = crate::object::lock_if_shared(&self.header);
        if !std::ptr::eq(self.shape(), expected) {
            return false;
        }
        match next {
            None => self.slots.set(slot, v),
            Some(ns) => {
                if self.slots.len() != slot {
                    return false;
                }
                self.slots.push(v);
                // Concurrency: the slot is published before the shape that
                // names it, as in `set_attr`.
                self.set_shape(ns);
            }
        }
        true
    }

    pub fn set_attr(&self, name: &StrObj, v: Value) {
        crate::object::barrier(&self.header, v);
        let _g = crate::object::lock_if_shared(&self.header);
        let shape = self.shape();
        match shape.lookup(name) {
            Some(i) => self.slots.set(i, v),
            None => {
                let ns = shape.with(name);
                self.slots.push(v);
                self.set_shape(ns);
            }
        }
    }
    /// Removes an attribute; false if absent. Rebuilds the shape path without it.
    pub fn del_attr(&self, name: &StrObj) -> bool {
        let _g = crate::object::lock_if_shared(&self.header);
        let shape = self.shape();
        let Some(idx) = shape.lookup(name) else { return false };
        let keys = shape.keys();
        let mut s = shape.root();
        if self.header.is_shared() {
            // Lock-free readers may hold the old shape: every other
            // attribute keeps its slot, the deleted one becomes a tombstone
            // (its slot holds UNBOUND, which readers treat as absent).
            for (i, k) in keys.iter().enumerate() {
                s = s.with_key(if i == idx { Value::UNBOUND } else { *k });
            }
            self.slots.set(idx, Value::UNBOUND);
            self.set_shape(s);
            return true;
        }
        let vals: Vec<Value> = self.slots.as_slice().to_vec();
        let mut w = 0;
        for (i, k) in keys.iter().enumerate() {
            if i == idx || k.is_unbound() {
                continue;
            }
            s = s.with(str_obj(*k).unwrap());
            self.slots.set(w, vals[i]);
            w += 1;
        }
        self.slots.truncate(w);
        self.set_shape(s);
        true
    }
    /// (name, value) pairs in insertion order (`__dict__`).
    pub fn attrs(&self) -> Vec<(Value, Value)> {
        self.shape()
            .keys()
            .into_iter()
            .zip(self.slots.as_slice().iter().copied())
            .filter(|(k, v)| !k.is_unbound() && !v.is_unbound())
            .collect()
    }
}
