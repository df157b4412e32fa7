@fragment F0 = {F1}
@fragment F1 = {F2}
@fragment F2 = {F3}
@fragment F3 = {F4}
@fragment F4 = {F5}
@fragment F5 = {F6}
@fragment F6 = {F7}
@fragment F7 = {F8}
@fragment F8 = {F9}
@fragment F9 = {F10}
@fragment F10 = {F11}
@fragment F11 = {F12}
@fragment F12 = {F13}
@fragment F13 = {F14}
@fragment F14 = {F15}
@fragment F15 = {F16}
@fragment F16 = {F17}
@fragment F17 = {F18}
@fragment F18 = {F19}
@fragment F19 = {F20}
@fragment F20 = z
@rule r1 number
  (?<num>{F0})
  + z
