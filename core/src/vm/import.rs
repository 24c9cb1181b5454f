//! The import system: builtin modules, then `.py` files and packages on `sys.path`.

use crate::objects::dict::{as_dict, DictObj};
use crate::objects::exception::{import_error, module_not_found_error};
use crate::objects::list::as_list;
use crate::objects::module::{as_module, new_module};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::as_tuple;
use crate::objects::{boolobj, PyResult, Value};
use crate::runtime::{intern, rt};
use parking_lot::ReentrantMutex;

/// Serialises the loading of new modules (lookups of loaded ones skip it).
static IMPORT_LOCK: ReentrantMutex<()> = parking_lot::const_reentrant_mutex(());

fn sys_modules() -> &'static crate::objects::dict::DictObj {
    as_dict(&rt().modules).expect("sys.modules")
}

/// `import name` / `from name import ...` with `level` dots.
pub fn import_name(name: &Value, fromlist: &Value, level: &Value, globals: &Value) -> PyResult<Value> {
    let name_s = as_str(name).unwrap_or("");
    let level = crate::objects::int::as_i64(level).unwrap_or(0);
    let full = if level > 0 { resolve_relative(name_s, level, globals)? } else { name_s.to_string() };
    let leaf = import_dotted(&full)?;
    let has_fromlist = !boolobj::is_none(fromlist) && as_tuple(fromlist).is_some_and(|t| !t.is_empty());
    if has_fromlist {
        return Ok(leaf);
    }
    if level > 0 && name_s.is_empty() {
        return Ok(leaf);
    }
    let top = full.split('.').next().unwrap_or(&full);
    get_module(top).ok_or_else(|| module_not_found_error(format!("No module named '{top}'")))
}

fn resolve_relative(name: &str, level: i64, globals: &Value) -> PyResult<String> {
    let pkg = DictObj::get_str(globals, &intern("__package__")).filter(|p| !boolobj::is_none(p));
    let base = match pkg.as_ref().and_then(|p| as_str(p).map(|s| s.to_string())) {
        Some(p) => p,
        None => {
            let modname = DictObj::get_str(globals, &rt().names.__name__)
                .and_then(|n| as_str(&n).map(|s| s.to_string()))
                .unwrap_or_default();
            let is_pkg = DictObj::get_str(globals, &rt().names.__path__).is_some();
            if is_pkg {
                modname
            } else {
                modname.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
            }
        }
    };
    if base.is_empty() {
        return Err(import_error("attempted relative import with no known parent package"));
    }
    let mut parts: Vec<&str> = base.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() {
            return Err(import_error("attempted relative import beyond top-level package"));
        }
    }
    let mut full = parts.join(".");
    if !name.is_empty() {
        full = if full.is_empty() { name.to_string() } else { format!("{full}.{name}") };
    }
    Ok(full)
}

fn get_module(name: &str) -> Option<Value> {
    DictObj::get_str(&rt().modules, &intern(name))
}

/// Import `a.b.c`, importing each parent first; returns the leaf module.
pub fn import_dotted(full: &str) -> PyResult<Value> {
    if let Some(m) = get_module(full) {
        return Ok(m);
    }
    let mut prefix = String::new();
    let mut parent: Option<Value> = None;
    let mut last = None;
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = match get_module(&prefix) {
            Some(m) => m,
            None => load_module(&prefix, parent.as_ref())?,
        };
        if let Some(p) = &parent {
            crate::objects::module::module_set(p, part, m.clone());
        }
        parent = Some(m.clone());
        last = Some(m);
    }
    last.ok_or_else(|| module_not_found_error("Empty module name"))
}

fn search_paths(parent: Option<&Value>) -> Vec<String> {
    if let Some(p) = parent {
        if let Some(path) = crate::vm::attr::getattr_opt(p, &rt().names.__path__).ok().flatten() {
            if let Ok(items) = crate::vm::ops::collect(&path) {
                return items.iter().filter_map(|v| as_str(v).map(|s| s.to_string())).collect();
            }
        }
        return vec![];
    }
    let sys = get_module("sys");
    let path = sys.and_then(|s| crate::vm::attr::getattr_opt(&s, &intern("path")).ok().flatten());
    match path.as_ref().and_then(as_list) {
        Some(l) => l.snapshot().iter().filter_map(|v| as_str(v).map(|s| s.to_string())).collect(),
        None => vec![".".to_string()],
    }
}

fn load_module(full: &str, parent: Option<&Value>) -> PyResult<Value> {
    let _g = weft_threads::registry::detached(|| IMPORT_LOCK.lock());
    if let Some(m) = get_module(full) {
        return Ok(m);
    }
    if let Some(r) = crate::modules::builtin_module(full) {
        let m = r?;
        sys_modules().set_str(intern(full), m.clone());
        return Ok(m);
    }
    let short = full.rsplit('.').next().unwrap_or(full);
    for dir in search_paths(parent) {
        let base = if dir.is_empty() { ".".to_string() } else { dir };
        let file = format!("{base}/{short}.py");
        let pkg_init = format!("{base}/{short}/__init__.py");
        if std::path::Path::new(&pkg_init).is_file() {
            return exec_source_module(full, &pkg_init, Some(format!("{base}/{short}")));
        }
        if std::path::Path::new(&file).is_file() {
            return exec_source_module(full, &file, None);
        }
    }
    let err = module_not_found_error(format!("No module named '{full}'"));
    if let Some(d) = crate::objects::exception::as_exc(&err.0).and_then(|x| as_dict(&x.dict)) {
        d.set_str(intern("name"), new_str(full));
    }
    Err(err)
}

fn exec_source_module(full: &str, file: &str, pkg_dir: Option<String>) -> PyResult<Value> {
    let source = std::fs::read_to_string(file).map_err(|e| import_error(format!("cannot read {file}: {e}")))?;
    let m = new_module(full);
    let mo = as_module(&m).expect("module");
    let d = as_dict(&mo.dict).expect("dict");
    d.set_str(intern("__file__"), new_str(file));
    d.set_str(intern("__builtins__"), rt().builtins.clone());
    match &pkg_dir {
        Some(dir) => {
            d.set_str(intern("__path__"), crate::objects::list::new_list(vec![new_str(dir.clone())]));
            d.set_str(intern("__package__"), new_str(full));
        }
        None => d.set_str(intern("__package__"), new_str(full.rsplit_once('.').map(|(a, _)| a).unwrap_or(""))),
    }
    sys_modules().set_str(intern(full), m.clone());
    if let Err(e) = exec_source(&source, file, &mo.dict) {
        let _ = sys_modules().remove(&intern(full));
        return Err(e);
    }
    Ok(get_module(full).unwrap_or(m))
}

/// Compile and run source text in a namespace.
pub fn exec_source(source: &str, filename: &str, globals: &Value) -> PyResult<Value> {
    crate::vm::traceback::register_source(filename, source);
    let code = crate::compile_to_value(source, filename, crate::compiler::Mode::Exec)?;
    crate::vm::eval::run_module_code(&code, globals)
}

/// `from module import name`.
pub fn import_from(m: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = crate::vm::attr::getattr_opt(m, name)? {
        return Ok(v);
    }
    let modname = as_module(m).map(|x| x.name.clone()).unwrap_or_default();
    let n = as_str(name).unwrap_or("?");
    if let Ok(sub) = import_dotted(&format!("{modname}.{n}")) {
        return Ok(sub);
    }
    let file = as_module(m)
        .and_then(|x| DictObj::get_str(&x.dict, &intern("__file__")))
        .and_then(|f| as_str(&f).map(|s| s.to_string()));
    let msg = match file {
        Some(f) => format!("cannot import name '{n}' from '{modname}' ({f})"),
        None => format!("cannot import name '{n}' from '{modname}' (unknown location)"),
    };
    Err(import_error(msg))
}

/// `from module import *`.
pub fn import_star(m: &Value, target: &Value) -> PyResult<()> {
    let mo = as_module(m).ok_or_else(|| import_error("import * from a non-module"))?;
    let src = as_dict(&mo.dict).expect("dict");
    let names: Vec<Value> = match DictObj::get_str(&mo.dict, &rt().names.__all__) {
        Some(all) => crate::vm::ops::collect(&all)?,
        None => src.keys().into_iter().filter(|k| as_str(k).is_some_and(|s| !s.starts_with('_'))).collect(),
    };
    for n in names {
        let v = crate::vm::attr::getattr(m, &crate::runtime::intern_value(&n))?;
        crate::vm::ops::setitem(target, &n, v)?;
    }
    Ok(())
}
