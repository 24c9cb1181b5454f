//! `weft-stress`: long concurrency torture runs against the weft binary.
//!
//! Why a separate binary that spawns `weft` rather than a test calling
//! weft-core directly: the failures we hunt (deadlocks, segfaults, lost
//! updates under real parallelism) must be observed from outside the
//! process, with a timeout, and the same scenario must run under both GIL
//! modes of the very binary users run. Each scenario (see `scenarios`) checks
//! its own invariants; this runner spawns it, enforces a deadline, and prints
//! a report table. Exit status: 0 all passed, 1 something failed, 2 usage.
//!
//! `--weft python3` runs the scenarios on CPython, which checks the scripts
//! themselves.

mod cli;
mod scenarios;
mod spawn;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use spawn::Outcome;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match cli::parse(&args) {
        Ok(Some(o)) => o,
        Ok(None) => return ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("weft-stress: {msg}");
            return ExitCode::from(2);
        }
    };
    let weft = weft_path(opts.weft.clone());
    let dir = match script_dir(&opts) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("weft-stress: cannot write scenario scripts: {e}");
            return ExitCode::from(2);
        }
    };
    println!(
        "weft-stress {}: interpreter {}, {} thread(s), {} round(s){}, timeout {}s",
        env!("CARGO_PKG_VERSION"),
        weft.display(),
        opts.threads,
        opts.rounds,
        if opts.quick { ", quick sizes" } else { "" },
        opts.timeout.as_secs()
    );
    let started = Instant::now();
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for sc in &opts.scenarios {
        let script = dir.join(format!("{}.py", sc.name));
        let mut args = vec![opts.rounds.to_string(), opts.threads.to_string()];
        if opts.quick {
            args.push(sc.quick_size.to_string());
        }
        for &gil in &opts.modes {
            let mode = if gil { "gil=1" } else { "gil=0" };
            eprintln!("running {} ({mode}) ...", sc.name);
            let r = spawn::run(&weft, gil, &script, &args, opts.timeout);
            let verdict = match &r.outcome {
                Outcome::Passed => "ok".to_string(),
                Outcome::Failed(code) => format!("FAIL (exit {code})"),
                Outcome::Crashed(sig) => format!("CRASH ({sig})"),
                Outcome::Hung => format!("HANG (killed after {}s)", opts.timeout.as_secs()),
                Outcome::NotStarted(e) => format!("NOT RUN ({e})"),
            };
            if !matches!(r.outcome, Outcome::Passed) {
                failures.push((sc.name, mode, r.output.clone()));
            }
            rows.push([
                sc.name.to_string(),
                mode.to_string(),
                opts.rounds.to_string(),
                format!("{:.2}s", r.elapsed.as_secs_f64()),
                verdict,
            ]);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    print_table(&rows);
    for (name, mode, output) in &failures {
        println!("\n--- {name} ({mode}) output, last lines ---");
        let lines: Vec<&str> = output.lines().collect();
        if lines.is_empty() {
            println!("(no output)");
        }
        for line in &lines[lines.len().saturating_sub(30)..] {
            println!("{line}");
        }
    }
    println!("\n{} run(s), {} failed, {:.1}s total", rows.len(), failures.len(), started.elapsed().as_secs_f64());
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The interpreter to run: `--weft` if given; else `weft` in this executable's
/// folder (both land in the same cargo target dir); else `target/release/weft`.
fn weft_path(explicit: Option<PathBuf>) -> PathBuf {
    if let Some(p) = explicit {
        return p;
    }
    let exe_name = format!("weft{}", std::env::consts::EXE_SUFFIX);
    if let Ok(me) = std::env::current_exe() {
        if let Some(sibling) = me.parent().map(|d| d.join(&exe_name)) {
            if sibling.is_file() {
                return sibling;
            }
        }
    }
    PathBuf::from("target/release").join(exe_name)
}

/// Write the embedded scripts to a fresh temporary folder (the interpreter
/// takes a script path; a file also gives readable tracebacks).
fn script_dir(opts: &cli::Options) -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("weft-stress-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    for sc in &opts.scenarios {
        std::fs::write(dir.join(format!("{}.py", sc.name)), sc.source)?;
    }
    Ok(dir)
}

fn print_table(rows: &[[String; 5]]) {
    let header = ["scenario", "mode", "rounds", "time", "result"];
    let mut widths = header.map(str::len);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.len());
        }
    }
    let line = |cells: [&str; 5]| {
        let padded: Vec<String> = cells.iter().zip(widths).map(|(c, w)| format!("{c:<w$}")).collect();
        println!("| {} |", padded.join(" | "));
    };
    println!();
    line(header);
    println!("|{}|", widths.map(|w| "-".repeat(w + 2)).join("|"));
    for row in rows {
        line([&row[0], &row[1], &row[2], &row[3], &row[4]]);
    }
}
