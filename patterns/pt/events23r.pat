# Vigésima terceira sessão (recall). Tirar alguém com vida ou em segurança de um lugar tomado é libertá-lo: "mais de
# 130 pessoas retiradas com vida", "foram todos retirados em segurança", "os militares retiraram do hotel cerca de 30
# pessoas". A regra de 17 (pt.release.taken_out_of_site) só lia o particípio seguido de um lugar de uma lista curta.
# Sem "com vida" / "em segurança" só com um lugar que se toma com gente dentro (hotel, avião, banco, igreja…): tirar
# documentos, acusações ou tropas não é libertar; os corpos e os escombros de um sismo ficam de fora.
@fragment R23_SITIO = (?:hotel|edificio|predio|teatro|embaixada|escola|colegio|ginasio|complexo|recinto|instalacoes|aviao|aeronave|navio|barco|autocarro|onibus|igreja|banco|agencia|supermercado|centro\s+comercial|shopping|hospital|consulado|residencia)
@rule pt.release.taken_out_safely trigger event=release
  \b(?:retirad|resgatad|tirad)[oa]s\s+(?:todos\s+|todas\s+)?(?:com\s+vida|em\s+seguranca|s[aã]os\s+e\s+salvos|ilesos|ilesas)\b(?!\s+(?:d[oa]s?|de\s+entre\s+[oa]s)\s+(?:escombros|destrocos|ruinas|agua|mar|rio|lama))
  | \b(?:retir|tir)(?:aram|ou|am|a)\s+(?:com\s+vida\s+)?d[oa]\s+{R23_SITIO}\b
  + fala em "mais de 130 pessoas" retiradas com vida ao longo do dia => _=retiradas com vida
  + os 12 tripulantes "foram todos retirados em segurança" => _=retirados em segurança
  + os militares retiraram do hotel cerca de 30 pessoas => _=retiraram do hotel
  - 40 pessoas foram retiradas com vida dos escombros
  - as acusações contra 528 detidos tinham sido retiradas
  - os militares retiraram da região 300 soldados
  - o banco retirou do mercado 30 produtos
