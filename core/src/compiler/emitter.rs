//! The instruction buffer of one code object: emitting, labels, the line table,
//! constant and name pools, and the final stack-depth computation.
//!
//! Jumps are emitted against [`Label`]s whose position may not be known yet; `finish`
//! patches them to instruction indices, so the code generators never compute offsets.

use crate::bytecode::{Const, Instr};
use std::collections::HashMap;

/// A jump target inside one code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

#[derive(Default)]
pub(crate) struct Emitter {
    pub(crate) instrs: Vec<Instr>,
    pub(crate) lines: Vec<u32>,
    /// Label id -> instruction index once bound.
    labels: Vec<Option<u32>>,
    /// Instructions whose operand is still a label id.
    patches: Vec<usize>,
    pub(crate) line: u32,
    pub(crate) consts: Vec<Const>,
    pub(crate) names: Vec<String>,
    name_map: HashMap<String, u32>,
}

impl Emitter {
    pub(crate) fn emit(&mut self, i: Instr) {
        self.instrs.push(i);
        self.lines.push(self.line);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub(crate) fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.instrs.len() as u32);
    }

    /// Emit a jump-like instruction; `make` builds it from the (label) operand.
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.patches.push(self.instrs.len());
        self.emit(make(l.0));
    }

    pub(crate) fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_map.get(n) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(n.to_string());
        self.name_map.insert(n.to_string(), i);
        i
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        // Share simple duplicates (not code objects, not floats with NaN/-0.0 pitfalls).
        for (i, old) in self.consts.iter().enumerate() {
            if const_same(old, &c) {
                return i as u32;
            }
        }
        self.consts.push(c);
        self.consts.len() as u32 - 1
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    /// Resolve labels; returns (instrs, lines, max_stack).
    pub(crate) fn finish(&mut self) -> u32 {
        for &p in &self.patches {
            let target = |id: u32| self.labels[id as usize].expect("unbound label");
            self.instrs[p] = match self.instrs[p] {
                Instr::Jump(l) => Instr::Jump(target(l)),
                Instr::PopJumpIfFalse(l) => Instr::PopJumpIfFalse(target(l)),
                Instr::PopJumpIfTrue(l) => Instr::PopJumpIfTrue(target(l)),
                Instr::JumpIfFalseOrPop(l) => Instr::JumpIfFalseOrPop(target(l)),
                Instr::JumpIfTrueOrPop(l) => Instr::JumpIfTrueOrPop(target(l)),
                Instr::ForIter(l) => Instr::ForIter(target(l)),
                Instr::SetupExcept(l) => Instr::SetupExcept(target(l)),
                Instr::SetupFinally(l) => Instr::SetupFinally(target(l)),
                Instr::SetupWith(l) => Instr::SetupWith(target(l)),
                Instr::JumpIfNotExcMatch(l) => Instr::JumpIfNotExcMatch(target(l)),
                Instr::ExcStarMatch(l) => Instr::ExcStarMatch(target(l)),
                other => other,
            };
        }
        self.patches.clear();
        super::peephole::fuse(&mut self.instrs);
        max_stack(&self.instrs)
    }
}

fn const_same(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        _ => false,
    }
}

/// Jump target of an instruction, if it has one.
pub(crate) fn jump_target(i: &Instr) -> Option<u32> {
    match *i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::CompareJumpIfFalse(_, t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupExcept(t)
        | Instr::SetupFinally(t)
        | Instr::SetupWith(t)
        | Instr::JumpIfNotExcMatch(t)
        | Instr::ExcStarMatch(t) => Some(t),
        _ => None,
    }
}

/// Stack effect of an instruction: (fall-through effect, jump effect).
/// `None` for fall-through means the instruction never falls through.
pub(crate) fn stack_effect(i: &Instr) -> (Option<i32>, i32) {
    use Instr::*;
    let f = |n: i32| (Some(n), 0);
    match *i {
        Nop | RotTwo | RotThree | RotFour => f(0),
        PopTop => f(-1),
        DupTop => f(1),
        DupTopTwo => f(2),
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadGlobal(_)
        | LoadName(_) => f(1),
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => f(-1),
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => f(0),
        LoadAttr(_) => f(0),
        StoreAttr(_) => f(-2),
        DeleteAttr(_) => f(-1),
        LoadMethod(_) => f(1),
        CallMethod(n) => f(-(n as i32) - 1),
        BinarySubscr => f(-1),
        StoreSubscr => f(-3),
        DeleteSubscr => f(-2),
        BuildSlice(n) => f(1 - n as i32),
        UnaryNot | UnaryNegative | UnaryPositive | UnaryInvert => f(0),
        Binary(_) | InplaceBinary(_) | Compare(_) => f(-1),
        Jump(_) => (None, 0),
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => (Some(-1), -1),
        LoadFastLoadFast(..) | LoadFastLoadConst(..) => f(2),
        StoreFastLoadFast(..) => f(0),
        CompareJumpIfFalse(..) => (Some(-2), -2),
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => (Some(-1), 0),
        GetIter => f(0),
        ForIter(_) => (Some(1), -1),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => f(1 - n as i32),
        BuildMap(n) => f(1 - 2 * n as i32),
        BuildConstKeyMap(n) => f(-(n as i32)),
        ListAppend(_) | SetAdd(_) => f(-1),
        MapAdd(_) => f(-2),
        ListExtend(_) | CallArgsExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => f(-1),
        ListToTuple => f(0),
        UnpackSequence(n) => f(n as i32 - 1),
        UnpackEx(n) => f(((n & 0xff) + (n >> 8)) as i32),
        FormatValue(n) => f(if n & 4 != 0 { -1 } else { 0 }),
        CallFunction(n) => f(-(n as i32)),
        CallFunctionKw(n) => f(-(n as i32) - 1),
        CallFunctionEx(n) => f(-1 - (n & 1) as i32),
        MakeFunction(fl) => f(-((fl & 0xf).count_ones() as i32)),
        ReturnValue => (None, 0),
        YieldValue => f(0),
        YieldFrom => f(-1),
        GetYieldFromIter => f(0),
        ImportName(_) => f(-1),
        ImportFrom(_) => f(1),
        ImportStar => f(-1),
        LoadBuildClass | LoadAssertionError => f(1),
        SetupExcept(_) | SetupFinally(_) => (Some(0), 1),
        PopBlock => f(0),
        PopExcept => f(-1),
        Reraise => (None, 0),
        Raise(_) => (None, 0),
        JumpIfNotExcMatch(_) => (Some(-1), -1),
        ExcStarMatch(_) => (Some(0), -1),
        ExcStarCollect => f(-2),
        ExcStarEnd => f(-3),
        SetupWith(_) => (Some(1), 1),
        WithExitNormal => f(-1),
        WithExceptStart => f(-2),
        MatchSequence | MatchMapping | GetLen | MatchKeys => f(1),
        MatchClass(_) => f(-1),
        CopyDictWithoutKeys => f(0),
    }
}

/// Deepest stack over all paths (worklist over the control-flow graph).
fn max_stack(instrs: &[Instr]) -> u32 {
    let n = instrs.len();
    let mut depth: Vec<i32> = vec![-1; n + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0i32;
    let mut steps = 0usize;
    while let Some((pc, d)) = work.pop() {
        steps += 1;
        if pc >= n || d <= depth[pc] || steps > 8 * n + 64 {
            continue;
        }
        depth[pc] = d;
        max = max.max(d);
        let (fall, jump) = stack_effect(&instrs[pc]);
        if let Some(t) = jump_target(&instrs[pc]) {
            let dj = d + jump;
            max = max.max(dj);
            work.push((t as usize, dj));
        }
        if let Some(e) = fall {
            let df = d + e;
            max = max.max(df);
            work.push((pc + 1, df));
        }
    }
    max.max(0) as u32 + 1
}

/// Test helper: the stack depth must never go negative and every instruction must be
/// reached with a single depth. Returns a description of the first problem.
#[cfg(test)]
pub(crate) fn check_stack(instrs: &[Instr]) -> Result<(), String> {
    let n = instrs.len();
    let mut depth: Vec<Option<i32>> = vec![None; n + 1];
    let mut work = vec![(0usize, 0i32)];
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            continue;
        }
        if d < 0 {
            return Err(format!("negative stack depth at {pc}"));
        }
        match depth[pc] {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("depth {old} vs {d} at {pc} ({:?})", instrs[pc])),
            None => depth[pc] = Some(d),
        }
        let (fall, jump) = stack_effect(&instrs[pc]);
        if let Some(t) = jump_target(&instrs[pc]) {
            work.push((t as usize, d + jump));
        }
        if let Some(e) = fall {
            work.push((pc + 1, d + e));
        }
    }
    Ok(())
}
