//! dsobot's pure core: the case model, extraction of fields from free text, the dialogue that asks
//! for what is missing, and (later) deadlines and reminder policies.
//!
//! Nothing here does I/O or reads a clock: every function takes `now` and returns what should
//! happen, so the same code runs behind every channel and under the console's virtual clock.

pub mod answer;
pub mod calendar;
pub mod catalog;
pub mod clocks;
pub mod command;
pub mod dialogue;
pub mod extract;
pub mod fold;
pub mod forward;
pub mod lang;
pub mod lexicon;
pub mod model;
pub mod remind;
pub mod value;
pub mod when;

pub use catalog::{Catalog, FieldDef, FieldType};
pub use model::{Case, CaseState, Channel, How, Kind, Lang, Party, Provenance, Role, Snooze};
pub use value::{Count, Value};
