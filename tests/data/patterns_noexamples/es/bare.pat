# Rules that load fine but have no example proving they match anything: the checker must flag both.

@rule es.bare.none number
  (?<num>\d+)\s+presos

@rule es.bare.negative_only number
  (?<num>\d+)\s+detenidos
  - sin cifras
