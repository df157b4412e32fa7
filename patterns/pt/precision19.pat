# Português: números que não contam ninguém (sessão dezanove, precision2).

@fragment NUM19 = (?:\b(?:{NUMWORD})(?![\p{L}])|(?<![\d.,])\d{1,3}(?![\d.,]\d))

# "foram interrogados um dia ou dois", "uma semana ou duas depois": o número depois de "um dia ou" é uma duração
# com a unidade de antes, não um número de pessoas.
@rule pt.veto.unit_or_figure veto
  \b(?:um|uma)\s+(?:dia|noite|semana|mes|ano|hora|minuto)\s+ou\s+(?:{NUM19})
  + alguns foram interrogados um dia ou dois e mandados para casa => _=um dia ou dois
  + ficaram retidos uma semana ou duas => _=uma semana ou duas
  - um dia depois, dois presos foram libertados
  - a polícia deteve um ou dois manifestantes

# Uma unidade de tempo que se cala da segunda vez: "passou 18 anos em Robben Island e depois seis na prisão de
# Pollsmoor" (seis anos). Só depois de "depois" / "mais tarde", onde outro grupo de pessoas precisaria do seu
# próprio nome; o veto toma só o segundo número (\K).
@rule pt.veto.elided_unit veto
  (?:{NUM19})\s+(?:anos?|meses|mes|semanas?|dias?)\b[^.;:?!]{0,80}?\b(?:e\s+|,\s*)(?:depois|mais\s+tarde|em\s+seguida|a\s+seguir)\s+(?:outros\s+|outras\s+|mais\s+)?\K(?:{NUM19})(?=\s+(?:na|no|nas|nos|em)\b)
  + cumpriu 12 anos numa cadeia do norte, e depois quatro na prisão da capital => _=quatro
  + esteve cinco meses em Evin e mais tarde três em Qarchak => _=três
  - passou 18 anos na prisão e 40 dos seus companheiros foram libertados
  - depois de cinco dias, 40 pessoas foram libertadas em Lima

# Um número citado de volta dentro de uma frase que o declara falso ("Falar em 10 mil presos é inventar um dado",
# "o número de 10 mil não tem base"), no veredicto de um verificador, não afirma nada de novo: a checagem já deu o número onde cita quem o disse
# (docs/corpus.md: um número só citado de volta é no máximo opcional). A frase corta-se em "mas"/"porque", onde
# começa o número do próprio verificador. O desmentido de quem fala ("é falso que haja 150 opositores presos") é o
# seu próprio número (denies: o ouro de es/93).
@fragment CLAUSE19 = (?:(?!\s*\b(?:mas|porque|enquanto|embora|e\s+sim)\b)(?:[^.;:?!]|(?<=\d)[.](?=\d)))*
@rule pt.veto.claim_called_false veto
  \bfalar\s+em\b(?:(?!\b(?:mas|porque)\b)[^.;:?!]){0,60}?\be\s+(?:inventar|mentir|falso|mentira|exagero|exagerar|fantasia)\b
  | \bnao\s+(?:existe|ha)\s+(?:nenhuma\s+|nenhum\s+)?(?:base|prova|evidencia|dado|registo|registro|fundamento)s?(?:\s+(?:documental|oficial|alguma|algum))?\s+(?:para\s+(?:afirmar|dizer)\s+|de\s+)que\b{CLAUSE19}
  | \b(?:o\s+(?:numero|dado)|a\s+(?:cifra|afirmacao))\s+de\s+{CLAUSE19}?\b(?:nao\s+tem\s+(?:nenhuma\s+)?(?:base|fundamento|sustentacao|respaldo)|carece\s+de\s+(?:base|fundamento))\b
  + O número de 20 mil detidos não tem base em dado oficial algum. => _=O número de 20 mil detidos não tem base
  + Falar em 8 mil detidos é exagero, afirmou o ministro. => _=Falar em 8 mil detidos é exagero
  + não há nenhuma prova de que 500 manifestantes continuem detidos => _=não há nenhuma prova de que 500 manifestantes continuem detidos
  + não há prova de que houvesse 3 mil presos, mas sim 627 => _=não há prova de que houvesse 3 mil presos,
  - é falso que haja 150 opositores presos, disse o ministro
  - não é verdade que haja mil presos na cadeia
  - a comissão contabilizou 627 detidos
