//! Source positions and compile errors.
//!
//! The parser reports byte ranges and its own (ruff) wording; Python programs see
//! `SyntaxError` with CPython's message, a 1-based line and a 1-based column counted in
//! characters. This module owns that translation so the rest of the compiler can just
//! say "error `msg` at this range".

use super::syntax_hints::{self, BracketScan};
use crate::bytecode::CompileError;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed, UnsupportedSyntaxError,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// Maps byte offsets of the source to (line, column).
pub(crate) struct LineIndex<'s> {
    pub(crate) source: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        let mut starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { source, starts }
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line(&self, offset: TextSize) -> u32 {
        let off = usize::from(offset);
        match self.starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based (line, column in characters) of a byte offset.
    pub(crate) fn position(&self, offset: TextSize) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[line as usize - 1];
        let off = usize::from(offset).min(self.source.len());
        let col = self.source.get(start..off).map(|s| s.chars().count()).unwrap_or(off - start);
        (line, col as u32 + 1)
    }

    pub(crate) fn text(&self, range: TextRange) -> &'s str {
        self.source.get(usize::from(range.start())..usize::from(range.end())).unwrap_or("")
    }

    pub(crate) fn error(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        let (line, column) = self.position(range.start());
        let (end_line, end_column) = self.position(range.end());
        CompileError { message: message.into(), line, column, end_line, end_column, indentation: false }
    }

    /// Translate the parser's first error into CPython's wording, giving tokenizer-level
    /// problems (brackets, quotes) the priority CPython gives them.
    pub(crate) fn parse_error(&self, err: &ParseError, parsed: &Parsed<Mod>) -> CompileError {
        let scan = syntax_hints::scan(self.source);
        if matches!(err.error, ParseErrorType::Lexical(_)) {
            return self.base_parse_error(err, &scan);
        }
        if let Some(h) = &scan.hard {
            return self.error(h.message.clone(), h.range);
        }
        // How far the parser had read: CPython reports a bracket left open at the end
        // only when that is past the bracket's line.
        let (e, read_to) = match &err.error {
            ParseErrorType::ExpectedToken { expected, found } => {
                match syntax_hints::hint(
                    self.source,
                    parsed.syntax(),
                    parsed.tokens(),
                    &scan,
                    *expected,
                    *found,
                    err.location,
                ) {
                    Some(h) => (self.error(h.message, h.range), h.lookahead),
                    None => (
                        self.expected_token_error(err, *expected, *found, parsed, &scan),
                        Some(usize::from(err.location.start())),
                    ),
                }
            }
            ParseErrorType::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
                // CPython points at the statement after the `try` body, or at the body's
                // last line when the file ends there.
                let at_end = err.location.start() >= TextSize::of(self.source.trim_end());
                let last = syntax_hints::last_significant_before(parsed.tokens(), err.location.start());
                let range = if at_end { last.unwrap_or(err.location) } else { err.location };
                (self.error("expected 'except' or 'finally' block", range), Some(usize::from(err.location.start())))
            }
            _ => (self.base_parse_error(err, &scan), Some(usize::from(err.location.start()))),
        };
        if let Some(&(c, at)) = scan.unclosed.last() {
            let past = match read_to {
                Some(off) => syntax_hints::line_of(self.source, off) > syntax_hints::line_of(self.source, at),
                None => true,
            };
            if past {
                let at = TextSize::from(at as u32);
                return self.error(format!("'{c}' was never closed"), TextRange::new(at, at));
            }
        }
        e
    }

    /// Errors where the parser expected one token and found another that CPython words
    /// more specifically than "invalid syntax".
    fn expected_token_error(
        &self,
        err: &ParseError,
        expected: TokenKind,
        found: TokenKind,
        parsed: &Parsed<Mod>,
        scan: &BracketScan,
    ) -> CompileError {
        let before = syntax_hints::last_significant_before(parsed.tokens(), err.location.start());
        if found.as_augmented_assign_operator().is_some() && expected == TokenKind::Comma {
            let (line, _) = self.position(err.location.start());
            let text = self.source.lines().nth(line as usize - 1).unwrap_or("");
            let at = TextSize::from((self.starts[line as usize - 1] + (text.len() - text.trim_start().len())) as u32);
            return self.error("'tuple' is an illegal expression for augmented assignment", TextRange::new(at, at));
        }
        let in_dict = scan.unclosed_at(usize::from(err.location.start())) == Some('{');
        if expected == TokenKind::Colon && matches!(found, TokenKind::Comma | TokenKind::Rbrace) && in_dict {
            return self.error("':' expected after dictionary key", before.unwrap_or(err.location));
        }
        self.base_parse_error(err, scan)
    }

    fn base_parse_error(&self, err: &ParseError, scan: &BracketScan) -> CompileError {
        let range = err.location;
        let mut indentation = false;
        let msg: String = match &err.error {
            ParseErrorType::Lexical(lex) => match lex {
                LexicalErrorType::IndentationError => {
                    let (line, _) = self.position(range.start());
                    let text = self.source.lines().nth(line as usize - 1).unwrap_or("");
                    let at = self.starts[line as usize - 1] + text.len();
                    let at = TextSize::from(at as u32);
                    let mut e =
                        self.error("unindent does not match any outer indentation level", TextRange::new(at, at));
                    e.indentation = true;
                    return e;
                }
                LexicalErrorType::UnclosedStringError => {
                    let text = self.source.get(usize::from(range.start())..).unwrap_or("");
                    let t = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                    let end = usize::from(range.end()).min(self.source.len());
                    let end = if end > 0 && self.source[..end].ends_with('\n') { end - 1 } else { end };
                    let line = self.line(TextSize::from(end as u32));
                    if t.starts_with("'''") || t.starts_with("\"\"\"") {
                        format!("unterminated triple-quoted string literal (detected at line {line})")
                    } else {
                        format!("unterminated string literal (detected at line {line})")
                    }
                }
                LexicalErrorType::Eof => return self.unclosed_error(range, scan),
                LexicalErrorType::LineContinuationError => {
                    "unexpected character after line continuation character".into()
                }
                LexicalErrorType::UnrecognizedToken { tok } => {
                    if *tok == '$' || *tok == '?' || *tok == '`' || *tok == '!' {
                        "invalid syntax".into()
                    } else {
                        format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
                    }
                }
                LexicalErrorType::InvalidByteLiteral => "bytes can only contain ASCII literal characters".into(),
                LexicalErrorType::FStringError(e) => fstring_message(e),
                LexicalErrorType::OtherError(m) => {
                    let tok = self.text(range);
                    if m.contains("decimal")
                        && tok.len() > 1
                        && tok.starts_with('0')
                        && tok.bytes().all(|b| b.is_ascii_digit() || b == b'_')
                    {
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into()
                    } else {
                        other_message(m)
                    }
                }
                _ => "invalid syntax".into(),
            },
            ParseErrorType::UnexpectedIndentation => {
                let (line, col) = self.position(range.start());
                let text = self.source.lines().nth(line as usize - 1).unwrap_or("");
                let indent = text.len() - text.trim_start().len();
                let mut e = self.error("unexpected indent", range);
                e.column = if col == 1 { indent.max(1) as u32 } else { col };
                e.indentation = true;
                return e;
            }
            ParseErrorType::SimpleStatementsOnSameLine => {
                let (line, _) = self.position(range.start());
                let text = self.source.lines().nth(line as usize - 1).unwrap_or("");
                let t = text.trim_start();
                let before = &self.source[..usize::from(range.start()).min(self.source.len())];
                if t.starts_with("print ") && !t.starts_with("print (") {
                    let at = self.starts[line as usize - 1] + (text.len() - t.len());
                    let at = TextSize::from(at as u32);
                    return self.error(
                        "Missing parentheses in call to 'print'. Did you mean print(...)?",
                        TextRange::new(at, at),
                    );
                }
                if before.ends_with(|c: char| c.is_ascii_digit()) && self.text(range).starts_with('_') {
                    "invalid decimal literal".into()
                } else {
                    "invalid syntax".into()
                }
            }
            ParseErrorType::ExpectedToken { expected, found } => {
                let exp = format!("{expected}");
                let fnd = format!("{found}");
                if exp.contains("Indent") || exp.contains("indent") {
                    return self.indent_error(range);
                }
                if fnd.contains("Dedent") || fnd.contains("dedent") {
                    indentation = true;
                    "unindent does not match any outer indentation level".into()
                } else if exp.contains("else") || exp.contains("Else") {
                    "expected 'else' after 'if' expression".into()
                } else if exp == "':'" || exp == "`:`" || exp.contains("Colon") {
                    "expected ':'".into()
                } else if fnd.contains("end of file") || fnd.contains("EndOfFile") {
                    return self.unclosed_error(range, scan);
                } else {
                    "invalid syntax".into()
                }
            }
            ParseErrorType::InvalidAssignmentTarget => {
                let what = self.expr_kind(range);
                let text = self.source.get(usize::from(range.end())..).unwrap_or("");
                let text = text.trim_start_matches(|c: char| c == ')' || c.is_whitespace());
                if text.starts_with('=')
                    && !text.starts_with("==")
                    && !matches!(what, "None" | "True" | "False" | "__debug__")
                {
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
                } else {
                    format!("cannot assign to {what}")
                }
            }
            ParseErrorType::InvalidNamedAssignmentTarget => {
                format!("cannot use assignment expressions with {}", self.expr_kind(range))
            }
            ParseErrorType::InvalidAnnotatedAssignmentTarget => "illegal target for annotation".into(),
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                format!("'{}' is an illegal expression for augmented assignment", self.expr_kind(range))
            }
            ParseErrorType::InvalidDeleteTarget => {
                format!("cannot delete {}", self.expr_kind(range))
            }
            ParseErrorType::PositionalAfterKeywordArgument => "positional argument follows keyword argument".into(),
            ParseErrorType::PositionalAfterKeywordUnpacking => {
                "positional argument follows keyword argument unpacking".into()
            }
            ParseErrorType::InvalidArgumentUnpackingOrder => {
                "iterable argument unpacking follows keyword argument unpacking".into()
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => "non-default argument follows default argument".into(),
            ParseErrorType::ParamAfterVarKeywordParam => "invalid syntax".into(),
            ParseErrorType::ExpectedKeywordParam => "named arguments must follow bare *".into(),
            ParseErrorType::VarParameterWithDefault => "var-positional argument cannot have default value".into(),
            ParseErrorType::IterableUnpackingInComprehension => {
                "iterable unpacking cannot be used in comprehension".into()
            }
            ParseErrorType::InvalidStarredExpressionUsage => "can't use starred expression here".into(),
            ParseErrorType::UnparenthesizedGeneratorExpression => "Generator expression must be parenthesized".into(),
            ParseErrorType::FStringError(e) => fstring_message(e),
            ParseErrorType::OtherError(m) => {
                if m.starts_with("Expected an indented block") {
                    return self.indent_error(range);
                }
                if m.starts_with("Expected") {
                    "invalid syntax".into()
                } else {
                    let mut c = m.chars();
                    match c.next() {
                        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
                        None => String::new(),
                    }
                }
            }
            ParseErrorType::ExpectedExpression => {
                let rest = self.source.get(usize::from(range.start())..).unwrap_or("");
                if rest.is_empty() || range.start() >= TextSize::of(self.source) {
                    return self.unclosed_error(range, scan);
                }
                "invalid syntax".into()
            }
            _ => "invalid syntax".into(),
        };
        let mut e = self.error(msg, range);
        e.indentation = indentation;
        e
    }

    /// An unexpected end of input: point at the innermost unclosed bracket if any.
    fn unclosed_error(&self, range: TextRange, scan: &BracketScan) -> CompileError {
        if let Some(h) = &scan.hard {
            return self.error(h.message.clone(), h.range);
        }
        if let Some(&(c, i)) = scan.unclosed.last() {
            let at = TextSize::from(i as u32);
            return self.error(format!("'{c}' was never closed"), TextRange::new(at, at));
        }
        self.error("invalid syntax", range)
    }

    fn indent_error(&self, range: TextRange) -> CompileError {
        // Find the previous non-blank line: the header of the block.
        let start = usize::from(range.start()).min(self.source.len());
        let before = &self.source[..start];
        let mut header_line = 0;
        let mut kind = String::new();
        for (idx, l) in before.lines().enumerate().collect::<Vec<_>>().into_iter().rev() {
            let t = l.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            header_line = idx as u32 + 1;
            let word: String = t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            kind = match word.as_str() {
                "if" => "'if' statement".into(),
                "elif" => "'elif' statement".into(),
                "else" => "'else' statement".into(),
                "for" => "'for' statement".into(),
                "while" => "'while' statement".into(),
                "with" => "'with' statement".into(),
                "try" => "'try' statement".into(),
                "except" => "'except' statement".into(),
                "finally" => "'finally' statement".into(),
                "def" => "function definition".into(),
                "class" => "class definition".into(),
                _ => String::new(),
            };
            break;
        }
        let msg = if kind.is_empty() {
            "expected an indented block".to_string()
        } else {
            format!("expected an indented block after {kind} on line {header_line}")
        };
        let mut e = self.error(msg, range);
        e.indentation = true;
        e
    }

    /// CPython's name for an expression kind in "cannot assign to ..." messages.
    fn expr_kind(&self, range: TextRange) -> &'static str {
        let text = self.text(range);
        match ruff_python_parser::parse_expression(&format!("({})", text.trim())) {
            Ok(p) => expr_kind_name(&p.syntax().body),
            Err(_) => "expression",
        }
    }

    pub(crate) fn unsupported_error(&self, err: &UnsupportedSyntaxError) -> CompileError {
        self.error("invalid syntax", err.range())
    }
}

/// CPython's description of an expression in target errors.
pub(crate) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::EllipsisLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::Call(_) => "function call",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
        Expr::IpyEscapeCommand(_) => "expression",
    }
}

fn fstring_message(e: &InterpolatedStringErrorType) -> String {
    match e {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'".into(),
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed".into(),
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
        }
        other => format!("f-string: {other}"),
    }
}

fn other_message(m: &str) -> String {
    if m.contains("leading zeros") {
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into()
    } else if m.starts_with("Invalid decimal") || m.contains("invalid decimal literal") {
        "invalid decimal literal".into()
    } else {
        m.to_string()
    }
}
