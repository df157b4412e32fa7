# Vigésimo séptima sesión (recall: cifras que el binario no tomaba). Pruebas en tests/test_recall27.c.

# Entregar en un canje, en futuro, condicional o infinitivo: "Moscú entregará a 23 soldados ucranianos", "Rusia
# entregaría además a otros 22 militares", "va a entregar a 40 prisioneros", "había entregado también a 12 rehenes".
# events.pat leía "entregó", "entregaron" y "había entregado a los"; las demás formas no daban evento y la cifra se
# perdía. Solo ante una cifra y un sustantivo de personas (REL25_WHO): una lista, armas o cuerpos entregados no.
@rule es.release.hand_over_forms trigger event=release
  \b(?:entregar(?:a|an|ia|ian|emos|e)?|(?:va|van|iba|iban|vamos)\s+a\s+entregar|(?:ha|han|habia|habian|habra|habran|habria|habrian)\s+entregado)(?:\s+(?:ademas|tambien|hoy|ya|manana|luego))?(?=\s+a(?:\s+(?:otros|otras|unos|unas|mas\s+de|cerca\s+de|casi|los|las|todos\s+los|sus|al\s+menos))*\s*["“«]?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?!nombres\b|casos\b){REL25_WHO}(?!\s+(?:el|la|los|las|un|una|su|sus)\s))
  + el Kremlin dijo que Moscú entregará a 23 soldados ucranianos heridos => _=entregará
  + Rusia entregaría además a otros 22 militares => _=entregaría además
  + la guerrilla va a entregar a 40 prisioneros => _=va a entregar
  + la milicia había entregado también a 12 rehenes => _=había entregado también
  - la comisión entregará una lista de 23 nombres
  - el ejército entregará 300 fusiles
  - entregaría a 20 periodistas el informe

# Poner en manos del otro bando es entregar: "Moscú pondría en manos de Kiev a 23 soldados". No en manos de la
# justicia, un juez, la fiscalía o la policía (eso es procesar a detenidos, no soltarlos).
@rule es.release.into_hands trigger event=release
  \b(?:pon(?:dra|dran|dria|drian|e|en)|puso|pusieron|poner|(?:ha|han|habia|habian)\s+puesto)\s+en\s+manos\s+de(?:l)?(?!\s+(?:la\s+)?(?:justicia|fiscalia|policia|juez|jueces|tribunal|tribunales|guardia)\b)(?:\s+[\p{L}'-]+){1,3}?(?=\s+a(?:\s+(?:otros|otras|unos|unas|mas\s+de|cerca\s+de|casi|los|las|todos\s+los|sus))*\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  + la Presidencia rusa informó de que Moscú pondría en manos de Kiev a 23 soldados ucranianos => _=pondría en manos de Kiev
  - la policía puso en manos de la justicia a 23 detenidos
  - puso en manos de Kiev 23 tanques

# Volver del cautiverio en tiempos compuestos: "más de 5.000 ucranianos han regresado del cautiverio", "4.300
# militares que han vuelto del cautiverio". events.pat solo leía el pretérito ("regresaron del cautiverio").
@rule es.release.back_from_captivity trigger event=release
  \b(?:(?:ha|han|habia|habian|hayan|habria|habrian|habran)\s+(?:regresado|vuelto|retornado)|regresan|vuelven|retornan|regresaran|volveran|regresar|volver)\s+(?:del|de)\s+(?:cautiverio|secuestro)\b
  + más de 5.000 ucranianos han regresado del cautiverio => _=han regresado del cautiverio
  + los militares que han vuelto del cautiverio => _=han vuelto del cautiverio
  - han regresado del viaje

# Llevados al cautiverio en pasiva o como participio tras las personas (detention), como la activa "se llevaron a 45
# personas" (es.detention.verb): "unas 240 personas fueron llevadas a Gaza como rehenes", "300 campesinos llevados a la
# selva", "40 obreros conducidos al cautiverio". Solo con "como rehenes" o un lugar adonde los captores llevan gente
# (el cautiverio, la selva, el monte); "llevados al hospital" no es de los nuestros.
@rule es.detention.taken_away_passive trigger event=detention
  \b(?:llevad[oa]s|conducid[oa]s|arrastrad[oa]s|trasladad[oa]s)\s+(?:(?:a|hasta|hacia)\s+[\p{L}]+\s+)?(?:como\s+rehenes|como\s+cautiv[oa]s|al\s+cautiverio|a\s+la\s+selva|al\s+monte)\b
  + unas 240 personas fueron llevadas a Gaza como rehenes => _=llevadas a Gaza como rehenes
  + 300 campesinos llevados a la selva => _=llevados a la selva
  - 40 heridos fueron llevados al hospital
  - fueron trasladados a Gaza en ambulancias
