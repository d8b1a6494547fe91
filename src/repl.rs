//! The interactive prompt: `>>>` and `...` prompts with line editing and
//! history (rustyline), blocks continued until an empty line, expression
//! values echoed as CPython echoes them, errors reported without leaving.

use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

const BANNER: &str = "Morel (Python 3.11 language) — no GIL\nType \"exit()\" or press Ctrl-D to leave.";

/// Runs the prompt until end of input; returns the exit status.
pub fn run() -> i32 {
    let m = morel_nodes::main_module("<stdin>");
    let mut rl = match DefaultEditor::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start the prompt: {}", e);
            return 1;
        }
    };
    println!("{}", BANNER);
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let line = match morel_heap::blocking(|| rl.readline(prompt)) {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                buf.clear();
                println!("KeyboardInterrupt");
                continue;
            }
            Err(ReadlineError::Eof) => {
                println!();
                return 0;
            }
            Err(e) => {
                eprintln!("{}", e);
                return 1;
            }
        };
        if buf.is_empty() && line.trim().is_empty() {
            continue;
        }
        buf.push_str(&line);
        buf.push('\n');
        if morel_nodes::needs_more_input(&buf) {
            continue;
        }
        let _ = rl.add_history_entry(buf.trim_end());
        let src = std::mem::take(&mut buf);
        match morel_nodes::run_interactive(&src, m) {
            Ok(()) => {}
            Err(morel_nodes::RunError::Syntax(e)) => morel_runtime::output::write_stderr(&e.report()),
            Err(morel_nodes::RunError::Exception(e)) => {
                if morel_runtime::ops::is_instance_of(e.0, morel_runtime::classes().system_exit) {
                    return morel_nodes::report_uncaught(e);
                }
                morel_nodes::report_uncaught(e);
            }
        }
        morel_runtime::output::flush_stdout();
    }
}
