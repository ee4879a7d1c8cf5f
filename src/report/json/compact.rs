//! The compact JSON of the report written without serde's key handling. Through serde_json
//! (which escapes every key it writes, ten million of them), the report step of the large
//! workload took 1.5 to 2 times the CPU it takes here, and 13 to 15 % of the whole run
//! (`examples/phases` on one thread); here it costs what the former hand-written writer did.
//!
//! There is still one list of keys: `report_structs!` declares the structs of the report
//! and, from the same fields in the same order, their `Compact` impl, whose keys are the
//! field names (no field of the report is renamed or skipped by serde). Texts and numbers
//! are formatted by serde_json; ids of the report's vocabulary are ASCII, written as they
//! are. The pretty style goes through serde; a unit test of `write` checks that both give
//! the document serde_json writes.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use super::{JsonValue, Schedule, TargetReport};
use crate::data::{MilestoneStatus, Status};
use crate::diag::Level;
use crate::rating::Rating;
use crate::rubric::{Direction, KindName, Measure, YearBasis};
use crate::score::{Outlook, Trend};
use crate::values::show;

/// A value of the report written as compact JSON, the bytes serde_json would write.
pub trait Compact {
    fn compact(&self, out: &mut Vec<u8>);
}

/// Declares structs of the report and their `Compact` impl from one list of fields.
macro_rules! report_structs {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident $(<$lt:lifetime>)? {
            $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    )*) => {$(
        $(#[$meta])*
        pub struct $name $(<$lt>)? {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        impl $(<$lt>)? $crate::report::json::compact::Compact for $name $(<$lt>)? {
            #[allow(unused_assignments)]
            fn compact(&self, out: &mut Vec<u8>) {
                let mut before = b'{';
                $(
                    out.push(before);
                    before = b',';
                    out.extend_from_slice(concat!("\"", stringify!($field), "\":").as_bytes());
                    $crate::report::json::compact::Compact::compact(&self.$field, out);
                )*
                out.push(b'}');
            }
        }
    )*};
}

pub(super) use report_structs;

/// As serde_json writes it (booleans, counts, years, and the few small maps and arrays).
fn serde<T: Serialize + ?Sized>(v: &T, out: &mut Vec<u8>) {
    // Writing to a Vec does not fail, and these values always serialise.
    let _ = serde_json::to_writer(out, v);
}

macro_rules! via_serde {
    ($($t:ty),*) => {$(
        impl Compact for $t {
            fn compact(&self, out: &mut Vec<u8>) {
                serde(self, out);
            }
        }
    )*};
}

via_serde!(
    bool,
    i32,
    usize,
    [i32; 2],
    BTreeMap<Rating, String>,
    Measure,
    YearBasis
);

/// The ids of the report's vocabulary: ASCII, written as they are.
macro_rules! by_id {
    ($($t:ty),*) => {$(
        impl Compact for $t {
            fn compact(&self, out: &mut Vec<u8>) {
                out.push(b'"');
                out.extend_from_slice(self.id().as_bytes());
                out.push(b'"');
            }
        }
    )*};
}

by_id!(
    Rating,
    KindName,
    Direction,
    Outlook,
    Trend,
    Status,
    MilestoneStatus,
    Level
);

impl Compact for Cow<'_, str> {
    fn compact(&self, out: &mut Vec<u8>) {
        serde(self.as_ref(), out);
    }
}

/// As `num` writes it: integral numbers without a fraction.
impl Compact for f64 {
    fn compact(&self, out: &mut Vec<u8>) {
        if let Some(i) = show::whole(*self) {
            serde(&i, out);
        } else {
            serde(self, out);
        }
    }
}

impl Compact for JsonValue {
    fn compact(&self, out: &mut Vec<u8>) {
        match self {
            JsonValue::Number(x) => x.compact(out),
            JsonValue::Status(s) => s.compact(out),
        }
    }
}

impl Compact for TargetReport {
    fn compact(&self, out: &mut Vec<u8>) {
        match self {
            TargetReport::Number(x) => x.compact(out),
            TargetReport::Band(b) => b.to_vec().compact(out),
        }
    }
}

impl Compact for Schedule {
    fn compact(&self, out: &mut Vec<u8>) {
        out.push(b'{');
        for (i, (year, x)) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            serde(&year.to_string(), out);
            out.push(b':');
            x.compact(out);
        }
        out.push(b'}');
    }
}

impl<T: Compact> Compact for Option<T> {
    fn compact(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.compact(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn compact(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            v.compact(out);
        }
        out.push(b']');
    }
}
