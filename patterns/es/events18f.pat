# Spanish: figures missed and figures invented (eighteenth session).

# Ser retenido en pasiva perfecta es el acto de retener, una detención: "dos activistas … fueron retenidos por los
# guardacostas", "208 personas habían sido retenidas para ser interrogadas" (la gold las anota como detención). El
# participio solo ("siguen retenidos", "los retenidos") sigue siendo un estado (es.held.verb).
@rule es.detention.passive_retained trigger event=detention
  \b(?:fueron|fue|han\s+sido|ha\s+sido|habian\s+sido|habia\s+sido|habrian\s+sido)\s+(?:(?:ya|luego|despues|brevemente|temporalmente)\s+)?retenid[oa]s?\b
  + dos activistas intentaron escalar la plataforma y fueron retenidos por los guardacostas => _=fueron retenidos
  + 208 personas habían sido retenidas para ser interrogadas => _=habían sido retenidas
  - 40 personas siguen retenidas en la comisaría
  - los 12 retenidos fueron devueltos a sus familias
