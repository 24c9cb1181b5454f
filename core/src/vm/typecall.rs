//! Calling a class: `__new__` then `__init__`; creating classes (`__build_class__`
//! and `type(name, bases, dict)`).

use crate::objects::dict::{as_dict, new_dict, DictObj};
use crate::objects::exception::{new_exception, type_error};
use crate::objects::function::{as_function, as_native, ClassMethod, StaticMethod};
use crate::objects::str::as_str;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{as_type, c3_mro, lookup, tobj, type_name, type_of, TypeObj};
use crate::objects::{boolobj, kinds, PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::call::{call_kw, call_method_kw};
use crate::vm::frame::Frame;
use weft_gc::{alloc_obj, make_deferred};

/// Allocate an instance of `ty` for `object.__new__`, by the payload kind it inherits.
pub fn alloc_instance(ty: &Value, args: &[Value]) -> PyResult<Value> {
    let t = tobj(ty);
    Ok(match t.base_kind {
        kinds::INSTANCE => crate::objects::instance::new_instance(ty),
        kinds::EXCEPTION => new_exception(ty, args.to_vec()),
        kinds::LIST => crate::objects::list::new_list_of_type(ty, vec![]),
        kinds::DICT => crate::objects::dict::new_dict_of_type(ty),
        kinds::SET => crate::objects::set::new_set_of_type(ty),
        _ => {
            return Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", t.name, t.name)));
        }
    })
}

fn is_object_new(f: &Value) -> bool {
    DictObj::get_str(&tobj(&rt().types.object).dict, &rt().names.__new__).is_some_and(|o| o.is(f))
}

fn is_object_init(f: &Value) -> bool {
    DictObj::get_str(&tobj(&rt().types.object).dict, &rt().names.__init__).is_some_and(|o| o.is(f))
}

/// `cls(*args, **kw)`.
pub fn call_type(cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if cls.is(&rt().types.type_) {
        let npos = args.len() - kwnames.len();
        if npos == 1 && kwnames.is_empty() {
            return Ok(type_of(&args[0]).clone());
        }
        if npos == 3 {
            return type_new(cls, &args[0], &args[1], &args[2], &[], &[]);
        }
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let meta = type_of(cls);
    if !meta.is(&rt().types.type_) {
        if let Some(c) = lookup(meta, &rt().names.__call__) {
            if as_native(&c).is_none() {
                return call_method_kw(&c, cls, args, kwnames);
            }
        }
    }
    type_call_default(cls, args, kwnames)
}

/// `type.__call__`: `__new__` then `__init__`.
pub fn type_call_default(cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let new = lookup(cls, &rt().names.__new__);
    let init = lookup(cls, &rt().names.__init__);
    let default_new = new.as_ref().is_none_or(is_object_new);
    let default_init = init.as_ref().is_none_or(is_object_init);
    let obj = if default_new {
        if !args.is_empty() && default_init {
            return Err(type_error(format!("{}() takes no arguments", tobj(cls).name)));
        }
        alloc_instance(cls, &args[..args.len() - kwnames.len()])?
    } else {
        let new = new.expect("new");
        let f = match new.kind() {
            Some(kinds::STATICMETHOD) => weft_gc::downcast::<StaticMethod>(&new).expect("sm").0.clone(),
            _ => new,
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(cls.clone());
        all.extend_from_slice(args);
        call_kw(&f, &all, kwnames)?
    };
    if !default_init && crate::objects::typeobj::is_instance(&obj, cls) {
        let init = init.expect("init");
        let r = call_method_kw(&init, &obj, args, kwnames)?;
        if !boolobj::is_none(&r) {
            return Err(type_error(format!("__init__() should return None, not '{}'", type_name(&r))));
        }
    }
    Ok(obj)
}

/// PEP 560: a base that is not a class stands for the classes its `__mro_entries__`
/// returns (`class C(Generic[T])`, `class P(NamedTuple)`).
fn resolve_bases(orig: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(orig.len());
    for b in orig {
        if as_type(b).is_some() {
            out.push(b.clone());
            continue;
        }
        match crate::vm::attr::getattr_opt(b, &intern("__mro_entries__"))? {
            Some(f) => out.extend(crate::vm::ops::collect(&crate::vm::call::call(&f, &[new_tuple(orig.to_vec())])?)?),
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

/// The builtin `__build_class__(func, name, *bases, metaclass=None, **kw)`.
pub fn build_class(args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let name = &pos[1];
    let bases: Vec<Value> = resolve_bases(&pos[2..])?;
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_vals = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw_names.push(intern(k));
            kw_vals.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => type_of(b).clone(),
            None => rt().types.type_.clone(),
        },
    };
    // The most derived metaclass among the bases wins.
    let mut meta = meta;
    for b in &bases {
        let bm = type_of(b);
        if crate::objects::typeobj::is_subtype(bm, &meta) {
            meta = bm.clone();
        }
    }
    let ns = match lookup(&meta, &intern("__prepare__")) {
        Some(p) if as_native(&p).is_none() => {
            // Bound through the descriptor protocol: `__prepare__` is usually a classmethod.
            let bound = crate::vm::attr::getattr(&meta, &intern("__prepare__"))?;
            let mut all = vec![name.clone(), new_tuple(bases.clone())];
            all.extend(kw_vals.iter().cloned());
            crate::vm::call::call_kw(&bound, &all, &kw_names)?
        }
        _ => new_dict(),
    };
    let f = as_function(func).ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let mut frame = Frame::new(&f.code, f.globals.clone(), Some(ns.clone()), f.closure.as_ref());
    crate::vm::eval::run(&mut frame)?;
    drop(frame);
    let bases_t = new_tuple(bases);
    let cls = if meta.is(&rt().types.type_) {
        type_new(&meta, name, &bases_t, &ns, &kw_names, &kw_vals)?
    } else {
        let mut all = vec![name.clone(), bases_t, ns.clone()];
        all.extend(kw_vals);
        crate::vm::call::call_kw(&meta, &all, &kw_names)?
    };
    if let Some(cell) = DictObj::get_str(&ns, &rt().names.__classcell__) {
        if let Some(c) = crate::objects::cell::as_cell(&cell) {
            c.set(Some(cls.clone()));
        }
    }
    Ok(cls)
}

/// The names a new class's instances are limited to: its `__slots__` plus those of
/// its bases, or `None` when instances get a `__dict__` (no `__slots__` here or in a
/// user-defined base, or `"__dict__"` among the slots).
fn slot_names(dict: &Value, bases: &[Value]) -> PyResult<Option<Vec<String>>> {
    let Some(own) = DictObj::get_str(dict, &intern("__slots__")) else { return Ok(None) };
    let own = match as_str(&own) {
        Some(s) => vec![s.to_string()],
        None => crate::vm::ops::collect(&own)?.iter().map(|v| as_str(v).unwrap_or("").to_string()).collect(),
    };
    let mut names = own;
    for b in bases {
        let bt = tobj(b);
        if bt.builtin {
            continue;
        }
        match &bt.slots {
            Some(s) => names.extend(s.iter().cloned()),
            None => return Ok(None),
        }
    }
    Ok((!names.iter().any(|n| n == "__dict__")).then_some(names))
}

/// `type.__new__(meta, name, bases, ns, **kw)`.
pub fn type_new(
    meta: &Value,
    name: &Value,
    bases: &Value,
    ns: &Value,
    kw_names: &[Value],
    kw_vals: &[Value],
) -> PyResult<Value> {
    let name_s = as_str(name)
        .ok_or_else(|| type_error(format!("type.__new__() argument 1 must be str, not {}", type_name(name))))?
        .to_string();
    let mut bases_v: Vec<Value> = as_tuple(bases)
        .ok_or_else(|| type_error(format!("type.__new__() argument 2 must be tuple, not {}", type_name(bases))))?
        .to_vec();
    if bases_v.is_empty() {
        bases_v.push(rt().types.object.clone());
    }
    let mut base_kind = kinds::INSTANCE;
    for b in &bases_v {
        let bt = as_type(b).ok_or_else(|| type_error("bases must be types"))?;
        if !bt.base_type {
            return Err(type_error(format!("type '{}' is not an acceptable base type", bt.name)));
        }
        if bt.base_kind != kinds::INSTANCE {
            if base_kind != kinds::INSTANCE && base_kind != bt.base_kind {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            base_kind = bt.base_kind;
        }
    }
    let src = as_dict(ns).ok_or_else(|| type_error("type.__new__() argument 3 must be dict"))?;
    let dict = new_dict();
    let d = as_dict(&dict).expect("dict");
    let mut qualname = name_s.clone();
    for (k, v) in src.items() {
        if as_str(&k) == Some("__qualname__") {
            if let Some(q) = as_str(&v) {
                qualname = q.to_string();
            }
            continue;
        }
        if as_str(&k) == Some("__classcell__") {
            continue;
        }
        d.set(crate::runtime::intern_value(&k), v)?;
    }
    let module = match DictObj::get_str(&dict, &rt().names.__module__) {
        Some(m) => as_str(&m).unwrap_or("__main__").to_string(),
        None => {
            // As CPython: a class made by `type(name, bases, ns)` belongs to the
            // module of the calling code.
            let m = crate::builtins::introspect::caller_globals()
                .ok()
                .and_then(|g| DictObj::get_str(&g, &rt().names.__name__))
                .unwrap_or_else(|| crate::objects::str::new_str("__main__"));
            d.set_str(rt().names.__module__.clone(), m.clone());
            as_str(&m).unwrap_or("__main__").to_string()
        }
    };
    if DictObj::get_str(&dict, &rt().names.__doc__).is_none() {
        d.set_str(rt().names.__doc__.clone(), rt().none.clone());
    }
    // Implicit staticmethod / classmethod wrappers.
    for (n, wrap_static) in [("__new__", true), ("__init_subclass__", false), ("__class_getitem__", false)] {
        let key = intern(n);
        if let Some(f) = DictObj::get_str(&dict, &key) {
            if f.kind() == Some(kinds::FUNCTION) {
                let w = if wrap_static {
                    alloc_obj(rt().types.staticmethod.as_ptr(), StaticMethod(f))
                } else {
                    alloc_obj(rt().types.classmethod.as_ptr(), ClassMethod(f))
                };
                make_deferred(&w);
                d.set_str(key, w);
            }
        }
    }
    if DictObj::get_str(&dict, &rt().names.__eq__).is_some() && DictObj::get_str(&dict, &rt().names.__hash__).is_none()
    {
        d.set_str(rt().names.__hash__.clone(), rt().none.clone());
    }
    let slots = slot_names(&dict, &bases_v)?;
    let custom_getattribute = DictObj::get_str(&dict, &rt().names.__getattribute__).is_some()
        || bases_v.iter().any(|b| tobj(b).custom_getattribute);
    let cls = alloc_obj(
        meta.as_ptr(),
        TypeObj {
            name: name_s,
            qualname,
            module,
            bases: bases_v.clone(),
            mro: std::sync::OnceLock::new(),
            dict,
            base_kind,
            builtin: false,
            base_type: true,
            slots,
            subclasses: parking_lot::Mutex::new(Vec::new()),
            custom_getattribute,
        },
    );
    make_deferred(&cls);
    for b in &bases_v {
        tobj(b).subclasses.lock().push(cls.word());
    }
    let mro = c3_mro(&cls, &bases_v)?;
    let _ = tobj(&cls).mro.set(mro);
    // __set_name__ on descriptors.
    for (k, v) in as_dict(&tobj(&cls).dict).expect("dict").items() {
        if v.kind() == Some(kinds::INSTANCE) {
            if let Some(sn) = lookup(type_of(&v), &rt().names.__set_name__) {
                crate::vm::call::call_method_value(&sn, &v, &[cls.clone(), k])?;
            }
        }
    }
    // super().__init_subclass__(**kw)
    let parent_hook =
        tobj(&cls).mro().iter().skip(1).find_map(|t| DictObj::get_str(&tobj(t).dict, &rt().names.__init_subclass__));
    match parent_hook {
        Some(h) if h.kind() == Some(kinds::CLASSMETHOD) => {
            let f = weft_gc::downcast::<ClassMethod>(&h).expect("cm").0.clone();
            let mut all = vec![cls.clone()];
            all.extend_from_slice(kw_vals);
            call_kw(&f, &all, kw_names)?;
        }
        _ => {
            if !kw_names.is_empty() {
                return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", tobj(&cls).name)));
            }
        }
    }
    Ok(cls)
}
