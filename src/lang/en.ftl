# polscore's messages in English. One message per id; the same ids, with the same
# variables, as ja.ftl (the tests of src/lang check it). Variables hold text already
# formatted: numbers as shown, ids and file names as they are. `PLURAL($count)` is `one`
# for 1, else `other`.

## The command line

cli-errors = polscore: { $count } { PLURAL($count) ->
    [one] error
   *[other] errors
}
cli-more-warnings = polscore: { $count } more warnings; `polscore validate` with the same rubrics and data shows them all

## Diagnostics: the words of their lines

diag-error = error
diag-warning = warning
diag-help = help

## Rubrics: checks of meaning

rubric-id-invalid = { $what } id { $id } is not a valid id
rubric-id-invalid-label = not a valid id
rubric-id-invalid-help = use letters, digits, `.`, `-` and `_`, e.g. "f3.employment-rate"
rubric-id-duplicate = duplicate id `{ $id }`
rubric-id-duplicate-label = defined again here
rubric-id-duplicate-help = ids must be unique in the file: rename this { $what } (`{ $id }` is on line { $line })
rubric-id-duplicate-first = first defined here
rubric-key-not-for-kind = `{ $key }` does not belong to a { $kind } indicator
rubric-key-not-for-kind-label = not a key of a { $kind } indicator
rubric-key-not-for-kind-help = remove `{ $key }`, or make the indicator kind = "{ $kind }"{ $or_kind ->
    [none] {""}
   *[other] {" or \""}{ $or_kind }{"\""}
}
rubric-target-missing = target indicator `{ $id }` has no `target`
rubric-target-missing-label = a target indicator without `target`
rubric-target-missing-help = add the numeric target, e.g. `target = 50`, or make it kind = "reference"
rubric-target-year-early = `target_year` { $year } is earlier than the baseline year { $baseline }
rubric-target-year-early-label = before the baseline year
rubric-target-year-early-help = the target year must come at or after the baseline year
rubric-accumulate-baseline = an accumulated indicator takes no `baseline`
rubric-accumulate-baseline-label = not with accumulate = true
rubric-accumulate-baseline-help = its baseline is 0 in the year before the first year counted; remove `baseline`
rubric-geometric-positive = a geometric path needs a positive baseline and target
rubric-geometric-positive-label = needs positive values
rubric-geometric-positive-help-accumulated = an accumulated indicator starts from 0: use path = "linear"
rubric-geometric-positive-help = use path = "linear", or give positive values
rubric-geometric-steep = a geometric path from { $from } to { $to } changes by a factor beyond 1e15
rubric-geometric-steep-label = too steep a path
rubric-geometric-steep-help = check the baseline value and the target, or use path = "linear"
rubric-band-upside-down = the band of `target` is upside down: { $low } is above { $high }
rubric-band-upside-down-label = low end above high end
rubric-band-upside-down-help = write the low end first: `target = [{ $high }, { $low }]`
rubric-within-one-number = direction = "within" needs a band: `target` is one number
rubric-within-one-number-label = one number
rubric-within-one-number-help = write the band's low and high ends, e.g. `target = [0, { $target }]`, or use direction = "at_least" or "at_most"
rubric-band-needs-within = a band `target = [low, high]` needs direction = "within"
rubric-band-label = a band
rubric-band-needs-within-help = add direction = "within" to keep the value inside the band, or write one number as the target
rubric-not-with-within = `{ $key }` does not go with direction = "within"
rubric-not-with-within-label = not with a band
rubric-not-with-within-help = a band holds in every year, with no path to it: remove `{ $key }`, or use direction = "at_least" or "at_most" with one number as the target
rubric-targets-after = `targets` gives { $year }, after target_year { $due }
rubric-targets-after-label = after the target year
rubric-targets-after-help = the schedule ends at the target year: remove { $year }, or move target_year to { $year } or later
rubric-reference-within = direction = "within" is for target indicators only
rubric-reference-within-label = not on a reference indicator
rubric-reference-within-help = a reference indicator's benchmark is one number with direction = "at_least" or "at_most"; to rate the band, make the indicator kind = "target"
rubric-benchmark-direction = a reference indicator's `target` (a benchmark) needs a `direction`
rubric-benchmark-direction-label = a benchmark without a direction
rubric-benchmark-direction-help = add direction = "at_least" (the value should reach it) or "at_most" (it should stay at or below it), or remove `target`
rubric-benchmark-band = a reference indicator's benchmark is one number, not a band
rubric-benchmark-band-help = write one number with direction = "at_least" or "at_most"; a band (direction = "within") is for target indicators
rubric-ratio-accumulated = a ratio cannot be accumulated
rubric-ratio-accumulated-label = with accumulate = true
rubric-ratio-accumulated-help = yearly ratios do not add up to a running total: remove `accumulate`, or give the yearly counts with measure = "value"
rubric-scale-without-ratio = `scale` needs measure = "ratio"
rubric-scale-without-ratio-label = without a ratio
rubric-scale-without-ratio-help = add measure = "ratio" if the data give a numerator and a denominator; else remove `scale` (a unit is not a scale: 85.2% is 85.2)
rubric-count-unit-without-ratio = `count_unit` needs measure = "ratio"
rubric-count-unit-without-ratio-help = `count_unit` names the unit of a ratio's numerator and denominator ("名" in 192名中97名): add measure = "ratio", or remove it
rubric-goal-without-indicator = goal `{ $id }` has no indicator: it will be not_rated
rubric-goal-without-indicator-label = a goal without indicators
rubric-goal-without-indicator-help = add a [[field.goal.indicator]] after this goal; a goal nothing measures is shown but not rated
rubric-goal-without-rated = goal `{ $id }` has only reference indicators: it will be not_rated
rubric-goal-without-rated-label = no target or milestone indicator
rubric-goal-without-rated-help = reference indicators only show a trend; add a kind = "target" or "milestone" indicator to rate the goal
rubric-weight-ignored = `weight` has no effect with aggregation = "guideline"
rubric-ignored-label = ignored
rubric-weight-ignored-help = weights count only with `aggregation = "mean"` in [scoring]; set it there, or remove `weight`
rubric-primary-ignored = `primary` has no effect on reference indicator `{ $id }`
rubric-primary-ignored-help = reference indicators are never rated; remove `primary`, or make the indicator kind = "target" with a `target`
rubric-baseline-meets-target = the baseline of `{ $id }` ({ $value } in { $year }) already meets its target { $target } ({ $direction })
rubric-baseline-meets-target-label = already meets the target
rubric-baseline-meets-target-help = check `target`, `baseline` and `direction`: if the value should move the other way, write direction = "{ $other }"; if the aim is only to stay { $direction ->
    [at_most] at or below
   *[other] at or above
} { $target }, remove `baseline`
rubric-percent-out-of-range = { $key } { $value } is { $side ->
    [over] over 100
   *[other] below 0
} for a percentage (unit = "{ $unit }")
rubric-percent-out-of-range-label = outside 0–100%
rubric-percent-out-of-range-help = a share lies between 0 and 100%: check the value; if the indicator is not a percentage, change `unit`
rubric-count-not-whole = { $key } { $value } is not a whole count of { $unit }
rubric-count-not-whole-label = not a count
rubric-count-not-whole-help = `unit = "{ $unit }"` counts things: check the value; if it is a share, use unit = "%" and write it in percent
rubric-policy-twice = policy id `{ $id }` is defined in both { $first } and { $second }
rubric-policy-twice-help = give each rubric its own policy id
rubric-indicator-kinds-differ = indicator `{ $id }` is a { $kind } in { $place } but a { $other_kind } in { $other_place }
rubric-indicator-kinds-differ-help = an id names one series in every rubric: give one of them another id
rubric-policy-id-invalid = policy id { $id } is not valid
rubric-policy-id-invalid-label = not a valid policy id
rubric-policy-id-invalid-help = a policy id uses only A-Z, a-z, 0-9, `.`, `_` and `-`, e.g. "mofa-2024-peace"
rubric-period-length = `period` has { $count } years; it needs two
rubric-period-length-label = needs two years
rubric-period-length-help = write the first and last year evaluated, e.g. period = [2021, 2023]
rubric-period-reversed = `period` starts in { $start }, after it ends in { $end }
rubric-period-reversed-label = starts after it ends
rubric-period-reversed-help = did you mean period = [{ $end }, { $start }]?
rubric-field-without-goal = field `{ $id }` has no goal: it will be not_rated
rubric-field-without-goal-label = a field without goals
rubric-field-without-goal-help = add a [[field.goal]] with its indicators after this field, or remove the field

## Rubrics: TOML syntax

more-errors-not-shown = { $count } more errors in the { $inputs ->
    [data] data
   *[rubrics] rubrics
} are not shown; the next is here
more-errors-not-shown-help = fix the errors above first: most often the rest are like them
rubric-csv = this looks like CSV data, not a rubric
rubric-csv-label = a row of data, not TOML
rubric-csv-help = pass data files with --data, e.g. `polscore score rubric.toml --data data.csv`; a rubric is a TOML file (docs/rubric-format.md; `polscore init` writes one)
rubric-toml-syntax = TOML syntax: { $detail }
rubric-toml-syntax-label = here
rubric-toml-syntax-help = see the format of a rubric in docs/rubric-format.md, or start from `polscore init`
rubric-key-twice-first = first set here
rubric-control-character = control character ({ $code }) in a string
rubric-control-character-label = not allowed in a TOML string
rubric-control-character-help = remove it (it is often left by a copy from another program); write a tab as \t and a line break as \n, or use triple quotes """…""" for text over several lines
rubric-unclosed-string = unclosed string
rubric-unclosed-string-label = the string does not end on this line
rubric-unclosed-string-help = close it with the same quote on the same line; for text over several lines use triple quotes: """…"""
rubric-unclosed-header = unclosed table header
rubric-unclosed-header-label = the header does not end here
rubric-unclosed-header-help = close the header with as many brackets as it opens: [policy], [[field]], [[field.goal]], [[field.goal.indicator]]
rubric-key-twice = `{ $key }` is set twice in the same table
rubric-key-twice-label = set again here
rubric-key-twice-help = keep one `{ $key }`; if this line starts a new table, add its header (e.g. [[field.goal.indicator]]) above it
rubric-missing-value = missing value after `=`
rubric-missing-value-label = a value is expected here
rubric-missing-value-help = write a value, e.g. `name = "…"`, or remove the line
rubric-not-a-value = `{ $found }` is not a TOML value
rubric-not-a-value-label = not a value
rubric-not-a-value-help = put text in quotes ("…"); write numbers, true and false bare; separate array items with commas: [2021, 2023]

## Rubrics: what the deserialiser finds

rubric-unknown-key = unknown key `{ $key }`
rubric-unknown-key-suggest = did you mean `{ $key }`? (allowed here: { $allowed })
rubric-unknown-key-allowed = allowed here: { $allowed }
rubric-unknown-value = unknown value "{ $value }"
rubric-unknown-value-suggest = did you mean "{ $value }"? (one of { $choices })
rubric-unknown-value-choices = use one of { $choices }
rubric-missing-key = missing required key `{ $key }`
rubric-missing-key-help = add `{ $key } = …` to this table
rubric-number-as-string-help = write numbers without quotes or units, e.g. `target = 50` (the unit goes in `unit`)
rubric-wrong-type-serde = wrong type: { $detail }
rubric-schema-other = { $detail }

## Data: unknown ids

data-unknown-id = no loaded rubric defines indicator `{ $id }`{ PLURAL($rows) ->
    [one] {""}
   *[other] {" "}({ $rows } rows; the first is shown)
}
data-unknown-id-ignored = its rows are ignored (--ignore-unknown)
data-unknown-id-suggest = did you mean `{ $id }`? (or pass --ignore-unknown to skip such rows)
data-unknown-id-note = the row has no year and no value: if it is a note below the table, delete it, or pass --ignore-unknown to skip such rows
data-unknown-id-check = check the id against the rubric, or pass --ignore-unknown to skip such rows

## polscore explain: how one indicator's rating is derived, year by year. The numbers are
## the scorer's, already formatted; `$rating`, `$outlook` and `$trend` are ids in English.

explain-place = in { $file }:{ $line } (policy { $policy }, field { $field }, goal { $goal })
explain-rating-only = Rating: { $rating }
explain-warning = note: { $warning }
explain-as-of-none-period = Evaluation year (as_of): none: no indicator of the rubric has a value in the period { $first }–{ $last }, so every rated indicator is no_data
explain-as-of-none = Evaluation year (as_of): none: no indicator of the rubric has a value, so every rated indicator is no_data
explain-as-of-capped = Evaluation year (as_of): { $year } (--year { $asked }, capped at the end of the period)
explain-as-of-asked = Evaluation year (as_of): { $year } (--year)
explain-as-of-latest-period = Evaluation year (as_of): { $year }, the latest year in which an indicator of the rubric has a value, in the period { $first }–{ $last }
explain-as-of-latest = Evaluation year (as_of): { $year }, the latest year in which an indicator of the rubric has a value (the rubric has no period)

explain-direction = { $direction ->
    [at_least] higher is better (direction = "at_least")
    [at_most] lower is better (direction = "at_most")
    [within] inside the band (direction = "within")
   *[none] no direction
}
explain-path-name = { $path ->
    [geometric] geometric
   *[linear] linear
}
explain-growth-name = { $growth ->
    [compound] compound
   *[linear] linear
}
explain-definition = Definition
explain-def-kind-target = kind       target, { $direction }
explain-def-kind-reference = kind       reference (never rated; shows a trend), { $direction }
explain-def-benchmark = benchmark  { $target } (`target`: the latest value is checked against it; never rated)
explain-def-milestone = kind       milestone (a qualitative step)
explain-def-due = due        { $year }
explain-def-due-none = due        none (never overdue)
explain-def-unit = unit       { $unit }
explain-def-ratio = measure    ratio: v = numerator / denominator × { $scale } (scale)
explain-def-calendar = years      calendar years (暦年): 2023 is 2023年, not 2023年度
explain-def-primary = primary    { $primary ->
    [yes] yes
   *[no] no
}
explain-def-band = target     { $low }～{ $high }{ $unit } every year (a band: no target_year, no outlook)
explain-def-target-accumulate = target     { $target } by { $year }, counted as a running total from 0 on a { $path } path
explain-def-target-path = target     { $target } by { $year }, from the baseline { $baseline } in { $baseline_year } on a { $path } path
explain-def-target-no-baseline = target     { $target } by { $year } (no baseline, so no path: every year)
explain-def-target-every-year-baseline = target     { $target } every year (no target_year), measured from the baseline { $baseline } in { $baseline_year }
explain-def-target-every-year = target     { $target } every year (no target_year)
explain-def-schedule-year = { $year }: { $target }
explain-def-schedule = schedule   { $listed } (targets: these years take these targets)
explain-def-accumulate = accumulate the data are yearly increments; the indicator is their running total
explain-def-scoring-target = scoring    exceeded at a ≥ { $exceeded }, progressing at a ≥ { $progressing }, growth { $growth }
explain-def-scoring-reference = scoring    stable within ±{ $band } a year, growth { $growth }

explain-series = Year by year (up to { $as_of })
explain-series-empty = no data for this indicator up to { $as_of }
explain-provisional = (provisional)
explain-before-period = [before the period: context only]
explain-note = note: { $note }
explain-status = { $status }
explain-value-none = no value
explain-value-none-status = no value ({ $status })
explain-step-year = { $step } this year
explain-step-calendar-year = { $step } this year
explain-step-span = { $step } over { $years }
explain-head-total = { $step }; running total { $previous } + { $added } = { $total }
explain-head-no-total = { $step }; no running total: { $why }
explain-years = { $first }–{ $last }
explain-gap-year = the total broke at { $years }, which has no value
explain-gap-years = the total broke at { $years }, which have no value
explain-gap-unknown = an earlier year has no value
explain-no-value = no value → { $rating }
explain-no-value-breaks = no value; the running total breaks here: no later year has one → { $rating }
explain-no-total = no running total → { $rating }
explain-ratio = v = numerator / denominator × scale = { $numerator } / { $denominator } × { $scale } = { $value }
explain-ratio-written = (the row also writes { $written }, shown only: the value used is the computed one)
explain-span-year = a span row: { $first }–{ $last } total { $total }, counted at { $last }; { $inside } has no value of its own and is not a gap
explain-span-years = a span row: { $first }–{ $last } total { $total }, counted at { $last }; { $inside } have no value of its own and are not a gap
explain-later = (later years in the data are after as_of and ignored: { $years })

explain-undefined = undefined
explain-t-path = T({ $year }) = { $formula } = { $target }
explain-t-schedule = T({ $year }) = { $target } from `targets` (the yearly schedule lists { $year })
explain-t-instead = instead of { $line }
explain-t-reached = T({ $year }) = the target { $target } ({ $year } is at or after target_year { $target_year })
explain-t-no-baseline = T({ $year }) = the target { $target } (no baseline, so no path)
explain-t-every-year = T({ $year }) = the target { $target } (it holds every year)
explain-a-from-baseline = a = (v − B) / (T − B) = ({ $v } − { $b }) / ({ $t } − { $b }) = { $a }
explain-a-baseline-meets = the baseline { $b } already meets T({ $year }) = { $t }, so { $rest }
explain-a-at-least = a = v / T = { $v } / { $t } = { $a }
explain-a-at-most = a = T / v = { $t } / { $v } = { $a }
explain-a-undefined-t = a is undefined (T is not positive)
explain-a-undefined-v = a is undefined (v is not positive)
explain-met = { $v } { $sign } { $t }: the target is met
explain-unmet = { $v } { $sign } { $t }: not met
explain-below-progressing = a = { $a } < { $progressing } (progressing)
explain-previous = the previous point is { $value } ({ $year })
explain-no-previous = no previous point
explain-rule-exceeded = { $met }, and a = { $a } ≥ { $exceeded } (exceeded)
explain-rule-met = { $met }; a = { $a } < { $exceeded } (exceeded)
explain-rule-progressing = { $unmet }; a = { $a } ≥ { $progressing } (progressing)
explain-rule-not-moving = { $unmet }; { $prog }; { $prev } and { $v } did not move toward the target
explain-rule-no-progress = { $unmet }; { $prog }; a ≤ 0: no progress from the baseline
explain-rule-limited-first = { $unmet }; { $prog }; { $prev }; a > 0
explain-rule-limited = { $unmet }; { $prog }; { $prev }, moved toward the target; a > 0
explain-rule-other = rule { $rule }
explain-ms-achieved = status { $status }
explain-ms-overdue = status { $status }, and { $year } is at or after due { $due }
explain-ms-before-due = status { $status }, and { $year } is before due { $due }
explain-ms-no-due = status { $status }, and there is no due year

explain-band-inside = { $v } is inside the band { $band }
explain-band-below = { $v } is below the band { $band }: as at_least with T = { $low }
explain-band-above = { $v } is above the band { $band }: as at_most with T = { $high }
explain-band-a-inside = a = 1
explain-band-a-below = a = v / low = { $v } / { $low } = { $a }
explain-band-a-above = a = high / v = { $high } / { $v } = { $a }
explain-band-a-undefined-low = a is undefined (low is not positive)
explain-band-distance = the distance to the band went from { $before } ({ $year }: { $previous }) to { $now }
explain-band-met = inside the band: met (a band is never exceeded)
explain-band-progressing = a = { $a } ≥ { $progressing } (progressing)
explain-band-not-moving = { $prog }; { $distance }: it did not shrink
explain-band-no-progress = { $prog }; a ≤ 0
explain-band-limited-first = { $prog }; { $prev }; a > 0
explain-band-limited = { $prog }; { $distance }: it shrank; a > 0

explain-bm-none = Benchmark { $target }: no value to check
explain-bm = Benchmark { $target }: the latest value { $value } ({ $year })
explain-bm-meets = { $v } { $sign } { $t }: the benchmark is { $meets ->
    [true] met
   *[false] not met
} (meets_target = { $meets }); the rating stays { $rating }

explain-window-period = in { $first }–{ $last }
explain-window = up to { $as_of }
explain-rating-reference = Rating: { $rating } (a reference indicator); latest value in { $year }{ $stale ->
    [yes] , before as_of (stale)
   *[no] {""}
}
explain-rating-rated = Rating: { $rating } — rated at { $year }, the latest year with a value { $window }
explain-rating-rated-a = Rating: { $rating } — rated at { $year }, the latest year with a value { $window }, a = { $a }
explain-rating-none = Rating: { $rating } — no value { $window }
explain-stale = stale: { $year } is before as_of { $as_of }, which has no value for this indicator
explain-outlook-no-target-year = Outlook: none (no target_year)
explain-outlook-past = Outlook: none (target_year { $target_year } is not after as_of { $as_of })
explain-outlook-too-few = Outlook toward { $target_year }: none (it needs two points: the baseline and values up to { $as_of })
explain-outlook = Outlook toward { $target_year }: { $outlook }
explain-outlook-points = first point { $first } ({ $first_year }), last point { $last } ({ $last_year })
explain-outlook-already = the last value { $last } already meets the target { $target } → { $outlook }
explain-outlook-actual = actual annual { $growth ->
    [compound] growth
   *[linear] change
}   = { $formula } = { $value }
explain-outlook-required = required annual { $growth ->
    [compound] growth
   *[linear] change
} = { $formula } = { $value }
explain-outlook-away = the required change points away from the target (the first point already met it) → { $outlook }
explain-outlook-ratio = R = actual / required = { $actual } / { $required } = { $r }; { $band } → { $outlook }
explain-trend-none = Trend: none (it needs values in two years)
explain-trend = Trend: { $trend }
explain-trend-g = g = { $formula }
explain-trend-from-zero = the first value is 0, so g is the sign of the change: { $g }
explain-trend-stable = |g| ≤ { $band } → { $trend }
explain-trend-moving = |g| > { $band }, { $rising ->
    [yes] rising
   *[no] falling
}, { $direction } → { $trend }

explain-goal = Goal { $goal }: { $rating } ({ $rule ->
    [mean] the weighted mean
   *[guideline] the guideline rule
})
explain-goal-reference = { $id } is a reference indicator: it never counts in its goal's rating
explain-goal-no-inputs = the goal has no target or milestone indicator → { $rating }
explain-goal-inputs = inputs: the goal's target and milestone indicators ({ $with_data } of { $rated } with data)
explain-primary = primary
explain-weight = weight { $weight }
explain-this-one = ← this one
explain-field-policy = Field { $field }: { $field_rating }; policy { $policy }: { $policy_rating } (by the same rule, each child counting as primary)
explain-which = { $primaries ->
    [yes] primary inputs
   *[no] inputs (none is primary, so all count)
}
explain-step-no-data = no input has data
explain-step-nothing = nothing to rate
explain-step-all-met = step 1: every input with data is met or exceeded, and { $exceeded } of { $counted } { $which } exceeded ({ $cmp ->
    [ge] ≥
   *[lt] <
} two thirds)
explain-step-not-progressing = step 2: not all are met, and one of the { $which } is not_progressing
explain-step-progressing = step 3: not all are met, and all { $which } are at least progressing
explain-step-limited = step 4: not all are met, none of the { $which } is not_progressing, and one is limited
explain-step-mean = points (exceeded 5 … not_progressing 1): ({ $terms }) / { $total } = { $mean }, rounded half up to { $rounded }

## Writing a report
output-dir-missing = { $flag } { $path }: the directory { $dir } does not exist
write-dir-missing = cannot write { $path }: the directory { $dir } does not exist
output-dir-missing-help = create it first (mkdir -p { $dir }), or name a file in a directory that exists
output-dir-not-dir = { $flag } { $path }: { $dir } is not a directory
write-dir-not-dir = cannot write { $path }: { $dir } is not a directory
output-dir-not-dir-help = name a file in a directory
create-dir-missing = cannot create { $path }: the directory { $dir } does not exist
create-dir-not-dir = cannot create { $path }: { $dir } is not a directory

## Data readers (src/data, src/values)
# (messages of the data readers go here)
values-units-or = { $unit } or { $rest }
values-not-finite = { $cell } is not a finite number
values-not-finite-help = give the figure itself, in digits; leave the cell empty when there is none (with status pending)
values-too-large = { $cell } is too large: a value is at most 10^15 in absolute value
values-too-large-help = check the figure and its multiplier (千, 万, 億); a code or an ID is not a value
values-exponent = { $cell } is in exponent notation, which polscore does not read
values-exponent-help = write the figure in digits: { $digits }
values-percent-no-unit = { $cell } is a percentage, but this indicator has no unit
values-percent-no-unit-help = give the figure without %; if the indicator is a share, give it unit = "%" in the rubric
values-percent-other-unit = { $cell } is a percentage, but the unit of this indicator is { $units }
values-percent-other-unit-help = give the number in { $units } itself, not a share; a share is an indicator with unit = "%"
values-unit-no-unit = { $cell } is in { $unit }, but this indicator has no unit
values-unit-no-unit-help = give the figure without { $unit }; if { $unit } is its unit, say so with `unit` in the rubric
values-unit-other-unit = { $cell } is in { $unit }, but the unit of this indicator is { $units }
values-unit-other-unit-help = give the figure in { $units }, or without a unit; if { $unit } is right, the rubric's `unit` is not
values-unreadable = cannot read { $cell } as a number; expected e.g. 1,523, 約266万
values-unreadable-units = cannot read { $cell } as a number; expected e.g. 1,523{ $percent ->
    [yes] {", 85.2%"}
   *[no] {""}
}, 約266万, optionally followed by the unit { $units }
values-sign-help = △ or ▲ before the digits makes a figure negative (△5 is -5); write one sign, and no - with it
values-span-backward = the span { $cell } does not run forward: its first year ({ $first }) is not before its last ({ $last })
values-span-unreadable = cannot read { $cell } as a span of years; expected e.g. 2021..2023, 2021～2023 or 令和3～5年度
values-year-unreadable = cannot read { $cell } as a year; expected e.g. 2023, FY2023, 2023年度, 令和5年度 or R5
data-in-cell = cell { $cell }: { $problem }
data-indicator-empty = the indicator is empty
data-indicator-empty-help = give the indicator id of this row, or delete the row
data-cell-too-long = this cell is { $chars } characters long; polscore reads cells of up to { $max }
data-cell-too-long-help = shorten it; a long explanation belongs in the evaluation document, not the note
data-status-unknown = unknown status { $status }
data-status-unknown-help = use pending, not_conducted, na or provisional, or leave it empty
data-status-with-value = a row with status { $status } has a value
data-status-with-value-help = empty the value, or clear the status if { $value } is the figure
data-provisional-without-value = a provisional row has no value
data-provisional-without-value-help = give the preliminary figure, or use status pending
data-value-date = { $date } is a date, not a number
data-value-date-help = type the value in a cell formatted as number or text
data-uncomputed = the formula { $formula } has no saved value
data-uncomputed-help = open the workbook in Excel and save it, so that the formula is computed; or type the figure
data-excel-error = { $error } is an Excel error, not a value
data-excel-error-help = fix the formula or type the figure; leave the cell empty when there is none (with status pending)
data-milestone-unreadable = cannot read { $cell } as a milestone status; expected achieved (達成), in_progress (実施中) or not_started (未着手)
data-span-not-accumulated = { $cell } is a span of years, but this row's indicator does not accumulate
data-span-not-accumulated-help = give one row per year; a total over several years belongs to an indicator with accumulate = true
data-year-date = { $date } is a date, not a fiscal year
data-year-date-help = type the fiscal year itself (2023, FY2023 or 令和5年度) in a cell formatted as text or number
data-year-fiscal-for-calendar = { $cell } is a fiscal year (年度), but this row's indicator counts calendar years (暦年)
data-year-fiscal-for-calendar-help = write the calendar year (2023, 2023年 or 令和5年), or check that the figure is for the calendar year; the year is read as written
data-year-calendar-for-fiscal = { $cell } is a calendar year (暦年), but this row's indicator counts fiscal years (年度)
data-year-calendar-for-fiscal-help = write the fiscal year (2023, 2023年度 or 令和5年度), or set year_basis = "calendar" on the indicator; the year is read as written
data-ratio-denominator-zero = the denominator is 0, so the ratio has no value
data-ratio-denominator-zero-help = give the number the ratio is out of; leave the row's cells empty when there is no figure (with status pending or na)
data-ratio-value-differs = the value { $value } is not { $computation } = { $computed }, the ratio of the numerator and the denominator; the computed value is used
data-ratio-value-differs-help = check the three figures against the source; the value cell may be left empty when the numerator and the denominator are given
data-ratio-not-ratio-indicator = this row gives { $which ->
    [denominator] a denominator
   *[numerator] a numerator
}, but its indicator is not a ratio
data-ratio-not-ratio-indicator-help = give the value in the value column, or set measure = "ratio" on the indicator in the rubric
data-ratio-written = { $value } is a ratio, but this row's indicator is not one
data-ratio-written-help = give the value itself, or set measure = "ratio" on the indicator in the rubric
data-ratio-half = this row gives { $given ->
    [denominator] a denominator but no numerator
   *[numerator] a numerator but no denominator
}
data-ratio-half-help = give the { $given ->
    [denominator] numerator
   *[numerator] denominator
} too, or neither and the value itself
data-bom-but-shift-jis = { $file } starts with a UTF-8 byte-order mark, but --encoding shift_jis was given
data-bom-but-shift-jis-help = the file is UTF-8: drop --encoding, or pass --encoding utf-8
data-nul-byte = { $file } contains a NUL byte: it is not a text file
data-nul-byte-help = a data file is CSV text (UTF-8 or Shift_JIS) or an .xlsx workbook
data-zip-not-csv = { $file } is a zip archive (an Excel .xlsx workbook?), not CSV text
data-zip-not-csv-help = if it is a workbook, name it .xlsx; else export the sheet as CSV
data-xls-not-csv = { $file } is an old-style Excel (.xls) or other Office file, not CSV text
data-xls-not-csv-help = save it from Excel as .xlsx (Excel ブック) or as CSV UTF-8
data-utf16-not-csv = { $file } is UTF-16 text (Excel's "Unicode text"), which polscore does not read
data-utf16-not-csv-help = save it from Excel as "CSV UTF-8 (コンマ区切り)" or "CSV (コンマ区切り)"
data-utf8-forced-as-shift-jis = { $file } looks like UTF-8 text, but --encoding shift_jis was given: its text would be garbled from line { $line }
data-utf8-forced-as-shift-jis-help = the file looks like UTF-8: drop --encoding, or pass --encoding utf-8
data-not-utf8 = { $file } is not valid UTF-8 text: an undecodable byte at line { $line }
data-not-utf8-forced-help = the file may be Shift_JIS: drop --encoding, or pass --encoding shift_jis
data-not-utf8-damaged-help = the file is mostly UTF-8 with a damaged byte here: retype the character, or save the file again as CSV UTF-8
data-not-shift-jis = { $file } is neither UTF-8 nor Shift_JIS text: an undecodable byte at line { $line }
data-not-shift-jis-help = save the file as CSV UTF-8 (or CSV (コンマ区切り) from Japanese Excel); if it is not a CSV file, pass the right file to --data
data-file-empty = { $file } is empty
data-file-empty-help = a data file starts with the header row indicator,year,value,note
data-long-above-header = { $file }: line { $line } has a cell of more than { $max } characters, above the header row
data-long-above-header-help = is this a data file? it starts with the header row indicator,year,value,note
data-row-length = this row has { $count } { PLURAL($count) ->
    [one] field
   *[other] fields
}, and the header row { $header }
data-thousands-split-help = { $number } reads as { $fields } fields, as commas separate the fields of a row: write it "{ $number }" (in quotes), or { $digits }
data-row-too-long-help = a field with a comma is written in quotes, "like, this"; or name the extra { PLURAL($count) ->
    [one] column
   *[other] columns
} in the header row (line { $header })
data-row-too-short-help = give a field for each column of the header row (line { $header }), an empty one where there is nothing; only an empty note in the last column may be left out
data-csv-malformed = { $file }: malformed CSV: { $detail }
data-csv-malformed-help = check the quoting of this row: a field with a comma or quote is written "like, ""this"""
data-thousands-unquoted = this row reads { $number } as the value { $value } and the { $column } { $rest }
data-thousands-unquoted-help = { $number } reads as 2 fields, as commas separate the fields of a row: write it "{ $number }" (in quotes), or { $digits }; if { $rest } is the { $column }, write it in quotes
data-no-header = { $file } has no header row: none of its first { $rows } rows names the indicator column
data-no-header-help = a data table starts with a header row naming the columns indicator (指標), year (年度) and value (実績値), e.g. indicator,year,value,note; the first row is: { $shown }{ $separator ->
    [tab] ; its cells are separated by tabs, and polscore reads comma-separated files
    [semicolon] ; its cells are separated by semicolons, and polscore reads comma-separated files
   *[none] {""}
}{ $years ->
    [yes] ; it has columns of years: a table with one column per year names its indicator column too, e.g. 指標,令和3年度,令和4年度 (see docs/data-format.md)
   *[no] {""}
}
data-columns-missing = { $file } has no { $columns } column
data-columns-missing-and = { $column }, no { $rest }
data-columns-missing-help = the header row ({ $counted ->
    [row] row
   *[line] line
} { $line }) must name the columns indicator (指標), year (年度) and value (実績値); it is: { $shown }{ $separator ->
    [tab] ; its cells are separated by tabs, and polscore reads comma-separated files
    [semicolon] ; its cells are separated by semicolons, and polscore reads comma-separated files
   *[none] {""}
}{ $years ->
    [yes] ; it has columns of years: a table with one column per year names its indicator column too, e.g. 指標,令和3年度,令和4年度 (see docs/data-format.md)
   *[no] {""}
}
data-column-twice = { $file }: the { $column } column appears twice
data-column-twice-help = keep one of the two columns
data-wide-mixed = { $file }: the header row has a { $column } column and columns of years ({ $years })
data-wide-status-column-help = in a table with one column per year, a status (pending, not_conducted, na) is written in the year's cell, in place of the value; remove the status column
data-wide-ratio-columns-help = in a table with one column per year, a ratio is written in the year's cell as 97/192; remove the numerator and denominator columns
data-wide-long-column-help = a table has either one row per indicator and year (indicator,year,value) or one row per indicator and a column per year (指標,令和3年度,令和4年度): remove the column, or put the years in a year column
data-wide-year-twice = { $file }: the header row gives the year { $year } twice: { $first } and { $second }
data-wide-years-twice = { $file }: the header row's columns { $first } and { $second } give the same years
data-wide-years-twice-help = keep one column per year (the other is column { $column }); a span column (令和3～5年度) is for a total over years that have no column of their own
data-wide-year-in-header = { $file }: the header of the column { $header } names the year { $year } beside other words: it cannot be told whether the column holds that year's figures
data-wide-year-in-header-help = to read the column as the figures of { $year }, write the year alone in its header ({ $year }); a provisional figure (速報値) goes in the long layout, with provisional in the status column; a column of other figures is named without a year
data-row-twice = indicator `{ $id }` has two rows for { $year }: { $first_file } row { $first_line } and { $file } row { $line }
data-row-twice-help = keep one row per indicator and year
data-years-overlap = indicator `{ $id }` has rows whose years overlap: { $first_file } row { $first_line } ({ $first_years }) and { $file } row { $line } ({ $years })
data-years-overlap-help = a span's value is the total over its years: keep either the span or the rows of its years, and spans that do not meet
data-more-warnings = { $count } more warnings in the data are not shown; the next is here
data-more-warnings-help = the warnings above say what they are: most often the rest are like them
data-format-unread = { $file }: polscore does not read .{ $ext } files
data-format-unread-help = save it as an .xlsx workbook (Excel ブック) or as CSV UTF-8
data-sheet-of-csv = { $file }#{ $sheet }: only .xlsx workbooks have sheets
data-sheet-of-csv-help = give { $file } without #{ $sheet }
data-cannot-read = cannot read { $file }: { $detail }
data-row-runs-on = { $file }: the row at line { $line } runs on for more than { $size }: is a quote (") left open?
data-row-runs-on-help = a field with a comma, a quote or a line break is written in quotes, and the quote is closed: "like, this"
data-workbook-damaged = cannot read the workbook { $file }: it is damaged
data-workbook-damaged-help = open it in Excel and save it again, or export the sheet as CSV UTF-8
data-sheet-unreadable = cannot read sheet { $sheet } of { $file }: { $detail }
data-sheet-unreadable-help = the workbook is damaged: open it in Excel and save it again
data-workbook-protected = { $file } is a password-protected workbook or an old-style .xls file
data-workbook-protected-help = save a copy without a password, as .xlsx (Excel ブック) or CSV UTF-8
data-workbook-unreadable = { $file } is not a readable .xlsx workbook: { $detail }
data-workbook-text-help = it looks like text: if it is CSV, name it .csv
data-workbook-not-zip-help = save it from Excel as .xlsx (Excel ブック), or export the sheet as CSV UTF-8
data-workbook-part-help = open it in Excel and save it again without a password
data-workbook-save-again-help = open it in Excel and save it again
data-workbook-too-large = { $file } unpacks to more than { $size }; polscore reads workbooks of up to that size
data-workbook-too-large-help = keep only the data sheet, or export it as CSV
data-workbook-password-help = save a copy without a password
data-workbook-unreadable-help = open it in Excel and save it again as .xlsx, or export the sheet as CSV UTF-8
data-sheet-suggest = did you mean { $file }#{ $sheet }?
data-sheet-name-help = name one of its sheets after #, or give the file alone for the first sheet
data-sheet-missing = { $file } has no sheet named { $sheet }; its sheets are: { $sheets }{ $all ->
    [none] {""}
   *[other] {" … ("}{ $all } in all)
}
data-no-visible-sheet = { $file } has no visible worksheet
data-no-visible-sheet-help = name a sheet after #, e.g. { $file }#Sheet1 (its sheets: { $sheets }{ $all ->
    [none] {""}
   *[other] {" … ("}{ $all } in all)
})
data-sheet-empty-help = the sheet starts with the header row indicator, year, value, note
data-sheet-rows-out-of-order = { $file }: row { $row } comes after row { $previous } in the file
data-sheet-not-excel-help = the workbook is not as Excel writes it: open it in Excel and save it again
data-sheet-row-too-wide = { $file }: row { $row } has more than { $max } cells
data-sheet-too-long = { $file } has more than { $max } rows; polscore reads sheets of up to that many
data-sheet-too-long-help = split the data over several sheets or files; --data takes several

## Rubric structure (src/rubric/structure, src/rubric/located.rs) and scoring warnings (src/score)
# (messages of the rubric structure and the scorer go here)

# The first pass over a rubric: its keys, value types and ranges (src/rubric/structure).
# `$table` is a table's id (root, policy, scoring, lints, labels, field, goal, indicator,
# baseline); `$part` names a key or a part of its value (key, baseline, low, high, entry,
# year, start, end) with `$key` and `$entry`; `$found` is what was written (string,
# integer, float, true, false, date, array, table) with `$string`; `$type` is what the key
# takes, with `$choices` (all but the last, quoted) and `$last` ("none" for one).

rubric-schema-unsupported = unsupported rubric schema { $schema }
rubric-schema-unsupported-label = this version of polscore reads schema 1
rubric-schema-unsupported-help = write `schema = 1` and the keys of docs/rubric-format.md
rubric-key-unknown-in = unknown key `{ $key }` in { $table ->
    [root] the rubric
    [policy] the policy
    [scoring] the scoring settings
    [lints] the lints
    [labels] the labels
    [field] a field
    [goal] a goal
    [baseline] a baseline
   *[indicator] an indicator
}
rubric-key-unknown-in-label = unknown key
rubric-key-in-english = keys are written in English: for { $word } write `{ $key }`
rubric-key-did-you-mean = did you mean `{ $key }`?
rubric-keys-of-table = the keys of { $table ->
    [root] the rubric
    [policy] the policy
    [scoring] the scoring settings
    [lints] the lints
    [labels] the labels
    [field] a field
    [goal] a goal
    [baseline] a baseline
   *[indicator] an indicator
} are { $keys }
rubric-key-of-table = `{ $key }` is a key of { $table ->
    [root] the rubric
    [policy] the policy
    [scoring] the scoring settings
    [lints] the lints
    [labels] the labels
    [field] a field
    [goal] a goal
    [baseline] a baseline
   *[indicator] an indicator
}: is a { $header } header missing above it?
rubric-key-belongs-top = `{ $key }` belongs in the top of the file
rubric-key-belongs-in = `{ $key }` belongs in { $headers }
rubric-key-missing-in = missing key `{ $key }` in { $table ->
    [root] the rubric
    [policy] the policy
    [scoring] the scoring settings
    [lints] the lints
    [labels] the labels
    [field] a field
    [goal] a goal
    [baseline] a baseline
   *[indicator] an indicator
}
rubric-key-missing-in-label = { $table ->
    [root] the file has no `{ $key }`
   *[other] { $table ->
       [root] the rubric
       [policy] the policy
       [scoring] the scoring settings
       [lints] the lints
       [labels] the labels
       [field] a field
       [goal] a goal
       [baseline] a baseline
      *[indicator] an indicator
   } without `{ $key }`
}
rubric-key-missing-in-help = add `{ $key } = { $example }` { $table ->
    [root] at the top of the file
    [baseline] inside the braces
   *[other] under this { $header } header
}: { $doc }
rubric-tables-one-bracket = `{ $key }` must be written { $header } (two brackets)
rubric-tables-one-bracket-label = one bracket makes a single table
rubric-tables-one-bracket-help = start each { $key } with its own { $header } header; there may be many
rubric-number-too-large = { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} is too large a number
rubric-out-of-range-label = out of range
rubric-write-like = write it like `{ $key } = { $example }`
rubric-value-unknown-for = unknown value "{ $value }" for `{ $key }`
rubric-value-unknown-for-label = not an allowed value
rubric-value-unknown-suggest = did you mean "{ $near }"? (`{ $key }` is { $type ->
    [text] a quoted string
    [integer] a whole number
    [year] a year (a whole number such as 2023)
    [number] a number
    [bool] true or false
    [choice] one of { $choices }{ $last ->
        [none] {""}
       *[other] {" "}or { $last }
    }
    [year-pair] two years, e.g. [2021, 2023]
    [number-or-band] a number, or [low, high] with direction = "within"
    [year-numbers] a table of years and numbers, e.g. {"{"} 2024 = 52, 2025 = 55 {"}"}
    [choices] an array of strings, each one of { $choices }{ $last ->
        [none] {""}
       *[other] {" "}or { $last }
    }
    [table] a table ({ $table ->
        [root] the rubric
        [policy] the policy
        [scoring] the scoring settings
        [lints] the lints
        [labels] the labels
        [field] a field
        [goal] a goal
        [baseline] a baseline
       *[indicator] an indicator
    })
   *[tables] an array of tables, each written { $header }
})
rubric-value-unknown-help = `{ $key }` is { $type ->
    [text] a quoted string
    [integer] a whole number
    [year] a year (a whole number such as 2023)
    [number] a number
    [bool] true or false
    [choice] one of { $choices }{ $last ->
        [none] {""}
       *[other] {" "}or { $last }
    }
    [year-pair] two years, e.g. [2021, 2023]
    [number-or-band] a number, or [low, high] with direction = "within"
    [year-numbers] a table of years and numbers, e.g. {"{"} 2024 = 52, 2025 = 55 {"}"}
    [choices] an array of strings, each one of { $choices }{ $last ->
        [none] {""}
       *[other] {" "}or { $last }
    }
    [table] a table ({ $table ->
        [root] the rubric
        [policy] the policy
        [scoring] the scoring settings
        [lints] the lints
        [labels] the labels
        [field] a field
        [goal] a goal
        [baseline] a baseline
       *[indicator] an indicator
    })
   *[tables] an array of tables, each written { $header }
}
rubric-year-implausible = { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} { $year } is not a plausible year
rubric-year-implausible-label = not a plausible year
rubric-year-implausible-help = write the fiscal year as a western year between { $first } and { $last }, e.g. 2023 for 令和5年度
rubric-number-not-finite = { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} must be a finite number, not { $written }
rubric-number-not-finite-label = not a finite number
rubric-number-not-positive = { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} must be positive, not { $written }
rubric-number-not-positive-label = must be positive
rubric-number-out-of-bounds = { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} is { $written }, { $bound ->
    [not-above] not above { $limit }
    [below] below { $limit }
    [above] above { $limit }
   *[not-below] not below { $limit }
}
rubric-number-out-of-bounds-label = { $bound ->
    [not-above] not above { $limit }
    [below] below { $limit }
    [above] above { $limit }
   *[not-below] not below { $limit }
}
rubric-number-help = `{ $key }` takes a number { $range ->
    [from-to] from { $low } to { $high }
    [above-at-most] above { $low } and at most { $high }
    [at-least-below] at least { $low } and below { $high }
    [above-below] above { $low } and below { $high }
    [at-least] at least { $low }
    [above] above { $low }
    [at-most] at most { $high }
    [below] below { $high }
   *[none] {""}
}, e.g. `{ $key } = { $example }`{ $default ->
    [none] {""}
   *[other] ; leave it out for the default { $default }
}
rubric-wrong-type = `{ $key }` must be { $type ->
    [text] a quoted string
    [integer] a whole number
    [year] a year (a whole number such as 2023)
    [number] a number
    [bool] true or false
    [choice] one of { $choices }{ $last ->
        [none] {""}
       *[other] {" "}or { $last }
    }
    [year-pair] two years, e.g. [2021, 2023]
    [number-or-band] a number, or [low, high] with direction = "within"
    [year-numbers] a table of years and numbers, e.g. {"{"} 2024 = 52, 2025 = 55 {"}"}
    [choices] an array of strings, each one of { $choices }{ $last ->
        [none] {""}
       *[other] {" "}or { $last }
    }
    [table] a table ({ $table ->
        [root] the rubric
        [policy] the policy
        [scoring] the scoring settings
        [lints] the lints
        [labels] the labels
        [field] a field
        [goal] a goal
        [baseline] a baseline
       *[indicator] an indicator
    })
   *[tables] an array of tables, each written { $header }
}, not { $found ->
    [string] the string "{ $string }"
    [integer] a whole number
    [float] a decimal number
    [true] true
    [false] false
    [date] a date
    [array] an array
   *[table] a table
}
rubric-found-label = { $found ->
    [string] the string "{ $string }"
    [integer] a whole number
    [float] a decimal number
    [true] true
    [false] false
    [date] a date
    [array] an array
   *[table] a table
}
rubric-band-count = the band { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} has { $count } numbers; it needs two
rubric-band-count-label = needs [low, high]
rubric-band-count-help = write the lowest and highest value of the band with direction = "within", e.g. `{ $key } = [0, 1]`; for one target write one number
rubric-year-twice = year { $year } is given twice in { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
}
rubric-year-twice-label = given again
rubric-year-twice-help = keep one target for { $year } (the other is written { $first })
rubric-year-key-not-a-year = { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} key "{ $written }" is not a year
rubric-year-key-not-a-year-label = not a year
rubric-year-key-not-a-year-help = each key of { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} is a year written as a western year (2024 for 令和6年度), e.g. `{ $key } = { $example }`
rubric-part-band = { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} must be a number, not a band
rubric-part-band-label = an array
rubric-part-band-help = a band [low, high] is only for `target` with direction = "within", which takes no `targets`; `targets` gives one number a year
rubric-part-not-a-number = { $part ->
    [baseline] baseline { $key }
    [low] `{ $key }` low
    [high] `{ $key }` high
    [entry] `{ $key }` { $entry }
    [year] `{ $key }` year
    [start] { $key } start
    [end] { $key } end
   *[key] `{ $key }`
} must be a number, not { $found ->
    [string] the string "{ $string }"
    [integer] a whole number
    [float] a decimal number
    [true] true
    [false] false
    [date] a date
    [array] an array
   *[table] a table
}
rubric-part-not-a-number-help = write the number without quotes or unit (a unit goes in `unit`)
rubric-items-not-strings = `{ $key }` must hold strings, not { $found ->
    [string] the string "{ $string }"
    [integer] a whole number
    [float] a decimal number
    [true] true
    [false] false
    [date] a date
    [array] an array
   *[table] a table
}
rubric-write-items-quoted = write each item in quotes, e.g. `{ $key } = { $example }`
rubric-write-number-bare = write the number without quotes or unit: `{ $key } = { $number }` (a unit goes in `unit`)
rubric-write-number = write a number without quotes, e.g. `{ $key } = { $example }`
rubric-write-year-number = write the fiscal year as a number: `{ $key } = { $year }`
rubric-write-whole-number-bare = write a whole number without quotes, e.g. `{ $key } = { $example }`
rubric-write-no-decimal-point = write it without a decimal point: `{ $key } = { $number }`
rubric-write-whole-number = write a whole number, e.g. `{ $key } = { $example }`
rubric-write-year-not-date = a year is a whole number: write the fiscal year the date falls in, e.g. `{ $key } = { $example }`
rubric-write-bool = write `{ $key } = { $value }` without quotes
rubric-write-quoted = put the value in quotes: `{ $key } = "{ $value }"`
rubric-write-choice = write one of { $choices }{ $last ->
    [none] {""}
   *[other] {" "}or { $last }
} in quotes, e.g. `{ $key } = "{ $first }"`
rubric-write-tables = write each one as a table under its own { $header } header

# The scorer's warnings (src/score). Years are passed as text; "none" where there is none.

score-year-before-period = --year { $year } is before the period { $period } of policy `{ $policy }` ({ $file }): every rated indicator is no_data
score-year-before-period-help = a rubric rates the years of its `period`, and its data have values for { $values }: give a year from { $start } to { $end }, or leave out --year to rate the latest
score-year-after-period = --year { $year } is after the period { $period } of policy `{ $policy }` ({ $file }): it is rated as of { $end }, the period's last year
score-year-after-period-help = a rubric rates the years of its `period`; to rate { $year }, score the rubric of the cycle that covers it, or extend `period`
score-year-before-data = --year { $year } is before every value of policy `{ $policy }` ({ $file }): every rated indicator is no_data
score-year-before-data-help = its data have values for { $values }: give one of those years, or leave out --year to rate the latest
score-year-without-data = no indicator of policy `{ $policy }` ({ $file }) has a value for --year { $year }: each is rated at its latest year before it and marked stale
score-year-without-data-help = its data have values for { $values }: add the values of { $year } to the data, or leave out --year to rate the latest
score-target-year-passed = indicator `{ $id }`: target_year { $target_year } has passed but the data have no value from { $target_year } up to the evaluation year { $as_of }
score-target-year-passed-help = add the value for { $target_year } to the data{ $latest ->
    [none] {""}
   *[other] {" "}(the latest is { $latest })
}, or, if the rubric carries an old target over, set its new target and target_year{ $after ->
    [none] {""}
   *[other] ; the data have a value for { $after }, after the evaluation year: rate that year with --year, or leave it out to rate the latest
}

# An indicator's warnings, as `explain` shows them under it, and as diagnostics naming it.
# `$why` is row (the row has no value), row-status (nor a value but a status) or no-row.
score-compound-needs-positive = compound growth needs positive values; the linear rule was used instead
score-indicator-compound-needs-positive = indicator `{ $indicator }`: compound growth needs positive values; the linear rule was used instead
score-accumulated-gap = accumulated values have a gap: { $why ->
    [row] the row for { $years } ({ $place }) has no value
    [row-status] the row for { $years } ({ $place }) has no value (status { $status })
   *[no-row] the data have no row for { $years }
}, so the values of { $lost } have no running total and the indicator is rated at its last year with one; add the increment of { $years } to the data (0 if there was none)
score-indicator-accumulated-gap = indicator `{ $indicator }`: accumulated values have a gap: { $why ->
    [row] the row for { $years } ({ $place }) has no value
    [row-status] the row for { $years } ({ $place }) has no value (status { $status })
   *[no-row] the data have no row for { $years }
}, so the values of { $lost } have no running total and the indicator is rated at its last year with one; add the increment of { $years } to the data (0 if there was none)

## Project, pipeline, files, output, compare, command line
# (messages of these modules go here)

# src/files.rs. `$what` is `file` (the file is named as it is) or `project` (the project file).
files-dir-unreadable = cannot read directory { $path }: { $error }
files-none-in-dir = no { $glob } file in { $path }
files-none-in-dir-either = no { $first } or { $second } file in { $path }
files-none-in-dir-help = name the files directly, or check the path
files-not-found = { $path }: no such file or directory
files-unreadable = cannot read { $what ->
    [project] the project file { $file }
   *[file] { $file }
}: { $error }
files-too-big = { $what ->
    [project] the project file { $file }
   *[file] { $file }
} is { $size } MiB, more than the { $limit } MiB polscore reads
files-too-big-help = is this the right file? split a large data file into several (--data takes many)
files-not-utf8 = { $what ->
    [project] the project file { $file }
   *[file] { $file }
} is not UTF-8 text (invalid byte at line { $line })
files-not-utf8-help = save the file as UTF-8

# src/project.rs: the project file, polscore.toml.
project-file-missing = cannot read the project file { $file }: no such file
project-file-missing-help = --project names a polscore.toml; --no-project reads none
project-toml-syntax = { $file } is not valid TOML: { $detail }
project-unknown-table = unknown table `{ $table }`
project-unknown-table-help = a project file holds one table, [project]
project-no-table = { $file } has no [project] table
project-no-table-help = write `[project]`, then `rubrics = ["rubrics/"]` and `data = ["inputs/"]`
# `$expected` is `table`, `paths` or `path`; `$found` is TOML's name of a type.
project-wrong-type = wrong type: expected { $expected ->
    [table] a table
    [paths] a list of paths
   *[path] a path in quotes
}, found { $found }
project-unknown-key = unknown key `{ $key }`
project-unknown-key-suggest = did you mean `{ $key }`? (allowed here: { $allowed })
project-unknown-key-allowed = allowed here: { $allowed }
project-empty-path = `{ $key }` holds an empty path
project-empty-path-help = name a file or a directory, e.g. "rubrics/"
project-path-missing = `{ $key }` names { $path }, which does not exist
project-path-missing-label = no such file or directory
project-path-missing-help = paths in { $file } are relative to the directory it is in
project-baseline-missing-help = write it first: polscore score --format json --pretty --output <that path>

# src/pipeline.rs
pipeline-span-across-period = the span { $first }..{ $last } of `{ $id }` starts before the period of { $policy } ({ $start }) and ends inside it: its total cannot be split at { $start }
pipeline-span-across-period-help = the running total starts in { $start }: give the years from { $start } on in rows (or a span) of their own, and the years before apart
pipeline-project-rubric-unread = the project's rubric { $file } has { $count } { PLURAL($count) ->
    [one] error
   *[other] errors
}, so the data rows of its indicators count as unknown ids in this run
pipeline-project-rubric-unread-help = `polscore validate { $file }` shows them

# src/output. `$kind` is what a path is instead of a regular file; `$what`, which input of the run a path is.
output-stdout-failed = cannot write to standard output: { $error }
output-not-a-file = { $flag } { $path } is { $kind ->
    [directory] a directory
    [fifo] a FIFO (named pipe)
    [socket] a socket
    [device] a device
   *[special] a special file
}, not a regular file
output-not-a-file-help = name a file for { $flag } to write, or give { $flag } - for standard output
output-replaces-input = { $flag } { $path } would replace { $what ->
    [rubric] a rubric
    [data] a data file
    [project] the project file
   *[baseline] the baseline
} of this run
output-replaces-input-as = { $flag } { $path } would replace { $input }, { $what ->
    [rubric] a rubric
    [data] a data file
    [project] the project file
   *[baseline] the baseline
} of this run
output-replaces-input-help = name another file for { $flag }; the inputs are never overwritten
output-write-step-failed = cannot write { $path }: { $step ->
    [link] following the link
    [temp] creating a temporary file
    [permissions] keeping the permissions
    [write] writing
    [sync] syncing
   *[rename] renaming into place
}: { $error }
output-write-link-loop = cannot write { $path }: following the link: too many levels of symbolic links
output-write-not-a-file = cannot write { $path }: it is { $kind ->
    [directory] a directory
    [fifo] a FIFO (named pipe)
    [socket] a socket
    [device] a device
   *[special] a special file
}, not a regular file
output-create-failed = cannot create { $path }: { $error }
output-create-exists-help = { $command } never replaces a file: choose a new name, or move the old file away
output-write-failed = cannot write { $path }: { $error }

# src/compare: reading a JSON report back (`check`'s baseline, both sides of `diff`).
compare-how-to-make = a report is written by `polscore score RUBRIC... --data PATH... --format json --output FILE`
compare-unreadable = cannot read { $file }: { $error }
# `$why` is `not-object` or `no-schema`.
compare-not-a-report = { $file } is not a polscore report: { $why ->
    [not-object] the top level is not a JSON object
   *[no-schema] it has no `schema` key
}
compare-schema-version = { $file } is a report of schema `{ $found }`; this polscore reads `{ $schema }`
compare-schema-version-help = score the baseline's inputs again with this polscore to write a `{ $schema }` report (a report is written by `polscore score RUBRIC... --data PATH... --format json --output FILE`)
compare-schema-other = { $file } is not a polscore report: its `schema` is { $found }, not "{ $schema }"
compare-invalid-report = { $file } is not a valid `{ $schema }` report: { $detail }
compare-invalid-report-help = the report may be damaged or edited by hand; a report is written by `polscore score RUBRIC... --data PATH... --format json --output FILE`
compare-invalid-json = { $file } is not valid JSON: { $detail }
compare-invalid-json-help = a report is written by `polscore score RUBRIC... --data PATH... --format json --output FILE`; do not edit it by hand
# An id listed twice. `$level` is `field`, `goal` or `indicator`; `$first` and `$second` are the
# ids of the nodes it is under (a goal's field, an indicator's goal).
compare-policy-twice = { $file } is not a valid `{ $schema }` report: policy `{ $policy }` is listed twice (the second copy ends just before here)
compare-id-twice = { $file } is not a valid `{ $schema }` report: { $level ->
    [field] field
    [goal] goal
   *[indicator] indicator
} `{ $id }` is listed twice in policy `{ $policy }` (the policy ends just before here)
compare-id-twice-under = { $file } is not a valid `{ $schema }` report: { $level ->
    [goal] goal `{ $id }` is listed twice in policy `{ $policy }` (under field `{ $first }` and under field `{ $second }`; the policy ends just before here)
   *[indicator] indicator `{ $id }` is listed twice in policy `{ $policy }` (under goal `{ $first }` and under goal `{ $second }`; the policy ends just before here)
}
compare-id-twice-levels = { $file } is not a valid `{ $schema }` report: id `{ $id }` is listed twice in policy `{ $policy }`, as { $first_level ->
    [field] a field
    [goal] a goal under field `{ $first_under }`
   *[indicator] an indicator under goal `{ $first_under }`
} and as { $second_level ->
    [field] a field
    [goal] a goal under field `{ $second_under }`
   *[indicator] an indicator under goal `{ $second_under }`
} (fields, goals and indicators share one set of ids; the policy ends just before here)
compare-twice-help = each policy, and each field, goal and indicator id within a policy, is listed once in a report; the report may be edited by hand or joined from two: a report is written by `polscore score RUBRIC... --data PATH... --format json --output FILE`

# src/cli. `$what` is `rubrics` or `data`; `$why`, why there are none: `project` (the project
# file `$file` lists none), `no-project` (--no-project) or `none` (no project file `$file`).
cli-inputs-missing = { $what ->
    [rubrics] no rubric to read: no RUBRIC given
   *[data] no data to read: no --data given
}, and { $why ->
    [project] { $file } lists none
    [no-project] --no-project reads no polscore.toml
   *[none] there is no { $file } in the current directory or its parents
}
cli-inputs-missing-help-project = add `{ $what ->
    [rubrics] rubrics = ["rubrics/"]
   *[data] data = ["inputs/"]
}` under [project] in { $file }, or give them: { $usage }
cli-inputs-missing-help = give them: { $usage }
cli-inputs-missing-help-none = give them: { $usage }; or list them in a { $file } ([project] { $what ->
    [rubrics] rubrics = ["rubrics/"]
   *[data] data = ["inputs/"]
})
cli-validate-ok = ok: { $rubrics } { PLURAL($rubrics) ->
    [one] rubric
   *[other] rubrics
}, { $indicators } { PLURAL($indicators) ->
    [one] indicator
   *[other] indicators
}, { $warnings } { PLURAL($warnings) ->
    [one] warning
   *[other] warnings
}
cli-validate-ok-data = ok: { $rubrics } { PLURAL($rubrics) ->
    [one] rubric
   *[other] rubrics
}, { $indicators } { PLURAL($indicators) ->
    [one] indicator
   *[other] indicators
}, { $points } { PLURAL($points) ->
    [one] data point
   *[other] data points
}, { $warnings } { PLURAL($warnings) ->
    [one] warning
   *[other] warnings
}
cli-score-pretty-not-json = --pretty lays out the JSON report; the other formats have one layout
cli-score-pretty-not-json-help = add --format json, or remove --pretty
cli-score-wide-not-table = --wide shows the table's texts in full; the other formats always do
cli-score-view-not-for-format = --field, --depth and --attention choose what the table and Markdown show; JSON, CSV and HTML are always whole
cli-score-view-help = add --format table or --format markdown, or remove the option
cli-score-field-unknown = --field `{ $field }`: no rubric has a field with this id
cli-score-field-suggest = did you mean `{ $field }`? the fields are { $fields }
cli-score-field-list = the fields are { $fields }
cli-check-no-baseline = check needs a baseline report, and none is given
cli-check-no-baseline-help-project = add --baseline REPORT.json, or `baseline = "reports/baseline.json"` under [project] in { $file }
cli-check-no-baseline-help = add --baseline REPORT.json: a report of `polscore score --format json`
cli-check-baseline-unrelated = no policy of { $file } is among the rubrics checked, so every node of it counts as removed
cli-check-baseline-unrelated-help = check the same rubrics that the baseline report was scored from
cli-explain-no-id = explain needs an indicator id
cli-explain-no-id-help = e.g. polscore explain rubrics/ --data inputs/ f6.un-japanese-staff (in a project: polscore explain f6.un-japanese-staff)
cli-explain-unknown = no loaded rubric defines indicator `{ $id }`
# `$what` is `field` or `goal`.
cli-explain-childless = `{ $id }` is a { $what ->
    [field] field
   *[goal] goal
} of { $file } with no indicator
cli-explain-not-indicator = `{ $id }` is a { $what ->
    [field] field
   *[goal] goal
} of { $file }; explain one of its indicators: { $indicators }
cli-explain-suggest = did you mean `{ $id }`?
cli-explain-suggest-any = did you mean one of { $ids }?
cli-explain-count = the loaded rubrics define { $count } indicators; `polscore template RUBRIC` lists them
cli-template-no-years = no years to fill in: the rubrics have no `period`
cli-template-no-years-help = name the years, e.g. --years 2024..2026
cli-template-workbook-failed = cannot make the workbook: { $error }
cli-template-workbook-terminal = a workbook is not written to a terminal
cli-template-workbook-terminal-help = name the file: --output book.xlsx (or redirect: > book.xlsx)
cli-init-exists = { $path } already exists
cli-init-exists-help = init never replaces a file: give another directory, e.g. `polscore init my-policy`
cli-init-dir-failed = cannot create { $dir }: { $error }
cli-init-created = created { $rubric }, { $data } and { $schema }
cli-init-next = next:
cli-manpage-not-dir = { $dir } is not a directory
cli-manpage-not-dir-help = create it first, e.g. mkdir -p ~/.local/share/man/man1
cli-manpage-failed = cannot render the manual page: { $error }
