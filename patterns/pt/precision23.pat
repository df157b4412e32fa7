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
# captura. Logo a seguir ao substantivo da cifra (fate=1, como pt.held.kept_after); "Ao mesmo tempo," que abre uma
# frase não vem depois de nenhuma cifra.
@rule pt.held.at_one_time trigger event=held fate=1
  (?<=[\p{L}\d])\s+\K(?:em\s+simultaneo|ao\s+mesmo\s+tempo|simultaneamente|de\s+uma\s+so\s+vez)\b(?!\s*(?:que|em\s+que)\b)
  + estiveram detidas até 2 mil pessoas em simultâneo => _=em simultâneo
  + chegou a ter 684 presos ao mesmo tempo => _=ao mesmo tempo
  - Ao mesmo tempo, o ministro anunciou
  - ao mesmo tempo que libertava 20

# Cair em poder ou nas mãos de alguém é ser tomado ("sessenta dos libertados caíram em poder da guerrilha em agosto",
# "caíram nas mãos da polícia"): a captura, detention (docs/corpus.md, sequestros e reféns), como "caíram
# prisioneiros" (pt.detention.taken_captive).
@rule pt.detention.fell_into_hands trigger event=detention
  \bca(?:iram|iu|em|ia|iam|ir|ido|issem|isse)\s+(?:ja\s+|depois\s+)?(?:em\s+poder|nas\s+maos|nas\s+garras)\s+d[eoa]s?\b
  + sessenta dos libertados caíram em poder da guerrilha => _=caíram em poder da
  + cerca de 40 manifestantes caíram nas mãos da polícia => _=caíram nas mãos da
  - a cidade está nas mãos dos rebeldes
