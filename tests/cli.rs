//! Command-line behaviour of the `weft` binary, modelled on CPython 3.11's.
//!
//! `WEFT_TEST_BIN` (e.g. `python3`) runs another program instead of the built
//! binary; the tests of weft-only features (`sys._is_gil_enabled`, the
//! `-X gil` option) are then skipped unless that program is weft.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> String {
    match std::env::var("WEFT_TEST_BIN") {
        Ok(b) if !b.is_empty() => b,
        _ => env!("CARGO_BIN_EXE_weft").to_owned(),
    }
}

/// The name the binary reports itself with (file stem of the program).
fn prog_stem() -> String {
    Path::new(&bin()).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// True when the binary under test is a foreign interpreter (WEFT_TEST_BIN).
fn is_foreign() -> bool {
    !prog_stem().starts_with("weft")
}

fn cmd() -> Command {
    let mut c = Command::new(bin());
    c.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHON_GIL")
        .stdin(Stdio::null());
    c
}

/// Like `Command::output`, but kills the program after 60 s (a hang is a bug).
fn output(mut c: Command) -> Output {
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().expect("binary runs");
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait works") {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{} timed out after 60 s", bin());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Output { status, stdout: out_reader.join().unwrap_or_default(), stderr: err_reader.join().unwrap_or_default() }
}

fn run(args: &[&str]) -> Output {
    let mut c = cmd();
    c.args(args);
    output(c)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> Option<i32> {
    o.status.code()
}

fn describe(o: &Output) -> String {
    format!("status: {:?}\nstdout:\n{}\nstderr:\n{}", o.status, stdout(o), stderr(o))
}

/// A scratch folder of our own, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("weft-cli-tests-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

/// Writes `name.py` into a fresh scratch folder; keep the guard alive while running.
fn write_script(name: &str, body: &str) -> (Scratch, PathBuf) {
    let dir = scratch(name);
    let path = dir.0.join(format!("{name}.py"));
    std::fs::write(&path, body).unwrap();
    (dir, path)
}

#[test]
fn dash_c_prints() {
    let o = run(&["-c", "print(1+1)"]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    assert_eq!(stdout(&o), "2\n", "{}", describe(&o));
}

#[test]
fn dash_c_argv() {
    let o = run(&["-c", "import sys; print(sys.argv)", "a", "b"]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    assert_eq!(stdout(&o), "['-c', 'a', 'b']\n", "{}", describe(&o));
}

#[test]
fn script_argv() {
    let (_dir, path) = write_script("argv", "import sys\nprint(sys.argv[1:])\nprint(__name__)\n");
    let o = run(&[path.to_str().unwrap(), "x", "--flag", "-c"]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    assert_eq!(stdout(&o), "['x', '--flag', '-c']\n__main__\n", "{}", describe(&o));
}

#[test]
fn missing_script() {
    let dir = scratch("missing");
    let path = dir.0.join("does_not_exist.py");
    let o = run(&[path.to_str().unwrap()]);
    assert_eq!(code(&o), Some(2), "{}", describe(&o));
    let err = stderr(&o);
    let line = err.lines().next().unwrap_or("");
    let suffix = format!(": can't open file '{}': [Errno 2] No such file or directory", path.display());
    assert!(line.ends_with(&suffix), "{}", describe(&o));
    let prog = &line[..line.len() - suffix.len()];
    let stem = prog_stem();
    assert!(
        prog == stem || prog.ends_with(&format!("/{stem}")),
        "program name {prog:?} should be {stem:?}\n{}",
        describe(&o)
    );
    assert!(stdout(&o).is_empty(), "{}", describe(&o));
}

#[test]
fn unknown_option() {
    let o = run(&["-Q", "-c", "print(1)"]);
    assert_eq!(code(&o), Some(2), "{}", describe(&o));
    assert!(stdout(&o).is_empty(), "{}", describe(&o));
    assert!(!stderr(&o).is_empty(), "{}", describe(&o));
}

#[test]
fn version() {
    let o = run(&["-V"]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    assert!(stdout(&o).starts_with("Python 3.11"), "{}", describe(&o));
}

#[test]
fn sys_exit_code() {
    let o = run(&["-c", "import sys; print('before'); sys.exit(3); print('after')"]);
    assert_eq!(code(&o), Some(3), "{}", describe(&o));
    assert_eq!(stdout(&o), "before\n", "{}", describe(&o));
}

#[test]
fn sys_exit_message() {
    let o = run(&["-c", "import sys; sys.exit('msg')"]);
    assert_eq!(code(&o), Some(1), "{}", describe(&o));
    assert_eq!(stderr(&o), "msg\n", "{}", describe(&o));
    assert!(stdout(&o).is_empty(), "{}", describe(&o));
}

#[test]
fn sys_exit_none_and_zero() {
    let o = run(&["-c", "import sys; sys.exit()"]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    let o = run(&["-c", "raise SystemExit(0)"]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    assert!(stderr(&o).is_empty(), "{}", describe(&o));
}

#[test]
fn uncaught_exception() {
    let o = run(&["-c", "def f(x):\n    return 1 / x\nprint('start')\nf(0)\n"]);
    assert_eq!(code(&o), Some(1), "{}", describe(&o));
    assert_eq!(stdout(&o), "start\n", "{}", describe(&o));
    let err = stderr(&o);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{}", describe(&o));
    assert!(err.trim_end().ends_with("ZeroDivisionError: division by zero"), "{}", describe(&o));
    assert!(err.contains("line 4, in <module>"), "{}", describe(&o));
    assert!(err.contains("line 2, in f"), "{}", describe(&o));
}

#[test]
fn uncaught_exception_in_script() {
    let (_dir, path) = write_script("uncaught", "x = {}\nprint('hi')\nx['missing']\n");
    let o = run(&[path.to_str().unwrap()]);
    assert_eq!(code(&o), Some(1), "{}", describe(&o));
    assert_eq!(stdout(&o), "hi\n", "{}", describe(&o));
    let err = stderr(&o);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{}", describe(&o));
    let file_line = format!("  File \"{}\", line 3, in <module>", path.display());
    assert!(err.lines().any(|l| l == file_line), "{}", describe(&o));
    assert!(err.lines().any(|l| l == "    x['missing']"), "{}", describe(&o));
    assert!(err.trim_end().ends_with("KeyError: 'missing'"), "{}", describe(&o));
}

#[test]
fn syntax_error() {
    let (_dir, path) = write_script("syntax", "print('never')\nx = 1 +\n");
    let o = run(&[path.to_str().unwrap()]);
    assert_eq!(code(&o), Some(1), "{}", describe(&o));
    assert!(stdout(&o).is_empty(), "nothing runs before a SyntaxError\n{}", describe(&o));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    let file_line = format!("  File \"{}\", line 2", path.display());
    let at =
        lines.iter().position(|l| *l == file_line).unwrap_or_else(|| panic!("no {file_line:?} line\n{}", describe(&o)));
    assert_eq!(lines.get(at + 1).copied(), Some("    x = 1 +"), "{}", describe(&o));
    let caret = lines.get(at + 2).copied().unwrap_or("");
    assert!(
        !caret.trim().is_empty() && caret.trim().chars().all(|c| c == '^'),
        "caret line expected\n{}",
        describe(&o)
    );
    assert!(lines.last().is_some_and(|l| l.starts_with("SyntaxError: ")), "{}", describe(&o));
}

#[test]
fn syntax_error_dash_c() {
    let o = run(&["-c", "x = (1,"]);
    assert_eq!(code(&o), Some(1), "{}", describe(&o));
    let err = stderr(&o);
    assert!(err.contains("  File \"<string>\", line 1"), "{}", describe(&o));
    assert!(err.lines().any(|l| l.starts_with("SyntaxError: ")), "{}", describe(&o));
}

fn gil_enabled(extra: &[&str], env_gil: Option<&str>) -> Option<String> {
    if is_foreign() {
        eprintln!("skipped: {} is not weft", bin());
        return None;
    }
    let mut c = cmd();
    c.args(extra).args(["-c", "import sys; print(sys._is_gil_enabled())"]);
    if let Some(v) = env_gil {
        c.env("PYTHON_GIL", v);
    }
    let o = output(c);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    Some(stdout(&o))
}

#[test]
fn gil_option_on() {
    if let Some(out) = gil_enabled(&["-X", "gil=1"], None) {
        assert_eq!(out, "True\n");
    }
}

#[test]
fn gil_option_off() {
    if let Some(out) = gil_enabled(&["-X", "gil=0"], None) {
        assert_eq!(out, "False\n");
    }
}

#[test]
fn gil_env_on() {
    if let Some(out) = gil_enabled(&[], Some("1")) {
        assert_eq!(out, "True\n");
    }
}

#[test]
fn gil_default_off() {
    if let Some(out) = gil_enabled(&[], None) {
        assert_eq!(out, "False\n");
    }
}

#[test]
fn gil_option_overrides_env() {
    if let Some(out) = gil_enabled(&["-X", "gil=0"], Some("1")) {
        assert_eq!(out, "False\n");
    }
}

#[test]
fn recursion_error_main_thread() {
    let o = run(&["-c", "def f(n):\n    return f(n + 1) + 1\nprint('go')\nf(0)\n"]);
    assert_eq!(code(&o), Some(1), "{}", describe(&o));
    assert_eq!(stdout(&o), "go\n", "{}", describe(&o));
    let err = stderr(&o);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{}", describe(&o));
    assert!(err.lines().any(|l| l.starts_with("RecursionError: maximum recursion depth exceeded")), "{}", describe(&o));
}

#[test]
fn recursion_error_caught() {
    let o = run(&[
        "-c",
        "def f(n):\n    return f(n + 1) + 1\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', type(e).__name__)\nprint(f.__name__)\n",
    ]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    assert_eq!(stdout(&o), "caught RecursionError\nf\n", "{}", describe(&o));
}

#[test]
fn recursion_error_worker_thread() {
    let script = "import threading\n\
def f(n):\n    return f(n + 1) + 1\n\
t = threading.Thread(target=f, args=(0,), name='deep')\n\
t.start()\n\
t.join()\n\
print('main goes on', t.is_alive())\n";
    let o = run(&["-c", script]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    assert_eq!(stdout(&o), "main goes on False\n", "{}", describe(&o));
    let err = stderr(&o);
    assert!(err.starts_with("Exception in thread deep"), "{}", describe(&o));
    assert!(err.lines().any(|l| l.starts_with("RecursionError: maximum recursion depth exceeded")), "{}", describe(&o));
}

#[test]
fn exception_in_thread_report() {
    let script = "import threading\n\
def boom():\n    raise ValueError('bad value')\n\
t = threading.Thread(target=boom, name='worker-1')\n\
t.start(); t.join()\n\
print('done')\n";
    let o = run(&["-c", script]);
    assert_eq!(code(&o), Some(0), "{}", describe(&o));
    assert_eq!(stdout(&o), "done\n", "{}", describe(&o));
    let err = stderr(&o);
    assert!(err.starts_with("Exception in thread worker-1"), "{}", describe(&o));
    assert!(err.contains("Traceback (most recent call last):"), "{}", describe(&o));
    assert!(err.trim_end().ends_with("ValueError: bad value"), "{}", describe(&o));
}

#[test]
fn stdout_flushed_at_exit_before_error() {
    // Output printed before an uncaught error must not be lost, even with a pipe.
    let o = run(&["-c", "for i in range(1000):\n    print(i)\nraise SystemExit(4)\n"]);
    assert_eq!(code(&o), Some(4), "{}", describe(&o));
    assert_eq!(stdout(&o).lines().count(), 1000, "{}", describe(&o));
}
