# Falantes coletivos e anónimos (issue #3, quarta ronda): fontes sem nome, porta-vozes de um órgão, advogados,
# familiares, grupos de deputados. São atores: um "segundo" ou um verbo toma-os como fonte. Equivalentes em
# es/speakers.pat e en/speakers.pat; "organizações de direitos humanos" está em sources.pat (pt.actor.rights_groups).

# "fontes judiciais", "fontes do ministério": uma fonte oficial sem nome fala pelo Estado.
@rule pt.actor.sources actor kind=government
  \b(?<name>fontes\s+(?:policiais|prisionais|penitenciarias|oficiais|governamentais|militares|diplomaticas
     |do\s+(?:ministerio|governo|exercito)|da\s+(?:procuradoria|policia|presidencia)))\b
  + de acordo com fontes policiais ouvidas pela Lusa => name=fontes policiais
  + segundo fontes do Ministério, 40 continuam presos => name=fontes do Ministério
  - as fontes de financiamento
  - fontes próximas da família

# "fontes judiciais", "fonte judicial" (também no singular): uma fonte oficial sem nome fala pelo Estado, como as de
# cima.
@rule pt.actor.judicial_sources actor kind=government
  \b(?<name>fontes?\s+(?:judiciais|judicial|do\s+tribunal|da\s+investigacao))\b
  + de acordo com fontes judiciais ouvidas pela Lusa => name=fontes judiciais
  + disse ao jornal fonte judicial => name=fonte judicial
  - fontes policiais

# "um porta-voz do Ministério da Justiça": quem fala em nome de um órgão do Estado.
@rule pt.actor.spokesperson actor kind=government
  \b(?<name>(?>porta-voz\s+(?:do|da)\s+(?:ministerio(?:\s+(?:do|da|de|dos|das)\s+(?:interior|justica(?:\s+e\s+seguranca\s+publica)?|defesa|negocios\s+estrangeiros|relacoes\s+exteriores|administracao\s+interna|seguranca\s+publica))?|governo|policia|procuradoria|exercito|presidencia|itamaraty|departamento\s+de\s+estado)))\b(?!\s*,\s*\p{L})
  + um porta-voz do Ministério da Justiça disse => name=porta-voz do Ministério da Justiça
  + segundo uma porta-voz da Polícia => name=porta-voz da Polícia
  - o porta-voz do Foro Penal
  - o porta-voz do Ministério do Interior, João Pereira, disse

# "advogados de defesa", "familiares dos presos", "vários deputados": vozes coletivas sem nome.
@rule pt.actor.collective actor kind=unknown
  \b(?<name>advogados\s+de\s+defesa|advogados\s+d[ao]s\s+(?:presos|detidos|arguidos|reus|acusados)
     |familiares(?:\s+d[oa]s\s+(?:presos|presas|detidos|detidas|reclusos|encarcerados))?
     |(?<=varios\s|varias\s|alguns\s|algumas\s|outros\s|grupo\sde\s)(?:deputados|parlamentares|legisladores|senadores|vereadores))\b
  + segundo advogados de defesa, oito continuam presos => name=advogados de defesa
  + segundo familiares ouvidos pela Lusa => name=familiares
  + vários deputados afirmaram => name=deputados
  - os deputados votaram
