//! Statements: dispatch, control flow (`if`, `while`, `for`, `break`, `continue`,
//! `return`), imports, `assert`, `raise`, and the simple statements. Exception handling
//! lives in `exceptions.rs`, definitions in `function.rs` and `class.rs`.

use super::{Compiler, Ctx, FBlock, R};
use crate::bytecode::{Const, Instr};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        let old = self.set_line(s.range());
        let r = self.stmt_inner(s);
        self.restore_line(old);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R<()> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::TypeAlias(t) => return Err(self.err("type alias statements are not supported", t.range)),
            Stmt::Assign(a) => self.assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::CallFunction(1));
                }
                self.emit(Instr::Raise(1));
                self.bind(end);
            }
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::PopTop);
            }
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> R<()> {
        if !self.scope_kind().is_function_like() {
            return Err(self.err("'return' outside function", r.range));
        }
        self.reject_in_except_star(false, r.range)?;
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        self.unwind(false, true)?;
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> R<()> {
        let has_loop = self.ur().fblocks.iter().any(|f| matches!(f, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }));
        if !has_loop {
            return Err(
                self.err(if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }, range)
            );
        }
        self.reject_in_except_star(true, range)?;
        let lp = self.unwind(true, false)?.expect("loop block");
        match (lp, is_break) {
            (FBlock::WhileLoop { end, .. }, true) => self.emit_jump(Instr::Jump, end),
            (FBlock::ForLoop { end, .. }, true) => {
                self.emit(Instr::PopTop);
                self.emit_jump(Instr::Jump, end);
            }
            (FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. }, false) => {
                self.emit_jump(Instr::Jump, start)
            }
            _ => unreachable!(),
        }
        Ok(())
    }

    /// `return` (or `break`/`continue`, which stop at the innermost loop) may not leave
    /// an `except*` clause.
    fn reject_in_except_star(&self, to_loop: bool, range: ruff_text_size::TextRange) -> R<()> {
        for f in self.ur().fblocks.iter().rev() {
            match f {
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } if to_loop => return Ok(()),
                FBlock::ExceptStar => {
                    return Err(self.err("'break', 'continue' and 'return' cannot appear in an except* block", range))
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> R<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Instr::Jump, end);
            self.bind(next);
            next = self.new_label();
            let old = self.set_line(clause.range);
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.restore_line(old);
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> R<()> {
        let start = self.new_label();
        let else_ = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let always = matches!(self.const_value(&w.test), Some(Const::Bool(true)))
            || matches!(self.const_value(&w.test), Some(Const::Int(i)) if i != 0);
        if !always {
            self.jump_if(&w.test, false, else_)?;
        }
        self.u().fblocks.push(FBlock::WhileLoop { start, end });
        self.stmts(&w.body)?;
        self.u().fblocks.pop();
        self.emit_jump(Instr::Jump, start);
        self.bind(else_);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> R<()> {
        if f.is_async {
            return Err(self.err("'async for' is not supported yet", f.range));
        }
        let start = self.new_label();
        let else_ = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit_jump(Instr::ForIter, else_);
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::ForLoop { start, end });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.emit_jump(Instr::Jump, start);
        self.bind(else_);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) {
        for a in &i.names {
            let full = a.name.id.as_str();
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            let n = self.name_idx(full);
            self.emit(Instr::ImportName(n));
            match &a.asname {
                Some(asname) => {
                    for part in full.split('.').skip(1) {
                        let p = self.name_idx(part);
                        self.emit(Instr::LoadAttr(p));
                    }
                    self.name_op(asname.id.as_str(), Ctx::Store);
                }
                None => {
                    let first = full.split('.').next().unwrap_or(full);
                    self.name_op(first, Ctx::Store);
                }
            }
        }
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> R<()> {
        let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
        if module == "__future__" {
            for a in &i.names {
                let n = a.name.id.as_str();
                const KNOWN: &[&str] = &[
                    "nested_scopes",
                    "generators",
                    "division",
                    "absolute_import",
                    "with_statement",
                    "print_function",
                    "unicode_literals",
                    "barry_as_FLUFL",
                    "generator_stop",
                    "annotations",
                ];
                if n == "braces" {
                    return Err(self.err("not a chance", i.range));
                }
                if !KNOWN.contains(&n) {
                    return Err(self.err(format!("future feature {n} is not defined"), i.range));
                }
            }
        }
        self.load_const(Const::Int(i64::from(i.level)));
        let star = i.names.len() == 1 && i.names[0].name.id.as_str() == "*";
        let names: Vec<Const> = i.names.iter().map(|a| Const::Str(a.name.id.to_string())).collect();
        self.load_const(Const::Tuple(names));
        let m = self.name_idx(module);
        self.emit(Instr::ImportName(m));
        if star {
            if self.scope_kind() != super::symtable::ScopeKind::Module {
                return Err(self.err("import * only allowed at module level", i.names[0].range));
            }
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for a in &i.names {
            let n = self.name_idx(a.name.id.as_str());
            self.emit(Instr::ImportFrom(n));
            let store = a.asname.as_ref().unwrap_or(&a.name).id.as_str();
            self.name_op(store, Ctx::Store);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}
