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
