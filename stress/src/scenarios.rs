//! The scenarios, embedded in the binary so that `weft-stress` runs anywhere
//! without the source tree: each is a standalone Python script that checks
//! its own invariants and exits non-zero (printing what went wrong) on a
//! violation. The runner only spawns them and judges exit status and time.
//!
//! Every script takes `ROUNDS THREADS [SIZE]`; SIZE is the per-thread amount
//! of work in one round, left to the script's default in full runs.

/// One stress scenario.
pub struct Scenario {
    /// Name used on the command line and in the report.
    pub name: &'static str,
    /// The Python source (from `stress/scenarios/`).
    pub source: &'static str,
    /// Per-thread work per round used by `--quick`.
    pub quick_size: u32,
    /// One line for `--help`.
    pub about: &'static str,
}

/// All scenarios, in the order they run.
pub const ALL: &[Scenario] = &[
    Scenario {
        name: "list_append",
        source: include_str!("../scenarios/list_append.py"),
        quick_size: 2000,
        about: "lock-free appends to one list: exact length, each item once, per-thread order",
    },
    Scenario {
        name: "dict_lock",
        source: include_str!("../scenarios/dict_lock.py"),
        quick_size: 1000,
        about: "read-modify-write dict counters under a threading.Lock: exact totals",
    },
    Scenario {
        name: "gc_cycles",
        source: include_str!("../scenarios/gc_cycles.py"),
        quick_size: 800,
        about: "cycles made and dropped while a thread loops gc.collect(): __del__ once each",
    },
    Scenario {
        name: "dict_readers",
        source: include_str!("../scenarios/dict_readers.py"),
        quick_size: 150,
        about: "lock-free dict reads racing with replace/delete/clear/regrow: no torn or freed values",
    },
    Scenario {
        name: "list_readers",
        source: include_str!("../scenarios/list_readers.py"),
        quick_size: 100,
        about: "lock-free list reads racing with append/insert/pop/sort/slice/clear: no torn or freed items",
    },
    Scenario {
        name: "mix",
        source: include_str!("../scenarios/mix.py"),
        quick_size: 2000,
        about: "dict setdefault/pop + list pop/append token passing: tokens conserved",
    },
];

/// Look a scenario up by name.
pub fn find(name: &str) -> Option<&'static Scenario> {
    ALL.iter().find(|s| s.name == name)
}
