//! Class definitions: the class body is compiled as its own code object (locals by
//! name, `__module__`/`__qualname__` set first, the implicit `__class__` cell stored to
//! `__classcell__` at the end) and run by `__build_class__(func, name, *bases, **kw)`.

use super::{docstring, Compiler, Ctx, R};
use crate::bytecode::{Const, Instr};
use ruff_python_ast as ast;

impl<'a> Compiler<'a> {
    pub(crate) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let scope = self.st.scope_of(c);
        let name = c.name.id.as_str();
        let qualname = self.qualname_for(name);
        let line = self.idx.line(c.decorator_list.first().map_or(c.range.start(), |d| d.range.start()));
        self.emit(Instr::LoadBuildClass);

        self.push_unit(scope, name, qualname.clone(), line);
        let m = self.name_idx("__name__");
        self.emit(Instr::LoadName(m));
        let m = self.name_idx("__module__");
        self.emit(Instr::StoreName(m));
        self.load_const(Const::Str(qualname));
        let q = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(q));
        if self.st.scopes[scope].has_annotations {
            self.emit(Instr::BuildMap(0));
            let n = self.name_idx("__annotations__");
            self.emit(Instr::StoreName(n));
        }
        let mut body: &'a [ast::Stmt] = &c.body;
        if let Some(doc) = docstring(body) {
            self.u().docstring = Some(doc.clone());
            self.load_const(Const::Str(doc));
            let d = self.name_idx("__doc__");
            self.emit(Instr::StoreName(d));
            body = &body[1..];
        }
        self.stmts(body)?;
        if self.st.scopes[scope].needs_class_cell {
            let i = self.st.scopes[scope].cellvars.iter().position(|v| v == "__class__").unwrap_or(0) as u32;
            self.emit(Instr::LoadClosure(i));
            let n = self.name_idx("__classcell__");
            self.emit(Instr::StoreName(n));
        }
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();

        self.make_function(scope, code, 0);
        self.load_const(Const::Str(name.to_string()));
        match &c.arguments {
            Some(args) => self.call_args(2, args, c.range)?,
            None => self.emit(Instr::CallFunction(2)),
        }
        for _ in &c.decorator_list {
            self.emit(Instr::CallFunction(1));
        }
        self.name_op(name, Ctx::Store);
        Ok(())
    }
}
