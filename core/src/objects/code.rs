//! Code objects: the compiler's `CodeObject` plus its constants and names turned into
//! values once, and a global-lookup cache per `LoadGlobal` instruction.
//!
//! Code objects are immortal: they are shared by every thread running the function,
//! and their constants (interned strings, numbers) are immortal too.

use super::kinds;
use super::Value;
use crate::bytecode::{CodeObject, Const, Instr};
use crate::runtime::{intern, rt};
use crate::vm::attr_cache::AttrCache;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use weft_gc::{alloc_obj, downcast, make_immortal, Payload};

/// Cache of one `LoadGlobal`: valid while both dict versions are unchanged. Only
/// uncounted values are cached, so a hit needs no reference count. Written racily by
/// several threads; the (versions, value) triple is validated with a sequence check.
pub struct GlobalCache {
    pub seq: AtomicU64,
    pub globals_version: AtomicU64,
    pub builtins_version: AtomicU64,
    pub value: AtomicUsize,
}

pub struct CodeObj {
    pub code: Arc<CodeObject>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    /// Cell then free variable names.
    pub cell_names: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    /// One entry per LoadGlobal instruction, found through `cache_index`.
    pub global_cache: Box<[GlobalCache]>,
    /// One entry per LoadAttr/LoadMethod/StoreAttr instruction, found through `cache_index`.
    pub attr_cache: Box<[AttrCache]>,
    /// For each instruction index, its entry in the cache array of its kind.
    pub cache_index: Box<[u32]>,
}

impl Payload for CodeObj {
    const KIND: u8 = kinds::CODE;
    const TRACKED: bool = false;
}

fn const_value(c: &Const) -> Value {
    use super::{float, int, str as pystr, tuple};
    let v = match c {
        Const::None => return rt().none.clone(),
        Const::Bool(b) => return super::boolobj::py_bool(*b),
        Const::Ellipsis => return rt().ellipsis.clone(),
        Const::Int(i) => int::new_int(*i),
        Const::BigInt(b) => int::new_bigint(b.clone()),
        Const::Float(f) => float::new_float(*f),
        Const::Imag(f) => super::complex_new(0.0, *f),
        Const::Str(s) => {
            if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return intern(s);
            }
            pystr::new_str(s.clone())
        }
        Const::Bytes(b) => super::bytes::new_bytes(b.clone()),
        Const::Tuple(items) => tuple::new_tuple(items.iter().map(const_value).collect()),
        Const::Code(code) => new_code(code.clone()),
    };
    make_immortal(&v);
    v
}

/// Wrap a compiled code object.
pub fn new_code(code: Arc<CodeObject>) -> Value {
    let consts = code.consts.iter().map(const_value).collect();
    let names = code.names.iter().map(|n| intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| intern(n)).collect();
    let cell_names = code.cellvars.iter().chain(code.freevars.iter()).map(|n| intern(n)).collect();
    let mut index = vec![u32::MAX; code.instrs.len()];
    let (mut n, mut n_attr) = (0, 0);
    for (i, ins) in code.instrs.iter().enumerate() {
        match ins {
            Instr::LoadGlobal(_) => {
                index[i] = n;
                n += 1;
            }
            Instr::LoadAttr(_) | Instr::LoadMethod(_) | Instr::StoreAttr(_) => {
                index[i] = n_attr;
                n_attr += 1;
            }
            _ => {}
        }
    }
    let cache = (0..n)
        .map(|_| GlobalCache {
            seq: AtomicU64::new(0),
            globals_version: AtomicU64::new(u64::MAX),
            builtins_version: AtomicU64::new(u64::MAX),
            value: AtomicUsize::new(0),
        })
        .collect();
    let v = alloc_obj(
        rt().types.code.as_ptr(),
        CodeObj {
            name: intern(&code.name),
            qualname: intern(&code.qualname),
            code,
            consts,
            names,
            varnames,
            cell_names,
            global_cache: cache,
            attr_cache: (0..n_attr).map(|_| AttrCache::default()).collect(),
            cache_index: index.into_boxed_slice(),
        },
    );
    make_immortal(&v);
    v
}

#[inline]
pub fn as_code(v: &Value) -> Option<&CodeObj> {
    downcast::<CodeObj>(v)
}

impl GlobalCache {
    /// The cached value if it is valid for these versions.
    #[inline]
    pub fn get(&self, gv: u64, bv: u64) -> Option<usize> {
        let s1 = self.seq.load(Ordering::Acquire);
        if s1 & 1 == 1 {
            return None;
        }
        let ok =
            self.globals_version.load(Ordering::Relaxed) == gv && self.builtins_version.load(Ordering::Relaxed) == bv;
        let w = self.value.load(Ordering::Relaxed);
        std::sync::atomic::fence(Ordering::Acquire);
        if ok && w != 0 && self.seq.load(Ordering::Relaxed) == s1 {
            Some(w)
        } else {
            None
        }
    }

    pub fn set(&self, gv: u64, bv: u64, w: usize) {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 == 1 || self.seq.compare_exchange(s, s + 1, Ordering::Acquire, Ordering::Relaxed).is_err() {
            return;
        }
        self.globals_version.store(gv, Ordering::Relaxed);
        self.builtins_version.store(bv, Ordering::Relaxed);
        self.value.store(w, Ordering::Relaxed);
        self.seq.store(s + 2, Ordering::Release);
    }
}
