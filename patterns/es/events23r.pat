# Vigésima tercera sesión (recall). Sacar a alguien con vida o a salvo de un lugar tomado es liberarlo: "más de 40
# personas fueron sacadas con vida", "los bomberos sacaron con vida a 12 rehenes", "las tropas sacaron del hotel a 30
# personas". La regla de 17 (es.release.taken_out_of_site) solo leía el participio seguido de un lugar de una lista
# corta. Sin "con vida" / "a salvo" solo con un lugar que se toma con gente dentro (hotel, avión, banco, iglesia…);
# los cuerpos y los escombros de un terremoto quedan fuera.
@fragment R23_SITIO = (?:hotel|edificio|teatro|embajada|escuela|colegio|gimnasio|complejo|recinto|instalaciones|avion|aeronave|barco|buque|autobus|iglesia|templo|banco|sucursal|supermercado|centro\s+comercial|hospital|consulado|residencia)
@rule es.release.taken_out_safely trigger event=release
  \b(?:sacad|evacuad|rescatad)[oa]s\s+(?:todos\s+|todas\s+)?(?:con\s+vida|sanos\s+y\s+salvos|sanas\s+y\s+salvas|ilesos|ilesas|a\s+salvo)\b(?!\s+(?:de\s+(?:entre\s+)?(?:los|las)|del)\s+(?:escombros|ruinas|agua|mar|rio|lodo|barro))
  | \bsac(?:aron|o|an|a)\s+(?:con\s+vida\s+)?(?:del|de\s+la)\s+{R23_SITIO}\s+a{NUMSTART}
  | \bsac(?:aron|o|an|a)\s+con\s+vida\s+a{NUMSTART}
  + más de 40 rehenes fueron sacados con vida por los bomberos => _=sacados con vida
  + los bomberos sacaron con vida a 12 rehenes => _=sacaron con vida a
  + las tropas sacaron del hotel a 30 personas => _=sacaron del hotel a
  - 40 personas fueron sacadas con vida de entre los escombros
  - sacaron del mercado 30 productos
  - sacaron a la calle sus pancartas
