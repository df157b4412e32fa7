# Vigésima quinta sessão (rel: números de libertados não lidos). Testes em tests/test_rel25.c.

# The people a figure must name for a verb of sending or bringing to be a release: up to four words (a
# demonym, an adjective) and a people noun, so files, cups and medals sent back or brought home count no one.
@fragment REL25_WHO = (?:(?:[\p{L}'-]+\s+){0,4}?(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED})(?![\p{L}]))

# Mandar de volta numa troca ou repatriação é libertar, como devolver (events.pat): "o Comando da ONU mandou de
# volta 75.823 prisioneiros", "Kiev enviou de volta mais 90 soldados". Só antes de um número.
@rule pt.release.sent_back trigger event=release
  \b(?:mand(?:ou|aram|a|am|ara|arao|aria)|envi(?:ou|aram|a|am|ara|arao|aria)|(?:tem|tinha|tinham|ha|havia)\s+(?:mandado|enviado)|mandad[oa]s|enviad[oa]s)\s+de\s+volta(?=(?:\s+(?:mais|outros|outras|cerca\s+de|mais\s+de|quase|os|as|todos\s+os)\s)?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  + o Comando da ONU mandou de volta 75.823 prisioneiros => _=mandou de volta
  + Kiev enviou de volta mais 90 soldados => _=enviou de volta
  - enviou de volta a carta sem a abrir

# Trazer para casa é libertar: "Estamos a trazer 6 reféns para casa", "trouxe para casa 11 americanos".
@rule pt.release.bring_home trigger event=release
  \b(?:traz(?:emos|em)?|trouxe|trouxeram|trouxemos|trara|trarao|traremos|trazer|trazendo|(?:tem|tinha|tinham|temos)\s+trazido)\s+(?:de\s+volta\s+)?(?:para\s+casa|a\s+casa|para\s+o\s+pais|ao\s+pais)(?=(?:\s+(?:mais|outros|outras|cerca\s+de|mais\s+de|quase|os|as|todos\s+os))?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  | \b(?:traz(?:emos|em)?|trouxe|trouxeram|trouxemos|trara|trarao|traremos|trazer|trazendo|(?:tem|tinha|tinham|temos)\s+trazido)(?=(?:\s+(?:mais|outros|outras|cerca\s+de|mais\s+de|quase|os|as|todos\s+os)\s)?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO}(?:\s+[\p{L}-]+){0,2}?\s+(?:de\s+volta\s+)?(?:para\s+casa|a\s+casa|para\s+as\s+suas\s+casas)\b)
  + "Estamos a trazer 6 reféns para casa", disse Trump => _=trazer
  + o enviado trouxe para casa 11 americanos => _=trouxe para casa
  - a equipa trouxe a taça para casa
  - trouxe para casa 3 medalhas de ouro

# Título ou entrada aberta por "Livres" e logo as pessoas, com artigo: "Livres os 11 detidos do protesto",
# "Libertados: os 42 alunos raptados".
@rule pt.release.lead_adjective trigger event=release lead=1 exact
  (?:^|(?<=[|:—–]\s))(?:Livres|Libertados|Libertadas|Soltos|Soltas|LIVRES|LIBERTADOS)(?:\s+(?:já|enfim|finalmente))?(?:\s*[:,—–-])?(?=\s+(?:os|as|todos\s+os|todas\s+as)\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + AO MINUTO | Livres os 11 detidos do protesto de quarta-feira => _=Livres
  + Soltos, os 42 estudantes raptados => _=Soltos,
  - Os 11 detidos do protesto não estão livres
  - Presos livres e os 11 detidos do protesto

# Voltar do território do outro lado: "195 militares russos regressaram do território controlado por Kiev". O
# cativeiro já se lia (events.pat).
@rule pt.release.returned_from_territory trigger event=release
  \b(?:(?:tem|tinha|tinham|ha|haviam)\s+(?:regressado|voltado|retornado)|regressaram|regressou|voltaram|voltou|retornaram|regressam|voltam)\s+(?:do|dos)\s+territorios?\s+(?:controlados?|ocupados?|sob\s+controlo|sob\s+controle)(?:\s+(?:por|pelo|pela|de|do|da))?\b
  + 195 militares russos regressaram do território controlado por Kiev => _=regressaram do território controlado por
  - os turistas regressaram do território do parque

# O total dos libertados como número: "o total de libertados chega agora a 230", "o número de presos soltos subiu
# para 1.200". pt.subject.figure (count.pat) só admitia um nome de pessoas no meio; a palavra de libertação dá o evento.
@rule pt.release.total_of_freed trigger event=release
  \b(?:o\s+total|o\s+numero|a\s+cifra|o\s+balanco|a\s+contagem)\s+(?:de|dos|das)\s+(?:pessoas\s+|presos\s+)?(?:libertad[oa]s|solt[oa]s|indultad[oa]s|postos\s+em\s+liberdade|trocad[oa]s|repatriad[oa]s)(?=(?:\s+[\p{L}-]+){0,3}?\s+(?:ja\s+)?(?:e|era|ascende|chega|chegou|atinge|atingiu|sobe|subiu|eleva-se|passa|passou|(?:tinha|havia)\s+(?:subido|chegado))(?:\s+(?:ja|agora|hoje))?(?:\s+(?:a|de|para))?(?={NUMSTART}|\s+(?:mais\s+de|cerca\s+de|quase|perto\s+de)\s))
  + segundo a Presidência, o total de libertados chega agora a 230 => _=o total de libertados
  + o número de presos soltos subiu para 1.200 => _=o número de presos soltos
  - o total de detidos chega a 300
# The same phrase read as the figure's frame, as pt.subject.figure is (count.pat), so the bare figure after it
# counts the people freed.
@rule pt.subject.figure_of_freed subject pre=1 frame=1
  \b(?:o\s+total|o\s+numero|a\s+cifra|o\s+balanco|a\s+contagem)\s+(?:de|dos|das)\s+(?:pessoas\s+|presos\s+)?(?:libertad[oa]s|solt[oa]s|indultad[oa]s|postos\s+em\s+liberdade|trocad[oa]s|repatriad[oa]s)(?:\s+[\p{L}-]+){0,3}?\s+(?:ja\s+)?(?:e|era|ascende|chega|chegou|atinge|atingiu|sobe|subiu|eleva-se|passa|passou|(?:tinha|havia)\s+(?:subido|chegado))(?:\s+(?:ja|agora|hoje))?(?:\s+(?:a|de|para))?(?={NUMSTART}|\s+(?:mais\s+de|cerca\s+de|quase|perto\s+de)\s)
  + o total de libertados chega agora a 230
  - o total de detidos chega a 300

# Recuperar pessoas é libertá-las: "a Rússia recuperou 248 militares", "as tropas recuperaram 58 reféns". Só com um
# nome de pessoas depois do número (nem corpos nem armas); em inglês "recovered", em espanhol "recuperó a".
@rule pt.release.recovered trigger event=release
  \b(?:recuper(?:ou|aram|a|am|ara|arao|aria|ariam|ava|avam)|(?:tem|tinha|tinham|havia|haviam)\s+recuperado)(?=(?:\s+(?:mais|outros|outras|cerca\s+de|mais\s+de|quase|os|as|todos\s+os))?\s+(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:(?:dos|das)\s+(?:seus|suas)\s+)?{REL25_WHO})
  + a Rússia recuperou 248 militares => _=recuperou
  + as tropas recuperaram 58 reféns => _=recuperaram
  - a polícia recuperou 40 espingardas roubadas
  - os mergulhadores recuperaram 12 corpos do rio

# Receber numa troca: "a Ucrânia recebeu então 230 pessoas e a Rússia 248". Em espanhol ("recibió a 230
# prisioneros en el canje") e em inglês ("received") já se lia; em português, só com a troca nomeada antes, na mesma
# frase (não uma troca de acusações ou de tiros): um hospital ou um abrigo que recebe pessoas não liberta ninguém.
@rule pt.release.received_in_exchange trigger event=release
  \b(?:troca|trocas|permuta|permutas|intercambio)\b(?!\s+de\s+(?!(?:{PEOPLE}|{PEOPLE_HELD})(?![\p{L}])))[^.;!?]{0,240}?\breceb(?:eu|eram|e|em|era|erao|eria|eriam)(?=(?:\s+(?:entao|ja|hoje|ontem|agora|depois))?(?:\s+(?:mais|outros|outras|cerca\s+de|mais\s+de|quase|os|as))?\s+(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  + na troca anterior, a Ucrânia recebeu então 230 pessoas e a Rússia 248 => _=troca anterior, a Ucrânia recebeu
  + na troca de prisioneiros, Kiev recebeu 90 soldados => _=troca de prisioneiros, Kiev recebeu
  - o hospital recebeu 230 pessoas feridas
  - depois da troca de acusações, o abrigo recebeu ontem 30 crianças

# "libertou pouco mais de 600 presos": a palavra que abre o qualificador faz parte dele. Com "mais de" só, "pouco"
# ficava entre o verbo e o número e o verbo deixava de o governar. Mais longo que "mais de", ganha (recognize.c).
@rule pt.qual.just_over qualifier q=more_than
  \b(?:um\s+pouco\s+mais\s+de|pouco\s+mais\s+de|pouco\s+mais\s+do\s+que|algo\s+mais\s+de|ligeiramente\s+mais\s+de)\b{NUMSTART}
  + Israel libertou pouco mais de 600 presos => _=pouco mais de
  + um pouco mais de 40 pessoas => _=um pouco mais de
  - pouco mais de metade
