"""Cue lexicons: the word forms that mark an attribution, and the cheap pre-parse test.

The model runs without a lemmatizer, so every lexicon lists the inflected forms it
accepts. Classes matter for the rules: a speech verb takes a clause or a quotation, a
belief verb also takes an infinitive or an object, a directive takes an object plus
an infinitive (``urged X to ...``), a framing verb takes an object and a predicate
(``called it "careful"``, ``describes him as ...``, ``puts the cost at ...``).
"""

from __future__ import annotations

from . import calendar


def _forms(*stems: str) -> frozenset[str]:
    """``"say said saying says"`` groups -> one set of lowercase forms."""
    return frozenset(w for stem in stems for w in stem.split())


#: Verbs of saying and writing: content is a clause (``said that ...``) or a quotation.
SPEECH = _forms(
    "say says said saying", "tell tells told telling", "add adds added adding",
    "note notes noted noting", "stress stresses stressed stressing",
    "state states stated stating", "warn warns warned warning",
    "announce announces announced announcing", "write writes wrote writing written",
    "claim claims claimed claiming", "argue argues argued arguing",
    "explain explains explained explaining", "insist insists insisted insisting",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised",
    "report reports reported reporting", "confirm confirms confirmed confirming",
    "recall recalls recalled recalling", "acknowledge acknowledges acknowledged",
    "admit admits admitted admitting", "deny denies denied denying",
    "testify testifies testified testifying", "reply replies replied replying",
    "caution cautions cautioned cautioning", "promise promises promised promising",
    "pledge pledges pledged", "vow vows vowed", "declare declares declared",
    "predict predicts predicted", "concede concedes conceded", "complain complains complained",
    "allege alleges alleged", "suggest suggests suggested", "assert asserts asserted",
    "maintain maintains maintained", "remark remarks remarked", "observe observes observed",
    "comment comments commented", "mention mentions mentioned mentioning",
    "cite cites cited citing", "reveal reveals revealed",
    "disclose discloses disclosed", "assure assures assured", "reiterate reiterates reiterated",
    "reaffirm reaffirms reaffirmed reaffirming", "counter counters countered",
    "contend contends contended", "summarize summarizes summarized",
    "summarise summarises summarised", "conclude concludes concluded", "recommend recommends recommended",
    "ask asks asked", "chant chants chanted", "shout shouts shouted",
    "tweet tweets tweeted", "post posts posted", "read reads", "respond responds responded",
    "answer answers answered", "agree agrees agreed", "signal signals signalled signaled",
    "characterize characterizes characterized characterise characterised",
    "rule rules ruled", "find finds found", "show shows showed shown", "accuse accuses accused",
    "threaten threatens threatened", "forecast forecasts", "project projects projected",
    "indicate indicates indicated", "point points pointed", "drew draw draws",
    # gerunds of the verbs above ("..., suggesting that ...", "is revealing that ...");
    # left out where the -ing form is mostly a noun or a preposition ("finding", "ruling",
    # "reading", "posting", "pointing")
    "acknowledging pledging vowing declaring conceding complaining alleging suggesting "
    "asserting maintaining remarking observing commenting revealing disclosing assuring "
    "reiterating countering contending summarizing summarising concluding recommending "
    "asking chanting shouting tweeting responding agreeing signaling signalling "
    "characterizing characterising showing accusing threatening forecasting projecting "
    "indicating",
    # more verbs of saying (issue 13's list of communication verbs not yet known)
    "joke jokes joked joking", "echo echoes echoed echoing", "exclaim exclaims exclaimed",
    "inform informs informed informing", "repeat repeats repeated repeating",
    "boast boasts boasted boasting", "brag brags bragged bragging", "quip quips quipped",
    "lament laments lamented lamenting", "hint hints hinted hinting",
    "speculate speculates speculated speculating", "muse muses mused",
    "continue continues continued",  # '"...," he continued.' (with a clause only)
    "retort retorts retorted", "interject interjects interjected", "opine opines opined",
    "proclaim proclaims proclaimed", "recount recounts recounted", "confess confesses confessed",
    "gripe gripes griped", "grumble grumbles grumbled", "gush gushes gushed",
    "plead pleads pleaded pled", "clarify clarifies clarified", "elaborate elaborates elaborated",
    "underscore underscores underscored", "wonder wonders wondered", "reason reasons reasoned",
    "object objects objected", "laugh laughs laughed", "sigh sighs sighed",
)
#: Beliefs, intentions, expectations, estimates: content may be an infinitive or object.
#: Perception as a view: a cue only with a finite clause or ``as`` (``voters see him as
#: honest``, ``she saw that the vote was lost``; not ``saw the film``, ``saw him leave``).
PERCEPTION = _forms("see sees saw", "view views viewed")
BELIEF = _forms(
    "believe believes believed", "think thinks", "expect expects expected expecting",
    "hope hopes hoped", "fear fears feared", "doubt doubts doubted", "want wants wanted",
    "aim aims aimed", "intend intends intended", "estimate estimates estimated estimating",
    "consider considers considered", "regard regards regarded", "suspect suspects suspected",
    "anticipate anticipates anticipated", "reckon reckons reckoned",
    "understand understood", "plan plans planned", "seek seeks sought",
    "thought believing hoping fearing doubting wanting intending suspecting anticipating "
    "planning seeking expecting",
    # a refusal is a stance taken, with its to-clause ("declined to comment", "refused
    # to testify"): PARC annotates it, and who did not answer is news
    "decline declines declined declining", "refuse refuses refused refusing",
) | PERCEPTION
#: Demands and orders: ``urged X to ...``, ``called on X to ...``, ``ordered X to ...``.
DIRECTIVE = _forms(
    "urge urges urged urging", "order orders ordered ordering", "beg begs begged",
    "press presses pressed pressing", "demand demands demanded demanding",
    "request requests requested", "appeal appeals appealed", "remind reminds reminded",
    "advise advises advised", "instruct instructs instructed", "call calls called calling",
    "blame blames blamed blaming", "describe describes described describing",
    "put puts", "begging requesting appealing reminding advising instructing",
)
#: Stances and evaluations (PARC's wider kinds, docs/attribution.md): the content is the
#: object with its complement (``praised Lee for her work``, ``accused X of lying``).
#: Left out: forms that mostly carry another sense in news (``attacked the city``,
#: ``backed into``, ``welcomed guests``).
STANCE = _forms(
    "praise praises praised praising", "criticize criticizes criticized criticizing",
    "criticise criticises criticised criticising", "accuse accuses accused accusing",
    "endorse endorses endorsed endorsing", "blast blasts blasted blasting",
    "defend defends defended defending", "reject rejects rejected rejecting",
    "support supports supported supporting", "oppose opposes opposed opposing",
    "condemn condemns condemned condemning", "denounce denounces denounced denouncing",
    "applaud applauds applauded applauding", "hail hails hailed hailing",
    "laud lauds lauded lauding", "dismiss dismisses dismissed dismissing",
    "question questions questioned questioning", "fault faults faulted faulting",
    "rebuke rebukes rebuked rebuking", "chide chides chided chiding",
    "mock mocks mocked mocking", "ridicule ridicules ridiculed ridiculing",
    "commend commends commended commending", "slam slams slammed slamming",
    "blame blames blamed blaming",
    "tout touts touted touting", "decry decries decried decrying",
    "bemoan bemoans bemoaned bemoaning", "highlight highlights highlighted highlighting",
    "express expresses expressed", "propose proposes proposed proposing",
    "retweet retweets retweeted retweeting", "reference references referenced referencing",
)
#: Prepositions that open a stance's complement (``for her work``, ``of lying``).
STANCE_COMPLEMENTS = frozenset("for of as over against".split())
#: Common nouns that can hold a stance besides ROLE_NOUNS (``Critics accused ...``); a
#: stance needs a subject that can hold one, so ``The rope supports the weight`` is none.
STANCE_HOLDERS = frozenset(
    "critics opponents supporters backers voters members group groups campaign party "
    "parties administration committee council board panel coalition organization "
    "organizations association people citizens protesters demonstrators delegates "
    "candidate candidates nominee opposition allies rivals colleagues".split()
)
CUE_VERBS = SPEECH | BELIEF | DIRECTIVE | STANCE

#: Prepositional frames (PARC's stances and nominal attributions): a verb, noun or
#: adjective whose preposition's object is what is attributed (``talked about the
#: economy``, ``his criticism of the deal``, ``called for a ban``, ``was critical of
#: the plan``). The source is the subject, the possessor (``his``) or, for a noun, the
#: subject of the verb that governs it (``Lee raised questions about X``). Forms that
#: were more often something else on real news than an attribution are left out
#: (``focus on``, ``campaign for``, ``supporters of``, ``a vote for``, ``care about``),
#: and those right less than 40% of the time on PolNeAR train (``voted for``, ``support
#: for``, ``endorsement of``, ``pointed to``, ``opposition to``).
PREP_FRAMES: dict[str, frozenset[str]] = {
    "about": _forms(
        "talk talks talked talking", "speak speaks spoke speaking spoken",
        "question questions", "concern concerns concerned", "worry worries worried worrying",
        "doubt doubts", "complain complains complained complaining",
        "joke jokes joked joking", "boast boasts boasted boasting", "brag brags bragged",
        "ask asks asked asking", "testify testifies testified", "lie lies lied lying",
        "comment comments commented", "remarks", "warn warns warned warning",
        "write writes wrote writing written", "tweet tweets tweeted",
        # attitudes held about something
        "angry", "optimistic", "pessimistic", "excited", "enthusiastic", "upset",
        "nervous", "skeptical", "sceptical", "passionate"),
    "on": _forms(
        # ("stance on", "position on", "views on", "seized on": a topic named far more
        # often than a stance reported, on real news)
        "comment comments commented commenting", "attacks",
        # ("insisted on": what they held out for, not what they said, on PolNeAR train
        # 0 in 3; "appealed for", 0 in 4)
        "weigh weighs weighed weighing", "reflect reflects reflected reflecting",
        "harp harps harped harping"),
    "for": _forms(
        "advocate advocates advocated advocating",
        "push pushes pushed pushing",
        "lobby lobbies lobbied lobbying", "praise", "argue argues argued arguing",
        "calls", "advocacy", "preference", "plea",
        "apologize apologizes apologized apologizing", "apologise apologises apologised",
        "disdain", "contempt", "thank thanks thanked thanking"),
    "of": _forms(
        "criticism criticisms", "critique critiques",
        "defense defence", "mention mentions", "critical", "supportive", "skeptical",
        "sceptical", "embrace", "denunciation", "rejection",
        "approval", "disapproval", "condemnation", "praise", "warn warns warned warning",
        "fears", "dismissive", "proud", "wary", "opponent opponents",
        "critic critics", "proponent proponents",
        "speak speaks spoke speaking"),
    "against": _forms(
        "attacks", "rail rails railed railing",
        "speak speaks spoke speaking", "warn warns warned warning",
        "argue argues argued arguing", "allegation allegations",
        "caution cautions cautioned cautioning",
        "protest protests protested protesting",
        "lash lashes lashed lashing", "case", "testify testified"),
    "over": _forms(
        "spar spars sparred sparring", "clash clashes clashed clashing",
        "concern concerns", "anger", "outrage", "criticism", "worries"),
    "at": _forms("swipe swipes", "jab jabs", "lash lashes lashed lashing",
                 "hint hints hinted hinting", "balk balks balked balking"),
    "to": _forms("object objects objected objecting", "allude alludes alluded alluding"),
    "in": _forms("believe believes believed believing"),
    "with": _forms("agree agrees agreed agreeing", "disagree disagrees disagreed disagreeing",
                   "side sides sided siding"),
}
PREP_FRAME_WORDS = frozenset().union(*PREP_FRAMES.values())

#: Nominal cues: a noun whose ``that``-clause or ``to``-infinitive is what is attributed
#: (``his claim that ...``, ``her refusal to ...``); the source is the possessor or the
#: subject of the verb that governs the noun (``Lee repeated the claim that ...``).
NOMINAL_CUES = _forms(
    "claim claims", "allegation allegations", "assertion assertions", "argument",
    "suggestion", "warning warnings", "promise promises", "pledge pledges", "vow vows",
    "refusal", "insistence", "belief", "fear fears", "hope hopes", "demand demands",
    "announcement", "denial", "admission", "prediction predictions", "threat threats",
    "accusation accusations", "contention", "assurance assurances", "acknowledgment",
    "acknowledgement", "decision", "determination", "intention", "plan plans", "proposal",
    "commitment", "conclusion", "finding findings", "view",
)
#: Adverbs that report without naming a source: the clause they modify is the content.
HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly reputedly supposedly".split())
#: Verbs of appearance: the narrator reports an impression, no one's statement
#: (``The court seemed to send a signal``, ``it appears that ...``).
EVIDENTIAL_VERBS = _forms("seem seems seemed seeming", "appear appears appeared appearing")
#: The expletive subject of ``it appears that ...``, ``it is believed that ...``.
EXPLETIVE = "it"

#: Verbs whose object alone can be the content (``reported its weakest trading``).
OBJECT_CONTENT = _forms(
    "report reports reported", "estimate estimates estimated estimating", "want wants wanted",
    "expect expects expected", "blame blames blamed blaming", "announce announces announced",
    "demand demands demanded demanding", "deny denies denied", "confirm confirms confirmed",
    "predict predicts predicted", "forecast forecasts", "chant chants chanted",
    "recommend recommends recommended", "urge urges urged urging",
    # what was cited or mentioned is what was said ("Ortega cited his remarks")
    "cite cites cited citing", "mention mentions mentioned mentioning",
    # what was stressed, echoed or recalled is what was said ("stressed his record",
    # "echoed the warning", "tweeted a photo of ...")
    "stress stresses stressed stressing", "echo echoes echoed echoing",
    "lament laments lamented lamenting", "reiterate reiterates reiterated",
    "acknowledge acknowledges acknowledged acknowledging", "note notes noted noting",
    "tweet tweets tweeted tweeting",
)
#: Participles of a question put to someone (``Asked whether ..., X said``): the
#: question is the content, the asker (``by X``) its source.
QUESTION_PARTICIPLES = frozenset("asked questioned".split())
#: Verbs that only count with a clause content (too common otherwise).
CLAUSE_ONLY = PERCEPTION | _forms(
    "find finds found", "show shows showed shown", "rule rules ruled", "point points pointed",
    "consider considers considered", "read reads", "agree agrees agreed", "post posts posted",
    "answer answers answered", "respond responds responded", "think thinks", "project projects projected",
    "indicate indicates indicated", "signal signals signalled signaled", "observe observes observed",
    "maintain maintains maintained", "counter counters countered", "drew draw draws",
    "showing indicating signaling signalling agreeing responding projecting observing "
    "maintaining countering", "hint hints hinted hinting", "continue continues continued",
    # other senses when alone or with an object ("objected to", "laughed it off")
    "reason reasons reasoned", "object objects objected", "laugh laughs laughed",
    "sigh sighs sighed", "wonder wonders wondered", "elaborate elaborates elaborated",
    "clarify clarifies clarified", "underscore underscores underscored",
)
#: Verbs that count only for a document or research subject (``the report found``).
DOCUMENT_VERBS = _forms("find finds found", "show shows showed shown", "rule rules ruled", "read reads")
#: Document verbs a named body also reports with (``the ombudsman found that``).
FINDING = _forms("find finds found")
DOCUMENT_NOUNS = frozenset(
    "report reports study studies paper papers document documents data survey poll figures "
    "research analysis review investigators investigation researchers scientists astronomers "
    "polls surveys analyses reviews audits "
    "audit inquiry court judge judgment ruling memo draft statistics estimates records "
    "filing filings indictment transcript findings tests test results article statement "
    "letter book minutes transcripts emails messages documents forecast forecasts projections "
    "footage recordings evidence tally tallies count census accounts "
    # what a reader is shown as evidence ("exit polling shows", "an email shows")
    "polling email video videos photo photos picture pictures image images chart charts "
    "map maps graph list record average averages model models calculations".split()
)
#: Document verbs whose object, with what follows it, is the content (``the poll
#: showed a slimmer lead for Ortega``, ``a poll shows them in a dead heat``).
DOCUMENT_OBJECT_CONTENT = _forms("show shows showed shown showing", "find finds found")
#: Tell-verbs: the direct object is the addressee, never the content.
TELL = _forms("tell tells told telling", "remind reminds reminded", "assure assures assured",
              "inform informs informed informing",
              "ask asks asked", "warn warns warned warning", "press presses pressed pressing")
#: Verbs whose object and predicate together are the content.
FRAMING = _forms("call calls called calling", "describe describes described describing",
                 "characterize characterizes characterized characterise characterised",
                 "put puts", "regard regards regarded", "consider considers considered"
                 ) | PERCEPTION
#: Framing verbs whose predicate comes with ``as`` (``describes him as ...``).
FRAMING_AS = _forms("describe describes described describing",
                    "characterize characterizes characterized characterise characterised",
                    "regard regards regarded") | PERCEPTION
#: Clause-only verbs that still frame the main clause from an ``as``-clause, with the
#: particle they need if any (``As Lee pointed out, ...``, ``As the poll found, ...``;
#: not ``As the talks continued``, ``As he pointed to the map``).
AS_FRAMING: dict[str, str | None] = {
    **dict.fromkeys(("point", "points", "pointed"), "out"),
    **dict.fromkeys(_forms("observe observes observed", "find finds found",
                           "show shows showed shown", "indicate indicates indicated",
                           "underscore underscores underscored", "maintain maintains maintained",
                           "elaborate elaborates elaborated", "project projects projected"), None),
}
#: Words that may stand between a comment's comma and its noun (``, an apparent ...``).
COMMENT_LEADS = frozenset("a an apparent clear thinly veiled implicit".split())
#: Words after a quoted predicate that start something else, not its tail
#: (``"is ready" and then left``, ``"is ready" he said``).
PREDICATE_TAIL_STOPS = frozenset("and but he she they said says".split())
#: Question words that open an embedded question right after a verb of telling
#: (``described how ...``, ``explained why ...``).
QUESTION_ADVERBS = frozenset({"how", "why"})
#: Conjunctions that carry a statement on past its cue (``A, she said, but B``).
CONTINUING_CONJUNCTIONS = frozenset("and but while though although yet whereas".split())
#: Nouns of a narrator's comment on a statement, apposed to its end (``..., a swipe at
#: the protesters``, ``— an apparent reversal of ...``): the comment is not the
#: speaker's. (Not ``move``, ``step``, ``part``: ``..., a move that will save jobs`` is
#: as often the speaker's own.)
COMMENT_NOUNS = frozenset(
    "swipe jab dig shot reference nod allusion reversal departure shift break sign signal "
    "indication echo rebuke repudiation reminder rebuttal retort riposte response reply "
    "gesture concession admission acknowledgment acknowledgement contrast turnabout "
    "continuation escalation softening hardening".split())
#: Participles that report what the main clause's subject said (``..., blaming ...``).
PARTICIPLES = _forms("saying adding noting warning blaming demanding arguing insisting "
                     "stressing urging calling claiming citing explaining predicting "
                     "acknowledging describing estimating")

#: ``quoted X as saying``: the object is the speaker.
QUOTE_VERBS = _forms("quote quotes quoted quoting", "cite cites cited citing")
#: Nouns of a medium or occasion that belong to the cue (``said in a statement``,
#: ``wrote on Telegram``); a briefing or a call is not one.
MEDIUM_NOUNS = frozenset(
    "statement statements interview interviews letter letters comment comments update "
    "report post posts channel telegram facebook x instagram linkedin twitter tiktok youtube "
    "website blog email e-mail memo note judgment ruling filing filings release "
    "podcast broadcast applications application op-ed column article speech address "
    "submission testimony message messages newsletter notice account remarks tweet tweets "
    "video".split()
)
#: What carries words of its own without being a cue's medium: a participle on it
#: reports them, as on a medium (``a petition urging ...``, ``records showing
#: that ...``; ``alleged in the complaint`` keeps its cue short).
MESSAGE_NOUNS = MEDIUM_NOUNS | frozenset(
    "videos petition petitions emails e-mails ad ads advertisement advertisements "
    "commercial commercials poll polls survey surveys study studies resolution resolutions "
    "bill bills sign signs banner banners placard placards leaflet leaflets flyer flyers "
    "editorial editorials reports memos speeches documents lawsuit lawsuits complaint "
    "motion notes".split())
#: Nouns that name a speaker by role: a colon headline's source ends with one
#: (``Russian ambassador: ...``, ``Harlow & Finch boss: ...``) or names a body speaker.
ROLE_NOUNS = frozenset(
    "ambassador envoy diplomat diplomats minister ministers ministry mfa president premier "
    "chancellor pm king queen chief boss ceo cfo head leader leaders chairman chairwoman chair "
    "director spokesman spokeswoman spokesperson official officials sheriff police mayor "
    "governor senator lawmaker lawmakers mp mps expert experts analyst analysts economist "
    "economists scientist scientists researcher researchers doctor doctors judge court "
    "prosecutor prosecutors lawyer lawyers union unions company firm bank fund agency "
    "regulator regulators government kremlin pentagon commander general army military "
    "residents activists campaigners investors traders coach manager captain founder owner "
    "teacher teachers students workers nurses farmers study report survey poll "
    "secretary spokesmen witnesses witness victim survivor author authors "
    "camp campaign aide aides allies critics supporters newspaper paper sources".split()
)
#: Adverbs kept in the cue verb group (``has long argued``, ``also noted``).
CUE_ADVERBS = frozenset(
    "also long previously repeatedly further again once recently already publicly "
    "privately separately later reportedly average".split()
)
#: Words of negative or refused speech: the verb under them reports nothing of its own
#: (``declined to comment``: the refusal is the attribution, its content the to-clause).
REFUSAL_HEADS = frozenset("declined decline declines refused refuse refuses failed "
                          "fails unable".split())
FIRST_PERSON = frozenset("i we me us".split())
#: Subjects that name no one (``Nobody wants ...``, ``This suggests ...``, a generic
#: ``you don't want to ...``) inside a statement.
NON_REFERRING = frozenset("nobody everyone everybody anyone anybody someone somebody no few "
                          "this that these those none it you".split())
PRONOUNS = frozenset("he she it they him her them who which".split())
RELATIVE = frozenset("who whom which that whose".split())
#: Subjects that describe rather than report (``what appeared to be a scandal``).
DESCRIBING_SUBJECTS = RELATIVE | {"what"}
#: Passive report frames: ``This is stated in ...``, ``it was noted that ...``.
PASSIVE_REPORT = _forms("state stated", "announce announced", "report reported", "note noted",
                        "say said", "write written", "claim claimed", "confirm confirmed",
                        "stress stressed", "emphasize emphasized")

#: Beliefs in the impersonal passive: ``it is widely believed that ...``.
PASSIVE_BELIEF = _forms("believe believed", "think thought", "expect expected",
                        "understand understood", "fear feared", "estimate estimated")

#: Headlines: the third-person cue forms after a comma in a two-verb headline (``Bank
#: holds rates, warns ...``) and those that end one (``..., High Court rules``).
HEADLINE_SECOND_VERBS = frozenset(
    "says warns signals predicts vows insists admits denies confirms urges expects sees "
    "claims argues hints pledges promises threatens estimates fears".split())
HEADLINE_FINAL_VERBS = frozenset(
    "says say rules finds find shows show warns warn claims claim reports admits insists "
    "argues believes suggests confirms announces estimates".split())
#: Words that end a headline's source after a fronted quotation (``"...": chief on ...``).
HEADLINE_SOURCE_ENDS = frozenset("on about over in as at for after to says said".split())

#: Speech verbs that show the capitalised words before them name a speaker
#: (``Lindqvist said``), with adverbs that may come between.
SPEECH_AFTER_NAME = frozenset(
    "said says told added noted stressed wrote writes warned argued believes explained "
    "insisted recalled admitted replied asked urged called described".split())
SPEECH_ADVERBS_AFTER_NAME = frozenset("also has had have later then previously".split())
#: Speech verbs after which a role noun starts a new phrase (``said the minister``).
SPEECH_BEFORE_ROLE = frozenset("said says added adds told wrote noted".split())
#: Reporting verbs as written: their subject is a speaker, not what a figure measures.
REPORTING_FORMS = frozenset("""said say says saying told tells added adds noted notes
stressed stresses estimated estimates reported reports wrote writes announced announces
according explained explains argued argues claimed claims warned warns expected expects
expect believes believed thinks""".split())

#: Subordinators of a condition: a belief under one is hypothetical.
CONDITIONAL_MARKS = frozenset("if unless whether".split())
#: Auxiliaries that keep a verb coordinated with a cue in the reported clause (``said it
#: was aware ... and had asked ...``, ``... and would continue to ...``): backshift.
REPORTED_AUX = frozenset("had would".split())
#: Subordinators of an indirect question (``asked her if she would run``), and the
#: verbs whose ``if`` opens one rather than a condition (not ``will tell him if ...``).
QUESTION_MARKS = frozenset("if whether".split())
ASKING = frozenset("ask asks asked asking inquire inquires inquired wonder wonders "
                   "wondered".split())
HYPOTHETICAL_MODALS = frozenset("should might could would may must".split())
#: Prepositions and words of time: ``said after the meeting`` is no content.
TIME_PREPOSITIONS = frozenset("after before during following since until".split())
TIME_WORDS = calendar.NAMES | frozenset(
    "today yesterday week month year morning evening night weekend".split())

#: Forms that are mostly nouns or other senses: alone they do not make a sentence worth
#: parsing (a parsed sentence still gets them as cues).
WEAK_TRIGGERS = frozenset(
    "project projects comment comments point points signal signals answer answers post "
    "posts counter counters read put press order orders rule call calls state note "
    "report show find".split()
)
#: Weak forms that count before these words (``calls on X to``, ``call for a ban``).
WEAK_TRIGGER_PARTNERS = {"call": frozenset({"on", "for"}), "calls": frozenset({"on", "for"})}
#: Every word form a rule starts from: a cue verb, a frame word, a nominal cue, an adverb.
#: ``made clear that ...``, ``has made it plain ...``: the predicate after a form of
#: ``make`` (and an optional ``it``) frames what the subject said.
MADE_PREDICATES = frozenset({"clear", "plain"})
MAKE_VERBS = _forms("make makes made making")
RULE_WORDS = (CUE_VERBS | PREP_FRAME_WORDS | NOMINAL_CUES | HEARSAY_ADVERBS | EVIDENTIAL_VERBS
              | MADE_PREDICATES | {"according"})
#: Weak forms that count after a document noun ("Polls show ...").
DOCUMENT_VERBS_WEAK = frozenset({"show", "find"})

#: prepositions whose gerund is said by the subject of the clause they hang on
#: (``After saying he was nervous, the man ...``, ``by saying it was ...``); not
#: ``without`` (nothing said)
GERUND_FRAMES = frozenset({"after", "before", "by", "while", "since", "upon"})
#: prepositions whose gerund says the opposite happened (``without saying``)
NEGATING_PREPOSITIONS = frozenset({"without"})
#: the reader or anyone (``you want``, ``you understand``): not a source
SECOND_PERSON = frozenset({"you"})
#: forms of "say" whose one-word answer is its content (``75 percent said yes``)
SAY = frozenset("say says said saying".split())
ANSWER_WORDS = frozenset({"yes", "no", "so"})
#: clause-only verbs that also commit to a ``to``-infinitive (``agreed to pay``)
COMMITTING = frozenset("agree agrees agreed agreeing".split())
