//! The rows of the format: every table and every key, with its type, whether it is
//! required, its default, its bounds and what it means. A new key is one row here (the
//! indicator's in `indicator.rs`).

use super::{
    AGGREGATIONS, ASSESSMENTS, Bound, GROWTHS, INDICATOR, Key, LINT_CODES, MAX_MAGNITUDE,
    MAX_WEIGHT, Table, Type,
};

/// A value: any number of at most `MAX_MAGNITUDE` either way.
pub(super) const VALUE_MIN: Option<Bound> = Some(Bound::Inclusive(-MAX_MAGNITUDE));
pub(super) const VALUE_MAX: Option<Bound> = Some(Bound::Inclusive(MAX_MAGNITUDE));

pub(super) const fn key(
    name: &'static str,
    ty: Type,
    doc: &'static str,
    example: &'static str,
) -> Key {
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

pub(super) const fn bounded(k: Key, minimum: Option<Bound>, maximum: Option<Bound>) -> Key {
    Key {
        minimum,
        maximum,
        ..k
    }
}

pub(super) const fn required(
    name: &'static str,
    ty: Type,
    doc: &'static str,
    example: &'static str,
) -> Key {
    Key {
        required: true,
        ..key(name, ty, doc, example)
    }
}

pub(super) const fn defaulted(
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

pub(super) const fn for_kinds(k: Key, kinds: &'static [&'static str]) -> Key {
    Key { kinds, ..k }
}

const WEIGHT_DOC: &str = "Relative weight in its parent's rating with aggregation = \"mean\"; \
                          above 0 and at most 1e6. Ignored by the guideline rule.";

pub(super) const WEIGHT: Key = bounded(
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
            "lints",
            Type::Table(&LINTS),
            "Warnings to silence for this rubric, by their codes.",
            "{ allow = [\"weight-ignored\"] }",
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
        ASSESSMENT,
        ASSESSMENT_NOTE,
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

const ASSESSMENT: Key = key(
    "assessment",
    Type::Choice(ASSESSMENTS),
    "The verdict the evaluation itself records (評価結果): a rating id or its Japanese label. \
     It never changes the computed rating; reports show it beside the computed one and mark \
     where they differ.",
    "\"相当程度進展あり\"",
);

const ASSESSMENT_NOTE: Key = key(
    "assessment_note",
    Type::Text,
    "The evaluation's own words on its verdict, free text (e.g. where it gives no grade).",
    "\"一定の進展があった\"",
);

pub static LINTS: Table = Table {
    what: "the lints",
    header: "[lints]",
    doc: "Warnings to silence for this rubric.",
    keys: &[key(
        "allow",
        Type::Choices(LINT_CODES),
        "The codes of the warnings not to show for this rubric (the code is printed with \
         each warning: warning[weight-ignored]).",
        "[\"weight-ignored\"]",
    )],
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
        ASSESSMENT,
        ASSESSMENT_NOTE,
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
        ASSESSMENT,
        ASSESSMENT_NOTE,
        key(
            "indicator",
            Type::Tables(&INDICATOR),
            "The indicators (測定指標・参考指標) of the goal, each written \
             [[field.goal.indicator]].",
            "[{ id = \"f1.rate\", name = \"…\", kind = \"reference\" }]",
        ),
    ],
};
