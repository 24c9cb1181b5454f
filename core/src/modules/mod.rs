//! Native modules and modules written in Python that ship inside the binary.

pub mod digest;
pub mod gc;
pub mod logging_native;
pub mod math;
pub mod posix;
pub mod random_native;
pub mod re;
pub mod struct_native;
pub mod sys;
pub mod thread;
pub mod time;
pub mod warnings_native;

use crate::objects::module::{as_module, new_module};
use crate::objects::{PyResult, Value};

/// Python source of modules implemented in Python (`modules/lib/*.py`), embedded in
/// the binary.
fn python_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "__future__" => include_str!("lib/__future__.py"),
        "_collections" => include_str!("lib/_collections.py"),
        "_collections_abc" => include_str!("lib/_collections_abc.py"),
        "_collections_user" => include_str!("lib/_collections_user.py"),
        "abc" => include_str!("lib/abc.py"),
        "argparse" => include_str!("lib/argparse.py"),
        "array" => include_str!("lib/array.py"),
        "atexit" => include_str!("lib/atexit.py"),
        "base64" => include_str!("lib/base64.py"),
        "binascii" => include_str!("lib/binascii.py"),
        "bisect" => include_str!("lib/bisect.py"),
        "cmath" => include_str!("lib/cmath.py"),
        "collections" => include_str!("lib/collections.py"),
        "concurrent" => include_str!("lib/concurrent/__init__.py"),
        "concurrent.futures" => include_str!("lib/concurrent/futures.py"),
        "contextlib" => include_str!("lib/contextlib.py"),
        "copy" => include_str!("lib/copy.py"),
        "csv" => include_str!("lib/csv.py"),
        "dataclasses" => include_str!("lib/dataclasses.py"),
        "datetime" => include_str!("lib/datetime.py"),
        "difflib" => include_str!("lib/difflib.py"),
        "enum" => include_str!("lib/enum.py"),
        "fnmatch" => include_str!("lib/fnmatch.py"),
        "fractions" => include_str!("lib/fractions.py"),
        "functools" => include_str!("lib/functools.py"),
        "glob" => include_str!("lib/glob.py"),
        "hashlib" => include_str!("lib/hashlib.py"),
        "heapq" => include_str!("lib/heapq.py"),
        "hmac" => include_str!("lib/hmac.py"),
        "io" => include_str!("lib/io.py"),
        "itertools" => include_str!("lib/itertools.py"),
        "json" => include_str!("lib/json.py"),
        "keyword" => include_str!("lib/keyword.py"),
        "logging" => include_str!("lib/logging/__init__.py"),
        "logging.handlers" => include_str!("lib/logging/handlers.py"),
        "numbers" => include_str!("lib/numbers.py"),
        "operator" => include_str!("lib/operator.py"),
        "os" => include_str!("lib/os.py"),
        "pathlib" => include_str!("lib/pathlib.py"),
        "pprint" => include_str!("lib/pprint.py"),
        "queue" => include_str!("lib/queue.py"),
        "random" => include_str!("lib/random.py"),
        "reprlib" => include_str!("lib/reprlib.py"),
        "secrets" => include_str!("lib/secrets.py"),
        "shlex" => include_str!("lib/shlex.py"),
        "shutil" => include_str!("lib/shutil.py"),
        "statistics" => include_str!("lib/statistics.py"),
        "string" => include_str!("lib/string.py"),
        "struct" => include_str!("lib/struct.py"),
        "tempfile" => include_str!("lib/tempfile.py"),
        "textwrap" => include_str!("lib/textwrap.py"),
        "threading" => include_str!("lib/threading.py"),
        "traceback" => include_str!("lib/traceback.py"),
        "types" => include_str!("lib/types.py"),
        "typing" => include_str!("lib/typing.py"),
        "unittest" => include_str!("lib/unittest.py"),
        "uuid" => include_str!("lib/uuid.py"),
        "warnings" => include_str!("lib/warnings.py"),
        "weakref" => include_str!("lib/weakref.py"),
        "zlib" => include_str!("lib/zlib.py"),
        _ => return None,
    })
}

/// Create a builtin module by name, if there is one.
pub fn builtin_module(name: &str) -> Option<PyResult<Value>> {
    let m = match name {
        "sys" => return Some(Ok(sys::module())),
        "builtins" => {
            let m = new_module("builtins");
            if let Some(mo) = as_module(&m) {
                if let Some(d) = crate::objects::dict::as_dict(&mo.dict) {
                    for (k, v) in
                        crate::objects::dict::as_dict(&crate::runtime::rt().builtins).expect("builtins").items()
                    {
                        let _ = d.set(k, v);
                    }
                }
            }
            m
        }
        "time" => time::module(),
        "math" => math::module(),
        "_thread" => thread::module(),
        "gc" => gc::module(),
        "posix" => posix::module(),
        "re" => return Some(re::module()),
        "_random" => random_native::module(),
        "_warnings" => warnings_native::module(),
        "_logging" => logging_native::module(),
        "_struct" => struct_native::module(),
        "_digest" => digest::module(),
        _ => {
            let src = python_source(name)?;
            let m = new_module(name);
            let mo = as_module(&m).expect("module");
            let d = crate::objects::dict::as_dict(&mo.dict).expect("dict");
            d.set_str(crate::runtime::intern("__file__"), crate::objects::str::new_str(format!("<frozen {name}>")));
            d.set_str(crate::runtime::intern("__builtins__"), crate::runtime::rt().builtins.clone());
            crate::objects::dict::as_dict(&crate::runtime::rt().modules)
                .expect("modules")
                .set_str(crate::runtime::intern(name), m.clone());
            if let Err(e) = crate::vm::import::exec_source(src, &format!("<frozen {name}>"), &mo.dict) {
                let _ = crate::objects::dict::as_dict(&crate::runtime::rt().modules)
                    .expect("modules")
                    .remove(&crate::runtime::intern(name));
                return Some(Err(e));
            }
            m
        }
    };
    Some(Ok(m))
}

/// Register a native function in a module.
pub fn add_fn(m: &Value, name: &'static str, f: crate::objects::function::NativeFn) {
    crate::objects::module::module_set(m, name, crate::objects::function::new_native(name, f));
}
