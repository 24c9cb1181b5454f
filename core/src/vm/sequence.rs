//! Indexing and slicing of the builtin sequences.

use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::list::{new_list, ListObj};
use crate::objects::slice::{as_slice, SliceObj};
use crate::objects::str::{as_strobj, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{bytes, int, range, PyResult, Value};
use crate::vm::ops::{index_i64, norm_index};

fn pick<T: Clone>(items: &[T], start: i64, step: i64, n: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

pub fn list_slice(l: &ListObj, s: &SliceObj) -> PyResult<Value> {
    let g = l.lock();
    let (start, _, step, n) = s.indices(g.len())?;
    let items = pick(&g, start, step, n);
    drop(g);
    Ok(new_list(items))
}

pub fn tuple_slice(t: &[Value], s: &SliceObj) -> PyResult<Value> {
    let (start, _, step, n) = s.indices(t.len())?;
    Ok(new_tuple(pick(t, start, step, n)))
}

fn index_or_type_error(container: &Value, key: &Value, what: &str) -> PyResult<i64> {
    match index_i64(key) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Err(index_error(format!("cannot fit 'int' into an index-sized integer"))),
        Err(_) => Err(type_error(format!(
            "{} indices must be integers{}, not {}",
            what,
            if what == "range object" { " or slices" } else { "" },
            type_name(key)
        )))
        .or_else(|e| {
            if type_name(container) == "str" {
                Err(type_error(format!("string indices must be integers, not '{}'", type_name(key))))
            } else {
                Err(e)
            }
        }),
    }
}

pub fn str_getitem(s: &Value, key: &Value) -> PyResult<Value> {
    let so = as_strobj(s).expect("str");
    if let Some(sl) = as_slice(key) {
        let (start, _, step, n) = sl.indices(so.len)?;
        if step == 1 {
            let (a, b) = (so.byte_offset(start as usize), so.byte_offset(start as usize + n));
            return Ok(new_str(so.s[a..b].to_string()));
        }
        let chars: Vec<char> = so.s.chars().collect();
        return Ok(new_str(pick(&chars, start, step, n).into_iter().collect::<String>()));
    }
    let i = index_or_type_error(s, key, "string")?;
    match norm_index(i, so.len) {
        Some(j) => {
            let c = so.char_at(j);
            let mut buf = [0u8; 4];
            Ok(new_str(&*c.encode_utf8(&mut buf)))
        }
        None => Err(index_error("string index out of range")),
    }
}

pub fn bytes_getitem(b: &Value, key: &Value) -> PyResult<Value> {
    let data = bytes::as_bytes(b).unwrap_or(&[]);
    if let Some(sl) = as_slice(key) {
        let (start, _, step, n) = sl.indices(data.len())?;
        return Ok(bytes::new_bytes(pick(data, start, step, n)));
    }
    let i = index_or_type_error(b, key, "byte")?;
    match norm_index(i, data.len()) {
        Some(j) => Ok(int::new_int(data[j] as i64)),
        None => Err(index_error("index out of range")),
    }
}

pub fn range_getitem(r: &Value, key: &Value) -> PyResult<Value> {
    let ro = range::as_range(r).expect("range");
    if ro.big.is_some() {
        return crate::methods::range::big_getitem(ro, key);
    }
    let len = ro.len();
    if let Some(sl) = as_slice(key) {
        let (start, stop, step, n) = sl.indices(len as usize)?;
        let first = ro.item(start);
        let st = ro.step * step;
        let _ = stop;
        return Ok(range::new_range(first, first + st * n as i64, st));
    }
    let i = index_or_type_error(r, key, "range object")?;
    match norm_index(i, len as usize) {
        Some(j) => Ok(int::new_int(ro.item(j as i64))),
        None => Err(index_error("range object index out of range")),
    }
}

/// `l[a:b:c] = values`.
pub fn list_set_slice(l: &ListObj, s: &SliceObj, value: &Value) -> PyResult<()> {
    let new_items = crate::vm::ops::collect(value).map_err(|_| type_error("can only assign an iterable"))?;
    let mut g = l.lock();
    let (start, stop, step, n) = s.indices(g.len())?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        let removed: Vec<Value> = g.splice(start as usize..stop, new_items);
        drop(g);
        drop(removed);
        return Ok(());
    }
    if new_items.len() != n {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            n
        )));
    }
    let mut old = Vec::with_capacity(n);
    let mut i = start;
    for v in new_items {
        old.push(g.replace(i as usize, v));
        i += step;
    }
    drop(g);
    drop(old);
    Ok(())
}

/// `del l[a:b:c]`.
pub fn list_del_slice(l: &ListObj, s: &SliceObj) -> PyResult<()> {
    let mut g = l.lock();
    let (start, _, step, n) = s.indices(g.len())?;
    // Linear time: a contiguous run is drained, any other step marks then filters.
    let removed: Vec<Value> = if n == 0 {
        Vec::new()
    } else if step == 1 || step == -1 {
        let lo = if step == 1 { start as usize } else { (start - n as i64 + 1) as usize };
        g.drain(lo..lo + n)
    } else {
        let mut doomed = vec![false; g.len()];
        for k in 0..n {
            doomed[(start + k as i64 * step) as usize] = true;
        }
        g.remove_marked(&doomed)
    };
    drop(g);
    drop(removed);
    Ok(())
}
