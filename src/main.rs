//! The `weft` command: run a Python script, like `python3`.

use clap::Parser;
use mimalloc::MiMalloc;
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// Command-line options, shaped like CPython's.
#[derive(Parser, Debug)]
#[command(
    name = "weft",
    disable_version_flag = true,
    about = "Weft: a Python runtime without a global interpreter lock"
)]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "cmd", allow_hyphen_values = true)]
    command: Option<String>,
    /// Implementation-specific option: `gil=0` or `gil=1`.
    #[arg(short = 'X', value_name = "opt")]
    xopts: Vec<String>,
    /// Print the Python version number and exit.
    #[arg(short = 'V', long = "version")]
    version: bool,
    /// Unbuffered output (accepted for compatibility).
    #[arg(short = 'u')]
    unbuffered: bool,
    /// Script file and its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

fn gil_from(xopts: &[String]) -> Result<bool, String> {
    let mut gil = match std::env::var("PYTHON_GIL").as_deref() {
        Ok("1") => true,
        Ok("0") | Err(_) => false,
        Ok(other) => {
            return Err(format!(
                "Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\", not {other:?}"
            ))
        }
    };
    for x in xopts {
        if let Some(v) = x.strip_prefix("gil=") {
            gil = match v {
                "1" => true,
                "0" => false,
                _ => {
                    return Err("Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"".into())
                }
            };
        }
    }
    Ok(gil)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            eprintln!("{}", e.render().to_string().trim_end());
            eprintln!("usage: weft [option] ... [-c cmd | file] [arg] ...");
            return ExitCode::from(2);
        }
    };
    if cli.version {
        println!("Python 3.11.7 (weft {})", weft_core::VERSION);
        return ExitCode::SUCCESS;
    }
    let gil = match gil_from(&cli.xopts) {
        Ok(g) => g,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(1);
        }
    };
    let opts = weft_core::RunOptions { gil };
    let _ = cli.unbuffered;
    let status = if let Some(code) = cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args);
        weft_core::run_code(&code, argv, &opts)
    } else if let Some(script) = cli.args.first() {
        weft_core::run_file(script, cli.args.clone(), &opts)
    } else {
        eprintln!("weft: no script given (interactive mode is not supported)");
        eprintln!("usage: weft [option] ... [-c cmd | file] [arg] ...");
        2
    };
    ExitCode::from((status & 0xff) as u8)
}
