//! The bytecode interpreter loop.
//!
//! `execute` runs instructions until the frame returns, yields, or an error escapes an
//! instruction; `run` wraps it with exception unwinding (block stack), traceback
//! entries and the recursion limit. Safepoints (the eval breaker: stop-the-world,
//! refcount merges, GIL hand-over, signals, pending collections) are polled on
//! backward jumps and on entry to every frame (so every Python call polls once).

use crate::bytecode::{flags, BinOp, CmpOp, Instr};
use crate::objects::boolobj::{is_none, py_bool};
use crate::objects::cell::as_cell;
use crate::objects::dict::{as_dict, new_dict, DictObj};
use crate::objects::exception::{as_exc, exc_matches, name_error, type_error, unbound_local_error, TbEntry};
use crate::objects::function::{new_function, Function};
use crate::objects::list::{as_list, new_list};
use crate::objects::locked::Guarded;
use crate::objects::set::{as_set, new_set};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{is_subtype, lookup, type_name, type_of};
use crate::objects::{kinds, PyErr, PyResult, Value};
use crate::runtime::rt;
use crate::vm::frame::{code_static, Block, Frame};
use crate::vm::{arith, attr, attr_cache, call, compare, iterate, matching, ops, thread_state};

/// How a frame stopped.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Run a function frame to completion.
pub fn run_function_frame(mut frame: Box<Frame>) -> PyResult<Value> {
    let r = run(&mut frame);
    Frame::recycle(frame);
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(crate::objects::exception::system_error("unexpected yield")),
    }
}

/// Run module-level code in `globals`.
pub fn run_module_code(code: &Value, globals: &Value) -> PyResult<Value> {
    let mut frame = Frame::new(code, globals.clone(), Some(globals.clone()), None);
    run_function_frame_ref(&mut frame)
}

fn run_function_frame_ref(frame: &mut Frame) -> PyResult<Value> {
    match run(frame)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(crate::objects::exception::system_error("unexpected yield")),
    }
}

/// Run (or resume) a frame, handling exceptions through its block stack.
pub fn run(frame: &mut Frame) -> PyResult<Exit> {
    let _depth = thread_state::enter_call()?;
    let _frame = thread_state::push_frame(frame);
    crate::vm::safepoint::poll();
    loop {
        match execute(frame) {
            Ok(exit) => return Ok(exit),
            Err(err) => {
                let reraise = std::mem::take(&mut frame.reraising);
                if !reraise {
                    thread_state::set_context(&err.0);
                }
                if let Some(e) = as_exc(&err.0) {
                    if !reraise {
                        let co = &frame.code.code;
                        e.push_tb(TbEntry { filename: co.filename.clone(), name: co.name.clone(), line: frame.line() });
                    }
                }
                if !unwind(frame, &err) {
                    return Err(err);
                }
            }
        }
    }
}

/// Find a handler for `err` in the frame's block stack. Returns false when the
/// exception escapes the frame.
fn unwind(frame: &mut Frame, err: &PyErr) -> bool {
    while let Some(b) = frame.blocks.pop() {
        match b {
            Block::Handling { depth, saved } => {
                thread_state::truncate_handled(saved as usize);
                frame.stack.truncate(depth as usize);
            }
            Block::Handler { handler, depth } => {
                frame.stack.truncate(depth as usize);
                let saved = thread_state::push_handled(err.0.clone());
                frame.blocks.push(Block::Handling { depth, saved: saved as u32 });
                frame.stack.push(err.0.clone());
                frame.ip = handler as usize;
                return true;
            }
        }
    }
    false
}

macro_rules! pop {
    ($f:expr) => {
        match $f.stack.pop() {
            Some(v) => v,
            None => return Err(crate::objects::exception::system_error("value stack underflow")),
        }
    };
}

macro_rules! top {
    ($f:expr) => {
        match $f.stack.last() {
            Some(v) => v,
            None => return Err(crate::objects::exception::system_error("value stack underflow")),
        }
    };
}

fn unbound_local(frame: &Frame, i: usize) -> PyErr {
    unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        frame.code.code.varnames[i]
    ))
}

/// Push local `i` (`LoadFast` and the fused forms); UnboundLocalError if unset.
#[inline(always)]
fn push_local(frame: &mut Frame, i: usize) -> PyResult<()> {
    match &frame.fast[i] {
        Some(v) => {
            let v = v.clone();
            frame.stack.push(v);
            Ok(())
        }
        None => Err(unbound_local(frame, i)),
    }
}

fn free_var_error(frame: &Frame, i: usize) -> PyErr {
    let ncell = frame.code.code.cellvars.len();
    if i < ncell {
        unbound_local_error(format!(
            "cannot access local variable '{}' where it is not associated with a value",
            frame.code.code.cellvars[i]
        ))
    } else {
        name_error(format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            frame.code.code.freevars[i - ncell]
        ))
    }
}

fn not_defined(frame: &Frame, name: &Value) -> PyErr {
    let e = name_error(format!("name '{}' is not defined", as_str(name).unwrap_or("?")));
    if let Some(x) = as_exc(&e.0) {
        if let Some(d) = as_dict(&x.dict) {
            d.set_str(crate::runtime::intern("name"), name.clone());
        }
    }
    crate::vm::suggest::note_name_error(&e.0, as_str(name).unwrap_or(""), &frame.code.code.varnames, &frame.globals);
    e
}

fn load_global(frame: &Frame, ip: usize, ni: usize) -> PyResult<Value> {
    let name = &frame.code.names[ni];
    let g = as_dict(&frame.globals).expect("globals dict");
    let b = as_dict(&rt().builtins).expect("builtins dict");
    let (gv, bv) = (g.version(), b.version());
    let cache = &frame.code.global_cache[frame.code.cache_index[ip] as usize];
    if let Some(w) = cache.get(gv, bv) {
        // SAFETY-free: cached words are uncounted objects (see GlobalCache).
        #[allow(unsafe_code)]
        // SAFETY: only uncounted (immortal or deferred, never freed by counting) values
        // are cached, and the versions we checked show the binding is unchanged.
        return Ok(unsafe { Value::from_borrowed_ptr(w as *const weft_gc::Header) });
    }
    let v = match DictObj::get_str(&frame.globals, name) {
        Some(v) => v,
        None => match DictObj::get_str(&rt().builtins, name) {
            Some(v) => v,
            None => return Err(not_defined(frame, name)),
        },
    };
    if v.header().is_some() && v.is_uncounted() {
        cache.set(gv, bv, v.word());
    }
    Ok(v)
}

fn load_name(frame: &Frame, ni: usize) -> PyResult<Value> {
    let name = &frame.code.names[ni];
    if let Some(l) = &frame.locals {
        if let Some(d) = as_dict(l) {
            if type_of(l).is(&rt().types.dict) {
                if let Some(v) = DictObj::get_str(l, name) {
                    return Ok(v);
                }
            } else if let Some(v) = d.get(name)? {
                return Ok(v);
            }
        } else {
            match ops::getitem(l, name) {
                Ok(v) => return Ok(v),
                Err(e) if exc_matches(&e.0, &rt().exc.key_error) => {}
                Err(e) => return Err(e),
            }
        }
    }
    if let Some(v) = DictObj::get_str(&frame.globals, name) {
        return Ok(v);
    }
    if let Some(v) = DictObj::get_str(&rt().builtins, name) {
        return Ok(v);
    }
    Err(not_defined(frame, name))
}

fn store_name(frame: &Frame, ni: usize, v: Value) -> PyResult<()> {
    let name = frame.code.names[ni].clone();
    let target = frame.locals.as_ref().unwrap_or(&frame.globals);
    match as_dict(target) {
        Some(d) => {
            d.set_str(name, v);
            Ok(())
        }
        None => ops::setitem(target, &name, v),
    }
}

fn make_function(
    frame: &Frame,
    fl: u32,
    code: Value,
    closure: Option<Value>,
    kwdefaults: Option<Value>,
    defaults: Option<Value>,
) -> Value {
    let co = code_static(&code);
    let doc = match &co.code.docstring {
        Some(d) => new_str(d.clone()),
        None => rt().none.clone(),
    };
    let module = DictObj::get_str(&frame.globals, &rt().names.__name__).unwrap_or_else(|| rt().none.clone());
    let f = new_function(Function {
        name: Guarded::new(co.name.clone()),
        qualname: Guarded::new(co.qualname.clone()),
        code,
        globals: frame.globals.clone(),
        defaults: if fl & 0x01 != 0 { defaults } else { None },
        kwdefaults: if fl & 0x02 != 0 { kwdefaults } else { None },
        closure: if fl & 0x08 != 0 { closure } else { None },
        doc,
        module,
        dict: Guarded::new(None),
    });
    if frame.code.code.flags & flags::MODULE_LEVEL != 0 {
        // Shared by every thread that calls it: deferred counting.
        weft_gc::make_deferred(&f);
    }
    f
}

fn unpack(v: Value, n: usize, out: &mut Vec<Value>) -> PyResult<()> {
    let items: Vec<Value> = match v.kind() {
        Some(kinds::TUPLE) => as_tuple(&v).unwrap_or(&[]).to_vec(),
        Some(kinds::LIST) if type_of(&v).is(&rt().types.list) => as_list(&v).expect("list").snapshot(),
        _ => {
            let it = ops::iter(&v).map_err(|e| {
                if exc_matches(&e.0, &rt().exc.type_error) {
                    type_error(format!("cannot unpack non-iterable {} object", type_name(&v)))
                } else {
                    e
                }
            })?;
            let mut items = Vec::with_capacity(n);
            while let Some(x) = ops::next(&it)? {
                items.push(x);
                if items.len() > n {
                    return Err(crate::objects::exception::value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
            }
            items
        }
    };
    if items.len() != n {
        if items.len() > n {
            return Err(crate::objects::exception::value_error(format!("too many values to unpack (expected {n})")));
        }
        return Err(crate::objects::exception::value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    out.extend(items.into_iter().rev());
    Ok(())
}

fn unpack_ex(v: Value, before: usize, after: usize, out: &mut Vec<Value>) -> PyResult<()> {
    let items = ops::collect(&v).map_err(|e| {
        if exc_matches(&e.0, &rt().exc.type_error) {
            type_error(format!("cannot unpack non-iterable {} object", type_name(&v)))
        } else {
            e
        }
    })?;
    if items.len() < before + after {
        return Err(crate::objects::exception::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mid_end = items.len() - after;
    let mut pushed: Vec<Value> = Vec::with_capacity(before + after + 1);
    pushed.extend(items[..before].iter().cloned());
    pushed.push(new_list(items[before..mid_end].to_vec()));
    pushed.extend(items[mid_end..].iter().cloned());
    out.extend(pushed.into_iter().rev());
    Ok(())
}

fn exc_from_raise_operand(v: Value) -> PyResult<Value> {
    if v.kind() == Some(kinds::TYPE) {
        if is_subtype(&v, &rt().exc.base_exception) {
            return call::call(&v, &[]);
        }
    } else if crate::objects::typeobj::is_instance(&v, &rt().exc.base_exception) {
        return Ok(v);
    }
    Err(type_error("exceptions must derive from BaseException"))
}

fn do_raise(frame: &mut Frame, argc: u32) -> PyErr {
    match argc {
        0 => match thread_state::current_handled() {
            Some(e) => {
                frame.reraising = true;
                PyErr(e)
            }
            None => crate::objects::exception::runtime_error("No active exception to reraise"),
        },
        _ => {
            let cause = if argc == 2 { frame.stack.pop() } else { None };
            let Some(v) = frame.stack.pop() else { return crate::objects::exception::system_error("stack underflow") };
            let exc = match exc_from_raise_operand(v) {
                Ok(e) => e,
                Err(e) => return e,
            };
            if let Some(c) = cause {
                let cause_v = if is_none(&c) {
                    None
                } else {
                    match exc_from_raise_operand(c) {
                        Ok(c) => Some(c),
                        Err(_) => return type_error("exception causes must derive from BaseException"),
                    }
                };
                if let Some(e) = as_exc(&exc) {
                    e.set_cause(cause_v);
                }
            }
            PyErr(exc)
        }
    }
}

fn exc_match(exc: &Value, spec: &Value) -> PyResult<bool> {
    if let Some(items) = as_tuple(spec) {
        for t in items {
            if exc_match(exc, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if spec.kind() != Some(kinds::TYPE) || !is_subtype(spec, &rt().exc.base_exception) {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    Ok(exc_matches(exc, spec))
}

fn call_exit(exit: &Value, exc: Option<&Value>) -> PyResult<Value> {
    let none = rt().none.clone();
    match exc {
        None => call::call(exit, &[none.clone(), none.clone(), none]),
        Some(e) => {
            let tb = as_exc(e).map(|x| crate::vm::traceback::tb_object(&x.tb())).unwrap_or(none);
            call::call(exit, &[type_of(e).clone(), e.clone(), tb])
        }
    }
}

/// `+ - *` (and `/` by a non-zero divisor) on two exact floats, or a float and a small
/// int: the arithmetic of numeric loops, without the generic dispatch.
#[inline]
fn float_fast(op: BinOp, a: &Value, b: &Value) -> Option<f64> {
    let float_type = &rt().types.float;
    let as_f = |v: &Value| -> Option<f64> {
        match v.as_small_int() {
            Some(i) if i.abs() < (1 << 53) => Some(i as f64),
            Some(_) => None,
            None if v.header_unchecked().kind == kinds::FLOAT && type_of(v).is(float_type) => {
                crate::objects::float::as_float(v)
            }
            None => None,
        }
    };
    if a.is_small_int() && b.is_small_int() {
        return None;
    }
    let (x, y) = (as_f(a)?, as_f(b)?);
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `a op b` for `Compare`, with the small-int fast path.
#[inline(always)]
fn compare_op(op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    Ok(match op {
        CmpOp::Is => py_bool(a.is(b)),
        CmpOp::IsNot => py_bool(!a.is(b)),
        CmpOp::In => py_bool(ops::contains(b, a)?),
        CmpOp::NotIn => py_bool(!ops::contains(b, a)?),
        _ => match (a.as_small_int(), b.as_small_int()) {
            (Some(x), Some(y)) => py_bool(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
                CmpOp::Eq => x == y,
                _ => x != y,
            }),
            _ => compare::rich_compare(op, a, b)?,
        },
    })
}

#[inline]
fn jump_back(target: usize, ip: usize) -> bool {
    target < ip
}

/// Execute instructions from `frame.ip`.
fn execute(frame: &mut Frame) -> PyResult<Exit> {
    let code = frame.code;
    let instrs: &[Instr] = &code.code.instrs;
    loop {
        let ip = frame.ip;
        let instr = instrs[ip];
        frame.ip = ip + 1;
        match instr {
            Instr::Nop => {}
            Instr::PopTop => {
                pop!(frame);
            }
            Instr::RotTwo => {
                let n = frame.stack.len();
                frame.stack.swap(n - 1, n - 2);
            }
            Instr::RotThree => {
                let v = pop!(frame);
                let n = frame.stack.len();
                frame.stack.insert(n - 2, v);
            }
            Instr::RotFour => {
                let v = pop!(frame);
                let n = frame.stack.len();
                frame.stack.insert(n - 3, v);
            }
            Instr::DupTop => {
                let v = top!(frame).clone();
                frame.stack.push(v);
            }
            Instr::DupTopTwo => {
                let n = frame.stack.len();
                let (a, b) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                frame.stack.push(a);
                frame.stack.push(b);
            }
            Instr::LoadConst(i) => frame.stack.push(code.consts[i as usize].clone()),
            Instr::LoadFast(i) => push_local(frame, i as usize)?,
            Instr::StoreFast(i) => {
                let v = pop!(frame);
                let old = frame.fast[i as usize].replace(v);
                drop(old);
            }
            Instr::DeleteFast(i) => {
                if frame.fast[i as usize].take().is_none() {
                    return Err(unbound_local(frame, i as usize));
                }
            }
            Instr::LoadDeref(i) => {
                let c = as_cell(&frame.cells[i as usize]).expect("cell");
                match c.get() {
                    Some(v) => frame.stack.push(v),
                    None => return Err(free_var_error(frame, i as usize)),
                }
            }
            Instr::StoreDeref(i) => {
                let v = pop!(frame);
                as_cell(&frame.cells[i as usize]).expect("cell").set(Some(v));
            }
            Instr::DeleteDeref(i) => {
                let c = as_cell(&frame.cells[i as usize]).expect("cell");
                if c.get().is_none() {
                    return Err(free_var_error(frame, i as usize));
                }
                c.set(None);
            }
            Instr::LoadClosure(i) => {
                let c = frame.cells[i as usize].clone();
                frame.stack.push(c);
            }
            Instr::LoadClassDeref(i) => {
                let name = &code.cell_names[i as usize];
                let from_locals = match &frame.locals {
                    Some(l) => DictObj::get_str(l, name),
                    None => None,
                };
                match from_locals {
                    Some(v) => frame.stack.push(v),
                    None => match as_cell(&frame.cells[i as usize]).and_then(|c| c.get()) {
                        Some(v) => frame.stack.push(v),
                        None => return Err(free_var_error(frame, i as usize)),
                    },
                }
            }
            Instr::LoadGlobal(ni) => {
                let v = load_global(frame, ip, ni as usize)?;
                frame.stack.push(v);
            }
            Instr::StoreGlobal(ni) => {
                let v = pop!(frame);
                as_dict(&frame.globals).expect("globals").set_str(code.names[ni as usize].clone(), v);
            }
            Instr::DeleteGlobal(ni) => {
                let name = &code.names[ni as usize];
                if as_dict(&frame.globals).expect("globals").remove(name)?.is_none() {
                    return Err(not_defined(frame, name));
                }
            }
            Instr::LoadName(ni) => {
                let v = load_name(frame, ni as usize)?;
                frame.stack.push(v);
            }
            Instr::StoreName(ni) => {
                let v = pop!(frame);
                store_name(frame, ni as usize, v)?;
            }
            Instr::DeleteName(ni) => {
                let name = &code.names[ni as usize];
                let target = frame.locals.as_ref().unwrap_or(&frame.globals);
                let removed = match as_dict(target) {
                    Some(d) => d.remove(name)?.is_some(),
                    None => ops::delitem(target, name).is_ok(),
                };
                if !removed {
                    return Err(not_defined(frame, name));
                }
            }
            Instr::LoadAttr(ni) => {
                let obj = pop!(frame);
                let cache = &code.attr_cache[code.cache_index[ip] as usize];
                let v = attr_cache::load_attr(cache, &obj, &code.names[ni as usize])?;
                frame.stack.push(v);
            }
            Instr::StoreAttr(ni) => {
                let obj = pop!(frame);
                let v = pop!(frame);
                let cache = &code.attr_cache[code.cache_index[ip] as usize];
                attr_cache::store_attr(cache, &obj, &code.names[ni as usize], v)?;
            }
            Instr::DeleteAttr(ni) => {
                let obj = pop!(frame);
                attr::delattr(&obj, &code.names[ni as usize])?;
            }
            Instr::LoadMethod(ni) => {
                let obj = pop!(frame);
                let cache = &code.attr_cache[code.cache_index[ip] as usize];
                match attr_cache::load_method(cache, &obj, &code.names[ni as usize])? {
                    (Some(f), this) => {
                        frame.stack.push(f);
                        frame.stack.push(this);
                    }
                    (None, a) => {
                        frame.stack.push(rt().null_marker.clone());
                        frame.stack.push(a);
                    }
                }
            }
            Instr::CallMethod(argc) => {
                let argc = argc as usize;
                let n = frame.stack.len();
                let base = n - argc - 2;
                let r = if frame.stack[base].is(&rt().null_marker) {
                    call::call(&frame.stack[base + 1], &frame.stack[base + 2..])
                } else {
                    call::call(&frame.stack[base], &frame.stack[base + 1..])
                };
                frame.stack.truncate(base);
                frame.stack.push(r?);
            }
            Instr::BinarySubscr => {
                let k = pop!(frame);
                let c = pop!(frame);
                frame.stack.push(ops::getitem(&c, &k)?);
            }
            Instr::StoreSubscr => {
                let k = pop!(frame);
                let c = pop!(frame);
                let v = pop!(frame);
                ops::setitem(&c, &k, v)?;
            }
            Instr::DeleteSubscr => {
                let k = pop!(frame);
                let c = pop!(frame);
                ops::delitem(&c, &k)?;
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { pop!(frame) } else { rt().none.clone() };
                let stop = pop!(frame);
                let start = pop!(frame);
                frame.stack.push(crate::objects::slice::new_slice(start, stop, step));
            }
            Instr::UnaryNot => {
                let v = pop!(frame);
                frame.stack.push(py_bool(!ops::truthy(&v)?));
            }
            Instr::UnaryNegative => {
                let v = pop!(frame);
                frame.stack.push(arith::unary("-", &v)?);
            }
            Instr::UnaryPositive => {
                let v = pop!(frame);
                frame.stack.push(arith::unary("+", &v)?);
            }
            Instr::UnaryInvert => {
                let v = pop!(frame);
                frame.stack.push(arith::unary("~", &v)?);
            }
            Instr::Binary(op) => {
                let b = pop!(frame);
                let a = pop!(frame);
                let fast = match (op, a.as_small_int(), b.as_small_int()) {
                    (BinOp::Add, Some(x), Some(y)) => x.checked_add(y),
                    (BinOp::Sub, Some(x), Some(y)) => x.checked_sub(y),
                    _ => None,
                };
                let r = match fast {
                    Some(s) => crate::objects::int::new_int(s),
                    None => match float_fast(op, &a, &b) {
                        Some(f) => crate::objects::float::float_result(a, b, f),
                        None => arith::binary_op(op, &a, &b)?,
                    },
                };
                frame.stack.push(r);
            }
            Instr::InplaceBinary(op) => {
                let b = pop!(frame);
                let a = pop!(frame);
                let r = match float_fast(op, &a, &b) {
                    Some(f) => crate::objects::float::float_result(a, b, f),
                    None => arith::inplace_op(op, &a, &b)?,
                };
                frame.stack.push(r);
            }
            Instr::Compare(op) => {
                let b = pop!(frame);
                let a = pop!(frame);
                frame.stack.push(compare_op(op, &a, &b)?);
            }
            Instr::CompareJumpIfFalse(op, t) => {
                let b = pop!(frame);
                let a = pop!(frame);
                let r = compare_op(op, &a, &b)?;
                let go = if r.is(&rt().false_) {
                    true
                } else if r.is(&rt().true_) {
                    false
                } else {
                    !ops::truthy(&r)?
                };
                if go {
                    if jump_back(t as usize, ip) {
                        crate::vm::safepoint::poll();
                    }
                    frame.ip = t as usize;
                } else {
                    frame.ip = ip + 2;
                }
            }
            Instr::LoadFastLoadFast(a, b) => {
                push_local(frame, a as usize)?;
                frame.ip = ip + 2;
                push_local(frame, b as usize)?;
            }
            Instr::LoadFastLoadConst(a, c) => {
                push_local(frame, a as usize)?;
                frame.stack.push(code.consts[c as usize].clone());
                frame.ip = ip + 2;
            }
            Instr::StoreFastLoadFast(a, b) => {
                let v = pop!(frame);
                let old = frame.fast[a as usize].replace(v);
                drop(old);
                frame.ip = ip + 2;
                push_local(frame, b as usize)?;
            }
            Instr::Jump(t) => {
                if jump_back(t as usize, ip) {
                    crate::vm::safepoint::poll();
                }
                frame.ip = t as usize;
            }
            Instr::PopJumpIfFalse(t) => {
                let v = pop!(frame);
                let b = if v.is(&rt().true_) {
                    true
                } else if v.is(&rt().false_) {
                    false
                } else {
                    ops::truthy(&v)?
                };
                if !b {
                    if jump_back(t as usize, ip) {
                        crate::vm::safepoint::poll();
                    }
                    frame.ip = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = pop!(frame);
                let b = if v.is(&rt().true_) {
                    true
                } else if v.is(&rt().false_) {
                    false
                } else {
                    ops::truthy(&v)?
                };
                if b {
                    if jump_back(t as usize, ip) {
                        crate::vm::safepoint::poll();
                    }
                    frame.ip = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                if !ops::truthy(top!(frame))? {
                    frame.ip = t as usize;
                } else {
                    pop!(frame);
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                if ops::truthy(top!(frame))? {
                    frame.ip = t as usize;
                } else {
                    pop!(frame);
                }
            }
            Instr::GetIter => {
                let v = pop!(frame);
                frame.stack.push(ops::iter(&v)?);
            }
            Instr::ForIter(t) => {
                let next = iterate::next(top!(frame))?;
                match next {
                    Some(v) => frame.stack.push(v),
                    None => {
                        pop!(frame);
                        frame.ip = t as usize;
                    }
                }
            }
            Instr::BuildTuple(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                frame.stack.push(new_tuple(items));
            }
            Instr::BuildList(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                frame.stack.push(new_list(items));
            }
            Instr::BuildSet(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                let s = new_set();
                let so = as_set(&s).expect("set");
                for it in items {
                    so.add(it)?;
                }
                frame.stack.push(s);
            }
            Instr::BuildMap(n) => {
                let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                let d = new_dict();
                let dd = as_dict(&d).expect("dict");
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    dd.set(k, v)?;
                }
                frame.stack.push(d);
            }
            Instr::BuildConstKeyMap(n) => {
                let keys = pop!(frame);
                let vals = frame.stack.split_off(frame.stack.len() - n as usize);
                let d = new_dict();
                let dd = as_dict(&d).expect("dict");
                for (k, v) in as_tuple(&keys).unwrap_or(&[]).iter().zip(vals) {
                    dd.set(k.clone(), v)?;
                }
                frame.stack.push(d);
            }
            Instr::BuildString(n) => {
                let parts = frame.stack.split_off(frame.stack.len() - n as usize);
                let mut s = String::new();
                for p in &parts {
                    s.push_str(as_str(p).unwrap_or(""));
                }
                frame.stack.push(new_str(s));
            }
            Instr::ListAppend(d) => {
                let v = pop!(frame);
                let n = frame.stack.len();
                as_list(&frame.stack[n - d as usize]).expect("list").append(v);
            }
            Instr::SetAdd(d) => {
                let v = pop!(frame);
                let n = frame.stack.len();
                as_set(&frame.stack[n - d as usize]).expect("set").add(v)?;
            }
            Instr::MapAdd(d) => {
                let v = pop!(frame);
                let k = pop!(frame);
                let n = frame.stack.len();
                as_dict(&frame.stack[n - d as usize]).expect("dict").set(k, v)?;
            }
            Instr::ListExtend(d) | Instr::CallArgsExtend(d) => {
                let v = pop!(frame);
                let n = frame.stack.len();
                let items = ops::collect(&v).map_err(|e| {
                    // A call's `*` argument: the callable is below the args list.
                    let func = matches!(instr, Instr::CallArgsExtend(_)).then(|| &frame.stack[n - d as usize - 1]);
                    crate::vm::mapping::star_arg_error(e, &v, func)
                })?;
                as_list(&frame.stack[n - d as usize]).expect("list").lock().extend(items);
            }
            Instr::SetUpdate(d) => {
                let v = pop!(frame);
                let n = frame.stack.len();
                let items = ops::collect(&v)?;
                let s = as_set(&frame.stack[n - d as usize]).expect("set");
                for it in items {
                    s.add(it)?;
                }
            }
            Instr::DictUpdate(d) | Instr::DictMerge(d) => {
                let v = pop!(frame);
                let n = frame.stack.len();
                let target = frame.stack[n - d as usize].clone();
                // A call's `**` merge: the callable is below the args tuple.
                let func = matches!(instr, Instr::DictMerge(_)).then(|| frame.stack[n - d as usize - 2].clone());
                crate::vm::mapping::dict_update_from(&target, &v, func.as_ref())?;
            }
            Instr::ListToTuple => {
                let v = pop!(frame);
                let items = as_list(&v).expect("list").snapshot();
                frame.stack.push(new_tuple(items));
            }
            Instr::UnpackSequence(n) => {
                let v = pop!(frame);
                unpack(v, n as usize, &mut frame.stack)?;
            }
            Instr::UnpackEx(n) => {
                let v = pop!(frame);
                unpack_ex(v, (n & 0xff) as usize, (n >> 8) as usize, &mut frame.stack)?;
            }
            Instr::FormatValue(fl) => {
                let spec = if fl & 4 != 0 { Some(pop!(frame)) } else { None };
                let v = pop!(frame);
                let v = match fl & 3 {
                    1 => crate::vm::repr::str_value(&v)?,
                    2 => new_str(crate::vm::repr::repr(&v)?),
                    3 => new_str(crate::vm::repr::ascii(&v)?),
                    _ => v,
                };
                let spec_s = spec.as_ref().and_then(|s| as_str(s)).unwrap_or("");
                if spec_s.is_empty() && v.kind() == Some(kinds::STR) {
                    frame.stack.push(v);
                } else {
                    frame.stack.push(crate::vm::repr::format(&v, spec_s)?);
                }
            }
            Instr::CallFunction(argc) => {
                let n = frame.stack.len();
                let base = n - argc as usize - 1;
                let r = call::call(&frame.stack[base], &frame.stack[base + 1..]);
                frame.stack.truncate(base);
                frame.stack.push(r?);
            }
            Instr::CallFunctionKw(argc) => {
                let names = pop!(frame);
                let n = frame.stack.len();
                let base = n - argc as usize - 1;
                let r = call::call_kw(&frame.stack[base], &frame.stack[base + 1..], as_tuple(&names).unwrap_or(&[]));
                frame.stack.truncate(base);
                frame.stack.push(r?);
            }
            Instr::CallFunctionEx(has_kw) => {
                let kw = if has_kw & 1 != 0 { Some(pop!(frame)) } else { None };
                let args = pop!(frame);
                let f = pop!(frame);
                frame.stack.push(call::call_ex(&f, &args, kw.as_ref())?);
            }
            Instr::MakeFunction(fl) => {
                let code_v = pop!(frame);
                let closure = if fl & 0x08 != 0 { Some(pop!(frame)) } else { None };
                let annotations = if fl & 0x04 != 0 { Some(pop!(frame)) } else { None };
                let kwdefaults = if fl & 0x02 != 0 { Some(pop!(frame)) } else { None };
                let defaults = if fl & 0x01 != 0 { Some(pop!(frame)) } else { None };
                let f = make_function(frame, fl, code_v, closure, kwdefaults, defaults);
                if let Some(a) = annotations {
                    let func = crate::objects::function::as_function(&f).expect("function");
                    crate::objects::dict::as_dict(&func.attr_dict())
                        .expect("dict")
                        .set_str(rt().names.__annotations__.clone(), a);
                }
                frame.stack.push(f);
            }
            Instr::ReturnValue => {
                let v = pop!(frame);
                return Ok(Exit::Return(v));
            }
            Instr::YieldValue => {
                let v = pop!(frame);
                return Ok(Exit::Yield(v));
            }
            Instr::YieldFrom => {
                let sent = pop!(frame);
                let sub = top!(frame).clone();
                match crate::vm::generator::send_to(&sub, sent)? {
                    crate::vm::generator::SendResult::Yielded(v) => {
                        frame.ip = ip; // re-run on resume
                        return Ok(Exit::Yield(v));
                    }
                    crate::vm::generator::SendResult::Returned(v) => {
                        pop!(frame);
                        frame.stack.push(v);
                    }
                }
            }
            Instr::GetYieldFromIter => {
                let v = pop!(frame);
                if v.kind() == Some(kinds::GENERATOR) {
                    frame.stack.push(v);
                } else {
                    frame.stack.push(ops::iter(&v)?);
                }
            }
            Instr::ImportName(ni) => {
                let fromlist = pop!(frame);
                let level = pop!(frame);
                let m = crate::vm::import::import_name(&code.names[ni as usize], &fromlist, &level, &frame.globals)?;
                frame.stack.push(m);
            }
            Instr::ImportFrom(ni) => {
                let m = top!(frame).clone();
                let v = crate::vm::import::import_from(&m, &code.names[ni as usize])?;
                frame.stack.push(v);
            }
            Instr::ImportStar => {
                let m = pop!(frame);
                let target = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                crate::vm::import::import_star(&m, &target)?;
            }
            Instr::LoadBuildClass => {
                let v = DictObj::get_str(&rt().builtins, &rt().names.__build_class__)
                    .ok_or_else(|| name_error("__build_class__ not found"))?;
                frame.stack.push(v);
            }
            Instr::LoadAssertionError => frame.stack.push(rt().exc.assertion_error.clone()),
            Instr::SetupExcept(t) | Instr::SetupFinally(t) => {
                frame.blocks.push(Block::Handler { handler: t, depth: frame.stack.len() as u32 });
            }
            Instr::PopBlock => {
                frame.blocks.pop();
            }
            Instr::PopExcept => {
                if let Some(Block::Handling { depth, saved }) = frame.blocks.pop() {
                    thread_state::truncate_handled(saved as usize);
                    let d = depth as usize;
                    if d < frame.stack.len() {
                        frame.stack.remove(d);
                    }
                }
            }
            Instr::Reraise => {
                let e = pop!(frame);
                frame.reraising = true;
                return Err(PyErr(e));
            }
            Instr::Raise(argc) => return Err(do_raise(frame, argc)),
            Instr::JumpIfNotExcMatch(t) => {
                let spec = pop!(frame);
                if !exc_match(top!(frame), &spec)? {
                    frame.ip = t as usize;
                }
            }
            Instr::ExcStarMatch(t) => {
                let spec = pop!(frame);
                let n = frame.stack.len();
                let (hit, rest) = crate::vm::exc_group::star_match(&frame.stack[n - 2], &spec)?;
                frame.stack[n - 2] = rest;
                match hit {
                    Some(m) => {
                        let saved = thread_state::push_handled(m.clone());
                        frame.blocks.push(Block::Handling { depth: n as u32, saved: saved as u32 });
                        frame.stack.push(m);
                    }
                    None => frame.ip = t as usize,
                }
            }
            Instr::ExcStarCollect => {
                let e = pop!(frame);
                pop!(frame);
                as_list(top!(frame)).expect("list").append(e);
                for _ in 0..2 {
                    if let Some(Block::Handling { saved, .. }) = frame.blocks.pop() {
                        thread_state::truncate_handled(saved as usize);
                    }
                }
            }
            Instr::ExcStarEnd => {
                let raised = pop!(frame);
                let rest = pop!(frame);
                let orig = pop!(frame);
                if let Some(e) = crate::vm::exc_group::star_result(&orig, &rest, &raised)? {
                    frame.reraising = true;
                    return Err(PyErr(e));
                }
                if let Some(Block::Handling { saved, .. }) = frame.blocks.pop() {
                    thread_state::truncate_handled(saved as usize);
                }
            }
            Instr::SetupWith(t) => {
                let cm = pop!(frame);
                let ty = type_of(&cm);
                let (Some(enter), Some(exit)) = (lookup(ty, &rt().names.__enter__), lookup(ty, &rt().names.__exit__))
                else {
                    return Err(type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        type_name(&cm)
                    )));
                };
                let exit_bound = attr::bind(&exit, &cm, ty)?;
                frame.stack.push(exit_bound);
                let r = call::call_method_value(&enter, &cm, &[])?;
                frame.blocks.push(Block::Handler { handler: t, depth: frame.stack.len() as u32 });
                frame.stack.push(r);
            }
            Instr::WithExitNormal => {
                let exit = pop!(frame);
                call_exit(&exit, None)?;
            }
            Instr::WithExceptStart => {
                let exc = pop!(frame);
                let exit = pop!(frame);
                let r = call_exit(&exit, Some(&exc))?;
                if ops::truthy(&r)? {
                    if let Some(Block::Handling { saved, .. }) = frame.blocks.pop() {
                        thread_state::truncate_handled(saved as usize);
                    }
                } else {
                    frame.reraising = true;
                    return Err(PyErr(exc));
                }
            }
            Instr::MatchSequence => {
                let b = matching::is_sequence(top!(frame));
                frame.stack.push(py_bool(b));
            }
            Instr::MatchMapping => {
                let b = matching::is_mapping(top!(frame));
                frame.stack.push(py_bool(b));
            }
            Instr::GetLen => {
                let n = ops::len(top!(frame))?;
                frame.stack.push(crate::objects::int::new_int(n as i64));
            }
            Instr::MatchKeys => {
                let n = frame.stack.len();
                let r = matching::match_keys(&frame.stack[n - 2], &frame.stack[n - 1])?;
                frame.stack.push(r);
            }
            Instr::MatchClass(npos) => {
                let names = pop!(frame);
                let cls = pop!(frame);
                let r = matching::match_class(top!(frame), &cls, &names, npos as usize)?;
                frame.stack.push(r);
            }
            Instr::CopyDictWithoutKeys => {
                let keys = pop!(frame);
                let r = matching::dict_without_keys(top!(frame), &keys)?;
                frame.stack.push(r);
            }
        }
    }
}

/// Resume a suspended frame by raising `err` at its current instruction
/// (`generator.throw`).
pub fn resume_with_error(frame: &mut Frame, err: PyErr) -> PyResult<Exit> {
    if let Some(e) = as_exc(&err.0) {
        let co = &frame.code.code;
        e.push_tb(TbEntry { filename: co.filename.clone(), name: co.name.clone(), line: frame.line() });
    }
    if unwind(frame, &err) {
        run(frame)
    } else {
        Err(err)
    }
}
