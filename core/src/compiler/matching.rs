//! `match` statements (PEP 634).
//!
//! The subject stays on the stack while the cases are tried. Each pattern is compiled
//! by [`Compiler::pattern`], which consumes the value on top of the stack and pushes a
//! truth value (binding capture names as it goes, like CPython, whose bindings of a
//! failed case may also leave partial results). Sequence, mapping and class patterns
//! unpack the parts of their subject onto the stack; a failing sub-pattern jumps to a
//! label that pops whatever is still above the subject, so every label is reached
//! with a single stack depth. The structural tests themselves are VM instructions
//! (`vm/matching.rs`).

use super::{Compiler, Ctx, Label, R};
use crate::bytecode::{CmpOp, Const, Instr};
use ruff_python_ast::{self as ast, Pattern, Singleton};
use ruff_text_size::Ranged;

/// Failure exits of one structural pattern, indexed by how many items are still on
/// the stack above its subject when the failing test jumps.
#[derive(Default)]
struct Fails(Vec<Option<Label>>);

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        for case in &m.cases {
            let next = self.new_label();
            let old = self.set_line(case.pattern.range());
            self.emit(Instr::DupTop);
            self.pattern(&case.pattern)?;
            self.emit_jump(Instr::PopJumpIfFalse, next);
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.restore_line(old);
            self.emit(Instr::PopTop);
            self.stmts(&case.body)?;
            self.emit_jump(Instr::Jump, end);
            self.bind(next);
        }
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Match the value on top of the stack against `p`; replaces it by a truth value.
    fn pattern(&mut self, p: &'a Pattern) -> R<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    Singleton::None => Const::None,
                    Singleton::True => Const::Bool(true),
                    Singleton::False => Const::Bool(false),
                });
                self.emit(Instr::Compare(CmpOp::Is));
            }
            Pattern::MatchStar(s) => self.capture(s.name.as_ref()),
            Pattern::MatchAs(a) => match &a.pattern {
                None => self.capture(a.name.as_ref()),
                Some(inner) => {
                    let fail = self.new_label();
                    let end = self.new_label();
                    self.emit(Instr::DupTop);
                    self.pattern(inner)?;
                    self.emit_jump(Instr::PopJumpIfFalse, fail);
                    self.capture(a.name.as_ref());
                    self.emit_jump(Instr::Jump, end);
                    self.bind(fail);
                    self.emit(Instr::PopTop);
                    self.load_const(Const::Bool(false));
                    self.bind(end);
                }
            },
            Pattern::MatchOr(o) => {
                let ok = self.new_label();
                let end = self.new_label();
                for alt in &o.patterns {
                    self.emit(Instr::DupTop);
                    self.pattern(alt)?;
                    self.emit_jump(Instr::PopJumpIfTrue, ok);
                }
                self.emit(Instr::PopTop);
                self.load_const(Const::Bool(false));
                self.emit_jump(Instr::Jump, end);
                self.bind(ok);
                self.emit(Instr::PopTop);
                self.load_const(Const::Bool(true));
                self.bind(end);
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(s)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m)?,
            Pattern::MatchClass(c) => self.class_pattern(c)?,
        }
        Ok(())
    }

    /// Bind the value on top of the stack to `name` (or drop it for `_`); pushes True.
    fn capture(&mut self, name: Option<&ast::Identifier>) {
        match name {
            Some(n) => self.name_op(n.id.as_str(), Ctx::Store),
            None => self.emit(Instr::PopTop),
        }
        self.load_const(Const::Bool(true));
    }

    fn fail_label(&mut self, fails: &mut Fails, above: usize) -> Label {
        if fails.0.len() <= above {
            fails.0.resize(above + 1, None);
        }
        match fails.0[above] {
            Some(l) => l,
            None => {
                let l = self.new_label();
                fails.0[above] = Some(l);
                l
            }
        }
    }

    /// Sub-patterns over `pats.len()` unpacked items (first on top), with `below` more
    /// items between them and the subject.
    fn subpatterns<I>(&mut self, pats: I, below: usize, fails: &mut Fails) -> R<()>
    where
        I: ExactSizeIterator<Item = &'a Pattern>,
    {
        let n = pats.len();
        for (i, p) in pats.enumerate() {
            self.pattern(p)?;
            let l = self.fail_label(fails, below + n - 1 - i);
            self.emit_jump(Instr::PopJumpIfFalse, l);
        }
        Ok(())
    }

    /// Success with only the subject left: pop it, push True; then the failure exits.
    fn finish_structural(&mut self, fails: Fails) {
        let end = self.new_label();
        self.emit(Instr::PopTop);
        self.load_const(Const::Bool(true));
        self.emit_jump(Instr::Jump, end);
        for k in (0..fails.0.len()).rev() {
            if let Some(l) = fails.0[k] {
                self.bind(l);
            }
            self.emit(Instr::PopTop);
        }
        self.load_const(Const::Bool(false));
        self.bind(end);
    }

    fn sequence_pattern(&mut self, s: &'a ast::PatternMatchSequence) -> R<()> {
        let mut fails = Fails::default();
        let n = s.patterns.len();
        let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
        let fail0 = self.fail_label(&mut fails, 0);
        self.emit(Instr::MatchSequence);
        self.emit_jump(Instr::PopJumpIfFalse, fail0);
        self.emit(Instr::GetLen);
        let (len, op) = if star.is_some() { (n - 1, CmpOp::Ge) } else { (n, CmpOp::Eq) };
        self.load_const(Const::Int(len as i64));
        self.emit(Instr::Compare(op));
        self.emit_jump(Instr::PopJumpIfFalse, fail0);
        self.emit(Instr::DupTop);
        match star {
            Some(i) => self.emit(Instr::UnpackEx((i | ((n - 1 - i) << 8)) as u32)),
            None => self.emit(Instr::UnpackSequence(n as u32)),
        }
        self.subpatterns(s.patterns.iter(), 0, &mut fails)?;
        self.finish_structural(fails);
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping) -> R<()> {
        let mut fails = Fails::default();
        let n = m.keys.len();
        let fail0 = self.fail_label(&mut fails, 0);
        self.emit(Instr::MatchMapping);
        self.emit_jump(Instr::PopJumpIfFalse, fail0);
        if n > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Const::Int(n as i64));
            self.emit(Instr::Compare(CmpOp::Ge));
            self.emit_jump(Instr::PopJumpIfFalse, fail0);
        }
        for k in &m.keys {
            self.expr(k)?;
        }
        self.emit(Instr::BuildTuple(n as u32));
        self.emit(Instr::MatchKeys);
        self.emit(Instr::DupTop);
        self.load_const(Const::None);
        self.emit(Instr::Compare(CmpOp::IsNot));
        let fail2 = self.fail_label(&mut fails, 2);
        self.emit_jump(Instr::PopJumpIfFalse, fail2);
        self.emit(Instr::UnpackSequence(n as u32));
        self.subpatterns(m.patterns.iter(), 1, &mut fails)?;
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::CopyDictWithoutKeys);
                self.name_op(rest.id.as_str(), Ctx::Store);
            }
            None => self.emit(Instr::PopTop),
        }
        self.finish_structural(fails);
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass) -> R<()> {
        let mut fails = Fails::default();
        let args = &c.arguments;
        self.expr(&c.cls)?;
        let names = args.keywords.iter().map(|k| Const::Str(k.attr.id.as_str().into())).collect();
        self.load_const(Const::Tuple(names));
        self.emit(Instr::MatchClass(args.patterns.len() as u32));
        self.emit(Instr::DupTop);
        self.load_const(Const::None);
        self.emit(Instr::Compare(CmpOp::IsNot));
        let fail1 = self.fail_label(&mut fails, 1);
        self.emit_jump(Instr::PopJumpIfFalse, fail1);
        let total = args.patterns.len() + args.keywords.len();
        self.emit(Instr::UnpackSequence(total as u32));
        let pats: Vec<&'a Pattern> = args.patterns.iter().chain(args.keywords.iter().map(|k| &k.pattern)).collect();
        self.subpatterns(pats.into_iter(), 0, &mut fails)?;
        self.finish_structural(fails);
        Ok(())
    }
}
