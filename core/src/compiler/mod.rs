//! The compiler: Python source → [`CodeObject`].
//!
//! Parsing is done by `ruff_python_parser`; [`symtable`] resolves every name's scope;
//! the code generators (one file per concept: expressions, statements, assignment
//! targets, comprehensions, functions, classes, exception handling, f-strings) walk the
//! AST and emit the stack-machine instructions of [`crate::bytecode`]. This file holds
//! the shared state: the stack of code units being built, the "frame blocks" that
//! `return`/`break`/`continue` must unwind, and name resolution to instructions.

mod assign;
mod class;
mod comprehension;
mod disasm;
mod emitter;
mod errors;
mod exceptions;
mod expr;
mod fstring;
mod function;
mod matching;
mod peephole;
mod stmt;
mod symtable;
mod syntax_hints;
#[cfg(test)]
mod tests;

pub use disasm::disassemble;

use crate::bytecode::{flags, CodeObject, CompileError, Const, Instr};
use emitter::{Emitter, Label};
use errors::LineIndex;
use ruff_python_ast::{Expr, Stmt};
use ruff_python_parser::{Mode as ParseMode, ParseOptions};
use ruff_text_size::{Ranged, TextRange};
use std::sync::Arc;
use symtable::{Resolved, ScopeId, ScopeKind, SymbolTable};

/// What the source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (a sequence of statements); the code returns None.
    Exec,
    /// A single expression; the code returns its value.
    Eval,
}

pub(crate) type R<T> = Result<T, CompileError>;

/// Compile Python source to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let idx = LineIndex::new(source);
    let pmode = match mode {
        Mode::Exec => ParseMode::Module,
        Mode::Eval => ParseMode::Expression,
    };
    let options = ParseOptions::from(pmode).with_target_version(ruff_python_ast::PythonVersion { major: 3, minor: 11 });
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    if let Some(e) = parsed.errors().first() {
        return Err(idx.parse_error(e, &parsed));
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Err(idx.unsupported_error(e));
    }
    match parsed.syntax() {
        ruff_python_ast::Mod::Module(m) => {
            let st = symtable::build_module(&m.body, &idx)?;
            let mut c = Compiler::new(idx, st, filename);
            c.module(&m.body)
        }
        ruff_python_ast::Mod::Expression(e) => {
            let st = symtable::build_expr(&e.body, &idx)?;
            let mut c = Compiler::new(idx, st, filename);
            c.eval(&e.body)
        }
    }
}

/// A construct that `return`, `break` and `continue` must clean up when leaving it.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: Label,
        end: Label,
    },
    ForLoop {
        start: Label,
        end: Label,
    },
    /// Inside the body of a try with except clauses (a SetupExcept block is active).
    TryExcept,
    /// Inside the body of a try/finally: leaving runs the finally body inline.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// Inside the exceptional copy of a finally body (the exception is on the stack).
    FinallyEnd,
    /// Inside an except handler body; `Some(name)` for `except E as name` (whose body
    /// is protected by a SetupFinally block).
    HandlerCleanup {
        name: Option<String>,
    },
    /// Inside a `with` body (`__exit__` is on the stack).
    With,
    /// A finally body inlined by `return`: the return value waits below it.
    PopValue,
    /// Inside an `except*` clause body, which `return`, `break` and `continue` may not
    /// leave (rejected before unwinding).
    ExceptStar,
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub(crate) e: Emitter,
    pub(crate) scope: ScopeId,
    pub(crate) name: String,
    pub(crate) qualname: String,
    pub(crate) first_line: u32,
    pub(crate) fblocks: Vec<FBlock<'a>>,
    /// Class name for private-name mangling.
    pub(crate) private: Option<String>,
    pub(crate) argcount: u32,
    pub(crate) posonlyargcount: u32,
    pub(crate) kwonlyargcount: u32,
    pub(crate) flags: u32,
    pub(crate) docstring: Option<String>,
}

pub(crate) struct Compiler<'a> {
    pub(crate) idx: LineIndex<'a>,
    pub(crate) st: SymbolTable,
    pub(crate) filename: Arc<str>,
    pub(crate) units: Vec<Unit<'a>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    fn new(idx: LineIndex<'a>, st: SymbolTable, filename: &str) -> Self {
        Compiler { idx, st, filename: Arc::from(filename), units: Vec::new() }
    }

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    pub(crate) fn ur(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    pub(crate) fn scope_kind(&self) -> ScopeKind {
        self.st.scopes[self.ur().scope].kind
    }

    pub(crate) fn emit(&mut self, i: Instr) {
        self.u().e.emit(i);
    }

    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.u().e.emit_jump(make, l);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.u().e.new_label()
    }

    pub(crate) fn bind(&mut self, l: Label) {
        self.u().e.bind(l);
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        self.u().e.load_const(c);
    }

    pub(crate) fn name_idx(&mut self, n: &str) -> u32 {
        self.u().e.name(n)
    }

    pub(crate) fn set_line(&mut self, r: TextRange) -> u32 {
        let line = self.idx.line(r.start());
        std::mem::replace(&mut self.u().e.line, line)
    }

    pub(crate) fn restore_line(&mut self, l: u32) {
        self.u().e.line = l;
    }

    pub(crate) fn err(&self, msg: impl Into<String>, r: TextRange) -> CompileError {
        self.idx.error(msg, r)
    }

    /// Private name mangling (`__x` inside class C becomes `_C__x`).
    pub(crate) fn mangle(&self, name: &str) -> String {
        let Some(class) = &self.ur().private else {
            return name.to_string();
        };
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let stripped = class.trim_start_matches('_');
        if stripped.is_empty() {
            return name.to_string();
        }
        format!("_{stripped}{name}")
    }

    pub(crate) fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: String, line: u32) {
        let private = match self.st.scopes[scope].kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut e = Emitter::default();
        e.line = line;
        self.units.push(Unit {
            e,
            scope,
            name: name.to_string(),
            qualname,
            first_line: line,
            fblocks: Vec::new(),
            private,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            docstring: None,
        });
    }

    /// Finish the current unit into a code object.
    pub(crate) fn pop_unit(&mut self) -> CodeObject {
        let mut u = self.units.pop().unwrap();
        let max_stack = u.e.finish();
        let scope = &self.st.scopes[u.scope];
        let mut fl = u.flags;
        match scope.kind {
            ScopeKind::Module => fl |= flags::MODULE_LEVEL,
            ScopeKind::Class => {
                fl |= flags::CLASS_BODY;
                if !scope.nested && self.units.last().is_some_and(|p| self.st.scopes[p.scope].kind == ScopeKind::Module)
                {
                    fl |= flags::MODULE_LEVEL;
                }
            }
            _ => {
                fl |= flags::OPTIMIZED | flags::NEWLOCALS;
                if scope.nested {
                    fl |= flags::NESTED;
                }
                if scope.is_generator {
                    fl |= flags::GENERATOR;
                }
            }
        }
        let varnames = scope.varnames.clone();
        let mut cell_args = Vec::new();
        for (ci, c) in scope.cellvars.iter().enumerate() {
            if let Some(vi) = scope.params.iter().position(|p| p == c) {
                cell_args.push((ci as u32, vi as u32));
            }
        }
        CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            instrs: std::mem::take(&mut u.e.instrs),
            lines: std::mem::take(&mut u.e.lines),
            consts: std::mem::take(&mut u.e.consts),
            names: std::mem::take(&mut u.e.names),
            varnames,
            cellvars: scope.cellvars.clone(),
            freevars: scope.freevars.clone(),
            cell_args,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: fl,
            max_stack,
            docstring: u.docstring,
        }
    }

    fn module(&mut self, body: &'a [Stmt]) -> R<CodeObject> {
        self.push_unit(0, "<module>", "<module>".into(), 1);
        let mut body = body;
        if self.st.scopes[0].has_annotations {
            self.emit(Instr::BuildMap(0));
            let n = self.name_idx("__annotations__");
            self.emit(Instr::StoreName(n));
        }
        if let Some(doc) = docstring(body) {
            self.u().e.line = self.idx.line(body[0].range().start());
            self.u().docstring = Some(doc.clone());
            self.load_const(Const::Str(doc));
            let n = self.name_idx("__doc__");
            self.emit(Instr::StoreName(n));
            body = &body[1..];
        }
        self.stmts(body)?;
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        Ok(self.pop_unit())
    }

    fn eval(&mut self, e: &'a Expr) -> R<CodeObject> {
        self.push_unit(0, "<module>", "<module>".into(), 1);
        self.expr(e)?;
        self.emit(Instr::ReturnValue);
        Ok(self.pop_unit())
    }

    /// Emit the load, store or delete of a name, according to its scope.
    pub(crate) fn name_op(&mut self, name: &str, ctx: Ctx) {
        let scope = &self.st.scopes[self.ur().scope];
        let kind = scope.kind;
        let r = scope.lookup(name);
        let cell_index = |s: &symtable::Scope| -> Option<u32> {
            if let Some(i) = s.cellvars.iter().position(|c| c == name) {
                return Some(i as u32);
            }
            s.freevars.iter().position(|c| c == name).map(|i| (i + s.cellvars.len()) as u32)
        };
        match r {
            Resolved::Free | Resolved::Cell => {
                if let Some(i) = cell_index(scope) {
                    let ins = match ctx {
                        Ctx::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                        Ctx::Load => Instr::LoadDeref(i),
                        Ctx::Store => Instr::StoreDeref(i),
                        Ctx::Del => Instr::DeleteDeref(i),
                    };
                    self.emit(ins);
                    return;
                }
            }
            Resolved::Local if kind.is_function_like() => {
                if let Some(i) = scope.varnames.iter().position(|v| v == name) {
                    let i = i as u32;
                    self.emit(match ctx {
                        Ctx::Load => Instr::LoadFast(i),
                        Ctx::Store => Instr::StoreFast(i),
                        Ctx::Del => Instr::DeleteFast(i),
                    });
                    return;
                }
            }
            _ => {}
        }
        let mangled = self.mangle(name);
        let n = self.name_idx(&mangled);
        let global = r == Resolved::GlobalExplicit || (r == Resolved::GlobalImplicit && kind.is_function_like());
        self.emit(match (global, ctx) {
            (true, Ctx::Load) => Instr::LoadGlobal(n),
            (true, Ctx::Store) => Instr::StoreGlobal(n),
            (true, Ctx::Del) => Instr::DeleteGlobal(n),
            (false, Ctx::Load) => Instr::LoadName(n),
            (false, Ctx::Store) => Instr::StoreName(n),
            (false, Ctx::Del) => Instr::DeleteName(n),
        });
    }

    /// Qualified name for a def/class/lambda named `name` created in the current unit.
    pub(crate) fn qualname_for(&self, name: &str) -> String {
        let u = self.ur();
        let scope = &self.st.scopes[u.scope];
        match scope.kind {
            ScopeKind::Module => name.to_string(),
            _ if scope.lookup(name) == Resolved::GlobalExplicit => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Push the closure tuple for a child scope (if it has free variables); returns
    /// the MakeFunction flag to add.
    pub(crate) fn closure_for(&mut self, child: ScopeId) -> u32 {
        let free = self.st.scopes[child].freevars.clone();
        if free.is_empty() {
            return 0;
        }
        let s = &self.st.scopes[self.ur().scope];
        let mut idxs = Vec::new();
        for n in &free {
            let i = s
                .cellvars
                .iter()
                .position(|c| c == n)
                .or_else(|| s.freevars.iter().position(|c| c == n).map(|i| i + s.cellvars.len()))
                .unwrap_or(0);
            idxs.push(i as u32);
        }
        for i in &idxs {
            self.emit(Instr::LoadClosure(*i));
        }
        self.emit(Instr::BuildTuple(idxs.len() as u32));
        0x08
    }

    // ----- frame blocks -----

    fn unwind_one(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R<()> {
        match fb {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                let r = self.stmts(body);
                if preserve_tos {
                    self.u().fblocks.pop();
                }
                r?;
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
            }
            FBlock::FinallyEnd => self.emit(Instr::PopExcept),
            FBlock::ExceptStar => {}
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                }
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::WithExitNormal);
            }
        }
        Ok(())
    }

    /// Unwind frame blocks from the innermost outwards; with `to_loop`, stop at (and
    /// return) the innermost loop.
    pub(crate) fn unwind(&mut self, to_loop: bool, preserve_tos: bool) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        let fb = self.u().fblocks.pop().unwrap();
        let res = self.unwind_one(&fb, preserve_tos).and_then(|_| self.unwind(to_loop, preserve_tos));
        self.u().fblocks.push(fb);
        res
    }
}

/// The docstring of a body, if it starts with a plain string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str().to_string());
        }
    }
    None
}
