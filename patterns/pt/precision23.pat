# Português: números que não contam ninguém e o estado de uma população (vigésima terceira sessão, precisão).

# Uma década dita por extenso ("condenados nos anos sessenta", "no fim da década de oitenta") é um tempo, não um
# número de pessoas.
@rule pt.veto.decade veto
  \b(?:anos|decada\s+de(?:\s+os)?|decada\s+dos)\s+(?:vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)\b
  + militares condenados nos anos sessenta => _=anos sessenta
  + no fim da década de oitenta => _=década de oitenta
  - sessenta presos condenados há anos

# Uma fração ("dois terços delas", "três quartos dos presos") é uma parte, não um número de pessoas.
@rule pt.veto.fraction veto
  \b(?:{NUM21})\s+(?:tercos|quartos|quintos|(?:tercas|quartas|quintas)\s+partes)\b
  + cerca de dois terços delas são negras => _=dois terços
  + três quartas partes dos presos => _=três quartas partes
  - dois presos no quarto dos fundos

# "Nenhum dos dois foi detido": a negação de um par já nomeado não conta ninguém.
@rule pt.veto.neither_of_two veto
  \bnenhum[a]?\s+d[oa]s\s+d(?:ois|uas)\b
  + Nenhum dos dois foi detido => _=Nenhum dos dois
  - um dos dois foi detido

# Quantos havia ao mesmo tempo ("estiveram detidas até 2 mil pessoas em simultâneo", "chegou a ter 684 presos ao
# mesmo tempo"): uma população num momento, held (docs/corpus.md, held ou detention), seja qual for a palavra da
# captura. A frase vai do verbo de estado a "em simultâneo", à volta da cifra, e governa-a de antes (fate=1); logo a
# seguir a uma cifra sem substantivo ("nunca foram mais de 40 ao mesmo tempo") diz o mesmo. Sem o
# verbo de estado, "de uma só vez" diz que algo aconteceu num só momento ("900 estudantes foram presos de uma só
# vez"): isso não é uma população.
@rule pt.held.at_one_time trigger event=held fate=1
  \b(?:estiveram|estavam|chegou\s+a\s+haver|chegaram\s+a\s+estar|chegou\s+a\s+ter|havia)\b(?:\s+(?!(?:e|mas|que|quando|enquanto)\b)(?:\d[\d.,]*\d|[^\s.;:]+)){1,8}?\s+(?:em\s+simultaneo|ao\s+mesmo\s+tempo|simultaneamente)\b
  | (?<=\d)\s+\K(?:em\s+simultaneo|ao\s+mesmo\s+tempo)\b
  + estiveram detidas até 2 mil pessoas em simultâneo => _=estiveram detidas até 2 mil pessoas em simultâneo
  + chegou a ter 684 presos ao mesmo tempo => _=chegou a ter 684 presos ao mesmo tempo
  + nunca foram mais de 40 ao mesmo tempo => _=ao mesmo tempo
  - cerca de 900 estudantes foram presos de uma só vez
  - 300 pessoas foram detidas ao mesmo tempo

# Cair em poder ou nas mãos de alguém é ser tomado ("sessenta dos libertados caíram em poder da guerrilha em agosto",
# "caíram nas mãos da polícia"): a captura, detention (docs/corpus.md, sequestros e reféns), como "caíram
# prisioneiros" (pt.detention.taken_captive).
@rule pt.detention.fell_into_hands trigger event=detention
  \bca(?:iram|iu|em|ia|iam|ir|ido|issem|isse)\s+(?:ja\s+|depois\s+)?(?:em\s+poder|nas\s+maos|nas\s+garras)\s+d[eoa]s?\b
  + sessenta dos libertados caíram em poder da guerrilha => _=caíram em poder da
  + cerca de 40 manifestantes caíram nas mãos da polícia => _=caíram nas mãos da
  - a cidade está nas mãos dos rebeldes
