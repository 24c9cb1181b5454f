//! f-strings: literal pieces become string constants, replacement fields become
//! `FormatValue` (conversion in the low bits, bit 2 when a format spec — itself an
//! f-string — is on the stack), and the pieces are joined with `BuildString`.
//! `f"{x=}"` emits the debug text and defaults to `!r`.

use super::{Compiler, R};
use crate::bytecode::{Const, Instr};
use ruff_python_ast::{self as ast, ConversionFlag, FStringPart, InterpolatedStringElement};

/// Pieces of an f-string before emission: adjacent literals are merged.
enum Piece<'a> {
    Lit(String),
    Field(&'a ast::InterpolatedElement),
}

fn push_lit(pieces: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Lit(prev)) = pieces.last_mut() {
        prev.push_str(s);
    } else {
        pieces.push(Piece::Lit(s.to_string()));
    }
}

fn collect<'a>(pieces: &mut Vec<Piece<'a>>, els: &'a [InterpolatedStringElement]) {
    for el in els {
        match el {
            InterpolatedStringElement::Literal(l) => push_lit(pieces, &l.value),
            InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_lit(pieces, d.as_str());
                }
                pieces.push(Piece::Field(i));
            }
        }
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn fstring(&mut self, f: &'a ast::ExprFString) -> R<()> {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(l) => push_lit(&mut pieces, &l.value),
                FStringPart::FString(fs) => collect(&mut pieces, &fs.elements),
            }
        }
        self.emit_pieces(pieces)
    }

    fn emit_pieces(&mut self, pieces: Vec<Piece<'a>>) -> R<()> {
        let n = pieces.len();
        if n == 0 {
            self.load_const(Const::Str(String::new()));
            return Ok(());
        }
        for p in pieces {
            match p {
                Piece::Lit(s) => self.load_const(Const::Str(s)),
                Piece::Field(i) => self.format_field(i)?,
            }
        }
        if n > 1 {
            self.emit(Instr::BuildString(n as u32));
        }
        Ok(())
    }

    fn format_field(&mut self, i: &'a ast::InterpolatedElement) -> R<()> {
        self.expr(&i.expression)?;
        let mut conv = match i.conversion {
            ConversionFlag::None => 0,
            ConversionFlag::Str => 1,
            ConversionFlag::Repr => 2,
            ConversionFlag::Ascii => 3,
        };
        if conv == 0 && i.debug_text.is_some() && i.format_spec.is_none() {
            conv = 2;
        }
        if let Some(spec) = &i.format_spec {
            let mut pieces = Vec::new();
            collect(&mut pieces, &spec.elements);
            self.emit_pieces(pieces)?;
            conv |= 4;
        }
        self.emit(Instr::FormatValue(conv));
        Ok(())
    }
}
