@fragment A = x{B}
@fragment B = y{A}
@rule loop number
  (?<num>{A})
  + xy
