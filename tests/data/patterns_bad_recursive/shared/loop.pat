# Two fragments that refer to each other: expansion must stop with an error, not recurse forever.
@fragment PING = a{PONG}
@fragment PONG = b{PING}

@rule loop.rule veto
  {PING}
  + ab
