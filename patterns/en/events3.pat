# English event vocabulary found missing on the blind articles 60-73: capacities, warrants issued, people sitting
# or camped, the disappeared, custody under arrest, put in jail, the remaining people.

# What a building was made for is no count of people in it ("a jail built for 300 inmates", "designed to hold 800").
@rule en.veto.built_for veto
  \b(?:built|designed|intended|meant|constructed)\s+(?:to\s+(?:hold|house|accommodate)|for)\s+(?:(?:about|some|around|up\s+to|fewer\s+than|just|only|roughly)\s+)?(?:\d+(?:[.,]\d{3})*(?:\s+(?:thousand|million))?|(?:{NUMWORD})(?:[\s-]+(?:{NUMWORD}))*)
  + the central prison, built for 300 inmates, was already overcrowded => _=built for 300
  + a jail designed to hold 800 prisoners => _=designed to hold 800
  - 300 inmates

# A building that holds or houses people now, or came to, holds them ("prisons currently hold nearly 120,000 people").
@rule en.held.housed trigger event=held
  \b(?:(?:currently|now|still|already|came\s+to|come\s+to)\s+(?:hold|house|held|housed)|hous(?:es|ed|ing)|(?<=jails\s|prisons\s|prison\s|jail\s|camps\s|centres\s|centers\s|facilities\s)(?:hold|holds|held|contain|contains|contained))(?=\s+(?:(?:about|some|nearly|around|almost|more\s+than|over|roughly)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + prisons and detention camps currently hold nearly 120,000 people => _=currently hold
  + the jail housed 3,800 inmates => _=housed
  + the country's prisons hold about 80,000 people => _=hold
  - the jails hold the key to the case
  - the houses of 300 families

# A warrant issued is nobody arrested yet ("a judge approved 83 arrest warrants, 20 of them against soldiers").
@rule en.other.warrant_issued trigger event=none
  \b(?:issued|issues|approved|sought|requested|signed|obtained)(?=\s+(?:\S+\s+){1,3}?(?:arrest\s+warrants|warrants\s+for\s+the\s+arrest))
  + A judge also approved 83 arrest warrants in August => _=approved
  - police served 93 arrest warrants

# People sitting or camped at a protest are no one held ("a hundred people were still sitting outside"). Sitting in
# cells, in jail or in custody is the idiom for being held (nineteenth session): the held word after it decides.
@rule en.other.posture trigger event=none
  \b(?:sitting|sat|camped|camping|squatting)\b(?!\s+(?:(?:still|now)\s+)?in\s+(?:(?:the|their|police|prison|jail|holding)\s+){0,2}(?:cells?|jails?|prisons?|custody|detention)\b)
  + about a hundred people remained sitting outside parliament => _=sitting
  - 200 detainees
  - at least 50 young men were still sitting in police cells

# The disappeared, the killed: "the disappearance of the 43 students" counts no one released, held or arrested.
@rule en.other.disappearance trigger event=none
  \b(?:disappearance|killing|massacre|murder|execution|deaths?)\s+of(?:\s+the)?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + those arrested over the disappearance of the 43 students => _=disappearance of the
  + the massacre of 72 migrants => _=massacre of
  - the disappearance of his son

# Under arrest is a state ("no more than 80 remain under arrest").
@rule en.held.under_arrest trigger event=held
  \bunder\s+(?:house\s+)?arrest\b
  + no more than 80 remain under arrest => _=under arrest
  - the arrest of 40

# Put in jail is an arrest, whatever "behind bars" says alone ("he put a million drug users behind bars").
@rule en.detention.put_in_jail trigger event=detention
  \b(?:put|putting|threw|throwing|thrown|locked|locking)(?=\s+(?:[\w,.-]+\s+){1,4}?(?:in|into|behind)\s+(?:jail|prison|bars)\b)
  + Duterte put a million drug users behind bars => _=put
  - they remain behind bars

# A verb of tallying ("arrests now total 51", "the detainees numbered 300") counts people who are there (held)
# when nothing says otherwise; an event word right before it says which ("arrests total 51" counts arrests:
# claims.c), as es.held.tally and pt.held.tally do.
@rule en.held.tally trigger event=held tally=1
  (?<!the\s)(?<!a\s)\b(?:(?:now\s+)?total(?:s|led|ed)?|numbered|now\s+number)(?=\s+(?:(?:more\s+than|at\s+least|about|some|nearly|over|almost|roughly)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + arrests now total 51 => _=now total
  + political prisoners numbered more than 600 => _=numbered
  - a total 51
  - the total of 51 people
