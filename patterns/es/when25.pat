# Vigesimoquinta sesión (fechas de los hechos contados). "Para finales de 1976 ya habían sido detenidas más de
# 5.000 personas", "para fines de noviembre habían salido los 30": lo alcanzado para el final de un año o de un mes
# cuenta hasta su último día, como "hasta finales de" (es.daterole.to, es.date.year, es.date.month_alone). "A
# finales de" no es esto: fecha un hecho sin día (null) o el estado de los presos (es.daterole.end_of).
@rule es.daterole.by_end_of daterole role=to
  \bpara(?=\s+(?:finales|fines|el\s+final|el\s+fin|el\s+cierre)\s+(?:de|del)\s+(?:(?:{MONTH})\b|(?:el\s+ano\s+)?(?:19|20)\d{2}\b|ano\b))
  + para finales de 1976 ya habían sido detenidas 5.000 personas => _=para
  + Para fines de noviembre habían salido los 30 => _=Para
  - para finales de semana
  - para el final del partido
@rule es.date.by_end_of_year date
  \bpara\s+(?:finales|fines|el\s+final|el\s+fin|el\s+cierre)\s+(?:de|del)\s+(?:el\s+ano\s+)?(?<yearonly>(?:19|20)\d{2})\b(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + para finales de 1976 ya habían sido detenidas 5.000 personas => yearonly=1976
  - para finales de 2.020 casos
@rule es.date.by_end_of_month date
  \bpara\s+(?:finales|fines|el\s+final|el\s+fin|el\s+cierre)\s+de\s+(?<monthonly>{MONTH})\b(?!\.?\s*(?:de\s+|del\s+)?\d)
  + Para fines de noviembre habían salido los 30 => monthonly=noviembre
  - para finales de noviembre de 2013
