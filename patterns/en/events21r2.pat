# English recall rules of the twenty-first session, second wave (recall2). Twins in es/ and pt/events21r2.pat.

# Leave to go, given to the people counted: captives, hostages or prisoners "permitted / authorised to leave", "whom the
# regime allowed to leave", "were allowed to go home". Being let go by whoever held them is a release, whatever place
# they leave (en.release.captives_out has the plain "were allowed to leave"). A negation before it keeps them in.
@rule en.release.allowed_to_leave trigger event=release
  (?<!not\s)(?<!never\s)\b(?:were|was|been|be|are|is|being)\s+(?:(?:finally|later|then|also|all|today|yesterday)\s+)?(?:permitted|authori[sz]ed|allowed)\s+to\s+(?:leave|go\s+home|go\s+free|walk\s+free|return\s+home)\b
  | \b(?:whom|who|that)\s+(?:the\s+)?(?:[\p{L}.'-]+\s+){1,3}(?:allowed|permitted|authori[sz]ed)\s+to\s+(?:leave|go\s+home|go\s+free)\b
  + 60 sick prisoners whom Havana allowed to leave that month => _=whom Havana allowed to leave
  + about 30 hostages had been permitted to leave the embassy => _=been permitted to leave
  + 12 detainees were authorised to go home on Friday => _=were authorised to go home
  - 12 detainees were not allowed to leave their cells
  - residents who wanted to leave the city
