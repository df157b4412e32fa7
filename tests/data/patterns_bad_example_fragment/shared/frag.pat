# Examples belong to rules, not to fragments.
@fragment DIGITS = \d+
  + 12
