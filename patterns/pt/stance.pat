# Portuguese stance markers: a figure said to be wrong (disputes) or an event denied (denies).
@rule pt.stance.disputes stance stance=disputes
  \b(?:(?:o\s+numero\s+real|a\s+cifra\s+real|o\s+numero\s+verdadeiro|a\s+cifra\s+verdadeira|o\s+total\s+real)(?!\s+(?:pode|podera|poderia|deve|devera|deveria|sera|seria|e\s+provavelmente)\s+(?:ser\s+)?(?:bem\s+|muito\s+|ainda\s+|bastante\s+|consideravelmente\s+)?(?:maior|superior|mais\s+alt[oa]|mais\s+elevad[oa]))|na\s+realidade|na\s+verdade
     |nao\s+(?:corresponde|correspondem|bate|batem|confere|conferem|coincide|coincidem)|inflacionad[oa]s?|inflad[oa]s?|inflar|exagerad[oa]s?|e\s+falso|e\s+falsa|sao\s+falsos
     |deixa(?:m|va|vam)?\s+de\s+fora|deixando\s+de\s+fora|aquem\s+da\s+realidade|subestima(?:m|va|vam)?|muito\s+abaixo|muito\s+inferior|muito\s+menor|longe\s+d[oa]s|contradiz|desmente|questiona|questionam|contesta|contestam|poe\s+em\s+(?:duvida|causa)|pos\s+em\s+(?:duvida|causa)
     |(?:so|apenas|somente)\s+(?:conseguiu|conseguimos|conseguiram|pode|pudemos|puderam|foi\s+possivel)\s+(?:verificar|confirmar|documentar|identificar)
     |(?:so|apenas|somente)\s+(?:verificou|confirmou|confirmamos|verificamos|documentou)
     |nao\s+(?:e|sao)\s+(?:verdade|verdadeir[oa]s?|corret[oa]s?)|(?:mais|menos)\s+do\s+que\s+(?:o\s+numero|a\s+cifra|o\s+balanco)\s+oficial|muito\s+(?:baix[oa]|alt[oa])|subestimad[oa]s?|fabricad[oa]s?|inventad[oa]s?)\b
  | \b(?:diz|dizem|disse|disseram|fala|falam|falou|alega|alegam|alegou|anuncia|anunciam|anunciou|afirma|afirmam|afirmou)\s+(?:que\s+|em\s+)?[^.;:"]{0,80}?\d[^.;:"]{0,40}?,\s*mas\b(?!\s+(?:admitiu|admite|admitiram|admitem|reconheceu|reconhece|reconheceram|reconhecem|acrescentou|ressalvou|ressalva)\b)
  + considera que os dados oficiais ficam aquém da realidade => _=aquém da realidade
  + o levantamento deixa de fora os detidos nas delegacias => _=deixa de fora
  + mas o número real é de apenas 50
  + o número não bate com
  + só conseguiu verificar 116
  + 124 detenções, dez a mais do que o número oficial
  + o número oficial está subestimado
  + o número é muito baixo
  + nós só conseguimos confirmar 131 nomes
  + acusa o governo de inflar o balanço
  + Havana fala em 553 solturas, mas no máximo 200
  + O ministério fala em 400, mas podem ter sido detidas até 500 pessoas
  + O regime diz que libertou 553, mas de estes somente uns 200
  - O órgão anunciou a soltura de 41 reféns, mas admitiu que outros 130 seguiam retidos
  - afirmou que pelo menos 500 foram detidos, e admitiu que o número real pode ser bem mais alto
  - a cifra oficial
  - diz que libertou 553 presos
@rule pt.stance.denies stance stance=denies
  \b(?:(?:e|sao)\s+falso\s+que\s+(?:haja|houvesse|existam|existissem)|neg(?:ou|a|am|aram)(?:\s+[^.;,"]{0,30}?)?\s+que|desment(?:iu|e|em|iram)\s+que|nao\s+(?:ha|existem|existe|temos|tem)\s+presos\s+politicos|nega\s+a\s+existencia\s+de\s+presos|rejeit(?:ou|a|aram)\s+que|nao\s+(?:ha|havia|existem)(?=\s+\d))\b
  + «É falso que haja 2.000 presos políticos», disse => _=É falso que haja
  - é falso que a polícia prendeu 30
  + o ministério negou que 300 pessoas
  + negou na quinta-feira que a polícia tenha detido
  + não há presos políticos
  + «Não há 5.000 presos de consciência», disse => _=Não há
  - não há mais de 50 detidos
  - negociação
# A contagem própria de quem fala, ou o que "de fato" aconteceu (against=1): contesta só quando o documento deu antes
# o número de outra fonte para o mesmo fato, do outro lado deste (claims.c, S_against_earlier); sozinha, afirma.
@rule pt.stance.own_count stance stance=disputes against=1
  \b(?:(?:segundo|pel[oa]s?|de\s+acordo\s+com)\s+(?:[oa]s?\s+)?(?:noss[oa]s?|minhas?|meus?)\s+(?:propri[oa]s?\s+)?(?:contas?|levantamentos?|registros?|registos?|contagens?|calculos|dados)
     |pelo\s+que\s+(?:conseguimos|pudemos)\s+(?:verificar|apurar|confirmar)
     |(?:nos\s+)?sabemos\s+de(?=\s+(?:pelo\s+menos|mais\s+de|cerca\s+de|\d))
     |(?:nos\s+)?(?:estimamos|calculamos)\s+que
     |(?:nos\s+)?(?:ja\s+)?(?:contamos|documentamos|registramos|registamos|contabilizamos|confirmamos|verificamos)
     |(?:temos|ja\s+temos)\s+(?:registrad|registad|contabilizad|documentad|contad|confirmad)[oa]s
     |noss[oa]s\s+(?:\p{L}+\s+){1,4}?(?:ja\s+)?(?:contam|contaram|documentaram|registraram|registaram|confirmaram|contabilizaram)
     |de\s+fato(?!\s*,)|efetivamente)\b
  + "Nós contamos mais de 90 detidos desde sexta", disse => _=Nós contamos
  + pelo nosso levantamento, ainda há pelo menos 45 presos => _=pelo nosso levantamento
  + «Sabemos de pelo menos 45 vizinhos detidos ontem à noite» => _=Sabemos de
  + estimamos que pelo menos 800 pessoas foram detidas => _=estimamos que
  - sabemos de onde vêm
  + Nossos advogados nas delegacias já contam 210 detidos => _=Nossos advogados nas delegacias já contam
  + menos de 30 vão de fato para casa => _=de fato
  + os que efetivamente saíram não chegam a 60 => _=efetivamente
  - a contagem semanal saiu hoje
  - De fato, a polícia prendeu 30 pessoas
# O número de outro que esconde ou fica aquém do real ("o balanço esconde a dimensão real", "brinca com os
# números", "o levantamento ainda está incompleto", "não reflete a dimensão real"): o número próprio de quem fala
# nessa frase o contesta (décima sexta sessão).
@rule pt.stance.hides_real stance stance=disputes same_clause=1
  \b(?:(?:esconde|escondem|escondia|escondiam|escondendo|oculta|ocultam|ocultava|ocultavam|ocultando)\s+(?:a|o|as|os)\s+(?:verdadeir[oa]s?\s+)?(?:dimensao|magnitude|numeros?|cifras?|escala|alcance)(?:\s+(?:reais|real|verdadeir[oa]s?))?
     |nao\s+(?:reflete|refletem|refletia|refletiam|mostra|mostram)\s+(?:a|o|as|os)\s+(?:verdadeir[oa]s?\s+)?(?:dimensao|magnitude|escala|numeros?|cifras?|realidade)(?:\s+(?:reais|real|verdadeir[oa]s?))?
     |nao\s+(?:conta|contam|contava|contavam|diz|dizem)\s+toda\s+a\s+verdade
     |(?:brinca|brincam|brincava|brincavam|brincando|brincar|joga|jogam|jogando)\s+com\s+(?:os\s+)?(?:numeros|cifras|dados)
     |(?:balanco|levantamento|lista|contagem|numero|total)\s+(?:oficial\s+)?(?:ainda\s+)?(?:esta|continua|segue|estava|e)\s+(?:ainda\s+|muito\s+)?(?:incomplet[oa]|parcial))\b
  + o movimento diz que o balanço "esconde a dimensão real" e que há 70 detidos => _=esconde a dimensão real
  + há quem diga que o levantamento ainda está incompleto: a ONG soma 35 => _=levantamento ainda está incompleto
  + acusa o governo de brincar com os números e fala em 300 presos => _=brincar com os números
  + os dados oficiais não refletem a dimensão real das prisões => _=não refletem a dimensão real
  - o levantamento foi concluído na segunda
  - a lista de nomes é longa
  - ele se esconde na casa
