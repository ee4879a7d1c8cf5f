//! The rows of the format: every table and every key, with its type, whether it is
//! required, its default, its bounds and what it means. A new key is one row here.

use super::{
    AGGREGATIONS, Bound, DIRECTIONS, GROWTHS, KINDS, Key, MAX_MAGNITUDE, MAX_WEIGHT, PATHS, Table,
    Type,
};

/// A value: any number of at most `MAX_MAGNITUDE` either way.
const VALUE_MIN: Option<Bound> = Some(Bound::Inclusive(-MAX_MAGNITUDE));
const VALUE_MAX: Option<Bound> = Some(Bound::Inclusive(MAX_MAGNITUDE));

const fn key(name: &'static str, ty: Type, doc: &'static str, example: &'static str) -> Key {
    Key {
        name,
        ty,
        required: false,
        kinds: &[],
        default: None,
        doc,
        example,
        minimum: None,
        maximum: None,
    }
}

const fn bounded(k: Key, minimum: Option<Bound>, maximum: Option<Bound>) -> Key {
    Key {
        minimum,
        maximum,
        ..k
    }
}

const fn required(name: &'static str, ty: Type, doc: &'static str, example: &'static str) -> Key {
    Key {
        required: true,
        ..key(name, ty, doc, example)
    }
}

const fn defaulted(
    name: &'static str,
    ty: Type,
    default: &'static str,
    doc: &'static str,
    example: &'static str,
) -> Key {
    Key {
        default: Some(default),
        ..key(name, ty, doc, example)
    }
}

const fn for_kinds(k: Key, kinds: &'static [&'static str]) -> Key {
    Key { kinds, ..k }
}

const WEIGHT_DOC: &str = "Relative weight in its parent's rating with aggregation = \"mean\"; \
                          above 0 and at most 1e6. Ignored by the guideline rule.";

const WEIGHT: Key = bounded(
    defaulted("weight", Type::Number, "1.0", WEIGHT_DOC, "1.0"),
    Some(Bound::Exclusive(0.0)),
    Some(Bound::Inclusive(MAX_WEIGHT)),
);

pub static ROOT: Table = Table {
    what: "the rubric",
    header: "the top of the file",
    doc: "A polscore rubric: one policy (施策) of a Japanese government policy evaluation \
          (目標管理型の政策評価), its fields, goals and indicators.",
    keys: &[
        required(
            "schema",
            Type::Integer,
            "The rubric format version. This version of polscore reads 1.",
            "1",
        ),
        required(
            "policy",
            Type::Table(&POLICY),
            "The policy (施策) the rubric evaluates.",
            "{ id = \"mofa-2024-peace\", title = \"…\" }",
        ),
        key(
            "scoring",
            Type::Table(&SCORING),
            "Scoring settings; every key is optional.",
            "{ aggregation = \"guideline\" }",
        ),
        key(
            "labels",
            Type::Table(&LABELS),
            "Display labels that replace the standard rating labels (e.g. letter grades). \
             The JSON report keeps the rating ids.",
            "{ exceeded = \"S+\" }",
        ),
        key(
            "field",
            Type::Tables(&FIELD),
            "The fields (個別分野) of the policy, each written [[field]].",
            "[{ id = \"f1\", title = \"…\" }]",
        ),
    ],
};

pub static POLICY: Table = Table {
    what: "the policy",
    header: "[policy]",
    doc: "The policy (施策) the rubric evaluates.",
    keys: &[
        required(
            "id",
            Type::PolicyId,
            "The policy's id: letters, digits, `.`, `_` and `-`; unique among loaded rubrics.",
            "\"mofa-2024-peace\"",
        ),
        required(
            "title",
            Type::Text,
            "The policy's title as the evaluation document writes it.",
            "\"国際の平和と安定に対する取組\"",
        ),
        key(
            "title_en",
            Type::Text,
            "The title in English (used by --lang en).",
            "\"Efforts for International Peace and Stability\"",
        ),
        key(
            "owner",
            Type::Text,
            "The bureau responsible (担当部局).",
            "\"総合外交政策局\"",
        ),
        key(
            "period",
            Type::YearPair,
            "The first and last fiscal year evaluated. The evaluation year (as_of) is capped at \
             the last; years before the first are kept as context only.",
            "[2021, 2023]",
        ),
        key(
            "source",
            Type::Text,
            "Where the rubric comes from, free text.",
            "\"外務省 令和6年度政策評価書\"",
        ),
    ],
};

pub static SCORING: Table = Table {
    what: "the scoring settings",
    header: "[scoring]",
    doc: "Scoring settings; every key is optional.",
    keys: &[
        bounded(
            defaulted(
                "exceeded",
                Type::Number,
                "1.2",
                "Achievement ratio at or above which a met target counts as exceeded; at least 1.",
                "1.2",
            ),
            Some(Bound::Inclusive(1.0)),
            VALUE_MAX,
        ),
        bounded(
            defaulted(
                "progressing",
                Type::Number,
                "0.8",
                "Achievement ratio at or above which an unmet target counts as progressing; \
                 above 0 and at most 1.",
                "0.8",
            ),
            Some(Bound::Exclusive(0.0)),
            Some(Bound::Inclusive(1.0)),
        ),
        bounded(
            defaulted(
                "stable_band",
                Type::Number,
                "0.01",
                "A reference indicator whose annual growth is within ± this is \"stable\"; \
                 from 0 to 1 (0.01 is ±1% a year).",
                "0.01",
            ),
            Some(Bound::Inclusive(0.0)),
            Some(Bound::Inclusive(1.0)),
        ),
        defaulted(
            "aggregation",
            Type::Choice(AGGREGATIONS),
            "\"guideline\"",
            "How goals, fields and the policy combine their children: \"guideline\" (the \
             government guideline's five-grade rule) or \"mean\" (weighted mean of points).",
            "\"guideline\"",
        ),
        defaulted(
            "growth",
            Type::Choice(GROWTHS),
            "\"linear\"",
            "Outlook and trend arithmetic: \"linear\" (annual change) or \"compound\" \
             (compound annual growth rate).",
            "\"linear\"",
        ),
    ],
};

const LABEL_DOC: &str = "Display label for this rating.";

pub static LABELS: Table = Table {
    what: "the labels",
    header: "[labels]",
    doc: "Display labels that replace the standard rating labels.",
    keys: &[
        key("exceeded", Type::Text, LABEL_DOC, "\"S+\""),
        key("met", Type::Text, LABEL_DOC, "\"S\""),
        key("progressing", Type::Text, LABEL_DOC, "\"A\""),
        key("limited", Type::Text, LABEL_DOC, "\"B\""),
        key("not_progressing", Type::Text, LABEL_DOC, "\"C\""),
        key("no_data", Type::Text, LABEL_DOC, "\"-\""),
        key("not_rated", Type::Text, LABEL_DOC, "\"参考\""),
    ],
};

pub static FIELD: Table = Table {
    what: "a field",
    header: "[[field]]",
    doc: "A field (個別分野) of the policy.",
    keys: &[
        required(
            "id",
            Type::Id,
            "The field's id, unique in the file.",
            "\"f1\"",
        ),
        required(
            "title",
            Type::Text,
            "The field's title as the document writes it.",
            "\"…\"",
        ),
        key("title_en", Type::Text, "The title in English.", "\"…\""),
        key(
            "owner",
            Type::Text,
            "The division responsible.",
            "\"国際平和協力室\"",
        ),
        WEIGHT,
        key(
            "goal",
            Type::Tables(&GOAL),
            "The mid-term goals (中期目標) of the field, each written [[field.goal]].",
            "[{ id = \"f1.g1\", text = \"…\" }]",
        ),
    ],
};

pub static GOAL: Table = Table {
    what: "a goal",
    header: "[[field.goal]]",
    doc: "A mid-term goal (中期目標) of a field.",
    keys: &[
        required(
            "id",
            Type::Id,
            "The goal's id, unique in the file.",
            "\"f1.g1\"",
        ),
        required(
            "text",
            Type::Text,
            "The goal as the document writes it.",
            "\"…\"",
        ),
        key("text_en", Type::Text, "The goal in English.", "\"…\""),
        WEIGHT,
        key(
            "indicator",
            Type::Tables(&INDICATOR),
            "The indicators (測定指標・参考指標) of the goal, each written \
             [[field.goal.indicator]].",
            "[{ id = \"f1.rate\", name = \"…\", kind = \"reference\" }]",
        ),
    ],
};

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
                "\"at_least\": higher is better; \"at_most\": lower is better.",
                "\"at_least\"",
            ),
            TARGET_OR_REFERENCE,
        ),
        for_kinds(
            bounded(
                key(
                    "target",
                    Type::Number,
                    "The target value; required for a target indicator. At most 1e15 either way.",
                    "1000",
                ),
                VALUE_MIN,
                VALUE_MAX,
            ),
            TARGET,
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
