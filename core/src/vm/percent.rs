//! `str % args`: connects the printf-style formatter in `numfmt` to Python values.

use crate::numfmt::{percent_format, ArgRef, ArgsShape, PercentArgs, PercentError, PercentRequest, PercentValue};
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{float, int, kinds, PyErr, PyResult, Value};
use crate::vm::repr;

struct Args<'a> {
    whole: &'a Value,
    items: Option<&'a [Value]>,
    current: Option<Value>,
}

impl Args<'_> {
    fn get(&self, a: ArgRef) -> Value {
        match a {
            ArgRef::Item(i) => self.items.map(|t| t[i].clone()).unwrap_or_else(|| self.whole.clone()),
            ArgRef::Current => self.current.clone().unwrap_or_else(|| self.whole.clone()),
        }
    }
}

impl PercentArgs for Args<'_> {
    type Error = PyErr;
    fn select_key(&mut self, key: &str) -> Result<(), PyErr> {
        self.current = Some(crate::vm::ops::getitem(self.whole, &new_str(key))?);
        Ok(())
    }
    fn convert(&mut self, arg: ArgRef, req: PercentRequest) -> Result<PercentValue, PyErr> {
        let v = self.get(arg);
        Ok(match req {
            PercentRequest::Star => match int::as_bigint(&v) {
                Some(b) => PercentValue::Int(b),
                None => PercentValue::Other,
            },
            PercentRequest::Str => PercentValue::Str(repr::str_of(&v)?),
            PercentRequest::Repr => PercentValue::Str(repr::repr(&v)?),
            PercentRequest::Ascii => PercentValue::Str(repr::ascii(&v)?),
            PercentRequest::Int(c) => {
                if let Some(b) = int::as_bigint(&v) {
                    PercentValue::Int(b)
                } else if let Some(f) = float::as_float(&v) {
                    if matches!(c, 'd' | 'i' | 'u') {
                        if !f.is_finite() {
                            return Err(if f.is_nan() {
                                value_error("cannot convert float NaN to integer")
                            } else {
                                overflow_error("cannot convert float infinity to integer")
                            });
                        }
                        PercentValue::Int(crate::builtins::convert::f64_to_bigint(f.trunc()))
                    } else {
                        return Err(type_error(format!("%{c} format: an integer is required, not float")));
                    }
                } else {
                    let what = if matches!(c, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                    return Err(type_error(format!("%{c} format: {what} is required, not {}", type_name(&v))));
                }
            }
            PercentRequest::Float(_) => match float::as_float(&v) {
                Some(f) => PercentValue::Float(f),
                None => match int::as_bigint(&v) {
                    Some(b) => PercentValue::Float(
                        crate::numfmt::int_to_float(&b)
                            .ok_or_else(|| overflow_error("int too large to convert to float"))?,
                    ),
                    None => return Err(type_error(format!("must be real number, not {}", type_name(&v)))),
                },
            },
            PercentRequest::Char => {
                if let Some(s) = as_str(&v) {
                    if s.chars().count() == 1 {
                        PercentValue::Str(s.to_string())
                    } else {
                        return Err(type_error("%c requires int or char"));
                    }
                } else if let Some(b) = int::as_bigint(&v) {
                    PercentValue::Int(b)
                } else {
                    return Err(type_error("%c requires int or char"));
                }
            }
        })
    }
}

/// `fmt % args`.
pub fn str_percent(fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = as_str(fmt).unwrap_or("");
    // Tuples and strs (and instances of their subclasses) are never mappings here.
    let items = as_tuple(args);
    let is_mapping = items.is_none()
        && as_str(args).is_none()
        && (args.kind() == Some(kinds::DICT)
            || crate::objects::typeobj::lookup(
                crate::objects::typeobj::type_of(args),
                &crate::runtime::rt().names.__getitem__,
            )
            .is_some()
                && args.kind() != Some(kinds::LIST));
    let shape = ArgsShape { tuple_len: items.map(|t| t.len()), is_mapping };
    let mut a = Args { whole: args, items, current: None };
    match percent_format(f, shape, &mut a) {
        Ok(s) => Ok(new_str(s)),
        Err(PercentError::Type(m)) => Err(type_error(m)),
        Err(PercentError::Value(m)) => Err(value_error(m)),
        Err(PercentError::Overflow(m)) => Err(overflow_error(m)),
        Err(PercentError::Caller(e)) => Err(e),
    }
}
