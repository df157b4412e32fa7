@table numbers numbers.tsv
@table months months.tsv
@lexicon stopwords stopwords.txt
@lexicon people people.txt
@lexicon self fuzz.pat
@rule n number
  (?<num>{numbers}|\d+)\s(?:{people})
  + veinte presos
@rule s subject
  {people}|{self}
  + presos
