# Vigésima quinta sessão (det: números de detenção não tomados). Três causas gerais das detenções que o conjunto não
# tomava, cada uma em es, pt e en (docs/design.md, "Twenty-fifth session: detention figures not taken").

# Os sequestros contados como atos: "registou 1.250 sequestros", "mais de 3.500 sequestros em 2000". Cada sequestro
# é uma pessoa tomada (docs/corpus.md: a tomada é detention), como "2.000 detenções" são detenções. Só o plural; não
# os sequestros de aviões, navios ou bens.
@rule pt.detention.kidnap_acts trigger event=detention
  (?<=\d\s|mil\s|milhoes\s|centos\s|cem\s|dois\s|tres\s|quatro\s|cinco\s|seis\s|sete\s|oito\s|nove\s|dez\s|onze\s|doze\s)(?:sequestros|raptos)\b(?!\s+(?:de\s+|do\s+|dos\s+)?(?:avioes|aviao|aereos|navios|barcos|veiculos|camioes|cargas?|bens|contas|dados|armas))
  + a fundação registou mais de 3.500 sequestros em 2000 => _=sequestros
  + o relatório contabilizou 1.250 sequestros no estado => _=sequestros
  - houve quatro sequestros de aviões naquela semana
  - acusou oito chefes pela política de sequestros
  - os sequestros aéreos de 1970

# Fichar alguém numa esquadra, delegacia ou cadeia é registá-lo ao prendê-lo: "27 pessoas foram fichadas na cadeia
# do condado" (o "booked" da imprensa americana, que en.detention.booked lê). Só na passiva e com o lugar ou a polícia
# depois: "fichar" na ativa é também contratar ou registar sócios.
@rule pt.detention.booked trigger event=detention
  \b(?:foram|tinham\s+sido|haviam\s+sido|teriam\s+sido|seriam)\s+fichad[oa]s(?=\s+(?:em|n[ao]s?|pel[ao]s?)\s+(?:esquadras?|delegacias?|cadeias?|prisao|policia|agentes|pjs?|carceragem|centro\s+de\s+detencao)\b)
  + 27 pessoas foram fichadas na cadeia do condado => _=foram fichadas
  + mais de 300 manifestantes foram fichados pela polícia => _=foram fichados
  - os dois jogadores foram fichados pelo clube
  - 300 adeptos foram fichados no site do clube
