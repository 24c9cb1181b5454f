//! printf-style `str % args` formatting, a port of CPython 3.11's
//! `PyUnicode_Format`. The driver parses the format string and lays out
//! each conversion; the caller, who owns the Python objects, converts the
//! arguments on request through [`PercentArgs`] (`str()`, `repr()`, int or
//! float coercion, mapping look-ups) and reports its own exceptions.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::{double_to_string, DtoaFlags};

/// Which argument a conversion consumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgRef {
    /// Item `i` of the argument tuple.
    Item(usize),
    /// The single non-tuple argument, or the value selected by the last
    /// [`PercentArgs::select_key`].
    Current,
}

/// What the formatter needs the argument converted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentRequest {
    /// `*` width or precision: give [`PercentValue::Int`] for an `int`
    /// (`bool` included) and anything else for other objects (the formatter
    /// then raises `TypeError("* wants int")`).
    Star,
    /// `%s`: `str(arg)`.
    Str,
    /// `%r`: `repr(arg)`.
    Repr,
    /// `%a`: `ascii(arg)`.
    Ascii,
    /// `%d %i %u %o %x %X` (the char): an int. The caller raises e.g.
    /// "%d format: a real number is required, not str" /
    /// "%x format: an integer is required, not float" itself; for `d i u`
    /// a float is truncated by the caller (`int(arg)`).
    Int(char),
    /// `%e %E %f %F %g %G`: `float(arg)`; the caller raises
    /// "must be real number, not str".
    Float(char),
    /// `%c`: a one-character str as [`PercentValue::Str`], or an int; the
    /// caller raises "%c requires int or char" otherwise.
    Char,
}

/// A converted argument.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    /// Text (for `s r a`, or a one-char string for `c`).
    Str(String),
    /// An integer.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// Not an int (only meaningful as the answer to [`PercentRequest::Star`]).
    Other,
}

/// The caller's side: argument access and conversion.
pub trait PercentArgs {
    /// The caller's exception type.
    type Error;
    /// `%(key)...`: look `key` up in the mapping (raising `KeyError` etc.);
    /// the value becomes [`ArgRef::Current`].
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;
    /// Converts argument `arg` as `req` asks.
    fn convert(&mut self, arg: ArgRef, req: PercentRequest) -> Result<PercentValue, Self::Error>;
}

/// Errors of [`percent_format`].
#[derive(Debug, Clone, PartialEq)]
pub enum PercentError<E> {
    /// Raise `TypeError(msg)`.
    Type(String),
    /// Raise `ValueError(msg)`.
    Value(String),
    /// Raise `OverflowError(msg)`.
    Overflow(String),
    /// An exception from the caller's [`PercentArgs`].
    Caller(E),
}

/// How the right-hand operand of `%` looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgsShape {
    /// `Some(len)` when the operand is a tuple, `None` for a single object.
    pub tuple_len: Option<usize>,
    /// The operand is a mapping (CPython: `PyMapping_Check(args)` and not a
    /// tuple or str); enables `%(key)s` and disables the "not all
    /// arguments converted" check.
    pub is_mapping: bool,
}

struct State {
    /// `(len, next index)`, or for a single object `arglen = -1` and an
    /// index of -2 (unused) / -1 (used), exactly like CPython.
    arglen: i64,
    argidx: i64,
}

impl State {
    fn next<E>(&mut self) -> Result<ArgRef, PercentError<E>> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            return Ok(if self.arglen < 0 { ArgRef::Current } else { ArgRef::Item(i as usize) });
        }
        Err(PercentError::Type("not enough arguments for format string".to_string()))
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `fmt % args`.
pub fn percent_format<A: PercentArgs + ?Sized>(
    fmt: &str,
    shape: ArgsShape,
    args: &mut A,
) -> Result<String, PercentError<A::Error>> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut st = match shape.tuple_len {
        Some(len) => State { arglen: len as i64, argidx: 0 },
        None => State { arglen: -1, argidx: -2 },
    };
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < n {
        if chars[pos] != '%' {
            out.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        format_one(&chars, &mut pos, &mut st, shape, args, &mut out)?;
        if shape.is_mapping && st.argidx < st.arglen {
            return Err(not_all());
        }
    }
    if st.argidx < st.arglen && !shape.is_mapping {
        return Err(not_all());
    }
    Ok(out)
}

fn not_all<E>() -> PercentError<E> {
    PercentError::Type("not all arguments converted during string formatting".to_string())
}

fn star<A: PercentArgs + ?Sized>(st: &mut State, args: &mut A) -> Result<BigInt, PercentError<A::Error>> {
    let arg = st.next()?;
    match args.convert(arg, PercentRequest::Star).map_err(PercentError::Caller)? {
        PercentValue::Int(v) => Ok(v),
        _ => Err(PercentError::Type("* wants int".to_string())),
    }
}

/// One conversion; `pos` points just after the `%`. Mirrors the `fmtcnt`
/// bookkeeping of `unicode_format_arg_parse` so that errors come in
/// CPython's order.
fn format_one<A: PercentArgs + ?Sized>(
    chars: &[char],
    pos: &mut usize,
    st: &mut State,
    shape: ArgsShape,
    args: &mut A,
    out: &mut String,
) -> Result<(), PercentError<A::Error>> {
    let n = chars.len() as i64;
    // `cnt` = characters left after `pos`, may go to -1 like CPython's.
    let mut cnt = n - *pos as i64;
    let mut ch = chars.get(*pos).copied().unwrap_or('\0');
    macro_rules! read_next {
        () => {{
            cnt -= 1;
            if cnt >= 0 {
                ch = chars[*pos];
                *pos += 1;
                true
            } else {
                false
            }
        }};
    }
    if ch == '(' {
        if !shape.is_mapping {
            return Err(PercentError::Type("format requires a mapping".to_string()));
        }
        *pos += 1;
        cnt -= 1;
        let keystart = *pos;
        let mut pcount = 1;
        while pcount > 0 && read_next!() {
            if ch == ')' {
                pcount -= 1;
            } else if ch == '(' {
                pcount += 1;
            }
        }
        if cnt < 0 || pcount > 0 {
            return Err(PercentError::Value("incomplete format key".to_string()));
        }
        let key: String = chars[keystart..*pos - 1].iter().collect();
        args.select_key(&key).map_err(PercentError::Caller)?;
        st.arglen = -1;
        st.argidx = -2;
    }
    let mut flags = 0u8;
    while read_next!() {
        match ch {
            '-' => flags |= F_LJUST,
            '+' => flags |= F_SIGN,
            ' ' => flags |= F_BLANK,
            '#' => flags |= F_ALT,
            '0' => flags |= F_ZERO,
            _ => break,
        }
    }
    let mut width: i64 = -1;
    let mut prec: i64 = -1;
    if ch == '*' {
        let v = star(st, args)?;
        width = v
            .to_i64()
            .ok_or_else(|| PercentError::Overflow("Python int too large to convert to C ssize_t".to_string()))?;
        if width < 0 {
            flags |= F_LJUST;
            width = width.checked_neg().unwrap_or(i64::MAX);
        }
        read_next!();
    } else if ch.is_ascii_digit() {
        width = ch as i64 - '0' as i64;
        while read_next!() {
            let Some(d) = ch.to_digit(10) else { break };
            if width > (i64::MAX - d as i64) / 10 {
                return Err(PercentError::Value("width too big".to_string()));
            }
            width = width * 10 + d as i64;
        }
    }
    if ch == '.' {
        prec = 0;
        read_next!();
        if ch == '*' {
            let v = star(st, args)?;
            prec = v
                .to_i32()
                .ok_or_else(|| PercentError::Overflow("Python int too large to convert to C int".to_string()))?
                .max(0) as i64;
            read_next!();
        } else if ch.is_ascii_digit() {
            prec = ch as i64 - '0' as i64;
            while read_next!() {
                let Some(d) = ch.to_digit(10) else { break };
                if prec > (i32::MAX as i64 - d as i64) / 10 {
                    return Err(PercentError::Value("precision too big".to_string()));
                }
                prec = prec * 10 + d as i64;
            }
        }
    }
    if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        read_next!();
    }
    if cnt < 0 {
        return Err(PercentError::Value("incomplete format".to_string()));
    }
    let arg = st.next()?;
    let mut sign = false;
    let text = match ch {
        's' | 'r' | 'a' => {
            let req = match ch {
                's' => PercentRequest::Str,
                'r' => PercentRequest::Repr,
                _ => PercentRequest::Ascii,
            };
            match args.convert(arg, req).map_err(PercentError::Caller)? {
                PercentValue::Str(s) => s,
                PercentValue::Int(v) => v.to_string(),
                PercentValue::Float(f) => super::float_repr::float_repr(f),
                PercentValue::Other => String::new(),
            }
        }
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            let v = match args.convert(arg, PercentRequest::Int(ch)).map_err(PercentError::Caller)? {
                PercentValue::Int(v) => v,
                PercentValue::Float(f) if f.is_finite() => super::float_ops::float_to_bigint(f.trunc()),
                _ => return Err(PercentError::Type(format!("%{ch} format: an integer is required"))),
            };
            sign = true;
            format_long(&v, flags & F_ALT != 0, prec, ch)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match args.convert(arg, PercentRequest::Float(ch)).map_err(PercentError::Caller)? {
                PercentValue::Float(f) => f,
                PercentValue::Int(v) => super::float_ops::int_to_float(&v)
                    .ok_or_else(|| PercentError::Overflow("int too large to convert to float".to_string()))?,
                _ => return Err(PercentError::Type("must be real number".to_string())),
            };
            sign = true;
            let p = if prec < 0 { 6 } else { prec as usize };
            let dflags = DtoaFlags { alt: flags & F_ALT != 0, ..DtoaFlags::default() };
            double_to_string(x, ch, p, dflags)
        }
        'c' => match args.convert(arg, PercentRequest::Char).map_err(PercentError::Caller)? {
            PercentValue::Str(s) if s.chars().count() == 1 => s,
            PercentValue::Int(v) => {
                let c = v
                    .to_u32()
                    .filter(|&c| c < 0x110000)
                    .ok_or_else(|| PercentError::Overflow("%c arg not in range(0x110000)".to_string()))?;
                char::from_u32(c).unwrap_or('\u{fffd}').to_string()
            }
            _ => return Err(PercentError::Type("%c requires int or char".to_string())),
        },
        _ => {
            let shown = if (31..=126).contains(&(ch as u32)) { ch } else { '?' };
            return Err(PercentError::Value(format!(
                "unsupported format character '{shown}' ({:#x}) at index {}",
                ch as u32,
                *pos - 1
            )));
        }
    };
    output(out, &text, ch, flags, width, prec, sign);
    Ok(())
}

/// `_PyUnicode_FormatLong`: digits with optional base prefix and minimum
/// digit count (`prec`).
fn format_long(v: &BigInt, alt: bool, prec: i64, ty: char) -> String {
    let (base, prefix) = match ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(base);
    let mut s = String::new();
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    for _ in digits.len() as i64..prec {
        s.push('0');
    }
    s.push_str(&digits);
    if ty == 'X' {
        s.make_ascii_uppercase();
    }
    s
}

/// `unicode_format_arg_output`: sign, prefix, padding and truncation.
fn output(out: &mut String, s: &str, ch: char, flags: u8, width: i64, prec: i64, mut sign: bool) {
    let fill = if sign && flags & F_ZERO != 0 { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && flags & (F_SIGN | F_BLANK) == 0 {
        out.push_str(s);
        return;
    }
    if matches!(ch, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut idx = 0usize;
    let mut signchar = '\0';
    if sign {
        let c = chars.first().copied().unwrap_or('\0');
        if c == '-' || c == '+' {
            signchar = c;
            len -= 1;
            idx += 1;
        } else if flags & F_SIGN != 0 {
            signchar = '+';
        } else if flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    let mut width = width.max(len);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.extend(&chars[idx..idx + 2]);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(&chars[idx..idx + 2]);
        }
    }
    if alt_prefix {
        idx += 2;
    }
    out.extend(&chars[idx..idx + len.max(0) as usize]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}
