# A table with a row that has no TAB-separated value.
@table numbers numbers.tsv
