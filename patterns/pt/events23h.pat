# Português: quem está confinado num lugar de custódia está preso (sessão vinte e três, "recallheld"). Escrito a
# partir de como os jornalistas o dizem ("confinados nos chamados campos de reeducação", "confinados nas celas"); a
# casa e o quartel não são custódia nossa (prisão domiciliária, castigo militar, quarentena).
@rule pt.held.confined trigger event=held
  \bconfinad[oa]s\s+(?:em|a|n[oa]s?)\s+(?:(?:suas?|seus?)\s+)?(?:chamad[oa]s\s+)?(?:{PRISON_PLACE}|celas?|campos|campos\s+de\s+(?:detencao|reeducacao|internamento)|navio|barco)\b
  + outros 2 milhões estariam confinados nos chamados campos de reeducação => _=confinados nos chamados campos
  + os 40 presos seguem confinados nas celas => _=confinados nas celas
  - as famílias confinadas em casa
  - os soldados confinados ao quartel
