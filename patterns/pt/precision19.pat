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
