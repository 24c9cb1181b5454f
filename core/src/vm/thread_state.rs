//! Per-thread interpreter state: the call depth (recursion limit and native stack
//! guard) and the stack of exceptions being handled (`sys.exc_info()`).

use crate::objects::exception::{as_exc, recursion_error};
use crate::objects::{PyResult, Value};
use crate::vm::frame::Frame;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU32, Ordering};

static RECURSION_LIMIT: AtomicU32 = AtomicU32::new(1000);

pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

pub fn set_recursion_limit(n: u32) {
    RECURSION_LIMIT.store(n, Ordering::Relaxed);
}

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static HANDLED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Lowest usable stack address for this thread (0 = unknown).
    static STACK_LIMIT: Cell<usize> = const { Cell::new(0) };
    /// Frames running on this thread, innermost last (for `globals()`, `super()`,
    /// `sys._getframe`).
    static FRAMES: RefCell<Vec<*const Frame>> = const { RefCell::new(Vec::new()) };
}

/// Pops the frame from the thread's frame list when dropped.
pub struct FrameGuard;

impl Drop for FrameGuard {
    fn drop(&mut self) {
        FRAMES.with(|f| f.borrow_mut().pop());
    }
}

/// Record that `frame` is running on this thread until the guard drops.
pub fn push_frame(frame: &Frame) -> FrameGuard {
    FRAMES.with(|f| f.borrow_mut().push(frame as *const Frame));
    FrameGuard
}

/// Run `f` with the frame `depth` levels up from the innermost (0 = innermost).
pub fn with_frame<R>(depth: usize, f: impl FnOnce(Option<&Frame>) -> R) -> R {
    let ptr = FRAMES.with(|fr| {
        let fr = fr.borrow();
        fr.len().checked_sub(depth + 1).map(|i| fr[i])
    });
    #[allow(unsafe_code)]
    let frame = ptr.map(|p| {
        // Frames are pushed by `run` for exactly the time they execute; one below the
        // innermost is suspended in a call on this thread (alive, not being mutated).
        // SAFETY: by the above, `p` is live for the duration of `f`, which must not resume it.
        unsafe { &*p }
    });
    f(frame)
}

/// Native stack kept in reserve below the guard, for the code that raises the error
/// and unwinds.
const STACK_RESERVE: usize = 256 * 1024;

/// Record this thread's stack extent (call at thread start with the stack size the
/// thread was created with).
pub fn init_stack(size: usize) {
    let here = approx_sp();
    STACK_LIMIT.with(|l| l.set(here.saturating_sub(size) + STACK_RESERVE));
}

#[inline(always)]
fn approx_sp() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// Leaves the call level when dropped.
pub struct DepthGuard;

impl Drop for DepthGuard {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get() - 1));
    }
}

/// Enter one Python call level; RecursionError past the limit or when the native
/// stack runs low.
#[inline]
pub fn enter_call() -> PyResult<DepthGuard> {
    let d = DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n
    });
    let guard = DepthGuard;
    if d > recursion_limit() {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    let limit = STACK_LIMIT.with(|l| l.get());
    if limit != 0 && approx_sp() < limit {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    Ok(guard)
}

/// Push a handled exception; returns the previous stack length.
pub fn push_handled(e: Value) -> usize {
    HANDLED.with(|h| {
        let mut h = h.borrow_mut();
        let n = h.len();
        h.push(e);
        n
    })
}

pub fn truncate_handled(n: usize) {
    let dropped: Vec<Value> = HANDLED.with(|h| {
        let mut h = h.borrow_mut();
        if n < h.len() {
            h.split_off(n)
        } else {
            Vec::new()
        }
    });
    drop(dropped);
}

/// The innermost exception being handled, if any.
pub fn current_handled() -> Option<Value> {
    HANDLED.with(|h| h.borrow().last().cloned())
}

/// Set `__context__` of a newly raised exception to the exception being handled.
pub fn set_context(e: &Value) {
    let Some(cur) = current_handled() else { return };
    if cur.is(e) {
        return;
    }
    if let Some(x) = as_exc(e) {
        if x.context().is_none() {
            // Avoid cycles in the context chain.
            let mut c = Some(cur.clone());
            while let Some(v) = c {
                if v.is(e) {
                    return;
                }
                c = as_exc(&v).and_then(|x| x.context());
            }
            x.set_context(Some(cur));
        }
    }
}
