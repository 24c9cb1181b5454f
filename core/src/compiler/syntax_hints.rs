//! CPython's more specific syntax error messages, layered over the parser's report.
//!
//! CPython's tokenizer checks brackets and string quotes over the whole file once the
//! parser has failed: a mismatched or unmatched bracket or an unterminated string found
//! anywhere wins over a parser error, and a bracket still open at the end of the file
//! wins when the parser had read past the bracket's line. Its error pass also names two
//! common slips: two expressions inside brackets with no comma between them, and `=`
//! written for `==` in a condition. This module reproduces those decisions from a
//! light bracket-and-string scan plus the parser's tokens and partial tree.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::source_order::{walk_expr, SourceOrderVisitor};
use ruff_python_ast::{Expr, Mod};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// A tokenizer-level error: message and the byte range it points at.
pub(crate) struct LexError {
    pub(crate) message: String,
    pub(crate) range: TextRange,
}

/// What a scan of the whole source found about brackets and strings.
pub(crate) struct BracketScan {
    /// The first mismatched/unmatched bracket or unterminated string.
    pub(crate) hard: Option<LexError>,
    /// Brackets still open at the end (or at `hard`): (char, byte offset), innermost last.
    pub(crate) unclosed: Vec<(char, usize)>,
    /// (offset, nesting depth after that offset), in source order.
    depth_changes: Vec<(usize, usize)>,
    /// Every bracket pair: (open offset, close offset or usize::MAX, char), by opening.
    opens: Vec<(usize, usize, char)>,
}

impl BracketScan {
    /// The innermost bracket open just before byte `offset`.
    pub(crate) fn unclosed_at(&self, offset: usize) -> Option<char> {
        self.opens.iter().filter(|(o, close, _)| *o < offset && *close >= offset).map(|(_, _, c)| *c).last()
    }

    /// Bracket nesting depth just before byte `offset`.
    pub(crate) fn depth_at(&self, offset: usize) -> usize {
        let i = self.depth_changes.partition_point(|(o, _)| *o < offset);
        if i == 0 {
            0
        } else {
            self.depth_changes[i - 1].1
        }
    }
}

/// The line (1-based) of byte `offset`.
pub(crate) fn line_of(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())].iter().filter(|b| **b == b'\n').count() + 1
}

fn range_at(offset: usize, len: usize) -> TextRange {
    TextRange::at(TextSize::from(offset as u32), TextSize::from(len as u32))
}

fn is_string_prefix(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf")
}

/// Scan `source` the way CPython's tokenizer tracks brackets and quotes.
pub(crate) fn scan(source: &str) -> BracketScan {
    let b = source.as_bytes();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut depth_changes = Vec::new();
    let mut opens: Vec<(usize, usize, char)> = Vec::new();
    let mut open_ix: Vec<usize> = Vec::new();
    let mut hard = None;
    let mut i = 0;
    while i < b.len() && hard.is_none() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' => i += 1,
            b'(' | b'[' | b'{' => {
                stack.push((c as char, i));
                open_ix.push(opens.len());
                opens.push((i, usize::MAX, c as char));
                depth_changes.push((i, stack.len()));
            }
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => '(',
                    b']' => '[',
                    _ => '{',
                };
                match stack.last() {
                    None => {
                        hard = Some(LexError { message: format!("unmatched '{}'", c as char), range: range_at(i, 1) });
                    }
                    Some(&(o, at)) if o != open => {
                        let (here, there) = (line_of(source, i), line_of(source, at));
                        let mut message =
                            format!("closing parenthesis '{}' does not match opening parenthesis '{o}'", c as char);
                        if here != there {
                            message.push_str(&format!(" on line {there}"));
                        }
                        hard = Some(LexError { message, range: range_at(i, 1) });
                    }
                    Some(_) => {
                        stack.pop();
                        if let Some(ix) = open_ix.pop() {
                            opens[ix].1 = i;
                        }
                        depth_changes.push((i, stack.len()));
                    }
                }
            }
            b'\'' | b'"' => {
                hard = skip_string(source, i, i).err();
                if hard.is_none() {
                    i = skip_string(source, i, i).unwrap_or(b.len());
                    continue;
                }
            }
            _ if c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80 => {
                let start = i;
                while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric() || b[i] >= 0x80) {
                    i += 1;
                }
                if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && is_string_prefix(&source[start..i]) {
                    match skip_string(source, i, start) {
                        Ok(end) => i = end,
                        Err(e) => hard = Some(e),
                    }
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    BracketScan { hard, unclosed: stack, depth_changes, opens }
}

/// Skip the string whose opening quote is at `q` (its prefix starts at `start`);
/// returns the offset just past it.
fn skip_string(source: &str, q: usize, start: usize) -> Result<usize, LexError> {
    let b = source.as_bytes();
    let quote = b[q];
    let triple = b.len() >= q + 3 && b[q + 1] == quote && b[q + 2] == quote;
    let mut i = q + if triple { 3 } else { 1 };
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'\n' if !triple => break,
            c if c == quote => {
                if !triple {
                    return Ok(i + 1);
                }
                if b.len() >= i + 3 && b[i + 1] == quote && b[i + 2] == quote {
                    return Ok(i + 3);
                }
            }
            _ => {}
        }
        i += 1;
    }
    let message = if triple {
        let end = source.trim_end_matches(['\n', '\r']).len();
        format!("unterminated triple-quoted string literal (detected at line {})", line_of(source, end))
    } else {
        format!("unterminated string literal (detected at line {})", line_of(source, q))
    };
    Err(LexError { message, range: range_at(start, 0) })
}

/// Ranges of every expression in the (possibly partial) tree.
struct ExprRanges(Vec<TextRange>);

impl<'a> SourceOrderVisitor<'a> for ExprRanges {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if !matches!(expr, Expr::If(_) | Expr::Lambda(_) | Expr::Named(_) | Expr::Starred(_)) {
            self.0.push(expr.range());
        }
        walk_expr(self, expr);
    }
}

/// A hint found by the error pass: message, where it points, and the offset of the
/// first token after the construct (None: the end of the file).
pub(crate) struct Hint {
    pub(crate) message: String,
    pub(crate) range: TextRange,
    pub(crate) lookahead: Option<usize>,
}

/// Token kinds that can begin the second of two juxtaposed expressions.
fn starts_expression(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lbrace
            | TokenKind::Not
            | TokenKind::Lambda
            | TokenKind::Ellipsis
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Tilde
    )
}

fn significant(t: &Token) -> bool {
    !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline)
}

/// The comma and `=` hints for a parser error at `at` that expected `expected` and found
/// `found`.
pub(crate) fn hint(
    source: &str,
    tree: &Mod,
    tokens: &[Token],
    scan: &BracketScan,
    expected: TokenKind,
    found: TokenKind,
    at: TextRange,
) -> Option<Hint> {
    let comma = matches!(expected, TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace)
        && starts_expression(found)
        && scan.depth_at(at.start().into()) > 0;
    let equals = found == TokenKind::Equal
        && (expected == TokenKind::Colon
            || (matches!(expected, TokenKind::Comma | TokenKind::Rsqb | TokenKind::Rbrace)
                && scan.depth_at(at.start().into()) > 0));
    if !comma && !equals {
        return None;
    }
    let ix = tokens.iter().position(|t| t.start() >= at.start())?;
    let prev = tokens[..ix].iter().rposition(significant)?;
    let mut exprs = ExprRanges(Vec::new());
    match tree {
        Mod::Module(m) => exprs.visit_body(&m.body),
        Mod::Expression(e) => exprs.visit_expr(&e.body),
    }
    // `a`: the longest expression ending at the token before; `b`: the longest one
    // starting at the offending token (or after the `=`).
    let a_end = tokens[prev].end();
    let a_start = exprs.0.iter().filter(|r| r.end() == a_end).map(|r| r.start()).min().unwrap_or(tokens[prev].start());
    let b_first = if equals { tokens[ix + 1..].iter().find(|t| significant(t))?.start() } else { at.start() };
    let b_end = exprs.0.iter().filter(|r| r.start() == b_first).map(|r| r.end()).max().unwrap_or(at.end());
    let next = tokens.iter().filter(|t| t.start() >= b_end).find(|t| {
        !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline | TokenKind::Newline | TokenKind::Dedent)
    });
    let lookahead = next.filter(|t| t.kind() != TokenKind::EndOfFile).map(|t| usize::from(t.start()));
    let a_tokens: Vec<&Token> =
        tokens.iter().filter(|t| t.start() >= a_start && t.end() <= a_end && significant(t)).collect();
    let a_text = &source[usize::from(a_start)..usize::from(a_end)];
    let message = if comma {
        let first = a_tokens.first()?;
        let after_first = tokens.iter().filter(|t| t.start() >= first.end()).find(|t| significant(t));
        let name_string = first.kind() == TokenKind::Name && after_first.is_some_and(|t| t.kind() == TokenKind::String);
        if name_string || first.kind().is_soft_keyword() || a_text == "print" || a_text == "exec" {
            return None;
        }
        "invalid syntax. Perhaps you forgot a comma?".to_string()
    } else {
        if next.is_some_and(|t| matches!(t.kind(), TokenKind::Equal | TokenKind::ColonEqual)) {
            return None;
        }
        if a_tokens.len() == 1 && a_tokens[0].kind() == TokenKind::Name {
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string()
        } else {
            let kind = match ruff_python_parser::parse_expression(&format!("({a_text})")) {
                Ok(p) => super::errors::expr_kind_name(&p.syntax().body),
                Err(_) => return None,
            };
            if matches!(kind, "list" | "tuple" | "generator expression" | "True" | "False" | "None") {
                return None;
            }
            format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?")
        }
    };
    Some(Hint { message, range: TextRange::new(a_start, b_end), lookahead })
}

/// The range of the last token before `offset` that is not a newline, indent or comment.
pub(crate) fn last_significant_before(tokens: &[Token], offset: TextSize) -> Option<TextRange> {
    tokens
        .iter()
        .filter(|t| t.end() <= offset)
        .rfind(|t| {
            !matches!(
                t.kind(),
                TokenKind::Comment
                    | TokenKind::NonLogicalNewline
                    | TokenKind::Newline
                    | TokenKind::Indent
                    | TokenKind::Dedent
            )
        })
        .map(|t| t.range())
}
