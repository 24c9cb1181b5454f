//! Scope analysis: decides, before any code is generated, whether each name in each
//! scope is local, global (explicit or implicit), free, or a cell.
//!
//! Two passes, as in CPython's `symtable.c`: a walk over the AST records what every
//! scope does with every name (binds, uses, declares global/nonlocal), then a top-down
//! analysis resolves each name against the names bound in enclosing function scopes and
//! turns captured locals into cells. Scopes are keyed by the address of their AST node,
//! which stays put while the compiler walks the same tree.

use super::errors::LineIndex;
use crate::bytecode::CompileError;
use ruff_python_ast::{Comprehension, ExceptHandler, Expr, InterpolatedStringElement, Parameters, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

type R<T> = Result<T, CompileError>;

pub(crate) type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub(crate) fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

/// Where a name lives, seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Resolved {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_ANNOT: u32 = 32;

#[derive(Debug)]
pub(crate) struct Scope {
    pub(crate) kind: ScopeKind,
    pub(crate) name: String,
    flags: HashMap<String, u32>,
    order: Vec<String>,
    pub(crate) params: Vec<String>,
    children: Vec<ScopeId>,
    nonlocal_at: HashMap<String, TextRange>,
    pub(crate) resolved: HashMap<String, Resolved>,
    pub(crate) varnames: Vec<String>,
    pub(crate) cellvars: Vec<String>,
    pub(crate) freevars: Vec<String>,
    pub(crate) is_generator: bool,
    pub(crate) is_coroutine: bool,
    /// Class body whose methods use `super` / `__class__`.
    pub(crate) needs_class_cell: bool,
    /// Module or class body with a simple annotated name (needs `__annotations__`).
    pub(crate) has_annotations: bool,
    /// Depth of function nesting (0 for module and classes directly in it).
    pub(crate) nested: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, nested: bool) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            flags: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            nonlocal_at: HashMap::new(),
            resolved: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            has_annotations: false,
            nested,
        }
    }

    fn add(&mut self, name: &str, flag: u32) {
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.flags.insert(name.to_string(), flag);
                self.order.push(name.to_string());
            }
        }
    }

    pub(crate) fn lookup(&self, name: &str) -> Resolved {
        self.resolved.get(name).copied().unwrap_or(Resolved::GlobalImplicit)
    }
}

pub(crate) struct SymbolTable {
    pub(crate) scopes: Vec<Scope>,
    map: HashMap<usize, ScopeId>,
    pub(crate) future_annotations: bool,
}

impl SymbolTable {
    pub(crate) fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.map[&(node as *const T as usize)]
    }
}

fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'a, 's> {
    scopes: Vec<Scope>,
    stack: Vec<ScopeId>,
    map: HashMap<usize, ScopeId>,
    idx: &'a LineIndex<'s>,
    future_annotations: bool,
}

pub(crate) fn build_module(body: &[Stmt], idx: &LineIndex) -> R<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", false)],
        stack: vec![0],
        map: HashMap::new(),
        idx,
        future_annotations: false,
    };
    b.stmts(body)?;
    b.finish()
}

pub(crate) fn build_expr(e: &Expr, idx: &LineIndex) -> R<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", false)],
        stack: vec![0],
        map: HashMap::new(),
        idx,
        future_annotations: false,
    };
    b.expr(e)?;
    b.finish()
}

impl Builder<'_, '_> {
    fn finish(mut self) -> R<SymbolTable> {
        self.analyze(0, &HashSet::new())?;
        Ok(SymbolTable { scopes: self.scopes, map: self.map, future_annotations: self.future_annotations })
    }

    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.scopes[id]
    }

    fn err(&self, msg: String, r: TextRange) -> CompileError {
        self.idx.error(msg, r)
    }

    fn push_scope(&mut self, k: usize, kind: ScopeKind, name: &str) -> ScopeId {
        let parent = *self.stack.last().unwrap();
        let nested = self.scopes[parent].kind.is_function_like() || self.scopes[parent].nested;
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, nested));
        self.scopes[parent].children.push(id);
        self.map.insert(k, id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &Parameters) -> R<()> {
        let all = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        for a in all {
            let name = a.name.id.as_str();
            if self.cur().flags.get(name).is_some_and(|f| f & DEF_PARAM != 0) {
                return Err(self.err(format!("duplicate argument '{name}' in function definition"), a.name.range));
            }
            self.cur().add(name, DEF_PARAM);
            self.cur().params.push(name.to_string());
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &Parameters) -> R<()> {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.param_defaults(&f.parameters)?;
                if !self.future_annotations {
                    for a in annotations_of(&f.parameters, f.returns.as_deref()) {
                        self.expr(a.1)?;
                    }
                }
                self.cur().add(f.name.id.as_str(), DEF_LOCAL);
                let id = self.push_scope(key(f), ScopeKind::Function, f.name.id.as_str());
                self.scopes[id].is_coroutine = f.is_async;
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(a) = &c.arguments {
                    for e in a.args.iter() {
                        self.expr(e)?;
                    }
                    for k in &a.keywords {
                        self.expr(&k.value)?;
                    }
                }
                self.cur().add(c.name.id.as_str(), DEF_LOCAL);
                self.push_scope(key(c), ScopeKind::Class, c.name.id.as_str());
                self.stmts(&c.body)?;
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.expr(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.cur().add(n.id.as_str(), DEF_LOCAL | USE);
                } else {
                    self.expr(&a.target)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = n.id.as_str();
                    let fl = self.cur().flags.get(name).copied().unwrap_or(0);
                    if fl & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let which = if fl & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(self.err(format!("annotated name '{name}' can't be {which}"), n.range));
                    }
                    let mut flag = DEF_ANNOT;
                    if a.value.is_some() || a.simple {
                        flag |= DEF_LOCAL;
                    }
                    self.cur().add(name, flag);
                    if a.simple && !self.cur().kind.is_function_like() {
                        self.cur().has_annotations = true;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                if !self.cur().kind.is_function_like() {
                    self.expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.cur().add(n.id.as_str(), DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.id.as_str(),
                        None => a.name.id.as_str().split('.').next().unwrap_or(""),
                    };
                    self.cur().add(name, DEF_LOCAL);
                }
            }
            Stmt::ImportFrom(i) => {
                if i.module.as_ref().is_some_and(|m| m.id.as_str() == "__future__") {
                    for a in &i.names {
                        if a.name.id.as_str() == "annotations" {
                            self.future_annotations = true;
                        }
                    }
                }
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name).id.as_str();
                    self.cur().add(name, DEF_LOCAL);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.id.as_str();
                    let fl = self.cur().flags.get(name).copied().unwrap_or(0);
                    let msg = if fl & DEF_PARAM != 0 {
                        Some("is parameter and global")
                    } else if fl & DEF_NONLOCAL != 0 {
                        Some("is nonlocal and global")
                    } else if fl & USE != 0 {
                        Some("is used prior to global declaration")
                    } else if fl & DEF_ANNOT != 0 {
                        return Err(self.err(format!("annotated name '{name}' can't be global"), s.range()));
                    } else if fl & DEF_LOCAL != 0 {
                        Some("is assigned to before global declaration")
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        return Err(self.err(format!("name '{name}' {m}"), s.range()));
                    }
                    self.cur().add(name, DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level".into(), s.range()));
                }
                for n in &g.names {
                    let name = n.id.as_str();
                    let fl = self.cur().flags.get(name).copied().unwrap_or(0);
                    let msg = if fl & DEF_PARAM != 0 {
                        Some("is parameter and nonlocal")
                    } else if fl & DEF_GLOBAL != 0 {
                        Some("is nonlocal and global")
                    } else if fl & USE != 0 {
                        Some("is used prior to nonlocal declaration")
                    } else if fl & DEF_ANNOT != 0 {
                        return Err(self.err(format!("annotated name '{name}' can't be nonlocal"), s.range()));
                    } else if fl & DEF_LOCAL != 0 {
                        Some("is assigned to before nonlocal declaration")
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        return Err(self.err(format!("name '{name}' {m}"), s.range()));
                    }
                    self.cur().add(name, DEF_NONLOCAL);
                    self.cur().nonlocal_at.insert(name.to_string(), s.range());
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn name_use(&mut self, name: &str) {
        let kind = self.cur().kind;
        self.cur().add(name, USE);
        if kind.is_function_like() && name == "super" {
            self.cur().add("__class__", USE);
        }
    }

    fn comprehension(
        &mut self,
        k: usize,
        name: &str,
        gens: &[Comprehension],
        elts: &[&Expr],
        is_gen: bool,
        range: TextRange,
    ) -> R<()> {
        if let Some(g) = gens.first() {
            self.expr(&g.iter)?;
        }
        let id = self.push_scope(k, ScopeKind::Comprehension, name);
        self.scopes[id].is_generator = is_gen;
        self.cur().add(".0", DEF_PARAM);
        self.cur().params.push(".0".into());
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                return Err(self.err("asynchronous comprehensions are not supported yet".into(), range));
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.expr(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.pop_scope();
        Ok(())
    }

    fn fstring_elements<'e>(&mut self, els: impl IntoIterator<Item = &'e InterpolatedStringElement>) -> R<()> {
        for el in els {
            if let InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(spec.elements.iter())?;
                }
            }
        }
        Ok(())
    }

    /// A `case` pattern: the expressions it evaluates and the names it binds.
    fn pattern(&mut self, p: &Pattern) -> R<()> {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for q in &s.patterns {
                    self.pattern(q)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for q in &m.patterns {
                    self.pattern(q)?;
                }
                if let Some(n) = &m.rest {
                    self.cur().add(n.id.as_str(), DEF_LOCAL);
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                for q in &c.arguments.patterns {
                    self.pattern(q)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.cur().add(n.id.as_str(), DEF_LOCAL);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.cur().add(n.id.as_str(), DEF_LOCAL);
                }
            }
            Pattern::MatchOr(o) => {
                for q in &o.patterns {
                    self.pattern(q)?;
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R<()> {
        use ruff_python_ast::ExprContext;
        match e {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => self.name_use(n.id.as_str()),
                _ => self.cur().add(n.id.as_str(), DEF_LOCAL),
            },
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.named_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                }
                self.push_scope(key(l), ScopeKind::Lambda, "<lambda>");
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.pop_scope();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k)?;
                    }
                    self.expr(&it.value)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(key(c), "<listcomp>", &c.generators, &[&c.elt], false, c.range)?,
            Expr::SetComp(c) => self.comprehension(key(c), "<setcomp>", &c.generators, &[&c.elt], false, c.range)?,
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(key(c), "<dictcomp>", &c.generators, &elts, false, c.range)?
            }
            Expr::Generator(c) => self.comprehension(key(c), "<genexpr>", &c.generators, &[&c.elt], true, c.range)?,
            Expr::Await(a) => self.expr(&a.value)?,
            Expr::Yield(y) => {
                self.mark_yield(y.range)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_yield(y.range)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for v in c.comparators.iter() {
                    self.expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in &c.arguments.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ruff_python_ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(fs.elements.iter())?;
                    }
                }
            }
            Expr::TString(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Tuple(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, r: TextRange) -> R<()> {
        let s = self.cur();
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.err("'yield' outside function".into(), r)),
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(format!("'yield' inside {what}"), r))
            }
            _ => {
                s.is_generator = true;
                Ok(())
            }
        }
    }

    /// `x := v`: inside comprehensions the name binds in the enclosing function.
    fn named_target(&mut self, t: &Expr) -> R<()> {
        let Expr::Name(n) = t else {
            return self.expr(t);
        };
        let name = n.id.as_str();
        if self.cur().kind != ScopeKind::Comprehension {
            self.cur().add(name, DEF_LOCAL);
            return Ok(());
        }
        let mut i = self.stack.len() - 1;
        while self.scopes[self.stack[i]].kind == ScopeKind::Comprehension {
            i -= 1;
        }
        let target = self.stack[i];
        match self.scopes[target].kind {
            ScopeKind::Class => {
                Err(self
                    .err("assignment expression within a comprehension cannot be used in a class body".into(), n.range))
            }
            kind => {
                let declared_global = self.scopes[target].flags.get(name).is_some_and(|f| f & DEF_GLOBAL != 0);
                let flag = if kind == ScopeKind::Module || declared_global { DEF_GLOBAL } else { DEF_NONLOCAL };
                self.scopes[target].add(name, DEF_LOCAL);
                for j in i + 1..self.stack.len() {
                    let id = self.stack[j];
                    self.scopes[id].add(name, flag);
                }
                Ok(())
            }
        }
    }

    /// Resolve names of scope `id` given the names bound in enclosing function scopes;
    /// returns the names this scope needs from outside.
    fn analyze(&mut self, id: ScopeId, bound: &HashSet<String>) -> R<HashSet<String>> {
        let kind = self.scopes[id].kind;
        let mut resolved = HashMap::new();
        let mut free: Vec<String> = Vec::new();
        let mut locals: HashSet<String> = HashSet::new();
        let mut globals: HashSet<String> = HashSet::new();
        for name in self.scopes[id].order.clone() {
            let fl = self.scopes[id].flags[&name];
            let r = if fl & DEF_GLOBAL != 0 {
                globals.insert(name.clone());
                Resolved::GlobalExplicit
            } else if fl & DEF_NONLOCAL != 0 {
                if !bound.contains(&name) {
                    let at = self.scopes[id].nonlocal_at.get(&name).copied().unwrap_or_default();
                    return Err(self.err(format!("no binding for nonlocal '{name}' found"), at));
                }
                free.push(name.clone());
                Resolved::Free
            } else if fl & (DEF_LOCAL | DEF_PARAM) != 0 {
                locals.insert(name.clone());
                Resolved::Local
            } else if bound.contains(&name) && !(kind == ScopeKind::Class && name == "__class__") {
                free.push(name.clone());
                Resolved::Free
            } else {
                Resolved::GlobalImplicit
            };
            resolved.insert(name, r);
        }
        let new_bound: HashSet<String> = match kind {
            ScopeKind::Module => HashSet::new(),
            ScopeKind::Class => {
                let mut b: HashSet<String> = bound.iter().filter(|n| !globals.contains(*n)).cloned().collect();
                b.insert("__class__".into());
                b
            }
            _ => {
                let mut b: HashSet<String> = bound.iter().filter(|n| !globals.contains(*n)).cloned().collect();
                b.extend(locals.iter().cloned());
                b
            }
        };
        let mut child_free: Vec<String> = Vec::new();
        for child in self.scopes[id].children.clone() {
            let mut f: Vec<String> = self.analyze(child, &new_bound)?.into_iter().collect();
            f.sort();
            for n in f {
                if !child_free.contains(&n) {
                    child_free.push(n);
                }
            }
        }
        let mut cells: Vec<String> = Vec::new();
        for n in child_free {
            if kind == ScopeKind::Class && n == "__class__" {
                self.scopes[id].needs_class_cell = true;
                cells.push(n);
                continue;
            }
            if kind.is_function_like() && resolved.get(&n) == Some(&Resolved::Local) {
                resolved.insert(n.clone(), Resolved::Cell);
                cells.push(n);
            } else if !free.contains(&n) {
                if kind.is_function_like() && !resolved.contains_key(&n) {
                    resolved.insert(n.clone(), Resolved::Free);
                }
                free.push(n);
            }
        }
        cells.sort();
        free.sort();
        let s = &mut self.scopes[id];
        if kind.is_function_like() {
            let mut varnames = s.params.clone();
            for n in &s.order {
                if resolved.get(n) == Some(&Resolved::Local) && !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
            s.varnames = varnames;
        }
        s.cellvars = cells;
        s.freevars = free.clone();
        s.resolved = resolved;
        Ok(free.into_iter().collect())
    }
}

/// A function's annotations as (name, expression), in the order CPython 3.11
/// evaluates them: parameters, positional-only ones, `*args`, keyword-only ones,
/// `**kwargs`, then `return`.
pub(crate) fn annotations_of<'a>(p: &'a Parameters, returns: Option<&'a Expr>) -> Vec<(&'a str, &'a Expr)> {
    let mut out = Vec::new();
    let mut add = |prm: &'a ruff_python_ast::Parameter| {
        if let Some(a) = prm.annotation.as_deref() {
            out.push((prm.name.id.as_str(), a));
        }
    };
    for a in p.args.iter().chain(&p.posonlyargs) {
        add(&a.parameter);
    }
    if let Some(v) = p.vararg.as_deref() {
        add(v);
    }
    for a in &p.kwonlyargs {
        add(&a.parameter);
    }
    if let Some(k) = p.kwarg.as_deref() {
        add(k);
    }
    if let Some(r) = returns {
        out.push(("return", r));
    }
    out
}
