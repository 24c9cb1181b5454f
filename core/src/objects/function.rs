//! Callables: Python functions, native (Rust) functions, bound methods, and the
//! descriptors `property`, `classmethod` and `staticmethod`.

use super::kinds;
use super::locked::Guarded;
use super::{PyResult, Value};
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

/// A function defined in Python.
pub struct Function {
    pub code: Value,
    pub globals: Value,
    pub name: Guarded<Value>,
    pub qualname: Guarded<Value>,
    /// Tuple of positional defaults, if any.
    pub defaults: Option<Value>,
    /// Dict of keyword-only defaults, if any.
    pub kwdefaults: Option<Value>,
    /// Tuple of cells, if the code has free variables.
    pub closure: Option<Value>,
    pub doc: Value,
    pub module: Value,
    /// Attribute dict (`f.attr = x`, `__wrapped__`...), created on first use.
    pub dict: Guarded<Option<Value>>,
}

impl Payload for Function {
    const KIND: u8 = kinds::FUNCTION;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        for v in [&self.defaults, &self.kwdefaults, &self.closure].into_iter().flatten() {
            visit(v);
        }
        #[allow(unsafe_code)]
        // SAFETY: called under stop-the-world; nobody mutates the attribute dict slot.
        if let Some(d) = unsafe { &*self.dict.as_ptr() } {
            visit(d);
        }
    }
    fn clear(&self) {
        let d = self.dict.lock(self).take();
        drop(d);
    }
}

impl Function {
    pub fn name(&self) -> Value {
        self.name.lock(self).clone()
    }
    pub fn qualname(&self) -> Value {
        self.qualname.lock(self).clone()
    }
    pub fn attr_dict(&self) -> Value {
        let mut g = self.dict.lock(self);
        if g.is_none() {
            *g = Some(super::dict::new_dict());
        }
        g.clone().unwrap_or_else(super::dict::new_dict)
    }
}

pub fn new_function(f: Function) -> Value {
    alloc_obj(rt().types.function.as_ptr(), f)
}

#[inline]
pub fn as_function(v: &Value) -> Option<&Function> {
    downcast::<Function>(v)
}

/// Arguments of a native call: positional values, then keyword values named by
/// `kwnames` (the last `kwnames.len()` entries of `all`).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(all: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        Args { all, kwnames }
    }
    pub fn positional(all: &'a [Value]) -> Args<'a> {
        Args { all, kwnames: &[] }
    }
    /// Positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }
    /// Keyword arguments as (name, value).
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        let n = self.all.len() - self.kwnames.len();
        let vals = &self.all[n..];
        self.kwnames.iter().zip(vals.iter()).map(|(k, v)| (super::str::as_str(k).unwrap_or(""), v))
    }
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// Error unless there are no keyword arguments.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(super::exception::type_error(format!("{fname}() takes no keyword arguments")))
        }
    }
    /// Error unless every keyword is one of `allowed`.
    pub fn only_kwargs(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kwargs() {
            if !allowed.contains(&k) {
                return Err(super::exception::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        Ok(())
    }
}

pub type NativeFn = fn(Args<'_>) -> PyResult<Value>;

/// A function implemented in Rust. As a class attribute it behaves like a method
/// descriptor: looking it up on an instance binds the instance as first argument.
pub struct NativeFunc {
    pub name: &'static str,
    pub f: NativeFn,
    /// Set for bound methods of builtin objects (`[].append`) and module functions
    /// that need their module (unused otherwise).
    pub bound: Option<Value>,
    /// Class-level helpers like `dict.fromkeys` bind the class, not the instance.
    pub is_classmethod: bool,
    /// Static functions (`str.maketrans`) never bind.
    pub is_static: bool,
}

impl Payload for NativeFunc {
    const KIND: u8 = kinds::NATIVE;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(b) = &self.bound {
            visit(b);
        }
    }
}

pub fn new_native(name: &'static str, f: NativeFn) -> Value {
    let v = alloc_obj(
        rt().types.builtin_function.as_ptr(),
        NativeFunc { name, f, bound: None, is_classmethod: false, is_static: false },
    );
    weft_gc::make_immortal(&v);
    v
}

pub fn new_native_bound(name: &'static str, f: NativeFn, this: Value) -> Value {
    alloc_obj(
        rt().types.builtin_function.as_ptr(),
        NativeFunc { name, f, bound: Some(this), is_classmethod: false, is_static: false },
    )
}

#[inline]
pub fn as_native(v: &Value) -> Option<&NativeFunc> {
    downcast::<NativeFunc>(v)
}

/// A Python function bound to an instance.
pub struct BoundMethod {
    pub func: Value,
    pub this: Value,
}

impl Payload for BoundMethod {
    const KIND: u8 = kinds::METHOD;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.this);
    }
}

pub fn new_method(func: Value, this: Value) -> Value {
    alloc_obj(rt().types.method.as_ptr(), BoundMethod { func, this })
}

#[inline]
pub fn as_method(v: &Value) -> Option<&BoundMethod> {
    downcast::<BoundMethod>(v)
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
}

impl Payload for Property {
    const KIND: u8 = kinds::PROPERTY;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for v in [&self.fget, &self.fset, &self.fdel, &self.doc].into_iter().flatten() {
            visit(v);
        }
    }
}

#[inline]
pub fn as_property(v: &Value) -> Option<&Property> {
    downcast::<Property>(v)
}

/// `classmethod(f)` and `staticmethod(f)` wrap one callable.
pub struct ClassMethod(pub Value);

impl Payload for ClassMethod {
    const KIND: u8 = kinds::CLASSMETHOD;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
}

pub struct StaticMethod(pub Value);

impl Payload for StaticMethod {
    const KIND: u8 = kinds::STATICMETHOD;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
}

/// `super(type, obj)`.
pub struct SuperObj {
    pub ty: Value,
    pub obj: Value,
    /// The type whose MRO is searched (type(obj), or obj itself for classmethods).
    pub obj_type: Value,
}

impl Payload for SuperObj {
    const KIND: u8 = kinds::SUPER;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.ty);
        visit(&self.obj);
        visit(&self.obj_type);
    }
}
