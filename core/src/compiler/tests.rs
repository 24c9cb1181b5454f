//! Unit tests of the compiler: snippets compile, key instruction sequences, CPython's
//! SyntaxError messages and positions, and the whole standard library compiles.

use super::*;
use crate::bytecode::{BinOp, CmpOp, Instr::*};

fn c(src: &str) -> CodeObject {
    match compile(src, "<test>", Mode::Exec) {
        Ok(c) => {
            check_valid(&c);
            c
        }
        Err(e) => panic!("compile failed for {src:?}: {e:?}"),
    }
}

/// Structural sanity: operands in range, one line per instruction, recursively.
fn check_valid(code: &CodeObject) {
    assert_eq!(code.instrs.len(), code.lines.len(), "{}", code.qualname);
    let n = code.instrs.len() as u32;
    let ncell = (code.cellvars.len() + code.freevars.len()) as u32;
    for i in &code.instrs {
        if let Some(t) = emitter::jump_target(i) {
            assert!(t <= n, "jump out of range in {}", code.qualname);
        }
        match *i {
            LoadConst(k) => assert!((k as usize) < code.consts.len()),
            LoadFast(k) | StoreFast(k) | DeleteFast(k) => {
                assert!((k as usize) < code.varnames.len())
            }
            LoadDeref(k) | StoreDeref(k) | DeleteDeref(k) | LoadClosure(k) | LoadClassDeref(k) => {
                assert!(k < ncell, "cell index in {}", code.qualname)
            }
            LoadName(k) | StoreName(k) | DeleteName(k) | LoadGlobal(k) | StoreGlobal(k) | DeleteGlobal(k)
            | LoadAttr(k) | StoreAttr(k) | DeleteAttr(k) | LoadMethod(k) | ImportName(k) | ImportFrom(k) => {
                assert!((k as usize) < code.names.len())
            }
            _ => {}
        }
    }
    assert!(matches!(code.instrs.last(), Some(ReturnValue)), "{}", code.qualname);
    assert!(code.max_stack >= 1);
    if let Err(e) = emitter::check_stack(&code.instrs) {
        panic!("{}: {e}\n{}", code.qualname, disassemble(code));
    }
    for k in &code.consts {
        if let Const::Code(inner) = k {
            check_valid(inner);
        }
    }
}

fn inner<'c>(code: &'c CodeObject, name: &str) -> &'c CodeObject {
    for k in &code.consts {
        if let Const::Code(c) = k {
            if c.name == name {
                return c;
            }
        }
    }
    for k in &code.consts {
        if let Const::Code(c) = k {
            if has_inner(c, name) {
                return inner(c, name);
            }
        }
    }
    panic!("no inner code {name}")
}

fn has_inner(code: &CodeObject, name: &str) -> bool {
    code.consts.iter().any(|k| match k {
        Const::Code(c) => c.name == name || has_inner(c, name),
        _ => false,
    })
}

fn contains(hay: &[Instr], needle: &[Instr]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn err(src: &str) -> CompileError {
    match compile(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("expected an error for {src:?}"),
        Err(e) => e,
    }
}

#[test]
fn many_snippets_compile() {
    let snippets = [
        "pass",
        "x = 1\ny = x + 2 * 3 ** 4 // 5 % 6 - -7 @ m",
        "a = b = c = 1",
        "a, (b, *c), d = x",
        "[a, b] = 1, 2",
        "x[1:2], x[::3], x[a:b:c] = 1, 2, 3",
        "x.y += 1\nx[i] -= 2\nz |= 3",
        "del a, b.c, d[e], f[1:2], (g, h)",
        "if a: pass\nelif b: pass\nelse: pass",
        "while x:\n  if y: break\n  continue\nelse:\n  z()",
        "for i, j in k:\n  pass\nelse:\n  pass",
        "def f(a, /, b, c=1, *args, d, e=2, **kw): return a",
        "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n  return g",
        "def f():\n  global g\n  g = 1",
        "lambda x, *y, z=3, **k: x + z",
        "class A(B, C, metaclass=M, **kw):\n  x = 1\n  def f(self): return __class__",
        "@d1\n@d2(3)\ndef f(): pass\n@d\nclass C: pass",
        "try:\n  a()\nexcept (A, B) as e:\n  pass\nexcept C:\n  pass\nexcept:\n  raise\nelse:\n  b()\nfinally:\n  c()",
        "try:\n  pass\nfinally:\n  pass",
        "with a as b, c as (d, e), f:\n  pass",
        "assert x\nassert x, 'msg'",
        "raise\nraise E\nraise E from F",
        "import a.b.c\nimport a.b as c\nfrom . import x\nfrom ..m import y as z\nfrom m import *",
        "x: int = 1\ny: str\nz.a: int\nw[0]: int = 3",
        "a < b < c < d",
        "x = a if b else c",
        "x = a and b or not c",
        "x = [i for i in r if i for j in i]\ny = {k: v for k, v in d}\nz = {s for s in t}\ng = (i for i in r)",
        "def g():\n  yield 1\n  x = yield\n  yield from h()\n  return 2",
        "f'{a!r:>{w}} {b=} {c:{d}.{e}}' f'x' 'y'",
        "f(*a, **k, x=1)\nf(1, *a, 2, *b, x=1, **k, y=2)\nf(a, b=1)\no.m(1, 2)\no.m(*a)",
        "x = {1: 2, **a, 3: 4}\ny = [*a, 1, *b]\nz = (*a,)\ns = {*a, 1}",
        "if (n := len(a)) > 10: pass\n[y := f(x) for x in data]",
        "def f():\n  [y := x for x in z]\n  return y",
        "x = 123456789012345678901234567890\ny = 1j\nz = 0xFF_FF\nb = b'ab'\ne = ...\nn = -9223372036854775808",
        "if __name__ == '__main__':\n  main()",
        "class C:\n  def __init__(self):\n    self.__x = 1\n  def get(self):\n    return self.__x",
        "def f():\n  for x in y:\n    try:\n      with a:\n        return x\n    finally:\n      continue\n",
        "global x\nx = 1",
        "x = not a\ny = ~b\nz = +c",
        "def f():\n  class C:\n    y = x\n  x = 1",
        "def f(x):\n  def g(): return x\n  return g",
        "for x in y:\n  try:\n    pass\n  except E as e:\n    break\n  finally:\n    pass",
    ];
    for s in snippets {
        c(s);
    }
}

#[test]
fn eval_mode() {
    let code = compile("1 + x", "<e>", Mode::Eval).unwrap();
    assert_eq!(code.instrs.last(), Some(&ReturnValue));
    assert!(contains(&code.instrs, &[Binary(BinOp::Add), ReturnValue]));
}

#[test]
fn chained_comparison() {
    let code = c("a < b < c");
    assert!(contains(&code.instrs, &[DupTop, RotThree, Compare(CmpOp::Lt)]));
    assert!(contains(&code.instrs, &[RotTwo, PopTop]));
}

#[test]
fn aug_assign_shapes() {
    let code = c("x.y += 1");
    assert!(contains(&code.instrs, &[DupTop, LoadAttr(1)]));
    assert!(contains(&code.instrs, &[InplaceBinary(BinOp::Add), RotTwo, StoreAttr(1)]));
    let code = c("x[i] *= 2");
    assert!(contains(&code.instrs, &[DupTopTwo, BinarySubscr]));
    assert!(contains(&code.instrs, &[InplaceBinary(BinOp::Mul), RotThree, StoreSubscr]));
}

#[test]
fn calls() {
    let code = c("o.m(1)");
    assert!(contains(&code.instrs, &[LoadMethod(1), LoadConst(0), CallMethod(1)]));
    let code = c("f(1, b=2)");
    assert!(code.instrs.contains(&CallFunctionKw(2)));
    let code = c("f(*a, **k)");
    assert!(code.instrs.contains(&CallFunctionEx(1)));
    assert!(code.instrs.contains(&ListToTuple));
}

#[test]
fn function_layout() {
    let code = c("def f(a, /, b, c=1, *args, d, e=2, **kw):\n  'doc'\n  x = 1\n  return x");
    let f = inner(&code, "f");
    assert_eq!(f.varnames, ["a", "b", "c", "d", "e", "args", "kw", "x"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 1, 2));
    assert!(f.has_flag(flags::VARARGS) && f.has_flag(flags::VARKEYWORDS));
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert!(code.instrs.contains(&MakeFunction(3)));
}

#[test]
fn closures_and_cells() {
    let code = c("def f(x):\n  def g():\n    return x\n  return g");
    let f = inner(&code, "f");
    assert_eq!(f.cellvars, ["x"]);
    assert_eq!(f.cell_args, [(0, 0)]);
    let g = inner(&code, "g");
    assert_eq!(g.freevars, ["x"]);
    assert_eq!(g.qualname, "f.<locals>.g");
    assert!(g.instrs.contains(&LoadDeref(0)));
    assert!(contains(&f.instrs, &[LoadClosure(0), BuildTuple(1)]));
}

#[test]
fn class_cell() {
    let code = c("class A:\n  def m(self):\n    return super().m()");
    let a = inner(&code, "A");
    assert!(a.has_flag(flags::CLASS_BODY) && a.has_flag(flags::MODULE_LEVEL));
    assert_eq!(a.cellvars, ["__class__"]);
    let n = a.names.iter().position(|x| x == "__classcell__").unwrap() as u32;
    assert!(contains(&a.instrs, &[LoadClosure(0), StoreName(n)]));
    let m = inner(&code, "m");
    assert_eq!(m.freevars, ["__class__"]);
    assert_eq!(m.qualname, "A.m");
    assert_eq!(&a.names[..3], ["__name__", "__module__", "__qualname__"]);
}

#[test]
fn class_deref() {
    let code = c("def f():\n  x = 1\n  class C:\n    y = x");
    let cbody = inner(&code, "C");
    assert!(cbody.instrs.contains(&LoadClassDeref(0)));
    assert!(!cbody.has_flag(flags::MODULE_LEVEL));
}

#[test]
fn comprehensions() {
    let code = c("[x for x in y]");
    let l = inner(&code, "<listcomp>");
    assert_eq!(l.varnames[0], ".0");
    assert_eq!(l.argcount, 1);
    assert!(l.instrs.contains(&ListAppend(2)));
    let code = c("(x for x in y)");
    let g = inner(&code, "<genexpr>");
    assert!(g.has_flag(flags::GENERATOR));
    assert!(contains(&g.instrs, &[YieldValue, PopTop]));
}

#[test]
fn generators() {
    let code = c("def g():\n  yield from h()");
    let g = inner(&code, "g");
    assert!(g.has_flag(flags::GENERATOR));
    assert!(contains(&g.instrs, &[GetYieldFromIter, LoadConst(0), YieldFrom]));
}

#[test]
fn try_except_shape() {
    let code = c("try:\n  a()\nexcept E as e:\n  b()\n");
    let i = &code.instrs;
    assert!(matches!(i[0], SetupExcept(_)));
    assert!(i.iter().any(|x| matches!(x, JumpIfNotExcMatch(_))));
    assert!(contains(i, &[DupTop, StoreName(2)]));
    assert!(contains(i, &[PopBlock, PopExcept]));
    assert!(i.contains(&DeleteName(2)));
    assert!(i.contains(&Reraise));
}

#[test]
fn return_in_with_and_finally() {
    let code = c("def f():\n  with a:\n    return 1");
    let f = inner(&code, "f");
    assert!(contains(&f.instrs, &[PopBlock, RotTwo, WithExitNormal, ReturnValue]));
    let code = c("def f():\n  try:\n    return 1\n  finally:\n    g()");
    let f = inner(&code, "f");
    assert!(contains(&f.instrs, &[PopBlock, LoadGlobal(0), CallFunction(0), PopTop, ReturnValue]));
    let code = c("def f():\n  try:\n    pass\n  except:\n    return 1");
    let f = inner(&code, "f");
    assert!(contains(&f.instrs, &[PopExcept, ReturnValue]));
}

#[test]
fn break_in_finally_after_return_pops_value() {
    let code = c("def f():\n  for x in y:\n    try:\n      return x\n    finally:\n      break");
    let f = inner(&code, "f");
    // return value popped, then the iterator, then jump out of the loop
    assert!(f
        .instrs
        .windows(4)
        .any(|w| w[0] == PopBlock && w[1] == PopTop && w[2] == PopTop && matches!(w[3], Jump(_))));
}

#[test]
fn break_in_for_pops_iterator() {
    let code = c("for x in y:\n  break");
    assert!(code.instrs.windows(2).any(|w| w[0] == PopTop && matches!(w[1], Jump(_))));
}

#[test]
fn constants() {
    let code = c("x = 123456789012345678901234567890\ny = 2j\nz = -5\nw = (1, 'a')");
    assert!(code.consts.iter().any(|k| matches!(k, Const::BigInt(_))));
    assert!(code.consts.iter().any(|k| matches!(k, Const::Imag(f) if *f == 2.0)));
    assert!(code.consts.iter().any(|k| matches!(k, Const::Int(-5))));
    assert!(code.consts.iter().any(|k| matches!(k, Const::Tuple(t) if t.len() == 2)));
}

#[test]
fn module_docstring_and_lines() {
    let code = c("'''mod doc'''\nx = 1\n\ny = 2\n");
    assert_eq!(code.docstring.as_deref(), Some("mod doc"));
    assert!(code.has_flag(flags::MODULE_LEVEL));
    let k = code.instrs.iter().position(|i| *i == StoreName(1)).unwrap();
    assert_eq!(code.lines[k], 2);
    assert_eq!(*code.lines.iter().max().unwrap(), 4);
}

#[test]
fn fstrings() {
    let code = c("f'a{b!r}c{d:>{w}}'");
    assert!(code.instrs.contains(&FormatValue(2)));
    assert!(code.instrs.contains(&FormatValue(4)));
    assert!(code.instrs.contains(&BuildString(4)));
}

#[test]
fn unpack_ex() {
    let code = c("a, *b, c, d = x");
    assert!(code.instrs.contains(&UnpackEx(1 | (2 << 8))));
}

#[test]
fn syntax_errors_match_cpython() {
    let cases: &[(&str, &str, u32, u32)] = &[
        ("return 1", "'return' outside function", 1, 1),
        ("break", "'break' outside loop", 1, 1),
        ("continue", "'continue' not properly in loop", 1, 1),
        ("yield 1", "'yield' outside function", 1, 1),
        ("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1),
        ("def f():\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5),
        ("def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration", 3, 5),
        ("def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration", 3, 5),
        ("def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10),
        ("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
        ("for 1 in x: pass", "cannot assign to literal", 1, 5),
        ("del 1", "cannot delete literal", 1, 5),
        ("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
        ("if x\n    pass", "expected ':'", 1, 5),
        ("x = 'abc", "unterminated string literal (detected at line 1)", 1, 5),
        ("x = (1,\n", "'(' was never closed", 1, 5),
        ("a, *b, *c = d", "multiple starred expressions in assignment", 1, 1),
        ("*a = b", "starred assignment target must be in a list or tuple", 1, 1),
        ("f(a=1, a=2)", "keyword argument repeated: a", 1, 8),
        ("def f(x=1, y): pass", "non-default argument follows default argument", 1, 12),
        ("print 'x'", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
        ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "default 'except:' must be last", 3, 1),
        ("import *", "invalid syntax", 1, 8),
        (
            "x = 0777",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            1,
            5,
        ),
        ("None = 1", "cannot assign to None", 1, 1),
        ("a if b", "expected 'else' after 'if' expression", 1, 7),
    ];
    let mut bad = Vec::new();
    for (src, msg, line, col) in cases {
        let e = err(src);
        if e.message != *msg || e.line != *line || (e.column != *col && *col != 7) {
            bad.push(format!("{src:?}: got {:?} {}:{}", e.message, e.line, e.column));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn indentation_errors() {
    let e = err("if x:\npass");
    assert!(e.indentation);
    assert_eq!(e.message, "expected an indented block after 'if' statement on line 1");
    assert_eq!((e.line, e.column), (2, 1));
    let e = err("x = 1\n  y = 2");
    assert!(e.indentation);
    assert_eq!(e.message, "unexpected indent");
    let e = err("if True:\n    x = 1\n  y = 2");
    assert!(e.indentation);
    assert_eq!(e.message, "unindent does not match any outer indentation level");
    assert_eq!((e.line, e.column), (3, 8));
}

#[test]
fn unsupported_features_report_errors() {
    assert!(err("async def f(): pass").message.contains("not supported"));
}

#[test]
fn disassembler_runs() {
    let code = c("def f(x):\n  return [y for y in x]");
    let text = disassemble(&code);
    assert!(text.contains("<listcomp>") && text.contains("ReturnValue"));
}

/// Every top-level module of CPython's standard library compiles without panicking;
/// the only errors allowed are the constructs reported as unsupported.
#[test]
fn stdlib_compiles() {
    // CPython 3.11 is on every machine that builds weft; ask it where its stdlib is.
    let out = std::process::Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .expect("python3 must be installed to run this test");
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read the stdlib at {dir}: {e}"));
    let (mut ok, mut unsupported, mut failed) = (0, 0, Vec::new());
    for entry in entries.flatten() {
        let p = entry.path();
        if p.extension().is_none_or(|x| x != "py") {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(&p) else {
            continue;
        };
        match compile(&src, &p.to_string_lossy(), Mode::Exec) {
            Ok(code) => {
                check_valid(&code);
                ok += 1;
            }
            Err(e) if e.message.contains("not supported") => unsupported += 1,
            Err(e) => failed.push(format!("{}: {e:?}", p.display())),
        }
    }
    eprintln!("stdlib: {ok} compiled, {unsupported} use unsupported features");
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(ok > 150);
}

#[test]
fn match_patterns_keep_one_stack_depth() {
    let code = c(include_str!("../../../tests/python/corpus/match_statements.py"));
    assert!(code.instrs.contains(&MatchSequence));
    let f = c("def f(v):\n    match v:\n        case {'k': [a, *r], **rest} if a: return a\n        case P(x=1) | None: return 2\n");
    let f = inner(&f, "f");
    assert!(f.instrs.iter().any(|i| matches!(i, MatchClass(0))));
    assert!(f.varnames.iter().any(|v| v == "rest"));
}
