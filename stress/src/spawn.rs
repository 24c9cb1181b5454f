//! Running one scenario as a child process with a deadline.
//!
//! A scenario runs in its own process so that a crash (panic, abort, segfault)
//! or a deadlock in the runtime is observed from outside and reported instead
//! of taking the runner down. Output pipes are drained on helper threads so
//! a chatty child cannot block on a full pipe and look like a hang. On unix the
//! child leads its own process group, so a hang is killed together with any
//! processes it started (multiprocessing workers), which would otherwise keep
//! the pipes open; and output is awaited only briefly after the child ends.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How one run ended.
pub enum Outcome {
    /// Exit status 0.
    Passed,
    /// Non-zero exit: an invariant was violated (or the script raised).
    Failed(i32),
    /// Killed by a signal (segfault, abort) or otherwise ended without a code.
    Crashed(String),
    /// Still running at the deadline; it was killed.
    Hung,
    /// The interpreter could not be started at all.
    NotStarted(String),
}

/// Result of one run: outcome, wall time and everything it printed.
pub struct RunResult {
    pub outcome: Outcome,
    pub elapsed: Duration,
    pub output: String,
}

/// Run `program [gil flags] script args...` with `timeout`.
pub fn run(program: &Path, gil: bool, script: &Path, args: &[String], timeout: Duration) -> RunResult {
    let mut cmd = Command::new(program);
    if gil {
        cmd.args(["-X", "gil=1"]);
    }
    // The mode is chosen by flags only; an inherited PYTHON_GIL must not override it.
    cmd.arg(script).args(args).env_remove("PYTHON_GIL");
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return RunResult {
                outcome: Outcome::NotStarted(format!("cannot start {}: {e}", program.display())),
                elapsed: Duration::ZERO,
                output: String::new(),
            }
        }
    };
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() >= timeout => {
                kill_tree(&mut child);
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(10)),
            Err(_) => {
                let _ = child.kill();
                break child.wait().ok();
            }
        }
    };
    let elapsed = start.elapsed();
    // Leftover grandchildren may hold the pipes open: wait for output briefly only.
    let grace = Duration::from_secs(2);
    let mut output = out.recv_timeout(grace).unwrap_or_default();
    output.push_str(&err.recv_timeout(grace).unwrap_or_default());
    let outcome = match status {
        None => Outcome::Hung,
        Some(s) if s.success() => Outcome::Passed,
        Some(s) => match s.code() {
            Some(code) => Outcome::Failed(code),
            None => Outcome::Crashed(describe_signal(s)),
        },
    };
    RunResult { outcome, elapsed, output }
}

/// Read a pipe to its end on a helper thread; the text arrives on the channel.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        let _ = tx.send(String::from_utf8_lossy(&buf).into_owned());
    });
    rx
}

/// Kill the child and, on unix, its whole process group (it leads one).
fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    {
        // `kill` the command: std has no killpg, and this crate takes no libc dependency.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
}

#[cfg(unix)]
fn describe_signal(s: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match s.signal() {
        Some(6) => "SIGABRT".into(),
        Some(9) => "SIGKILL".into(),
        Some(11) => "SIGSEGV".into(),
        Some(7) => "SIGBUS".into(),
        Some(n) => format!("signal {n}"),
        None => format!("{s}"),
    }
}

#[cfg(not(unix))]
fn describe_signal(s: ExitStatus) -> String {
    format!("{s}")
}
