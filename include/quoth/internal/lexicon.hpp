// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LEXICON_HPP
#define QUOTH_INTERNAL_LEXICON_HPP

// The English word lists the grammar reads: reporting verbs with their inflections, speaker
// nouns, media, dates. Each list is plain data; to extend quoth, add a line. Lists are put in
// hash tables at compile time, so the order here is free.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "config.hpp"

namespace quoth::internal::lexicon
{
   // How a reporting verb may introduce its content.
   enum class cue_use : unsigned char
   {
      bare,     // any complement: "said the talks failed", "noted the importance of"
      evidence, // any complement after a document ("the poll shows Lind ahead"), else as that
      that,     // needs "that", a colon, a comma or a quote: "argued that", "insisted:"
      quote,    // only after a quotation: "“...,” reads the message"
      out,      // only with "out": "pointed out that"
      particle, // only with the particle of its lemma: "fired back that", "“...,” she shot back", "went on:"
      attitude, // an adjective, only before a to-infinitive or "that": "is eager to", "remained confident that"
      doubt,    // an adjective, only before "about", "on", "over" or "as to" and a wh-word: "split on whether"
      as,       // any complement with "as" after its object ("sees Lind as a threat"), else as that
      stance    // only in a phrase of stance_phrases, before a noun phrase: "lashed out at", "took issue with"
   };

   struct verb
   {
      std::string_view lemma;
      std::string_view forms; // every inflection once, separated by spaces
      cue_use use;
   };

   // clang-format off
   inline constexpr verb cue_verbs[] = {
      { "accuse", "accuse accuses accused accusing", cue_use::bare },
      { "acknowledge", "acknowledge acknowledges acknowledged acknowledging", cue_use::bare },
      { "add", "add adds added adding", cue_use::bare },
      { "admit", "admit admits admitted admitting", cue_use::bare },
      { "advise", "advise advises advised advising", cue_use::that },
      { "aim", "aim aims aimed aiming", cue_use::that },
      { "affirm", "affirm affirms affirmed affirming", cue_use::bare },
      { "agree", "agree agrees agreed agreeing", cue_use::that },
      { "allege", "allege alleges alleged alleging", cue_use::bare },
      { "announce", "announce announces announced announcing", cue_use::bare },
      { "answer", "answer answers answered answering", cue_use::that },
      { "anticipate", "anticipate anticipates anticipated anticipating", cue_use::that },
      { "argue", "argue argues argued arguing", cue_use::that },
      { "ask", "ask asks asked asking", cue_use::that },
      { "assert", "assert asserts asserted asserting", cue_use::bare },
      { "assure", "assure assures assured assuring", cue_use::that },
      { "believe", "believe believes believed believing", cue_use::bare },
      { "boast", "boast boasts boasted boasting", cue_use::bare },
      { "blame", "blame blames blamed blaming", cue_use::bare },
      { "calculate", "calculate calculates calculated calculating", cue_use::that },
      { "call", "call calls called calling", cue_use::bare },
      { "caution", "caution cautions cautioned cautioning", cue_use::that },
      { "claim", "claim claims claimed claiming", cue_use::that },
      { "comment", "comment comments commented commenting", cue_use::that },
      { "complain", "complain complains complained complaining", cue_use::that },
      { "concede", "concede concedes conceded conceding", cue_use::bare },
      { "conclude", "conclude concludes concluded concluding", cue_use::bare },
      { "confirm", "confirm confirms confirmed confirming", cue_use::bare },
      { "contend", "contend contends contended contending", cue_use::bare },
      { "continue", "continue continues continued continuing", cue_use::quote },
      { "demonstrate", "demonstrate demonstrates demonstrated demonstrating", cue_use::that },
      { "discover", "discover discovers discovered discovering", cue_use::that },
      { "criticise", "criticise criticises criticised criticising", cue_use::bare },
      { "criticize", "criticize criticizes criticized criticizing", cue_use::bare },
      { "describe", "describe describes described describing", cue_use::bare },
      { "declare", "declare declares declared declaring", cue_use::bare },
      { "deny", "deny denies denied denying", cue_use::bare },
      { "disclose", "disclose discloses disclosed disclosing", cue_use::bare },
      { "emphasise", "emphasise emphasises emphasised emphasising", cue_use::bare },
      { "emphasize", "emphasize emphasizes emphasized emphasizing", cue_use::bare },
      { "endorse", "endorse endorses endorsed endorsing", cue_use::bare },
      { "estimate", "estimate estimates estimated estimating", cue_use::bare },
      { "explain", "explain explains explained explaining", cue_use::bare },
      { "find", "find finds found finding", cue_use::bare },
      { "hint", "hint hints hinted hinting", cue_use::bare },
      { "indicate", "indicate indicates indicated indicating", cue_use::bare },
      { "inform", "inform informs informed informing", cue_use::that },
      { "insist", "insist insists insisted insisting", cue_use::bare },
      { "joke", "joke jokes joked joking", cue_use::bare },
      { "lament", "lament laments lamented lamenting", cue_use::bare },
      { "maintain", "maintain maintains maintained maintaining", cue_use::that },
      { "mention", "mention mentions mentioned mentioning", cue_use::bare },
      { "note", "note notes noted noting", cue_use::bare },
      { "observe", "observe observes observed observing", cue_use::bare },
      { "list", "lists listed listing", cue_use::bare },
      { "sign", "signed", cue_use::bare }, // "Brook signed a letter saying"; not "signed up"
      { "praise", "praise praises praised praising", cue_use::bare },
      { "quote", "quote quotes quoted quoting", cue_use::bare },
      { "predict", "predict predicts predicted predicting", cue_use::bare },
      { "proclaim", "proclaim proclaims proclaimed proclaiming", cue_use::bare },
      { "promise", "promise promises promised promising", cue_use::bare },
      { "point out", "point points pointed pointing", cue_use::out },
      { "fire back", "fire fires fired firing", cue_use::particle },
      { "shoot back", "shoot shoots shot shooting", cue_use::particle },
      { "hit back", "hit hits hitting", cue_use::particle },
      { "go on", "goes went", cue_use::particle },
      { "chime in", "chime chimes chimed chiming", cue_use::particle },
      { "focus on", "focuses focused focusing", cue_use::particle },
      { "look to", "look looks looked looking", cue_use::particle }, // before a verb: lexicon::acts_after_to()
      { "weigh in", "weigh weighs weighed weighing", cue_use::particle },
      { "make clear", "make makes made making", cue_use::particle }, // also "made it clear", and make_phrases
      { "issue a statement", "issue issues issued issuing", cue_use::particle }, // statement_phrases
      { "release a statement", "release releases released releasing", cue_use::particle }, // statement_phrases
      // attitudes: adjectives before a to-infinitive, after the speaker or a copula
      { "eager", "eager", cue_use::attitude },
      { "willing", "willing", cue_use::attitude },
      { "unwilling", "unwilling", cue_use::attitude },
      { "reluctant", "reluctant", cue_use::attitude },
      { "keen", "keen", cue_use::attitude },
      { "hesitant", "hesitant", cue_use::attitude },
      { "loath", "loath", cue_use::attitude },
      { "determined", "determined", cue_use::attitude },
      // and before a that-clause: "is confident that", "remained convinced that"
      { "confident", "confident", cue_use::attitude },
      { "convinced", "convinced", cue_use::attitude },
      { "hopeful", "hopeful", cue_use::attitude },
      { "optimistic", "optimistic", cue_use::attitude },
      { "adamant", "adamant", cue_use::attitude },
      { "skeptical", "skeptical sceptical", cue_use::attitude },
      { "concerned", "concerned", cue_use::attitude },
      { "certain", "certain", cue_use::attitude },
      { "aware", "aware unaware", cue_use::attitude },
      { "afraid", "afraid", cue_use::attitude },
      // and before a question: "are split on whether", "is worried about what"
      { "split", "split", cue_use::doubt },
      { "divided", "divided", cue_use::doubt },
      { "torn", "torn", cue_use::doubt },
      { "unclear", "unclear", cue_use::doubt },
      { "unsure", "unsure", cue_use::doubt },
      { "uncertain", "uncertain", cue_use::doubt },
      { "nervous", "nervous", cue_use::doubt },
      { "confused", "confused", cue_use::doubt },
      { "curious", "curious", cue_use::doubt },
      { "read", "read reads", cue_use::quote },
      { "state", "states", cue_use::quote }, // only at the end of a trailer: "“...,” the ad states." (not "the United States")
      { "post", "posts posted", cue_use::quote },
      // manners of speaking, cues only after a quotation: "“Nonsense,” she snapped."
      { "bark", "barks barked", cue_use::quote },
      { "beg", "begs begged", cue_use::quote },
      { "boom", "booms boomed", cue_use::quote },
      { "elaborate", "elaborates elaborated", cue_use::quote },
      { "gloat", "gloats gloated", cue_use::quote },
      { "grumble", "grumbles grumbled", cue_use::quote },
      { "marvel", "marvels marveled marvelled", cue_use::quote },
      { "mutter", "mutters muttered", cue_use::quote },
      { "murmur", "murmurs murmured", cue_use::quote },
      { "opine", "opines opined", cue_use::quote },
      { "plead", "pleads pleaded", cue_use::quote },
      { "scream", "screams screamed", cue_use::quote },
      { "sneer", "sneers sneered", cue_use::quote },
      { "tease", "teases teased", cue_use::quote },
      { "whisper", "whispers whispered", cue_use::quote },
      { "chuckle", "chuckles chuckled", cue_use::quote },
      { "deadpan", "deadpans deadpanned", cue_use::quote },
      { "exclaim", "exclaims exclaimed", cue_use::quote },
      { "exhort", "exhorts exhorted", cue_use::quote },
      { "gush", "gushes gushed", cue_use::quote },
      { "laugh", "laughs laughed", cue_use::quote },
      { "quip", "quips quipped", cue_use::quote },
      { "scoff", "scoffs scoffed", cue_use::quote },
      { "sigh", "sighs sighed", cue_use::quote },
      { "snap", "snaps snapped", cue_use::quote },
      { "thunder", "thunders thundered", cue_use::quote },
      { "fume", "fumes fumed", cue_use::quote },
      { "growl", "growls growled", cue_use::quote },
      { "cry", "cries cried", cue_use::quote },
      { "smile", "smiles smiled", cue_use::quote },
      { "shrug", "shrugs shrugged", cue_use::quote },
      { "huff", "huffs huffed", cue_use::quote },
      { "sniff", "sniffs sniffed", cue_use::quote },
      { "muse", "muses", cue_use::quote }, // "mused": below
      { "surmise", "surmises surmised", cue_use::quote },
      { "gasp", "gasps gasped", cue_use::quote },
      { "groan", "groans groaned", cue_use::quote },
      { "press", "presses pressed", cue_use::quote },
      { "beam", "beams beamed", cue_use::quote },
      { "rage", "rages raged", cue_use::quote },
      { "roar", "roars roared", cue_use::quote },
      { "bellow", "bellows bellowed", cue_use::quote },
      { "snort", "snorts snorted", cue_use::quote },
      { "scold", "scolds scolded", cue_use::quote },
      { "vent", "vents vented venting", cue_use::that }, // ("vented to her husband that")
      { "rant", "rants ranted", cue_use::quote },
      { "retort", "retort retorts retorted retorting", cue_use::bare },
      { "counter", "countered countering", cue_use::that },
      { "recall", "recall recalls recalled recalling", cue_use::bare },
      { "reiterate", "reiterate reiterates reiterated reiterating", cue_use::bare },
      { "remark", "remark remarks remarked remarking", cue_use::that },
      { "remind", "remind reminds reminded reminding", cue_use::that },
      { "reply", "reply replies replied replying", cue_use::that },
      { "report", "report reports reported reporting", cue_use::bare },
      { "respond", "respond responds responded responding", cue_use::that },
      { "reveal", "reveal reveals revealed revealing", cue_use::bare },
      { "say", "say says said saying", cue_use::bare },
      { "show", "show shows showed shown showing", cue_use::evidence },
      { "speak", "speak speaks spoke spoken speaking", cue_use::that },
      { "state", "stated stating", cue_use::bare },
      { "stress", "stress stresses stressed stressing", cue_use::bare },
      { "suggest", "suggest suggests suggested suggesting", cue_use::bare },
      { "tell", "tell tells told telling", cue_use::bare },
      { "testify", "testify testifies testified testifying", cue_use::that },
      { "think", "think thinks thought thinking", cue_use::bare },
      { "tweet", "tweet tweets tweeted tweeting", cue_use::bare },
      { "underline", "underline underlines underlined underlining", cue_use::bare },
      { "underscore", "underscore underscores underscored underscoring", cue_use::bare },
      { "urge", "urge urges urged urging", cue_use::bare },
      { "vow", "vow vows vowed vowing", cue_use::bare },
      { "warn", "warn warns warned warning", cue_use::bare },
      { "welcome", "welcome welcomes welcomed welcoming", cue_use::bare },
      { "write", "write writes wrote written writing", cue_use::bare },
      { "admire", "admire admires admired admiring", cue_use::bare },
      { "applaud", "applaud applauds applauded applauding", cue_use::bare },
      { "attack", "attacks attacked attacking", cue_use::bare },
      { "blast", "blasts blasted blasting", cue_use::bare },
      { "cite", "cite cites cited citing", cue_use::bare },
      { "condemn", "condemn condemns condemned condemning", cue_use::bare },
      { "decide", "decide decides decided deciding", cue_use::that },
      { "decline", "decline declines declined declining", cue_use::that },
      { "defend", "defend defends defended defending", cue_use::bare },
      { "demand", "demands demanded demanding", cue_use::bare },
      { "denounce", "denounce denounces denounced denouncing", cue_use::bare },
      { "dismiss", "dismiss dismisses dismissed dismissing", cue_use::bare },
      { "doubt", "doubts doubted doubting", cue_use::bare },
      { "expect", "expect expects expected expecting", cue_use::bare },
      { "fear", "fears feared fearing", cue_use::bare },
      { "fear", "fear", cue_use::that }, // "voters fear that": the plain form is also a noun
      { "hope", "hope", cue_use::that },
      { "worry", "worry", cue_use::that },
      { "feel", "feel feels felt feeling", cue_use::that },
      { "hope", "hopes hoped hoping", cue_use::bare },
      { "intend", "intend intends intended intending", cue_use::that },
      { "mock", "mocks mocked mocking", cue_use::bare },
      { "offer", "offered offering", cue_use::bare },
      { "oppose", "oppose opposes opposed opposing", cue_use::bare },
      { "plan", "plans planned planning", cue_use::that },
      { "pledge", "pledge pledges pledged pledging", cue_use::bare },
      { "prefer", "prefer prefers preferred preferring", cue_use::bare },
      { "propose", "propose proposes proposed proposing", cue_use::bare },
      { "question", "questioned questioning", cue_use::bare },
      { "recommend", "recommend recommends recommended recommending", cue_use::bare },
      { "refuse", "refuse refuses refused refusing", cue_use::that },
      { "reject", "reject rejects rejected rejecting", cue_use::bare },
      { "slam", "slams slammed slamming", cue_use::bare },
      { "support", "support supports supported supporting", cue_use::bare },
      { "threaten", "threaten threatens threatened threatening", cue_use::bare },
      { "tout", "touts touted touting", cue_use::bare },
      { "want", "want wants wanted wanting", cue_use::bare },
      { "wonder", "wonder wonders wondered wondering", cue_use::that },
      { "worry", "worries worried worrying", cue_use::that },
      { "hail", "hails hailed hailing", cue_use::bare },
      { "recognize", "recognize recognizes recognized recognizing", cue_use::bare },
      { "recognise", "recognise recognises recognised recognising", cue_use::bare },
      { "confess", "confess confesses confessed confessing", cue_use::bare },
      { "challenge", "challenged challenging", cue_use::bare },
      { "dispute", "disputed disputing", cue_use::bare },
      { "imply", "imply implies implied implying", cue_use::bare },
      { "allude", "allude alludes alluded alluding", cue_use::that },
      { "approve", "approve approves approved approving", cue_use::bare },
      { "articulate", "articulated articulating", cue_use::bare },
      { "assail", "assail assails assailed assailing", cue_use::bare },
      { "back", "backed backing", cue_use::bare },
      { "balk", "balk balks balked balking", cue_use::that },
      { "bemoan", "bemoan bemoans bemoaned bemoaning", cue_use::bare },
      { "champion", "championed championing", cue_use::bare },
      { "chant", "chanted chanting", cue_use::bare },
      { "charge", "charge charged charging", cue_use::that },
      { "notice", "notice notices noticed noticing", cue_use::that },
      { "reason", "reasoned reasoning", cue_use::that },
      { "project", "projects projected projecting", cue_use::that },
      { "consider", "consider considers considered considering", cue_use::bare },
      { "credit", "credited crediting", cue_use::bare },
      { "decry", "decry decries decried decrying", cue_use::bare },
      { "deem", "deem deems deemed deeming", cue_use::bare },
      { "deride", "deride derides derided deriding", cue_use::bare },
      { "discuss", "discuss discusses discussed discussing", cue_use::bare },
      { "dub", "dubbed dubbing", cue_use::bare },
      { "echo", "echoed echoing", cue_use::bare },
      { "email", "emailed emailing", cue_use::bare },
      { "embrace", "embrace embraces embraced embracing", cue_use::bare },
      { "encourage", "encourage encourages encouraged encouraging", cue_use::bare },
      { "express", "express expresses expressed expressing", cue_use::bare },
      { "favor", "favor favors favored favoring", cue_use::bare },
      { "highlight", "highlights highlighted highlighting", cue_use::bare },
      { "interject", "interjected interjecting", cue_use::bare },
      { "invoke", "invoke invokes invoked invoking", cue_use::bare },
      { "know", "knows knew", cue_use::bare },
      { "know", "know", cue_use::that }, // "voters know that ...", not "you know"
      { "label", "labeled labelled labeling labelling", cue_use::bare },
      { "lambaste", "lambaste lambastes lambasted lambasting", cue_use::bare },
      { "learn", "learns learned learnt", cue_use::that },
      { "liken", "liken likens likened likening", cue_use::bare },
      { "muse", "mused musing", cue_use::bare },
      { "order", "ordered ordering", cue_use::bare },
      { "portray", "portray portrays portrayed portraying", cue_use::bare },
      { "push", "pushed pushing", cue_use::that },
      { "rail", "rails railed railing", cue_use::that },
      { "snipe", "snipes sniped sniping", cue_use::that },
      { "realize", "realize realizes realized realizing", cue_use::bare },
      { "realise", "realise realises realised realising", cue_use::bare },
      { "rebuke", "rebuke rebukes rebuked rebuking", cue_use::bare },
      { "rebut", "rebut rebuts rebutted rebutting", cue_use::bare },
      { "recount", "recounts recounted recounting", cue_use::bare },
      { "refer", "refer refers referred referring", cue_use::that },
      { "reference", "referenced referencing", cue_use::bare },
      { "remember", "remember remembers remembered remembering", cue_use::bare },
      { "repeat", "repeat repeats repeated repeating", cue_use::bare },
      { "request", "requested requesting", cue_use::bare },
      { "retweet", "retweeted retweeting", cue_use::bare },
      { "seek", "seek seeks sought seeking", cue_use::bare },
      { "see", "see sees saw seeing", cue_use::as },
      { "shout", "shouted shouting", cue_use::bare },
      { "signal", "signaled signalled signaling signalling", cue_use::bare },
      { "speculate", "speculate speculates speculated speculating", cue_use::bare },
      { "talk", "talk talks talked talking", cue_use::that }, // ("talks about", not "the talks")
      { "thank", "thanked thanking", cue_use::bare },
      { "unveil", "unveil unveils unveiled unveiling", cue_use::bare },
      { "view", "view views viewed viewing", cue_use::as },
      { "cast", "cast casts casting", cue_use::as },
      { "paint", "paint paints painted painting", cue_use::as },
      { "characterize", "characterize characterizes characterized characterizing", cue_use::as },
      { "characterise", "characterise characterises characterised characterising", cue_use::as },
      { "depict", "depict depicts depicted depicting", cue_use::as },
      { "regard", "regard regards regarded", cue_use::as }, // not "regarding"
      { "brand", "brand brands branded branding", cue_use::as },
      { "yell", "yelled yelling", cue_use::bare },
      { "address", "addressed addressing", cue_use::bare },
      { "advocate", "advocated advocating", cue_use::bare },
      { "apologize", "apologize apologizes apologized apologizing", cue_use::that },
      { "attribute", "attributed attributing", cue_use::bare },
      { "boo", "booed booing", cue_use::bare },
      { "brag", "brag brags bragged bragging", cue_use::bare },
      { "celebrate", "celebrate celebrates celebrated celebrating", cue_use::bare },
      { "cheer", "cheered cheering", cue_use::bare },
      { "chide", "chide chides chided chiding", cue_use::bare },
      { "clarify", "clarify clarifies clarified clarifying", cue_use::bare },
      { "congratulate", "congratulate congratulates congratulated congratulating", cue_use::bare },
      { "debate", "debated debating", cue_use::bare },
      { "dislike", "dislikes disliked", cue_use::bare },
      { "downplay", "downplay downplays downplayed downplaying", cue_use::bare },
      { "identify", "identified identifying", cue_use::bare },
      { "ignore", "ignore ignores ignored ignoring", cue_use::bare },
      { "imagine", "imagine imagines imagined imagining", cue_use::bare },
      { "insult", "insulted insulting", cue_use::bare },
      { "name", "named", cue_use::bare },
      { "negotiate", "negotiated negotiating", cue_use::bare },
      { "nominate", "nominate nominates nominated", cue_use::bare }, // ("nominating contests": an adjective)
      { "outline", "outlined outlining", cue_use::bare },
      { "persuade", "persuade persuades persuaded persuading", cue_use::bare },
      { "convince", "convince convinces convincing", cue_use::that }, // ("convinced": an attitude, above)
      { "confide", "confide confides confided confiding", cue_use::that },
      { "reaffirm", "reaffirm reaffirms reaffirmed reaffirming", cue_use::bare },
      { "react", "react reacts reacted reacting", cue_use::that },
      { "rebuff", "rebuffed rebuffing", cue_use::bare },
      { "resist", "resisted resisting", cue_use::bare },
      { "rule", "ruled", cue_use::that },
      { "share", "shared", cue_use::bare },
      { "side", "sided siding", cue_use::that },
      { "suspect", "suspects suspected", cue_use::bare },
      { "trumpet", "trumpeted trumpeting", cue_use::bare },
      { "vote", "voted voting", cue_use::that },
      { "voice", "voiced voicing", cue_use::bare },
      // verbs that report only in a phrase of stance_phrases ("took issue with", not "took a seat")
      { "brush", "brush brushes brushed brushing", cue_use::stance },
      { "come", "come comes came coming", cue_use::stance },
      { "distance", "distance distances distanced distancing", cue_use::stance },
      { "disagree", "disagree disagrees disagreed disagreeing", cue_use::stance },
      { "critical", "critical", cue_use::stance }, // adjectives after a copula: "was critical of"
      { "supportive", "supportive", cue_use::stance },
      { "wary", "wary", cue_use::stance },
      { "angry", "angry", cue_use::stance },
      { "double", "double doubles doubled doubling", cue_use::stance },
      { "lash", "lash lashes lashed lashing", cue_use::stance },
      { "lay", "lay lays laid laying", cue_use::stance },
      { "open", "open opens opened opening", cue_use::stance },
      { "play", "play plays played playing", cue_use::stance },
      { "push", "push pushes", cue_use::stance },
      { "shrug", "shrug shrugging", cue_use::stance }, // "shrugged off": the quote entry above
      { "single", "single singles singled singling", cue_use::stance },
      { "spar", "spar spars sparred sparring", cue_use::stance },
      { "take", "take takes took taken taking", cue_use::stance },
      { "throw", "throw throws threw thrown throwing", cue_use::stance },
      { "touch", "touch touches touched touching", cue_use::stance },
      { "vouch", "vouch vouches vouched vouching", cue_use::stance },
      { "walk", "walk walks walked walking", cue_use::stance },
      { "zero", "zero zeroes zeroed zeroing", cue_use::stance },
      { "angered", "angered", cue_use::stance },
      { "thrilled", "thrilled", cue_use::stance },
      { "put", "put puts putting", cue_use::stance },
   };

   // Verbs that take their content after a particle: "referring to the deal", "talked about
   // jobs", "called for a recount". Each entry is "lemma particle".
   inline constexpr std::string_view particle_verbs[] = {
      "advocate for", "allude to", "caution against", "apologize for", "argue against", "argue for", "react to", "confess to", "side with", "vote against", "vote for", "ask about", "ask for", "balk at", "call for", "call on", "comment on", "complain about", "complain of", "hint at", "insist on", "learn about", "learn of", "point to", "push for", "rail against", "refer to", "remark on", "remark upon", "respond to", "speak about", "speak of", "talk about", "testify about", "warn about", "warn against", "warn of", "worry about", "write about", "write back",
   };

   // Verbs whose first object is the addressee, not the content: "told reporters that".
   inline constexpr std::string_view addressee_verbs[] = { "ask", "assure", "inform", "remind", "tell", "advise", "warn", "convince" };

   // Verbs whose content may be a to-infinitive: "vowed to appeal", "urged voters to stay home".
   inline constexpr std::string_view to_verbs[] = {
      "advise", "agree", "aim", "ask", "claim", "decide", "decline", "encourage", "expect", "hope", "intend", "offer", "order", "plan", "pledge", "prefer", "promise", "propose",
      "refuse", "remind", "request", "seek", "tell", "threaten", "urge", "vote", "vow", "want", "warn",
      "eager", "willing", "unwilling", "reluctant", "keen", "hesitant", "loath", "determined",
   };

   inline constexpr std::string_view pronouns[] = { "he", "she", "they", "it", "we", "i", "who", "which" };

   // Reflexive pronouns: the object of "found himself", and no content alone ("questioning herself")
   inline constexpr std::string_view reflexive_pronouns[] = { "herself", "himself", "itself", "myself", "ourselves", "themselves", "yourself", "yourselves" };

   [[nodiscard]] constexpr bool reflexive( const std::string_view lower_word ) noexcept
   {
      for( const std::string_view r : reflexive_pronouns ) {
         if( r == lower_word ) {
            return true;
         }
      }
      return false;
   }

   // Nouns that head a speaker phrase naming a person by role ("the spokesman", "officials").
   inline constexpr std::string_view role_nouns[] = {
      "activist", "activists", "actor", "actress", "artist", "adviser", "advisers", "advisor", "advisors", "aide", "aides", "ambassador", "analyst", "analysts",
      "attorney", "author", "staff", "forecaster", "forecasters", "observers", "opponents", "people", "protesters", "supporters", "voters", "boss", "businessman", "businesswoman", "campaigner", "campaigners", "candidate", "ceo", "chair", "chairman", "chairwoman",
      "chancellor", "chief", "coach", "commander", "commissioner", "congressman", "congresswoman", "correspondent", "councillor", "counsel",
      "critic", "critics", "delegate", "deputy", "diplomat", "diplomats", "director", "doctor", "doctors", "economist",
      "economists", "editor", "engineer", "engineers", "farmer", "farmers", "journalist", "journalists", "novelist", "nurse", "nurses", "physician", "poet", "singer", "student", "students", "surgeon", "writer", "envoy", "executive", "executives", "expert", "experts", "founder", "general", "governor",
      "head", "historian", "investigator", "investigators", "judge", "king", "lawmaker", "lawmakers", "lawyer", "lawyers",
      "leader", "leaders", "legislator", "manager", "mayor", "member", "members", "minister", "ministers", "mp", "mps",
      "negotiator", "officer", "officers", "official", "officials", "organiser", "organizer", "owner", "pilot", "pollster",
      "premier", "president", "prime", "professor", "prosecutor", "prosecutors", "queen", "representative",
      "representatives", "researcher", "researchers", "resident", "residents", "scientist", "scientists", "secretary",
      "senator", "sheriff", "source", "sources", "speaker", "spokesman", "spokesmen", "spokesperson", "spokeswoman",
      "strategist", "teacher", "witness", "witnesses", "worker", "workers", "man", "men", "woman", "women", "mother", "father",
      // people of a campaign, a court and a newsroom
      "advocate", "advocates", "allies", "attendees", "backers", "candidates", "donor", "donors", "employee", "employees", "friend", "friends",
      "front-runner", "husband", "insider", "insiders", "justice", "justices", "nominee", "nominees", "operative", "operatives", "politician",
      "politicians", "reporter", "reporters", "rival", "rivals", "senators", "strategists", "superdelegates", "supporter", "wife",
      // a parliament's and a sports page's people ("French Green MEP Ada Lind", "sprinter Bo Reyes")
      // (not the nouns that are as often surnames: Boxer, Player, Runner, Striker, Swimmer)
      "mep", "meps", "athlete", "athletes", "captain", "cyclist", "defender", "golfer", "goalkeeper", "hurdler", "jockey", "midfielder", "sprinter",
   };

   // Nouns that head an organisation ("the ministry", "the Armenian Foreign Ministry").
   inline constexpr std::string_view organization_nouns[] = {
      "administration", "agency", "airline", "airlines", "airways", "airport", "alliance", "army", "assembly", "association", "authorities",
      "authority", "bank", "board", "brigade", "bureau", "cabinet", "campaign", "club", "coalition", "commission", "committee", "company", "congress",
      "corporation", "council", "court", "department", "embassy", "exchange", "hospital", "federation", "firm", "foundation", "government", "group", "holdings", "industries",
      "inc", "institute", "kremlin", "ltd", "military", "ministry", "navy", "network", "office", "organisation",
      "organization", "parliament", "party", "plc", "police", "school", "presidency", "regulator", "resources", "secretariat", "senate", "service",
      "team", "union", "university",
      "campaigns", "groups", "networks", "organizations", "outlets", "parties", "unions",
      // companies as the business pages describe them ("the retailer", "car maker BMW")
      "automaker", "body", "brewer", "broadcaster", "carmaker", "carrier", "chain", "chipmaker", "conglomerate", "consultancy",
      "giant", "insurer", "lender", "maker", "manufacturer", "operator", "provider", "retailer", "supplier", "watchdog",
   };

   // The nouns by which a news story goes on to name a company it has named: "Ryanair said A.
   // The carrier added B", "the firm", "the group". (organization_nouns holds them all.)
   inline constexpr std::string_view company_nouns[] = {
      "airline", "automaker", "bank", "brewer", "broadcaster", "carmaker", "carrier", "chain", "chipmaker", "company", "conglomerate", "consultancy",
      "corporation", "firm", "giant", "group", "insurer", "lender", "maker", "manufacturer", "operator", "provider", "retailer", "supplier",
   };

   // Countries by their short English names: alone as a speaker ("China said", "Russia has
   // warned") a country speaks as its government, an organisation. Names that are as often a
   // person's are left out (Chad, Georgia, Jordan).
   inline constexpr std::string_view country_names[] = {
      "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
      "Bahrain", "Bangladesh", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil",
      "Britain", "Brunei", "Bulgaria", "Burundi", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo",
      "Croatia", "Cuba", "Cyprus", "Denmark", "Djibouti", "Ecuador", "Egypt", "England", "Eritrea", "Estonia", "Eswatini",
      "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea",
      "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
      "Jamaica", "Japan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho",
      "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali",
      "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
      "Myanmar", "Namibia", "Nepal", "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine",
      "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Scotland",
      "Senegal", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Suriname", "Sweden", "Switzerland",
      "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine",
      "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe",
   };

   // Nouns that head a document speaker ("the statement", "the congratulatory message").
   inline constexpr std::string_view document_nouns[] = {
      "announcement", "article", "bulletin", "communique", "declaration", "decree", "document", "editorial", "filing",
      "indictment", "letter", "memo", "message", "notice", "petition", "poll", "polls", "post", "release", "report",
      "reports", "ruling", "statement", "statistics", "studies", "study", "survey", "surveys", "text", "tweet", "data",
      "figures", "estimates", "records", "documents", "review", "analysis", "investigation", "audit", "research",
      "results", "numbers", "video", "footage", "emails", "transcript", "transcripts", "polling", "filings", "tallies",
      "tally", "projections", "forecast", "forecasts", "e-mails", "email", "e-mail", "photos", "photographs", "images",
      "logs", "receipts", "census", "average", "averages", "findings",
   };

   // Verbs that put out a document whose gerund then reports for the verb's subject: "Lind
   // issued a statement saying ...", "the campaign sent an email saying ..." (the speaker is
   // Lind, the campaign; the statement is how they said it).
   inline constexpr std::string_view issuing_verbs[] = {
      "circulated", "filed", "issued", "posted", "published", "put", "released", "sent", "shared", "signed", "tweeted", "wrote",
   };

   // Lower-case words allowed in a title before a name without a determiner ("press secretary").
   inline constexpr std::string_view title_modifiers[] = {
      "acting", "assistant", "associate", "chief", "defence", "defense", "deputy", "executive", "finance", "first",
      "foreign", "former", "general", "health", "interim", "managing", "national", "press", "prime", "security", "senior",
      "state", "top", "vice",
   };

   // Words that end a speaker phrase after a determiner: function words and auxiliaries.
   inline constexpr std::string_view stop_words[] = {
      "a", "about", "after", "again", "against", "already", "also", "an", "and", "are", "as", "at", "be", "because",
      "been", "before", "between", "briefed", "but", "by", "can", "cannot", "close", "could", "did", "do", "does", "during", "earlier", "familiar", "for", "from",
      "had", "has", "have", "he", "her", "his", "how", "if", "in", "into", "is", "it", "its", "last", "later", "may",
      "might", "must", "not", "now", "of", "on", "once", "or", "over", "she", "should", "since", "so", "still", "than",
      "that", "the", "their", "then", "there", "they", "this", "those", "to", "under", "until", "was", "we", "were",
      "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "would", "yesterday", "today",
      "however", "even", "just", "never", "too", "instead", "meanwhile", "reportedly", "allegedly",
      "soon", "began", "begun", "started", "kept", "remain", "remained", "remains", "seem", "seemed", "seems", "appear", "appeared", "became", "becomes", // verbs, no part of a description ("the dockers [soon began] calling")
   };

   // Words after which a clause with its own speaker may start ("But he said", "which she said").
   inline constexpr std::string_view clause_openers[] = {
      "after", "although", "and", "as", "because", "before", "but", "if", "since", "so", "that", "though", "what",
      "when", "where", "whereas", "which", "while", "whom", "yet",
   };

   // First words of a short opening phrase before a comma that is not a part of the content:
   // "On Monday,", "In the end,", "Asked about it,", "Later,".
   inline constexpr std::string_view opening_words[] = {
      "after", "afterward", "afterwards", "asked", "at", "before", "by", "during", "earlier", "finally", "for", "from", "however", "in", "instead", "last", "later", "meanwhile", "now", "on", "pressed", "separately", "speaking", "still", "then", "today", "yesterday", "yet",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight",
   };

   // First words of a phrase that may close a trailer: "..., he said on CNN.", "..., she told
   // reporters after the vote.", "..., he said of the plan."
   inline constexpr std::string_view trailing_openers[] = {
      "after", "against", "amid", "as", "at", "before", "behind", "by", "despite", "during", "following", "for", "from", "in", "inside", "of", "on", "outside",
      "over", "since", "through", "throughout", "toward", "towards", "under", "until", "upon", "via", "when", "where", "while", "with", "without",
   };

   // Prepositions and subordinators that open no name when capitalised: "On Tuesday", "In
   // Iowa", "When Lind".
   inline constexpr std::string_view name_prepositions[] = {
      "after", "as", "at", "before", "by", "during", "for", "from", "if", "in", "of", "on", "since", "to", "when", "while", "with",
   };

   // Verbs that may come before their speaker after the content: "..., said the mayor.",
   // "..., wrote Lind." (not "..., praised the president's actions"). Manners of speaking
   // (cue_use::quote) invert as well.
   inline constexpr std::string_view inverting_verbs[] = {
      "acknowledge", "add", "announce", "argue", "ask", "caution", "claim", "comment", "complain", "concede", "conclude", "confirm", "contend", "counter", "declare", "emphasise", "emphasize", "explain",
      "fire back", "hit back", "insist", "maintain", "mention", "note", "observe", "point out", "predict", "recall", "remark", "reply", "report", "respond", "retort", "say", "shoot back", "state", "stress", "suggest", "tell", "tweet", "warn", "write",
   };

   // Verbs that in a relative clause after a name give background, not what was said:
   // "Reid, who endorsed Clinton in February, said ...".
   inline constexpr std::string_view background_verbs[] = {
      "back", "call", "challenge", "endorse", "offer", "oppose", "praise", "propose", "resist", "support", "vote", "want", "write",
   };

   // Verbs of praise and blame, whose "for" gives the reason: "criticized by her rivals for
   // the delay" (the agent is "her rivals").
   inline constexpr std::string_view reason_verbs[] = {
      "accuse", "applaud", "attack", "blame", "chide", "commend", "condemn", "criticize", "fault", "hail", "mock", "praise", "rebuke", "scold", "slam", "thank",
   };

   // Verbs whose content is a clause, never an object alone: after "said the union and its
   // allies will strike", the words before "and" are the clause's subject ("wants the votes and
   // Ortiz wants ..." has an object there).
   inline constexpr std::string_view clause_verbs[] = {
      "acknowledge", "add", "admit", "agree", "allege", "announce", "argue", "assert", "believe", "claim", "complain", "concede", "conclude", "confirm", "contend", "declare", "estimate", "explain", "fear", "find", "hope", "indicate", "insist", "know", "maintain", "note", "predict", "recall", "report", "reveal", "say", "show", "state", "stress", "suggest", "tell", "think", "warn", "worry", "write",
   };

   // Words after which a noun phrase is an object, not a subject: "a firm called", "had the
   // full support", "at least one of".
   inline constexpr std::string_view object_markers[] = {
      "about", "across", "against", "along", "alongside", "am", "amid", "among", "around", "at", "be", "been", "behind", "beside", "between", "beyond", "by", "during", "for", "from", "had", "has", "have", "having", "in", "including", "inside", "into", "is", "like", "near", "of", "on", "outside", "over", "than", "through", "throughout", "to", "toward", "towards", "under", "unlike", "upon", "via", "was", "were", "within", "without",
   };

   // Last words of a noun phrase whose next word is a noun, not a verb: "its own [plans]",
   // "most [promising]", "the same [notes]".
   inline constexpr std::string_view modifier_words[] = { "full", "local", "most", "new", "own", "same", "such", "these", "those" };

   // Cue forms that are also nouns or adjectives: after a modifier they are not verbs ("Trump's
   // proposed wall", "300 pledged delegates", "Editor's note", "his overall support").
   inline constexpr std::string_view nominal_cue_forms[] = {
      "attack", "attacks", "charge", "charges", "comments", "committed", "estimates", "expected", "mention", "note", "notes", "plans", "pledged", "promised", "promising", "proposed", "projected", "recommended", "remarks", "reporting", "reports", "support", "thinking", "view", "views", "warning", "warnings",
   };

   // "he's", "it's": a pronoun and a verb, not a possessive.
   inline constexpr std::string_view contractions[] = {
      "he's", "he\xE2\x80\x99s", "here's", "here\xE2\x80\x99s", "it's", "it\xE2\x80\x99s", "she's", "she\xE2\x80\x99s", "that's", "that\xE2\x80\x99s", "there's", "there\xE2\x80\x99s", "what's", "what\xE2\x80\x99s", "who's", "who\xE2\x80\x99s",
   };

   // Words in -ly that are nouns or adjectives, not adverbs ("the family", "early results").
   inline constexpr std::string_view ly_nouns[] = { "ally", "daily", "early", "elderly", "family", "friendly", "monthly", "quarterly", "rally", "weekly", "yearly" };

   // Possessive determiners: a noun follows them ("his claim", "their decision").
   inline constexpr std::string_view possessive_determiners[] = { "her", "his", "its", "my", "our", "their", "your" };

   // Words that open a speaker phrase.
   inline constexpr std::string_view determiners[] = {
      "a", "all", "an", "another", "both", "each", "every", "her", "his", "its", "many", "my", "one", "other", "our", "several", "some", "that",
      "the", "their", "these", "this", "those", "three", "two", "your",
   };

   // Nouns that head a medium ("in a Telegram channel", "on the ministry's website").
   inline constexpr std::string_view medium_nouns[] = {
      "account", "address", "appearance", "article", "autobiography", "blog", "book", "briefing", "broadcast", "call", "channel", "chat", "column", "essay", "memoir", "piece", "editorial", "tweets", "posts",
      "comments", "communique", "conference", "documentary", "e-mail", "email", "facebook", "hearing", "instagram",
      "interview", "letter", "linkedin", "magazine", "meeting", "memo", "message", "newspaper", "note", "op-ed", "page",
      "livestream", "newsletter", "podcast", "post", "program", "programme", "radio", "release", "remarks", "session", "show", "site", "speech",
      "statement", "telegram", "television", "testimony", "tiktok", "tv", "tweet", "twitter", "video", "vkontakte",
      "webcast", "website", "x", "youtube",
      // plurals ("in both letters", "in two interviews", "in a series of emails")
      "articles", "columns", "e-mails", "emails", "essays", "interviews", "letters", "memos", "messages", "statements", "videos",
   };

   // Medium nouns that are also verb forms: after "in" with no determiner they may be the
   // verb of the sentence ("Polls in Ohio show Lind ahead", not "in a TV show").
   inline constexpr std::string_view verb_like_media[] = {
      "address", "broadcast", "call", "comments", "interview", "message", "note", "post", "posts", "program", "release", "show", "tweet", "tweets",
   };

   inline constexpr std::string_view months[] = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };
   inline constexpr std::string_view month_abbreviations[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
   inline constexpr std::string_view weekdays[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

   // Words of a phrase of time that opens a sentence without a comma and is no part of the
   // speaker that follows ("Last week Ada Lind said", "Two years ago Mr Ortiz said", "In coming
   // months Dr Brook said"): the nouns of time (singular and plural), the deictic adverbs, the
   // words that put a noun of time before now or after it, and the counts that go before "ago".
   inline constexpr std::string_view time_nouns[] = { "day", "days", "decade", "decades", "month", "months", "night", "week", "weekend", "weeks", "year", "years" };
   inline constexpr std::string_view time_adverbs[] = { "ago", "today", "tonight", "yesterday" };
   inline constexpr std::string_view time_deictics[] = { "last", "next", "past", "this" };
   inline constexpr std::string_view time_relative_adverbs[] = { "earlier", "later" };
   inline constexpr std::string_view time_counts[] = { "a", "eight", "few", "five", "four", "nine", "one", "several", "seven", "six", "ten", "three", "two" };

   // Abbreviations that end with a period without ending the sentence.
   inline constexpr std::string_view abbreviations[] = {
      "a.m", "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "e.g", "etc", "feb", "gen", "gov",
      "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "p.m", "prof",
      "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "u.k", "u.n", "u.s", "vs",
   };
   // Those of them that also end a sentence when a word that starts one follows ("at 7 p.m. He
   // said", "in the U.S. But"); titles such as "Sen." and months never do.
   inline constexpr std::string_view final_abbreviations[] = { "a.m", "co", "corp", "etc", "inc", "jr", "ltd", "p.m", "sr", "u.k", "u.n", "u.s" };
   // Capitalised words that start a sentence and never continue a name ("Acme Inc. The ...").
   inline constexpr std::string_view sentence_openers[] = {
      "a", "after", "an", "and", "as", "at", "but", "for", "he", "her", "his", "however", "i", "if", "in", "it", "its",
      "meanwhile", "my", "on", "our", "she", "so", "still", "that", "the", "their", "there", "these", "they", "this",
      "those", "we", "when", "while", "yet",
   };
   // A form of "make", a determiner, at most one adjective and one of these nouns report a
   // statement before a that-clause: "made the case that", "makes a familiar point that". The
   // noun stands in `forms`.
   inline constexpr verb make_phrases[] = {
      { "make the accusation", "accusation", cue_use::that },
      { "make the argument", "argument", cue_use::that },
      { "make the case", "case", cue_use::that },
      { "make the claim", "claim", cue_use::that },
      { "make the observation", "observation", cue_use::that },
      { "make the point", "point", cue_use::that },
      { "make the prediction", "prediction", cue_use::that },
      { "make the suggestion", "suggestion", cue_use::that },
   };
   // "made a comment about", "makes no reference to", "made serious allegations against": a form
   // of "make", a determiner (or none), at most two adjectives, a noun of `entry.forms` and one of
   // its `prepositions` report the noun phrase that follows.
   struct object_phrase
   {
      verb entry; // the lemma of the cue, the nouns, cue_use::stance
      std::string_view prepositions;
   };
   // Is w one of the words of `forms` (separated by single spaces)?
   [[nodiscard]] constexpr bool is_form( const std::string_view forms, const std::string_view w ) noexcept
   {
      std::size_t b = 0;
      while( b <= forms.size() ) {
         std::size_t e = forms.find( ' ', b );
         if( e == std::string_view::npos ) {
            e = forms.size();
         }
         if( forms.substr( b, e - b ) == w ) {
            return true;
         }
         b = e + 1;
      }
      return false;
   }

   inline constexpr object_phrase make_object_phrases[] = {
      { { "make an accusation", "accusation accusations allegation allegations", cue_use::stance }, "against" },
      { { "make an appeal", "appeal appeals pitch pitches plea pleas", cue_use::stance }, "for to" },
      { { "make an attack", "attack attacks", cue_use::stance }, "against on" },
      { { "make a case", "case", cue_use::stance }, "against for" },
      { { "make a claim", "claim claims", cue_use::stance }, "about" },
      { { "make a comment", "comment comments remark remarks statement statements", cue_use::stance }, "about on regarding" },
      { { "make a commitment", "commitment commitments pledge pledges promise promises", cue_use::stance }, "to" },
      { { "make a joke", "joke jokes", cue_use::stance }, "about" },
      { { "make a reference", "reference references", cue_use::stance }, "to" },
   };
   // The nouns of make_object_phrases, in one set: one look-up tells whether a word may be one.
   [[nodiscard]] constexpr std::size_t count_object_nouns() noexcept
   {
      std::size_t n = 0;
      for( const object_phrase& p : make_object_phrases ) {
         n += 1;
         for( const char c : p.entry.forms ) {
            n += c == ' ' ? 1 : 0;
         }
      }
      return n;
   }

   [[nodiscard]] constexpr std::array< std::string_view, count_object_nouns() > object_nouns() noexcept
   {
      std::array< std::string_view, count_object_nouns() > out{};
      std::size_t k = 0;
      for( const object_phrase& p : make_object_phrases ) {
         std::size_t b = 0;
         for( std::size_t i = 0; i <= p.entry.forms.size(); ++i ) {
            if( i == p.entry.forms.size() || p.entry.forms[ i ] == ' ' ) {
               out[ k++ ] = p.entry.forms.substr( b, i - b );
               b = i + 1;
            }
         }
      }
      return out;
   }

   // The same after "issue" and "release": "issued a statement:", "released the following
   // statement: “...”", "issued a brief statement that". ("released" is a cue form only before
   // such a phrase: "a poll released Friday found" keeps its speaker.)
   inline constexpr verb statement_phrases[] = {
      { "issue a statement", "statement", cue_use::that },
   };
   // Phrases of a verb and the words after it whose content is the noun phrase that follows:
   // "lashed out at the senator", "took issue with the plan", "distanced herself from the
   // remarks". The first word is the lemma of a verb of cue_verbs (of any use); the rest must
   // follow its form. `forms` is unused.
   inline constexpr verb stance_phrases[] = {
      { "angered by", "", cue_use::stance },
      { "angered over", "", cue_use::stance },
      { "angry about", "", cue_use::stance },
      { "angry at", "", cue_use::stance },
      { "angry over", "", cue_use::stance },
      { "angry with", "", cue_use::stance },
      { "brush off", "", cue_use::stance },
      { "come out against", "", cue_use::stance },
      { "come out in favor of", "", cue_use::stance },
      { "come out in support of", "", cue_use::stance },
      { "confident about", "", cue_use::stance },
      { "confident in", "", cue_use::stance },
      { "critical of", "", cue_use::stance },
      { "disagree about", "", cue_use::stance },
      { "disagree on", "", cue_use::stance },
      { "disagree over", "", cue_use::stance },
      { "disagree with", "", cue_use::stance },
      { "distance herself from", "", cue_use::stance },
      { "distance himself from", "", cue_use::stance },
      { "distance itself from", "", cue_use::stance },
      { "distance themselves from", "", cue_use::stance },
      { "double down on", "", cue_use::stance },
      { "fire back at", "", cue_use::stance },
      { "lash out against", "", cue_use::stance },
      { "lash out at", "", cue_use::stance },
      { "lay out", "", cue_use::stance },
      { "make no mention of", "", cue_use::stance },
      { "make no secret of", "", cue_use::stance },
      { "nervous about", "", cue_use::stance },
      { "open up about", "", cue_use::stance },
      { "play down", "", cue_use::stance },
      { "push back against", "", cue_use::stance },
      { "push back on", "", cue_use::stance },
      { "put it", "", cue_use::stance },
      { "shrug off", "", cue_use::stance },
      { "single out", "", cue_use::stance },
      { "skeptical about", "", cue_use::stance },
      { "skeptical of", "", cue_use::stance },
      { "spar over", "", cue_use::stance },
      { "spar with", "", cue_use::stance },
      { "speak out about", "", cue_use::stance },
      { "speak out against", "", cue_use::stance },
      { "speak out on", "", cue_use::stance },
      { "supportive of", "", cue_use::stance },
      { "take a dig at", "", cue_use::stance },
      { "take a jab at", "", cue_use::stance },
      { "take a shot at", "", cue_use::stance },
      { "take a swipe at", "", cue_use::stance },
      { "take aim at", "", cue_use::stance },
      { "take credit for", "", cue_use::stance },
      { "take issue with", "", cue_use::stance },
      { "take shots at", "", cue_use::stance },
      { "take swipes at", "", cue_use::stance },
      { "talk up", "", cue_use::stance },
      { "thrilled by", "", cue_use::stance },
      { "thrilled with", "", cue_use::stance },
      { "throw her support behind", "", cue_use::stance },
      { "throw his support behind", "", cue_use::stance },
      { "throw its support behind", "", cue_use::stance },
      { "throw their support behind", "", cue_use::stance },
      { "touch on", "", cue_use::stance },
      { "vouch for", "", cue_use::stance },
      { "walk back", "", cue_use::stance },
      { "wary of", "", cue_use::stance },
      { "zero in on", "", cue_use::stance },
   };
   // clang-format on

   // ---- machinery: compile-time sorted tables and binary search --------------------------------

   struct form
   {
      std::string_view text;
      const verb* entry;
   };

   // The forms of the entries [from, to) of a table.
   template< std::size_t N >
   constexpr std::size_t count_forms( const verb ( &table )[ N ], const std::size_t from = 0, const std::size_t to = N ) noexcept
   {
      std::size_t n = 0;
      for( std::size_t e = from; e < to; ++e ) {
         ++n;
         for( const char c : table[ e ].forms ) {
            n += ( c == ' ' ) ? 1U : 0U;
         }
      }
      return n;
   }

   // The forms of the entries [from, to) of a table, sorted.
   template< std::size_t M, std::size_t N >
   constexpr std::array< form, M > expand_forms( const verb ( &table )[ N ], const std::size_t from = 0, const std::size_t to = N ) noexcept
   {
      std::array< form, M > out{};
      std::size_t k = 0;
      for( std::size_t e = from; e < to; ++e ) {
         const verb& v = table[ e ];
         std::size_t start = 0;
         for( std::size_t i = 0; i <= v.forms.size(); ++i ) {
            if( i == v.forms.size() || v.forms[ i ] == ' ' ) {
               out[ k++ ] = form{ sub( v.forms, start, i - start ), &v };
               start = i + 1;
            }
         }
      }
      // heap sort, at compile time: O(M log M) steps keep clang's constexpr step limit far away
      // (an insertion sort of the ~600 English forms did not)
      const auto sift = [ &out ]( std::size_t root, const std::size_t end ) {
         while( 2 * root + 1 < end ) {
            std::size_t child = 2 * root + 1;
            if( child + 1 < end && out[ child ].text < out[ child + 1 ].text ) {
               ++child;
            }
            if( !( out[ root ].text < out[ child ].text ) ) {
               return;
            }
            const form t = out[ root ];
            out[ root ] = out[ child ];
            out[ child ] = t;
            root = child;
         }
      };
      for( std::size_t i = M / 2; i > 0; --i ) {
         sift( i - 1, M );
      }
      for( std::size_t end = M; end > 1; --end ) {
         const form t = out[ 0 ];
         out[ 0 ] = out[ end - 1 ];
         out[ end - 1 ] = t;
         sift( 0, end - 1 );
      }
      return out;
   }

   // Two sorted form tables as one: sorting all English forms at once would come near clang's
   // constexpr step limit, so they are sorted in halves and merged.
   template< std::size_t A, std::size_t B >
   constexpr std::array< form, A + B > merge_forms( const std::array< form, A >& a, const std::array< form, B >& b ) noexcept
   {
      std::array< form, A + B > out{};
      std::size_t i = 0;
      std::size_t j = 0;
      for( std::size_t k = 0; k < A + B; ++k ) {
         out[ k ] = ( j == B || ( i < A && !( b[ j ].text < a[ i ].text ) ) ) ? a[ i++ ] : b[ j++ ];
      }
      return out;
   }

   // Lexicon lookups hash the word once (ASCII letters folded to lower case) and probe an open
   // addressing table built at compile time, at most a quarter full: a word that is not in the
   // list usually meets an empty slot at once, with no string comparison.
   inline constexpr auto fold_table = [] {
      std::array< unsigned char, 256 > t{};
      for( unsigned u = 0; u < 256; ++u ) {
         t[ u ] = static_cast< unsigned char >( ( u >= 'A' && u <= 'Z' ) ? u - 'A' + 'a' : u );
      }
      return t;
   }();

   // one load per byte: hashing and comparing fold every byte of every word looked up
   [[nodiscard]] constexpr unsigned char fold( const char c ) noexcept
   {
      return fold_table[ static_cast< unsigned char >( c ) ];
   }

   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr std::uint32_t fold_hash( const std::string_view w ) noexcept
   {
      std::uint32_t h = 2166136261U; // FNV-1a
      for( const char c : w ) {
         h = ( h ^ fold( c ) ) * 16777619U;
      }
      return h ^ ( h >> 15U );
   }

   // a (lower case, from a lexicon) equals w with its ASCII letters folded
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr bool equal_folded( const std::string_view a, const std::string_view w ) noexcept
   {
      if( a.size() != w.size() ) {
         return false;
      }
      for( std::size_t i = 0; i < a.size(); ++i ) {
         if( static_cast< unsigned char >( a[ i ] ) != fold( w[ i ] ) ) {
            return false;
         }
      }
      return true;
   }

   // a == w, compared inline (words are short: a call to memcmp costs more than the loop)
   [[nodiscard]] constexpr bool equal_bytes( const std::string_view a, const std::string_view w ) noexcept
   {
      if( a.size() != w.size() ) {
         return false;
      }
      for( std::size_t i = 0; i < a.size(); ++i ) {
         if( a[ i ] != w[ i ] ) {
            return false;
         }
      }
      return true;
   }

   [[nodiscard]] constexpr std::size_t hash_slots( const std::size_t n ) noexcept
   {
      std::size_t s = 16;
      while( s < 4 * n ) {
         s *= 2;
      }
      return s;
   }

   // Slot k holds 1 + the index of a word, or 0 when empty.
   template< std::size_t S, typename Words >
   constexpr void hash_insert( std::array< std::uint16_t, S >& table, const Words& words, const std::size_t n ) noexcept
   {
      for( std::size_t i = 0; i < n; ++i ) {
         std::size_t k = fold_hash( words( i ) ) & ( S - 1 );
         while( table[ k ] != 0 ) {
            k = ( k + 1 ) & ( S - 1 );
         }
         table[ k ] = static_cast< std::uint16_t >( i + 1 );
      }
   }

   // The index of w in the table's words, or npos: with exact = false its ASCII letters match
   // either case, else w must be spelt as in the list.
   template< std::size_t S, typename Words >
   [[nodiscard]] constexpr std::size_t hash_find( const std::array< std::uint16_t, S >& table, const Words& words, const std::string_view w, const bool exact = false ) noexcept
   {
      for( std::size_t k = fold_hash( w ) & ( S - 1 );; k = ( k + 1 ) & ( S - 1 ) ) {
         const std::size_t slot = table[ k ];
         if( slot == 0 ) {
            return std::string_view::npos;
         }
         if( exact ? equal_bytes( words( slot - 1 ), w ) : equal_folded( words( slot - 1 ), w ) ) {
            return slot - 1;
         }
      }
   }

   // A sorted word list with a quick filter on length and first letter, so that most words
   // that are not in the list are rejected before any string comparison.
   template< std::size_t N >
   struct word_set
   {
      std::array< std::string_view, N > words{};
      std::uint64_t lengths = 0; // bit k: some word has k bytes (k < 64)
      std::uint32_t firsts = 0;  // bit k: some word starts with 'a' + k (anything else: bit 31)
      std::array< std::uint16_t, hash_slots( N ) > table{};

      [[nodiscard]] constexpr std::size_t size() const noexcept
      {
         return N;
      }

      [[nodiscard]] constexpr const std::string_view& operator[]( const std::size_t i ) const noexcept
      {
         return words[ i ];
      }

      [[nodiscard]] static constexpr std::uint32_t first_bit( const std::string_view w ) noexcept
      {
         return ( !w.empty() && w[ 0 ] >= 'a' && w[ 0 ] <= 'z' ) ? ( 1U << static_cast< unsigned >( w[ 0 ] - 'a' ) ) : ( 1U << 31U );
      }

      constexpr void note( const std::string_view w ) noexcept
      {
         if( w.size() < 64 ) {
            lengths |= std::uint64_t( 1 ) << w.size();
         }
         firsts |= first_bit( w );
      }

      [[nodiscard]] constexpr bool may_contain( const std::string_view w ) const noexcept
      {
         return w.size() < 64 && ( ( lengths >> w.size() ) & 1U ) != 0 && ( firsts & first_bit( w ) ) != 0;
      }

      // may_contain( w ) for a w of `size` bytes that starts with `first`
      [[nodiscard]] constexpr bool may_contain( const std::size_t size, const char first ) const noexcept
      {
         return size < 64 && ( ( lengths >> size ) & 1U ) != 0 && ( firsts & first_bit( std::string_view( &first, 1 ) ) ) != 0;
      }
   };

   // An in-place heap sort: O(n log n) steps, so that the long sets stay within the
   // compilers' limits on constant evaluation (clang's is 1,048,576 steps).
   template< std::size_t N >
   constexpr void heap_sort( std::array< std::string_view, N >& a ) noexcept
   {
      const auto sift_down = [ & ]( std::size_t root, const std::size_t end ) {
         for( std::size_t child = 2 * root + 1; child < end; child = 2 * root + 1 ) {
            if( child + 1 < end && a[ child ] < a[ child + 1 ] ) {
               ++child;
            }
            if( !( a[ root ] < a[ child ] ) ) {
               return;
            }
            const std::string_view t = a[ root ];
            a[ root ] = a[ child ];
            a[ child ] = t;
            root = child;
         }
      };
      for( std::size_t i = N / 2; i-- > 0; ) {
         sift_down( i, N );
      }
      for( std::size_t end = N; end-- > 1; ) {
         const std::string_view t = a[ 0 ];
         a[ 0 ] = a[ end ];
         a[ end ] = t;
         sift_down( 0, end );
      }
   }

   // The words of one or more lists in one set (a word of two lists is in it twice).
   template< std::size_t... Ns >
   constexpr word_set< ( Ns + ... ) > sorted( const std::string_view ( &... tables )[ Ns ] ) noexcept
   {
      constexpr std::size_t N = ( Ns + ... );
      word_set< N > out{};
      std::size_t k = 0;
      const auto add = [ & ]( const auto& table ) {
         for( const std::string_view w : table ) {
            out.words[ k++ ] = w;
            out.note( w );
         }
      };
      ( add( tables ), ... );
      heap_sort( out.words );
      hash_insert(
        out.table, [ & ]( const std::size_t i ) { return out.words[ i ]; }, N );
      return out;
   }

   // The words of an array in one set.
   template< std::size_t N >
   constexpr word_set< N > sorted( const std::array< std::string_view, N >& words ) noexcept
   {
      word_set< N > out{};
      for( std::size_t k = 0; k < N; ++k ) {
         out.words[ k ] = words[ k ];
         out.note( words[ k ] );
      }
      heap_sort( out.words );
      hash_insert(
        out.table, [ & ]( const std::size_t i ) { return out.words[ i ]; }, N );
      return out;
   }

   template< std::size_t N >
   [[nodiscard]] constexpr bool contains( const word_set< N >& a, const std::string_view w ) noexcept
   {
      return a.may_contain( w ) && hash_find(
                                     a.table, [ & ]( const std::size_t i ) { return a.words[ i ]; }, w, true ) != std::string_view::npos;
   }

   // contains( a, the ASCII lower case of w ), without lowering w: the hash folds ASCII letters
   // anyway, and the words of a set are compared with w's letters folded (a word of a set
   // with an upper-case letter matches neither).
   template< std::size_t N >
   [[nodiscard]] constexpr bool contains_folded( const word_set< N >& a, const std::string_view w ) noexcept
   {
      return hash_find(
               a.table, [ & ]( const std::size_t i ) { return a.words[ i ]; }, w, false ) != std::string_view::npos;
   }

   // contains( a, the ASCII lower case of w ) for a word w of one byte or more: first turned
   // away by its length and folded first letter, as contains() does.
   template< std::size_t N >
   [[nodiscard]] constexpr bool contains_any_case( const word_set< N >& a, const std::string_view w ) noexcept
   {
      return a.may_contain( w.size(), static_cast< char >( fold( w[ 0 ] ) ) ) && contains_folded( a, w );
   }

   // w ends with suffix (lower case), its ASCII letters compared in either case
   [[nodiscard]] constexpr bool ends_with_folded( const std::string_view w, const std::string_view suffix ) noexcept
   {
      if( w.size() < suffix.size() ) {
         return false;
      }
      const std::size_t b = w.size() - suffix.size();
      for( std::size_t k = 0; k < suffix.size(); ++k ) {
         if( fold( w[ b + k ] ) != static_cast< unsigned char >( suffix[ k ] ) ) {
            return false;
         }
      }
      return true;
   }

   inline constexpr std::size_t cue_half = std::size( cue_verbs ) / 2;
   inline constexpr auto cue_forms_first = expand_forms< count_forms( cue_verbs, 0, cue_half ) >( cue_verbs, 0, cue_half );
   inline constexpr auto cue_forms_second = expand_forms< count_forms( cue_verbs, cue_half, std::size( cue_verbs ) ) >( cue_verbs, cue_half, std::size( cue_verbs ) );
   inline constexpr auto cue_forms = merge_forms( cue_forms_first, cue_forms_second );

   // A hash of the shape of a word of two bytes or more: its length, its first two bytes, its
   // third and fourth (its second and third when it has three; its first two when it has two)
   // and its last two, each byte with bit 0x20 set (so that an ASCII capital and its lower case
   // are one: fold( c ) | 0x20 == c | 0x20 for every byte). Its top cue_sketch_bits bits are
   // the word's sketch (cue_sketch), the bits below them its slot in cue_table.
   inline constexpr unsigned cue_sketch_bits = 16;

   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr std::uint64_t cue_shape_hash( const std::string_view w ) noexcept
   {
      const std::size_t n = w.size();
      const auto pair = [ & ]( const std::size_t k ) noexcept -> std::uint64_t {
#if defined( __GNUC__ ) && defined( __BYTE_ORDER__ ) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
         if( !__builtin_is_constant_evaluated() ) {
            std::uint16_t v = 0; // the two bytes in one load
            std::memcpy( &v, w.data() + k, 2 );
            return v;
         }
#endif
         return static_cast< std::uint64_t >( static_cast< unsigned char >( w[ k ] ) ) | ( static_cast< std::uint64_t >( static_cast< unsigned char >( w[ k + 1 ] ) ) << 8U );
      };
      const std::size_t middle = n - 2 < 2 ? n - 2 : 2;
      const std::uint64_t x = pair( 0 ) | ( pair( middle ) << 16U ) | ( pair( n - 2 ) << 32U ) | ( static_cast< std::uint64_t >( n ) << 48U ) | 0x202020202020U;
      return x * 0x9E3779B97F4A7C15U;
   }

   [[nodiscard]] constexpr std::uint32_t sketch_of( const std::uint64_t hash ) noexcept
   {
      return static_cast< std::uint32_t >( hash >> ( 64U - cue_sketch_bits ) );
   }

   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr std::uint32_t cue_sketch( const std::string_view w ) noexcept
   {
      return sketch_of( cue_shape_hash( w ) );
   }

   inline constexpr std::size_t cue_slots = hash_slots( cue_forms.size() );

   // The first slot of cue_table to try for a word of this cue_shape_hash()
   [[nodiscard]] constexpr std::size_t cue_slot_of( const std::uint64_t hash ) noexcept
   {
      return static_cast< std::size_t >( hash >> ( 64U - cue_sketch_bits - 16U ) ) & ( cue_slots - 1 );
   }

   // The forms by their cue_shape_hash(), with linear probing: slot k holds 1 + the index of a
   // form, or 0 when empty (forms of one shape stand in the slots after the first).
   inline constexpr auto cue_table = [] {
      std::array< std::uint16_t, cue_slots > t{};
      for( std::size_t i = 0; i < cue_forms.size(); ++i ) {
         if( cue_forms[ i ].text.size() >= 2 ) {
            std::size_t k = cue_slot_of( cue_shape_hash( cue_forms[ i ].text ) );
            while( t[ k ] != 0 ) {
               k = ( k + 1 ) & ( cue_slots - 1 );
            }
            t[ k ] = static_cast< std::uint16_t >( i + 1 );
         }
      }
      return t;
   }();

   // Bit h of cue_sketches (bit h % 64 of entry h / 64): some form of 2 to 24 bytes has the
   // sketch h. The prefilter looks up every word of the text: most words that are no form are
   // turned away by their sketch, without a look-up of the word.
   inline constexpr auto cue_sketches = [] {
      std::array< std::uint64_t, ( std::size_t( 1 ) << cue_sketch_bits ) / 64 > t{};
      for( const form& f : cue_forms ) {
         if( f.text.size() >= 2 && f.text.size() <= 24 ) {
            const std::uint32_t h = cue_sketch( f.text );
            t[ h / 64 ] |= std::uint64_t( 1 ) << ( h % 64 );
         }
      }
      return t;
   }();

   // find_cue() once the word has passed its quick tests: the hash table look-up (by the hash
   // of its shape, already computed), apart, so that the tests that turn most words away stay
   // small enough to be inlined.
   QUOTH_NOINLINE [[nodiscard]] constexpr const verb* find_cue_form( const std::string_view w, const std::uint64_t hash ) noexcept
   {
      for( std::size_t k = cue_slot_of( hash );; k = ( k + 1 ) & ( cue_slots - 1 ) ) {
         const std::size_t slot = cue_table[ k ];
         if( slot == 0 ) {
            return nullptr;
         }
         if( equal_folded( cue_forms[ slot - 1 ].text, w ) ) {
            return cue_forms[ slot - 1 ].entry;
         }
      }
   }

   // Every form starts with two ASCII letters: a word that does not start with one ("2004",
   // "60m", a Cyrillic word) is turned away by its first byte.
   static_assert( [] {
      for( const form& f : cue_forms ) {
         if( f.text.size() < 2 || f.text[ 0 ] < 'a' || f.text[ 0 ] > 'z' || f.text[ 1 ] < 'a' || f.text[ 1 ] > 'z' ) {
            return false;
         }
      }
      return true;
   }() );

   // No form stands in two entries: find_cue() has one answer.
   static_assert( [] {
      for( std::size_t i = 1; i < cue_forms.size(); ++i ) {
         if( cue_forms[ i - 1 ].text == cue_forms[ i ].text ) {
            return false;
         }
      }
      return true;
   }() );

   // The verb entry of an inflected form ("said", "Said" -> say), or nullptr; ASCII letters are
   // compared without case.
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr const verb* find_cue( const std::string_view w ) noexcept
   {
      if( w.size() < 2 || w.size() > 24 ) {
         return nullptr;
      }
      // a word is a form only if it starts with an ASCII letter (as every form does), and has
      // the sketch of a form
      if( static_cast< unsigned char >( ( static_cast< unsigned char >( w[ 0 ] ) | 0x20U ) - 'a' ) >= 26 ) {
         return nullptr;
      }
      const std::uint64_t hash = cue_shape_hash( w );
      const std::uint32_t h = sketch_of( hash );
      if( ( ( cue_sketches[ h / 64 ] >> ( h % 64 ) ) & 1U ) == 0 ) {
         return nullptr;
      }
      return find_cue_form( w, hash );
   }

   // The entry of cue_verbs of lemma l (the only one: no other table has that lemma), for a
   // rule that asks after one verb: a pointer compared, not a lemma.
   [[nodiscard]] constexpr std::size_t cue_verb_index( const std::string_view l ) noexcept
   {
      std::size_t k = 0;
      while( k < std::size( cue_verbs ) && cue_verbs[ k ].lemma != l ) {
         ++k;
      }
      return k;
   }

   static_assert( cue_verb_index( "add" ) < std::size( cue_verbs ) && cue_verb_index( "name" ) < std::size( cue_verbs ) );
   inline constexpr const verb* cue_verb_add = cue_verbs + cue_verb_index( "add" );
   inline constexpr const verb* cue_verb_name = cue_verbs + cue_verb_index( "name" );
   static_assert( [] {
      for( const verb& v : make_phrases ) {
         if( v.lemma == "add" || v.lemma == "name" ) {
            return false;
         }
      }
      for( const verb& v : statement_phrases ) {
         if( v.lemma == "add" || v.lemma == "name" ) {
            return false;
         }
      }
      for( const verb& v : stance_phrases ) {
         if( v.lemma == "add" || v.lemma == "name" ) {
            return false;
         }
      }
      return true;
   }() );

   // For each verb of cue_verbs, the phrases of stance_phrases that start with its lemma's first
   // word: [first, last) (the table is sorted, so they stand together).
   struct phrase_range
   {
      unsigned char first = 0;
      unsigned char last = 0;
   };

   inline constexpr auto stance_ranges = [] {
      std::array< phrase_range, std::size( cue_verbs ) > r{};
      for( std::size_t i = 0; i < std::size( cue_verbs ); ++i ) {
         const std::string_view lemma = cue_verbs[ i ].lemma.substr( 0, cue_verbs[ i ].lemma.find( ' ' ) ); // "fire back": "fire"
         for( std::size_t j = 0; j < std::size( stance_phrases ); ++j ) {
            const std::string_view p = stance_phrases[ j ].lemma;
            if( p.size() > lemma.size() && p[ lemma.size() ] == ' ' && p.substr( 0, lemma.size() ) == lemma ) {
               if( r[ i ].first == r[ i ].last ) {
                  r[ i ].first = static_cast< unsigned char >( j );
               }
               r[ i ].last = static_cast< unsigned char >( j + 1 );
            }
         }
      }
      return r;
   }();
   static_assert( std::size( stance_phrases ) < 256 );

   // After a form of v (an entry of cue_verbs) at k in s: " out at" of "lashed out at", " issue
   // with" of "took issue with" (a phrase of stance_phrases, without case): the length of the
   // words after the form, with v set to the phrase's entry; else 0.
   [[nodiscard]] constexpr std::size_t stance_phrase( const std::string_view s, const std::size_t k, const verb*& v ) noexcept
   {
      const auto i = static_cast< std::size_t >( v - cue_verbs );
      if( i >= std::size( cue_verbs ) || stance_ranges[ i ].first == stance_ranges[ i ].last || k + 3 >= s.size() || s[ k ] != ' ' ) {
         return 0;
      }
      const std::size_t lemma = v->lemma.find( ' ' ) == std::string_view::npos ? v->lemma.size() : v->lemma.find( ' ' );
      for( std::size_t j = stance_ranges[ i ].first; j < stance_ranges[ i ].last; ++j ) {
         const verb& p = stance_phrases[ j ];
         const std::string_view tail = p.lemma.substr( lemma ); // " out at"
         if( k + tail.size() > s.size() ) {
            continue;
         }
         if( k + tail.size() < s.size() ) {
            const unsigned char after = fold( s[ k + tail.size() ] );
            if( ( after >= 'a' && after <= 'z' ) || ( after >= '0' && after <= '9' ) ) {
               continue; // "took shots at", not "took shots atop"
            }
         }
         std::size_t n = 0;
         while( n < tail.size() && fold( s[ k + n ] ) == static_cast< unsigned char >( tail[ n ] ) ) {
            ++n;
         }
         if( n == tail.size() ) {
            v = &p;
            return tail.size();
         }
      }
      return 0;
   }

   // Every stance phrase starts with the lemma of a verb of cue_verbs, whose forms lead to it,
   // and the phrases are sorted, for stance_phrase()'s search.
   static_assert( [] {
      for( std::size_t i = 1; i < std::size( stance_phrases ); ++i ) {
         if( !( stance_phrases[ i - 1 ].lemma < stance_phrases[ i ].lemma ) ) {
            return false;
         }
      }
      // (cheap enough for the constant evaluators' step limits: a prefix test, and the first
      // lemma that fits ends the search)
      for( const verb& p : stance_phrases ) {
         const std::string_view first = p.lemma.substr( 0, p.lemma.find( ' ' ) );
         if( first.size() == p.lemma.size() ) {
            return false;
         }
         bool found = false;
         for( std::size_t j = 0; j < std::size( cue_verbs ) && !found; ++j ) {
            const std::string_view l = cue_verbs[ j ].lemma;
            found = l.size() >= first.size() && l.substr( 0, first.size() ) == first && ( l.size() == first.size() || l[ first.size() ] == ' ' );
         }
         if( !found ) {
            return false;
         }
      }
      return true;
   }() );

   // Whether a copula stands before the word at `at`, with at most two adverbs between them:
   // "is critical of", "remained deeply skeptical of", "He’s also supportive of".
   [[nodiscard]] constexpr bool after_copula( const std::string_view s, std::size_t at ) noexcept
   {
      constexpr std::string_view copulas[] = { "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "become", "becomes", "became", "grew", "grown" };
      constexpr std::string_view adverbs[] = { "very", "more", "less", "so", "too", "also", "still", "not", "all", "now", "even", "already", "always", "long", "then", "and" }; // ("are confident and openly skeptical of")
      for( int between = 0; between <= 2; ++between ) {
         while( at > 0 && s[ at - 1 ] == ' ' ) {
            --at;
         }
         std::size_t b = at;
         while( b > 0 && s[ b - 1 ] != ' ' ) {
            --b;
         }
         const std::string_view w = s.substr( b, at - b );
         if( w.empty() ) {
            return false;
         }
         for( const std::string_view c : copulas ) {
            if( equal_folded( c, w ) ) {
               return true;
            }
         }
         // "He’s", "they're"
         const auto ends = [ & ]( const std::string_view tail ) { return w.size() > tail.size() && w.substr( w.size() - tail.size() ) == tail; };
         if( ends( "'s" ) || ends( "'re" ) || ends( "\xE2\x80\x99s" ) || ends( "\xE2\x80\x99re" ) ) {
            return true;
         }
         bool adverb = w.size() > 4 && fold( w[ w.size() - 2 ] ) == 'l' && fold( w[ w.size() - 1 ] ) == 'y'; // "deeply"
         for( const std::string_view d : adverbs ) {
            adverb = adverb || equal_folded( d, w );
         }
         if( !adverb ) {
            return false;
         }
         at = b;
      }
      return false;
   }

   // Whether a verb of cue_verbs needs a look at what follows before it counts as a cue word:
   // a stance verb, and "release", a cue only before its statement ("released a statement", not
   // "a poll released Friday").
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr bool cue_needs_context( const verb& v ) noexcept
   {
      return v.use == cue_use::stance || ( v.use == cue_use::particle && v.lemma == std::string_view( "release a statement" ) ) || ( v.use == cue_use::quote && v.lemma == std::string_view( "state" ) ) || v.lemma == std::string_view( "sign" ) || v.lemma == std::string_view( "look to" );
   }

   // Whether "signed" at i (n bytes) in s puts a name to a text: before its object ("signed a
   // letter", "signed sweeping laws"), in the active voice. Not "was signed by", "signed up",
   // "signed into law", "signed it", "signed Ortiz to a contract", nor "Even signed, ...".
   [[nodiscard]] constexpr bool signs_a_text( const std::string_view s, const std::size_t i, const std::size_t n ) noexcept
   {
      if( i + n + 1 >= s.size() || s[ i + n ] != ' ' || s[ i + n + 1 ] < 'a' || s[ i + n + 1 ] > 'z' ) {
         return false;
      }
      std::size_t e = i + n + 1;
      while( e < s.size() && s[ e ] >= 'a' && s[ e ] <= 'z' ) {
         ++e;
      }
      constexpr std::string_view not_objects[] = { "and", "as", "at", "by", "for", "her", "him", "in", "into", "it", "off", "on", "onto", "or", "them", "to", "up", "with" };
      const std::string_view next = s.substr( i + n + 1, e - i - n - 1 );
      for( const std::string_view w : not_objects ) {
         if( next == w ) {
            return false;
         }
      }
      std::size_t b = i;
      while( b > 0 && s[ b - 1 ] == ' ' ) {
         --b;
      }
      std::size_t wb = b;
      while( wb > 0 && s[ wb - 1 ] != ' ' && s[ wb - 1 ] != '\n' ) {
         --wb;
      }
      if( wb == b ) {
         return false; // (the text starts with it)
      }
      constexpr std::string_view passive[] = { "Even", "are", "be", "been", "being", "even", "freshly", "is", "newly", "was", "were" };
      const std::string_view before = s.substr( wb, b - wb );
      for( const std::string_view w : passive ) {
         if( before == w ) {
            return false;
         }
      }
      return true;
   }

   // Whether "look" at i (n bytes) in s aims at an act: "to" and a verb follow ("looks to build
   // on", "looking to end"), not "looks to be", "looks to me", "looked to the courts".
   [[nodiscard]] constexpr bool acts_after_to( const std::string_view s, const std::size_t i, const std::size_t n ) noexcept
   {
      const std::size_t t = i + n;
      if( t + 4 >= s.size() || s.substr( t, 4 ) != std::string_view( " to " ) || s[ t + 4 ] < 'a' || s[ t + 4 ] > 'z' ) {
         return false;
      }
      std::size_t e = t + 4;
      while( e < s.size() && s[ e ] >= 'a' && s[ e ] <= 'z' ) {
         ++e;
      }
      constexpr std::string_view no_verbs[] = { "a", "all", "an", "be", "her", "him", "his", "its", "me", "my", "our", "that", "the", "their", "them", "these", "this", "those", "us", "you", "your" };
      const std::string_view next = s.substr( t + 4, e - t - 4 );
      for( const std::string_view w : no_verbs ) {
         if( next == w ) {
            return false;
         }
      }
      return true;
   }

   // After a form of "release" at k in s: " a statement", " the following statement", " her
   // brief statement" (a determiner, at most two other words, then "statement" or
   // "statements").
   [[nodiscard]] constexpr bool statement_follows( const std::string_view s, std::size_t k ) noexcept
   {
      constexpr std::string_view openers[] = { "a", "an", "her", "his", "its", "our", "the", "their" };
      for( int words = 0; words < 4; ++words ) {
         if( k + 1 >= s.size() || s[ k ] != ' ' ) {
            return false;
         }
         std::size_t e = k + 1;
         while( e < s.size() && ( ( s[ e ] >= 'a' && s[ e ] <= 'z' ) || s[ e ] == '-' ) ) {
            ++e;
         }
         const std::string_view w = s.substr( k + 1, e - k - 1 );
         if( w.empty() ) {
            return false;
         }
         if( words == 0 ) {
            bool determiner = false;
            for( const std::string_view d : openers ) {
               determiner = determiner || w == d;
            }
            if( !determiner ) {
               return false;
            }
         }
         else if( w == "statement" || w == "statements" ) {
            return true;
         }
         k = e;
      }
      return false;
   }

   // The entry of the word of n bytes at i in s where it stands: find_cue(), but a verb that
   // reports only in a stance phrase has none unless the phrase follows ("took issue with", not
   // "took a seat"), and such an adjective none unless a copula stands before it; "released"
   // none unless a statement follows.
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr const verb* find_cue_at( const std::string_view s, const std::size_t i, const std::size_t n ) noexcept
   {
      const verb* v = find_cue( s.substr( i, n ) );
      if( v != nullptr && v->use == cue_use::particle && v->lemma == std::string_view( "release a statement" ) && !statement_follows( s, i + n ) ) {
         return nullptr;
      }
      if( v != nullptr && v->lemma == std::string_view( "sign" ) && !signs_a_text( s, i, n ) ) {
         return nullptr;
      }
      if( v != nullptr && v->lemma == std::string_view( "look to" ) && !acts_after_to( s, i, n ) ) {
         return nullptr;
      }
      if( v != nullptr && v->use == cue_use::quote && v->lemma == std::string_view( "state" ) ) {
         // "states" ends a trailer after a quotation ("“...,” the ad states.", "“...,” the
         // document states, ..."), after a word in lower case: never "the United States", "in
         // each of those states, ..."
         std::size_t b = i;
         while( b > 0 && s[ b - 1 ] == ' ' ) {
            --b;
         }
         std::size_t wb = b;
         while( wb > 0 && s[ wb - 1 ] != ' ' ) {
            --wb;
         }
         // ... and a quotation closes at most 60 bytes before it, in the same sentence
         bool after_quote = false;
         for( std::size_t k = wb; k > 0 && k + 60 > wb && !after_quote; --k ) {
            const char c = s[ k - 1 ];
            if( c == '.' || c == '\n' ) {
               break;
            }
            after_quote = c == '"' || ( c == '\x9D' && k >= 3 && s[ k - 2 ] == '\x80' && s[ k - 3 ] == '\xE2' );
         }
         const bool lower_before = wb < b && s[ wb ] >= 'a' && s[ wb ] <= 'z';
         if( i + n >= s.size() || ( s[ i + n ] != '.' && s[ i + n ] != ',' ) || !lower_before || !after_quote || s[ i ] != 's' ) {
            return nullptr;
         }
      }
      if( v != nullptr && v->use == cue_use::stance ) {
         const verb* p = v;
         if( stance_phrase( s, i + n, p ) == 0 ) {
            return nullptr;
         }
         if( v->forms.find( ' ' ) == std::string_view::npos && !after_copula( s, i ) ) {
            return nullptr; // an adjective after a noun: "an artist critical of"
         }
      }
      return v;
   }

   // Lemmas that the forms of their entry leave out because they are nouns as well
   // ("question", "attack", "address"), of verbs that take any complement or a that-clause:
   // after a catenative's "to" they report ("continued to question").
   [[nodiscard]] constexpr bool left_out( const std::size_t k ) noexcept
   {
      const verb& v = cue_verbs[ k ];
      if( ( v.use != cue_use::bare && v.use != cue_use::that ) || v.lemma.find( ' ' ) != std::string_view::npos || find_cue( v.lemma ) != nullptr ) {
         return false;
      }
      for( std::size_t j = 0; j < k; ++j ) {
         if( cue_verbs[ j ].lemma == v.lemma && ( cue_verbs[ j ].use == cue_use::bare || cue_verbs[ j ].use == cue_use::that ) ) {
            return false; // (listed once)
         }
      }
      return true;
   }

   inline constexpr std::size_t left_out_count = [] {
      std::size_t n = 0;
      for( std::size_t k = 0; k < std::size( cue_verbs ); ++k ) {
         n += left_out( k ) ? 1 : 0;
      }
      return n;
   }();

   inline constexpr auto sorted_left_out_lemmas = sorted( [] {
      std::array< std::string_view, left_out_count > a{};
      std::size_t n = 0;
      for( std::size_t k = 0; k < std::size( cue_verbs ); ++k ) {
         if( left_out( k ) ) {
            a[ n++ ] = cue_verbs[ k ].lemma;
         }
      }
      return a;
   }() );

   // The entry of a lemma of sorted_left_out_lemmas (in lower case), else nullptr.
   [[nodiscard]] constexpr const verb* find_left_out_lemma( const std::string_view w ) noexcept
   {
      if( !contains( sorted_left_out_lemmas, w ) ) {
         return nullptr;
      }
      for( const verb& v : cue_verbs ) {
         if( v.lemma == w && ( v.use == cue_use::bare || v.use == cue_use::that ) ) {
            return &v;
         }
      }
      return nullptr;
   }

   static_assert( find_left_out_lemma( "question" ) != nullptr && find_left_out_lemma( "attack" ) != nullptr && find_left_out_lemma( "say" ) == nullptr );

   inline constexpr auto sorted_addressee_verbs = sorted( addressee_verbs );
   inline constexpr auto sorted_to_verbs = sorted( to_verbs );
   inline constexpr auto sorted_particle_verbs = sorted( particle_verbs );
   inline constexpr auto sorted_pronouns = sorted( pronouns );
   inline constexpr auto sorted_roles = sorted( role_nouns );
   inline constexpr auto sorted_organizations = sorted( organization_nouns );
   inline constexpr auto sorted_documents = sorted( document_nouns );
   inline constexpr auto sorted_countries = sorted( country_names );
   inline constexpr auto sorted_company_nouns = sorted( company_nouns );
   inline constexpr auto sorted_issuing_verbs = sorted( issuing_verbs );
   inline constexpr auto sorted_verb_like_media = sorted( verb_like_media );
   inline constexpr auto sorted_title_modifiers = sorted( title_modifiers );
   // a role, organisation or document noun, in one lookup
   inline constexpr auto sorted_head_nouns = sorted( role_nouns, organization_nouns, document_nouns );
   // The words of the time lexicons (time_nouns ... time_counts), for a quick test that turns
   // most words away.
   inline constexpr auto sorted_time_words = sorted( time_nouns, time_adverbs, time_deictics, time_relative_adverbs, time_counts );
   // and a title modifier too (classify.hpp's is_title_word)
   inline constexpr auto sorted_title_words = sorted( role_nouns, title_modifiers, organization_nouns, document_nouns );
   inline constexpr auto sorted_determiners = sorted( determiners );
   inline constexpr auto sorted_possessive_determiners = sorted( possessive_determiners );
   // the lists that end a run of name words (name_index), in one lookup
   inline constexpr auto sorted_run_breakers = sorted( role_nouns, title_modifiers, organization_nouns, document_nouns, determiners );
   inline constexpr auto sorted_stop_words = sorted( stop_words );
   inline constexpr auto sorted_ly_nouns = sorted( ly_nouns );
   inline constexpr auto sorted_clause_openers = sorted( clause_openers );
   inline constexpr auto sorted_object_nouns = sorted( object_nouns() );
   inline constexpr auto sorted_opening_words = sorted( opening_words );
   inline constexpr auto sorted_trailing_openers = sorted( trailing_openers );
   inline constexpr auto sorted_name_prepositions = sorted( name_prepositions );
   inline constexpr auto sorted_background_verbs = sorted( background_verbs );
   inline constexpr auto sorted_reason_verbs = sorted( reason_verbs );
   inline constexpr auto sorted_clause_verbs = sorted( clause_verbs );
   inline constexpr auto sorted_inverting_verbs = sorted( inverting_verbs );
   inline constexpr auto sorted_object_markers = sorted( object_markers );
   inline constexpr auto sorted_modifier_words = sorted( modifier_words );
   inline constexpr auto sorted_nominal_cue_forms = sorted( nominal_cue_forms );
   inline constexpr auto sorted_contractions = sorted( contractions );
   inline constexpr auto sorted_media = sorted( medium_nouns );
   inline constexpr auto sorted_abbreviations = sorted( abbreviations );
   inline constexpr auto sorted_final_abbreviations = sorted( final_abbreviations );
   inline constexpr auto sorted_sentence_openers = sorted( sentence_openers );

   // 1..12 for a month name or abbreviation (lower case), else 0.
   [[nodiscard]] constexpr int month_number( const std::string_view w ) noexcept
   {
      for( std::size_t i = 0; i < 12; ++i ) {
         if( w == months[ i ] || w == month_abbreviations[ i ] || ( i == 8 && w == "sept" ) ) {
            return static_cast< int >( i ) + 1;
         }
      }
      return 0;
   }

   // 1 (Monday) .. 7 for a weekday name (lower case), else 0.
   [[nodiscard]] constexpr int weekday_number( const std::string_view w ) noexcept
   {
      for( std::size_t i = 0; i < 7; ++i ) {
         if( w == weekdays[ i ] ) {
            return static_cast< int >( i ) + 1;
         }
      }
      return 0;
   }

} // namespace quoth::internal::lexicon

#endif
