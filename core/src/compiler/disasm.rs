//! A human-readable listing of a code object and its nested code objects, for
//! debugging the compiler and the VM (`dis`-like, one instruction per line).

use crate::bytecode::{CodeObject, Const, Instr};
use std::fmt::Write;

/// Disassemble `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(&mut out, code);
    out
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Imag(f) => format!("{f:?}j"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Const::Code(c) => format!("<code {}>", c.qualname),
    }
}

fn write_code(out: &mut String, code: &CodeObject) {
    let _ = writeln!(
        out,
        "== {} ({}) line {} flags {:#x} args {}/{}/{} stack {} ==",
        code.qualname,
        code.name,
        code.first_line,
        code.flags,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.max_stack
    );
    let _ = writeln!(
        out,
        "   varnames {:?} cellvars {:?} freevars {:?} cell_args {:?}",
        code.varnames, code.cellvars, code.freevars, code.cell_args
    );
    let cells = |i: u32| -> String {
        let i = i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_else(|| "?".into());
    let mut last_line = 0;
    for (pc, ins) in code.instrs.iter().enumerate() {
        let line = code.lines.get(pc).copied().unwrap_or(0);
        let l = if line != last_line {
            last_line = line;
            format!("{line:>5}")
        } else {
            "     ".into()
        };
        let arg = match *ins {
            Instr::LoadConst(i) => code.consts.get(i as usize).map(const_repr).unwrap_or_default(),
            Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => {
                code.varnames.get(i as usize).cloned().unwrap_or_default()
            }
            Instr::LoadDeref(i)
            | Instr::StoreDeref(i)
            | Instr::DeleteDeref(i)
            | Instr::LoadClosure(i)
            | Instr::LoadClassDeref(i) => cells(i),
            Instr::LoadGlobal(i)
            | Instr::StoreGlobal(i)
            | Instr::DeleteGlobal(i)
            | Instr::LoadName(i)
            | Instr::StoreName(i)
            | Instr::DeleteName(i)
            | Instr::LoadAttr(i)
            | Instr::StoreAttr(i)
            | Instr::DeleteAttr(i)
            | Instr::LoadMethod(i)
            | Instr::ImportName(i)
            | Instr::ImportFrom(i) => name(i),
            _ => String::new(),
        };
        let _ = writeln!(out, "{l} {pc:>5} {ins:?} {arg}");
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            write_code(out, inner);
        }
    }
}
