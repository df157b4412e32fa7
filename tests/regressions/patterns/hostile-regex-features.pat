@rule look actor kind=person
  (?<=(?<name>\w\w\w)\s)dijo
  + Juan dijo => name=uan
@rule empty number exact
  (?<num>\d*)
  + 1
@rule dup number
  (?J)(?<num>\d+)|(?<num>uno)
  + 24
@rule rec number
  (?<num>\d(?R)?)
  + 12
@rule cut number
  \d+\K(?<num>\s)
  + 1 x
@rule callout number
  (?<num>\d+)(?C1)(?C"x")
  + 1
@rule date.bad date dateline=1
  (?<day>\d+)\s(?<month>\w+)\s(?<year>\d+)(?<wday>)(?<eday>\d*)
  + 99 de 99999
@rule rel.bad date rel=-999999999999
  ayer
  + ayer
@rule q qualifier q=at_least
  (?:)
  + x
@rule coll collective value=99999999999999999999
  centenar
  + centenar
@rule mult number
  (?<num>\d+)\s(?<mult>\w+)
  + 24 trillones
