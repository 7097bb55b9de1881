"""Held-out attribution articles: invented, in styles the dev set under-represents.

Written and annotated before the extractor was run on them. Each attribution gives
its spans as substrings (build_heldout.py locates them): content pieces in order,
searched from `after` when the first piece occurs more than once.
"""


def A(source, cue, content, speaker, kind, **extra):
    as_list = lambda x: [x] if isinstance(x, str) else list(x)
    return dict(source=as_list(source), cue=as_list(cue), content=as_list(content),
                speaker=speaker, kind=kind, **extra)


ARTICLES = [
    dict(id="ho-01-uk-parking-single-quotes", text="""Council chief defends parking charges

The leader of Brackton council has defended a rise in parking charges, saying the money would be 'ring-fenced' for bus services.

Councillor Janet Holloway said the increase, which takes effect in April, was 'the only responsible option' after a £4m shortfall in the transport budget.

'Nobody likes paying more to park, and I understand why people are angry,' she said. 'But the alternative is cutting the routes that elderly residents depend on.'

Bus fares, she added, would be frozen until 2026.

Opposition councillors were scathing. Tom Reddy, the Liberal Democrat group leader, told the BBC the plans were 'a tax on shopping' that would drive trade away from the high street.

'Footfall is already down 12 per cent on last year,' Mr Reddy said. 'This will finish off the independent shops.'

A council spokesperson said charges in Brackton remained lower than in neighbouring towns.

The Federation of Small Businesses is expected to respond formally next week.""", attributions=[
        A("The leader of Brackton council", "saying", "the money would be 'ring-fenced' for bus services", "Janet Holloway", "mixed"),
        A("Councillor Janet Holloway", "said", "the increase, which takes effect in April, was 'the only responsible option' after a £4m shortfall in the transport budget", "Janet Holloway", "mixed"),
        A("she", "said", ["Nobody likes paying more to park, and I understand why people are angry", "But the alternative is cutting the routes that elderly residents depend on."], "Janet Holloway", "direct"),
        A("she", "added", ["Bus fares", "would be frozen until 2026"], "Janet Holloway", "indirect"),
        A("Tom Reddy, the Liberal Democrat group leader", "told", "the plans were 'a tax on shopping' that would drive trade away from the high street", "Tom Reddy", "mixed"),
        A("Mr Reddy", "said", ["Footfall is already down 12 per cent on last year", "This will finish off the independent shops."], "Tom Reddy", "direct"),
        A("A council spokesperson", "said", "charges in Brackton remained lower than in neighbouring towns", "Brackton council", "indirect"),
    ]),
    dict(id="ho-02-us-water-multiparagraph", text="""Water district weighs rate increase as reservoir levels fall

SAN MARCOS VALLEY — The board of the Valley Water District will vote next month on a 9 percent rate increase, officials said Tuesday, after a second dry winter left the district's main reservoir at 41 percent of capacity.

General manager Luis Ortega laid out the case at a packed public meeting.

"We have deferred maintenance on pipes that were laid in the 1960s. Every year we wait, the repair bill grows.

"I'm not going to stand here and tell you this is painless. It isn't. But the choice is between paying a little more now and paying a great deal more later," Ortega said.

Residents who spoke during the public comment period were mostly opposed. Maria Delgado, a retired teacher who has lived in the valley for 30 years, said she already pays more than $120 a month.

"Where does it stop?" she asked.

The district's own consultant, in a report released last week, estimated that the increase would raise about $6.2 million a year.

Board president Harold Kim said he was "open to a smaller increase" if the district could secure state grants, but cautioned that such money was far from guaranteed.

The vote is scheduled for March 12.""", attributions=[
        A("officials", "said", "The board of the Valley Water District will vote next month on a 9 percent rate increase", "officials", "indirect", unresolved=True),
        A("Ortega", "said", "We have deferred maintenance on pipes that were laid in the 1960s. Every year we wait, the repair bill grows.\n\n\"I'm not going to stand here and tell you this is painless. It isn't. But the choice is between paying a little more now and paying a great deal more later", "Luis Ortega", "direct", note="one quotation over two paragraphs"),
        A("Maria Delgado, a retired teacher who has lived in the valley for 30 years", "said", "she already pays more than $120 a month", "Maria Delgado", "indirect"),
        A("she", "asked", "Where does it stop?", "Maria Delgado", "direct"),
        A("The district's own consultant", ["in a report released last week", "estimated"], "the increase would raise about $6.2 million a year", "The district's own consultant", "indirect", unresolved=True),
        A("Board president Harold Kim", "said", "he was \"open to a smaller increase\" if the district could secure state grants", "Harold Kim", "mixed"),
        A("Board president Harold Kim", "cautioned", "such money was far from guaranteed", "Harold Kim", "indirect", note="shared subject of a second cue"),
    ]),
    dict(id="ho-03-ap-storm-inversions", text="""Storm knocks out power to 200,000 in Gulf Coast states

NEW ORLEANS (AP) — A fast-moving storm system knocked out power to more than 200,000 homes and businesses across Louisiana and Mississippi on Sunday, and forecasters warned that more severe weather was possible overnight.

"We're seeing wind damage across a wide area, trees on lines, poles snapped," said Carla Benoit, a spokeswoman for Gulf Power Cooperative. "Crews will work through the night, but some customers should expect to be without power into Tuesday."

At least two people were killed when a tree fell on a car near Hammond, said Tangipahoa Parish Sheriff Daniel Edwards.

The National Weather Service said the storm produced at least three tornadoes.

"It sounded like a freight train," said Lorraine Pitre, 67, who rode out the storm in a hallway of her home in Ponchatoula. "I've lived here my whole life and I've never heard anything like it."

Gov. Ray Thibodeaux declared a state of emergency for 14 parishes, his office said in a statement.

Associated Press writer Kim Lowe in Jackson, Mississippi, contributed to this report.""", attributions=[
        A("forecasters", "warned", "more severe weather was possible overnight", "forecasters", "indirect", unresolved=True),
        A("Carla Benoit, a spokeswoman for Gulf Power Cooperative", "said", ["We're seeing wind damage across a wide area, trees on lines, poles snapped", "Crews will work through the night, but some customers should expect to be without power into Tuesday."], "Carla Benoit", "direct"),
        A("Tangipahoa Parish Sheriff Daniel Edwards", "said", "At least two people were killed when a tree fell on a car near Hammond", "Daniel Edwards", "indirect"),
        A("The National Weather Service", "said", "the storm produced at least three tornadoes", "National Weather Service", "indirect"),
        A("Lorraine Pitre, 67, who rode out the storm in a hallway of her home in Ponchatoula", "said", ["It sounded like a freight train", "I've lived here my whole life and I've never heard anything like it."], "Lorraine Pitre", "direct"),
        A("his office", "said in a statement", "Gov. Ray Thibodeaux declared a state of emergency for 14 parishes", "Ray Thibodeaux", "indirect"),
    ]),
    dict(id="ho-04-press-release-funding", text="""Northwind Robotics Announces Series C Funding to Expand Warehouse Automation

BOSTON, Feb. 6, 2025 /PRNewswire/ -- Northwind Robotics, a developer of autonomous mobile robots for warehouses, today announced that it has closed an $85 million Series C funding round led by Harbor Point Ventures.

The company said it will use the funds to double its engineering team and open a European headquarters in Rotterdam later this year.

"Our customers are facing a labor market that simply does not have enough people to fill warehouse shifts," said Priya Nair, co-founder and CEO of Northwind Robotics. "This investment lets us put robots on the floor in months rather than years."

"Northwind has built the most reliable fleet software we have evaluated," said David Chen, partner at Harbor Point Ventures, who will join Northwind's board of directors. "We believe the market for warehouse autonomy will triple by 2030."

According to the company, its robots have completed more than 40 million picks across 120 sites since 2021.

About Northwind Robotics
Northwind Robotics builds autonomous mobile robots that help warehouses move goods faster. For more information, visit www.northwind-robotics.example.

Media contact: Jane Porter, press@northwind-robotics.example""", attributions=[
        A("Northwind Robotics, a developer of autonomous mobile robots for warehouses", "announced", "it has closed an $85 million Series C funding round led by Harbor Point Ventures", "Northwind Robotics", "indirect"),
        A("The company", "said", "it will use the funds to double its engineering team and open a European headquarters in Rotterdam later this year", "Northwind Robotics", "indirect"),
        A("Priya Nair, co-founder and CEO of Northwind Robotics", "said", ["Our customers are facing a labor market that simply does not have enough people to fill warehouse shifts", "This investment lets us put robots on the floor in months rather than years."], "Priya Nair", "direct"),
        A("David Chen, partner at Harbor Point Ventures, who will join Northwind's board of directors", "said", ["Northwind has built the most reliable fleet software we have evaluated", "We believe the market for warehouse autonomy will triple by 2030."], "David Chen", "direct"),
        A("the company", "According to", "its robots have completed more than 40 million picks across 120 sites since 2021", "Northwind Robotics", "indirect"),
    ]),
    dict(id="ho-05-court-fraud-treasurer", text="""Former treasurer jailed for stealing £310,000 from sports club

A former club treasurer who stole more than £310,000 from a youth football club to fund online gambling has been jailed for four years.

Graham Petty, 58, of Linwood Road, Dunmore, admitted fraud by abuse of position at Dunmore Crown Court in January.

Prosecutor Alison Marsh told the court Petty had made 212 transfers from the club's account over six years, disguising them as payments for kit and pitch hire.

'This was a sustained and deliberate deception of people who trusted him,' she said.

Defending, Rupert Hale said his client was 'deeply ashamed' and had sought treatment for his addiction.

Sentencing, Judge Helen Crowther said the offences had 'robbed hundreds of children' of opportunities.

'You were in a position of trust and you abused it month after month,' she told Petty.

The club's chairman, Ian Gough, said in a victim impact statement that several volunteers had resigned after the theft came to light.

Outside court, a club spokesman said the club was 'relieved the case is over' and was working with police to recover the money.""", attributions=[
        A("Prosecutor Alison Marsh", "told", "Petty had made 212 transfers from the club's account over six years, disguising them as payments for kit and pitch hire", "Alison Marsh", "indirect"),
        A("she", "said", "This was a sustained and deliberate deception of people who trusted him", "Alison Marsh", "direct"),
        A("Rupert Hale", "said", "his client was 'deeply ashamed' and had sought treatment for his addiction", "Rupert Hale", "mixed"),
        A("Judge Helen Crowther", "said", "the offences had 'robbed hundreds of children' of opportunities", "Helen Crowther", "mixed"),
        A("she", "told", "You were in a position of trust and you abused it month after month", "Helen Crowther", "direct"),
        A("The club's chairman, Ian Gough", "said in a victim impact statement", "several volunteers had resigned after the theft came to light", "Ian Gough", "indirect"),
        A("a club spokesman", "said", "the club was 'relieved the case is over' and was working with police to recover the money", "a club spokesman", "mixed", unresolved=True),
    ]),
    dict(id="ho-06-science-coffee-study", text="""Coffee drinkers may live longer, large study finds

People who drink two to three cups of coffee a day had a lower risk of early death than those who drank none, according to a study of more than 400,000 adults published on Wednesday.

The study found that the association held for both caffeinated and decaffeinated coffee, suggesting that compounds other than caffeine may be responsible.

"We can't say coffee causes people to live longer, but the results are reassuring for people who already enjoy it," said lead author Dr. Emma Lindqvist, an epidemiologist at the Karolinska Institute in Stockholm.

The researchers wrote in the journal Annals of Internal Medicine that they adjusted for smoking, alcohol use and diet.

Other scientists urged caution. Dr. Peter Morales, a cardiologist at Stanford University who was not involved in the research, said observational studies could not rule out that healthier people simply drink more coffee.

"It's a well-done study, but it's still correlation," he said in an email.

The authors noted that participants were mostly white and middle-aged, which limits how far the findings can be generalized.""", attributions=[
        A("large study", "finds", "Coffee drinkers may live longer", "Emma Lindqvist", "indirect"),
        A("a study of more than 400,000 adults published on Wednesday", "according to", "People who drink two to three cups of coffee a day had a lower risk of early death than those who drank none", "Emma Lindqvist", "indirect"),
        A("The study", "found", "the association held for both caffeinated and decaffeinated coffee, suggesting that compounds other than caffeine may be responsible", "Emma Lindqvist", "indirect"),
        A("lead author Dr. Emma Lindqvist, an epidemiologist at the Karolinska Institute in Stockholm", "said", "We can't say coffee causes people to live longer, but the results are reassuring for people who already enjoy it", "Emma Lindqvist", "direct"),
        A("The researchers", "wrote in the journal Annals of Internal Medicine", "they adjusted for smoking, alcohol use and diet", "The researchers", "indirect", unresolved=True),
        A("Dr. Peter Morales, a cardiologist at Stanford University who was not involved in the research", "said", "observational studies could not rule out that healthier people simply drink more coffee", "Peter Morales", "indirect"),
        A("he", "said in an email", "It's a well-done study, but it's still correlation", "Peter Morales", "direct"),
        A("The authors", "noted", "participants were mostly white and middle-aged, which limits how far the findings can be generalized", "The authors", "indirect", unresolved=True),
    ]),
    dict(id="ho-07-sport-cup-quotes", text="""Reid double sends Harlow into cup semi-finals

Harlow Athletic manager Steve Moran praised his side's 'character' after two late goals from Callum Reid secured a 2-1 win over Ashby Town on Saturday.

'We were second best for an hour, no question,' Moran told BBC Radio Essex. 'But the lads never stopped running and Callum showed what a finisher he is.'

Reid, who has now scored 14 goals this season, said the winner was the best of his career.

'I just hit it and hoped,' the 23-year-old added. 'When it went in I didn't know where to run.'

Ashby boss Nigel Parr was left to rue missed chances. 'If we take one of those in the first half, it's a different game,' he said.

Parr also confirmed that captain Lee Dawson would miss the next month with a hamstring injury.""", attributions=[
        A("Moran", "told", ["We were second best for an hour, no question", "But the lads never stopped running and Callum showed what a finisher he is."], "Steve Moran", "direct"),
        A("Reid, who has now scored 14 goals this season", "said", "the winner was the best of his career", "Callum Reid", "indirect"),
        A("the 23-year-old", "added", ["I just hit it and hoped", "When it went in I didn't know where to run."], "Callum Reid", "direct"),
        A("he", "said", "If we take one of those in the first half, it's a different game", "Nigel Parr", "direct"),
        A("Parr", "also confirmed", "captain Lee Dawson would miss the next month with a hamstring injury", "Nigel Parr", "indirect"),
    ]),
    dict(id="ho-08-politics-parenthetical-cues", text="""Senate deal on border bill collapses

WASHINGTON — A bipartisan agreement on border security fell apart on Thursday, leaving the chamber without a path to pass the measure before the recess.

The bill, Senator Mark Ellison said, had been "killed by people who never read it."

Republicans, according to two aides familiar with the talks, had demanded stricter limits on asylum claims in exchange for their votes.

The White House, for its part, blamed Senate leaders. "The president made a good-faith offer," press secretary Dana Whitfield told reporters. "He is still at the table."

Democrats, Ellison argued, had already given up more than they should have.

A senior Republican aide, speaking on condition of anonymity to discuss private negotiations, said the talks could resume in the spring but that "nobody is holding their breath."

Asked whether the White House would issue an executive order instead, Whitfield replied that all options remained under review.

Senator Ellison wants the Senate to vote on the bill anyway, his spokesman said.""", attributions=[
        A("Senator Mark Ellison", "said", ["The bill", "had been \"killed by people who never read it.\""], "Mark Ellison", "mixed"),
        A("two aides familiar with the talks", "according to", ["Republicans", "had demanded stricter limits on asylum claims in exchange for their votes"], "two aides familiar with the talks", "indirect", unresolved=True),
        A("press secretary Dana Whitfield", "told", ["The president made a good-faith offer", "He is still at the table."], "Dana Whitfield", "direct"),
        A("Ellison", "argued", ["Democrats", "had already given up more than they should have"], "Mark Ellison", "indirect"),
        A("A senior Republican aide, speaking on condition of anonymity to discuss private negotiations", "said", "the talks could resume in the spring but that \"nobody is holding their breath.\"", "A senior Republican aide", "mixed", unresolved=True),
        A("Whitfield", "replied", "all options remained under review", "Dana Whitfield", "indirect"),
        A("his spokesman", "said", "Senator Ellison wants the Senate to vote on the bill anyway", "Mark Ellison", "indirect"),
        A("Senator Ellison", "wants", "the Senate to vote on the bill anyway", "Mark Ellison", "indirect", nested_in=7),
    ]),
    dict(id="ho-09-liveblog-election-night", text="""Election night live: results as they come in

22:47 — Turnout in the northern districts was 'well above' the last election, the electoral commission said.

22:58 — Labour candidate Sarah Quinn has conceded in Eastfield. In a short speech to supporters she said: 'The voters have spoken and I respect their decision.'

23:10 — The Conservative campaign chief, Oliver Grant, tells us he is 'cautiously optimistic' about the remaining seats.

23:24 — A person familiar with the count in Westbridge said a recount was likely after the margin fell below 100 votes.

23:31 — Green Party co-leader Maya Torres, in a tweet: 'Whatever happens tonight, this is our best result ever.'

23:45 — Quinn was quoted as saying she would 'take some time with family' before deciding her future.""", attributions=[
        A("the electoral commission", "said", "Turnout in the northern districts was 'well above' the last election", "electoral commission", "mixed"),
        A("she", ["In a short speech to supporters", "said"], "The voters have spoken and I respect their decision.", "Sarah Quinn", "direct"),
        A("The Conservative campaign chief, Oliver Grant", "tells", "he is 'cautiously optimistic' about the remaining seats", "Oliver Grant", "mixed"),
        A("A person familiar with the count in Westbridge", "said", "a recount was likely after the margin fell below 100 votes", "A person familiar with the count in Westbridge", "indirect", unresolved=True),
        A("Green Party co-leader Maya Torres", "in a tweet", "Whatever happens tonight, this is our best result ever.", "Maya Torres", "direct"),
        A("Quinn", "was quoted as saying", "she would 'take some time with family' before deciding her future", "Sarah Quinn", "mixed"),
    ]),
    dict(id="ho-10-qa-dash-fintech", text="""'We are not a bank for everyone': an interview with fintech founder Lena Hoffmann

Lena Hoffmann founded Kontor, a Berlin-based business bank, in 2019. It now has 300,000 customers. She spoke to us about growth, regulators and the end of cheap money.

— Kontor turned its first profit last year. What changed?

— We stopped chasing every customer. We decided to focus on small firms with five to fifty employees, and we said no to everyone else.

— Regulators have criticised your onboarding checks. Are they right?

— Some of the criticism was fair. We grew faster than our compliance team, and we have fixed that. We now have three times as many people checking accounts.

— Critics say digital banks will not survive higher interest rates. Will you?

— Higher rates are actually good for us. Our deposits earn money again.

Hoffmann told us in an interview last week that Kontor has no plans to list its shares before 2027.""", attributions=[
        A("fintech founder Lena Hoffmann", ":", "We are not a bank for everyone", "Lena Hoffmann", "headline", note="quotation first, then colon and source"),
        A([], [], "We stopped chasing every customer. We decided to focus on small firms with five to fifty employees, and we said no to everyone else.", "Lena Hoffmann", "direct", note="qa answer in dash format"),
        A([], [], "Some of the criticism was fair. We grew faster than our compliance team, and we have fixed that. We now have three times as many people checking accounts.", "Lena Hoffmann", "direct", note="qa answer in dash format"),
        A("Critics", "say", "digital banks will not survive higher interest rates", "Critics", "indirect", unresolved=True, note="inside the interviewer's question"),
        A([], [], "Higher rates are actually good for us. Our deposits earn money again.", "Lena Hoffmann", "direct", note="qa answer in dash format"),
        A("Hoffmann", ["told", "in an interview"], "Kontor has no plans to list its shares before 2027", "Lena Hoffmann", "indirect"),
    ]),
    dict(id="ho-11-governor-tweets-remarks", text="""Governor's pipeline remarks draw fire

Governor Ruth Calloway said in remarks to the state chamber of commerce on Monday that the Redstone pipeline would "create thousands of jobs and cost taxpayers nothing."

Environmental groups disputed both claims. The Clearwater Alliance said in a tweet that the project's own filings showed fewer than 300 permanent jobs.

State Treasurer Alan Brooks, a frequent critic of the governor, told The Ledger in an interview that the state had already committed $40 million to road upgrades for the project.

"If the governor believes this costs nothing, she hasn't read the budget," Brooks said.

Calloway's office said the road money was "a separate matter" and would have been spent regardless.

Brooks added:

"The people of this state deserve straight answers, not slogans."

The pipeline's operator, Redstone Midstream, declined to comment.""", attributions=[
        A("Governor Ruth Calloway", "said in remarks to the state chamber of commerce", "the Redstone pipeline would \"create thousands of jobs and cost taxpayers nothing.\"", "Ruth Calloway", "mixed"),
        A("The Clearwater Alliance", "said in a tweet", "the project's own filings showed fewer than 300 permanent jobs", "Clearwater Alliance", "indirect"),
        A("State Treasurer Alan Brooks, a frequent critic of the governor", ["told", "in an interview"], "the state had already committed $40 million to road upgrades for the project", "Alan Brooks", "indirect"),
        A("Brooks", "said", "If the governor believes this costs nothing, she hasn't read the budget", "Alan Brooks", "direct"),
        A("Calloway's office", "said", "the road money was \"a separate matter\" and would have been spent regardless", "Ruth Calloway", "mixed"),
        A("Brooks", "added", "The people of this state deserve straight answers, not slogans.", "Alan Brooks", "direct", note="cue ends one paragraph, quotation fills the next"),
    ]),
    dict(id="ho-12-central-bank-minutes", text="""Central bank holds rates, signals cut 'within months'

Governor: "The job is not finished, but the direction is clear"

The Reserve Bank of Nordland kept its main interest rate at 4.25 percent on Thursday, but Governor Anders Vik said a cut could come "within months" if inflation kept falling.

Seven of the nine board members voted to hold, while two favoured a quarter-point cut, minutes of the meeting showed.

The bank expects inflation to fall to 2.4 percent by the end of the year.

Asked whether the bank had waited too long, Vik said policy had been "appropriately cautious."

Economists at Halvard Bank said in a note to clients that they now expect the first cut in June.

"The tone was noticeably softer," said Ingrid Saether, chief economist at Halvard. "Markets will read this as a green light.\"""", attributions=[
        A("Central bank", "signals", "cut 'within months'", "Reserve Bank of Nordland", "mixed"),
        A("Governor", ":", "The job is not finished, but the direction is clear", "Anders Vik", "headline"),
        A("Governor Anders Vik", "said", "a cut could come \"within months\" if inflation kept falling", "Anders Vik", "mixed"),
        A("minutes of the meeting", "showed", "Seven of the nine board members voted to hold, while two favoured a quarter-point cut", "Reserve Bank of Nordland", "indirect"),
        A("The bank", "expects", "inflation to fall to 2.4 percent by the end of the year", "Reserve Bank of Nordland", "indirect"),
        A("Vik", "said", "policy had been \"appropriately cautious.\"", "Anders Vik", "mixed"),
        A("Economists at Halvard Bank", "said in a note to clients", "they now expect the first cut in June", "Economists at Halvard Bank", "indirect", unresolved=True),
        A("Ingrid Saether, chief economist at Halvard", "said", ["The tone was noticeably softer", "Markets will read this as a green light."], "Ingrid Saether", "direct"),
    ]),
    dict(id="ho-13-wire-strait-shipping", text="""Shipping firms reroute as strait talks stall

LONDON, June 3 (Reuters) - Three of the world's largest container lines are diverting vessels around the Cape of Good Hope after talks to reopen the Strait of Kessa stalled, shipping sources said on Monday.

"If the ministry wants the ships to move, it knows what to do," one shipping executive, speaking on condition of anonymity, told Reuters. "Nobody is going to send a crew into a war zone without guarantees."

Kessa's transport ministry said the strait was open and safe, and accused foreign insurers of "spreading panic."

Maritime analyst Jonas Berg said a client had told him that war-risk premiums had tripled in a week.

The shipping companies do not want to be seen taking sides, according to a person familiar with the matter.

Freight rates on the Asia-Europe route rose 18% last week, data from the Baltic Exchange showed.

Nobody at the ministry said when talks would resume.""", attributions=[
        A("shipping sources", "said", "Three of the world's largest container lines are diverting vessels around the Cape of Good Hope after talks to reopen the Strait of Kessa stalled", "shipping sources", "indirect", unresolved=True),
        A("one shipping executive, speaking on condition of anonymity", "told", ["If the ministry wants the ships to move, it knows what to do", "Nobody is going to send a crew into a war zone without guarantees."], "one shipping executive", "direct", unresolved=True),
        A("Kessa's transport ministry", "said", "the strait was open and safe", "Kessa's transport ministry", "indirect"),
        A("Maritime analyst Jonas Berg", "said", "a client had told him that war-risk premiums had tripled in a week", "Jonas Berg", "indirect"),
        A("a client", "had told", "war-risk premiums had tripled in a week", "a client", "indirect", nested_in=4, unresolved=True),
        A("a person familiar with the matter", "according to", "The shipping companies do not want to be seen taking sides", "a person familiar with the matter", "indirect", unresolved=True),
        A("data from the Baltic Exchange", "showed", "Freight rates on the Asia-Europe route rose 18% last week", "Baltic Exchange", "indirect"),
    ]),
    dict(id="ho-14-uk-rail-strike-split-quotes", text="""Rail strike called off after late-night talks

A planned 48-hour rail strike has been called off after unions and train operators reached a last-minute agreement.

'This deal,' said union general secretary Mick Dowling, 'shows what can be achieved when employers finally listen.'

The Rail Delivery Group said the offer of a 5 per cent pay rise was 'fair and affordable'.

Passengers, Mr Dowling said, 'should never have been put in this position in the first place'.

A Department for Transport spokesman said: 'We welcome the agreement and urge both sides to settle the remaining disputes quickly.'

Transport Secretary Helen Marsh is understood to have told colleagues that she wants a no-strike deal on the network by the summer.""", attributions=[
        A("union general secretary Mick Dowling", "said", ["This deal", "shows what can be achieved when employers finally listen."], "Mick Dowling", "direct"),
        A("The Rail Delivery Group", "said", "the offer of a 5 per cent pay rise was 'fair and affordable'", "Rail Delivery Group", "mixed"),
        A("Mr Dowling", "said", ["Passengers", "should never have been put in this position in the first place"], "Mick Dowling", "mixed"),
        A("A Department for Transport spokesman", "said", "We welcome the agreement and urge both sides to settle the remaining disputes quickly.", "Department for Transport", "direct"),
        A("Transport Secretary Helen Marsh", "is understood to have told", "she wants a no-strike deal on the network by the summer", "Helen Marsh", "indirect"),
    ]),
]

#: Added when docs/attribution.md came to count the wider PARC kinds (stances,
#: intentions, expectations, prepositional frames): the attributions of those kinds in
#: the articles above, annotated from the text by the spec. The first score of the
#: extractor on these articles (README) was taken before, on the attributions above.
WIDER_KINDS = {
    "ho-01-uk-parking-single-quotes": [
        A("The leader of Brackton council", "has defended", "a rise in parking charges",
          "Janet Holloway", "indirect"),
        A([], "is expected", ["The Federation of Small Businesses",
                              "to respond formally next week"], None, "indirect"),
    ],
    "ho-04-press-release-funding": [
        A("Northwind Robotics", "Announces",
          "Series C Funding to Expand Warehouse Automation", "Northwind Robotics", "headline"),
    ],
    "ho-06-science-coffee-study": [
        A("Other scientists", "urged", "caution", "Other scientists", "indirect",
          unresolved=True),
    ],
    "ho-07-sport-cup-quotes": [
        A("Harlow Athletic manager Steve Moran", "praised", "his side's 'character'",
          "Steve Moran", "mixed"),
    ],
    "ho-08-politics-parenthetical-cues": [
        A("The White House", "blamed", "Senate leaders", "White House", "indirect"),
    ],
    "ho-10-qa-dash-fintech": [
        A("She", ["spoke", "about"], "growth, regulators and the end of cheap money",
          "Lena Hoffmann", "indirect"),
        A("Regulators", "have criticised", "your onboarding checks", "Regulators",
          "indirect", unresolved=True),
    ],
    "ho-13-wire-strait-shipping": [
        A("Kessa's transport ministry", "accused", 'foreign insurers of "spreading panic."',
          "Kessa's transport ministry", "mixed"),
    ],
}
