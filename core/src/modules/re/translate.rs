//! Python regular-expression syntax rewritten into fancy-regex syntax.
//!
//! The two dialects mostly agree; this pass handles where they differ: `\Z`, `$`,
//! octal and `\x`/`\u`/`\U` escapes, literal `{`, `[` inside sets, the ASCII flag's
//! classes, verbose mode (done here, so that whitespace inside sets stays literal as
//! in Python), `(?P=name)`, comments, leading global flags, and it reports the common
//! syntax errors with CPython's messages and positions. It also counts the groups and
//! collects their names.

mod escapes;

use std::collections::HashMap;

pub const F_IGNORECASE: i64 = 2;
pub const F_LOCALE: i64 = 4;
pub const F_MULTILINE: i64 = 8;
pub const F_DOTALL: i64 = 16;
pub const F_UNICODE: i64 = 32;
pub const F_VERBOSE: i64 = 64;
pub const F_ASCII: i64 = 256;

/// The translation of one pattern.
pub struct Translated {
    /// fancy-regex source, without the global flags (see [`Translated::prefix_of`]).
    pub body: String,
    /// All flags, including those given inline at the start of the pattern.
    pub flags: i64,
    pub groups: usize,
    /// Group names with their numbers, in order of appearance.
    pub names: Vec<(String, usize)>,
}

impl Translated {
    /// fancy-regex inline flags that apply to the whole pattern under `flags`.
    pub fn prefix_of(flags: i64) -> String {
        let mut f = String::new();
        for (bit, c) in [(F_IGNORECASE, 'i'), (F_MULTILINE, 'm'), (F_DOTALL, 's')] {
            if flags & bit != 0 {
                f.push(c);
            }
        }
        if f.is_empty() {
            f
        } else {
            format!("(?{f})")
        }
    }
}

/// A syntax error: message and code-point position in the pattern.
pub struct SyntaxErr {
    pub msg: String,
    pub pos: usize,
}

pub(super) fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxErr> {
    Err(SyntaxErr { msg: msg.into(), pos })
}

/// What the previous item was, to detect quantifiers with nothing to repeat.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Last {
    Nothing,
    Atom,
    Repeat,
    RepeatDone,
}

struct Group {
    /// Its number when it is a capturing group, else `usize::MAX`.
    num: usize,
    /// Position of its `(`.
    pos: usize,
    verbose: bool,
    ascii: bool,
}

pub(super) struct Tr<'a> {
    p: &'a [char],
    i: usize,
    out: String,
    verbose: bool,
    ascii: bool,
    bytes: bool,
    flags: i64,
    groups: usize,
    open: Vec<usize>,
    names: HashMap<String, usize>,
    order: Vec<(String, usize)>,
    stack: Vec<Group>,
    last: Last,
}

/// Translate `pat` (a str pattern, or a bytes pattern decoded as Latin-1 when
/// `bytes`) under `flags`.
pub fn translate(pat: &str, flags: i64, bytes: bool) -> Result<Translated, SyntaxErr> {
    let chars: Vec<char> = pat.chars().collect();
    let mut t = Tr {
        p: &chars,
        i: 0,
        out: String::with_capacity(pat.len() + 8),
        verbose: false,
        ascii: false,
        bytes,
        flags,
        groups: 0,
        open: Vec::new(),
        names: HashMap::new(),
        order: Vec::new(),
        stack: Vec::new(),
        last: Last::Nothing,
    };
    t.leading_flags(bytes)?;
    if bytes {
        if t.flags & F_UNICODE != 0 {
            return err("cannot use UNICODE flag with a bytes pattern", 0);
        }
    } else {
        if t.flags & F_LOCALE != 0 {
            return err("cannot use LOCALE flag with a str pattern", 0);
        }
        if t.flags & F_ASCII != 0 && t.flags & F_UNICODE != 0 {
            return err("ASCII and UNICODE flags are incompatible", 0);
        }
        if t.flags & F_ASCII == 0 {
            t.flags |= F_UNICODE;
        }
    }
    t.verbose = t.flags & F_VERBOSE != 0;
    t.ascii = bytes || t.flags & F_ASCII != 0;
    t.run()?;
    Ok(Translated { body: t.out, flags: t.flags, groups: t.groups, names: t.order })
}

fn flag_bit(c: char) -> Option<i64> {
    Some(match c {
        'a' => F_ASCII,
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'u' => F_UNICODE,
        'x' => F_VERBOSE,
        _ => return None,
    })
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Append `c` so that fancy-regex reads it as that literal character.
pub(super) fn push_lit(out: &mut String, c: char) {
    if c.is_alphanumeric() || c == '_' || (!c.is_ascii() && !c.is_whitespace()) {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:x}}}", c as u32));
    }
}

impl Tr<'_> {
    pub(super) fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    pub(super) fn at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    /// `(?aiLmsux)` groups at the very start apply to the whole pattern.
    fn leading_flags(&mut self, bytes: bool) -> Result<(), SyntaxErr> {
        loop {
            if self.at(0) != Some('(') || self.at(1) != Some('?') {
                return Ok(());
            }
            let mut k = 2;
            let mut f = 0;
            while let Some(b) = self.at(k).and_then(flag_bit) {
                f |= b;
                k += 1;
            }
            if k == 2 || self.at(k) != Some(')') {
                return Ok(());
            }
            if bytes && f & F_UNICODE != 0 {
                return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i + k);
            }
            if !bytes && f & F_LOCALE != 0 {
                return err("bad inline flags: cannot use 'L' flag with a str pattern", self.i + k);
            }
            self.flags |= f;
            self.i += k + 1;
        }
    }

    fn run(&mut self) -> Result<(), SyntaxErr> {
        while let Some(c) = self.peek() {
            let here = self.i;
            self.i += 1;
            match c {
                ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' if self.verbose => {}
                '#' if self.verbose => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                }
                '\\' => self.escape(here)?,
                '[' => {
                    self.class(here)?;
                    self.last = Last::Atom;
                }
                '(' => self.open_group(here)?,
                ')' => {
                    let g = match self.stack.pop() {
                        Some(g) => g,
                        None => return err("unbalanced parenthesis", here),
                    };
                    self.verbose = g.verbose;
                    self.ascii = g.ascii;
                    if g.num != usize::MAX {
                        self.open.retain(|&n| n != g.num);
                    }
                    self.out.push(')');
                    self.last = Last::Atom;
                }
                '|' => {
                    self.out.push('|');
                    self.last = Last::Nothing;
                }
                '*' | '+' | '?' => self.repeat(here, c.to_string())?,
                '{' => match self.brace()? {
                    Some(q) => self.repeat(here, q)?,
                    None => {
                        push_lit(&mut self.out, '{');
                        self.last = Last::Atom;
                    }
                },
                '^' => {
                    self.out.push('^');
                    self.last = Last::Nothing;
                }
                '$' => {
                    self.out.push_str(if self.flags & F_MULTILINE != 0 { "$" } else { "\\Z" });
                    self.last = Last::Nothing;
                }
                '.' => {
                    self.out.push('.');
                    self.last = Last::Atom;
                }
                _ => {
                    push_lit(&mut self.out, c);
                    self.last = Last::Atom;
                }
            }
        }
        if let Some(g) = self.stack.last() {
            return err("missing ), unterminated subpattern", g.pos);
        }
        Ok(())
    }

    /// A quantifier (`q` already in fancy syntax) at position `here`.
    fn repeat(&mut self, here: usize, q: String) -> Result<(), SyntaxErr> {
        match self.last {
            Last::Nothing => return err("nothing to repeat", here),
            Last::RepeatDone => return err("multiple repeat", here),
            Last::Repeat if q == "?" || q == "+" => {
                self.out.push_str(&q);
                self.last = Last::RepeatDone;
                return Ok(());
            }
            Last::Repeat => return err("multiple repeat", here),
            Last::Atom => {}
        }
        self.out.push_str(&q);
        self.last = Last::Repeat;
        Ok(())
    }

    /// `{m,n}` after the opening brace: the fancy quantifier, or None for a literal.
    fn brace(&mut self) -> Result<Option<String>, SyntaxErr> {
        let start = self.i;
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let mut lo = String::new();
        while let Some(d) = self.peek().filter(char::is_ascii_digit) {
            lo.push(d);
            self.i += 1;
        }
        let hi = if self.peek() == Some(',') {
            self.i += 1;
            let mut h = String::new();
            while let Some(d) = self.peek().filter(char::is_ascii_digit) {
                h.push(d);
                self.i += 1;
            }
            Some(h)
        } else {
            None
        };
        if self.peek() != Some('}') {
            self.i = start;
            return Ok(None);
        }
        self.i += 1;
        if let (Ok(a), Some(Ok(b))) = (lo.parse::<u64>(), hi.as_deref().map(str::parse::<u64>)) {
            if b < a {
                return err("min repeat greater than max repeat", start);
            }
        }
        let lo = if lo.is_empty() { "0".to_string() } else { lo };
        Ok(Some(match hi {
            None => format!("{{{lo}}}"),
            Some(h) => format!("{{{lo},{h}}}"),
        }))
    }

    fn open_group(&mut self, here: usize) -> Result<(), SyntaxErr> {
        let saved = Group { num: usize::MAX, pos: here, verbose: self.verbose, ascii: self.ascii };
        if self.peek() != Some('?') {
            self.groups += 1;
            self.open.push(self.groups);
            self.stack.push(Group { num: self.groups, ..saved });
            self.out.push('(');
            self.last = Last::Nothing;
            return Ok(());
        }
        self.i += 1;
        match self.peek() {
            Some('P') => {
                self.i += 1;
                match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let name = self.name_until('>', "group name")?;
                        if !is_identifier(&name) {
                            return err(format!("bad character in group name '{name}'"), here + 4);
                        }
                        if self.names.contains_key(&name) {
                            return err(
                                format!(
                                    "redefinition of group name '{name}' as group {}; was group {}",
                                    self.groups + 1,
                                    self.names[&name]
                                ),
                                here + 4,
                            );
                        }
                        self.groups += 1;
                        self.names.insert(name.clone(), self.groups);
                        self.order.push((name.clone(), self.groups));
                        self.open.push(self.groups);
                        self.stack.push(Group { num: self.groups, ..saved });
                        self.out.push_str(&format!("(?P<{name}>"));
                        self.last = Last::Nothing;
                        Ok(())
                    }
                    Some('=') => {
                        self.i += 1;
                        let name = self.name_until(')', "group name")?;
                        let n = match self.names.get(&name) {
                            Some(&n) => n,
                            None => return err(format!("unknown group name '{name}'"), here + 4),
                        };
                        if self.open.contains(&n) {
                            return err("cannot refer to an open group", here);
                        }
                        self.out.push_str(&format!("(?:\\{n})"));
                        self.last = Last::Atom;
                        Ok(())
                    }
                    Some(c) => err(format!("unknown extension ?P{c}"), here + 1),
                    None => err("unexpected end of pattern", self.i),
                }
            }
            Some('#') => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        return Ok(());
                    }
                }
                err("missing ), unterminated comment", here)
            }
            Some(':') | Some('=') | Some('!') | Some('>') => {
                let c = self.peek().unwrap_or(':');
                self.i += 1;
                self.push_plain(saved, &format!("(?{c}"));
                Ok(())
            }
            Some('<') => {
                self.i += 1;
                match self.peek() {
                    Some(c @ ('=' | '!')) => {
                        self.i += 1;
                        self.push_plain(saved, &format!("(?<{c}"));
                        Ok(())
                    }
                    Some(c) => err(format!("unknown extension ?<{c}"), here + 1),
                    None => err("unexpected end of pattern", self.i),
                }
            }
            Some('(') => {
                self.i += 1;
                let name = self.name_until(')', "group name")?;
                let n = match name.parse::<usize>() {
                    Ok(n) if n >= 1 => n,
                    _ => match self.names.get(&name) {
                        Some(&n) => n,
                        None => return err(format!("unknown group name '{name}'"), here + 3),
                    },
                };
                self.push_plain(saved, &format!("(?({n})"));
                Ok(())
            }
            None => err("unexpected end of pattern", self.i),
            Some(c) if c != '-' && flag_bit(c).is_none() => err(format!("unknown extension ?{c}"), here + 1),
            Some(_) => self.scoped_flags(here, saved),
        }
    }

    fn push_plain(&mut self, saved: Group, s: &str) {
        self.stack.push(saved);
        self.out.push_str(s);
        self.last = Last::Nothing;
    }

    /// `(?flags:...)` / `(?flags-flags:...)`; a bare `(?flags)` here is not at the start.
    fn scoped_flags(&mut self, here: usize, saved: Group) -> Result<(), SyntaxErr> {
        let (mut on, mut off) = (0i64, 0i64);
        let mut neg = false;
        loop {
            match self.peek() {
                Some('-') if !neg => neg = true,
                Some(':') => break,
                Some(')') => {
                    if neg {
                        return err("missing :", self.i);
                    }
                    return err("global flags not at the start of the expression", here);
                }
                Some(c) => match flag_bit(c) {
                    Some(b) if neg => off |= b,
                    Some(b) => on |= b,
                    None => return err(if c.is_alphabetic() { "unknown flag" } else { "missing -, : or )" }, self.i),
                },
                None => return err("missing -, : or )", self.i),
            }
            self.i += 1;
        }
        self.i += 1;
        let letters = |f: i64| {
            [(F_IGNORECASE, 'i'), (F_MULTILINE, 'm'), (F_DOTALL, 's')]
                .iter()
                .filter(|(b, _)| f & b != 0)
                .map(|(_, c)| *c)
                .collect::<String>()
        };
        let (a, b) = (letters(on), letters(off));
        let s = if b.is_empty() { format!("(?{a}:") } else { format!("(?{a}-{b}:") };
        self.push_plain(saved, if a.is_empty() && b.is_empty() { "(?:" } else { &s });
        if on & F_VERBOSE != 0 {
            self.verbose = true;
        }
        if off & F_VERBOSE != 0 {
            self.verbose = false;
        }
        if on & F_ASCII != 0 {
            self.ascii = true;
        }
        if on & F_UNICODE != 0 {
            self.ascii = false;
        }
        Ok(())
    }

    fn name_until(&mut self, end: char, what: &str) -> Result<String, SyntaxErr> {
        let start = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
                None => return err(format!("missing {end}, unterminated name"), start),
            }
        }
        if name.is_empty() {
            return err(format!("missing {what}"), start);
        }
        Ok(name)
    }
}
