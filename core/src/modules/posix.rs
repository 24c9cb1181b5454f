//! The `posix` module: the few operating-system calls that `os`, `io` (files for
//! `open()`) and `traceback` need, on top of Rust's `std`. Everything else in those
//! modules is written in Python (`modules/lib/`).
//!
//! Open files live in a handle table (`_fopen` returns an int) holding unbuffered
//! `std::fs::File`s, so written data reaches the OS at each `write()` and nothing is
//! lost when a script exits without closing a file.

use super::add_fn;
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::dict::new_dict;
use crate::objects::exception::{new_exception, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{as_i64, new_int};
use crate::objects::list::new_list;
use crate::objects::module::{module_set, new_module};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::{PyErr, PyResult, Value};
use crate::runtime::rt;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::io::{ErrorKind, Read, Seek, SeekFrom, Write};
use std::sync::Arc;

/// The Python exception for an I/O error on `path`: the OSError subclass CPython
/// picks for the errno, with `errno`, `strerror` and `filename` set.
pub fn os_error(e: &std::io::Error, path: Option<&str>) -> PyErr {
    let x = &rt().exc;
    let ty = match e.kind() {
        ErrorKind::NotFound => &x.file_not_found_error,
        ErrorKind::AlreadyExists => &x.file_exists_error,
        ErrorKind::PermissionDenied => &x.permission_error,
        _ => match e.raw_os_error() {
            Some(21) => &x.is_a_directory_error,
            Some(20) => &x.not_a_directory_error,
            _ => &x.os_error,
        },
    };
    let msg = e.to_string();
    let msg = match msg.find(" (os error") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    let mut args = vec![new_int(e.raw_os_error().unwrap_or(0) as i64), new_str(msg)];
    if let Some(p) = path {
        args.push(new_str(p));
    }
    PyErr(new_exception(ty, args))
}

fn path_arg(fname: &str, v: Option<&Value>) -> PyResult<String> {
    let v = v.ok_or_else(|| type_error(format!("{fname}() missing required argument 'path' (pos 1)")))?;
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        crate::objects::typeobj::type_name(v)
    )))
}

fn none() -> PyResult<Value> {
    Ok(rt().none.clone())
}

fn getcwd(_a: Args<'_>) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| os_error(&e, None))?;
    Ok(new_str(d.display().to_string()))
}

fn chdir(a: Args<'_>) -> PyResult<Value> {
    let p = path_arg("chdir", a.pos().first())?;
    std::env::set_current_dir(&p).map_err(|e| os_error(&e, Some(&p)))?;
    none()
}

fn getpid(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(std::process::id() as i64))
}

fn cpu_count(_a: Args<'_>) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => new_int(n.get() as i64),
        Err(_) => rt().none.clone(),
    })
}

fn environ(_a: Args<'_>) -> PyResult<Value> {
    let d = new_dict();
    let dd = crate::objects::dict::as_dict(&d).expect("dict");
    for (k, v) in std::env::vars_os() {
        let _ = dd.set(new_str(k.to_string_lossy().into_owned()), new_str(v.to_string_lossy().into_owned()));
    }
    Ok(d)
}

fn putenv(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let (Some(k), Some(v)) = (p.first().and_then(as_str), p.get(1).and_then(as_str)) else {
        return Err(type_error("putenv() arguments must be str"));
    };
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    none()
}

fn unsetenv(a: Args<'_>) -> PyResult<Value> {
    let k = a.pos().first().and_then(as_str).ok_or_else(|| type_error("unsetenv() argument must be str"))?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    none()
}

fn listdir(a: Args<'_>) -> PyResult<Value> {
    let p = match a.pos().first() {
        Some(v) => path_arg("listdir", Some(v))?,
        None => ".".to_string(),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(&e, Some(&p)))?;
    let mut names = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, Some(&p)))?;
        names.push(new_str(ent.file_name().to_string_lossy().into_owned()));
    }
    Ok(new_list(names))
}

/// `_stat(path, follow_symlinks)`: `(kind, size, mtime, mode)` where kind is 'f', 'd',
/// 'l' or 'o'; raises the matching OSError when the path does not exist.
fn stat(a: Args<'_>) -> PyResult<Value> {
    let p = path_arg("stat", a.pos().first())?;
    let follow = a.pos().get(1).map(crate::vm::ops::truthy).transpose()?.unwrap_or(true);
    let md = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    let md = md.map_err(|e| os_error(&e, Some(&p)))?;
    let ft = md.file_type();
    let kind = if ft.is_symlink() {
        "l"
    } else if ft.is_dir() {
        "d"
    } else if ft.is_file() {
        "f"
    } else {
        "o"
    };
    let mtime = md
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    #[cfg(unix)]
    let mode = {
        use std::os::unix::fs::PermissionsExt;
        md.permissions().mode() as i64
    };
    #[cfg(not(unix))]
    let mode = 0i64;
    Ok(new_tuple(vec![new_str(kind), new_int(md.len() as i64), crate::objects::float::new_float(mtime), new_int(mode)]))
}

fn remove(a: Args<'_>) -> PyResult<Value> {
    let p = path_arg("remove", a.pos().first())?;
    std::fs::remove_file(&p).map_err(|e| os_error(&e, Some(&p)))?;
    none()
}

fn rmdir(a: Args<'_>) -> PyResult<Value> {
    let p = path_arg("rmdir", a.pos().first())?;
    std::fs::remove_dir(&p).map_err(|e| os_error(&e, Some(&p)))?;
    none()
}

fn mkdir(a: Args<'_>) -> PyResult<Value> {
    let p = path_arg("mkdir", a.pos().first())?;
    std::fs::create_dir(&p).map_err(|e| os_error(&e, Some(&p)))?;
    none()
}

fn rename(a: Args<'_>) -> PyResult<Value> {
    let src = path_arg("rename", a.pos().first())?;
    let dst = path_arg("rename", a.pos().get(1))?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(&e, Some(&src)))?;
    none()
}

fn urandom(a: Args<'_>) -> PyResult<Value> {
    let n = a.pos().first().and_then(as_i64).ok_or_else(|| type_error("urandom() argument must be int"))?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map_err(|e| os_error(&e, None))?;
    Ok(new_bytes(buf))
}

fn format_exception(a: Args<'_>) -> PyResult<Value> {
    let e = a.pos().first().ok_or_else(|| type_error("_format_exception() takes one argument"))?;
    Ok(new_str(crate::vm::traceback::format_exception(e)))
}

fn format_exception_only(a: Args<'_>) -> PyResult<Value> {
    let e = a.pos().first().ok_or_else(|| type_error("_format_exception_only() takes one argument"))?;
    Ok(new_str(crate::vm::traceback::exception_only(e)))
}

type FileRef = Arc<Mutex<std::fs::File>>;

static FILES: Mutex<Option<(i64, HashMap<i64, FileRef>)>> = parking_lot::const_mutex(None);

fn file(h: Option<&Value>) -> PyResult<FileRef> {
    let h = h.and_then(as_i64).ok_or_else(|| type_error("file handle must be int"))?;
    FILES
        .lock()
        .as_ref()
        .and_then(|(_, m)| m.get(&h).cloned())
        .ok_or_else(|| value_error("I/O operation on closed file."))
}

/// `_fopen(path, mode)` with mode one of 'r', 'w', 'a', 'x', optionally with '+'.
fn fopen(a: Args<'_>) -> PyResult<Value> {
    let p = path_arg("open", a.pos().first())?;
    let mode = a.pos().get(1).and_then(as_str).unwrap_or("r");
    let plus = mode.contains('+');
    let mut o = std::fs::OpenOptions::new();
    match mode.chars().next() {
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => o.read(true).write(plus),
    };
    let f = o.open(&p).map_err(|e| os_error(&e, Some(&p)))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_error(&std::io::Error::from_raw_os_error(21), Some(&p)));
    }
    let mut g = FILES.lock();
    let (next, map) = g.get_or_insert_with(|| (3, HashMap::new()));
    let h = *next;
    *next += 1;
    map.insert(h, Arc::new(Mutex::new(f)));
    Ok(new_int(h))
}

/// `_fread(h, n)`: up to n bytes (all the rest when n < 0).
fn fread(a: Args<'_>) -> PyResult<Value> {
    let f = file(a.pos().first())?;
    let n = a.pos().get(1).and_then(as_i64).unwrap_or(-1);
    let mut buf = Vec::new();
    let mut f = f.lock();
    let r = if n < 0 {
        f.read_to_end(&mut buf).map(|_| ())
    } else {
        (&mut *f).take(n as u64).read_to_end(&mut buf).map(|_| ())
    };
    r.map_err(|e| os_error(&e, None))?;
    Ok(new_bytes(buf))
}

fn fwrite(a: Args<'_>) -> PyResult<Value> {
    let f = file(a.pos().first())?;
    let data = a.pos().get(1).and_then(as_bytes).ok_or_else(|| type_error("_fwrite() needs bytes"))?;
    f.lock().write_all(data).map_err(|e| os_error(&e, None))?;
    Ok(new_int(data.len() as i64))
}

/// `_fseek(h, offset, whence)` returns the new absolute position.
fn fseek(a: Args<'_>) -> PyResult<Value> {
    let f = file(a.pos().first())?;
    let off = a.pos().get(1).and_then(as_i64).unwrap_or(0);
    let pos = match a.pos().get(2).and_then(as_i64).unwrap_or(0) {
        0 => SeekFrom::Start(off.max(0) as u64),
        1 => SeekFrom::Current(off),
        _ => SeekFrom::End(off),
    };
    let r = f.lock().seek(pos).map_err(|e| os_error(&e, None))?;
    Ok(new_int(r as i64))
}

fn ftruncate(a: Args<'_>) -> PyResult<Value> {
    let f = file(a.pos().first())?;
    let n = a.pos().get(1).and_then(as_i64).unwrap_or(0);
    f.lock().set_len(n.max(0) as u64).map_err(|e| os_error(&e, None))?;
    Ok(new_int(n))
}

fn fclose(a: Args<'_>) -> PyResult<Value> {
    if let Some(h) = a.pos().first().and_then(as_i64) {
        if let Some((_, m)) = FILES.lock().as_mut() {
            m.remove(&h);
        }
    }
    none()
}

pub fn module() -> Value {
    let m = new_module("posix");
    add_fn(&m, "getcwd", getcwd);
    add_fn(&m, "chdir", chdir);
    add_fn(&m, "getpid", getpid);
    add_fn(&m, "cpu_count", cpu_count);
    add_fn(&m, "_environ", environ);
    add_fn(&m, "putenv", putenv);
    add_fn(&m, "unsetenv", unsetenv);
    add_fn(&m, "listdir", listdir);
    add_fn(&m, "_stat", stat);
    add_fn(&m, "remove", remove);
    add_fn(&m, "unlink", remove);
    add_fn(&m, "rmdir", rmdir);
    add_fn(&m, "mkdir", mkdir);
    add_fn(&m, "rename", rename);
    add_fn(&m, "replace", rename);
    add_fn(&m, "urandom", urandom);
    add_fn(&m, "_format_exception", format_exception);
    add_fn(&m, "_format_exception_only", format_exception_only);
    add_fn(&m, "_fopen", fopen);
    add_fn(&m, "_fread", fread);
    add_fn(&m, "_fwrite", fwrite);
    add_fn(&m, "_fseek", fseek);
    add_fn(&m, "_ftruncate", ftruncate);
    add_fn(&m, "_fclose", fclose);
    module_set(&m, "sep", new_str("/"));
    m
}
