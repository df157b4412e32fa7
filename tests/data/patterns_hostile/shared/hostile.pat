# A deliberately hostile pattern set (tests/test_pathological.c): rules whose regexes take exponential time or
# unbounded backtracking depth on ordinary text. PCRE2's match limit and depth limit (the JIT stack, when the JIT
# compiles the rule) must stop them: the rule is skipped with one warning naming the document and the rule.

# Every way of cutting every word into pieces, looking for a digit that never comes: exponential.
@rule hostile.backtrack number
  (?<num>(?:\w+\s?)+\d)
  + abc 1 => num=abc 1

# One backtracking frame per character of a long sentence.
@rule hostile.deep number
  (?<num>(?:\w|\s)*\d)
  + ab 1 => num=ab 1

@rule hostile.plain number
  (?<num>\d+)
  + 24 => num=24
