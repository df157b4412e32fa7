# Portuguese lexicons and normalisation tables used by the rules and by the C stages.
@table numbers numbers.tsv
@table months months.tsv
@table weekdays weekdays.tsv
@lexicon stopwords stopwords.txt
@lexicon abbreviations abbreviations.txt
@lexicon PEOPLE people.txt
@lexicon PEOPLE_HELD people_held.txt
@lexicon PEOPLE_DETAINED people_detained.txt
@lexicon UNITS units.txt
@fragment MULT = (?:mil|milhoes|milhao)
@fragment NUMWORD = {numbers}
@fragment MONTH = {months}
@fragment WEEKDAY = {weekdays}
# What a count can start with: qualifiers only count right before one of these.
@fragment NUMSTART = (?=\s*(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:uma|um)\s+(?:centena|dezena|duzia|milhar)|mei[oa]\s+(?:centena|milhar|duzia)))
@fragment ADJ = (?:politic[oa]s|venezuelan[oa]s|cuban[oa]s|nicaraguenses|palestin[oa]s|ucranian[oa]s|russ[oa]s|estrangeir[oa]s|norte-american[oa]s|bielorruss[oa]s|israelenses|de\s+consciencia|de\s+guerra|militares|civis|opositores|detid[oa]s|mais|adicionais|restantes|nov[oa]s|outr[oa]s)
