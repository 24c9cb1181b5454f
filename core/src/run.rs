//! Running the main program: set up the runtime and `__main__`, run, report an
//! uncaught exception, wait for non-daemon threads, and compute the exit status.

use crate::objects::dict::{as_dict, DictObj};
use crate::objects::exception::exc_matches;
use crate::objects::module::{as_module, new_module};
use crate::objects::str::new_str;
use crate::objects::{PyErr, Value};
use crate::runtime::{intern, rt};
use weft_threads::registry;

/// Options from the command line.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Run with a global interpreter lock (`-X gil=1`).
    pub gil: bool,
}

/// Native stack of the interpreter's main thread.
const MAIN_STACK: usize = 512 << 20;

enum Source {
    File(String),
    Code(String),
}

/// Run a script file; returns the process exit status.
pub fn run_file(path: &str, argv: Vec<String>, opts: &RunOptions) -> i32 {
    run(Source::File(path.to_string()), argv, opts)
}

/// Run `-c` code; returns the process exit status.
pub fn run_code(code: &str, argv: Vec<String>, opts: &RunOptions) -> i32 {
    run(Source::Code(code.to_string()), argv, opts)
}

fn run(src: Source, argv: Vec<String>, opts: &RunOptions) -> i32 {
    weft_threads::gil::set_gil_enabled(opts.gil);
    let handle = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(MAIN_STACK)
        .spawn(move || main_thread(src, argv));
    let status = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("weft: cannot start the main thread: {e}");
            70
        }
    };
    crate::modules::sys::flush_stdout();
    status
}

fn main_thread(src: Source, argv: Vec<String>) -> i32 {
    registry::register_current_thread();
    crate::vm::thread_state::init_stack(MAIN_STACK);
    crate::runtime::init();
    let status = run_main(src, argv);
    crate::vm::frame::drain_pool();
    crate::modules::sys::flush_stdout();
    registry::unregister_current_thread(&mut weft_gc::merge);
    status
}

/// Everything that holds Python values, so they are all dropped before the thread
/// unregisters.
fn run_main(src: Source, argv: Vec<String>) -> i32 {
    let (source, filename, path0) = match src {
        Source::File(path) => {
            let abs = std::fs::canonicalize(&path).map(|p| p.display().to_string()).unwrap_or(path.clone());
            let text = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    eprintln!(
                        "weft: can't open file '{}': [Errno {}] {}",
                        abs,
                        e.raw_os_error().unwrap_or(2),
                        errno_text(&e)
                    );
                    return 2;
                }
            };
            let dir = std::path::Path::new(&abs).parent().map(|p| p.display().to_string()).unwrap_or_default();
            // As CPython: `__file__` and tracebacks name the script by the current
            // directory joined with the path given, without resolving `..` or links.
            let filename = match std::env::current_dir() {
                Ok(cwd) if !std::path::Path::new(&path).is_absolute() => cwd.join(&path).display().to_string(),
                _ => path,
            };
            (text, filename, dir)
        }
        Source::Code(code) => (code, "<string>".to_string(), String::new()),
    };
    crate::modules::sys::set_argv(&argv, &path0);
    let main = new_module("__main__");
    let globals = as_module(&main).expect("module").dict.clone();
    let d = as_dict(&globals).expect("dict");
    d.set_str(intern("__builtins__"), rt().builtins.clone());
    if filename != "<string>" {
        d.set_str(intern("__file__"), new_str(filename.clone()));
    }
    as_dict(&rt().modules).expect("modules").set_str(intern("__main__"), main.clone());
    let result = crate::vm::import::exec_source(&source, &filename, &globals);
    let mut status = match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(e),
    };
    let shutdown = shutdown_threads();
    if status == 0 {
        if let Err(e) = shutdown {
            status = handle_uncaught(e);
        }
    }
    run_atexit();
    status
}

/// Run the `atexit` callbacks after the threads are joined, as CPython does; only a
/// script that imported `atexit` can have registered any. The module prints errors.
fn run_atexit() {
    let Some(atexit) = DictObj::get_str(&rt().modules, &intern("atexit")) else { return };
    if let Ok(Some(f)) = crate::vm::attr::getattr_opt(&atexit, &intern("_run_exitfuncs")) {
        let _ = crate::vm::call::call(&f, &[]);
    }
}

fn errno_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Join non-daemon threads (`threading._shutdown`), as CPython does at exit.
fn shutdown_threads() -> Result<(), PyErr> {
    let Some(threading) = DictObj::get_str(&rt().modules, &intern("threading")) else { return Ok(()) };
    if let Some(f) = crate::vm::attr::getattr_opt(&threading, &intern("_shutdown"))? {
        crate::vm::call::call(&f, &[])?;
    }
    Ok(())
}

/// Exit status for an exception that reached the top: SystemExit's code, or 1 after
/// printing the traceback.
fn handle_uncaught(e: PyErr) -> i32 {
    if exc_matches(&e.0, &rt().exc.system_exit) {
        let code =
            crate::vm::attr::getattr_opt(&e.0, &intern("code")).ok().flatten().unwrap_or_else(|| rt().none.clone());
        return exit_code_of(&code);
    }
    crate::vm::traceback::print_exception(&e.0);
    1
}

fn exit_code_of(code: &Value) -> i32 {
    if crate::objects::boolobj::is_none(code) {
        return 0;
    }
    if let Some(i) = crate::objects::int::as_i64(code) {
        return i as i32;
    }
    let msg = crate::vm::repr::str_of(code).unwrap_or_default();
    crate::modules::sys::write_stderr(&format!("{msg}\n"));
    1
}
