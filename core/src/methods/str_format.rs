//! `str.format` and `str.format_map`: CPython's format-string mini-language
//! (auto/manual numbering, `{0.attr}`/`{0[key]}` access, `!r`/`!s`/`!a`
//! conversions, nested `{:{width}}` specs, `{{`/`}}` escapes). The spec part is
//! handed to `format()` like CPython's `PyObject_Format`.

use super::add_method;
use super::str::this_str;
use crate::objects::exception::{index_error, key_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_str};
use crate::objects::{PyResult, Value};
use crate::runtime::{intern, rt};

pub fn install() {
    let t = &rt().types.str;
    add_method(t, "format", str_format);
    add_method(t, "format_map", str_format_map);
}

/// Where named fields come from.
enum Named<'a> {
    Kwargs(&'a Args<'a>),
    Map(&'a Value),
}

enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

struct Formatter<'a> {
    args: &'a [Value],
    named: Named<'a>,
    numbering: Numbering,
}

fn str_format(a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    let this = pos.first().ok_or_else(|| crate::objects::exception::type_error("format() needs an argument"))?;
    let so = this_str("format", this)?;
    let mut f = Formatter { args: &pos[1..], named: Named::Kwargs(&a), numbering: Numbering::Unset };
    let mut out = String::with_capacity(so.s.len());
    f.render(&so.s, 2, &mut out)?;
    Ok(new_str(out))
}

fn str_format_map(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = super::args::method_args("format_map", &a, 1, 1)?;
    let so = this_str("format_map", this)?;
    let mut f = Formatter { args: &[], named: Named::Map(&rest[0]), numbering: Numbering::Unset };
    let mut out = String::with_capacity(so.s.len());
    f.render(&so.s, 2, &mut out)?;
    Ok(new_str(out))
}

/// Split a replacement field into name, conversion and spec.
fn parse_field(field: &str) -> PyResult<(&str, Option<char>, &str)> {
    let mut in_bracket = false;
    let mut end = field.len();
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' | '!' if !in_bracket => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..end];
    let rest = &field[end..];
    if let Some(conv) = rest.strip_prefix('!') {
        let mut chars = conv.chars();
        let c = chars.next().ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
        let after = chars.as_str();
        if after.is_empty() {
            return Ok((name, Some(c), ""));
        }
        let spec = after.strip_prefix(':').ok_or_else(|| value_error("expected ':' after conversion specifier"))?;
        return Ok((name, Some(c), spec));
    }
    Ok((name, None, rest.strip_prefix(':').unwrap_or("")))
}

impl Formatter<'_> {
    fn render(&mut self, s: &str, depth: i32, out: &mut String) -> PyResult<()> {
        if depth <= 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let b = s.as_bytes();
        let mut i = 0;
        let mut lit = 0;
        while i < b.len() {
            match b[i] {
                b'}' => {
                    if b.get(i + 1) != Some(&b'}') {
                        return Err(value_error("Single '}' encountered in format string"));
                    }
                    out.push_str(&s[lit..=i]);
                    i += 2;
                    lit = i;
                }
                b'{' => {
                    if i + 1 == b.len() {
                        return Err(value_error("Single '{' encountered in format string"));
                    }
                    if b[i + 1] == b'{' {
                        out.push_str(&s[lit..=i]);
                        i += 2;
                        lit = i;
                        continue;
                    }
                    out.push_str(&s[lit..i]);
                    let end = field_end(b, i + 1)?;
                    self.replace(&s[i + 1..end], depth, out)?;
                    i = end + 1;
                    lit = i;
                }
                _ => i += 1,
            }
        }
        out.push_str(&s[lit..]);
        Ok(())
    }

    /// Format one replacement field (the text between the braces).
    fn replace(&mut self, field: &str, depth: i32, out: &mut String) -> PyResult<()> {
        let (name, conv, spec) = parse_field(field)?;
        let mut v = self.lookup(name)?;
        if let Some(c) = conv {
            let s = match c {
                'r' => crate::vm::repr::repr(&v)?,
                's' => crate::vm::repr::str_of(&v)?,
                'a' => crate::vm::repr::ascii(&v)?,
                c => return Err(value_error(format!("Unknown conversion specifier {c}"))),
            };
            v = new_str(s);
        }
        let spec_owned;
        let spec = if spec.contains('{') {
            let mut buf = String::new();
            self.render(spec, depth - 1, &mut buf)?;
            spec_owned = buf;
            &spec_owned
        } else {
            spec
        };
        let r = crate::vm::repr::format(&v, spec)?;
        out.push_str(as_str(&r).unwrap_or(""));
        Ok(())
    }

    /// The object named by a field name: `0`, `` (auto), `name`, then `.attr`/`[key]`.
    fn lookup(&mut self, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut v = if first.is_empty() {
            let n = match self.numbering {
                Numbering::Manual => {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ))
                }
                Numbering::Unset => 0,
                Numbering::Auto(n) => n,
            };
            self.numbering = Numbering::Auto(n + 1);
            self.positional(n)?
        } else if first.bytes().all(|c| c.is_ascii_digit()) {
            if let Numbering::Auto(_) = self.numbering {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            self.numbering = Numbering::Manual;
            let n: usize = first.parse().map_err(|_| value_error("Too many decimal digits in format string"))?;
            self.positional(n)?
        } else {
            match self.named {
                Named::Kwargs(a) => a.kw(first).cloned().ok_or_else(|| key_error(new_str(first)))?,
                Named::Map(m) => crate::vm::ops::getitem(m, &new_str(first))?,
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return Err(value_error("Empty attribute in format string"));
                }
                v = crate::vm::attr::getattr(&v, &intern(&r[..end]))?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(n) if key.bytes().all(|c| c.is_ascii_digit()) => new_int(n),
                    _ => new_str(key),
                };
                v = crate::vm::ops::getitem(&v, &k)?;
                rest = &r[end + 1..];
            } else {
                return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(v)
    }

    fn positional(&self, n: usize) -> PyResult<Value> {
        if let Named::Map(_) = self.named {
            return Err(value_error("Format string contains positional fields"));
        }
        self.args
            .get(n)
            .cloned()
            .ok_or_else(|| index_error(format!("Replacement index {n} out of range for positional args tuple")))
    }
}

/// Index of the `}` closing the field that starts at `start`; braces nest, and
/// inside `[...]` of the field name they are literal.
fn field_end(b: &[u8], start: usize) -> PyResult<usize> {
    let mut depth = 1;
    let mut in_bracket = false;
    let mut in_name = true;
    for (j, &c) in b.iter().enumerate().skip(start) {
        if in_bracket {
            in_bracket = c != b']';
            continue;
        }
        match c {
            b'[' if in_name => in_bracket = true,
            b':' | b'!' => in_name = false,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(j);
                }
            }
            _ => {}
        }
    }
    Err(value_error("expected '}' before end of string"))
}
