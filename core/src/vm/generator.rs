//! Generators: a suspended frame in a heap object, resumed by `next`/`send`/`throw`.

use crate::objects::exception::{exc_matches, new_exception, runtime_error, stop_iteration, type_error, value_error};
use crate::objects::locked::Guarded;
use crate::objects::{kinds, PyErr, PyResult, Value};
use crate::runtime::rt;
use crate::vm::eval::{resume_with_error, run, Exit};
use crate::vm::frame::Frame;
use std::sync::atomic::{AtomicBool, Ordering};
use weft_gc::{alloc_obj, downcast, Payload};

pub struct GenObj {
    frame: Guarded<Option<Box<Frame>>>,
    running: AtomicBool,
    started: AtomicBool,
    pub name: Value,
    pub qualname: Value,
    /// The code object (`gi_code`).
    pub code: Value,
}

impl Payload for GenObj {
    const KIND: u8 = kinds::GENERATOR;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        #[allow(unsafe_code)]
        // SAFETY: called under stop-the-world; a running generator's frame is out of
        // the slot (owned by the running thread's native stack, whose values are
        // counted as outside references).
        if let Some(f) = unsafe { &*self.frame.as_ptr() } {
            trace_frame(f, visit);
        }
    }
    fn clear(&self) {
        let f = self.frame.lock(self).take();
        drop(f);
    }
    const HAS_FINALIZER: bool = true;
    /// A suspended generator that is dropped is closed, so its `finally` blocks run.
    fn finalize(this: &Value) {
        let gen = as_gen(this).expect("generator");
        let suspended =
            gen.started.load(Ordering::Relaxed) && gen.frame.lock(gen).as_ref().is_some_and(|f| !f.blocks.is_empty());
        if suspended {
            if let Err(e) = close(this) {
                let what = crate::vm::repr::repr(this).unwrap_or_default();
                crate::vm::traceback::print_unraisable(&format!("Exception ignored in: {what}"), &e.0);
            }
        }
    }
}

/// Visit the values a frame holds.
pub fn trace_frame(f: &Frame, visit: &mut dyn FnMut(&Value)) {
    visit(&f.globals);
    if let Some(l) = &f.locals {
        visit(l);
    }
    for v in f.fast.iter().flatten() {
        visit(v);
    }
    for v in f.cells.iter().chain(f.stack.iter()) {
        visit(v);
    }
}

pub fn new_generator(frame: Box<Frame>, name: Value, qualname: Value, code: Value) -> Value {
    alloc_obj(
        rt().types.generator.as_ptr(),
        GenObj {
            frame: Guarded::new(Some(frame)),
            running: AtomicBool::new(false),
            started: AtomicBool::new(false),
            name,
            qualname,
            code,
        },
    )
}

impl GenObj {
    /// `gi_running`.
    pub fn is_running(&self) -> bool {
        self.running.load(Ordering::Relaxed)
    }

    /// Whether it has finished: no suspended frame and not running.
    pub fn is_finished(&self) -> bool {
        !self.is_running() && self.frame.lock(self).is_none()
    }

    /// `gi_yieldfrom`: the iterator a suspended `yield from` delegates to.
    pub fn yield_from(&self) -> Option<Value> {
        let g = self.frame.lock(self);
        let f = g.as_ref()?;
        let delegating = matches!(f.code.code.instrs.get(f.ip), Some(crate::bytecode::Instr::YieldFrom));
        if delegating {
            f.stack.last().cloned()
        } else {
            None
        }
    }
}

pub fn as_gen(v: &Value) -> Option<&GenObj> {
    downcast::<GenObj>(v)
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

/// Resume with a sent value or a thrown exception.
pub fn resume(g: &Value, sent: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let gen = as_gen(g).expect("generator");
    let taken = gen.frame.lock(gen).take();
    let Some(mut frame) = taken else {
        if gen.running.load(Ordering::Relaxed) {
            return Err(value_error("generator already executing"));
        }
        if let Some(e) = throw {
            return Err(e);
        }
        return Ok(SendResult::Returned(rt().none.clone()));
    };
    gen.running.store(true, Ordering::Relaxed);
    let first = !gen.started.swap(true, Ordering::Relaxed);
    let result = if let Some(e) = throw {
        resume_with_error(&mut frame, e)
    } else {
        if first {
            if !crate::objects::boolobj::is_none(&sent) {
                gen.running.store(false, Ordering::Relaxed);
                gen.started.store(false, Ordering::Relaxed);
                *gen.frame.lock(gen) = Some(frame);
                return Err(type_error("can't send non-None value to a just-started generator"));
            }
        } else {
            frame.stack.push(sent);
        }
        run(&mut frame)
    };
    gen.running.store(false, Ordering::Relaxed);
    match result {
        Ok(Exit::Yield(v)) => {
            *gen.frame.lock(gen) = Some(frame);
            Ok(SendResult::Yielded(v))
        }
        Ok(Exit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => {
            if exc_matches(&e.0, &rt().exc.stop_iteration) {
                let re = runtime_error("generator raised StopIteration");
                if let Some(x) = crate::objects::exception::as_exc(&re.0) {
                    x.set_cause(Some(e.0.clone()));
                    x.set_context(Some(e.0));
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// `next(gen)`: `None` when the generator returns.
pub fn next(g: &Value) -> PyResult<Option<Value>> {
    match resume(g, rt().none.clone(), None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(_) => Ok(None),
    }
}

/// Send into a sub-iterator for `yield from`: generators natively, other iterators
/// through `send` (or `__next__` when sending None).
pub fn send_to(sub: &Value, sent: Value) -> PyResult<SendResult> {
    if sub.kind() == Some(kinds::GENERATOR) {
        return resume(sub, sent, None);
    }
    let r = if crate::objects::boolobj::is_none(&sent) {
        match crate::vm::iterate::next(sub) {
            Ok(Some(v)) => return Ok(SendResult::Yielded(v)),
            Ok(None) => return Ok(SendResult::Returned(rt().none.clone())),
            Err(e) => Err(e),
        }
    } else {
        let m = crate::vm::attr::getattr(sub, &rt().names.send)?;
        crate::vm::call::call(&m, &[sent])
    };
    match r {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if exc_matches(&e.0, &rt().exc.stop_iteration) => Ok(SendResult::Returned(stop_value(&e.0))),
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration.
pub fn stop_value(e: &Value) -> Value {
    crate::objects::exception::as_exc(e)
        .and_then(|x| crate::objects::tuple::as_tuple(&x.args()).and_then(|a| a.first().cloned()))
        .unwrap_or_else(|| rt().none.clone())
}

/// `gen.send(v)`.
pub fn send(g: &Value, v: Value) -> PyResult<Value> {
    match resume(g, v, None)? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => {
            Err(stop_iteration(if crate::objects::boolobj::is_none(&v) { None } else { Some(v) }))
        }
    }
}

/// `gen.throw(exc)`.
pub fn throw(g: &Value, exc: Value) -> PyResult<Value> {
    let e = if exc.kind() == Some(kinds::TYPE) { crate::vm::call::call(&exc, &[])? } else { exc };
    match resume(g, rt().none.clone(), Some(PyErr(e)))? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => {
            Err(stop_iteration(if crate::objects::boolobj::is_none(&v) { None } else { Some(v) }))
        }
    }
}

/// `gen.close()`.
pub fn close(g: &Value) -> PyResult<()> {
    let gen = as_gen(g).expect("generator");
    if !gen.started.load(Ordering::Relaxed) {
        let f = gen.frame.lock(gen).take();
        drop(f);
        return Ok(());
    }
    let exit = new_exception(&rt().exc.generator_exit, vec![]);
    match resume(g, rt().none.clone(), Some(PyErr(exit))) {
        Ok(SendResult::Yielded(_)) => Err(runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Returned(_)) => Ok(()),
        Err(e) if exc_matches(&e.0, &rt().exc.generator_exit) || exc_matches(&e.0, &rt().exc.stop_iteration) => Ok(()),
        Err(e) => Err(e),
    }
}
