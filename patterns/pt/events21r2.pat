# Portuguese recall rules of the twenty-first session, second wave (recall2). Twins in en/ and es/events21r2.pat.

# Licença para partir dada aos contados: "foram autorizados a deixar o complexo", "foi-lhes permitido sair",
# "deixaram sair 15 reféns", "deixou descer três reféns do autocarro" (vigésima segunda sessão): libertação, seja qual for o lugar que deixam (pt.release.captives_out lê "puderam sair do
# edifício"). Uma negação antes deixa-os lá dentro.
@rule pt.release.allowed_to_leave trigger event=release
  (?<!nao\s)(?<!nunca\s)\b(?:foram|tinham\s+sido|haviam\s+sido|serao|seriam|sao|foi|ja\s+foram)\s+(?:(?:finalmente|depois|hoje|ontem|ja|entao|todos)\s+)?autorizad[oa]s?\s+a\s+(?:sair|deixar|abandonar|partir|regressar\s+a\s+casa|voltar\s+para\s+casa)\b
  | (?<!nao\s)\bfoi-lhes\s+permitido\s+(?:sair|deixar|abandonar|partir)\b
  | (?<!nao\s)\b(?:(?:tinham|tinha|haviam|havia|tem|ja)\s+)?(?:deixaram|deixou|deixado|permitiram|permitiu)\s+(?:sair|partir|descer|desembarcar)\b
  + cerca de 400 parlamentares foram autorizados a deixar o complexo => _=foram autorizados a deixar
  + 20 reféns foi-lhes permitido sair => _=foi-lhes permitido sair
  + os sequestradores deixaram sair 15 reféns => _=deixaram sair
  + o sequestrador deixou descer três reféns do autocarro => _=deixou descer
  + os piratas tinham deixado desembarcar cinco marinheiros => _=tinham deixado desembarcar
  - não deixaram descer ninguém do avião
  - os 30 presos não foram autorizados a sair da cela

# A saída no conjuntivo depois de uma ordem: "o juiz determinou que 12 dos arguidos fiquem em liberdade". A ordem de
# um juiz ou de um governo conta como a libertação; um pedido ("pediram que fiquem em liberdade") diz que continuam
# presos. Só depois de um verbo de ordenar e "que", na mesma frase (80 caracteres no máximo); \K deixa a ordem fora.
@rule pt.release.ordered_subjunctive trigger event=release
  \b(?:orden(?:ou|aram|a|am)|determin(?:ou|aram|a|am)|decret(?:ou|aram|a|am)|decidi(?:u|ram)|mand(?:ou|aram))\s+(?:(?:ontem|hoje|esta\s+\p{L}+|este\s+\p{L}+)\s+)?que\b[^.;:]{1,80}?\b\K(?:fiquem\s+(?:em\s+liberdade|livres|soltos)|ficassem\s+(?:em\s+liberdade|livres|soltos)|recuperem\s+a\s+liberdade|voltem\s+para\s+casa)\b
  + o juiz determinou que 12 dos arguidos fiquem em liberdade => _=fiquem em liberdade
  + o tribunal decidiu que os 30 presos recuperem a liberdade => _=recuperem a liberdade
  - as famílias pediram que os 12 fiquem em liberdade
  - o juiz determinou que os 12 fiquem em prisão preventiva
