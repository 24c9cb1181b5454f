//! Exception handling: `try`/`except`/`else`/`finally` and `with`, following the VM's
//! block-stack protocol (see `bytecode.rs`): `Setup*` pushes a handler, the handler
//! starts with the exception as the only new stack item, `PopExcept` ends handling,
//! `Reraise` propagates. `finally` bodies are emitted inline on the normal path and
//! once more as the exceptional handler; `return`/`break`/`continue` unwind through
//! the frame blocks pushed here.

use super::{Compiler, Ctx, FBlock, R};
use crate::bytecode::{Const, Instr};
use ruff_python_ast::{self as ast, ExceptHandler};

impl<'a> Compiler<'a> {
    pub(crate) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> R<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, handler);
        self.u().fblocks.push(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(&t.finalbody)?;
        self.emit_jump(Instr::Jump, end);
        // Exceptional path: the exception is on the stack.
        self.bind(handler);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// try/except/else (without the finally part).
    fn try_except(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupExcept, handler);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(&t.orelse)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        if t.is_star {
            self.except_star_handlers(&t.handlers)?;
            self.bind(end);
            return Ok(());
        }
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = h;
            let old = self.set_line(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit_jump(Instr::JumpIfNotExcMatch, next);
                }
                None => {
                    if i + 1 < n {
                        return Err(self.err("default 'except:' must be last", h.range));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name = name.id.as_str();
                    self.emit(Instr::DupTop);
                    self.name_op(name, Ctx::Store);
                    // Protect the body so `name` is cleared even if it raises.
                    let cleanup = self.new_label();
                    self.emit_jump(Instr::SetupFinally, cleanup);
                    self.u().fblocks.push(FBlock::HandlerCleanup { name: Some(name.to_string()) });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.load_const(Const::None);
                    self.name_op(name, Ctx::Store);
                    self.name_op(name, Ctx::Del);
                    self.emit_jump(Instr::Jump, end);
                    // The body raised: clear the name and propagate the new exception.
                    self.bind(cleanup);
                    self.load_const(Const::None);
                    self.name_op(name, Ctx::Store);
                    self.name_op(name, Ctx::Del);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.u().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                }
            }
            self.bind(next);
            self.restore_line(old);
        }
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// The handlers of `try`/`except*`, entered with the exception on the stack. Below
    /// the matched group each clause sees: the caught exception, what is still unhandled
    /// and the list of exceptions the clauses raised (see `ExcStarMatch`).
    fn except_star_handlers(&mut self, handlers: &'a [ExceptHandler]) -> R<()> {
        self.emit(Instr::DupTop);
        self.emit(Instr::BuildList(0));
        for h in handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            let old = self.set_line(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.err("expected one or more exception types", h.range));
            };
            let next = self.new_label();
            self.expr(ty)?;
            self.emit_jump(Instr::ExcStarMatch, next);
            let name = h.name.as_ref().map(|n| n.id.as_str());
            if let Some(name) = name {
                self.emit(Instr::DupTop);
                self.name_op(name, Ctx::Store);
            }
            let raised = self.new_label();
            self.emit_jump(Instr::SetupFinally, raised);
            self.u().fblocks.push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.emit(Instr::PopExcept);
            self.clear_handler_name(name);
            self.emit_jump(Instr::Jump, next);
            self.bind(raised);
            self.clear_handler_name(name);
            self.emit(Instr::ExcStarCollect);
            self.bind(next);
            self.restore_line(old);
        }
        self.emit(Instr::ExcStarEnd);
        Ok(())
    }

    fn clear_handler_name(&mut self, name: Option<&str>) {
        if let Some(name) = name {
            self.load_const(Const::None);
            self.name_op(name, Ctx::Store);
            self.name_op(name, Ctx::Del);
        }
    }

    pub(crate) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> R<()> {
        if w.is_async {
            return Err(self.err("'async with' is not supported yet", w.range));
        }
        self.with_items(&w.items, &w.body)
    }

    fn with_items(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt]) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit_jump(Instr::SetupWith, handler);
        self.u().fblocks.push(FBlock::With);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Instr::PopTop),
        }
        self.with_items(rest, body)?;
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::WithExitNormal);
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        self.emit(Instr::WithExceptStart);
        self.emit_jump(Instr::Jump, end);
        self.bind(end);
        Ok(())
    }
}
