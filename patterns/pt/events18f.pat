# Portuguese: figures missed and figures invented (eighteenth session).

# Ser retido na passiva perfeita é o ato de reter, uma detenção: "dois ativistas … foram retidos pela guarda
# costeira", "208 pessoas tinham sido retidas para interrogatório". O particípio só ("continuam retidos", "os
# retidos") continua a ser um estado (pt.held.verb).
@rule pt.detention.passive_retained trigger event=detention
  \b(?:foram|foi|tem\s+sido|tinham\s+sido|tinha\s+sido|haviam\s+sido|havia\s+sido)\s+(?:(?:ja|depois|brevemente|temporariamente)\s+)?retid[oa]s?\b
  + dois ativistas tentaram escalar a plataforma e foram retidos pela guarda costeira => _=foram retidos
  + 208 pessoas tinham sido retidas para interrogatório => _=tinham sido retidas
  - 40 pessoas continuam retidas na esquadra
  - os 12 retidos foram devolvidos às famílias
