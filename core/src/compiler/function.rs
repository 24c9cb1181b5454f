//! Function definitions and lambdas: decorators, positional and keyword-only defaults,
//! the parameter layout of the code object (`varnames` order: positional, keyword-only,
//! `*args`, `**kwargs`), closures, and the function body code object itself.

use super::{docstring, Compiler, Ctx, R};
use crate::bytecode::{flags, Const, Instr};
use ruff_python_ast::{self as ast, Parameters};
use ruff_text_size::Ranged;
use std::sync::Arc;

impl<'a> Compiler<'a> {
    /// Push the defaults tuple / kw-only defaults dict; returns MakeFunction flags.
    fn defaults(&mut self, p: &'a Parameters) -> R<u32> {
        let mut fl = 0;
        let pos: Vec<&'a ast::Expr> =
            p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(pos.len() as u32));
            fl |= 0x01;
        }
        let mut nkw = 0;
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                self.load_const(Const::Str(self.mangle(a.parameter.name.id.as_str())));
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Instr::BuildMap(nkw));
            fl |= 0x02;
        }
        Ok(fl)
    }

    /// Push the annotations dict (evaluated now, as in 3.11, or as source text under
    /// the `annotations` future); returns the MakeFunction flag.
    fn annotations(&mut self, f: &'a ast::StmtFunctionDef) -> R<u32> {
        let anns = super::symtable::annotations_of(&f.parameters, f.returns.as_deref());
        if anns.is_empty() {
            return Ok(0);
        }
        for (name, e) in &anns {
            self.load_const(Const::Str(self.mangle(name)));
            self.annotation(e)?;
        }
        self.emit(Instr::BuildMap(anns.len() as u32));
        Ok(0x04)
    }

    fn set_arg_counts(&mut self, p: Option<&Parameters>) {
        let Some(p) = p else { return };
        let u = self.u();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    /// Emit closure + code constant + MakeFunction for a finished child code object.
    pub(crate) fn make_function(&mut self, child: super::ScopeId, code: crate::bytecode::CodeObject, fl: u32) {
        let fl = fl | self.closure_for(child);
        self.load_const(Const::Code(Arc::new(code)));
        self.emit(Instr::MakeFunction(fl));
    }

    pub(crate) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R<()> {
        if f.is_async {
            return Err(self.err("'async def' is not supported yet", f.range));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let fl = self.defaults(&f.parameters)? | self.annotations(f)?;
        let scope = self.st.scope_of(f);
        let name = f.name.id.as_str();
        let qualname = self.qualname_for(name);
        let line = self.idx.line(f.decorator_list.first().map_or(f.range.start(), |d| d.range.start()));
        self.push_unit(scope, name, qualname, line);
        self.set_arg_counts(Some(&f.parameters));
        let mut body: &'a [ast::Stmt] = &f.body;
        if let Some(doc) = docstring(body) {
            self.u().docstring = Some(doc);
            body = &body[1..];
        }
        self.stmts(body)?;
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(scope, code, fl);
        for _ in &f.decorator_list {
            self.emit(Instr::CallFunction(1));
        }
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    pub(crate) fn lambda(&mut self, l: &'a ast::ExprLambda) -> R<()> {
        let fl = match &l.parameters {
            Some(p) => self.defaults(p)?,
            None => 0,
        };
        let scope = self.st.scope_of(l);
        let qualname = self.qualname_for("<lambda>");
        let line = self.idx.line(l.range.start());
        self.push_unit(scope, "<lambda>", qualname, line);
        self.set_arg_counts(l.parameters.as_deref());
        self.expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(scope, code, fl);
        let _ = l.range();
        Ok(())
    }
}
