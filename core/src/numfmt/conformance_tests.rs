//! Conformance against CPython 3.11: `conformance_data.txt` holds results
//! produced by `conformance_gen.py` running real `python3`; every function
//! of this module is checked against them.

use num_bigint::BigInt;

use super::*;

const DATA: &str = include_str!("conformance_data.txt");

fn unesc(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('u') => {
                let hex: String = it.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

fn f(bits: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(bits, 16).unwrap())
}

fn bits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn int(s: &str) -> BigInt {
    s.parse().unwrap()
}

/// Compares float results given as bit strings; all NaNs are equal.
fn same_float(got: &str, want: &str) -> bool {
    if got == want {
        return true;
    }
    !got.starts_with('!') && !want.starts_with('!') && f(got).is_nan() && f(want).is_nan()
}

fn fmt_err(r: Result<String, String>) -> String {
    match r {
        Ok(s) => s,
        Err(e) if e.contains("not in range(0x110000)") || e.contains("too large to convert") => {
            format!("!OverflowError: {e}")
        }
        Err(e) => format!("!ValueError: {e}"),
    }
}

/// Python objects of the `%` tests: int, float or str.
#[derive(Clone)]
enum Obj {
    I(BigInt),
    F(f64),
    S(String),
}

fn obj(s: &str) -> Obj {
    match &s[..1] {
        "i" => Obj::I(int(&s[1..])),
        "f" => Obj::F(f(&s[1..])),
        _ => Obj::S(s[1..].to_string()),
    }
}

struct Args {
    items: Vec<Obj>,
    dict: Vec<(String, Obj)>,
    current: Option<Obj>,
}

impl Args {
    fn whole_repr(&self) -> String {
        let parts: Vec<String> = self.dict.iter().map(|(k, v)| format!("'{k}': {}", repr(v))).collect();
        format!("{{{}}}", parts.join(", "))
    }
}

fn type_name(o: &Obj) -> &'static str {
    match o {
        Obj::I(_) => "int",
        Obj::F(_) => "float",
        Obj::S(_) => "str",
    }
}

fn repr(o: &Obj) -> String {
    match o {
        Obj::I(v) => v.to_string(),
        Obj::F(x) => float_repr(*x),
        Obj::S(s) => format!("'{s}'"),
    }
}

impl PercentArgs for Args {
    type Error = String;
    fn select_key(&mut self, key: &str) -> Result<(), String> {
        let v = self.dict.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        self.current = Some(v.ok_or_else(|| format!("KeyError: '{key}'"))?);
        Ok(())
    }
    fn convert(&mut self, arg: ArgRef, req: PercentRequest) -> Result<PercentValue, String> {
        let o = match arg {
            ArgRef::Item(i) => self.items[i].clone(),
            ArgRef::Current => match &self.current {
                Some(o) => o.clone(),
                None => Obj::S(self.whole_repr()),
            },
        };
        let tn = type_name(&o);
        Ok(match (req, o) {
            (PercentRequest::Star, Obj::I(v)) => PercentValue::Int(v),
            (PercentRequest::Star, _) => PercentValue::Other,
            (PercentRequest::Str, Obj::S(s)) => PercentValue::Str(s),
            (PercentRequest::Str | PercentRequest::Repr | PercentRequest::Ascii, o) => PercentValue::Str(repr(&o)),
            (PercentRequest::Int(_), Obj::I(v)) => PercentValue::Int(v),
            (PercentRequest::Int('d' | 'i' | 'u'), Obj::F(x)) => {
                if x.is_nan() {
                    return Err("ValueError: cannot convert float NaN to integer".into());
                }
                if x.is_infinite() {
                    return Err("OverflowError: cannot convert float infinity to integer".into());
                }
                PercentValue::Float(x)
            }
            (PercentRequest::Int(c), _) if matches!(c, 'd' | 'i' | 'u') => {
                return Err(format!("TypeError: %{c} format: a real number is required, not {tn}"))
            }
            (PercentRequest::Int(c), _) => {
                return Err(format!("TypeError: %{c} format: an integer is required, not {tn}"))
            }
            (PercentRequest::Float(_), Obj::F(x)) => PercentValue::Float(x),
            (PercentRequest::Float(_), Obj::I(v)) => PercentValue::Int(v),
            (PercentRequest::Float(_), _) => return Err(format!("TypeError: must be real number, not {tn}")),
            (PercentRequest::Char, Obj::I(v)) => PercentValue::Int(v),
            (PercentRequest::Char, Obj::S(s)) => PercentValue::Str(s),
            (PercentRequest::Char, _) => PercentValue::Other,
        })
    }
}

fn run_pct(fmt: &str, shape: &str, args: &str) -> String {
    let parts: Vec<&str> = if args.is_empty() { vec![] } else { args.split('\u{1e}').collect() };
    let mut a = Args { items: vec![], dict: vec![], current: None };
    let shape = match shape {
        "T" => {
            a.items = parts.iter().map(|p| obj(p)).collect();
            ArgsShape { tuple_len: Some(a.items.len()), is_mapping: false }
        }
        "O" => {
            a.current = Some(obj(parts[0]));
            ArgsShape { tuple_len: None, is_mapping: false }
        }
        _ => {
            for p in parts {
                let (k, v) = p.split_once('=').unwrap();
                a.dict.push((k.to_string(), obj(v)));
            }
            ArgsShape { tuple_len: None, is_mapping: true }
        }
    };
    match percent_format(fmt, shape, &mut a) {
        Ok(s) => s,
        Err(PercentError::Type(m)) => format!("!TypeError: {m}"),
        Err(PercentError::Value(m)) => format!("!ValueError: {m}"),
        Err(PercentError::Overflow(m)) => format!("!OverflowError: {m}"),
        Err(PercentError::Caller(m)) => format!("!{m}"),
    }
}

fn opt_bits(r: Option<f64>, msg: &str) -> String {
    r.map_or_else(|| format!("!ZeroDivisionError: {msg}"), bits)
}

/// Runs one fixture line; returns `(got, want)` on mismatch.
fn check(line: &str) -> Option<(String, String)> {
    let c: Vec<&str> = line.split('\t').collect();
    let (got, want) = match c[0] {
        "repr" => (float_repr(f(c[1])), unesc(c[2])),
        "ff" => (fmt_err(format_float(f(c[1]), &unesc(c[2]))), unesc(c[3])),
        "fi" => (fmt_err(format_int(&int(c[1]), &unesc(c[2]))), unesc(c[3])),
        "fs" => (fmt_err(format_str(&unesc(c[1]), &unesc(c[2]))), unesc(c[3])),
        "pct" => (run_pct(&unesc(c[1]), c[2], &unesc(c[3])), unesc(c[4])),
        "fop" => {
            let (a, b) = (f(c[1]), f(c[2]));
            let fd = opt_bits(float_floordiv(a, b), "float floor division by zero");
            let md = opt_bits(float_mod(a, b), "float modulo");
            let pw = match float_pow(a, b) {
                Ok(x) => bits(x),
                Err(POW_COMPLEX) if c[5] == "!complex" || c[5].contains("complex exponentiation") => c[5].to_string(),
                Err(POW_COMPLEX) => "!complex".to_string(),
                Err(POW_OVERFLOW) => format!("!OverflowError: {POW_OVERFLOW}"),
                Err(m) => format!("!ZeroDivisionError: {m}"),
            };
            let dm = float_divmod(a, b);
            let ok = same_float(&fd, c[3])
                && same_float(&md, c[4])
                && same_float(&pw, c[5])
                && dm.map(|p| p.0.to_bits()) == float_floordiv(a, b).map(f64::to_bits);
            if ok {
                return None;
            }
            (format!("{fd} {md} {pw}"), format!("{} {} {}", c[3], c[4], c[5]))
        }
        "round" => {
            let nd = if c[2] == "none" { None } else { Some(c[2].parse().unwrap()) };
            let got = match round_float_checked(f(c[1]), nd) {
                // round(x) returns an int: the sign of a zero is lost.
                Ok(x) if nd.is_none() && x == 0.0 => bits(0.0),
                Ok(x) => bits(x),
                Err(m) => format!("!OverflowError: {m}"),
            };
            if same_float(&got, c[3]) {
                return None;
            }
            (got, c[3].to_string())
        }
        "hash" => (float_hash(f(c[1])).to_string(), c[2].to_string()),
        "isint" => {
            let b = float_is_integer(f(c[1]));
            ((if b { "True" } else { "False" }).to_string(), c[2].to_string())
        }
        "ihash" => {
            let v = int(c[1]);
            let h = int_hash_bigint(&v);
            if let Ok(small) = i64::try_from(&v) {
                assert_eq!(int_hash_i64(small), h);
            }
            (h.to_string(), c[2].to_string())
        }
        "itof" => {
            let got = int_to_float(&int(c[1]))
                .map_or_else(|| "!OverflowError: int too large to convert to float".to_string(), bits);
            (got, c[2].to_string())
        }
        "pfloat" => {
            let s = unesc(c[1]);
            let got =
                parse_float(&s).map_or_else(|| format!("!ValueError: could not convert string to float: {s:?}"), bits);
            if got.starts_with('!') == c[2].starts_with('!') && (got.starts_with('!') || same_float(&got, c[2])) {
                return None;
            }
            (got, c[2].to_string())
        }
        "pint" => {
            let s = unesc(c[1]);
            let got = parse_int(&s, c[2].parse().unwrap()).map_or("!".to_string(), |v| v.to_string());
            let want = if c[3].starts_with('!') { "!".to_string() } else { c[3].to_string() };
            (got, want)
        }
        "tobase" => {
            let v = int(c[1]);
            let got =
                format!("{} {} {}", int_to_base(&v, 16, "0x"), int_to_base(&v, 8, "0o"), int_to_base(&v, 2, "0b"));
            (got, format!("{} {} {}", c[2], c[3], c[4]))
        }
        k => panic!("unknown fixture kind {k}"),
    };
    (got != want).then_some((got, want))
}

#[test]
fn matches_cpython() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in DATA.lines().filter(|l| !l.is_empty()) {
        count += 1;
        if let Some((got, want)) = check(line) {
            failures.push(format!("{line}\n    got:  {got:?}\n    want: {want:?}"));
        }
    }
    assert!(count > 10_000, "fixture too small: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ from CPython:\n{}",
        failures.len(),
        failures.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
}
