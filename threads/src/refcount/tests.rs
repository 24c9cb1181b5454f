//! Single-threaded walks through the biased-count state machine.

use super::*;

#[test]
fn owner_only_lifecycle() {
    let rc = BiasedRc::new(1);
    rc.incref(1);
    assert_eq!(rc.total(), 2);
    assert_eq!(rc.decref(1), Decref::Alive);
    assert_eq!(rc.decref(1), Decref::Dead);
}

#[test]
fn shared_ref_outlives_owner() {
    let rc = BiasedRc::new(1);
    rc.incref(2); // a non-owner's reference
    assert_eq!(rc.decref(1), Decref::Alive); // owner gives up ownership
    assert_eq!(rc.owner(), 0);
    assert!(rc.is_merged());
    assert_eq!(rc.decref(2), Decref::Dead);
}

#[test]
fn owner_last_after_shared_dropped() {
    let rc = BiasedRc::new(1);
    rc.incref(2);
    assert_eq!(rc.decref(2), Decref::Alive);
    assert_eq!(rc.decref(1), Decref::Dead);
}

#[test]
fn queue_then_owner_merges() {
    let rc = BiasedRc::new(1);
    rc.incref(1); // reference handed to thread 2, counted locally
    assert_eq!(rc.decref(2), Decref::Queue);
    assert!(rc.is_queued());
    assert_eq!(rc.total(), 2); // includes the queue's reference
    assert_eq!(rc.decref(1), Decref::Alive);
    assert!(rc.merge()); // owner drains its queue: 1 + 0 - 1 = 0
}

#[test]
fn queue_then_merge_keeps_live_refs() {
    let rc = BiasedRc::new(1);
    rc.incref(1);
    rc.incref(1);
    assert_eq!(rc.decref(2), Decref::Queue);
    assert_eq!(rc.decref(3), Decref::Alive); // shared goes negative, no second queue
    assert!(!rc.merge()); // 3 + (-1) - 1 = 1
    assert_eq!(rc.owner(), 0);
    assert_eq!(rc.total(), 1);
    assert_eq!(rc.decref(1), Decref::Dead); // tid 1 is no longer the owner
}

#[test]
fn queued_then_owner_local_zero_then_queue_ref_released() {
    let rc = BiasedRc::new(1);
    rc.incref(1); // for thread 2
    assert_eq!(rc.decref(2), Decref::Queue);
    rc.incref(3); // thread 3's reference, later handed to the owner
    assert_eq!(rc.decref(1), Decref::Alive);
    assert_eq!(rc.decref(1), Decref::Alive); // local 0 while queued: give up ownership
    assert_eq!(rc.owner(), 0);
    assert!(rc.merge()); // only the queue's reference was left
}

#[test]
fn self_merge_when_owner_already_gone() {
    // A non-owner got Queue, then read owner() == 0: it merges itself.
    let rc = BiasedRc::new(1);
    rc.incref(1);
    assert_eq!(rc.decref(2), Decref::Queue);
    rc.incref(3);
    rc.incref(3);
    assert_eq!(rc.decref(1), Decref::Alive);
    assert_eq!(rc.decref(1), Decref::Alive);
    assert!(!rc.merge());
    assert!(!rc.is_queued());
    assert_eq!(rc.decref(3), Decref::Dead);
}

#[test]
fn uncounted_is_inert() {
    let rc = BiasedRc::new(1);
    rc.make_uncounted();
    for _ in 0..10 {
        assert_eq!(rc.decref(1), Decref::Alive);
        assert_eq!(rc.decref(2), Decref::Alive);
    }
    assert!(rc.is_uncounted());
    assert!(!rc.merge());
    static IMMORTAL: BiasedRc = BiasedRc::new_uncounted();
    IMMORTAL.incref(5);
    assert_eq!(IMMORTAL.decref(5), Decref::Alive);
}

#[test]
fn created_unowned() {
    let rc = BiasedRc::new(0);
    rc.incref(4);
    assert_eq!(rc.decref(4), Decref::Alive);
    assert_eq!(rc.decref(7), Decref::Dead);
}
