# Fragment bomb: each level pastes the one below ten times (10^7 copies, 75 MB of regex); the loader must stop
# at its expansion cap (XP_MAX_EXPANDED) at once. Before 1048e28: 4 s and 240 MB here, 10 levels exhausted memory.
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
