//! Assignment targets: names, attributes, subscripts, and (nested, starred) tuple and
//! list unpacking; augmented assignment; `del`; annotated assignment.

use super::{Compiler, Ctx, R};
use crate::bytecode::{Const, Instr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    /// Store the value on TOS into `t` (pops it).
    pub(crate) fn store_target(&mut self, t: &'a Expr) -> R<()> {
        let old = self.set_line(t.range());
        let r = self.store_inner(t);
        self.restore_line(old);
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> R<()> {
        match t {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.err("cannot assign to __debug__", n.range));
                }
                self.name_op(n.id.as_str(), Ctx::Store);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.id.as_str());
                let i = self.name_idx(&name);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, t)?;
            }
            Expr::Starred(s) => {
                return Err(self.err("starred assignment target must be in a list or tuple", s.range));
            }
            other => {
                let what = super::errors::expr_kind_name(other);
                return Err(self.err(format!("cannot assign to {what}"), other.range()));
            }
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], whole: &Expr) -> R<()> {
        let stars: Vec<usize> =
            elts.iter().enumerate().filter(|(_, e)| matches!(e, Expr::Starred(_))).map(|(i, _)| i).collect();
        match stars.as_slice() {
            [] => self.emit(Instr::UnpackSequence(elts.len() as u32)),
            [i] => {
                let before = *i;
                let after = elts.len() - i - 1;
                if before > 255 || after > 255 {
                    return Err(self.err("too many expressions in star-unpacking assignment", whole.range()));
                }
                self.emit(Instr::UnpackEx((before | (after << 8)) as u32));
            }
            _ => return Err(self.err("multiple starred expressions in assignment", whole.range())),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    pub(crate) fn assign(&mut self, a: &'a ast::StmtAssign) -> R<()> {
        self.expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Instr::DupTop);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    pub(crate) fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R<()> {
        let op = Instr::InplaceBinary(super::expr::binop(a.op));
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Load);
                self.expr(&a.value)?;
                self.emit(op);
                self.name_op(n.id.as_str(), Ctx::Store);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::DupTop);
                let name = self.mangle(at.attr.id.as_str());
                let i = self.name_idx(&name);
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.emit(op);
                self.emit(Instr::RotTwo);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DupTopTwo);
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.emit(op);
                self.emit(Instr::RotThree);
                self.emit(Instr::StoreSubscr);
            }
            other => {
                let what = super::errors::expr_kind_name(other);
                return Err(
                    self.err(format!("'{what}' is an illegal expression for augmented assignment"), other.range())
                );
            }
        }
        Ok(())
    }

    pub(crate) fn delete(&mut self, t: &'a Expr) -> R<()> {
        let old = self.set_line(t.range());
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.id.as_str());
                let i = self.name_idx(&name);
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => {
                let what = super::errors::expr_kind_name(other);
                return Err(self.err(format!("cannot delete {what}"), other.range()));
            }
        }
        self.restore_line(old);
        Ok(())
    }

    pub(crate) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let module_or_class = !self.scope_kind().is_function_like();
        match &*a.target {
            Expr::Name(n) if a.simple && module_or_class => {
                self.annotation(&a.annotation)?;
                let ann = self.name_idx("__annotations__");
                self.emit(Instr::LoadName(ann));
                let key = self.mangle(n.id.as_str());
                self.load_const(Const::Str(key));
                self.emit(Instr::StoreSubscr);
            }
            Expr::Attribute(at) if a.value.is_none() => {
                self.expr(&at.value)?;
                self.emit(Instr::PopTop);
            }
            Expr::Subscript(s) if a.value.is_none() => {
                self.expr(&s.value)?;
                self.emit(Instr::PopTop);
                self.expr(&s.slice)?;
                self.emit(Instr::PopTop);
            }
            _ => {}
        }
        Ok(())
    }

    /// Push an annotation value (its source text under `from __future__ import annotations`).
    pub(crate) fn annotation(&mut self, e: &'a Expr) -> R<()> {
        if self.st.future_annotations {
            // A string annotation reads back as its repr, as CPython's unparsing gives.
            let text = match e {
                Expr::StringLiteral(s) => crate::objects::str::repr_str(s.value.to_str()),
                _ => self.idx.text(e.range()).to_string(),
            };
            self.load_const(Const::Str(text));
            Ok(())
        } else {
            self.expr(e)
        }
    }
}
