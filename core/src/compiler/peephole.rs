//! Superinstructions: fuse common pairs of adjacent instructions into one, so the VM
//! dispatches once instead of twice (`a + b` loads two locals; `i < n` and its branch).
//!
//! The fused instruction replaces the first of the pair and the second becomes a
//! `Nop` that the VM skips, so every index (jump targets, handlers, the line table)
//! keeps its meaning. A pair whose second instruction is a jump target is left alone:
//! a jump there must still find that instruction.

use super::emitter::jump_target;
use crate::bytecode::Instr;

/// Fuse the pairs in `instrs` (labels already resolved).
pub(crate) fn fuse(instrs: &mut [Instr]) {
    let mut targeted = vec![false; instrs.len() + 1];
    for i in instrs.iter() {
        if let Some(t) = jump_target(i) {
            targeted[t as usize] = true;
        }
    }
    let small = |x: u32| u16::try_from(x).ok();
    let mut i = 0;
    while i + 1 < instrs.len() {
        if targeted[i + 1] {
            i += 1;
            continue;
        }
        let fused = match (instrs[i], instrs[i + 1]) {
            (Instr::LoadFast(a), Instr::LoadFast(b)) => {
                small(a).zip(small(b)).map(|(a, b)| Instr::LoadFastLoadFast(a, b))
            }
            (Instr::LoadFast(a), Instr::LoadConst(c)) => {
                small(a).zip(small(c)).map(|(a, c)| Instr::LoadFastLoadConst(a, c))
            }
            (Instr::StoreFast(a), Instr::LoadFast(b)) => {
                small(a).zip(small(b)).map(|(a, b)| Instr::StoreFastLoadFast(a, b))
            }
            (Instr::Compare(op), Instr::PopJumpIfFalse(t)) => Some(Instr::CompareJumpIfFalse(op, t)),
            _ => None,
        };
        match fused {
            Some(f) => {
                instrs[i] = f;
                instrs[i + 1] = Instr::Nop;
                i += 2;
            }
            None => i += 1,
        }
    }
}
