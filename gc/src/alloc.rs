//! Allocation of heap objects.
//!
//! Objects come from the global allocator (mimalloc, installed by the binary). A
//! tracked object is preceded by an 8-byte [`Prefix`] naming its slot in the
//! tracked-object registry, so that freeing it can leave the registry in O(1).
#![allow(unsafe_code)] // raw allocation; each use states its invariant

use crate::header::{gc_bits, Header};
use crate::layout::{layout_of, Layout, Obj, Payload};
use crate::tracked;
use crate::value::Value;
use std::alloc::{alloc, dealloc as free_mem, handle_alloc_error, Layout as MemLayout};
use weft_threads::registry;

/// Registry slot of a tracked object, stored just before its header.
#[repr(C)]
pub(crate) struct Prefix {
    pub(crate) slot: u64,
}

const PREFIX: usize = std::mem::size_of::<Prefix>();

fn mem_layout(layout: &Layout) -> MemLayout {
    let size = layout.size + if layout.tracked { PREFIX } else { 0 };
    MemLayout::from_size_align(size, layout.align.max(8))
        .unwrap_or_else(|_| handle_alloc_error(MemLayout::new::<u64>()))
}

/// Allocate a new object of payload `T` with Python type `ty`, owned by the current
/// thread with one reference.
pub fn alloc_obj<T: Payload>(ty: *const Header, payload: T) -> Value {
    let layout = layout_of(T::KIND);
    let mem = mem_layout(layout);
    // SAFETY: `mem` has non-zero size; the returned block is exclusively ours.
    let base = unsafe { alloc(mem) };
    if base.is_null() {
        handle_alloc_error(mem);
    }
    let obj = if T::TRACKED {
        // SAFETY: the block is PREFIX + size bytes, 8-aligned; Obj<T> needs align <= 8
        // (asserted by the layout table) and starts PREFIX bytes in.
        unsafe { base.add(PREFIX) as *mut Obj<T> }
    } else {
        base as *mut Obj<T>
    };
    let header = Header::new(T::KIND, ty, registry::current_tid());
    // SAFETY: `obj` points to uninitialised memory of the right size and alignment.
    unsafe { obj.write(Obj { header, payload }) };
    if T::TRACKED {
        let slot = tracked::insert(obj as usize);
        // SAFETY: the prefix lies in our block, before the object.
        unsafe { (base as *mut Prefix).write(Prefix { slot }) };
        // SAFETY: just initialised.
        unsafe { (*obj).header.set_gc_bits(gc_bits::TRACKED) };
    }
    // SAFETY: a fresh object with one reference, owned by this thread.
    unsafe { Value::from_raw(obj as usize) }
}

/// The registry slot of a tracked object.
pub(crate) fn slot_of(h: *const Header) -> u64 {
    // SAFETY: only called for tracked objects, which have a prefix right before them.
    unsafe { (*((h as *const u8).sub(PREFIX) as *const Prefix)).slot }
}

/// Release an object's memory (its payload is already dropped).
///
/// # Safety
/// `h` must be an object allocated by [`alloc_obj`] with this `layout`, whose payload
/// has been dropped and which nobody references any more.
pub(crate) unsafe fn free(h: *mut Header, layout: &Layout) {
    let mem = mem_layout(layout);
    let base = if layout.tracked {
        tracked::remove(slot_of(h));
        // SAFETY: tracked objects start PREFIX bytes into their block.
        unsafe { (h as *mut u8).sub(PREFIX) }
    } else {
        h as *mut u8
    };
    // SAFETY: `base` and `mem` are what `alloc_obj` allocated.
    unsafe { free_mem(base, mem) }
}

/// Make an object uncounted for good: it is never freed (None, True, interned strings,
/// builtin types, code constants).
pub fn make_immortal(v: &Value) {
    if let Some(h) = v.header() {
        h.set_gc_bits(gc_bits::IMMORTAL);
        h.rc.make_uncounted();
    }
}

/// Switch an object to deferred counting: references to it are no longer counted, and
/// only the collector can free it. Used for objects that many threads touch (functions,
/// classes, modules, module globals) so that they do not contend on one count.
pub fn make_deferred(v: &Value) {
    if let Some(h) = v.header() {
        if !h.is_uncounted() {
            h.set_gc_bits(gc_bits::DEFERRED);
            h.rc.make_uncounted();
        }
    }
}
