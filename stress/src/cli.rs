//! Command-line parsing, by hand: the options are few, and this keeps the
//! crate free of extra dependencies.

use std::path::PathBuf;
use std::time::Duration;

use crate::scenarios::{self, Scenario};

/// What to run.
pub struct Options {
    pub rounds: u32,
    pub threads: u32,
    /// GIL modes to run each scenario under: `false` = free-threaded, `true` = `-X gil=1`.
    pub modes: Vec<bool>,
    /// The weft binary, or `None` to use the default lookup.
    pub weft: Option<PathBuf>,
    pub timeout: Duration,
    pub quick: bool,
    pub scenarios: Vec<&'static Scenario>,
}

pub const USAGE: &str = "\
usage: weft-stress [--rounds N] [--threads T] [--gil both|0|1] [--weft PATH]
                   [--timeout SECS] [--quick] [--list] [scenario...]

Runs concurrency torture scenarios by spawning the weft binary, under GIL off
and on, and exits non-zero if any scenario fails, crashes or hangs.

  --rounds N      rounds per scenario (default 10; 2 with --quick)
  --threads T     worker threads (default max(8, 2 x cores); 4 with --quick)
  --gil MODE      both (default), 0 (free-threaded only) or 1 (-X gil=1 only)
  --weft PATH     interpreter to run (default: `weft` next to this executable,
                  else target/release/weft); `python3` works as a stand-in
  --timeout SECS  per-run limit; a run still going is killed and reported as
                  a hang (default 300; 20 with --quick)
  --quick         all scenarios at small sizes, for the test command (< 30 s)
  --list          list the scenarios and exit";

/// Parse `args` (without the program name). `Err` carries the message to print.
pub fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut rounds = None;
    let mut threads = None;
    let mut timeout = None;
    let mut modes = vec![false, true];
    let mut weft = None;
    let mut quick = false;
    let mut names = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline.clone().or_else(|| it.next().cloned()).ok_or(format!("{name} needs a value"))
        };
        match flag {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "--list" => {
                for s in scenarios::ALL {
                    println!("{:12} {}", s.name, s.about);
                }
                return Ok(None);
            }
            "--quick" => quick = true,
            "--rounds" => rounds = Some(number(&value("--rounds")?, "--rounds")?),
            "--threads" => threads = Some(number(&value("--threads")?, "--threads")?),
            "--timeout" => timeout = Some(number(&value("--timeout")?, "--timeout")?),
            "--weft" => weft = Some(PathBuf::from(value("--weft")?)),
            "--gil" => {
                modes = match value("--gil")?.as_str() {
                    "both" => vec![false, true],
                    "0" => vec![false],
                    "1" => vec![true],
                    other => return Err(format!("--gil takes both, 0 or 1, not {other:?}")),
                }
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n\n{USAGE}")),
            name => names.push(name.to_string()),
        }
    }
    let scenarios = if names.is_empty() {
        scenarios::ALL.iter().collect()
    } else {
        names
            .iter()
            .map(|n| scenarios::find(n).ok_or(format!("unknown scenario {n:?} (try --list)")))
            .collect::<Result<Vec<_>, _>>()?
    };
    let cores = std::thread::available_parallelism().map_or(4, |n| n.get()) as u32;
    Ok(Some(Options {
        rounds: rounds.unwrap_or(if quick { 2 } else { 10 }),
        threads: threads.unwrap_or(if quick { 4 } else { (2 * cores).max(8) }),
        modes,
        weft,
        timeout: Duration::from_secs(timeout.unwrap_or(if quick { 20 } else { 300 }).into()),
        quick,
        scenarios,
    }))
}

fn number(s: &str, flag: &str) -> Result<u32, String> {
    match s.parse::<u32>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{flag} takes a positive integer, not {s:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn defaults_and_quick() {
        let o = parse(&[]).unwrap().unwrap();
        assert_eq!(o.rounds, 10);
        assert_eq!(o.modes, vec![false, true]);
        assert_eq!(o.scenarios.len(), scenarios::ALL.len());
        let q = parse(&args("--quick")).unwrap().unwrap();
        assert_eq!((q.rounds, q.threads, q.timeout.as_secs()), (2, 4, 20));
    }

    #[test]
    fn explicit_options() {
        let o = parse(&args("--rounds 3 --threads=5 --gil 1 --weft python3 mix list_append")).unwrap().unwrap();
        assert_eq!((o.rounds, o.threads), (3, 5));
        assert_eq!(o.modes, vec![true]);
        assert_eq!(o.weft, Some(PathBuf::from("python3")));
        let names: Vec<_> = o.scenarios.iter().map(|s| s.name).collect();
        assert_eq!(names, ["mix", "list_append"]);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(parse(&args("--gil 2")).is_err());
        assert!(parse(&args("--rounds 0")).is_err());
        assert!(parse(&args("--rounds")).is_err());
        assert!(parse(&args("nosuch")).is_err());
        assert!(parse(&args("--frobnicate")).is_err());
    }

    #[test]
    fn scenarios_are_embedded() {
        for s in scenarios::ALL {
            assert!(s.source.contains("SystemExit(1)"), "{} must exit non-zero on failure", s.name);
        }
    }
}
