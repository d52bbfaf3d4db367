use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Two rustls crypto backends can end up in the tree; choose one before anything uses TLS.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cli = dsobot::cli::Cli::parse();
    dsobot::cli::init_tracing();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("dsobot: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(dsobot::cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dsobot: {e:#}");
            ExitCode::FAILURE
        }
    }
}
