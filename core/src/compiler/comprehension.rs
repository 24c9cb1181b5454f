//! List/set/dict comprehensions and generator expressions. As in CPython 3.11 each is
//! a nested function taking the outermost iterator as its single argument `.0`; the
//! outermost iterable is evaluated in the enclosing scope, everything else inside.

use super::{Compiler, R};
use crate::bytecode::{Const, Instr};
use ruff_python_ast::{self as ast, Comprehension, Expr};
use ruff_text_size::Ranged;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// The AST node of a comprehension, giving access to its element expressions.
pub(crate) trait CompNode: Ranged {
    fn elts(&self) -> (&Expr, Option<&Expr>);
}

impl CompNode for ast::ExprListComp {
    fn elts(&self) -> (&Expr, Option<&Expr>) {
        (&self.elt, None)
    }
}
impl CompNode for ast::ExprSetComp {
    fn elts(&self) -> (&Expr, Option<&Expr>) {
        (&self.elt, None)
    }
}
impl CompNode for ast::ExprGenerator {
    fn elts(&self) -> (&Expr, Option<&Expr>) {
        (&self.elt, None)
    }
}
impl CompNode for ast::ExprDictComp {
    fn elts(&self) -> (&Expr, Option<&Expr>) {
        match &self.key {
            Some(k) => (k, Some(&self.value)),
            None => (&self.value, None),
        }
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn comprehension<T: CompNode>(
        &mut self,
        node: &'a T,
        kind: CompKind,
        gens: &'a [Comprehension],
    ) -> R<()> {
        let scope = self.st.scope_of(node);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.idx.line(node.range().start());
        self.push_unit(scope, name, qualname, line);
        self.u().argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        let (e1, e2) = node.elts();
        self.comp_generator(gens, 0, kind, e1, e2)?;
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(scope, code, 0);
        self.expr(&gens[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::CallFunction(1));
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: CompKind,
        e1: &'a Expr,
        e2: Option<&'a Expr>,
    ) -> R<()> {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        self.bind(start);
        self.emit_jump(Instr::ForIter, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, e1, e2)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(e1)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(e1)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(e1)?;
                    if let Some(v) = e2 {
                        self.expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.expr(e1)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit_jump(Instr::Jump, start);
        self.bind(end);
        Ok(())
    }
}
