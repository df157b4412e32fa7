# A rule whose regex does not compile (the group is never closed).
# The loader must name this file and the line of the @rule.

@rule bad.unclosed number
  (?<num>\d+
  + 12 presos
