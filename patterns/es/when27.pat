# Twenty-seventh session (dates of counted events, issue #3). "82 arrests in the first two days", "900 arrestos en los
# últimos diez días", "82 detenções nas primeiras 48 horas": a run of days up to the day the figure was given
# (when.c, xc_last_days; tests in tests/test_when27.c). The phrase and its unit are tables, read by the C stage.
@table span_lengths span_lengths.tsv
@table span_units span_units.tsv
