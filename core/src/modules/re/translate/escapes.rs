//! Backslash escapes and character sets of the translator.

use super::{err, push_lit, Last, SyntaxErr, Tr};

/// One element of a character set.
enum Item {
    Char(char),
    Class(&'static str),
}

/// fancy-regex text for `\d \D \w \W \s \S`, inside a set when `in_set`.
fn class_text(c: char, ascii: bool, in_set: bool) -> &'static str {
    match (c, ascii, in_set) {
        ('d', false, _) => "\\d",
        ('D', false, _) => "\\D",
        ('w', false, _) => "\\w",
        ('W', false, _) => "\\W",
        // Python's Unicode whitespace also holds the information separators.
        ('s', false, false) => "[\\s\\x{1c}-\\x{1f}]",
        ('s', false, true) => "\\s\\x{1c}-\\x{1f}",
        ('S', false, false) => "[^\\s\\x{1c}-\\x{1f}]",
        ('S', false, true) => "\\S",
        ('d', true, false) => "[[:digit:]]",
        ('D', true, false) => "[[:^digit:]]",
        ('w', true, false) => "[[:word:]]",
        ('W', true, false) => "[[:^word:]]",
        ('s', true, false) => "[[:space:]]",
        ('S', true, false) => "[[:^space:]]",
        ('d', true, true) => "[:digit:]",
        ('D', true, true) => "[:^digit:]",
        ('w', true, true) => "[:word:]",
        ('W', true, true) => "[:^word:]",
        ('s', true, true) => "[:space:]",
        _ => "[:^space:]",
    }
}

impl Tr<'_> {
    /// After a `\` outside a set (at position `here`).
    pub(super) fn escape(&mut self, here: usize) -> Result<(), SyntaxErr> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", here);
        };
        self.i += 1;
        match c {
            'A' => {
                self.out.push_str("\\A");
                self.last = Last::Nothing;
            }
            'Z' => {
                self.out.push_str("\\z");
                self.last = Last::Nothing;
            }
            'b' | 'B' => {
                self.out.push_str(match (c, self.ascii) {
                    ('b', false) => "\\b",
                    ('B', false) => "\\B",
                    ('b', true) => "(?:(?<=[[:word:]])(?![[:word:]])|(?<![[:word:]])(?=[[:word:]]))",
                    _ => "(?:(?<=[[:word:]])(?=[[:word:]])|(?<![[:word:]])(?![[:word:]]))",
                });
                self.last = Last::Nothing;
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                self.out.push_str(class_text(c, self.ascii, false));
                self.last = Last::Atom;
            }
            '1'..='9' => {
                let mut digits = c.to_string();
                if let Some(d) = self.peek().filter(char::is_ascii_digit) {
                    digits.push(d);
                    self.i += 1;
                    let oct = |c: char| ('0'..='7').contains(&c);
                    if oct(c) && oct(d) && self.peek().is_some_and(oct) {
                        digits.push(self.peek().unwrap_or('0'));
                        self.i += 1;
                        return self.octal(&digits, here);
                    }
                }
                let n: usize = digits.parse().unwrap_or(usize::MAX);
                if n > self.groups {
                    return err(format!("invalid group reference {n}"), here + 1);
                }
                if self.open.contains(&n) {
                    return err("cannot refer to an open group", here);
                }
                self.out.push_str(&format!("(?:\\{n})"));
                self.last = Last::Atom;
            }
            '0' => {
                let mut digits = String::from("0");
                while digits.len() < 3 && self.peek().is_some_and(|c| ('0'..='7').contains(&c)) {
                    digits.push(self.peek().unwrap_or('0'));
                    self.i += 1;
                }
                return self.octal(&digits, here);
            }
            _ => {
                let ch = self.literal_escape(c, here)?;
                push_lit(&mut self.out, ch);
                self.last = Last::Atom;
            }
        }
        Ok(())
    }

    fn octal(&mut self, digits: &str, here: usize) -> Result<(), SyntaxErr> {
        let v = u32::from_str_radix(digits, 8).unwrap_or(0);
        if v > 0o377 {
            return err(format!("octal escape value \\{digits} outside of range 0-0o377"), here);
        }
        push_lit(&mut self.out, char::from_u32(v).unwrap_or('\0'));
        self.last = Last::Atom;
        Ok(())
    }

    /// The character an escape `\c` stands for (letters and punctuation).
    fn literal_escape(&mut self, c: char, here: usize) -> Result<char, SyntaxErr> {
        Ok(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => self.hex(2, 'x', here)?,
            'u' if !self.bytes => self.hex(4, 'u', here)?,
            'U' if !self.bytes => self.hex(8, 'U', here)?,
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), here),
            c => c,
        })
    }

    fn hex(&mut self, n: usize, kind: char, here: usize) -> Result<char, SyntaxErr> {
        let mut s = String::new();
        while s.len() < n && self.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
            s.push(self.peek().unwrap_or('0'));
            self.i += 1;
        }
        if s.len() < n {
            return err(format!("incomplete escape \\{kind}{s}"), here);
        }
        match char::from_u32(u32::from_str_radix(&s, 16).unwrap_or(u32::MAX)) {
            Some(c) => Ok(c),
            None => err(format!("bad escape \\{kind}{s}"), here),
        }
    }

    /// One set element starting at `c` (already consumed), at position `start`.
    fn set_item(&mut self, c: char, start: usize) -> Result<Item, SyntaxErr> {
        if c != '\\' {
            return Ok(Item::Char(c));
        }
        let Some(e) = self.peek() else {
            return err("unterminated character set", start);
        };
        self.i += 1;
        Ok(match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => Item::Class(class_text(e, self.ascii, true)),
            'b' => Item::Char('\x08'),
            '0'..='7' => {
                let mut digits = e.to_string();
                while digits.len() < 3 && self.peek().is_some_and(|c| ('0'..='7').contains(&c)) {
                    digits.push(self.peek().unwrap_or('0'));
                    self.i += 1;
                }
                let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                if v > 0o377 {
                    return err(format!("octal escape value \\{digits} outside of range 0-0o377"), start);
                }
                Item::Char(char::from_u32(v).unwrap_or('\0'))
            }
            _ => Item::Char(self.literal_escape(e, start)?),
        })
    }

    /// A character set; the `[` at position `here` is consumed.
    pub(super) fn class(&mut self, here: usize) -> Result<(), SyntaxErr> {
        self.out.push('[');
        if self.peek() == Some('^') {
            self.out.push('^');
            self.i += 1;
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", here);
            };
            let start = self.i;
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = self.set_item(c, start)?;
            if self.peek() == Some('-') && self.at(1).is_some_and(|n| n != ']') {
                self.i += 1;
                let c2 = self.peek().unwrap_or(']');
                self.i += 1;
                let hi = self.set_item(c2, self.i - 1)?;
                match (lo, hi) {
                    (Item::Char(a), Item::Char(b)) => {
                        if b < a {
                            let text: String = self.p[start..self.i].iter().collect();
                            return err(format!("bad character range {text}"), start);
                        }
                        push_lit(&mut self.out, a);
                        self.out.push('-');
                        push_lit(&mut self.out, b);
                    }
                    _ => {
                        let text: String = self.p[start..self.i].iter().collect();
                        return err(format!("bad character range {text}"), start);
                    }
                }
            } else {
                match lo {
                    Item::Char(a) => push_lit(&mut self.out, a),
                    Item::Class(t) => self.out.push_str(t),
                }
            }
        }
        self.out.push(']');
        Ok(())
    }
}
