//! Exceptions: the builtin hierarchy, the exception payload, and constructors for the
//! errors the runtime raises itself.

use super::kinds;
use super::locked::Guarded;
use super::str::new_str;
use super::tuple::new_tuple;
use super::{PyErr, Value};
use crate::runtime::rt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use weft_gc::{alloc_obj, downcast, Payload};

/// One traceback line: where a frame was when the exception passed through it.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub filename: Arc<str>,
    pub name: String,
    pub line: u32,
}

pub struct ExcObj {
    pub args: Guarded<Value>,
    pub traceback: Guarded<Vec<TbEntry>>,
    pub cause: Guarded<Option<Value>>,
    pub context: Guarded<Option<Value>>,
    pub suppress_context: AtomicBool,
    /// Attributes set by subclasses (`self.code = ...`) and special ones (`value`,
    /// `code`, `filename`...).
    pub dict: Value,
    /// A NameError's "Did you mean" name, chosen where it was raised.
    pub suggestion: std::sync::OnceLock<String>,
}

impl Payload for ExcObj {
    const KIND: u8 = kinds::EXCEPTION;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        #[allow(unsafe_code)]
        // SAFETY: called under stop-the-world; nobody mutates these fields.
        unsafe {
            visit(&*self.args.as_ptr());
            if let Some(c) = &*self.cause.as_ptr() {
                visit(c);
            }
            if let Some(c) = &*self.context.as_ptr() {
                visit(c);
            }
        }
        visit(&self.dict);
    }
    fn clear(&self) {
        let a = self.cause.lock(self).take();
        let b = self.context.lock(self).take();
        drop((a, b));
        if let Some(d) = super::dict::as_dict(&self.dict) {
            d.clear_all();
        }
    }
    const HAS_FINALIZER: bool = true;
    fn finalize(this: &Value) {
        crate::vm::finalize::run_del(this);
    }
    fn needs_finalize(this: &Value) -> bool {
        crate::vm::finalize::has_del(this)
    }
}

impl ExcObj {
    pub fn args(&self) -> Value {
        self.args.lock(self).clone()
    }
    pub fn set_args(&self, v: Value) {
        let old = std::mem::replace(&mut *self.args.lock(self), v);
        drop(old);
    }
    pub fn cause(&self) -> Option<Value> {
        self.cause.lock(self).clone()
    }
    pub fn set_cause(&self, v: Option<Value>) {
        let old = std::mem::replace(&mut *self.cause.lock(self), v);
        drop(old);
        self.suppress_context.store(true, Ordering::Relaxed);
    }
    pub fn context(&self) -> Option<Value> {
        self.context.lock(self).clone()
    }
    pub fn set_context(&self, v: Option<Value>) {
        let old = std::mem::replace(&mut *self.context.lock(self), v);
        drop(old);
    }
    pub fn suppress_context(&self) -> bool {
        self.suppress_context.load(Ordering::Relaxed)
    }
    pub fn push_tb(&self, e: TbEntry) {
        self.traceback.lock(self).push(e);
    }
    pub fn tb(&self) -> Vec<TbEntry> {
        self.traceback.lock(self).clone()
    }
    /// An attribute stored in the instance dict.
    pub fn dict_str(&self, name: &str) -> Option<Value> {
        super::dict::DictObj::get_str(&self.dict, &crate::runtime::intern(name))
    }
    pub fn clear_tb(&self) {
        self.traceback.lock(self).clear();
    }
}

#[inline]
pub fn as_exc(v: &Value) -> Option<&ExcObj> {
    downcast::<ExcObj>(v)
}

/// A new exception instance of type `ty` with `args`.
pub fn new_exception(ty: &Value, args: Vec<Value>) -> Value {
    alloc_obj(
        ty.as_ptr(),
        ExcObj {
            args: Guarded::new(new_tuple(args)),
            traceback: Guarded::new(Vec::new()),
            cause: Guarded::new(None),
            context: Guarded::new(None),
            suppress_context: AtomicBool::new(false),
            dict: super::dict::new_dict(),
            suggestion: std::sync::OnceLock::new(),
        },
    )
}

macro_rules! exc_types {
    ($root:ident; $exception:ident; $( $field:ident : $name:literal < $base:ident ),* $(,)?) => {
        /// The builtin exception classes.
        pub struct ExcTypes {
            pub $root: Value,
            $(pub $field: Value,)*
            pub base_exception_group: Value,
            pub exception_group: Value,
        }

        impl ExcTypes {
            pub(crate) fn create(object: &Value, _type_: &Value) -> ExcTypes {
                let $root = crate::runtime::new_builtin_type("BaseException", object, kinds::EXCEPTION, true);
                $(let $field = crate::runtime::new_builtin_type($name, &$base, kinds::EXCEPTION, true);)*
                let base_exception_group =
                    crate::runtime::new_builtin_type("BaseExceptionGroup", &$root, kinds::EXCEPTION, true);
                // ExceptionGroup derives from both BaseExceptionGroup and Exception.
                let exception_group = crate::runtime::new_builtin_type_mro(
                    "ExceptionGroup",
                    kinds::EXCEPTION,
                    vec![base_exception_group.clone(), $exception.clone()],
                    vec![base_exception_group.clone(), $exception.clone(), $root.clone(), object.clone()],
                );
                ExcTypes { $root, $($field,)* base_exception_group, exception_group }
            }

            /// (name, class) of every builtin exception, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, Value)> {
                let mut v = vec![("BaseException", self.$root.clone())];
                $(v.push(($name, self.$field.clone()));)*
                v.push(("BaseExceptionGroup", self.base_exception_group.clone()));
                v.push(("ExceptionGroup", self.exception_group.clone()));
                v
            }
        }
    };
}

exc_types!(
    base_exception;
    exception;
    exception: "Exception" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    system_exit: "SystemExit" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    deprecation_warning: "DeprecationWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    user_warning: "UserWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    bytes_warning: "BytesWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
);

/// An exception of type `ty` with a single message argument.
pub fn new_err(ty: &Value, msg: impl Into<String>) -> PyErr {
    PyErr(new_exception(ty, vec![new_str(msg.into())]))
}

macro_rules! err_ctors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(pub fn $fn_name(msg: impl Into<String>) -> PyErr { new_err(&rt().exc.$field, msg) })*
    };
}

err_ctors!(
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    runtime_error => runtime_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    recursion_error => recursion_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    not_implemented_error => not_implemented_error,
    unbound_local_error => unbound_local_error,
    assertion_error => assertion_error,
    os_error => os_error,
    system_error => system_error,
    lookup_error => lookup_error,
    memory_error => memory_error,
);

/// `KeyError(key)` (its str is the repr of the key).
/// An AttributeError for `obj.name` that remembers both (`e.name`, `e.obj`), so the
/// uncaught report can suggest a close attribute name.
pub fn attribute_error_on(obj: &Value, name: &Value, msg: String) -> PyErr {
    let e = attribute_error(msg);
    if let Some(x) = as_exc(&e.0) {
        if let Some(d) = super::dict::as_dict(&x.dict) {
            d.set_str(crate::runtime::intern("name"), name.clone());
            d.set_str(crate::runtime::intern("obj"), obj.clone());
        }
    }
    e
}

pub fn key_error(key: Value) -> PyErr {
    PyErr(new_exception(&rt().exc.key_error, vec![key]))
}

/// `StopIteration(value)` or bare `StopIteration`.
pub fn stop_iteration(value: Option<Value>) -> PyErr {
    PyErr(new_exception(&rt().exc.stop_iteration, value.into_iter().collect()))
}

/// Whether `e` is an instance of exception class `ty`.
pub fn exc_matches(e: &Value, ty: &Value) -> bool {
    super::typeobj::is_instance(e, ty)
}
