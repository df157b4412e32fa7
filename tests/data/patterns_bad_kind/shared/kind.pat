# A rule of a kind the recognizer does not know.
@rule weird.thing frobnicate
  \d+
  + 12
