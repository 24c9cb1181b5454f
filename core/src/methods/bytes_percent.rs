//! `bytes % args`: the printf-style formatter of `numfmt` run over the format
//! decoded as Latin-1 (one char per byte), with bytes-flavoured conversions
//! (`%s` takes bytes-like objects, `%r`/`%a` give `ascii()`, `%c` an int or one
//! byte), then encoded back.

use crate::numfmt::{percent_format, ArgRef, ArgsShape, PercentArgs, PercentError, PercentRequest, PercentValue};
use crate::objects::bytes::new_bytes;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{float, int, kinds, PyErr, PyResult, Value};

struct BytesArgs<'a> {
    whole: &'a Value,
    items: Option<&'a [Value]>,
    current: Option<Value>,
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

impl PercentArgs for BytesArgs<'_> {
    type Error = PyErr;
    fn select_key(&mut self, key: &str) -> Result<(), PyErr> {
        let k = new_bytes(key.chars().map(|c| c as u8).collect());
        self.current = Some(crate::vm::ops::getitem(self.whole, &k)?);
        Ok(())
    }
    fn convert(&mut self, arg: ArgRef, req: PercentRequest) -> Result<PercentValue, PyErr> {
        let v = match arg {
            ArgRef::Item(i) => self.items.map(|t| t[i].clone()).unwrap_or_else(|| self.whole.clone()),
            ArgRef::Current => self.current.clone().unwrap_or_else(|| self.whole.clone()),
        };
        Ok(match req {
            PercentRequest::Star => int::as_bigint(&v).map_or(PercentValue::Other, PercentValue::Int),
            PercentRequest::Str => match super::bytes::bytes_like(&v) {
                Some(b) => PercentValue::Str(latin1(b)),
                None => {
                    return Err(type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        type_name(&v)
                    )))
                }
            },
            PercentRequest::Repr | PercentRequest::Ascii => PercentValue::Str(crate::vm::repr::ascii(&v)?),
            PercentRequest::Int(c) => match (int::as_bigint(&v), float::as_float(&v)) {
                (Some(b), _) => PercentValue::Int(b),
                (None, Some(f)) if matches!(c, 'd' | 'i' | 'u') && f.is_finite() => {
                    PercentValue::Int(crate::builtins::convert::f64_to_bigint(f.trunc()))
                }
                (None, Some(f)) if matches!(c, 'd' | 'i' | 'u') => {
                    return Err(if f.is_nan() {
                        value_error("cannot convert float NaN to integer")
                    } else {
                        overflow_error("cannot convert float infinity to integer")
                    })
                }
                _ => {
                    let what = if matches!(c, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                    return Err(type_error(format!("%{c} format: {what} is required, not {}", type_name(&v))));
                }
            },
            PercentRequest::Float(_) => match (float::as_float(&v), int::as_bigint(&v)) {
                (Some(f), _) => PercentValue::Float(f),
                (None, Some(b)) => PercentValue::Float(
                    crate::numfmt::int_to_float(&b)
                        .ok_or_else(|| overflow_error("int too large to convert to float"))?,
                ),
                _ => return Err(type_error(format!("must be real number, not {}", type_name(&v)))),
            },
            PercentRequest::Char => match (super::bytes::bytes_like(&v), int::as_i64(&v)) {
                (Some(b), _) if b.len() == 1 => PercentValue::Str(latin1(b)),
                (None, Some(n)) if (0..256).contains(&n) => PercentValue::Str(latin1(&[n as u8])),
                (None, Some(_)) => return Err(overflow_error("%c arg not in range(256)")),
                _ => return Err(type_error("%c requires an integer in range(256) or a single byte")),
            },
        })
    }
}

/// `bytes.__mod__`.
pub(crate) fn bytes_mod(a: Args<'_>) -> PyResult<Value> {
    let (fmt, rest) = super::bytes::this_bytes("__mod__", &a, 1, 1)?;
    let args = &rest[0];
    let items = as_tuple(args);
    let is_mapping = items.is_none() && args.kind() == Some(kinds::DICT);
    let shape = ArgsShape { tuple_len: items.map(|t| t.len()), is_mapping };
    let mut pa = BytesArgs { whole: args, items, current: None };
    match percent_format(&latin1(fmt), shape, &mut pa) {
        Ok(s) => Ok(new_bytes(s.chars().map(|c| c as u32 as u8).collect())),
        Err(PercentError::Type(m)) => Err(type_error(m)),
        Err(PercentError::Value(m)) => Err(value_error(m)),
        Err(PercentError::Overflow(m)) => Err(overflow_error(m)),
        Err(PercentError::Caller(e)) => Err(e),
    }
}
