//! The object model: payload types of the builtin kinds and their behaviour.
//!
//! Every Python object is a `weft_gc::Obj<T>`: the shared header followed by one of
//! the payloads defined here. Mutable payloads keep their state in `UnsafeCell`s that
//! are only touched with the object's header mutex held (see [`locked`]).

pub mod kinds;
pub mod locked;

pub mod boolobj;
pub mod bytearray;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod complex;
pub mod dict;
pub mod dict_keys;
pub mod exception;
pub mod float;
pub mod function;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod list_items;
pub mod module;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod subvalue;
pub mod tuple;
pub mod typeobj;

pub use weft_gc::Value;

/// An exception being raised: a reference to a `BaseException` instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

pub use complex::new_complex as complex_new;

/// Register the layout of every payload kind with the collector.
pub fn register_layouts() {
    use weft_gc::register;
    register::<typeobj::TypeObj>();
    register::<boolobj::Singleton>();
    register::<boolobj::Simple>();
    register::<boolobj::BoolObj>();
    register::<int::IntObj>();
    register::<float::FloatObj>();
    register::<complex::ComplexObj>();
    register::<str::StrObj>();
    register::<bytes::BytesObj>();
    register::<bytearray::ByteArrayObj>();
    register::<tuple::TupleObj>();
    register::<list::ListObj>();
    register::<dict::DictObj>();
    register::<set::SetObj>();
    register::<range::RangeObj>();
    register::<slice::SliceObj>();
    register::<function::Function>();
    register::<function::NativeFunc>();
    register::<function::BoundMethod>();
    register::<function::Property>();
    register::<function::ClassMethod>();
    register::<function::StaticMethod>();
    register::<function::SuperObj>();
    register::<code::CodeObj>();
    register::<cell::CellObj>();
    register::<module::ModuleObj>();
    register::<instance::Instance>();
    register::<subvalue::SubValue>();
    register::<exception::ExcObj>();
    register::<iter::IterObj>();
    register::<crate::vm::generator::GenObj>();
    register::<crate::modules::thread::LockObj>();
    register::<crate::modules::re::PatternObj>();
    register::<crate::modules::re::MatchObj>();
}

/// Fill the builtin types' namespaces with their methods.
pub fn install_methods() {
    crate::methods::install_all();
}
