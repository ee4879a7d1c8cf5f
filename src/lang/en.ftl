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
