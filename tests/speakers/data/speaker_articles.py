"""Speaker test articles (issue 14): invented, in styles and outlets the dev set lacks.

Written and annotated before saidwhat was run on them; their first score is kept in
``README.md`` beside this file. Every name, place and event is made up. Spans are given
as substrings (``build.py`` locates them), content pieces in order, searched from
``after`` when the first piece occurs more than once. The speaker is the fullest name
the article gives the source's referent; with no name, the source text, unresolved.
"""


def A(source, cue, content, speaker, kind, **extra):
    as_list = lambda x: [x] if isinstance(x, str) else list(x)
    return dict(source=as_list(source), cue=as_list(cue), content=as_list(content),
                speaker=speaker, kind=kind, **extra)


ARTICLES = [
    dict(id="sp-01-wire-central-bank", text="""Central bank holds rates, signals patience on inflation

FREDRIKSBORG, May 7 (Reuters) - The Nordhaven central bank kept its main rate at 3.5 percent on Wednesday, and Governor Ingrid Solberg said policymakers would need "several more months" of data before cutting.

Solberg told reporters that wage growth of 4.8 percent was still too fast to be consistent with the bank's target.

Finance Minister Peder Aune, who has pressed for lower borrowing costs, said the decision was disappointing for homeowners.

"We respect the bank's independence, but families are hurting," Aune said in a statement.

The governor said the bank was not deaf to those concerns. "We are not in the business of causing pain," she said. "We are in the business of preventing a worse one."

Economists at Vestbank said they now expected the first cut in September.""", attributions=[
        A("Governor Ingrid Solberg", "said", "policymakers would need \"several more months\" of data before cutting", "Ingrid Solberg", "mixed"),
        A("Solberg", "told", "wage growth of 4.8 percent was still too fast to be consistent with the bank's target", "Ingrid Solberg", "indirect"),
        A("Finance Minister Peder Aune, who has pressed for lower borrowing costs", "said", "the decision was disappointing for homeowners", "Peder Aune", "indirect"),
        A("Aune", ["said", "in a statement"], "We respect the bank's independence, but families are hurting", "Peder Aune", "direct"),
        A("The governor", "said", "the bank was not deaf to those concerns", "Ingrid Solberg", "indirect"),
        A("she", "said", ["We are not in the business of causing pain", "We are in the business of preventing a worse one."], "Ingrid Solberg", "direct"),
        A("Economists at Vestbank", "said", "they now expected the first cut in September", "Economists at Vestbank", "indirect", unresolved=True),
    ]),
    dict(id="sp-02-tabloid-celebrity-split", text="""EXCLUSIVE: TV chef Dazza's marriage 'over' as wife moves out

Telly chef Darren "Dazza" Pike and his wife of eight years have split, the Daily Globe can reveal.

Glamour model Kerry-Ann Pike moved out of the couple's Cheshire mansion last week, a source close to the pair said.

"They've been living separate lives for months. Kerry-Ann just couldn't take the late nights any more," the insider told us.

Dazza, 41, fronted the hit show Pike's Kitchen until last year.

His spokeswoman said: "Darren asks that his family's privacy is respected at this difficult time."

Kerry-Ann posted a cryptic message on Instagram on Sunday, writing: "New chapter. Stronger than ever."

Her pal Jodie Marsh-Little said the star was "relieved" it was finally out in the open.""", attributions=[
        A("a source close to the pair", "said", "Glamour model Kerry-Ann Pike moved out of the couple's Cheshire mansion last week", "a source close to the pair", "indirect", unresolved=True),
        A("the insider", "told", "They've been living separate lives for months. Kerry-Ann just couldn't take the late nights any more", "the insider", "direct", unresolved=True, speaker_alternates=["a source close to the pair"]),
        A("His spokeswoman", "said", "Darren asks that his family's privacy is respected at this difficult time.", "Darren Pike", "direct", speaker_alternates=["His spokeswoman"]),
        A("Kerry-Ann", ["posted", "writing"], "New chapter. Stronger than ever.", "Kerry-Ann Pike", "direct"),
        A("Her pal Jodie Marsh-Little", "said", "the star was \"relieved\" it was finally out in the open", "Jodie Marsh-Little", "mixed"),
    ]),
    dict(id="sp-03-court-threat", text="""Man charged after threats to county clerk

A Harlan County man has been charged with threatening to kill the county clerk after the 2026 election, prosecutors said Monday.

Wesley Crane, 52, left a voicemail for clerk Donna Ruiz in which he said she would "pay with her life" if the count was certified, according to the indictment.

Assistant U.S. Attorney Marcus Bell said in court that Crane had also driven past Ruiz's home twice in one week.

Ruiz said in a statement that she had been afraid to leave her house.

"I did my job, and I will keep doing it," she said.

Crane's lawyer, Gail Porter, said her client had never intended to harm anyone and would plead not guilty.

Judge Anita Ellison ordered Crane held without bail. Ellison said the messages showed "a real and specific danger.\"""", attributions=[
        A("prosecutors", "said", "A Harlan County man has been charged with threatening to kill the county clerk after the 2026 election", "prosecutors", "indirect", unresolved=True),
        A("the indictment", "according to", "Wesley Crane, 52, left a voicemail for clerk Donna Ruiz in which he said she would \"pay with her life\" if the count was certified", "the indictment", "mixed", unresolved=True, speaker_alternates=["prosecutors"]),
        A("he", "said", "she would \"pay with her life\" if the count was certified", "Wesley Crane", "mixed", nested_in=2),
        A("Assistant U.S. Attorney Marcus Bell", ["said", "in court"], "Crane had also driven past Ruiz's home twice in one week", "Marcus Bell", "indirect"),
        A("Ruiz", ["said", "in a statement"], "she had been afraid to leave her house", "Donna Ruiz", "indirect"),
        A("she", "said", "I did my job, and I will keep doing it", "Donna Ruiz", "direct"),
        A("Crane's lawyer, Gail Porter", "said", "her client had never intended to harm anyone and would plead not guilty", "Gail Porter", "indirect"),
        A("Ellison", "said", "the messages showed \"a real and specific danger.\"", "Anita Ellison", "mixed"),
    ]),
    dict(id="sp-04-transcript-interview", text="""Transcript: Mayor Okafor on the transit strike

The following is an edited transcript of Sunday's interview with Mayor Chidi Okafor on Metro Week, hosted by Lena Brandt.

LENA BRANDT: Mayor, the strike is in its ninth day. When does it end?

CHIDI OKAFOR: It ends when both sides come back to the table. I have offered the city hall ballroom, free of charge, any hour of the day.

LENA BRANDT: The union says you have not offered any money.

CHIDI OKAFOR: That is simply not true. We put a 4 percent raise on the table in March.

Union president Rosa Quintero disputed that account after the broadcast. "Four percent over three years is not a raise, it is a pay cut," Quintero said.""", attributions=[
        A("LENA BRANDT", ":", "Mayor, the strike is in its ninth day. When does it end?", "Lena Brandt", "direct"),
        A("CHIDI OKAFOR", ":", "It ends when both sides come back to the table. I have offered the city hall ballroom, free of charge, any hour of the day.", "Chidi Okafor", "direct"),
        A("LENA BRANDT", ":", "The union says you have not offered any money.", "Lena Brandt", "direct"),
        A("The union", "says", "you have not offered any money", "The union", "indirect", unresolved=True, nested_in=3),
        A("CHIDI OKAFOR", ":", "That is simply not true. We put a 4 percent raise on the table in March.", "Chidi Okafor", "direct"),
        A("Union president Rosa Quintero", "disputed", "that account", "Rosa Quintero", "indirect"),
        A("Quintero", "said", "Four percent over three years is not a raise, it is a pay cut", "Rosa Quintero", "direct"),
    ]),
    dict(id="sp-05-state-media-surname-first", text="""Eastern province reports record grain harvest

JINYANG, Oct. 12 (Xinhua) -- Grain output in eastern Lanshan Province reached a record 38.6 million tonnes this year, provincial officials said Saturday.

Guan Yuxin, director of the provincial department of agriculture and rural affairs, told a press conference that high-standard farmland now covered 70 percent of arable land.

"Mechanized sowing and better seeds were the two decisive factors," Guan said.

Farmer Zhao Minghui, who grows wheat on 40 hectares in Qingbei County, said his yield per hectare had risen by a fifth in three years.

The provincial government has pledged to keep grain output above 38 million tonnes through 2030, according to a work report released in January.""", attributions=[
        A("provincial officials", "said", "Grain output in eastern Lanshan Province reached a record 38.6 million tonnes this year", "provincial officials", "indirect", unresolved=True),
        A("Guan Yuxin, director of the provincial department of agriculture and rural affairs", "told", "high-standard farmland now covered 70 percent of arable land", "Guan Yuxin", "indirect"),
        A("Guan", "said", "Mechanized sowing and better seeds were the two decisive factors", "Guan Yuxin", "direct"),
        A("Farmer Zhao Minghui, who grows wheat on 40 hectares in Qingbei County", "said", "his yield per hectare had risen by a fifth in three years", "Zhao Minghui", "indirect"),
        A("a work report released in January", "according to", "The provincial government has pledged to keep grain output above 38 million tonnes through 2030", "a work report released in January", "indirect", unresolved=True),
    ]),
    dict(id="sp-06-live-blog-floods", text="""Floods live: thousands evacuated as river peaks

14:05 Emergency services minister Hamid Rahimi has arrived in Dunmore. Speaking to reporters by the bridge, the minister said 3,200 people had been evacuated overnight.

"The next 12 hours are critical. If you are told to leave, leave," Rahimi said.

13:40 The Met Office has extended its red warning until Thursday morning. Chief meteorologist Claire Dunbar said a further 60mm of rain could fall on saturated ground.

13:15 Dunmore's mayor, Sean Gallagher, says the town's two schools have been turned into shelters. He told local radio that volunteers had worked through the night.

12:50 A resident on Mill Street, who asked not to be named, said the water had come up "faster than anyone expected".""", attributions=[
        A("the minister", "said", "3,200 people had been evacuated overnight", "Hamid Rahimi", "indirect"),
        A("Rahimi", "said", "The next 12 hours are critical. If you are told to leave, leave", "Hamid Rahimi", "direct"),
        A("Chief meteorologist Claire Dunbar", "said", "a further 60mm of rain could fall on saturated ground", "Claire Dunbar", "indirect"),
        A("Dunmore's mayor, Sean Gallagher", "says", "the town's two schools have been turned into shelters", "Sean Gallagher", "indirect"),
        A("He", "told", "volunteers had worked through the night", "Sean Gallagher", "indirect"),
        A("A resident on Mill Street, who asked not to be named", "said", "the water had come up \"faster than anyone expected\"", "A resident on Mill Street", "mixed", unresolved=True, speaker_alternates=["A resident on Mill Street, who asked not to be named"]),
    ]),
    dict(id="sp-07-sport-striker", text="""Okonjo double sends Rovers top as Baines rues missed chances

Rovers moved top of the table after a 2-1 win at Castleford, with striker Emeka Okonjo scoring twice in the second half.

The 24-year-old said afterwards that the team had "stayed calm" after going behind.

"The gaffer told us at half-time to keep the ball and the goals would come," Okonjo said.

Castleford manager Terry Baines was left frustrated. "We had three clear chances before the break and took none of them," said Baines, whose side have won once in eight games.

Rovers boss Miguel Santos praised his defence. The Portuguese said his players had "suffered together" in the last ten minutes.""", attributions=[
        A("The 24-year-old", "said", "the team had \"stayed calm\" after going behind", "Emeka Okonjo", "mixed"),
        A("Okonjo", "said", "The gaffer told us at half-time to keep the ball and the goals would come", "Emeka Okonjo", "direct"),
        A("The gaffer", "told", "to keep the ball and the goals would come", "The gaffer", "indirect", unresolved=True, nested_in=2),
        A("Baines, whose side have won once in eight games", "said", "We had three clear chances before the break and took none of them", "Terry Baines", "direct"),
        A("Rovers boss Miguel Santos", "praised", "his defence", "Miguel Santos", "indirect"),
        A("The Portuguese", "said", "his players had \"suffered together\" in the last ten minutes", "Miguel Santos", "mixed"),
    ]),
    dict(id="sp-08-science-study", text="""Bees learn faster in cooler hives, study finds

Honeybees kept in cooler hives learned to find sugar faster than those in warm ones, according to a study published Wednesday in the journal Insect Behaviour.

The researchers, led by Dr. Amara Osei of the University of Kelvingrove, trained 600 bees over two summers.

"The effect was much larger than we expected," Osei said in an interview. "A difference of four degrees changed learning speed by a third."

The study found that the effect vanished when hives were ventilated.

Entomologist Pablo Ferrer, who was not involved in the work, said the findings were "intriguing but preliminary". He cautioned that the experiment was run at a single site.""", attributions=[
        A("a study published Wednesday in the journal Insect Behaviour", "according to", "Honeybees kept in cooler hives learned to find sugar faster than those in warm ones", "Amara Osei", "indirect"),
        A("Osei", ["said", "in an interview"], ["The effect was much larger than we expected", "A difference of four degrees changed learning speed by a third."], "Amara Osei", "direct"),
        A("The study", "found", "the effect vanished when hives were ventilated", "Amara Osei", "indirect"),
        A("Entomologist Pablo Ferrer, who was not involved in the work", "said", "the findings were \"intriguing but preliminary\"", "Pablo Ferrer", "mixed"),
        A("He", "cautioned", "the experiment was run at a single site", "Pablo Ferrer", "indirect"),
    ]),
    dict(id="sp-09-us-politics-parties", text="""Senate deal on border bill collapses

WASHINGTON — A bipartisan deal on border funding fell apart Thursday, with both parties blaming the other.

Sen. Ruth Calloway of Oregon, the Democrats' lead negotiator, said Republicans had "walked away from their own proposal."

Sen. Dale Whitaker of Kansas, the top Republican on the committee, said the Democratic draft spent too little on enforcement. The second-term Republican told reporters he would not support "a bill that pretends to fix the border."

The Oregon Democrat said she would keep talking. "My phone is on," Calloway said.

A White House spokesman said the president remained "hopeful" about a deal.""", attributions=[
        A("Sen. Ruth Calloway of Oregon, the Democrats' lead negotiator", "said", "Republicans had \"walked away from their own proposal.\"", "Ruth Calloway", "mixed"),
        A("Sen. Dale Whitaker of Kansas, the top Republican on the committee", "said", "the Democratic draft spent too little on enforcement", "Dale Whitaker", "indirect"),
        A("The second-term Republican", "told", "he would not support \"a bill that pretends to fix the border.\"", "Dale Whitaker", "mixed"),
        A("The Oregon Democrat", "said", "she would keep talking", "Ruth Calloway", "indirect"),
        A("Calloway", "said", "My phone is on", "Ruth Calloway", "direct"),
        A("A White House spokesman", "said", "the president remained \"hopeful\" about a deal", "White House", "mixed", speaker_alternates=["A White House spokesman"]),
    ]),
    dict(id="sp-10-business-bankruptcy", text="""Retailer Halden & Co files for bankruptcy protection

Halden & Co, the 90-year-old department store chain, filed for Chapter 11 bankruptcy protection on Tuesday, citing falling sales and $1.2 billion in debt.

The company said in a statement that its 64 stores would stay open during the process.

Chief executive Marisa Lund said the filing would "give us the breathing room to reshape the business." Lund, who joined from a rival chain last year, said she expected the company to emerge by the end of the year.

The bankruptcy filing shows that the company owes its largest supplier $48 million.

Analysts were sceptical. "This is a chain that has been shrinking for a decade," said Owen Hale, a retail analyst at Brightwater Securities.""", attributions=[
        A("The company", ["said", "in a statement"], "its 64 stores would stay open during the process", "Halden & Co", "indirect"),
        A("Chief executive Marisa Lund", "said", "the filing would \"give us the breathing room to reshape the business.\"", "Marisa Lund", "mixed"),
        A("Lund, who joined from a rival chain last year", "said", "she expected the company to emerge by the end of the year", "Marisa Lund", "indirect"),
        A("The bankruptcy filing", "shows", "the company owes its largest supplier $48 million", "Halden & Co", "indirect"),
        A("Owen Hale, a retail analyst at Brightwater Securities", "said", "This is a chain that has been shrinking for a decade", "Owen Hale", "direct"),
    ]),
    dict(id="sp-11-uk-politics-sir", text="""Former minister attacks housing targets

Sir Richard Hallam, the former housing minister, has said the government's target of 300,000 new homes a year is "a slogan, not a plan".

Writing in the Sunday Courier, Sir Richard argued that councils lacked the planners to approve that many homes.

Housing Secretary Priya Nandra rejected the criticism. A spokesman for her department said the target was "ambitious and achievable".

Ms Nandra told MPs on Monday that 40 new planning officers would be funded in every region.

Sir Richard, who served under two prime ministers, said he had "heard that promise before".""", attributions=[
        A("Sir Richard Hallam, the former housing minister", "has said", "the government's target of 300,000 new homes a year is \"a slogan, not a plan\"", "Richard Hallam", "mixed"),
        A("Sir Richard", ["Writing in the Sunday Courier", "argued"], "councils lacked the planners to approve that many homes", "Richard Hallam", "indirect"),
        A("Housing Secretary Priya Nandra", "rejected", "the criticism", "Priya Nandra", "indirect"),
        A("A spokesman for her department", "said", "the target was \"ambitious and achievable\"", "A spokesman for her department", "mixed", unresolved=True),
        A("Ms Nandra", "told", "40 new planning officers would be funded in every region", "Priya Nandra", "indirect"),
        A("Sir Richard, who served under two prime ministers", "said", "he had \"heard that promise before\"", "Richard Hallam", "mixed"),
    ]),
    dict(id="sp-12-gulf-minister-al", text="""Gulf oil ministers signal output freeze

Oil ministers from four Gulf producers said on Sunday they would keep output unchanged until at least March.

Kuwait's oil minister, Faisal al-Mutairi, told a news conference in Doha that the market was "well supplied" and that prices reflected fundamentals.

"There is no need for any additional action at this stage," al-Mutairi said.

Qatar's energy minister, Khalid bin Nasser Al Thani, said his country would honour existing contracts with Asian buyers.

Traders said the decision was widely expected.""", attributions=[
        A("Oil ministers from four Gulf producers", "said", "they would keep output unchanged until at least March", "Oil ministers from four Gulf producers", "indirect", unresolved=True),
        A("Kuwait's oil minister, Faisal al-Mutairi", "told", "the market was \"well supplied\" and that prices reflected fundamentals", "Faisal al-Mutairi", "mixed"),
        A("al-Mutairi", "said", "There is no need for any additional action at this stage", "Faisal al-Mutairi", "direct"),
        A("Qatar's energy minister, Khalid bin Nasser Al Thani", "said", "his country would honour existing contracts with Asian buyers", "Khalid bin Nasser Al Thani", "indirect"),
        A("Traders", "said", "the decision was widely expected", "Traders", "indirect", unresolved=True),
    ]),
    dict(id="sp-13-translated-state-media-title", text="""Minister: water reserves sufficient for irrigation season

ALMATY, April 2. /Kazinform/. Reservoirs in the south of the country hold enough water for the coming irrigation season, Deputy Minister of Water Resources and Irrigation of the Republic of Kazakhstan Yerlan Kovalenko said at a briefing on Tuesday.

According to Kovalenko, the reservoirs are filled to 86 percent of their design volume.

The deputy minister noted that farmers in the Turkestan region had been advised to switch to drip irrigation on 12,000 hectares.

Earlier, the head of the Kazvodkhoz state enterprise, Dinara Kemelbekova, reported that repairs to 140 kilometres of canals had been completed.""", attributions=[
        A("Minister", ":", "water reserves sufficient for irrigation season", "Yerlan Kovalenko", "headline"),
        A("Deputy Minister of Water Resources and Irrigation of the Republic of Kazakhstan Yerlan Kovalenko", ["said", "at a briefing"], "Reservoirs in the south of the country hold enough water for the coming irrigation season", "Yerlan Kovalenko", "indirect"),
        A("Kovalenko", "According to", "the reservoirs are filled to 86 percent of their design volume", "Yerlan Kovalenko", "indirect"),
        A("The deputy minister", "noted", "farmers in the Turkestan region had been advised to switch to drip irrigation on 12,000 hectares", "Yerlan Kovalenko", "indirect"),
        A("the head of the Kazvodkhoz state enterprise, Dinara Kemelbekova", "reported", "repairs to 140 kilometres of canals had been completed", "Dinara Kemelbekova", "indirect"),
    ]),
    dict(id="sp-14-police-statement", text="""Two arrested after jewellery shop raid

Two men have been arrested after a jewellery shop in Marlow Street was raided on Friday evening, Thames Valley Police said.

A spokesman for the force said officers were called at 6.40pm to reports of men armed with hammers.

Detective Inspector Fiona McRae said: "This was a terrifying ordeal for the staff, who acted with great courage."

Shop owner Raj Mehta said the men had taken watches worth about £80,000. He said one of his assistants had been treated for shock.

Police said both suspects, aged 19 and 23, remained in custody.""", attributions=[
        A("Thames Valley Police", "said", "Two men have been arrested after a jewellery shop in Marlow Street was raided on Friday evening", "Thames Valley Police", "indirect"),
        A("A spokesman for the force", "said", "officers were called at 6.40pm to reports of men armed with hammers", "Thames Valley Police", "indirect", speaker_alternates=["A spokesman for the force"]),
        A("Detective Inspector Fiona McRae", "said", "This was a terrifying ordeal for the staff, who acted with great courage.", "Fiona McRae", "direct"),
        A("Shop owner Raj Mehta", "said", "the men had taken watches worth about £80,000", "Raj Mehta", "indirect"),
        A("He", "said", "one of his assistants had been treated for shock", "Raj Mehta", "indirect"),
        A("Police", "said", "both suspects, aged 19 and 23, remained in custody", "Thames Valley Police", "indirect"),
    ]),
    dict(id="sp-15-foreign-capitals", text="""Moscow and Beijing reject sanctions threat

Moscow on Friday dismissed a threat of new European sanctions as "economic blackmail", while Beijing said it would take "all necessary measures" to protect its companies.

Kremlin spokesman Pavel Lagunov told reporters that the measures would hurt Europe more than Russia.

China's foreign ministry spokeswoman, Mei Lanfang, said at a regular briefing that Chinese firms had done nothing wrong. She urged the European Union to "correct its mistakes".

The European Commission said in a statement that the proposals would be discussed by member states next week.""", attributions=[
        A("Moscow", "dismissed", "a threat of new European sanctions as \"economic blackmail\"", "Russia", "mixed"),
        A("Beijing", "said", "it would take \"all necessary measures\" to protect its companies", "China", "mixed"),
        A("Kremlin spokesman Pavel Lagunov", "told", "the measures would hurt Europe more than Russia", "Pavel Lagunov", "indirect"),
        A("China's foreign ministry spokeswoman, Mei Lanfang", ["said", "at a regular briefing"], "Chinese firms had done nothing wrong", "Mei Lanfang", "indirect"),
        A("She", "urged", "the European Union to \"correct its mistakes\"", "Mei Lanfang", "mixed"),
        A("The European Commission", ["said", "in a statement"], "the proposals would be discussed by member states next week", "The European Commission", "indirect"),
    ]),
    dict(id="sp-16-obituary-family", text="""Theo Marsh, jazz pianist who played with the greats, dies at 88

Theo Marsh, a pianist who accompanied some of the biggest names in jazz, has died at his home in New Orleans. He was 88.

His daughter, Anna Marsh, said he died peacefully on Sunday surrounded by family.

"Dad never stopped practising. He played scales every morning until last month," she said.

The saxophonist Lou Benton, who toured with Marsh in the 1970s, said he had "the lightest touch of anyone I ever heard."

Marsh once told an interviewer that he had learned more from church organists than from any conservatory.""", attributions=[
        A("His daughter, Anna Marsh", "said", "he died peacefully on Sunday surrounded by family", "Anna Marsh", "indirect"),
        A("she", "said", "Dad never stopped practising. He played scales every morning until last month", "Anna Marsh", "direct"),
        A("The saxophonist Lou Benton, who toured with Marsh in the 1970s", "said", "he had \"the lightest touch of anyone I ever heard.\"", "Lou Benton", "mixed"),
        A("Marsh", "told", "he had learned more from church organists than from any conservatory", "Theo Marsh", "indirect"),
    ]),
    dict(id="sp-17-two-women-local", text="""Library closure plan splits council

Plans to close two branch libraries were debated for three hours at Tuesday's council meeting.

Councillor Helen Ward, who chairs the finance committee, said the closures would save £310,000 a year. She said the money would be used to keep the central library open on Sundays.

Councillor Judith Ames, whose ward includes the Eastfield branch, said the plan would leave 9,000 residents without a library within walking distance.

"Eastfield has nothing else. No bank, no post office. Now no library," Ames said.

Ward replied that a mobile library would visit Eastfield twice a week.

Ames said that was "not good enough".""", attributions=[
        A("Councillor Helen Ward, who chairs the finance committee", "said", "the closures would save £310,000 a year", "Helen Ward", "indirect"),
        A("She", "said", "the money would be used to keep the central library open on Sundays", "Helen Ward", "indirect"),
        A("Councillor Judith Ames, whose ward includes the Eastfield branch", "said", "the plan would leave 9,000 residents without a library within walking distance", "Judith Ames", "indirect"),
        A("Ames", "said", "Eastfield has nothing else. No bank, no post office. Now no library", "Judith Ames", "direct"),
        A("Ward", "replied", "a mobile library would visit Eastfield twice a week", "Helen Ward", "indirect"),
        A("Ames", "said", "that was \"not good enough\"", "Judith Ames", "mixed"),
    ]),
    dict(id="sp-18-quote-names-another", text="""Coach says he was never told of ban

Former Kestrel United coach Paul Dempsey said on Wednesday that the club's chairman had never told him about the transfer ban.

"Gordon Fyfe never called me, never wrote to me, never said a word," Dempsey said. "I found out from a journalist."

He added that he would be speaking to his lawyers.

Fyfe, in a short statement, said the coach had been "informed in writing" in January.

The league said it would not comment on an ongoing matter.""", attributions=[
        A("Former Kestrel United coach Paul Dempsey", "said", "the club's chairman had never told him about the transfer ban", "Paul Dempsey", "indirect"),
        A("Dempsey", "said", ["Gordon Fyfe never called me, never wrote to me, never said a word", "I found out from a journalist."], "Paul Dempsey", "direct"),
        A("He", "added", "he would be speaking to his lawyers", "Paul Dempsey", "indirect"),
        A("Fyfe", ["in a short statement", "said"], "the coach had been \"informed in writing\" in January", "Gordon Fyfe", "mixed"),
        A("The league", "said", "it would not comment on an ongoing matter", "The league", "indirect", unresolved=True),
    ]),
    dict(id="sp-19-about-not-by", text="""Businessman accused of threatening rival

Police said on Thursday that property developer Victor Hale had threatened a rival bidder during a dispute over a city-centre site.

According to a police report seen by the Evening Post, Hale told the rival, Simon Kerr, that he would "make sure he never worked in this town again".

Kerr said he had reported the conversation because he feared for his family.

Hale's solicitor said his client "categorically denies" making any threat.""", attributions=[
        A("Police", "said", "property developer Victor Hale had threatened a rival bidder during a dispute over a city-centre site", "Police", "indirect", unresolved=True),
        A("a police report seen by the Evening Post", "According to", "Hale told the rival, Simon Kerr, that he would \"make sure he never worked in this town again\"", "a police report seen by the Evening Post", "mixed", unresolved=True),
        A("Hale", "told", "he would \"make sure he never worked in this town again\"", "Victor Hale", "mixed", nested_in=2),
        A("Kerr", "said", "he had reported the conversation because he feared for his family", "Simon Kerr", "indirect"),
        A("Hale's solicitor", "said", "his client \"categorically denies\" making any threat", "Hale's solicitor", "mixed", unresolved=True),
    ]),
    dict(id="sp-20-press-release", text="""Verano Health to open three clinics

PHOENIX, June 3, 2026 /PRNewswire/ -- Verano Health, a network of primary care clinics, today announced that it will open three new clinics in the Phoenix area by the end of the year.

"Too many families here wait weeks to see a doctor," said Dr. Lydia Chen, chief medical officer of Verano Health. "These clinics will cut that to days."

The company said the clinics would create about 120 jobs.

Verano Health chief executive Tom Albers said the expansion was funded by a $40 million investment from existing shareholders.""", attributions=[
        A("Verano Health, a network of primary care clinics", "announced", "it will open three new clinics in the Phoenix area by the end of the year", "Verano Health", "indirect"),
        A("Dr. Lydia Chen, chief medical officer of Verano Health", "said", ["Too many families here wait weeks to see a doctor", "These clinics will cut that to days."], "Lydia Chen", "direct"),
        A("The company", "said", "the clinics would create about 120 jobs", "Verano Health", "indirect"),
        A("Verano Health chief executive Tom Albers", "said", "the expansion was funded by a $40 million investment from existing shareholders", "Tom Albers", "indirect"),
    ]),
    dict(id="sp-21-election-night", text="""Ortiz ousts three-term incumbent in mayor's race

Challenger Marisol Ortiz defeated Mayor Frank Dolan on Tuesday, ending his 12 years in office.

Ortiz told supporters at a downtown hotel that voters had "chosen a new direction."

Dolan conceded shortly after 11 p.m. The incumbent said he had called Ortiz to congratulate her. "The voters have spoken, and I respect that," he said.

Her campaign manager, Dev Patel, said turnout in the east side precincts had decided the race.""", attributions=[
        A("Ortiz", "told", "voters had \"chosen a new direction.\"", "Marisol Ortiz", "mixed"),
        A("The incumbent", "said", "he had called Ortiz to congratulate her", "Frank Dolan", "indirect"),
        A("he", "said", "The voters have spoken, and I respect that", "Frank Dolan", "direct"),
        A("Her campaign manager, Dev Patel", "said", "turnout in the east side precincts had decided the race", "Dev Patel", "indirect"),
    ]),
    dict(id="sp-22-health-agency", text="""Measles cases rise for third week

The number of measles cases in the region rose to 86 this week, the regional health agency said on Friday.

The agency urged parents to check that their children had received both doses of the vaccine.

Dr. Nadia Farouk, the agency's director of public health, said most of the cases were in children under five. "Every one of these cases was preventable," she said.

A World Health Organization official said the region's vaccination rate of 84 percent was well below the 95 percent needed to stop outbreaks.""", attributions=[
        A("the regional health agency", "said", "The number of measles cases in the region rose to 86 this week", "the regional health agency", "indirect", unresolved=True),
        A("The agency", "urged", "parents to check that their children had received both doses of the vaccine", "the regional health agency", "indirect", unresolved=True),
        A("Dr. Nadia Farouk, the agency's director of public health", "said", "most of the cases were in children under five", "Nadia Farouk", "indirect"),
        A("she", "said", "Every one of these cases was preventable", "Nadia Farouk", "direct"),
        A("A World Health Organization official", "said", "the region's vaccination rate of 84 percent was well below the 95 percent needed to stop outbreaks", "World Health Organization", "indirect", speaker_alternates=["A World Health Organization official"]),
    ]),
]
