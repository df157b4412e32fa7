# Español: quien está confinado en un lugar de custodia está retenido (sesión veintitrés, "recallheld"). Escrito
# desde cómo lo dicen los periodistas ("confinados en campos de reeducación", "confinados en sus celdas"); la casa y
# el cuartel no son custodia nuestra (arresto domiciliario, castigo militar, cuarentena).
@rule es.held.confined trigger event=held
  \bconfinad[oa]s\s+(?:en|a)\s+(?:los\s+|las\s+|sus\s+|el\s+|la\s+)?(?:llamad[oa]s\s+)?(?:{PRISON_PLACE}|celdas?|campos|campamentos\s+de\s+(?:detencion|reeducacion|internamiento)|el\s+barco|el\s+buque)\b
  + un millón de personas estarían confinados en campos de reeducación => _=confinados en campos
  + los 40 presos siguen confinados en sus celdas => _=confinados en sus celdas
  - las familias confinadas en sus casas
  - los soldados confinados en el cuartel
