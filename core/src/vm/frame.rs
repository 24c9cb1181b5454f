//! Frames: the state of one running function, module or class body.

use crate::objects::cell::{as_cell, new_cell};
use crate::objects::code::{as_code, CodeObj};
use crate::objects::tuple::as_tuple;
use crate::objects::Value;

/// A block on the frame's block stack.
#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// `SetupExcept`/`SetupFinally`/`SetupWith`: on an exception, unwind the value
    /// stack to `depth`, push the exception and jump to `handler`.
    Handler { handler: u32, depth: u32 },
    /// An exception is being handled: it sits at stack slot `depth`, and the thread's
    /// handled-exception stack had `saved` entries before it was pushed.
    Handling { depth: u32, saved: u32 },
}

/// Frames kept for reuse per thread.
const POOL_MAX: usize = 64;

thread_local! {
    static POOL: std::cell::RefCell<Vec<Box<Frame>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Free this thread's pooled frames (call before the thread unregisters).
pub fn drain_pool() {
    let frames = POOL.with(|p| std::mem::take(&mut *p.borrow_mut()));
    drop(frames);
}

pub struct Frame {
    pub code: &'static CodeObj,
    pub globals: Value,
    /// Locals mapping for module and class bodies (`LoadName`/`StoreName`).
    pub locals: Option<Value>,
    pub fast: Vec<Option<Value>>,
    /// Cell objects: cell variables, then free variables from the closure.
    pub cells: Vec<Value>,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    /// Next instruction.
    pub ip: usize,
    /// Set by re-raising instructions: the exception already carries this frame's
    /// traceback entry.
    pub reraising: bool,
}

impl Frame {
    pub fn new(code: &Value, globals: Value, locals: Option<Value>, closure: Option<&Value>) -> Box<Frame> {
        Frame::with_code(code_static(code), globals, locals, closure)
    }

    /// As [`Frame::new`], for a code object already resolved.
    #[inline]
    pub fn with_code(
        co: &'static CodeObj,
        globals: Value,
        locals: Option<Value>,
        closure: Option<&Value>,
    ) -> Box<Frame> {
        let c = &co.code;
        let mut f = POOL.with(|p| p.borrow_mut().pop()).unwrap_or_else(|| {
            Box::new(Frame {
                code: co,
                globals: globals.clone(),
                locals: None,
                fast: Vec::new(),
                cells: Vec::new(),
                stack: Vec::new(),
                blocks: Vec::new(),
                ip: 0,
                reraising: false,
            })
        });
        f.code = co;
        f.globals = globals;
        f.locals = locals;
        f.fast.resize(c.varnames.len(), None);
        for _ in 0..c.cellvars.len() {
            f.cells.push(new_cell(None));
        }
        if let Some(cl) = closure.and_then(as_tuple) {
            f.cells.extend(cl.iter().cloned());
        }
        f.stack.reserve(c.max_stack as usize + 4);
        f
    }

    /// Return a finished frame's buffers to this thread's pool, so the next call does
    /// not allocate. Its values are dropped now.
    pub fn recycle(mut f: Box<Frame>) {
        f.fast.clear();
        f.cells.clear();
        f.stack.clear();
        f.blocks.clear();
        f.locals = None;
        f.ip = 0;
        f.reraising = false;
        // Keep no reference to the globals: pooled frames hold only immortal values.
        f.globals = crate::runtime::rt().none.clone();
        POOL.with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < POOL_MAX {
                p.push(f);
            }
        });
    }

    /// Move arguments that are captured by inner functions into their cells.
    pub fn init_cell_args(&mut self) {
        for &(cell, var) in &self.code.code.cell_args {
            let v = self.fast[var as usize].take();
            if let Some(c) = as_cell(&self.cells[cell as usize]) {
                c.set(v);
            }
        }
    }

    /// Source line of the instruction that is executing (or last executed).
    pub fn line(&self) -> u32 {
        let i = self.ip.saturating_sub(1);
        self.code.code.lines.get(i).copied().unwrap_or(self.code.code.first_line)
    }
}

/// A code object with a `'static` lifetime.
pub fn code_static(code: &Value) -> &'static CodeObj {
    let co: &CodeObj = as_code(code).expect("code object");
    // SAFETY-free by construction: code objects are made immortal when created
    // (`objects::code::new_code`), so the payload lives for the rest of the process.
    let ptr: *const CodeObj = co;
    #[allow(unsafe_code)]
    // SAFETY: immortal objects are never freed, so the payload outlives any frame.
    unsafe {
        &*ptr
    }
}
