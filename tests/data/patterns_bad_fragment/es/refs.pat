# A rule that refers to a fragment nobody defines.
@fragment PEOPLE = (?:presos|detenidos)

@rule es.count.nope number
  (?<num>\d+)\s+{NOPE}
  + 12 presos
