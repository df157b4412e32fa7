# Vigesimoséptima sesión (claimants). Dar una lista es dar su cifra: "La Alianza Cívica, que agrupa a empresarios,
# entregó a los mediadores una lista con 647 presos", "la ONG, con sede en Madrid, incluyó en su lista más reciente
# más de mil presos políticos". Sin verbo de habla, el sujeto tras un inciso no se leía (solo un verbo de habla
# abre el paseo del sujeto); el verbo de entregar, presentar, publicar o incluir seguido de pocas palabras y de
# "una/su/la lista" es ahora un verbo de informe de quien la da.
@rule es.cue.list_given cue
  \b(?:entreg(?:o|aron|a|an|aba|aban)|(?:ha|han|habia|habian)\s+entregado|present(?:o|aron|a|an|aba|aban)|(?:ha|han|habia|habian)\s+presentado|public(?:o|aron|a|an|aba|aban)|(?:ha|han|habia|habian)\s+publicado|difund(?:io|ieron|e|en)|divulg(?:o|aron|a|an)|remiti(?:o|eron)|envi(?:o|aron)|(?:ha|han)\s+enviado|inclu(?:yo|yeron|ye|yen|ia|ian)|(?:ha|han|habia|habian)\s+incluido)(?=(?:\s+[\p{L}\-]+){0,5}?\s+(?:una|su|la|sus|las)\s+(?:(?:nueva|nuevas|ultima|ultimas|propia|propias|primera)\s+)?listas?\b)
  + La Alianza Cívica, que agrupa a empresarios, entregó a los mediadores una lista con 647 presos => _=entregó
  + la ONG incluyó en su lista más reciente más de mil presos políticos => _=incluyó
  + el colectivo ha publicado su propia lista de 90 detenidos => _=ha publicado
  - entregó a los detenidos a la policía
  - la lista de 40 presos que circula
  - presentó una denuncia por 30 detenciones
