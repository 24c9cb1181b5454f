//! The `sys` module, and the process's standard streams.
//!
//! `sys.stdout` writes into a buffer flushed at exit, on `flush()`, when stderr is
//! written (so the two keep their relative order) and at each newline when stdout is a
//! terminal. A whole `print()` call is one locked write, so lines from concurrent
//! threads never interleave mid-line.

use super::add_fn;
use crate::objects::dict::{as_dict, DictObj};
use crate::objects::exception::{new_exception, type_error};
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::{as_module, module_set, new_module};
use crate::objects::str::{as_str, new_str};
use crate::objects::{PyErr, PyResult, Value};
use crate::runtime::{intern, rt};
use parking_lot::Mutex;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

struct Out {
    buf: Vec<u8>,
    tty: bool,
}

static STDOUT: Mutex<Option<Out>> = parking_lot::const_mutex(None);

fn with_out<R>(f: impl FnOnce(&mut Out) -> R) -> R {
    let mut g = STDOUT.lock();
    let o = g.get_or_insert_with(|| Out { buf: Vec::with_capacity(8192), tty: std::io::stdout().is_terminal() });
    f(o)
}

fn flush_out(o: &mut Out) {
    if !o.buf.is_empty() {
        let mut so = std::io::stdout().lock();
        let _ = so.write_all(&o.buf);
        let _ = so.flush();
        o.buf.clear();
    }
}

pub fn write_stdout(s: &str, flush: bool) {
    with_out(|o| {
        o.buf.extend_from_slice(s.as_bytes());
        if flush || o.buf.len() > 1 << 16 || (o.tty && s.contains('\n')) {
            flush_out(o);
        }
    });
}

pub fn flush_stdout() {
    with_out(flush_out);
}

pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// The stream type: a `TextIOWrapper` for fd 1 or 2.
fn stream_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::runtime::new_builtin_type(
            "TextIOWrapper",
            &rt().types.object,
            crate::objects::kinds::INSTANCE,
            false,
        );
        crate::methods::add_method(&t, "write", stream_write);
        crate::methods::add_method(&t, "flush", stream_flush);
        crate::methods::add_method(&t, "fileno", stream_fileno);
        crate::methods::add_method(&t, "isatty", stream_isatty);
        crate::methods::add_method(&t, "writable", stream_true);
        crate::methods::add_method(&t, "readable", stream_false);
        t
    })
}

fn fd_of(v: &Value) -> i64 {
    crate::vm::attr::instance_dict(v)
        .and_then(|d| DictObj::get_str(d, &intern("_fd")))
        .and_then(|f| crate::objects::int::as_i64(&f))
        .unwrap_or(1)
}

fn stream_write(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error("write() takes exactly one argument"));
    }
    let s = as_str(&p[1]).ok_or_else(|| {
        type_error(format!("write() argument must be str, not {}", crate::objects::typeobj::type_name(&p[1])))
    })?;
    if fd_of(&p[0]) == 2 {
        write_stderr(s);
    } else {
        write_stdout(s, false);
    }
    Ok(new_int(s.chars().count() as i64))
}

fn stream_flush(a: Args<'_>) -> PyResult<Value> {
    if fd_of(&a.pos()[0]) == 1 {
        flush_stdout();
    }
    Ok(rt().none.clone())
}

fn stream_fileno(a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(fd_of(&a.pos()[0])))
}

fn stream_isatty(a: Args<'_>) -> PyResult<Value> {
    let tty = if fd_of(&a.pos()[0]) == 2 { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() };
    Ok(crate::objects::boolobj::py_bool(tty))
}

fn stream_true(_a: Args<'_>) -> PyResult<Value> {
    Ok(crate::objects::boolobj::py_bool(true))
}

fn stream_false(_a: Args<'_>) -> PyResult<Value> {
    Ok(crate::objects::boolobj::py_bool(false))
}

fn new_stream(fd: i64) -> Value {
    let v = crate::objects::instance::new_instance(stream_type());
    if let Some(d) = crate::vm::attr::instance_dict(&v) {
        let dd = as_dict(d).expect("dict");
        dd.set_str(intern("_fd"), new_int(fd));
        dd.set_str(intern("encoding"), new_str("utf-8"));
        dd.set_str(intern("name"), new_str(if fd == 1 { "<stdout>" } else { "<stderr>" }));
    }
    v
}

fn is_native_stream(v: &Value) -> bool {
    crate::objects::typeobj::type_of(v).is(stream_type())
}

/// Write `s` to `file` (None: the current `sys.stdout`).
pub fn write_to(file: Option<&Value>, s: &str, flush: bool) -> PyResult<()> {
    write_parts(file, &[s], flush)
}

/// Write `parts` to `file` (None: the current `sys.stdout`). A Python file object gets
/// one `write` call per part, as `print` makes them in CPython; the native streams get
/// the parts joined.
pub fn write_parts(file: Option<&Value>, parts: &[&str], flush: bool) -> PyResult<()> {
    let target = match file {
        Some(f) => f.clone(),
        None => match sys_attr("stdout") {
            Some(f) => f,
            None => {
                write_stdout(&parts.concat(), flush);
                return Ok(());
            }
        },
    };
    if crate::objects::boolobj::is_none(&target) {
        return Ok(());
    }
    if is_native_stream(&target) {
        let s = parts.concat();
        if fd_of(&target) == 2 {
            write_stderr(&s);
        } else {
            write_stdout(&s, flush);
        }
        return Ok(());
    }
    let w = crate::vm::attr::getattr(&target, &rt().names.write)?;
    for part in parts {
        crate::vm::call::call(&w, &[new_str(*part)])?;
    }
    if flush {
        if let Some(f) = crate::vm::attr::getattr_opt(&target, &rt().names.flush)? {
            crate::vm::call::call(&f, &[])?;
        }
    }
    Ok(())
}

fn sys_module() -> &'static Value {
    static M: OnceLock<Value> = OnceLock::new();
    M.get_or_init(build)
}

/// An attribute of the sys module.
pub fn sys_attr(name: &str) -> Option<Value> {
    let m = as_module(sys_module())?;
    DictObj::get_str(&m.dict, &intern(name))
}

pub fn module() -> Value {
    sys_module().clone()
}

fn exit(a: Args<'_>) -> PyResult<Value> {
    let args = a.pos().to_vec();
    Err(PyErr(new_exception(&rt().exc.system_exit, args)))
}

fn getrecursionlimit(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(crate::vm::thread_state::recursion_limit() as i64))
}

fn setrecursionlimit(a: Args<'_>) -> PyResult<Value> {
    let n =
        a.pos().first().and_then(crate::objects::int::as_i64).ok_or_else(|| type_error("an integer is required"))?;
    if n < 1 {
        return Err(crate::objects::exception::value_error("recursion limit must be greater or equal than 1"));
    }
    crate::vm::thread_state::set_recursion_limit(n.min(u32::MAX as i64) as u32);
    Ok(rt().none.clone())
}

fn getswitchinterval(_a: Args<'_>) -> PyResult<Value> {
    Ok(crate::objects::float::new_float(weft_threads::gil::switch_interval()))
}

fn setswitchinterval(a: Args<'_>) -> PyResult<Value> {
    let v = a.pos().first().ok_or_else(|| type_error("setswitchinterval() takes exactly one argument"))?;
    let f = crate::builtins::convert::to_float(v)?;
    if f <= 0.0 {
        return Err(crate::objects::exception::value_error("switch interval must be strictly positive"));
    }
    weft_threads::gil::set_switch_interval(f);
    Ok(rt().none.clone())
}

fn is_gil_enabled(_a: Args<'_>) -> PyResult<Value> {
    Ok(crate::objects::boolobj::py_bool(weft_threads::gil::gil_enabled()))
}

fn getrefcount(a: Args<'_>) -> PyResult<Value> {
    let v = a.pos().first().ok_or_else(|| type_error("getrefcount() takes exactly one argument"))?;
    let n = match v.header() {
        None => 1 << 30,
        Some(h) if h.is_uncounted() => 1 << 30,
        Some(h) => h.rc.total() + 1,
    };
    Ok(new_int(n))
}

fn getsizeof(a: Args<'_>) -> PyResult<Value> {
    let v = a.pos().first().ok_or_else(|| type_error("getsizeof() takes at least 1 argument"))?;
    let n = match v.kind() {
        None => 28,
        Some(k) => weft_gc::layout::layout_of(k).size as i64 + 8,
    };
    Ok(new_int(n))
}

fn exc_info(_a: Args<'_>) -> PyResult<Value> {
    let none = rt().none.clone();
    Ok(match crate::vm::thread_state::current_handled() {
        Some(e) => {
            let tb =
                crate::objects::exception::as_exc(&e).map(|x| crate::vm::traceback::tb_object(&x.tb())).unwrap_or(none);
            crate::objects::tuple::new_tuple(vec![crate::objects::typeobj::type_of(&e).clone(), e, tb])
        }
        None => crate::objects::tuple::new_tuple(vec![none.clone(), none.clone(), none]),
    })
}

fn exception(_a: Args<'_>) -> PyResult<Value> {
    Ok(crate::vm::thread_state::current_handled().unwrap_or_else(|| rt().none.clone()))
}

fn intern_fn(a: Args<'_>) -> PyResult<Value> {
    let v = a.pos().first().ok_or_else(|| type_error("intern() takes exactly one argument"))?;
    match as_str(v) {
        Some(s) => Ok(intern(s)),
        None => Err(type_error("intern() argument must be str")),
    }
}

fn encoding(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

fn excepthook(a: Args<'_>) -> PyResult<Value> {
    if let Some(e) = a.pos().get(1) {
        crate::vm::traceback::print_exception(e);
    }
    Ok(rt().none.clone())
}

const PRELUDE: &str = r#"
class _StructSeq(tuple):
    _fields = ()
    def __repr__(self):
        return self._name + '(' + ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self)) + ')'
    def __getattr__(self, name):
        if name in self._fields:
            return self[self._fields.index(name)]
        raise AttributeError(name)

class version_info_type(_StructSeq):
    _name = 'sys.version_info'
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')

class float_info_type(_StructSeq):
    _name = 'sys.float_info'
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds')

class int_info_type(_StructSeq):
    _name = 'sys.int_info'
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')

class flags_type(_StructSeq):
    _name = 'sys.flags'
    _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits')

class _Implementation:
    name = 'weft'
    cache_tag = None
    def __init__(self, version):
        self.version = version
    def __repr__(self):
        return "namespace(name='weft', cache_tag=None, version=%r)" % (self.version,)

version_info = version_info_type((3, 11, 7, 'final', 0))
implementation = _Implementation(version_info)
float_info = float_info_type((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = int_info_type((30, 4, 4300, 640))
flags = flags_type((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 4300))
del _StructSeq, _Implementation
"#;

fn build() -> Value {
    let m = new_module("sys");
    add_fn(&m, "exit", exit);
    add_fn(&m, "getrecursionlimit", getrecursionlimit);
    add_fn(&m, "setrecursionlimit", setrecursionlimit);
    add_fn(&m, "getswitchinterval", getswitchinterval);
    add_fn(&m, "setswitchinterval", setswitchinterval);
    add_fn(&m, "_is_gil_enabled", is_gil_enabled);
    add_fn(&m, "getrefcount", getrefcount);
    add_fn(&m, "getsizeof", getsizeof);
    add_fn(&m, "exc_info", exc_info);
    add_fn(&m, "exception", exception);
    add_fn(&m, "intern", intern_fn);
    add_fn(&m, "excepthook", excepthook);
    add_fn(&m, "getdefaultencoding", encoding);
    add_fn(&m, "getfilesystemencoding", encoding);
    add_fn(&m, "__excepthook__", excepthook);
    module_set(&m, "stdout", new_stream(1));
    module_set(&m, "stderr", new_stream(2));
    module_set(&m, "__stdout__", sys_attr_placeholder(&m, "stdout"));
    module_set(&m, "__stderr__", sys_attr_placeholder(&m, "stderr"));
    module_set(&m, "modules", rt().modules.clone());
    module_set(&m, "argv", new_list(vec![new_str("")]));
    module_set(&m, "path", new_list(vec![]));
    module_set(&m, "version", new_str("3.11.7 (weft 0.1.0, free-threaded) [Rust]"));
    module_set(&m, "hexversion", new_int(0x030B07F0));
    module_set(&m, "api_version", new_int(1013));
    module_set(&m, "platform", new_str(std::env::consts::OS));
    module_set(&m, "byteorder", new_str("little"));
    module_set(&m, "maxsize", new_int(i64::MAX));
    module_set(&m, "maxunicode", new_int(0x10FFFF));
    module_set(&m, "executable", new_str(std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()));
    module_set(&m, "prefix", new_str("/usr/local"));
    module_set(&m, "exec_prefix", new_str("/usr/local"));
    module_set(&m, "dont_write_bytecode", crate::objects::boolobj::py_bool(true));
    module_set(&m, "warnoptions", new_list(vec![]));
    module_set(&m, "copyright", new_str("Copyright (c) Weft contributors."));
    let names: Vec<Value> = ["builtins", "sys", "time", "math", "_thread", "gc"].iter().map(|n| new_str(*n)).collect();
    module_set(&m, "builtin_module_names", crate::objects::tuple::new_tuple(names));
    if let Some(mo) = as_module(&m) {
        if let Some(d) = as_dict(&mo.dict) {
            d.set_str(intern("__builtins__"), rt().builtins.clone());
        }
        if let Err(e) = crate::vm::import::exec_source(PRELUDE, "<sys>", &mo.dict) {
            crate::vm::traceback::print_exception(&e.0);
        }
    }
    as_dict(&rt().modules).expect("modules").set_str(intern("sys"), m.clone());
    m
}

fn sys_attr_placeholder(m: &Value, name: &str) -> Value {
    as_module(m).and_then(|mo| DictObj::get_str(&mo.dict, &intern(name))).unwrap_or_else(|| rt().none.clone())
}

/// Set `sys.argv` and `sys.path[0]` for the main script.
pub fn set_argv(argv: &[String], path0: &str) {
    module_set(sys_module(), "argv", new_list(argv.iter().map(|s| new_str(s.clone())).collect()));
    module_set(sys_module(), "path", new_list(vec![new_str(path0)]));
}

static SHARED: AtomicBool = AtomicBool::new(false);

/// When the first thread starts, switch every object bound to a module global to
/// deferred counting: these are the objects all threads read (shared tables, the
/// functions and classes they call), and counting them would make every thread write
/// the same cache lines. Objects bound later are counted normally.
pub fn share_module_globals() {
    if SHARED.swap(true, Ordering::SeqCst) {
        return;
    }
    let modules = as_dict(&rt().modules).expect("modules").values();
    for m in modules {
        if let Some(mo) = as_module(&m) {
            if let Some(d) = as_dict(&mo.dict) {
                for v in d.values() {
                    weft_gc::make_deferred(&v);
                }
            }
        }
    }
}
