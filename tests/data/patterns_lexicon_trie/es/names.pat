# Lexicons are pasted into regexes as tries ("Foro(?:\s+Penal(?:\s+Juvenil|)|)"); these rules check that the
# factored alternation prefers what the plain longest-first list did, backtracks the same way, and keeps
# entries that differ only in case apart under (?i).
@lexicon NAMES names.txt
@lexicon ACCENTED accented.txt

@rule es.names.exact actor exact kind=organization
  (?<![\p{L}])(?<name>{NAMES}|{ACCENTED})(?![\p{L}])
  + la ONG Foro Penal Juvenil dijo => name=Foro Penal Juvenil
  + el Foro Penalista habló => name=Foro
  + según Foro  Penal, => name=Foro  Penal
  + la Onu Mujeres dijo => name=Onu Mujeres
  + la ONU Mujeres dijo => name=ONU
  + el Ñandú => name=Ñandú
  + la Fundación Redes => name=Fundación Redes
  - la Fundación
  - foro penal
  - la onu

@rule es.names.caseless actor exact kind=organization
  (?<![\p{L}])(?<name>(?i:{NAMES}))(?![\p{L}])
  + FORO PENAL JUVENIL => name=FORO PENAL JUVENIL
  + la onu mujeres dijo => name=onu mujeres
  + EL SINDICATO => name=SINDICATO
  + el ſindicato => name=ſindicato
  + EL FORO PENALISTA => name=FORO
  - la fundación

@rule es.names.folded actor kind=organization
  \b(?<name>{NAMES})\b
  + PRESOS POLÍTICOS liberados => name=PRESOS POLÍTICOS
  + los presos politicos => name=presos politicos
  + los presos comunes => name=presos

# A fragment that is only a list of words is factored the same way; its order is the author's, not longest
# first, so "Foro" written before "Foro Penal" still wins where the rule lets it.
@fragment HEADS = (?:Comité | Comisión\s+de\s+la\s+Verdad | Comisión | Comisario\-General | Foro | Foro\s+Penal)

@rule es.names.fragment actor exact kind=organization
  (?<![\p{L}])(?<name>{HEADS})(?![\p{L}])
  + la Comisión de la Verdad dijo => name=Comisión de la Verdad
  + la Comisión dijo => name=Comisión
  + el Comisario-General => name=Comisario-General
  + el Foro Penal => name=Foro
  + el Comité => name=Comité
  - la Comisaría

# Entries that differ only in case where a list branches ("Palacio", "pacto") are factored apart in a rule with no
# caseless part (no case-sensitive match can confuse them), and kept as a plain list under (?i).
@lexicon CASED cased.txt

@rule es.cased.exact actor exact kind=organization
  (?<![\p{L}])(?<name>{CASED})(?![\p{L}])
  + el Palacio dijo => name=Palacio
  + los Palestinos => name=Palestinos
  + el pacto => name=pacto
  - el palacio
  - el Pacto

@rule es.cased.caseless actor exact kind=organization
  (?<![\p{L}])(?<name>(?i:{CASED}))(?![\p{L}])
  + EL PALACIO => name=PALACIO
  + el Pacto => name=Pacto
  + los palestinos => name=palestinos

# A list fragment with entries that are not plain words: a class of single characters is spelt out ("P[úu]blico"
# stands for "Público" and "Publico"), and an entry with a lookahead is pasted as written between tries of the
# words before and after it, so the list keeps its order (the thirteenth session: {STATEHEAD}, {ORGHEAD}).
@fragment MIXED = (?:Arquivo\s+P[úu]blico | Archivo\s+Hist[óo]rico | Archivo | High\s+Commissioner(?=\s+for\s+Human) | High | Mossos\s+d['\x{2019}]Esquadra)

@rule es.names.mixed actor exact kind=organization
  (?<![\p{L}])(?<name>{MIXED})(?![\p{L}])
  + o Arquivo Público informou => name=Arquivo Público
  + o Arquivo Publico do estado => name=Arquivo Publico
  + el Archivo Histórico guarda => name=Archivo Histórico
  + el Archivo Historico guarda => name=Archivo Historico
  + el Archivo de la ciudad => name=Archivo
  + the High Commissioner for Human Rights said => name=High Commissioner
  + the High Commissioner said => name=High
  + los Mossos d'Esquadra detuvieron => name=Mossos d'Esquadra
  + los Mossos d’Esquadra detuvieron => name=Mossos d’Esquadra
  - o Arquivo Púbico
  - the Highway
  - los Mossos Esquadra
