# Vigésima cuarta sesión (recall). Poner a salvo a alguien es sacarlo de manos de quien lo tiene: "hemos puesto a
# salvo a 151 rehenes", "los militares pusieron a salvo a 30 personas". es.release (events.pat) solo leía la pasiva
# ("habían sido puestos a salvo"); la activa lleva el objeto después (el "a" del objeto y la cifra). No los bienes ni
# los documentos que alguien pone a salvo (sin cifra detrás no hay objeto de personas).
@rule es.release.put_safe trigger event=release
  \b(?:pon(?:er|e|en|emos)|pus(?:o|ieron|imos|e)|puesto)\s+a\s+salvo\s+a{NUMSTART}
  | \b(?:pon(?:er|e|en|emos)|pus(?:o|ieron|imos|e)|puesto)\s+a\s+salvo\s+a(?=(?:\s+(?:otros|otras|los|las|unos|unas|mas\s+de|al\s+menos|cerca\s+de))+{NUMSTART})
  + "Desde el 9 de septiembre hemos puesto a salvo a 151 rehenes" => _=puesto a salvo a
  + los soldados pusieron a salvo a 30 pasajeros => _=pusieron a salvo a
  + la patrulla puso a salvo a más de 20 turistas retenidos => _=puso a salvo a
  - los bomberos pusieron a salvo los documentos del archivo
  - puso a salvo a su familia

# Salir con vida de un lugar tomado (avión, banco, embajada: R23_SITIO de events23r.pat) es quedar libre: "habían
# salido con vida del aparato los 173 pasajeros". No de un accidente, un derrumbe ni un incendio (sin lugar de la
# lista no hay regla).
@rule es.release.came_out_alive trigger event=release
  \bsal(?:ieron|ido|en|io|dran|ian)\s+(?:con\s+vida|ilesos|ilesas|sanos\s+y\s+salvos|sanas\s+y\s+salvas)\s+(?:del|de\s+la)\s+(?:{R23_SITIO}|aparato)\b
  + habían salido con vida del aparato los 173 pasajeros => _=salido con vida del aparato
  + 40 rehenes salieron ilesos del banco => _=salieron ilesos del banco
  - 12 mineros salieron con vida de la mina
  - salieron con vida del accidente
