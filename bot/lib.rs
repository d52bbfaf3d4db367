//! dsobot: takes in reports of personal-data incidents and data-subject requests for a data
//! protection officer. The I/O shell around the pure `workflows` crate: channels, storage, CLI.

pub mod chat;
pub mod cli;
pub mod commands;
pub mod clock;
pub mod config;
pub mod console;
pub mod engine;
pub mod export;
pub mod import;
pub mod jobs;
pub mod mail;
pub mod matrix;
pub mod render;
pub mod scheduler;
pub mod serve;
pub mod stats;
pub mod store;
pub mod teams;
pub mod web;

pub use config::Config;
pub use engine::{Bot, Inbound, Sent, TurnError};
pub use store::Store;
