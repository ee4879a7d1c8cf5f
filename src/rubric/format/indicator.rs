//! The rows of an indicator and of its baseline: every key, the kinds it belongs to, its
//! type, default, bounds and meaning.

use super::rows::{VALUE_MAX, VALUE_MIN, WEIGHT, bounded, defaulted, for_kinds, key, required};
use super::{Bound, DIRECTIONS, KINDS, MAX_MAGNITUDE, MEASURES, PATHS, Table, Type, YEAR_BASES};

const TARGET: &[&str] = &["target"];
const TARGET_OR_REFERENCE: &[&str] = &["target", "reference"];
const MILESTONE: &[&str] = &["milestone"];

pub static INDICATOR: Table = Table {
    what: "an indicator",
    header: "[[field.goal.indicator]]",
    doc: "An indicator of a goal: a series of yearly values in the data files.",
    keys: &[
        required(
            "id",
            Type::Id,
            "The indicator's id, unique in the file; the data rows name it. The same id in \
             another rubric is the same series (a policy's next cycle reuses its ids).",
            "\"f6.un-japanese-staff\"",
        ),
        required(
            "name",
            Type::Text,
            "The indicator's name as the document writes it.",
            "\"国連関係機関で勤務する日本人職員数\"",
        ),
        key("name_en", Type::Text, "The name in English.", "\"…\""),
        required(
            "kind",
            Type::Choice(KINDS),
            "\"target\" (測定指標: a numeric target), \"reference\" (参考指標: a trend, never \
             rated) or \"milestone\" (定性的な指標: achieved / in progress / not started).",
            "\"target\"",
        ),
        key(
            "unit",
            Type::Text,
            "Display unit; also stripped from data values (\"961人\" is 961). \"%\" is not a \
             scale: 85.2% is 85.2.",
            "\"人\"",
        ),
        for_kinds(
            defaulted(
                "direction",
                Type::Choice(DIRECTIONS),
                "\"at_least\" (target); none (reference)",
                "\"at_least\": higher is better; \"at_most\": lower is better; \"within\" \
                 (target indicators only): the value should stay inside the band \
                 target = [low, high].",
                "\"at_least\"",
            ),
            TARGET_OR_REFERENCE,
        ),
        for_kinds(
            bounded(
                key(
                    "target",
                    Type::NumberOrBand,
                    "The target value; required for a target indicator, [low, high] with \
                     direction = \"within\". On a reference indicator, with a direction, a \
                     benchmark the report checks (never rated). At most 1e15 either way.",
                    "1000",
                ),
                VALUE_MIN,
                VALUE_MAX,
            ),
            TARGET_OR_REFERENCE,
        ),
        for_kinds(
            key(
                "target_year",
                Type::Year,
                "The fiscal year by which the target is due. Before it, the target follows the \
                 path from the baseline; without it, the target holds every year.",
                "2025",
            ),
            TARGET,
        ),
        for_kinds(
            bounded(
                key(
                    "targets",
                    Type::YearNumbers,
                    "The yearly targets (年度ごとの目標値), year = number: a listed year's \
                     target is its value, other years follow `target` and the path. No year \
                     after target_year.",
                    "{ 2024 = 52, 2025 = 55 }",
                ),
                VALUE_MIN,
                VALUE_MAX,
            ),
            TARGET,
        ),
        for_kinds(
            key(
                "baseline",
                Type::Table(&BASELINE),
                "The starting point: the year and value the target is measured from.",
                "{ year = 2020, value = 918 }",
            ),
            TARGET,
        ),
        for_kinds(
            defaulted(
                "path",
                Type::Choice(PATHS),
                "\"linear\"",
                "How the target for a year moves from the baseline to the target before \
                 target_year: \"linear\" or \"geometric\" (needs a positive baseline and \
                 target).",
                "\"linear\"",
            ),
            TARGET,
        ),
        for_kinds(
            defaulted(
                "accumulate",
                Type::Bool,
                "false",
                "true: the data values are yearly increments and the indicator is their running \
                 total from the first year of the period. Takes no baseline (it is 0).",
                "true",
            ),
            TARGET_OR_REFERENCE,
        ),
        for_kinds(
            defaulted(
                "measure",
                Type::Choice(MEASURES),
                "\"value\"",
                "\"value\": the data give the value; \"ratio\": they give a numerator and a \
                 denominator (or 97/192), and the value is numerator / denominator × scale.",
                "\"ratio\"",
            ),
            TARGET_OR_REFERENCE,
        ),
        for_kinds(
            bounded(
                defaulted(
                    "scale",
                    Type::Number,
                    "100 if unit is \"%\", else 1",
                    "With measure = \"ratio\": the factor of numerator / denominator; above 0 \
                     and at most 1e15.",
                    "100",
                ),
                Some(Bound::Exclusive(0.0)),
                Some(Bound::Inclusive(MAX_MAGNITUDE)),
            ),
            TARGET_OR_REFERENCE,
        ),
        for_kinds(
            key(
                "count_unit",
                Type::Text,
                "With measure = \"ratio\": the unit of the numerator and denominator, shown \
                 as the book writes a rate from counts: 50.5%（192名中97名）.",
                "\"名\"",
            ),
            TARGET_OR_REFERENCE,
        ),
        defaulted(
            "year_basis",
            Type::Choice(YEAR_BASES),
            "\"fiscal\"",
            "How the indicator's years are read and shown: \"fiscal\" (年度, April to March) or \
             \"calendar\" (暦年).",
            "\"calendar\"",
        ),
        for_kinds(
            key(
                "due",
                Type::Year,
                "The fiscal year by which the milestone must be achieved; from then on an \
                 unfinished step rates lower.",
                "2023",
            ),
            MILESTONE,
        ),
        defaulted(
            "primary",
            Type::Bool,
            "false",
            "true: a primary indicator (主要な測定指標), which the guideline rule looks at first.",
            "true",
        ),
        WEIGHT,
        key(
            "source",
            Type::Text,
            "Where the figures come from (出典), free text.",
            "\"外務省\"",
        ),
    ],
};

pub static BASELINE: Table = Table {
    what: "a baseline",
    header: "baseline = { … }",
    doc: "The starting point of a target.",
    keys: &[
        required("year", Type::Year, "The baseline's fiscal year.", "2020"),
        bounded(
            required(
                "value",
                Type::Number,
                "The value in that year; at most 1e15 either way.",
                "918",
            ),
            VALUE_MIN,
            VALUE_MAX,
        ),
    ],
};

/// The keys `direction = "within"` does not take: a band has no path to it.
pub const NOT_WITH_WITHIN: &[&str] = &["baseline", "target_year", "targets", "path", "accumulate"];
