@
@ #
@rule
@rule x
@rule x number extra=1 a=b c=d e=f g=h i=j k=l m=n o=p q=r
  (?<num>\d+)
  +
  +[xx] 1
  +[es
  - 1 => a=b
@fragment
@lexicon a
@table t
@lexicon l shared
@lexicon l2 .
@lexicon l3 fuzz.pat
