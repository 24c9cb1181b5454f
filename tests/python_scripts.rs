//! Differential test harness: runs every `tests/python/**/*.py` script with the
//! weft binary and compares its output with expectations produced by CPython
//! (`tests/regen.py`).
//!
//! Conventions (see tests/README.md):
//! - `name.py`: the script. Files in a `helpers/` folder, `mod_*.py` and
//!   `*_helper.py` are importable modules, not tests.
//! - `name.out`: expected stdout, compared exactly (required).
//! - `name.exitcode`: expected exit status (absent: 0).
//! - `name.err`: expected stderr after normalization (only written for scripts
//!   under `tests/python/errors/`; absent: stderr ignored).
//!
//! Environment variables:
//! - `WEFT_TEST_BIN`: program to run instead of the built weft binary
//!   (e.g. `python3`, to check the expectations themselves).
//! - `WEFT_TEST_ARGS`: extra arguments put before the script path
//!   (whitespace separated, e.g. `-X gil=1`).
//! - `WEFT_TEST_TIMEOUT`: per-script timeout in seconds (default 60).

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const DEFAULT_TIMEOUT_SECS: u64 = 60;

fn python_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("python")
}

fn test_binary() -> OsString {
    match std::env::var_os("WEFT_TEST_BIN") {
        Some(bin) if !bin.is_empty() => bin,
        _ => OsString::from(env!("CARGO_BIN_EXE_weft")),
    }
}

fn extra_args() -> Vec<String> {
    std::env::var("WEFT_TEST_ARGS").map(|s| s.split_whitespace().map(str::to_owned).collect()).unwrap_or_default()
}

fn timeout() -> Duration {
    let secs = std::env::var("WEFT_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs(secs)
}

/// Is this `.py` file an importable module rather than a test script?
fn is_module(path: &Path, root: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with("mod_") || name.ends_with("_helper.py") {
        return true;
    }
    path.strip_prefix(root)
        .map(|rel| rel.parent().map(|p| p.components().any(|c| c.as_os_str() == "helpers")).unwrap_or(false))
        .unwrap_or(false)
}

fn collect_scripts(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name == "helpers" || name == "__pycache__" || name.starts_with('.') {
                continue;
            }
            collect_scripts(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "py") && !is_module(&path, root) {
            out.push(path);
        }
    }
}

struct Outcome {
    status: Option<ExitStatus>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
}

fn run_script(script: &Path) -> std::io::Result<Outcome> {
    let dir = script.parent().expect("script has a folder");
    let mut cmd = Command::new(test_binary());
    cmd.args(extra_args())
        .arg(script)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHON_GIL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Own process group, so that a timeout kills whatever the script started too.
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd.spawn()?;

    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let (out_tx, out_rx) = mpsc::channel();
    let (err_tx, err_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        let _ = out_tx.send(buf);
    });
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        let _ = err_tx.send(buf);
    });

    let deadline = Instant::now() + timeout();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait()? {
            Some(status) => break Some(status),
            None if Instant::now() >= deadline => {
                timed_out = true;
                kill_group(&mut child);
                let _ = child.wait();
                break None;
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    // A leftover grandchild could keep the pipes open: wait for it a little only.
    let grace = Duration::from_secs(5);
    let stdout = out_rx.recv_timeout(grace).unwrap_or_default();
    let stderr = err_rx.recv_timeout(grace).unwrap_or_default();
    Ok(Outcome { status, stdout, stderr, timed_out })
}

/// Kill the child and, on unix, its whole process group.
fn kill_group(child: &mut Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
}

/// Normalize stderr the same way as `tests/regen.py`: the script folder's
/// absolute path becomes `<dir>`, and caret/tilde marker lines are dropped.
fn normalize_stderr(text: &str, dir: &Path) -> String {
    let mut text = text.replace("\r\n", "\n");
    let mut dirs = vec![dir.to_string_lossy().into_owned()];
    if let Ok(canon) = dir.canonicalize() {
        dirs.push(canon.to_string_lossy().into_owned());
    }
    // Longest first so that a prefix never shadows a longer spelling.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for d in dirs {
        text = text.replace(&d, "<dir>");
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let is_marker = !body.trim().is_empty() && body.chars().all(|c| c.is_whitespace() || c == '^' || c == '~');
        if !is_marker {
            out.push_str(line);
        }
    }
    out
}

fn diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.lines().collect();
    let act: Vec<&str> = actual.lines().collect();
    let first = exp.iter().zip(act.iter()).position(|(a, b)| a != b).unwrap_or(exp.len().min(act.len()));
    let mut s =
        format!("  first difference at line {} (expected {} lines, got {} lines)\n", first + 1, exp.len(), act.len());
    for line in &exp[first.saturating_sub(3)..first] {
        s.push_str(&format!("    {line}\n"));
    }
    // Line-by-line from the first difference: `-` expected, `+` actual.
    const WINDOW: usize = 16;
    let end = (first + WINDOW).min(exp.len().max(act.len()));
    for i in first..end {
        match (exp.get(i), act.get(i)) {
            (Some(e), Some(a)) if e == a => s.push_str(&format!("    {e}\n")),
            (e, a) => {
                if let Some(e) = e {
                    s.push_str(&format!("  - {e}\n"));
                }
                if let Some(a) = a {
                    s.push_str(&format!("  + {a}\n"));
                }
            }
        }
    }
    let rest = exp.len().max(act.len()).saturating_sub(end);
    if rest > 0 {
        s.push_str(&format!("  ... ({rest} more lines)\n"));
    }
    if exp.len() == act.len() && first == exp.len() {
        s.push_str("  (lines are equal; the difference is in line endings or a final newline)\n");
    }
    s
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    let mut s = String::new();
    if start > 0 {
        s.push_str(&format!("    ... ({start} lines before)\n"));
    }
    for line in &all[start..] {
        s.push_str(&format!("    {line}\n"));
    }
    s
}

fn check_script(script: &Path) -> Result<(), Failed> {
    let dir = script.parent().expect("script has a folder");
    let out_path = script.with_extension("out");
    let expected_out = std::fs::read(&out_path).map_err(|e| {
        format!("missing expectation {} ({e}); run `python3 tests/regen.py {}`", out_path.display(), script.display())
    })?;
    let expected_code: i32 = match std::fs::read_to_string(script.with_extension("exitcode")) {
        Ok(s) => s.trim().parse().map_err(|e| format!("bad .exitcode file for {}: {e}", script.display()))?,
        Err(_) => 0,
    };
    let expected_err = std::fs::read(script.with_extension("err")).ok();

    let outcome =
        run_script(script).map_err(|e| format!("could not run {:?} on {}: {e}", test_binary(), script.display()))?;
    let stdout = String::from_utf8_lossy(&outcome.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&outcome.stderr).into_owned();

    let mut problems = Vec::new();
    if outcome.timed_out {
        problems.push(format!("timed out after {} s (killed)", timeout().as_secs()));
    } else {
        let code = outcome.status.and_then(|s| s.code());
        if code != Some(expected_code) {
            let got = match (code, outcome.status) {
                (Some(c), _) => format!("{c}"),
                (None, Some(s)) => format!("killed by signal ({s})"),
                (None, None) => "none".to_owned(),
            };
            problems.push(format!("exit code: expected {expected_code}, got {got}"));
        }
    }
    let expected_out = String::from_utf8_lossy(&expected_out).into_owned();
    if stdout != expected_out {
        problems.push(format!("stdout differs:\n{}", diff(&expected_out, &stdout)));
    }
    if let Some(expected_err) = expected_err {
        let expected_err = String::from_utf8_lossy(&expected_err).into_owned();
        let got = normalize_stderr(&stderr, dir);
        if got != expected_err {
            problems.push(format!("stderr (normalized) differs:\n{}", diff(&expected_err, &got)));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let mut msg = problems.join("\n");
        if !stderr.is_empty() {
            msg.push_str(&format!("\nstderr tail:\n{}", tail(&stderr, 15)));
        }
        Err(msg.into())
    }
}

/// Scripts that do not pass yet, one relative path per line (`#` comments). They are
/// reported as ignored, never as passed; `cargo test --test python_scripts --
/// --ignored` runs them to see which ones work now.
fn known_failures() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("known_failures.txt");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let root = python_root();
    let known = known_failures();
    let mut scripts = Vec::new();
    collect_scripts(&root, &root, &mut scripts);
    let trials = scripts
        .into_iter()
        .map(|script| {
            let name = script.strip_prefix(&root).unwrap_or(&script).to_string_lossy().replace('\\', "/");
            let xfail = known.contains(&name);
            Trial::test(name, move || check_script(&script)).with_ignored_flag(xfail)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
