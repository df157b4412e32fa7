# Vigesimoquinta sesión (claimants). Una agencia o emisora nombrada tras un descriptor con gentilicio ("la agencia
# de noticias argelina APS", "la emisora filipina DZRB") es ese medio, de clase media: es.pronoun.media solo lee una
# lista corta de adjetivos, y es.pronoun.bare_media rechaza el nombre que sigue.
@rule es.pronoun.media_demonym pronoun exact ref=organization kind=media
  (?<![\p{L}])(?i:(?:la|de\s+la|a\s+la|una)\s+)(?i:agencia\s+(?:de\s+noticias|noticiosa|de\s+prensa)|emisora(?:\s+de\s+(?:radio|televisión))?|radio|televisión|cadena(?:\s+de\s+(?:radio|televisión))?)(?:\s+(?:estatal|oficial|pública|privada))?\s+\p{Ll}+(?:ense|ana|ano|és|esa|ina|ino|iana|iano|ita|í)(?:\s+(?:estatal|oficial|pública|privada))?(?=\s+["\x{201C}\x{AB}]?\p{Lu})
  + Según la agencia de noticias argelina APS, siguen doce rehenes => _=la agencia de noticias argelina
  + informó la emisora filipina DZRB => _=la emisora filipina
  + según la agencia de noticias estatal iraní Irna => _=la agencia de noticias estatal iraní
  - según la agencia de noticias, doce rehenes
  - la emisora filipina informó
  - la radio de la policía
  - según la agencia estadounidense DEA

# Twenty-fifth session (claimants). An airline named "Air" and a capitalised word ("Air France", "Air Algérie", "Air
# India") is a company, of kind organization, not a person the two capitalised words looked like; "Air Force" is
# an armed force, the state's.
@rule es.actor.air_company actor exact kind=organization company=1
  (?<![\p{L}])(?<name>Air\s+(?!Force(?![\p{L}]))\p{Lu}\p{Ll}[\p{L}\-]*)(?![\p{L}])(?!\s+\p{Lu})
  + Air France says 12 crew members were released => name=Air France
  + segundo a Air Algérie, 40 passageiros => name=Air Algérie
  - the Air Force said
  - Air Force One
  - Air Transport Association

# Vigesimoquinta sesión (claimants). Reaccionar o responder en un comunicado, una nota o un mensaje que se cita tras
# dos puntos ("El Foro reacciona en un comunicado: «… 76 rehenes siguen en Gaza»") es decir lo citado: el verbo
# habla, y la cita es suya (S_quote_byline_at lee los dos puntos).
@rule es.cue.reacted_in_statement cue
  \b(?:reaccion(?:o|a|an|aron)|respondi(?:o|eron)|responde|responden|replic(?:o|a|an|aron))(?=\s+(?:(?:hoy|ayer|luego|enseguida|de\s+inmediato)\s+)?(?:en|con|mediante|a\s+traves\s+de)\s+(?:un|una|el|la|su)\s+(?:comunicado|nota|mensaje|declaracion|publicacion|tuit)(?:\s+[\p{L}\-]+){0,4}?\s*:)
  + El Foro de Familias reacciona en un comunicado: "76 rehenes siguen en Gaza" => _=reacciona
  + la fiscalía respondió ayer con una nota oficial: "Son 40 los detenidos" => _=respondió
  - reaccionó en un comunicado difundido por la noche
  - El Foro reacciona: "76 rehenes siguen en Gaza"

# Vigesimoquinta sesión (claimants). Una sola fuente anónima de un organismo con nombre ("según una fuente del
# Servicio Penitenciario Federal", "dijo una fuente de la Guardia Civil") no se sabe quién es: kind=unknown, y el
# nombre es la descripción tal como está escrita (docs/corpus.md, "Unnamed officials": "fuente policial de Almaty").
# El plural ("fuentes de la Guardia Civil") queda como estaba: el oro lo anota de tres maneras.
@rule es.actor.single_named_source actor exact kind=unknown
  (?<![\p{L}])(?:[Uu]na|[Oo]tra|[Ll]a\s+misma)\s+(?<name>fuente\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+\p{Lu}[\p{L}\-]+(?:\s+(?:(?:de|del|de\s+la|de\s+los|y)\s+)?\p{Lu}[\p{L}\-]+){0,6})(?![\p{L}])
  + Según una fuente del Servicio Penitenciario Federal, siete siguen presos => name=fuente del Servicio Penitenciario Federal
  + dijo una fuente de la Guardia Civil => name=fuente de la Guardia Civil
  - una fuente de ingresos
  - fuentes de la Guardia Civil
  - una fuente del ministerio
