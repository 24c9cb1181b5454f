//! Safepoints: where a running thread answers the eval breaker (stop-the-world,
//! refcount merges, GIL hand-over, signals) and runs a collection that allocation
//! asked for.

use weft_threads::registry;

/// Poll at a safepoint: one relaxed load in the common case.
#[inline(always)]
pub fn poll() {
    if registry::eval_breaker_set() || weft_gc::collection_wanted() {
        slow();
    }
}

#[cold]
fn slow() {
    if registry::eval_breaker_set() {
        registry::handle_eval_breaker(&mut weft_gc::merge);
        if registry::take_reclaim() {
            weft_gc::retire::reclaim();
        }
    }
    if weft_gc::collection_wanted() && crate::modules::gc::enabled() {
        crate::modules::gc::collect_background();
    }
}
