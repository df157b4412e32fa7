# Vigésima segunda sesión (recall). Los rehenes evacuados del lugar tomado salen de él: "más de 200 rehenes fueron
# evacuados con vida", "los cautivos han sido evacuados". Solo tras un nombre de cautivos: los vecinos, turistas o
# heridos evacuados no eran cautivos de nadie (es.other lee "evacuados" sin más como ningún evento).
@fragment R22_CAUTIVOS = (?<=rehenes\s|secuestrados\s|secuestradas\s|cautivos\s|cautivas\s|retenidos\s|retenidas\s)
@rule es.release.captives_evacuated trigger event=release
  {R22_CAUTIVOS}(?:(?:ya|todos|finalmente)\s+)?(?:fueron|han\s+sido|habian\s+sido|son|eran)\s+(?:(?:todos|ya|finalmente)\s+)?evacuad[oa]s\b
  + unos 40 rehenes fueron evacuados con vida por los bomberos => _=fueron evacuados
  + los 12 secuestrados han sido evacuados en helicóptero => _=han sido evacuados
  - unos 300 vecinos fueron evacuados por el incendio
  - los rehenes pidieron ser evacuados
