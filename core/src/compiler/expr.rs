//! Expressions: literals and constants, operators, boolean short-circuits, chained
//! comparisons, displays (with `*`/`**` unpacking), attribute/subscript access, calls
//! (plain, keyword, star-args, and the LoadMethod/CallMethod fast path), conditional
//! and named expressions, `yield`.

use super::{Compiler, Ctx, R};
use crate::bytecode::{BinOp, CmpOp, Const, Instr};
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};
use ruff_python_ast::{self as ast, Expr, Number, Operator};
use ruff_text_size::Ranged;

pub(crate) fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// Integer literal text (any base, underscores) to a constant.
fn int_const(i: &ast::Int) -> Const {
    if let Some(v) = i.as_i64() {
        return Const::Int(v);
    }
    let text = i.to_string().replace('_', "");
    let lower = text.to_ascii_lowercase();
    let parsed = if let Some(r) = lower.strip_prefix("0x") {
        BigInt::from_str_radix(r, 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        BigInt::from_str_radix(r, 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        BigInt::from_str_radix(r, 2)
    } else {
        BigInt::from_str_radix(&lower, 10)
    };
    normalize_big(parsed.unwrap_or_default())
}

fn normalize_big(b: BigInt) -> Const {
    match b.to_i64() {
        Some(v) => Const::Int(v),
        None => Const::BigInt(b),
    }
}

impl<'a> Compiler<'a> {
    /// The constant value of a literal expression (tuples of literals included).
    pub(crate) fn const_value(&self, e: &Expr) -> Option<Const> {
        Some(match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => int_const(i),
                Number::Float(f) => Const::Float(*f),
                Number::Complex { imag, .. } => Const::Imag(*imag),
            },
            Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
            Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect()),
            Expr::BooleanLiteral(b) => Const::Bool(b.value),
            Expr::NoneLiteral(_) => Const::None,
            Expr::EllipsisLiteral(_) => Const::Ellipsis,
            Expr::Tuple(t) => Const::Tuple(t.elts.iter().map(|x| self.const_value(x)).collect::<Option<Vec<_>>>()?),
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match self.const_value(&u.operand)? {
                Const::Int(i) => match i.checked_neg() {
                    Some(v) => Const::Int(v),
                    None => Const::BigInt(-BigInt::from(i)),
                },
                Const::BigInt(b) => normalize_big(-b),
                Const::Float(f) => Const::Float(-f),
                // `-2j` is -(0+2j) = (-0-2j): a real part of -0.0 that `Imag` cannot hold,
                // so it is negated at run time.
                _ => return None,
            },
            _ => return None,
        })
    }

    pub(crate) fn exprs(&mut self, es: &'a [Expr]) -> R<()> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    pub(crate) fn expr(&mut self, e: &'a Expr) -> R<()> {
        let old = self.set_line(e.range());
        let r = self.expr_inner(e);
        self.restore_line(old);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R<()> {
        if let Some(c) = self.const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Load),
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        let j = match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop,
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop,
                        };
                        self.emit_jump(j, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::DupTop);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Invert => Instr::UnaryInvert,
                    ast::UnaryOp::Not => Instr::UnaryNot,
                    ast::UnaryOp::UAdd => Instr::UnaryPositive,
                    ast::UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let else_ = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, else_)?;
                self.expr(&i.body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(else_);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => self.sequence_display(&s.elts, Seq::Set)?,
            Expr::List(l) => {
                if l.ctx != ast::ExprContext::Load {
                    return Err(self.err("invalid list context", l.range));
                }
                self.sequence_display(&l.elts, Seq::List)?
            }
            Expr::Tuple(t) => self.sequence_display(&t.elts, Seq::Tuple)?,
            Expr::ListComp(c) => self.comprehension(c, super::comprehension::CompKind::List, &c.generators)?,
            Expr::SetComp(c) => self.comprehension(c, super::comprehension::CompKind::Set, &c.generators)?,
            Expr::DictComp(c) => self.comprehension(c, super::comprehension::CompKind::Dict, &c.generators)?,
            Expr::Generator(c) => self.comprehension(c, super::comprehension::CompKind::Gen, &c.generators)?,
            Expr::Await(a) => {
                return Err(self.err("'await' is not supported yet", a.range));
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => {
                return Err(self.err("t-strings are not supported", t.range));
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.mangle(a.attr.id.as_str());
                let i = self.name_idx(&n);
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    self.emit(Instr::BuildSlice(3));
                } else {
                    self.emit(Instr::BuildSlice(2));
                }
            }
            Expr::Starred(s) => {
                return Err(self.err("can't use starred expression here", s.range));
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("constants handled above"),
        }
        Ok(())
    }

    fn check_yield(&self, r: ruff_text_size::TextRange) -> R<()> {
        if !self.scope_kind().is_function_like() {
            return Err(self.err("'yield' outside function", r));
        }
        Ok(())
    }

    /// Compile `e` and jump to `target` if its truth equals `cond`.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: super::Label) -> R<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != cond {
                    // (a and b) false-> target: any false jumps; (a or b) true-> target
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        if cond {
            self.emit_jump(Instr::PopJumpIfTrue, target);
        } else {
            self.emit_jump(Instr::PopJumpIfFalse, target);
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> R<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(Instr::Compare(cmpop(c.ops[0])));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Instr::DupTop);
                self.emit(Instr::RotThree);
                self.emit(Instr::Compare(cmpop(c.ops[i])));
                self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Instr::Compare(cmpop(c.ops[i])));
            }
        }
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::RotTwo);
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn sequence_display(&mut self, elts: &'a [Expr], kind: Seq) -> R<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            self.exprs(elts)?;
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::List => Instr::BuildList(n),
                Seq::Set => Instr::BuildSet(n),
                Seq::Tuple => Instr::BuildTuple(n),
            });
            return Ok(());
        }
        let lead = elts.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        self.exprs(&elts[..lead])?;
        let set = kind == Seq::Set;
        self.emit(if set { Instr::BuildSet(lead as u32) } else { Instr::BuildList(lead as u32) });
        for e in &elts[lead..] {
            if let Expr::Starred(s) = e {
                self.expr(&s.value)?;
                self.emit(if set { Instr::SetUpdate(1) } else { Instr::ListExtend(1) });
            } else {
                self.expr(e)?;
                self.emit(if set { Instr::SetAdd(1) } else { Instr::ListAppend(1) });
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> R<()> {
        let mut run = 0u32;
        let mut started = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 || !started {
                        self.emit(Instr::BuildMap(run));
                        if started {
                            self.emit(Instr::DictUpdate(1));
                        }
                        started = true;
                        run = 0;
                    }
                    self.expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if run > 0 || !started {
            self.emit(Instr::BuildMap(run));
            if started {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> R<()> {
        let args = &c.arguments;
        let simple =
            !args.args.iter().any(|a| matches!(a, Expr::Starred(_))) && args.keywords.iter().all(|k| k.arg.is_some());
        if let Expr::Attribute(a) = &*c.func {
            if simple && args.keywords.is_empty() {
                self.expr(&a.value)?;
                let old = self.set_line(c.range());
                let n = self.mangle(a.attr.id.as_str());
                let i = self.name_idx(&n);
                self.emit(Instr::LoadMethod(i));
                self.restore_line(old);
                self.exprs(&args.args)?;
                let old = self.set_line(c.range());
                self.emit(Instr::CallMethod(args.args.len() as u32));
                self.restore_line(old);
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        self.call_args(0, args, c.range())
    }

    /// Emit the arguments and the call instruction; `prefix` positional arguments are
    /// already on the stack above the callable (used by class definitions).
    pub(crate) fn call_args(
        &mut self,
        prefix: u32,
        args: &'a ast::Arguments,
        range: ruff_text_size::TextRange,
    ) -> R<()> {
        // Repeated keywords are a syntax error.
        for (i, k) in args.keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if args.keywords[..i].iter().any(|o| o.arg.as_ref().is_some_and(|n| n.id == name.id)) {
                    return Err(self.err(format!("keyword argument repeated: {}", name.id), k.range));
                }
            }
        }
        let simple =
            !args.args.iter().any(|a| matches!(a, Expr::Starred(_))) && args.keywords.iter().all(|k| k.arg.is_some());
        if simple {
            self.exprs(&args.args)?;
            let n = prefix + args.args.len() as u32;
            if args.keywords.is_empty() {
                let old = self.set_line(range);
                self.emit(Instr::CallFunction(n));
                self.restore_line(old);
            } else {
                let mut names = Vec::new();
                for k in &args.keywords {
                    self.expr(&k.value)?;
                    names.push(Const::Str(k.arg.as_ref().unwrap().id.to_string()));
                }
                let total = n + names.len() as u32;
                let old = self.set_line(range);
                self.load_const(Const::Tuple(names));
                self.emit(Instr::CallFunctionKw(total));
                self.restore_line(old);
            }
            return Ok(());
        }
        // General case: build an args tuple and a kwargs dict.
        let lead = args.args.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        self.exprs(&args.args[..lead])?;
        self.emit(Instr::BuildList(prefix + lead as u32));
        for a in &args.args[lead..] {
            if let Expr::Starred(s) = a {
                self.expr(&s.value)?;
                self.emit(Instr::CallArgsExtend(1));
            } else {
                self.expr(a)?;
                self.emit(Instr::ListAppend(1));
            }
        }
        self.emit(Instr::ListToTuple);
        let has_kw = !args.keywords.is_empty();
        if has_kw {
            let mut run = 0u32;
            let mut started = false;
            for k in &args.keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Const::Str(name.id.to_string()));
                        self.expr(&k.value)?;
                        run += 1;
                    }
                    None => {
                        if run > 0 || !started {
                            self.emit(Instr::BuildMap(run));
                            if started {
                                self.emit(Instr::DictMerge(1));
                            }
                            started = true;
                            run = 0;
                        }
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
            if run > 0 {
                self.emit(Instr::BuildMap(run));
                if started {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        let old = self.set_line(range);
        self.emit(Instr::CallFunctionEx(u32::from(has_kw)));
        self.restore_line(old);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Set,
    Tuple,
}
