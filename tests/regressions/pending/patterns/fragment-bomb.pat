# Fragment bomb: each level pastes the one below ten times, so these 7 levels expand to 10^7 copies of the
# first fragment (75 MB of regex text) before PCRE2 refuses it as too large; 8 levels take 40 s and 2.4 GB,
# 10 levels exhaust memory. A loader fix caps the expanded size of a rule (docs/security.md).
@fragment A0 = xy
@fragment A1 = {A0}{A0}{A0}{A0}{A0}{A0}{A0}{A0}{A0}{A0}
@fragment A2 = {A1}{A1}{A1}{A1}{A1}{A1}{A1}{A1}{A1}{A1}
@fragment A3 = {A2}{A2}{A2}{A2}{A2}{A2}{A2}{A2}{A2}{A2}
@fragment A4 = {A3}{A3}{A3}{A3}{A3}{A3}{A3}{A3}{A3}{A3}
@fragment A5 = {A4}{A4}{A4}{A4}{A4}{A4}{A4}{A4}{A4}{A4}
@fragment A6 = {A5}{A5}{A5}{A5}{A5}{A5}{A5}{A5}{A5}{A5}
@fragment A7 = {A6}{A6}{A6}{A6}{A6}{A6}{A6}{A6}{A6}{A6}
@rule boom number
  (?<num>{A7})
  + xy
