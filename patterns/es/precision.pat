# Spanish: figures that are no count of ours, or whose event word says something else (tenth session, precision).

# Asking for people to be freed says they are still held: "exigió la liberación de 40 presos", "piden que sean
# excarcelados los 12 detenidos". The phrase, demand verb to release word, is longer than the release word inside
# it, so it replaces it; a release that did happen ("liberó a 40") is said with a verb of its own.
@rule es.held.demand trigger event=held demand=1 asks=1
  \b(?:exig(?:e|en|io|ieron|ia|ian|ir|iendo|imos)|pid(?:e|en|io|ieron|iendo)|ped(?:ir|ia|ian|imos)|reclam(?:a|an|o|aron|aba|aban|ar|ando|amos)
     |demand(?:a|an|o|aron|aba|aban|ar|ando|as)|solicit(?:a|an|o|aron|aba|aban|ar|ando))\b
  (?:[\s,]+(?!(?:y|pero|aunque|mientras)\b)[^\s.;:,]+){0,4}?
  [\s,]+(?:(?:la|su|que\s+(?:sean|se|fueran)(?:\s+tambien)?)\s+)?(?:inmediata\s+)?
  (?:liberacion|excarcelacion|libertad|puesta\s+en\s+libertad|liberar|excarcelar|liberad[oa]s|excarcelad[oa]s|liberen|excarcelen)\b
  (?:\s+(?:inmediata|incondicional)(?:\s+e\s+incondicional)?\b)?
  (?:\s+de\s+(?:esos|esas|estos|estas|aquellos|aquellas)(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}]))))?
  + la oposición exige la liberación de 35 presos políticos => _=exige la liberación
  + los familiares piden que sean excarcelados otros nueve reclusos => _=piden que sean excarcelados
  + la ONG reclamó una vez más la libertad de 12 activistas => _=reclamó una vez más la libertad
  # twenty-ninth session: an adjective after the noun ("la liberación inmediata de esos 37 detenidos")
  + el CELS reclamó la liberación inmediata de esos 37 detenidos => _=reclamó la liberación inmediata de esos
  + el comando exigía, entre otras cosas, la liberación de 15 reclusos => _=exigía, entre otras cosas, la liberación
  - el gobierno liberó a 35 presos políticos
  - el juez ordenó la liberación de 12 detenidos
  - pidieron perdón y después liberaron a 20

# The demand named by a noun ("su principal exigencia era la liberación de 300"): no verb whose subject asks.
@rule es.held.demand_noun trigger event=held demand=1
  \b(?:exigencias?|reivindicacion(?:es)?|peticion(?:es)?|reclamos?|reclamaciones?|condicion(?:es)?)\b
  (?:[\s,]+(?!(?:y|pero|aunque|mientras)\b)[^\s.;:,]+){0,4}?
  [\s,]+(?:(?:la|su|que\s+(?:sean|se|fueran)(?:\s+tambien)?)\s+)?(?:inmediata\s+)?
  (?:liberacion|excarcelacion|libertad|puesta\s+en\s+libertad|liberar|excarcelar|liberad[oa]s|excarcelad[oa]s|liberen|excarcelen)\b
  + su principal exigencia era la excarcelación de unos 300 presos => _=exigencia era la excarcelación
  + puso como condición la liberación de 20 rehenes => _=condición la liberación
  - el gobierno liberó a 35 presos políticos
  - el juez ordenó la liberación de 12 detenidos
  - pidieron perdón y después liberaron a 20

# A figure that multiplies another is no count of people: "la cifra se multiplicó por cuatro", "multiplica por
# seis el número de detenidos".
@rule es.veto.multiplier veto
  \bmultiplic\w*\s+(?:\S+\s+){0,3}?por\s+(?:\d[\d.,]*|{NUMWORD})\b
  + el rumor multiplica por diez la cifra oficial de arrestos
  + la cifra de presos se multiplicó por 3 en un año
  - se detuvo a diez personas

# People in hospital are counted for their injuries, not for custody: "seis policías siguen hospitalizados",
# "cuatro manifestantes ingresados en el hospital".
@rule es.other.hospital trigger event=none
  \b(?:(?:sigu\w*|permanec\w*|continu\w*|est[aá]n|estaban|quedaron|fueron|han\s+sido)\s+)?
  (?:hospitalizad[oa]s|(?:ingresad|internad|atendid|trasladad)[oa]s\s+(?:\S+\s+){0,2}?(?:hospital|hospitales|clinica|clinicas|centro\s+medico|centros\s+medicos)|(?:internad|ingresad)[oa]s\s+(?:\S+\s+){0,2}?en\s+estado\s+(?:(?:muy|considerado)\s+)?(?:grave|critico|serio|reservado|delicado))\b
  # twenty-ninth session: in hospital told by the patient's condition ("siguen internadas en estado grave")
  + tres personas siguen internadas en estado grave => _=siguen internadas en estado grave
  + cuatro bomberos siguen hospitalizados desde el domingo => _=siguen hospitalizados
  + 12 manifestantes permanecen ingresados en el hospital central => _=permanecen ingresados en el hospital
  + nueve agentes fueron trasladados a un hospital => _=fueron trasladados a un hospital
  - 40 presos siguen internados en el penal
  - 12 detenidos fueron trasladados a la cárcel

# A march, a rally or a crowd of so many is no count of people held or freed: "una marcha de unas 8.000 personas".
@rule es.other.crowd_of trigger event=none
  \b(?:marcha|manifestacion|concentracion|multitud|protesta|caravana|muchedumbre|movilizacion|vigilia)\s+(?:multitudinaria\s+)?de(?=\s+(?:unas?\s+|cerca\s+de\s+|mas\s+de\s+|casi\s+|hasta\s+|alrededor\s+de\s+)?(?:\d|(?:{NUMWORD})\b))
  + se desgajaron de una marcha de unas 8.000 personas => _=marcha de
  + una multitud de 300 estudiantes rodeó la comisaría => _=multitud de
  - la marcha terminó con 30 detenidos

# Dispersing a crowd is no arrest: "la policía dispersó con gases a unos 200 jóvenes" counts no one we count.
@rule es.other.disperse trigger event=none
  \b(?:dispers(?:o|aron|a|an|aba|aban|ar|ando)|disuel(?:ve|ven)|disolvio|disolvieron|repeli(?:o|eron|a|an))\b
  + la policía dispersó con gases a unos 200 jóvenes => _=dispersó
  + los antidisturbios repelieron a cientos de manifestantes => _=repelieron
  - la policía detuvo a 20 jóvenes
