# Vigesimocuarta sesión: una cifra, versión o noticia llamada mentira o menospreciada (docs/design.md,
# "Twenty-fourth session: disputes and denials"). before=1: la regla lee el sustantivo de la cifra antes de la
# marca, así que la marca juzga la cifra nombrada antes (claims.c, S_stance), nunca la cifra propia que sigue.
@lexicon predicate_copulas predicate_copulas.txt
@lexicon lie_words lie_words.txt
@lexicon belittle_words belittle_words.txt
@lexicon only_words only_words.txt
@lexicon estimate_words estimate_words.txt

# "la versión de que 50 milicianos salieron libres es un montaje", "la noticia de que 30 fueron detenidos es falsa":
# llamar mentira a una cifra o a una noticia niega los hechos que cuenta.
@rule es.stance24.lie stance stance=denies before=1
  \b(?:cifras?|numeros?|balances?|recuentos?|versi(?:on|ones)|noticias?|informaci(?:on|ones)|denuncias?|afirmaci(?:on|ones)|rumores|datos)\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,100}?
  \b(?:es|era|fue|son|eran|como)\s+(?:(?:una|un|pura|puro|mera|mero|total|absoluta|completa|simple)\s+|["“'«]\s*)*\K(?:{lie_words})\b
  |\b(?:versi(?:on|ones)|noticias?|informaci(?:on|ones)|afirmaci(?:on|ones)|rumores?)\s+de\s+que\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,120}?\b(?:es|era|son|eran)\s+(?:(?:completamente|totalmente|absolutamente|simplemente)\s+|["“'«]\s*)*\K(?:falsa|falsas|falso|falsos)\b
  + La noticia de que 80 guardias fueron capturados es un montaje, dijo el ministro. => _=montaje
  + el ministro calificó la cifra de 900 presos de los observadores como "pura invención" => _=invención
  + "La versión de que 300 reclusos salieron es completamente falsa", dijo => _=falsa
  - las dos mujeres fueron acusadas de difundir propaganda
  - los 40 activistas fueron acusados de mentiras contra el Estado

# "calificó de 'mentira' la cifra de más de 1.000 presos": el calificativo antes de la cifra que juzga.
@rule es.stance24.lie_ahead stance stance=denies
  \bcalific(?:o|aron|a|an|ado|aba)\s+(?:de|como)\s+["“'«]?(?:(?:una|un|pura|mera|total)\s+)?(?:{lie_words})\b
  + un portavoz calificó como "difamación" la cifra de más de 1.000 presos
  + calificaron de pura mentira la noticia de que 40 personas fueron detenidas
  - calificó de injusta la condena de los 40 presos

# "calificó de «propaganda» la cifra de 190 liberados": el calificativo que menosprecia, antes de la cifra.
@rule es.stance24.belittle_ahead stance stance=disputes
  \bcalific(?:o|aron|a|an|ado|aba)\s+(?:de|como)\s+["“'«]?(?:(?:una|un|pura|mera|simple)\s+)?(?:{belittle_words})\b
  + el portavoz calificó de «propaganda» la cifra de 190 liberados
  - calificó de urgente la liberación de los 40 presos

# "rechazó la cifra oficial de 3.400 como un truco contable", "la cifra de 300 está lejos de la realidad": una cifra
# dicha errónea, sin negar los hechos.
@rule es.stance24.belittle stance stance=disputes before=1
  \b(?:cifras?|numeros?|balances?|recuentos?|estimaci(?:on|ones)|versi(?:on|ones)|datos)\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,100}?
  \b(?:es|era|fue|son|eran|como|esta|estaba|queda|quedaba)\s+(?:(?:una|un|simplemente|solo|claramente|muy)\s+|["“'«]\s*)*\K(?:{belittle_words})\b
  + la comisión rechazó la cifra de 3.400 liberados del ministerio como "un truco contable" => _=truco contable
  + Dijo que la cifra de 2.000 estaba "lejos de la realidad" => _=lejos de la realidad
  + la policía descartó las cifras de 900 de los observadores como "propaganda" => _=propaganda
  - los 40 presos estaban lejos de sus familias
  - Los 609 presos son una cifra oficial, pero llamar «propaganda» a las denuncias es otra cosa
