//! Sorting shared by `sorted()`, `list.sort()`, `min()` and `max()`: a stable sort with
//! an optional key function, comparing with `<` like CPython.

use crate::bytecode::CmpOp;
use crate::objects::{PyResult, Value};
use crate::vm::{call, compare};

/// `a < b`.
pub fn less(a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    compare::compare_bool(CmpOp::Lt, a, b)
}

/// Sort `items` in place (stable). With `reverse`, equal items keep their order, as
/// in CPython (reverse, stable sort, reverse).
pub fn sort_values(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Option<Vec<Value>> = match key {
        Some(k) => Some(items.iter().map(|v| call::call(k, std::slice::from_ref(v))).collect::<PyResult<Vec<_>>>()?),
        None => None,
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    {
        let k: &Vec<Value> = keys.as_ref().unwrap_or(items);
        merge_sort(&mut idx, k)?;
    }
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    items.extend(idx.into_iter().map(|i| slots[i].take().expect("each index once")));
    Ok(())
}

/// Stable merge sort of indices by `keys`, using only `<` (a misbehaving `__lt__`
/// gives some order, never a panic).
fn merge_sort(idx: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(&keys[idx[j]], &keys[idx[j - 1]])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut idx[..mid], keys)?;
    merge_sort(&mut idx[mid..], keys)?;
    let left = idx[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < n {
        if less(&keys[idx[j]], &keys[left[i]])? {
            idx[k] = idx[j];
            j += 1;
        } else {
            idx[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        idx[k] = left[i];
        i += 1;
        k += 1;
    }
    Ok(())
}
