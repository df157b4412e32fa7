# An example with no rule above it.

+ 12 presos
@rule early.number number
  (?<num>\d+)
  + 12 presos
