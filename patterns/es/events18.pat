# Español: la salida de un asedio o de una cárcel dicha por quien saca a los cautivos (decimoctava sesión). Una toma
# de rehenes cuenta a las mismas personas tomadas, retenidas y liberadas (events17.pat); estas frases dicen la salida.

# Quien sale con los cautivos los saca: "salió con 26 rehenes", "el mediador salió con otros once rehenes". El
# nombre de los cautivos sigue a la cifra (una palabra entre ellos como mucho): "salió con 26 votos" no es nadie.
@rule es.release.came_out_with trigger event=release
  \b(?:sal(?:io|ieron|e|en|ia|ian|dra|dran|dria|drian)|(?:ha|han|habia|habian)\s+salido|logr(?:o|aron)\s+salir|pud(?:o|ieron)\s+salir)\s+con(?=\s+(?:(?:otros|otras|unos|unas|mas\s+de|cerca\s+de|casi|al\s+menos)\s+)?(?:\d[\d.,]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:\p{L}+\s+)?(?:{PEOPLE_HELD}|ninos|ninas|mujeres|madres|alumnos|alumnas|secuestrados|secuestradas)\b)
  + el expresidente entró en la escuela y salió con 26 rehenes => _=salió con
  + el mediador salió con otros once rehenes => _=salió con
  + pudieron salir con 30 niños => _=pudieron salir con
  - el partido salió con 26 votos
  - salió con 26 años de edad
