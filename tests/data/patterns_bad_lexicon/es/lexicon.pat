# A lexicon whose file does not exist.
@table numbers numbers.tsv
@lexicon PEOPLE no_such_people_file.txt
