//! Exception groups: splitting a group by a condition (shared by `split`, `subgroup`
//! and `except*`), and the bookkeeping of an `except*` statement: matching each clause
//! against what is still unhandled and combining what is left at the end.

use crate::objects::exception::{as_exc, new_exception, type_error};
use crate::objects::list::{as_list, new_list};
use crate::objects::str::new_str;
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::{is_instance, is_subtype};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::call;

/// What selects the leaves of a group.
pub enum Cond {
    /// A class or tuple of classes (isinstance).
    Types(Value),
    /// A predicate called on every group and leaf.
    Pred(Value),
    /// The identities of leaves to keep.
    Leaves(Vec<usize>),
}

impl Cond {
    /// The condition of `split(arg)`/`subgroup(arg)`.
    pub fn from_arg(arg: &Value) -> PyResult<Cond> {
        let is_exc_type = |t: &Value| t.kind() == Some(kinds::TYPE) && is_subtype(t, &rt().exc.base_exception);
        if is_exc_type(arg) || as_tuple(arg).is_some_and(|ts| ts.iter().all(is_exc_type)) {
            return Ok(Cond::Types(arg.clone()));
        }
        if crate::builtins::functions::is_callable(arg) {
            return Ok(Cond::Pred(arg.clone()));
        }
        Err(type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, e: &Value) -> PyResult<bool> {
        match self {
            Cond::Types(t) => Ok(match as_tuple(t) {
                Some(ts) => ts.iter().any(|t| is_instance(e, t)),
                None => is_instance(e, t),
            }),
            Cond::Pred(f) => crate::vm::ops::truthy(&call::call(f, &[e.clone()])?),
            Cond::Leaves(ids) => Ok(!is_group(e) && ids.contains(&(e.as_ptr() as usize))),
        }
    }
}

/// Whether `v` is a BaseExceptionGroup.
pub fn is_group(v: &Value) -> bool {
    is_instance(v, &rt().exc.base_exception_group)
}

/// The `exceptions` tuple of a group.
pub fn members(eg: &Value) -> Vec<Value> {
    as_exc(eg)
        .and_then(|e| crate::objects::dict::DictObj::get_str(&e.dict, &intern("exceptions")))
        .and_then(|t| as_tuple(&t).map(|s| s.to_vec()))
        .unwrap_or_default()
}

/// Split `e` into the part matching `cond` and the rest (either may be None).
pub fn split(e: &Value, cond: &Cond, want_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if cond.matches(e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(e) {
        return Ok((None, Some(e.clone())));
    }
    let (mut hit, mut miss) = (Vec::new(), Vec::new());
    for m in members(e) {
        let (a, b) = split(&m, cond, want_rest)?;
        hit.extend(a);
        miss.extend(b);
    }
    let rest = if want_rest { subset(e, miss)? } else { None };
    Ok((subset(e, hit)?, rest))
}

/// `orig.derive(excs)` carrying over orig's traceback, cause, context and notes; None
/// for no exceptions.
fn subset(orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = crate::vm::attr::getattr(orig, &intern("derive"))?;
    let eg = call::call(&derive, &[new_list(excs)])?;
    if !is_group(&eg) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    copy_metadata(orig, &eg);
    Ok(Some(eg))
}

fn copy_metadata(from: &Value, to: &Value) {
    let (Some(a), Some(b)) = (as_exc(from), as_exc(to)) else { return };
    for entry in a.tb() {
        b.push_tb(entry);
    }
    b.set_context(a.context());
    let suppress = a.suppress_context();
    b.set_cause(a.cause());
    b.suppress_context.store(suppress, std::sync::atomic::Ordering::Relaxed);
    let notes = intern("__notes__");
    if let Some(n) = crate::objects::dict::DictObj::get_str(&a.dict, &notes) {
        if let Some(d) = crate::objects::dict::as_dict(&b.dict) {
            d.set_str(notes, n);
        }
    }
}

/// A new group of class `cls` (without running `__new__`'s checks: the caller built
/// a valid member list); its args hold the members as a tuple or a list, as CPython's.
fn new_group(cls: &Value, msg: &str, excs: Vec<Value>, as_tuple: bool) -> Value {
    let seq = if as_tuple { crate::objects::tuple::new_tuple(excs.clone()) } else { new_list(excs.clone()) };
    let eg = new_exception(cls, vec![new_str(msg), seq]);
    set_fields(&eg, new_str(msg), excs);
    eg
}

/// Record `message` and `exceptions` on a freshly made group.
pub fn set_fields(eg: &Value, msg: Value, excs: Vec<Value>) {
    if let Some(d) = as_exc(eg).and_then(|e| crate::objects::dict::as_dict(&e.dict)) {
        d.set_str(intern("message"), msg);
        d.set_str(intern("exceptions"), crate::objects::tuple::new_tuple(excs));
    }
}

/// ExceptionGroup when every member is an Exception, else BaseExceptionGroup.
fn group_class(excs: &[Value]) -> &'static Value {
    let e = &rt().exc;
    if excs.iter().all(|x| is_instance(x, &e.exception)) {
        &e.exception_group
    } else {
        &e.base_exception_group
    }
}

/// The class check of `except* spec`.
fn check_spec(spec: &Value) -> PyResult<()> {
    if let Some(ts) = as_tuple(spec) {
        return ts.iter().try_for_each(check_spec);
    }
    if spec.kind() != Some(kinds::TYPE) || !is_subtype(spec, &rt().exc.base_exception) {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    if is_subtype(spec, &rt().exc.base_exception_group) {
        return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
    Ok(())
}

/// One `except* spec` clause against `rest`, what is still unhandled (None when
/// nothing is). Returns the part the clause handles and the new rest.
pub fn star_match(rest: &Value, spec: &Value) -> PyResult<(Option<Value>, Value)> {
    check_spec(spec)?;
    let none = rt().none.clone();
    if rest.is(&none) {
        return Ok((None, none));
    }
    let cond = Cond::Types(spec.clone());
    if !is_group(rest) {
        if !cond.matches(rest)? {
            return Ok((None, rest.clone()));
        }
        let eg = new_group(group_class(std::slice::from_ref(rest)), "", vec![rest.clone()], true);
        copy_tb(rest, &eg);
        return Ok((Some(eg), none));
    }
    let (hit, miss) = split(rest, &cond, true)?;
    Ok((hit, miss.unwrap_or(none)))
}

fn copy_tb(from: &Value, to: &Value) {
    if let (Some(a), Some(b)) = (as_exc(from), as_exc(to)) {
        for entry in a.tb() {
            b.push_tb(entry);
        }
    }
}

fn leaves(e: &Value, out: &mut Vec<usize>) {
    if is_group(e) {
        members(e).iter().for_each(|m| leaves(m, out));
    } else {
        out.push(e.as_ptr() as usize);
    }
}

/// What an `except*` statement raises at its end, given the exception it caught, what
/// no clause handled and what the clauses raised; None when everything was handled.
pub fn star_result(orig: &Value, rest: &Value, raised: &Value) -> PyResult<Option<Value>> {
    let raised: Vec<Value> = as_list(raised).map(|l| l.snapshot()).unwrap_or_default();
    let rest = (!rest.is(&rt().none)).then(|| rest.clone());
    if !is_group(orig) {
        // A naked exception: at most one clause ran.
        return Ok(raised.into_iter().next().or(rest));
    }
    let mut orig_leaves = Vec::new();
    leaves(orig, &mut orig_leaves);
    let mut keep = Vec::new();
    let mut new = Vec::new();
    for e in rest.into_iter().chain(raised) {
        let mut ls = Vec::new();
        leaves(&e, &mut ls);
        if is_group(&e) && ls.iter().all(|l| orig_leaves.contains(l)) {
            keep.extend(ls);
        } else {
            new.push(e);
        }
    }
    if new.is_empty() && !orig_leaves.is_empty() && orig_leaves.iter().all(|l| keep.contains(l)) {
        return Ok(Some(orig.clone()));
    }
    if !keep.is_empty() {
        new.extend(split(orig, &Cond::Leaves(keep), false)?.0);
    }
    Ok(match new.len() {
        0 => None,
        1 => new.pop(),
        _ => Some(new_group(group_class(&new), "", new, false)),
    })
}
