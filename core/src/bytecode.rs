//! The bytecode: what the compiler emits and the VM runs.
//!
//! A stack machine close to CPython 3.10's, kept deliberately high level so that one
//! instruction is one Python-visible step (the VM's loop stays small and every
//! instruction is a natural point to poll the eval breaker). Exceptions use a block
//! stack (`SetupExcept`/`SetupFinally`/`SetupWith` push, `PopBlock` pops); `finally`
//! bodies are emitted inline on every normal exit path (fall through, `return`,
//! `break`, `continue`) and once more as the exceptional handler.
//!
//! This module knows nothing about runtime objects: constants are plain Rust data
//! ([`Const`]); the VM turns them into values once per code object.

use num_bigint::BigInt;
use std::sync::Arc;

/// One instruction. Jump targets are instruction indices into [`CodeObject::instrs`].
/// Operands named `name` index [`CodeObject::names`]; `local` indexes `varnames`;
/// `cell` indexes the cell-and-free space (`cellvars` then `freevars`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    Nop,
    /// Discard TOS.
    PopTop,
    /// Swap the two top items.
    RotTwo,
    /// Lift the second and third items one up; TOS moves to third place.
    RotThree,
    /// TOS moves to fourth place.
    RotFour,
    DupTop,
    /// Duplicate the two top items, keeping their order.
    DupTopTwo,

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Load the contents of a cell or free variable.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// In a class body: look the name up in the class namespace first, then in the cell.
    LoadClassDeref(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: locals mapping, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    /// TOS = getattr(TOS, names[n]).
    LoadAttr(u32),
    /// TOS.name = TOS1 (pops both).
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Replace TOS (an object) with two items for [`Instr::CallMethod`]: either
    /// (unbound function, self) when the attribute is a plain method found on the type,
    /// or (NULL marker, bound attribute) otherwise. Avoids allocating a bound method.
    LoadMethod(u32),
    /// Call what [`Instr::LoadMethod`] left with `argc` positional arguments above it.
    CallMethod(u32),

    /// TOS = TOS1[TOS].
    BinarySubscr,
    /// TOS1[TOS] = TOS2.
    StoreSubscr,
    /// del TOS1[TOS].
    DeleteSubscr,
    /// Build a slice from 2 (start, stop) or 3 (start, stop, step) items.
    BuildSlice(u32),

    UnaryNot,
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    /// TOS = TOS1 op TOS.
    Binary(BinOp),
    /// TOS = TOS1 op= TOS (tries `__iop__` first).
    InplaceBinary(BinOp),
    /// TOS = TOS1 cmp TOS. Chained comparisons are compiled to several of these.
    Compare(CmpOp),
    // Superinstructions, made by `compiler/peephole.rs` from two adjacent instructions
    // (the second is not a jump target). The second slot keeps a `Nop` that is never
    // executed, so instruction indices, line numbers and jump targets stay as emitted.
    /// `LoadFast a; LoadFast b`.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast a; LoadConst c`.
    LoadFastLoadConst(u16, u16),
    /// `StoreFast a; LoadFast b`.
    StoreFastLoadFast(u16, u16),
    /// `Compare op; PopJumpIfFalse target`.
    CompareJumpIfFalse(CmpOp, u32),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// If TOS is false jump and keep it, else pop it (for `and`).
    JumpIfFalseOrPop(u32),
    /// If TOS is true jump and keep it, else pop it (for `or`).
    JumpIfTrueOrPop(u32),

    /// TOS = iter(TOS).
    GetIter,
    /// TOS is an iterator: push next(TOS), or when exhausted pop the iterator and jump.
    ForIter(u32),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Build a dict from 2*n items: key1, value1, key2, value2, ... (key pushed first).
    BuildMap(u32),
    /// Build a dict from n values and a tuple of n constant keys on TOS.
    BuildConstKeyMap(u32),
    /// Concatenate n strings (f-strings).
    BuildString(u32),
    /// Comprehensions: append TOS to the list at stack position `depth` (1 = just below TOS
    /// after popping TOS), pops TOS.
    ListAppend(u32),
    SetAdd(u32),
    /// Pops value (TOS) and key (TOS1), stores into the dict at `depth` below them.
    MapAdd(u32),
    /// Starred displays: extend the list at `depth` with the iterable TOS (popped).
    ListExtend(u32),
    /// `f(*it)`: like ListExtend, but a non-iterable names the callable below the list.
    CallArgsExtend(u32),
    SetUpdate(u32),
    /// `{**m}`: update the dict at `depth` with mapping TOS.
    DictUpdate(u32),
    /// `f(**m)`: like DictUpdate but duplicate keys raise TypeError.
    DictMerge(u32),
    /// TOS (a list) becomes a tuple.
    ListToTuple,

    /// Unpack TOS into n items, pushed so that the first item ends on top.
    UnpackSequence(u32),
    /// Starred unpacking: low byte = items before the star, next byte = items after it.
    UnpackEx(u32),

    /// f-string field. Low 2 bits: conversion 0 none, 1 `!s`, 2 `!r`, 3 `!a`;
    /// bit 2 set: a format spec string is on TOS above the value.
    FormatValue(u32),

    /// Call TOS-argc with argc positional arguments.
    CallFunction(u32),
    /// Like CallFunction, but TOS is a tuple of keyword names, naming the last
    /// `len(names)` of the argc arguments.
    CallFunctionKw(u32),
    /// Call with an args tuple (and, if the operand is 1, a kwargs dict above it).
    CallFunctionEx(u32),
    /// Build a function from the code object const on TOS. Flag bits of the operand tell
    /// which of these are below it, pushed in this order: 0x01 defaults tuple,
    /// 0x02 kw-only defaults dict, 0x04 annotations (ignored by the VM, may be omitted),
    /// 0x08 closure tuple of cells. Qualified name comes from the code object.
    MakeFunction(u32),
    ReturnValue,

    /// Generators: yield TOS; the value sent in is pushed on resume.
    YieldValue,
    /// `yield from`: TOS is the value to send, TOS1 the sub-iterator. Sends; on a yielded
    /// value, yields it and re-runs this instruction on resume; on StopIteration pops
    /// both and pushes the return value.
    YieldFrom,
    /// `yield from` operand: TOS = iter(TOS) unless it is already a generator.
    GetYieldFromIter,

    /// `import name`: TOS is fromlist, TOS1 is level (int); replaced by the module.
    ImportName(u32),
    /// Push getattr(module on TOS, name) (module stays), ImportError if missing.
    ImportFrom(u32),
    /// `from m import *`: pops the module, copies its public names into locals.
    ImportStar,

    /// Push the builtin `__build_class__`.
    LoadBuildClass,
    /// Push the AssertionError type.
    LoadAssertionError,

    /// Push an exception-handler block; an exception raised before the matching
    /// PopBlock unwinds the value stack to its depth at this point, pushes the
    /// exception, makes it the "currently handled" exception and jumps to the target.
    SetupExcept(u32),
    /// Same as SetupExcept (the compiler uses it for `finally` handlers; the handler
    /// body ends with Reraise).
    SetupFinally(u32),
    PopBlock,
    /// End of an except handler (or of an exceptional finally): pop the exception
    /// from the stack and restore the previously handled exception.
    PopExcept,
    /// Re-raise the exception on TOS (end of a finally handler, or a bare `raise`
    /// inside a handler when the compiler knows the exception's slot).
    Reraise,
    /// `raise` with 0 (re-raise current), 1 (exc) or 2 (exc from cause) operands.
    Raise(u32),
    /// `except E:`: TOS is E, TOS1 the exception; pops E and jumps if the exception
    /// does not match (exception stays on the stack).
    JumpIfNotExcMatch(u32),

    /// `except* E`: TOS is E, below it the list of exceptions the clauses raised, the
    /// unhandled rest (None when all is handled) and the caught exception. Pops E; when
    /// part of the rest matches, narrows the rest, pushes the matching group and makes it
    /// the handled exception (PopExcept ends that); otherwise jumps.
    ExcStarMatch(u32),
    /// An `except*` clause body raised: TOS is that exception, then the matched group,
    /// the raised list. Appends the exception to the list, pops both and ends the
    /// handling of both.
    ExcStarCollect,
    /// End of an `except*` statement: pops the raised list, the rest and the caught
    /// exception; raises what is left unhandled combined with what the clauses raised,
    /// or ends the handling of the caught exception.
    ExcStarEnd,

    /// `with`: TOS is the context manager. Replaces it with its bound `__exit__`,
    /// calls `__enter__`, pushes a SetupFinally-like block with the given handler and
    /// pushes the result of `__enter__`.
    SetupWith(u32),
    /// Normal end of a `with` body (after PopBlock): TOS is `__exit__`; calls it with
    /// (None, None, None) and pops it.
    WithExitNormal,
    /// Handler of a `with` block: TOS is the exception, TOS1 `__exit__`. Calls
    /// `__exit__(type, exc, tb)`; if it returns true the exception is suppressed
    /// (pops both, ends the handling like PopExcept, and continues after this
    /// instruction); otherwise re-raises.
    WithExceptStart,

    /// `match` sequence pattern: push whether TOS is a sequence (TOS stays).
    MatchSequence,
    /// `match` mapping pattern: push whether TOS is a mapping (TOS stays).
    MatchMapping,
    /// Push len(TOS) (TOS stays).
    GetLen,
    /// TOS is a tuple of keys, TOS1 a mapping: push the tuple of their values, or None
    /// when a key is missing.
    MatchKeys,
    /// TOS is a tuple of attribute names, TOS1 a class, TOS2 the subject: replace TOS and
    /// TOS1 by the tuple of the subject's `n` positional then named attributes, or None
    /// when the subject does not match the class.
    MatchClass(u32),
    /// TOS is a tuple of keys, TOS1 a mapping: replace TOS by a new dict of the mapping's
    /// other items.
    CopyDictWithoutKeys,
}

/// Binary operators, shared by `Binary` and `InplaceBinary`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// Complex literal `1j`: the imaginary part.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Arc<CodeObject>),
}

/// Flags of a code object, as in CPython's `co_flags`.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x01;
    pub const NEWLOCALS: u32 = 0x02;
    pub const VARARGS: u32 = 0x04;
    pub const VARKEYWORDS: u32 = 0x08;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    /// Set on the code of a class body (not in CPython's flags; used by the VM to know
    /// that `__class__` must be provided).
    pub const CLASS_BODY: u32 = 0x1000_0000;
    /// Code that runs at module level (module body, or a class body directly in it):
    /// functions and classes it creates are shared and get deferred counting.
    pub const MODULE_LEVEL: u32 = 0x2000_0000;
}

/// A compiled function, module or class body.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    /// `co_name`: function name, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, ...
    pub name: String,
    /// `co_qualname` (e.g. `Outer.method.<locals>.inner`).
    pub qualname: String,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (same length as `instrs`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    /// Names used by global, name and attribute instructions.
    pub names: Vec<String>,
    /// Local variables; the parameters come first in this order: positional (including
    /// positional-only), keyword-only, `*args` name, `**kwargs` name.
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables this scope takes from outer scopes (closure order).
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter: (cell index, varnames index). The VM
    /// moves the argument into the cell at call time.
    pub cell_args: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Deepest value stack the code needs (a hint; the VM may grow beyond it).
    pub max_stack: u32,
    /// The docstring, if the body starts with a string literal.
    pub docstring: Option<String>,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

/// A compile error, turned into `SyntaxError` (or `IndentationError`) by the caller.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub message: String,
    /// 1-based line and column (column counts characters, 1-based as in
    /// `SyntaxError.offset`).
    pub line: u32,
    pub column: u32,
    /// End position if known, for carets spanning a range.
    pub end_line: u32,
    pub end_column: u32,
    /// True for `IndentationError` (and TabError is not distinguished).
    pub indentation: bool,
}
