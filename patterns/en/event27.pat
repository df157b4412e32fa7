# Twenty-seventh session (event): "there were at the start of February some 10,000 Palestinians detained on security
# grounds": an existential before an inverted count says the people's state now, held; the participle after their
# noun only describes them. en.held.verb already reads "there were" as a held word; the lexicon below lets
# claims.c (S_remain_before) take it as a verb of remaining before the count, as es/pt *.held.copula_inverted do.
# Only when the figure, the people noun and the participle follow closely (at most six words of adjunct before the
# figure, no punctuation).

@lexicon copula_state_words copula_state_words.txt
