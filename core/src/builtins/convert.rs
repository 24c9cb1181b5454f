//! Constructors of the builtin types (`int(x)`, `str(x)`, `list(it)`...), installed as
//! each type's `__new__`, plus number conversions shared with other modules.

use crate::methods::{add_method, add_static};
use crate::numfmt;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::{Args, ClassMethod, Property, StaticMethod, SuperObj};
use crate::objects::int::{as_bigint, new_bigint, new_int};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::str::{as_str, new_str};
use crate::objects::typeobj::{is_subtype, lookup, tobj, type_name, type_of};
use crate::objects::{dict, float, kinds, list, set, tuple, PyResult, Value};
use crate::runtime::rt;
use crate::vm::{call, ops, repr};
use num_bigint::BigInt;
use weft_gc::alloc_obj;

/// A float's integer part as a BigInt (the float is finite and integral).
pub fn f64_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e15 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let v = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
    if f < 0.0 {
        -v
    } else {
        v
    }
}

/// The conversion method `name` of an instance of a subclass of an immutable builtin,
/// when its class defines it in Python (it takes precedence over the plain value).
fn python_override(v: &Value, name: &str) -> Option<Value> {
    crate::objects::subvalue::base_of(v)?;
    lookup(type_of(v), &crate::runtime::intern(name)).filter(|f| crate::objects::function::as_native(f).is_none())
}

/// `int(x)` for one argument.
pub fn to_int(v: &Value) -> PyResult<Value> {
    if let Some(f) = python_override(v, "__int__") {
        let r = call::call_method_value(&f, v, &[])?;
        return match as_bigint(&r) {
            Some(b) => Ok(new_bigint(b)),
            None => Err(type_error(format!("__int__ returned non-int (type {})", type_name(&r)))),
        };
    }
    if let Some(b) = as_bigint(v) {
        return Ok(new_bigint(b));
    }
    if let Some(f) = float::as_float(v) {
        if f.is_nan() {
            return Err(value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(new_bigint(f64_to_bigint(f.trunc())));
    }
    if let Some(s) = as_str(v) {
        return parse_int_str(s, 10);
    }
    if let Some(b) = crate::objects::bytes::as_bytes(v) {
        return parse_int_str(&String::from_utf8_lossy(b), 10);
    }
    let ty = type_of(v);
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = lookup(ty, &crate::runtime::intern(name)) {
            let r = call::call_method_value(&f, v, &[])?;
            if let Some(b) = as_bigint(&r) {
                return Ok(new_bigint(b));
            }
            return Err(type_error(format!("{name} returned non-int (type {})", type_name(&r))));
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(v)
    )))
}

fn parse_int_str(s: &str, base: u32) -> PyResult<Value> {
    match numfmt::parse_int(s, base) {
        Some(b) => Ok(new_bigint(b)),
        None => Err(value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::objects::str::repr_str(s)
        ))),
    }
}

fn int_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = &p[0];
    let mut x = p.get(1);
    let mut base = p.get(2);
    for (k, v) in a.kwargs() {
        match k {
            "base" => base = Some(v),
            "x" => x = Some(v),
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for int()"))),
        }
    }
    let r = match (x, base) {
        (None, None) => new_int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(v), None) => to_int(v)?,
        (Some(v), Some(b)) => {
            let b = crate::objects::int::as_i64(b).ok_or_else(|| type_error("'base' must be an integer"))?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match as_str(v) {
                Some(s) => s.to_string(),
                None => match crate::objects::bytes::as_bytes(v) {
                    Some(bb) => String::from_utf8_lossy(bb).into_owned(),
                    None => return Err(type_error("int() can't convert non-string with explicit base")),
                },
            };
            parse_int_str(&s, b as u32)?
        }
    };
    of_class(cls, &rt().types.int, r)
}

/// The result of builtin `T.__new__(cls, ...)` whose plain value is `plain`: that value
/// when `cls` is `T` itself, else an instance of the subclass `cls` standing for it.
pub(crate) fn of_class(cls: &Value, builtin: &Value, plain: Value) -> PyResult<Value> {
    if cls.is(builtin) {
        return Ok(plain);
    }
    let name = &tobj(builtin).name;
    let Some(ct) = crate::objects::typeobj::as_type(cls) else {
        return Err(type_error(format!("{name}.__new__(X): X is not a type object ({})", type_name(cls))));
    };
    if !is_subtype(cls, builtin) {
        return Err(type_error(format!("{name}.__new__({}): {} is not a subtype of {name}", ct.name, ct.name)));
    }
    if ct.base_kind != tobj(builtin).base_kind {
        return Err(type_error(format!("{name}.__new__({}) is not safe, use {}.__new__()", ct.name, ct.name)));
    }
    Ok(crate::objects::subvalue::new_subvalue(cls, plain))
}

/// `float(x)`.
pub fn to_float(v: &Value) -> PyResult<f64> {
    if let Some(f) = python_override(v, "__float__") {
        let r = call::call_method_value(&f, v, &[])?;
        return float::as_float(&r)
            .ok_or_else(|| type_error(format!("__float__ returned non-float (type {})", type_name(&r))));
    }
    if let Some(f) = float::as_float(v) {
        return Ok(f);
    }
    if let Some(b) = as_bigint(v) {
        return numfmt::int_to_float(&b).ok_or_else(|| overflow_error("int too large to convert to float"));
    }
    if let Some(s) = as_str(v) {
        return numfmt::parse_float(s).ok_or_else(|| {
            value_error(format!("could not convert string to float: {}", crate::objects::str::repr_str(s)))
        });
    }
    let ty = type_of(v);
    for name in ["__float__", "__index__"] {
        if let Some(f) = lookup(ty, &crate::runtime::intern(name)) {
            let r = call::call_method_value(&f, v, &[])?;
            if let Some(x) = float::as_float(&r) {
                return Ok(x);
            }
            if let Some(b) = as_bigint(&r) {
                return numfmt::int_to_float(&b).ok_or_else(|| overflow_error("int too large to convert to float"));
            }
            return Err(type_error(format!("{name} returned non-float (type {})", type_name(&r))));
        }
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(v))))
}

fn float_new(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("float")?;
    let p = a.pos();
    crate::methods::args::check_count("float", &p[1..], 0, 1)?;
    let f = match p.get(1) {
        None => 0.0,
        Some(v) => to_float(v)?,
    };
    of_class(&p[0], &rt().types.float, float::new_float(f))
}

fn str_new(a: Args<'_>) -> PyResult<Value> {
    let plain = str_new_plain(&a)?;
    of_class(&a.pos()[0], &rt().types.str, plain)
}

fn str_new_plain(a: &Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let obj = p.get(1).or_else(|| a.kw("object"));
    let encoding = p.get(2).or_else(|| a.kw("encoding"));
    let Some(v) = obj else { return Ok(rt().empty_str.clone()) };
    if encoding.is_some() || p.get(3).is_some() || a.kw("errors").is_some() {
        if let Some(b) = crate::objects::bytes::as_bytes(v) {
            return match std::str::from_utf8(b) {
                Ok(s) => Ok(new_str(s)),
                Err(e) => Err(crate::objects::exception::new_err(
                    &rt().exc.unicode_decode_error,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                        b[e.valid_up_to()],
                        e.valid_up_to()
                    ),
                )),
            };
        }
        return Err(type_error("decoding str is not supported"));
    }
    repr::str_value(v)
}

fn bool_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    crate::methods::args::check_count("bool", &p[1..], 0, 1)?;
    Ok(py_bool(match p.get(1) {
        Some(v) => ops::truthy(v)?,
        None => false,
    }))
}

fn list_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = &p[0];
    let l = list::new_list_of_type(cls, vec![]);
    if cls.is(&rt().types.list) {
        if let Some(it) = p.get(1) {
            list::as_list(&l).expect("list").set_items(ops::collect(it)?);
        }
    }
    Ok(l)
}

fn list_init(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", p.len() - 1)));
    }
    if let (Some(l), Some(it)) = (list::as_list(&p[0]), p.get(1)) {
        if !type_of(&p[0]).is(&rt().types.list) || l.is_empty() {
            l.set_items(ops::collect(it)?);
        }
    }
    Ok(rt().none.clone())
}

fn tuple_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = &p[0];
    crate::methods::args::check_count("tuple", &p[1..], 0, 1)?;
    let plain = match p.get(1) {
        Some(it) if it.kind() == Some(kinds::TUPLE) => it.clone(),
        Some(it) => tuple::new_tuple(ops::collect(it)?),
        None => tuple::new_tuple(vec![]),
    };
    of_class(cls, &rt().types.tuple, plain)
}

fn dict_new(a: Args<'_>) -> PyResult<Value> {
    Ok(dict::new_dict_of_type(&a.pos()[0]))
}

fn dict_init(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", p.len() - 1)));
    }
    if let Some(src) = p.get(1) {
        crate::vm::mapping::dict_update_from(&p[0], src, None)?;
    }
    let d = dict::as_dict(&p[0]).ok_or_else(|| type_error("dict.__init__ needs a dict"))?;
    for (k, v) in a.kwargs() {
        d.set(crate::runtime::intern(k), v.clone())?;
    }
    Ok(rt().none.clone())
}

fn set_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = &p[0];
    let s = set::new_set_of_type(cls);
    if is_subtype(cls, &rt().types.frozenset) {
        if let Some(it) = p.get(1) {
            fill_set(&s, it)?;
        }
    }
    Ok(s)
}

pub fn fill_set(s: &Value, it: &Value) -> PyResult<()> {
    let so = set::as_set(s).expect("set");
    if let Some(other) = set::as_set(it) {
        let snapshot = other.lock().clone();
        so.merge_entries(&snapshot);
        return Ok(());
    }
    if let Some(d) = dict::as_dict(it) {
        for k in d.keys() {
            so.add(k)?;
        }
        return Ok(());
    }
    for v in ops::collect(it)? {
        so.add(v)?;
    }
    Ok(())
}

fn set_init(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", p.len() - 1)));
    }
    if !set::is_frozenset(&p[0]) {
        if let Some(it) = p.get(1) {
            set::as_set(&p[0]).expect("set").clear_all();
            fill_set(&p[0], it)?;
        }
    }
    Ok(rt().none.clone())
}

fn range_new(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("range")?;
    let p = &a.pos()[1..];
    let int = |v: &Value| -> PyResult<num_bigint::BigInt> {
        match ops::index_i64(v) {
            Ok(Some(i)) => Ok(i.into()),
            Ok(None) => crate::objects::int::as_bigint(v)
                .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
            Err(_) => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))),
        }
    };
    let (start, stop, step) = match p.len() {
        1 => (0.into(), int(&p[0])?, 1.into()),
        2 => (int(&p[0])?, int(&p[1])?, 1.into()),
        3 => (int(&p[0])?, int(&p[1])?, int(&p[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == num_bigint::BigInt::from(0) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(crate::objects::range::new_big_range(start, stop, step))
}

fn slice_new(a: Args<'_>) -> PyResult<Value> {
    let p = &a.pos()[1..];
    let none = rt().none.clone();
    Ok(match p.len() {
        1 => crate::objects::slice::new_slice(none.clone(), p[0].clone(), none),
        2 => crate::objects::slice::new_slice(p[0].clone(), p[1].clone(), none),
        3 => crate::objects::slice::new_slice(p[0].clone(), p[1].clone(), p[2].clone()),
        n => return Err(type_error(format!("slice expected at least 1 argument, got {n}"))),
    })
}

fn opt(v: Option<&Value>) -> Option<Value> {
    v.filter(|v| !crate::objects::boolobj::is_none(v)).cloned()
}

fn property_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = &p[0];
    let fget = opt(p.get(1).or_else(|| a.kw("fget")));
    let fset = opt(p.get(2).or_else(|| a.kw("fset")));
    let fdel = opt(p.get(3).or_else(|| a.kw("fdel")));
    let doc = opt(p.get(4).or_else(|| a.kw("doc")));
    Ok(alloc_obj(cls.as_ptr(), Property { fget, fset, fdel, doc }))
}

fn property_with(a: Args<'_>, which: u8) -> PyResult<Value> {
    let p = a.pos();
    let old = crate::objects::function::as_property(&p[0]).ok_or_else(|| type_error("descriptor needs a property"))?;
    let f = p.get(1).cloned();
    let np = Property {
        fget: if which == 0 { f.clone() } else { old.fget.clone() },
        fset: if which == 1 { f.clone() } else { old.fset.clone() },
        fdel: if which == 2 { f } else { old.fdel.clone() },
        doc: old.doc.clone(),
    };
    Ok(alloc_obj(type_of(&p[0]).as_ptr(), np))
}

fn property_getter(a: Args<'_>) -> PyResult<Value> {
    property_with(a, 0)
}
fn property_setter(a: Args<'_>) -> PyResult<Value> {
    property_with(a, 1)
}
fn property_deleter(a: Args<'_>) -> PyResult<Value> {
    property_with(a, 2)
}

fn property_get(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let prop = crate::objects::function::as_property(&p[0]).ok_or_else(|| type_error("descriptor needs a property"))?;
    match (p.get(1), &prop.fget) {
        (Some(obj), _) if crate::objects::boolobj::is_none(obj) => Ok(p[0].clone()),
        (Some(obj), Some(g)) => call::call(g, std::slice::from_ref(obj)),
        _ => Err(crate::objects::exception::attribute_error("unreadable attribute")),
    }
}

fn classmethod_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let f = p.get(1).ok_or_else(|| type_error("classmethod expected 1 argument, got 0"))?;
    Ok(alloc_obj(p[0].as_ptr(), ClassMethod(f.clone())))
}

fn staticmethod_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let f = p.get(1).ok_or_else(|| type_error("staticmethod expected 1 argument, got 0"))?;
    Ok(alloc_obj(p[0].as_ptr(), StaticMethod(f.clone())))
}

fn super_new(a: Args<'_>) -> PyResult<Value> {
    let p = &a.pos()[1..];
    let (ty, obj) = match p.len() {
        2 => (p[0].clone(), p[1].clone()),
        0 => crate::builtins::introspect::zero_arg_super()?,
        _ => return Err(type_error("super() takes 0 or 2 arguments in this runtime")),
    };
    if ty.kind() != Some(kinds::TYPE) {
        return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(&ty))));
    }
    let obj_type =
        if obj.kind() == Some(kinds::TYPE) && is_subtype(&obj, &ty) { obj.clone() } else { type_of(&obj).clone() };
    if !is_subtype(&obj_type, &ty) {
        return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(alloc_obj(rt().types.super_.as_ptr(), SuperObj { ty, obj, obj_type }))
}

fn super_getattribute(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    super_getattr(&p[0], &crate::runtime::intern_value(&p[1]))
}

/// Attribute lookup through a `super` object: the MRO after the given class.
pub fn super_getattr(sup: &Value, name: &Value) -> PyResult<Value> {
    let s = weft_gc::downcast::<SuperObj>(sup).ok_or_else(|| type_error("super needed"))?;
    let name = name.clone();
    let mro = tobj(&s.obj_type).mro().to_vec();
    let start = mro.iter().position(|t| t.is(&s.ty)).map(|i| i + 1).unwrap_or(mro.len());
    for t in &mro[start..] {
        if let Some(v) = dict::DictObj::get_str(&tobj(t).dict, &name) {
            let this = if s.obj.kind() == Some(kinds::TYPE) && s.obj.is(&s.obj_type) { None } else { Some(&s.obj) };
            return match this {
                Some(obj) => crate::vm::attr::bind(&v, obj, &s.obj_type),
                None => match v.kind() {
                    Some(kinds::CLASSMETHOD) => Ok(crate::objects::function::new_method(
                        weft_gc::downcast::<ClassMethod>(&v).expect("cm").0.clone(),
                        s.obj.clone(),
                    )),
                    Some(kinds::STATICMETHOD) => Ok(weft_gc::downcast::<StaticMethod>(&v).expect("sm").0.clone()),
                    Some(kinds::NATIVE)
                        if crate::objects::function::as_native(&v).is_some_and(|n| n.is_classmethod) =>
                    {
                        let n = crate::objects::function::as_native(&v).expect("native");
                        Ok(crate::objects::function::new_native_bound(n.name, n.f, s.obj.clone()))
                    }
                    _ => Ok(v),
                },
            };
        }
    }
    if let Some(v) = crate::vm::special_attrs::special_getattr(sup, &name)? {
        return Ok(v);
    }
    Err(crate::objects::exception::attribute_error(format!(
        "'super' object has no attribute '{}'",
        as_str(&name).unwrap_or("?")
    )))
}

fn iter_of(ty: &Value, st: IterState) -> Value {
    new_iter(ty, st)
}

fn enumerate_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let it = p
        .get(1)
        .or_else(|| a.kw("iterable"))
        .ok_or_else(|| type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = p.get(2).or_else(|| a.kw("start")).cloned().unwrap_or_else(|| new_int(0));
    if as_bigint(&start).is_none() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&start))));
    }
    Ok(iter_of(&p[0], IterState::Enumerate { it: ops::iter(it)?, n: start }))
}

fn zip_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let strict = match a.kw("strict") {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, x) in p[1..].iter().enumerate() {
        its.push(ops::iter(x).map_err(|_| type_error(format!("zip argument #{} must support iteration", i + 1)))?);
    }
    Ok(iter_of(&p[0], IterState::Zip { its, strict }))
}

fn map_new(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("map")?;
    let p = a.pos();
    if p.len() < 3 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for x in &p[2..] {
        its.push(ops::iter(x)?);
    }
    Ok(iter_of(&p[0], IterState::Map { f: p[1].clone(), its }))
}

fn filter_new(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("filter")?;
    let p = a.pos();
    if p.len() != 3 {
        return Err(type_error(format!("filter expected 2 arguments, got {}", p.len() - 1)));
    }
    Ok(iter_of(&p[0], IterState::Filter { f: p[1].clone(), it: ops::iter(&p[2])? }))
}

fn reversed_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    crate::methods::args::check_count("reversed", &p[1..], 1, 1)?;
    let v = &p[1];
    let builtin = tobj(type_of(v)).builtin;
    if builtin {
        match v.kind() {
            Some(kinds::LIST) => {
                let n = list::as_list(v).expect("list").len() as isize;
                return Ok(iter_of(&rt().types.list_reverseiterator, IterState::ListRev { seq: v.clone(), ix: n - 1 }));
            }
            Some(kinds::RANGE) => {
                let r = crate::objects::range::as_range(v).expect("range");
                let n = r.len();
                let (first, last) = if n == 0 { (0, 0) } else { (r.item(n - 1), r.start - r.step) };
                return Ok(iter_of(
                    &rt().types.range_iterator,
                    IterState::Range { next: first, stop: last, step: -r.step },
                ));
            }
            Some(kinds::TUPLE) | Some(kinds::STR) => {
                let mut items = ops::collect(v)?;
                items.reverse();
                return Ok(iter_of(&p[0], IterState::Items { items, ix: 0 }));
            }
            Some(kinds::DICT) => {
                let mut items = dict::as_dict(v).expect("dict").keys();
                items.reverse();
                return Ok(iter_of(&rt().types.dict_reversekeyiterator, IterState::Items { items, ix: 0 }));
            }
            _ => {}
        }
    }
    if let Some(f) = lookup(type_of(v), &rt().names.__reversed__) {
        return call::call_method_value(&f, v, &[]);
    }
    if lookup(type_of(v), &rt().names.__getitem__).is_some() && lookup(type_of(v), &rt().names.__len__).is_some() {
        let n = ops::len(v)?;
        let mut items = Vec::with_capacity(n);
        for i in (0..n).rev() {
            items.push(ops::getitem(v, &new_int(i as i64))?);
        }
        return Ok(iter_of(&p[0], IterState::Items { items, ix: 0 }));
    }
    Err(type_error(format!("'{}' object is not reversible", type_name(v))))
}

fn bytes_new(a: Args<'_>) -> PyResult<Value> {
    let plain = bytes_new_plain(&a)?;
    of_class(&a.pos()[0], &rt().types.bytes, plain)
}

fn bytes_new_plain(a: &Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let Some(v) = p.get(1) else { return Ok(crate::objects::bytes::new_bytes(vec![])) };
    if as_str(v).is_some() {
        let Some(encoding) = p.get(2).or_else(|| a.kw("encoding")) else {
            return Err(type_error("string argument without an encoding"));
        };
        // `bytes(s, encoding[, errors])` is `s.encode(encoding[, errors])`.
        let mut args = vec![encoding.clone()];
        args.extend(p.get(3).or_else(|| a.kw("errors")).cloned());
        return crate::vm::call::call_method_value(
            &crate::objects::typeobj::lookup_str(&rt().types.str, "encode").expect("str.encode"),
            v,
            &args,
        );
    }
    if let Some(f) = crate::objects::typeobj::lookup(type_of(v), &crate::runtime::intern("__bytes__")) {
        let r = crate::vm::call::call_method_value(&f, v, &[])?;
        if crate::objects::bytes::as_bytes(&r).is_none() {
            return Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r))));
        }
        return Ok(r);
    }
    if let Some(n) = crate::objects::int::as_i64(v) {
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(crate::objects::bytes::new_bytes(vec![0; n as usize]));
    }
    if let Some(b) = crate::objects::bytes::as_bytes(v) {
        return Ok(crate::objects::bytes::new_bytes(b.to_vec()));
    }
    let mut out = Vec::new();
    for x in ops::collect(v)? {
        let n = crate::objects::int::as_i64(&x)
            .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&x))))?;
        if !(0..256).contains(&n) {
            return Err(value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(crate::objects::bytes::new_bytes(out))
}

pub fn install() {
    let t = &rt().types;
    add_static(&t.int, "__new__", int_new);
    add_static(&t.float, "__new__", float_new);
    add_static(&t.str, "__new__", str_new);
    add_static(&t.bool, "__new__", bool_new);
    add_static(&t.list, "__new__", list_new);
    add_method(&t.list, "__init__", list_init);
    add_static(&t.tuple, "__new__", tuple_new);
    add_static(&t.dict, "__new__", dict_new);
    add_method(&t.dict, "__init__", dict_init);
    add_static(&t.set, "__new__", set_new);
    add_method(&t.set, "__init__", set_init);
    add_static(&t.frozenset, "__new__", set_new);
    add_static(&t.range, "__new__", range_new);
    add_static(&t.slice, "__new__", slice_new);
    add_static(&t.property, "__new__", property_new);
    add_method(&t.property, "getter", property_getter);
    add_method(&t.property, "setter", property_setter);
    add_method(&t.property, "deleter", property_deleter);
    add_method(&t.property, "__get__", property_get);
    add_static(&t.classmethod, "__new__", classmethod_new);
    add_static(&t.staticmethod, "__new__", staticmethod_new);
    add_static(&t.super_, "__new__", super_new);
    add_method(&t.super_, "__getattribute__", super_getattribute);
    add_static(&t.enumerate, "__new__", enumerate_new);
    add_static(&t.zip, "__new__", zip_new);
    add_static(&t.map, "__new__", map_new);
    add_static(&t.filter, "__new__", filter_new);
    add_static(&t.reversed, "__new__", reversed_new);
    add_static(&t.bytes, "__new__", bytes_new);
}
