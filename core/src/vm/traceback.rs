//! Printing exceptions the way CPython 3.11 does: tracebacks with source lines,
//! chained causes and contexts, SyntaxError carets, repeated-frame folding.

use crate::objects::exception::{as_exc, TbEntry};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::{is_instance, tobj, type_of};
use crate::objects::Value;
use crate::runtime::rt;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::Arc;

static SOURCES: Mutex<Option<HashMap<String, Arc<Vec<String>>>>> = parking_lot::const_mutex(None);

/// Remember the source of a file (or `<string>`) so tracebacks can show its lines.
pub fn register_source(filename: &str, source: &str) {
    let lines: Vec<String> = source.lines().map(|l| l.to_string()).collect();
    SOURCES.lock().get_or_insert_with(HashMap::new).insert(filename.to_string(), Arc::new(lines));
}

/// Line `n` (1-based) of a file, if available.
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    let cached = SOURCES.lock().as_ref().and_then(|m| m.get(filename).cloned());
    let lines = match cached {
        Some(l) => l,
        None => {
            let text = std::fs::read_to_string(filename).ok()?;
            register_source(filename, &text);
            SOURCES.lock().as_ref()?.get(filename)?.clone()
        }
    };
    lines.get((n as usize).checked_sub(1)?).cloned()
}

fn exc_type_name(e: &Value) -> String {
    let t = tobj(type_of(e));
    if t.builtin || t.module == "__main__" || t.module == "builtins" {
        t.qualname.clone()
    } else {
        format!("{}.{}", t.module, t.qualname)
    }
}

/// The last line: `TypeError: message` (or just the type name).
pub fn exception_only(e: &Value) -> String {
    let name = exc_type_name(e);
    if is_instance(e, &rt().exc.syntax_error) {
        return syntax_error_lines(e, &name);
    }
    let mut msg = crate::vm::repr::str_of(e).unwrap_or_else(|_| "<exception str() failed>".into());
    if let Some(s) = crate::vm::suggest::for_exception(e) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    let mut out = if msg.is_empty() { format!("{name}\n") } else { format!("{name}: {msg}\n") };
    out.push_str(&notes(e));
    out
}

/// The lines of `e.__notes__` (from `add_note`), printed after the message.
fn notes(e: &Value) -> String {
    let Some(x) = as_exc(e) else { return String::new() };
    let Some(list) = crate::objects::dict::DictObj::get_str(&x.dict, &crate::runtime::intern("__notes__")) else {
        return String::new();
    };
    let Ok(items) = crate::vm::ops::collect(&list) else { return String::new() };
    let mut out = String::new();
    for note in items {
        out.push_str(&crate::vm::repr::str_of(&note).unwrap_or_else(|_| "<note str() failed>".into()));
        out.push('\n');
    }
    out
}

fn syntax_error_lines(e: &Value, name: &str) -> String {
    let x = as_exc(e).expect("exc");
    let args = x.args();
    let items = as_tuple(&args).unwrap_or(&[]);
    let msg = items.first().map(|m| crate::vm::repr::str_of(m).unwrap_or_default()).unwrap_or_default();
    let detail = items.get(1).and_then(as_tuple).map(|t| t.to_vec()).unwrap_or_default();
    let mut out = String::new();
    if detail.len() >= 4 {
        let filename = as_str(&detail[0]).unwrap_or("<unknown>");
        let lineno = crate::objects::int::as_i64(&detail[1]).unwrap_or(0);
        out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
        if let Some(text) = as_str(&detail[3]) {
            let line = text.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            if let Some(off) = crate::objects::int::as_i64(&detail[2]) {
                let end = detail.get(5).and_then(crate::objects::int::as_i64).unwrap_or(off);
                let col = (off as usize).saturating_sub(1).saturating_sub(indent);
                let width = if end > off { (end - off) as usize } else { 1 };
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
    }
    out.push_str(&format!("{name}: {msg}\n"));
    out
}

fn format_tb(entries: &[TbEntry]) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    let mut last: Option<(&str, u32, &str)> = None;
    let mut repeat = 0usize;
    let flush = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
        }
    };
    for e in entries.iter().rev() {
        let key = (&*e.filename, e.line, e.name.as_str());
        if last == Some(key) {
            repeat += 1;
            if repeat > 3 {
                continue;
            }
        } else {
            flush(&mut out, repeat);
            repeat = 1;
            last = Some(key);
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.filename, e.line, e.name));
        if let Some(src) = source_line(&e.filename, e.line) {
            let s = src.trim();
            if !s.is_empty() {
                out.push_str(&format!("    {s}\n"));
            }
        }
    }
    flush(&mut out, repeat);
    out
}

/// The whole report for an exception, with its chain.
pub fn format_exception(e: &Value) -> String {
    let mut out = String::new();
    format_chain(e, &mut Vec::new(), &mut GroupCtx { depth: 0, need_close: false }, &mut out);
    out
}

/// Where an exception-group report is: the nesting depth of groups (each level indents
/// the lines and draws a margin) and whether the last member's box still needs closing.
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

/// Members shown per group, and groups shown nested, before the report cuts off.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text`, each line prefixed by the indentation and margin of this depth.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn format_chain(e: &Value, seen: &mut Vec<usize>, ctx: &mut GroupCtx, out: &mut String) {
    seen.push(e.word());
    let Some(x) = as_exc(e) else {
        ctx.emit(out, &exception_only(e), '|');
        return;
    };
    if let Some(cause) = x.cause() {
        if !seen.contains(&cause.word()) {
            format_chain(&cause, seen, ctx, out);
            ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        }
    } else if !x.suppress_context() {
        if let Some(ctx_exc) = x.context() {
            if !seen.contains(&ctx_exc.word()) {
                format_chain(&ctx_exc, seen, ctx, out);
                ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
            }
        }
    }
    let tb = x.tb();
    if !crate::vm::exc_group::is_group(e) {
        if !tb.is_empty() {
            ctx.emit(out, &format_tb(&tb), '|');
        }
        ctx.emit(out, &exception_only(e), '|');
        return;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        return;
    }
    format_group(e, &tb, seen, ctx, out);
}

/// An exception group: its traceback and message, then each member in a numbered box.
fn format_group(e: &Value, tb: &[TbEntry], seen: &mut Vec<usize>, ctx: &mut GroupCtx, out: &mut String) {
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth = 1;
    }
    if !tb.is_empty() {
        let text = format_tb(tb).replacen("Traceback", "Exception Group Traceback", 1);
        let (first, rest) = text.split_at(text.find('\n').map_or(text.len(), |i| i + 1));
        ctx.emit(out, first, if toplevel { '+' } else { '|' });
        ctx.emit(out, rest, '|');
    }
    ctx.emit(out, &exception_only(e), '|');
    let members = crate::vm::exc_group::members(e);
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..shown {
        let last = i + 1 == shown;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        let dashes = "-".repeat(16);
        out.push_str(&format!("{}{}+{dashes} {title} {dashes}\n", ctx.indent(), if i == 0 { "+-" } else { "  " }));
        ctx.depth += 1;
        if truncated {
            let more = members.len() - MAX_GROUP_WIDTH;
            ctx.emit(out, &format!("and {more} more exception{}\n", if more == 1 { "" } else { "s" }), '|');
        } else {
            format_chain(&members[i], seen, ctx, out);
        }
        if last && ctx.need_close {
            out.push_str(&format!("{}+{}\n", ctx.indent(), "-".repeat(36)));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// Print an exception report to `sys.stderr`.
pub fn print_exception(e: &Value) {
    crate::modules::sys::write_stderr(&format_exception(e));
}

/// Report an exception that cannot propagate (from `__del__`, callbacks).
pub fn print_unraisable(what: &str, e: &Value) {
    let mut s = format!("{what}\n");
    s.push_str(&format_exception(e));
    crate::modules::sys::write_stderr(&s);
}

/// Python-visible traceback objects (`tb_frame`, `tb_lineno`, `tb_next`) built from an
/// exception's recorded entries, outermost first. Frames are summaries: `f_code` has
/// `co_name` and `co_filename`, `f_lineno` the line.
pub fn tb_object(entries: &[TbEntry]) -> Value {
    use crate::objects::dict::as_dict;
    use crate::objects::instance::new_instance;
    use crate::objects::int::new_int;
    use crate::objects::str::new_str;
    use crate::runtime::intern;
    let set = |obj: &Value, name: &str, v: Value| {
        if let Some(d) = crate::vm::attr::instance_dict(obj).and_then(as_dict) {
            d.set_str(intern(name), v);
        }
    };
    let mut next = rt().none.clone();
    for e in entries.iter() {
        let code = new_instance(&rt().types.code);
        set(&code, "co_name", new_str(e.name.clone()));
        set(&code, "co_filename", new_str(e.filename.to_string()));
        let frame = new_instance(&rt().types.frame);
        set(&frame, "f_code", code);
        set(&frame, "f_lineno", new_int(e.line as i64));
        set(&frame, "f_back", rt().none.clone());
        let tb = new_instance(&rt().types.traceback);
        set(&tb, "tb_frame", frame);
        set(&tb, "tb_lineno", new_int(e.line as i64));
        set(&tb, "tb_lasti", new_int(0));
        set(&tb, "tb_next", next);
        next = tb;
    }
    next
}
