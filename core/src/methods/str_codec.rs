//! Text codecs (`str.encode`, shared with `bytes.decode`) for UTF-8, ASCII and
//! Latin-1 with the common error handlers, plus `str.maketrans`/`str.translate`.
//! Error messages follow CPython's codecs exactly.

use super::str::{bind, need_str, this_str};
use super::{add_method, add_static};
use crate::objects::boolobj::is_none;
use crate::objects::bytes::new_bytes;
use crate::objects::dict::{as_dict, new_dict};
use crate::objects::exception::{exc_matches, lookup_error, new_err, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{as_i64, new_int};
use crate::objects::str::{as_str, as_strobj, new_str};
use crate::objects::typeobj::type_name;
use crate::objects::{PyErr, PyResult, Value};
use crate::runtime::rt;

pub fn install() {
    let t = &rt().types.str;
    add_method(t, "encode", str_encode);
    add_method(t, "translate", str_translate);
    add_static(t, "maketrans", str_maketrans);
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// The codec named `name` (CPython's normalisation and common aliases).
pub(crate) fn codec(name: &str) -> PyResult<Codec> {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => {
            Ok(Codec::Latin1)
        }
        _ => Err(lookup_error(format!("unknown encoding: {name}"))),
    }
}

/// The `encoding`/`errors` arguments of encode/decode.
pub(crate) fn codec_args(fname: &str, a: &Args<'_>) -> PyResult<(Value, Codec, String)> {
    let (this, p) = bind(a, fname, &["encoding", "errors"], 0)?;
    let arg = |i: usize, dflt: &str| -> PyResult<String> {
        match p[i] {
            None => Ok(dflt.to_string()),
            Some(v) => as_str(v).map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "{fname}() argument '{}' must be str, not {}",
                    ["encoding", "errors"][i],
                    type_name(v)
                ))
            }),
        }
    };
    let enc = arg(0, "utf-8")?;
    let errors = arg(1, "strict")?;
    Ok((this.clone(), codec(&enc)?, errors))
}

fn char_escape(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    lookup_error(format!("unknown error handler name '{errors}'"))
}

/// Encode `s`; UTF-8 never fails (Rust strings hold no lone surrogates).
pub(crate) fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    for (pos, &c) in chars.iter().enumerate() {
        let u = c as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match errors {
            "strict" => {
                let end = pos + chars[pos..].iter().take_while(|&&c| c as u32 >= limit).count();
                let msg = if end - pos == 1 {
                    format!("'{}' codec can't encode character '{}' in position {pos}", codec.name(), char_escape(c))
                } else {
                    format!("'{}' codec can't encode characters in position {pos}-{}", codec.name(), end - 1)
                };
                return Err(new_err(&rt().exc.unicode_encode_error, format!("{msg}: ordinal not in range({limit})")));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(char_escape(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{u};").as_bytes()),
            _ => return Err(unknown_handler(errors)),
        }
    }
    Ok(out)
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", data[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    new_err(&rt().exc.unicode_decode_error, format!("'{}' codec can't decode {what}: {reason}", codec.name()))
}

/// Apply a decode error handler to the bad bytes `data[start..end]`.
fn on_decode_error(
    out: &mut String,
    data: &[u8],
    start: usize,
    end: usize,
    errors: &str,
    err: impl FnOnce() -> PyErr,
) -> PyResult<()> {
    match errors {
        "strict" => return Err(err()),
        "ignore" => {}
        "replace" => out.push('\u{fffd}'),
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        _ => return Err(unknown_handler(errors)),
    }
    Ok(())
}

/// Decode `data` (used by `bytes.decode` and `str(b, encoding)`).
pub(crate) fn decode(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(data.iter().map(|&b| b as char).collect());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    on_decode_error(&mut out, data, i, i + 1, errors, || {
                        decode_error(codec, data, i, i + 1, "ordinal not in range(128)")
                    })?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut off = 0;
            loop {
                match std::str::from_utf8(&data[off..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&data[off..off + good]).unwrap_or(""));
                        let start = off + good;
                        let (bad, reason) = match e.error_len() {
                            None => (data.len() - start, "unexpected end of data"),
                            Some(n) => {
                                let b = data[start];
                                let invalid_start = (0x80..=0xc1).contains(&b) || b >= 0xf5;
                                (n, if invalid_start { "invalid start byte" } else { "invalid continuation byte" })
                            }
                        };
                        let end = start + bad;
                        on_decode_error(&mut out, data, start, end, errors, || {
                            decode_error(codec, data, start, end, reason)
                        })?;
                        off = end;
                    }
                }
            }
        }
    }
}

fn str_encode(a: Args<'_>) -> PyResult<Value> {
    let (this, codec, errors) = codec_args("encode", &a)?;
    let so = this_str("encode", &this)?;
    Ok(new_bytes(encode(&so.s, codec, &errors)?))
}

fn one_char_key(k: &Value) -> PyResult<Value> {
    if let Some(s) = as_strobj(k) {
        if s.len != 1 {
            return Err(value_error("string keys in translate table must be of length 1"));
        }
        return Ok(new_int(s.s.chars().next().map_or(0, |c| c as i64)));
    }
    if as_i64(k).is_some() {
        return Ok(k.clone());
    }
    Err(type_error("keys in translate table must be strings or integers"))
}

fn str_maketrans(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("maketrans")?;
    let p = a.pos();
    super::args::check_count("maketrans", p, 1, 3)?;
    let out = new_dict();
    let d = as_dict(&out).expect("dict");
    if p.len() == 1 {
        let src =
            as_dict(&p[0]).ok_or_else(|| type_error("if you give only one argument to maketrans it must be a dict"))?;
        for (k, v) in src.items() {
            d.set(one_char_key(&k)?, v)?;
        }
        return Ok(out);
    }
    let x = as_strobj(&p[0])
        .ok_or_else(|| type_error(format!("maketrans() argument 1 must be str, not {}", type_name(&p[0]))))?;
    let y = as_strobj(&p[1])
        .ok_or_else(|| type_error(format!("maketrans() argument 2 must be str, not {}", type_name(&p[1]))))?;
    if x.len != y.len {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.s.chars().zip(y.s.chars()) {
        d.set(new_int(cx as i64), new_int(cy as i64))?;
    }
    if let Some(z) = p.get(2) {
        let z = need_str(z)?;
        for c in z.s.chars() {
            d.set(new_int(c as i64), rt().none.clone())?;
        }
    }
    Ok(out)
}

fn str_translate(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = super::args::method_args("translate", &a, 1, 1)?;
    let so = this_str("translate", this)?;
    let table = &rest[0];
    let mut out = String::with_capacity(so.s.len());
    for c in so.s.chars() {
        let key = new_int(c as i64);
        let found = match as_dict(table) {
            Some(d) if crate::objects::typeobj::type_of(table).is(&rt().types.dict) => d.get(&key)?,
            _ => match crate::vm::ops::getitem(table, &key) {
                Ok(v) => Some(v),
                Err(e) if exc_matches(&e.0, &rt().exc.lookup_error) => None,
                Err(e) => return Err(e),
            },
        };
        match found {
            None => out.push(c),
            Some(v) if is_none(&v) => {}
            Some(v) => {
                if let Some(s) = as_str(&v) {
                    out.push_str(s);
                } else if let Some(n) = as_i64(&v) {
                    let ch = u32::try_from(n)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?;
                    out.push(ch);
                } else {
                    return Err(type_error("character mapping must return integer, None or str"));
                }
            }
        }
    }
    Ok(new_str(out))
}
