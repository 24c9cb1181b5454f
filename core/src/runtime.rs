//! The process-wide runtime: builtin types, singletons, interned strings, the
//! builtins namespace and `sys.modules`.
//!
//! Everything here is created once by [`init`] before any Python code runs and is
//! immortal afterwards, so any thread may read it without counting or locking.
#![allow(unsafe_code)] // patching type pointers while bootstrapping the first types

use crate::objects::dict::DictObj;
use crate::objects::kinds;
use crate::objects::str::StrObj;
use crate::objects::typeobj::TypeObj;
use crate::objects::Value;
use parking_lot::Mutex;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;
use weft_gc::{alloc_obj, make_immortal, Header};

macro_rules! define_types {
    ($($field:ident),* $(,)?) => {
        /// The builtin types.
        pub struct Types { $(pub $field: Value,)* }
    };
}

define_types!(
    type_,
    object,
    none,
    bool,
    int,
    float,
    complex,
    str,
    bytes,
    bytearray,
    tuple,
    list,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    builtin_function,
    method,
    code,
    cell,
    module,
    property,
    classmethod,
    staticmethod,
    super_,
    generator,
    ellipsis,
    not_implemented,
    traceback,
    frame,
    // iterators and views
    list_iterator,
    list_reverseiterator,
    tuple_iterator,
    range_iterator,
    str_iterator,
    bytes_iterator,
    set_iterator,
    dict_keyiterator,
    dict_valueiterator,
    dict_itemiterator,
    dict_reversekeyiterator,
    dict_keys,
    dict_values,
    dict_items,
    enumerate,
    zip,
    map,
    filter,
    reversed,
    callable_iterator,
    seq_iterator,
    lock,
    rlock,
);

/// Frequently used interned names, so hot paths never touch the intern table.
macro_rules! define_names {
    ($($field:ident),* $(,)?) => {
        pub struct Names { $(pub $field: Value,)* }
        fn make_names() -> Names { Names { $($field: intern(stringify!($field)),)* } }
    };
}

define_names!(
    __init__,
    __new__,
    __call__,
    __repr__,
    __str__,
    __hash__,
    __eq__,
    __ne__,
    __lt__,
    __le__,
    __gt__,
    __ge__,
    __len__,
    __getitem__,
    __setitem__,
    __delitem__,
    __contains__,
    __iter__,
    __next__,
    __bool__,
    __getattr__,
    __getattribute__,
    __setattr__,
    __delattr__,
    __get__,
    __set__,
    __delete__,
    __enter__,
    __exit__,
    __del__,
    __name__,
    __qualname__,
    __module__,
    __dict__,
    __class__,
    __doc__,
    __classcell__,
    __index__,
    __int__,
    __float__,
    __format__,
    __neg__,
    __pos__,
    __abs__,
    __invert__,
    __build_class__,
    __main__,
    __builtins__,
    __file__,
    __init_subclass__,
    __set_name__,
    __class_getitem__,
    __mro_entries__,
    __instancecheck__,
    __subclasscheck__,
    __reversed__,
    __missing__,
    __round__,
    __trunc__,
    __floor__,
    __ceil__,
    __divmod__,
    __rdivmod__,
    __length_hint__,
    __traceback__,
    __cause__,
    __context__,
    __suppress_context__,
    args,
    send,
    throw,
    close,
    keys,
    items,
    values,
    append,
    write,
    flush,
    __package__,
    __spec__,
    __loader__,
    __path__,
    __all__,
    __annotations__,
    __weakref__,
    __slots__,
    __copy__,
    __deepcopy__,
    __reduce__,
    __sizeof__,
    __dir__,
    __bytes__,
    __complex__,
    __aiter__,
    __await__,
    __fspath__,
    __mro__,
    __bases__,
    __base__,
);

pub struct Runtime {
    pub types: Types,
    pub names: Names,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub ellipsis: Value,
    pub not_implemented: Value,
    pub empty_tuple: Value,
    /// Marks the empty callable slot left by `LoadMethod` (never visible to Python).
    pub null_marker: Value,
    pub empty_str: Value,
    /// The `builtins` module's namespace.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    pub exc: crate::objects::exception::ExcTypes,
}

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// The runtime; [`init`] must have run.
#[inline(always)]
pub fn rt() -> &'static Runtime {
    // SAFETY-free fast path: `get` is one load; init runs before any Python code.
    match RUNTIME.get() {
        Some(r) => r,
        None => panic!("weft runtime used before init"),
    }
}

static INTERNED: Mutex<Option<HashMap<String, Value>>> = parking_lot::const_mutex(None);

thread_local! {
    /// Words of immortal interned strings (no counting, so nothing to drop at thread exit).
    static INTERN_CACHE: RefCell<HashMap<String, usize>> = RefCell::new(HashMap::new());
}

/// The interned (immortal) string for `s`. Identical strings give the same object, so
/// attribute names compare by pointer.
pub fn intern(s: &str) -> Value {
    if let Some(w) = INTERN_CACHE.with(|c| c.borrow().get(s).copied()) {
        // SAFETY: cached words are interned strings, which are immortal.
        return unsafe { Value::from_borrowed_ptr(w as *const Header) };
    }
    let v = {
        let mut g = INTERNED.lock();
        let map = g.get_or_insert_with(HashMap::new);
        match map.get(s) {
            Some(v) => v.clone(),
            None => {
                let v = StrObj::new_raw(s.to_string());
                make_immortal(&v);
                map.insert(s.to_string(), v.clone());
                v
            }
        }
    };
    INTERN_CACHE.with(|c| c.borrow_mut().insert(s.to_string(), v.word()));
    v
}

/// Interned value for an existing str object (returns an equal interned object).
pub fn intern_value(v: &Value) -> Value {
    match crate::objects::str::as_str(v) {
        Some(s) => intern(s),
        None => v.clone(),
    }
}

/// Patch the type pointer of an object created before its type existed.
///
/// # Safety
/// Only during single-threaded bootstrap, before the object is shared.
unsafe fn set_type(obj: &Value, ty: &Value) {
    let h = obj.as_ptr() as *mut Header;
    // SAFETY: guaranteed by the caller: nobody else can observe the header yet.
    unsafe { (*h).ty = ty.as_ptr() };
}

fn raw_type(name: &str, base_kind: u8, bases: Vec<Value>, dict: Value, ty: *const Header) -> Value {
    let v = alloc_obj(
        ty,
        TypeObj {
            name: name.to_string(),
            qualname: name.to_string(),
            module: "builtins".to_string(),
            bases,
            mro: OnceLock::new(),
            dict,
            base_kind,
            builtin: true,
            base_type: true,
            subclasses: parking_lot::Mutex::new(Vec::new()),
            custom_getattribute: false,
            slots: None,
        },
    );
    make_immortal(&v);
    v
}

/// Create a builtin type deriving from `base` (or from object).
pub fn new_builtin_type(name: &str, base: &Value, base_kind: u8, base_type: bool) -> Value {
    let dict = DictObj::new_value_raw(RUNTIME_TYPES_DICT.get().expect("bootstrap").as_ptr());
    make_immortal(&dict);
    let ty_ty = RUNTIME_TYPES_TYPE.get().expect("bootstrap").as_ptr();
    let v = raw_type(name, base_kind, vec![base.clone()], dict, ty_ty);
    let mut mro = vec![v.clone()];
    mro.extend(crate::objects::typeobj::tobj(base).mro().iter().cloned());
    let t = crate::objects::typeobj::tobj(&v);
    let _ = t.mro.set(mro);
    if !base_type {
        // Recorded through the field; builtin types are created once.
        let p = t as *const TypeObj as *mut TypeObj;
        // SAFETY: bootstrap, single-threaded, the type is not yet shared.
        unsafe { (*p).base_type = false };
    }
    v
}

/// Create a builtin type with several bases and the given method resolution order
/// (without the type itself at its head).
pub fn new_builtin_type_mro(name: &str, base_kind: u8, bases: Vec<Value>, mro_tail: Vec<Value>) -> Value {
    let dict = DictObj::new_value_raw(RUNTIME_TYPES_DICT.get().expect("bootstrap").as_ptr());
    make_immortal(&dict);
    let ty_ty = RUNTIME_TYPES_TYPE.get().expect("bootstrap").as_ptr();
    let v = raw_type(name, base_kind, bases, dict, ty_ty);
    let mut mro = vec![v.clone()];
    mro.extend(mro_tail);
    let _ = crate::objects::typeobj::tobj(&v).mro.set(mro);
    v
}

static RUNTIME_TYPES_TYPE: OnceLock<Value> = OnceLock::new();
static RUNTIME_TYPES_DICT: OnceLock<Value> = OnceLock::new();

/// Create the runtime. Idempotent.
pub fn init() {
    if RUNTIME.get().is_some() {
        return;
    }
    crate::objects::register_layouts();
    // Bootstrap type, object and dict, which refer to each other.
    let null = std::ptr::null();
    let d_type = DictObj::new_value_raw(null);
    let d_object = DictObj::new_value_raw(null);
    let d_dict = DictObj::new_value_raw(null);
    let type_ = raw_type("type", kinds::TYPE, vec![], d_type.clone(), null);
    let object = raw_type("object", kinds::INSTANCE, vec![], d_object.clone(), null);
    let dict = raw_type("dict", kinds::DICT, vec![object.clone()], d_dict.clone(), null);
    for d in [&d_type, &d_object, &d_dict] {
        make_immortal(d);
    }
    // SAFETY: single-threaded bootstrap; none of these objects is shared yet.
    unsafe {
        for t in [&type_, &object, &dict] {
            set_type(t, &type_);
        }
        for d in [&d_type, &d_object, &d_dict] {
            set_type(d, &dict);
        }
    }
    let _ = crate::objects::typeobj::tobj(&object).mro.set(vec![object.clone()]);
    let _ = crate::objects::typeobj::tobj(&dict).mro.set(vec![dict.clone(), object.clone()]);
    // `type` derives from object; its bases field was created empty, so set MRO only.
    let _ = crate::objects::typeobj::tobj(&type_).mro.set(vec![type_.clone(), object.clone()]);
    let _ = RUNTIME_TYPES_TYPE.set(type_.clone());
    let _ = RUNTIME_TYPES_DICT.set(dict.clone());

    let b = |name: &str, kind: u8| new_builtin_type(name, &object, kind, true);
    let nb = |name: &str, kind: u8| new_builtin_type(name, &object, kind, false);
    let int = b("int", kinds::INT);
    let types = Types {
        bool: new_builtin_type("bool", &int, kinds::BOOL, false),
        int,
        float: b("float", kinds::FLOAT),
        complex: b("complex", kinds::COMPLEX),
        str: b("str", kinds::STR),
        bytes: b("bytes", kinds::BYTES),
        bytearray: b("bytearray", kinds::BYTEARRAY),
        tuple: b("tuple", kinds::TUPLE),
        list: b("list", kinds::LIST),
        set: b("set", kinds::SET),
        frozenset: b("frozenset", kinds::SET),
        range: nb("range", kinds::RANGE),
        slice: nb("slice", kinds::SLICE),
        function: nb("function", kinds::FUNCTION),
        builtin_function: nb("builtin_function_or_method", kinds::NATIVE),
        method: nb("method", kinds::METHOD),
        code: nb("code", kinds::CODE),
        cell: nb("cell", kinds::CELL),
        module: b("module", kinds::MODULE),
        property: b("property", kinds::PROPERTY),
        classmethod: b("classmethod", kinds::CLASSMETHOD),
        staticmethod: b("staticmethod", kinds::STATICMETHOD),
        super_: b("super", kinds::SUPER),
        generator: nb("generator", kinds::GENERATOR),
        none: nb("NoneType", kinds::NONE),
        ellipsis: nb("ellipsis", kinds::SIMPLE),
        not_implemented: nb("NotImplementedType", kinds::SIMPLE),
        traceback: nb("traceback", kinds::TRACEBACK),
        frame: nb("frame", kinds::FRAME),
        list_iterator: nb("list_iterator", kinds::ITER),
        list_reverseiterator: nb("list_reverseiterator", kinds::ITER),
        tuple_iterator: nb("tuple_iterator", kinds::ITER),
        range_iterator: nb("range_iterator", kinds::ITER),
        str_iterator: nb("str_ascii_iterator", kinds::ITER),
        bytes_iterator: nb("bytes_iterator", kinds::ITER),
        set_iterator: nb("set_iterator", kinds::ITER),
        dict_keyiterator: nb("dict_keyiterator", kinds::ITER),
        dict_valueiterator: nb("dict_valueiterator", kinds::ITER),
        dict_itemiterator: nb("dict_itemiterator", kinds::ITER),
        dict_reversekeyiterator: nb("dict_reversekeyiterator", kinds::ITER),
        dict_keys: nb("dict_keys", kinds::ITER),
        dict_values: nb("dict_values", kinds::ITER),
        dict_items: nb("dict_items", kinds::ITER),
        enumerate: b("enumerate", kinds::ITER),
        zip: b("zip", kinds::ITER),
        map: b("map", kinds::ITER),
        filter: b("filter", kinds::ITER),
        reversed: b("reversed", kinds::ITER),
        callable_iterator: nb("callable_iterator", kinds::ITER),
        seq_iterator: nb("iterator", kinds::ITER),
        lock: nb("lock", kinds::LOCK),
        rlock: nb("RLock", kinds::LOCK),
        type_,
        object,
        dict,
    };
    crate::objects::str::set_str_type(&types.str);
    let singleton = |payload_kind: u8, ty: &Value| {
        let v = crate::objects::boolobj::new_singleton(payload_kind, ty);
        make_immortal(&v);
        v
    };
    let none = singleton(kinds::NONE, &types.none);
    let true_ = crate::objects::boolobj::new_bool(true, &types.bool);
    let false_ = crate::objects::boolobj::new_bool(false, &types.bool);
    let ellipsis = singleton(kinds::SIMPLE, &types.ellipsis);
    let not_implemented = singleton(kinds::SIMPLE, &types.not_implemented);
    let null_marker = singleton(kinds::SIMPLE, &types.not_implemented);
    let empty_tuple = crate::objects::tuple::TupleObj::new_raw(vec![], &types.tuple);
    make_immortal(&empty_tuple);
    let empty_str = StrObj::new_raw(String::new());
    make_immortal(&empty_str);
    let builtins = DictObj::new_value_raw(types.dict.as_ptr());
    make_immortal(&builtins);
    let modules = DictObj::new_value_raw(types.dict.as_ptr());
    make_immortal(&modules);
    let exc = crate::objects::exception::ExcTypes::create(&types.object, &types.type_);
    let runtime = Runtime {
        names: make_names_placeholder(),
        types,
        none,
        true_,
        false_,
        ellipsis,
        not_implemented,
        empty_tuple,
        null_marker,
        empty_str,
        builtins,
        modules,
        exc,
    };
    let _ = RUNTIME.set(runtime);
    crate::objects::install_methods();
    crate::builtins::install();
}

/// Names are interned strings; interning needs the str type, which needs the runtime's
/// types — so strings made before the runtime exists get their type lazily (see
/// `StrObj::new_raw`).
fn make_names_placeholder() -> Names {
    make_names()
}
