extension CueDetectors {
    /// Saying the other person's reaction is understandable.
    static let validation = CueDetector(
        .validation,
        summary: "Saying their reaction is understandable: \"that makes sense\", \"I can see why\", \"anyone would feel…\", \"that sounds really hard\", \"you have every right…\".",
        rules: [
            CueRule("you are not (@intens)* being (unreasonable|dramatic|silly|difficult|selfish|too sensitive|ridiculous|irrational|oversensitive|needy)", "validation: 'you're not being unreasonable'", .evenIfNegated),
            CueRule("(would be|is|was|would have been) (@intens)* (hard|tough|difficult|a lot|painful|upsetting) for anyone", "validation: 'that would be hard for anyone'"),
            CueRule("of course (it|that|this) (hurts|hurt|stings|stung|matters|upset you|upsets you|bothers you|bothered you|got to you)", "validation: 'of course it hurts'"),
            CueRule("(no one|nobody|no-one) (would|could|can) blame you", "validation: 'no one would blame you'", .evenIfNegated),
            CueRule("you did nothing wrong", "validation: 'you did nothing wrong' (reassurance)", .evenIfNegated),
            CueRule("there is nothing wrong with (feeling|wanting|needing|asking|crying|being|saying|taking)", "validation: 'there's nothing wrong with feeling that'", .evenIfNegated),
            CueRule("i (@intens)* (understand|appreciate|realise|realize|get) (that)? (the|your|things|money|budgets) ~ (is|are|was|were|has been|have been) (@intens)* (tight|hard|difficult|limited|stretched|busy|frozen|complicated|a lot)", "validation: 'I understand the budget is tight'"),
            CueRule("of course you (have|had|would have|'d have) (views|opinions|feelings|concerns|worries|a view)", "validation: 'of course you have views'"),
            CueRule("i (would|'d) (@intens)* (feel|be|react|do) (exactly)? the same (way)?", "validation: 'I'd feel the same'"),
            CueRule("(a|such a|an) (@intens)* (normal|natural|human|understandable|common|reasonable|healthy) (reaction|response|thing to feel|feeling|way to feel|thing to want|thing to do)", "validation: 'that's a really normal reaction'"),
            CueRule("you (have|have got|'ve got) (every|good|a good) reason", "validation: 'you've got every reason to…'"),
            CueRule("you are not wrong", "validation: 'you're not wrong'", .evenIfNegated),
            CueRule("no wonder (it|that|they|he|she|things)", "validation: 'no wonder it…'"),
            CueRule("^ (oh)? ,? how (@intens)* (@hardship|@evoking|frightening|scary|awful|horrible|sad|hard|unfair|painful)", "validation: 'how awful'", .statementOnly),
            CueRule("i am not (@intens)* surprised (you|that you|it|that)", "validation: 'I'm not surprised you feel that way'", .evenIfNegated),
            CueRule("^ (@intens)* makes (total|complete|perfect|so much|a lot of)? sense", "validation: 'makes sense'"),
            CueRule("you did (the best|everything|all|what) (you could|you can|you were able|anyone could)", "validation: 'you did the best you could'"),
            CueRule("(it is|that is|it was) (@intens)* (not surprising|no surprise|unsurprising)", "validation: 'it's not surprising'", .evenIfNegated),
            CueRule("(would|'d|will) (@intens)* (upset|hurt|worry|frighten|scare|anger|shake|get to|rattle|throw) (anyone|anybody|most people|me too|me as well)", "validation: 'that would upset anyone'"),
            CueRule("(that|it|this|which) (@intens)* (makes|make|made) (@intens)* (total|complete|perfect|so much|a lot of)? sense", "validation: 'that makes sense'"),
            CueRule("i (@intens)* (can|could) (totally|really|completely|definitely|absolutely|fully)? (see|understand|imagine|get|tell) (why|how|that|what)", "validation: 'I can see why…'"),
            CueRule("i (@intens)* (totally|completely|really|do|fully)? (understand|get|see) (why|how|where you|your)", "validation: 'I understand why…'"),
            CueRule("i (@intens)* (totally|completely|really|do|fully)? (understand|get) (that|what)", "validation: 'I understand that…'"),
            CueRule("^ (@intens)* (understand|get it|i get it|makes sense|fair enough|i hear you) $", "validation: 'Totally understand.'", .statementOnly),
            CueRule("i (@intens)* (understand|know|get|appreciate|realise|realize) (that)? (it is|this is|that is|it was) not (your (decision|fault|call|choice|policy|doing)|up to you|easy|easy for you)", "validation: 'I understand it's not your decision'", .evenIfNegated),
            CueRule("^ (that is|that was|how) (@intens)* (@evoking|@hardship|rotten|rubbish|cruel|shitty|unfair (on|to|for) you) (for you|to (hear|sit with|deal with|ask|carry|go through|take in))? $", "validation: 'That's awful.' (naming the weight of it)", .statementOnly),
            CueRule("(that is|that was) (@intens)* a lot to (ask|take on|expect|carry|hold|give up|lose|leave behind|process|go through|deal with|juggle)", "validation: 'that's a lot to ask'", .statementOnly),
            CueRule("must (be|feel|have been|have felt) (@intens)* (hard|tough|difficult|painful|awful|lonely|isolating|horrible|exhausting|frightening|scary)", "validation: '…must be really hard'", .statementOnly),
            CueRule("(that is|that was|that has been|what|sounds like|that sounds like|such) (a|an) (@intens)* (rough|tough|hard|horrible|awful|frustrating|stressful|exhausting|miserable) (combination|afternoon|day|week|time|morning|evening|year|night|few (days|weeks|months)|start|situation)", "validation: 'a rough combination'", .statementOnly),
            CueRule("sounds (@intens)* (@hardship|@evoking) $", "validation: '…sounds really isolating'", .statementOnly),
            CueRule("is (@intens)* (completely|perfectly|totally|so|very)? (normal|natural|common|understandable|human) $", "validation: '…is completely normal'", .statementOnly),
            CueRule("there is no (timetable|right way|wrong way|time limit|deadline|rule|rush|rulebook|schedule) (for|to|on) (grief|grieving|this|it|feel|feeling|how)", "validation: 'there's no timetable for grief'", .evenIfNegated),
            CueRule("(that|this|it) happens to (so many|a lot of|lots of|most|loads of|many|plenty of) (people|us|parents|folk)", "validation: 'that happens to so many people' (normalising)"),
            CueRule("^ (it|that|they) (really|certainly|definitely|absolutely|truly) (is|does|was|are|can be|has been) $", "validation: 'It really is.' (agreeing with their sense of it)", .statementOnly),
            CueRule("^ that is (@intens)* too much (for (one person|anyone|you))? $", "validation: 'That's too much.'", .statementOnly),
            CueRule("you (did not|have not|never) (do|did|done) (anything|nothing) wrong", "validation: 'you didn't do anything wrong' (reassurance)", .evenIfNegated),
            CueRule("i know you (were|are|was) (just|only)? (trying|doing your best|meant well|mean well|trying to help|looking out)", "validation: 'I know you were trying to help'"),
            CueRule("take (all the|as much|whatever) time (as)? you need", "validation: 'take all the time you need'"),
            CueRule("(everyone|everybody|most people|lots of people|a lot of people|loads of people|plenty of people|many people) (@intens)* (feels|feel|gets|get|finds it|find it|struggles|struggle|goes through|go through|is|are) (@intens)* (@anyfeeling|awkward|nervous|shy|hard|that way|like that|the same|anxious)", "validation: 'everyone feels awkward at first' (normalising)"),
            CueRule("(it|this|that|they) can (@intens)* (feel|be|seem) ~ (at first|in the beginning|to start with|early on)", "validation: 'it can feel a bit cliquey at first' (normalising)", .statementOnly),
            CueRule("i (would|'d) (@intens)* (be|feel) (@intens)* (@anyfeeling|fed up|furious|livid|gutted|upset) (too|as well)", "validation: 'I'd be annoyed too'", .statementOnly),
            CueRule("as (@anyfeeling|fed up) ~ as you (are|were)", "validation: 'I'm as fed up as you are'", .statementOnly),
            CueRule("(it is|it can be|it must be|it has been) (@intens)* (hard|tough|difficult|not easy) (-ing|when you|starting|being|going|finding|losing|moving|having|watching|leaving)", "validation: 'it's really hard starting over'", .statementOnly),
            CueRule("(it is|it can be|it must be|it has been) (@intens)* (hard|tough|difficult|not easy) to ~~ (you|your)", "validation: 'it's so hard to find words when you're grieving'", .statementOnly),
            CueRule("i (@intens)* (understand|hear you|get it|hear what you are saying) $", "validation: 'I understand' / 'I hear you'", .statementOnly),
            CueRule("(anyone|anybody|most people|any of us|any parent|anyone else|everyone|everybody) (in your (position|shoes|situation|place))? (would|'d) (feel|get|react|struggle|want|have (felt|been|done|reacted|struggled)|be (@intens)* (@anyfeeling|upset|angry|hurt|devastated|worried|annoyed|frustrated|shaken|scared|furious))", "validation: 'anyone would feel…'"),
            CueRule("who (would not|could not) (feel|be|get|want)", "validation: 'who wouldn't be…'"),
            CueRule("no wonder (you|your)", "validation: 'no wonder you…'"),
            CueRule("of course you (feel|are|were|felt|would|want|wanted|did|need)", "validation: 'of course you feel…'"),
            CueRule("you (have|have got|had) (every|a|the) right", "validation: 'you have every right…'"),
            CueRule("you are (allowed|entitled) to (feel|be|want|need|grieve|cry)", "validation: 'you're allowed to feel…'"),
            CueRule("^ (you are|you were) (completely|totally|absolutely|so)? right", "validation: 'you're right'", .statementOnly),
            CueRule("(fair enough|fair point|good point|great point|valid point|you have a point|you make a good point)", "validation: 'fair point'"),
            CueRule("(that|this|it) is (@intens)* (fair|understandable|valid|reasonable|legitimate|natural|normal|completely understandable)", "validation: 'that's understandable'", .statementOnly),
            CueRule("(it is|it's) (@intens)* (understandable|natural|normal|okay|ok|fine|human|valid|alright|all right) (to|that you) (feel|be|want|get|have|cry|grieve|need|miss|struggle)", "validation: 'it's okay to feel…'"),
            CueRule("(your|those|these) (feelings|reaction|concerns|worries|fears|feeling|frustration|anger) (are|is|make|makes) (@intens)* (valid|understandable|legitimate|real|sense|natural|normal)", "validation: 'your feelings are valid'"),
            CueRule("(that|it|this) (@intens)* (sounds|sounded|must be|must have been|must feel|must have felt|seems|seemed|sound|looks|feels) (like)? (it was|it has been|it is been)? (@intens)* (@hardship|@evoking)", "validation: 'that sounds really hard'", .statementOnly),
            CueRule("what (a|an) (@intens)* (hard|tough|awful|difficult|rough|horrible|painful|terrible|stressful) (time|situation|day|week|year|month|thing|few weeks|position)", "validation: 'what a tough time'"),
            CueRule("i can only imagine", "validation: 'I can only imagine…'"),
            CueRule("i can not (even)? imagine (how|what)", "validation: 'I can't imagine how hard…'", .evenIfNegated),
            CueRule("(that is|that was|it is|it was) a lot (to (deal with|carry|handle|take in|go through|cope with))? $", thatIsALotRule),
            CueRule("you are doing (your best|the best you can|so well|really well|great|an amazing job|everything you can)", "validation: 'you're doing your best'"),
            CueRule("(it is|it was) not your fault", "validation: 'it's not your fault' (reassurance)", .evenIfNegated),
            CueRule("understandably", "validation: 'understandably'"),
            CueRule("i (@intens)* (do not|can not|could not|would not) blame you", "validation: 'I don't blame you' (reassurance)", .evenIfNegated),
            CueRule("(that is|it is|that was) (a|an) (@intens)* (fair|good|reasonable|valid|great|legitimate) (question|point|concern|ask|thing to (ask|want|feel))", "validation: 'that's a fair question'"),
            CueRule("(you are|you were) (@intens)* right (to|about|,|$)", "validation: '…, you're right'", .statementOnly),
            CueRule("(that is|that was|it is) (@intens)* true $", "validation: '…, that's true' (conceding their point)", .statementOnly),
            CueRule("you (@intens)* (do|really|absolutely|totally)? deserve (it|that|to|better|credit|recognition|some|more|a (break|rest|medal|holiday|day off))", "validation: 'you do deserve it'", .statementOnly),
            CueRule("i (@intens)* (get|understand|see) (that|it) $", "validation: '…, I get that'", .statementOnly),
            CueRule("(you are|you were) not (@intens)* (a|an)? (@intens)* (@insult|burden|failure|ungrateful|weak|alone|crazy|overreacting|being dramatic|being silly|to blame|going mad|mad|imagining (it|things)|bad at (it|this|that)|the only one|annoying|a pain|a nuisance|too much|boring|weird)", "validation: 'you're not a failure' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("(it is|it's) (@intens)* (okay|ok|alright|all right|fine|normal|natural|understandable) (to|if you) (find|not|take|hate|miss|be|feel|struggle|need|want|cry|do|do not|can not|fall|are|break|lose|laugh|let|say|ask|change)", "validation: 'it's okay to find it hard'"),
            CueRule("(that|it) (feels|felt|sounds|must feel|must have felt|would feel) like (a|an) (@intens)* (real)? (slap in the face|kick in the teeth|punch in the gut|betrayal|insult)", "validation: 'that feels like a slap in the face'"),
            CueRule("(that is|that was|that has been|that must be|what|that sounds like) (@intens)* (a|an|such a) (@intens)* (real|massive|huge|big|hard|heavy|tough|difficult|painful|awful|terrible|horrible|brutal|cruel|devastating)* (blow|change|loss|adjustment|shock|decision|moment|day|call|choice|news|day to carry|thing to carry|thing to (carry|deal with|go through|face|hear)|load|weight)", "validation: 'that's a real blow'", .statementOnly),
            CueRule("(that is|it is|that was) (@intens)* (so much|a lot|too much) (of @feelingnoun)? ~ (at once|coming at you|to (be)? (carry|carrying|deal with|handle|take in|cope with|go through))", "validation: 'that's so much at once'", .statementOnly),
            CueRule("(i know|i can see|i can tell|i realise|i realize|i hear that) (that)? (it|this|that) (is|has been|was|must be|must have been) (@intens)* (hard|tough|difficult|rough|painful|a lot)", "validation: 'I know it's been hard'", .statementOnly),
            CueRule("(it|this|that) (is|has been|must be|must have been) (@intens)* (hard|tough|difficult|rough|painful) for you", "validation: 'it's been hard for you'", .statementOnly),
            CueRule("(that|it) (can not|could not) have been (@intens)* (an|a)? (easy|fun|nice|pleasant)", "validation: 'that can't have been easy'", .evenIfNegated),
            CueRule("you do not have to (know|decide|have (it|all|everything)|be (okay|ok|strong|perfect|sure|brave|fine|happy)|explain|justify|figure)", "validation: 'you don't have to know right now' (permission)"),
            CueRule("(that is|that was|that must be|that must have been|that would be|that has been|that sounds|which sounds|which is|that can be|that must feel) (@intens)* (a|an|such a|one of the|such)? (@intens)* (@hardship|lonely|exhausting|infuriating|sad|scary|frightening|heartbreaking|isolating|overwhelming|draining|tricky|disruptive|appalling|unfair|hardest|toughest|worst|heaviest|knock|blow)", "validation: 'that\'s a tough spot' (names the weight of their situation)", .statementOnly),
            CueRule("(that is|that was|that must be|that is such|that would be) (@intens)* (a|an|such a)? (@intens)* (huge|big|massive|real|major) (deal|change|loss|part of your|adjustment|shift|thing to (lose|carry|disagree on|disagree about|face|go through|deal with))", "validation: 'that\'s a huge part of your life'", .statementOnly),
            CueRule("(a|such a) (@intens)* (real|big|huge|genuine|massive) loss", "validation: 'a dog is a real loss'", .statementOnly),
            CueRule("both (of those|of them|things|feelings)? (@intens)* (make|makes|are|can be|can both be) (@intens)* (total|complete|perfect|so much)? (sense|true|real|valid|understandable|okay|ok)", "validation: 'both make total sense'"),
            CueRule("(there is|there was) nothing wrong with you", "validation: 'there\'s nothing wrong with you' (reassurance)", .evenIfNegated),
            CueRule("there is no (right|wrong) (answer|way|thing)", "validation: 'there\'s no right answer'", .evenIfNegated),
            CueRule("(we|you) do not have to (talk about (it|this|that|him|her|them) (now|today|yet|right now|if|until)|talk (now|today|yet|right now)|say anything|share anything|go into (it|that|details|detail)|answer (that|now|right now|yet)|tell (me|anyone) (anything|yet|now)|talk $)", "validation: 'we don\'t have to' (permission)"),
            CueRule("(a lot of|lots of|many|so many|loads of|plenty of|most|heaps of) (people|couples|parents|folks|families|carers|new parents|mums|dads|men|women|students|us) (@intens)* (say|feel|find|go through|struggle|experience|describe|tell me|have|get|deal with|notice|worry|report|end up)", "validation: 'a lot of people say that happens' (normalising)"),
            CueRule("(it|that|this) (comes up|happens|crops up) (for|with|to) (a lot of|lots of|many|so many|most|loads of|plenty of) (people|couples|parents|families|us)", "validation: 'it comes up for a lot of couples' (normalising)"),
            CueRule("(is|are) (@intens)* (really|very|so|super|pretty|incredibly|actually|extremely)? common", "validation: 'not crying is really common' (normalising)", .statementOnly),
            CueRule("(would|will|'d) (@intens)* (wind|drive|do) (me|anyone|anybody|most people|everyone) (up|mad|crazy|nuts|in|round the bend) (too|as well)?", "validation: 'that\'d wind me up too'"),
            CueRule("(would|will) (@intens)* make (most people|anyone|anybody|everyone|me) (@intens)* (@anyfeeling|furious|angry|mad|upset)", "validation: 'that would make most people furious'"),
            CueRule("of course (it|that|this) (has|is|had)? (hit|knocked|shaken|affected|rattled|thrown|hurt|upset) you", "validation: 'of course it\'s hit you hard'"),
            CueRule("(a|such a|an) (@intens)* (understandable|natural|healthy|normal) way to (keep|protect|cope|remember|honour|honor|deal|look after|handle|manage|stay)", "validation: 'that\'s a lovely way to keep him close'"),
            CueRule("(does not|did not|will not) make you a (@intens)* (bad|terrible|awful|horrible|worse) (person|mum|mom|mother|dad|father|parent|friend|wife|husband|daughter|son|partner|carer)", "validation: 'that doesn\'t make you a bad mum' (reassurance)", .evenIfNegated),
            CueRule("you (should not|should never) have to (put up with|deal with|live with|go through|choose|carry|do)", "validation: 'you shouldn\'t have to put up with that'", .evenIfNegated),
            CueRule("(can|could)? hear (how|that) (@intens)* (much|strongly|important|deeply)", "validation: 'I hear how strongly you feel'"),
            CueRule("you are not (@intens)* (rubbish|hopeless|useless|terrible|bad|awful) at", "validation: 'you\'re not rubbish at it' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("^ (yeah|ok|okay|yes)? ,? fair (,|$)", "validation: 'yeah, fair' (conceding their point)", .statementOnly),
            CueRule("(that|it|this) must (@intens)* (hurt|sting|have hurt|have stung)", "validation: 'that must really hurt'", .statementOnly),
            CueRule("must (be|feel|have been|have felt) (@intens)* (awkward|lonely|isolating|humiliating|embarrassing|scary|frightening) (and)?", "validation: 'that must have felt so awkward and lonely'", .statementOnly),
            CueRule("^ (that|this) (@intens)* (stings|stung)", "validation: 'that stings'", .statementOnly),
            CueRule("(is|was|'s) (@intens)* (a|such a) (@intens)* (big|huge|massive|major) (change|adjustment|shift|transition|loss)", "validation: '…is a big change'", .statementOnly),
            CueRule("^ (that is|that's) (@intens)* not on", "validation: 'that\'s not on' (siding with their complaint)", .statementOnly),
            CueRule("(everyone|everybody|most people) (@intens)* (finds|find) (the|it|this|that|their|a|them) ~ (@hardship|tough|hard|difficult|strange|weird|awkward|scary)", "validation: 'everyone finds the first year tough' (normalising)"),
            // Normalising (from set E): naming how common their experience is.
            CueRule("(a|such a|an) (@intens)* (normal|natural|common|usual|typical|familiar|understandable) (thing|pattern|experience|part of|story|worry|fear|place to be|stage|response|reaction|way to feel|struggle|feeling)", "validation: 'that's such a common thing in grief' (normalising)", .statementOnly),
            CueRule("not (@intens)* as (unusual|uncommon|rare|strange|weird|odd|abnormal) as", "validation: 'that's not as unusual as it feels' (normalising)", .evenIfNegated, .statementOnly),
            CueRule("(is|are|that is|it is|that's) not (@intens)* (unusual|uncommon|abnormal|rare) $", "validation: 'it's not unusual' (normalising)", .evenIfNegated, .statementOnly),
            CueRule("(that is|this is|it is) (@intens)* what (anxious|grieving|tired|worried|our|human|frightened)? (minds|brains|bodies|people|grief|anxiety|humans|nerves|shock|trauma|we) (do|does)", "validation: 'that's what minds do after a shock' (normalising)", .statementOnly),
            CueRule("(people|everyone|everybody|we all|folks|families) (grieve|cope|heal|adjust|react|deal|process|mourn|recover) (at|in) (@intens)* (different|their own|very different|all sorts of|all kinds of)", "validation: 'people grieve at different speeds' (normalising)", .statementOnly),
            CueRule("(people|kids|children|parents|men|women|carers|caregivers|folks|teenagers|teens|couples|families|survivors) who ~~ (often|usually|tend to|commonly|generally|typically)", "validation: 'kids who've been through a lot often need time' (normalising)", .statementOnly),
            CueRule("(often|usually|always|nearly always|almost always) (@intens)* (harder|tougher|more painful|lonelier|worse|more complicated|stranger|messier) than (people|most people|anyone|you|we|folks) (expect|think|imagine|realise|realize|are told)", "validation: 'often harder than people expect' (normalising)", .statementOnly),
            CueRule("(for|with|to|among|in) (so many|a lot of|lots of|many|most|plenty of|loads of|heaps of) (people|women|men|parents|mums|mothers|moms|dads|fathers|widows|widowers|carers|caregivers|couples|families|kids|children|teenagers|students|new parents|grandparents|folks|veterans|retirees|immigrants|adoptive parents|first-time parents|people in your (position|situation|shoes))", "validation: 'brutal for so many women' (normalising)", .statementOnly),
            CueRule("(a lot of|lots of|many|so many|loads of|plenty of|most|heaps of) (people|couples|parents|folks|families|carers|mums|dads|men|women|students|kids|children|widows|teenagers) (@intens)* (do|are|keep|take|need|talk|want|cry|avoid|stay|grieve|lose|hide|freeze|go|carry|wonder|do not|never|have|feel|find|get) ", "validation: 'lots of people keep talking to the person they've lost' (normalising)", .statementOnly),
            CueRule("i (@intens)* (hear|see) (that|this|it) (@intens)* (a lot|all the time|so often|often|every week|a great deal)", "validation: 'I hear that a lot from people who…' (normalising)", .statementOnly),
            CueRule("(everyone|everybody|we all|all of us) (does|do|has|have|gets|get|feels|feel|makes|make) (that|this|it|one|those)? (@intens)* (sometimes|at some point|now and then|from time to time|at times|occasionally)", "validation: 'everybody does that sometimes' (normalising)", .statementOnly),
            CueRule("even the (most|best|strongest|calmest) (@intens)* (confident|experienced|organised|organized|together|patient|loving|capable|outgoing)? (people|parents|mums|dads|speakers|carers|of us)", "validation: 'even the most confident people…' (normalising)", .statementOnly),
            CueRule("not (everyone|everybody) (says|does|feels|grieves|cries|wants|needs|finds|goes|copes|reacts|heals)", "validation: 'not everyone says goodbye at a funeral' (normalising)", .evenIfNegated, .statementOnly),
            CueRule("(would|'d|will|could) (@intens)* (put|leave|send|knock|throw|set) (anyone|anybody|most people|any of us|anybody else|anyone else|any parent|everyone)", "validation: 'that would put anyone on edge'", .statementOnly),
            CueRule("(nobody|no one|no-one) (could|would|can) ~ without (snapping|cracking|breaking|losing|getting|feeling|struggling|some)", "validation: 'nobody could live with that without snapping'", .evenIfNegated, .statementOnly),
            CueRule("(one of the|the) (@intens)* (hardest|toughest|most painful|loneliest|worst|cruellest|cruelest|most difficult) (parts|things|bits|part|thing|times|moments|stages) (of|about|after|when|in)", "validation: 'one of the hardest parts of the first year'", .statementOnly),
            // Naming the weight of it (from set E).
            CueRule("(a|such a|an) (@intens)* (profound|deep|double|painful|terrible|heavy|enormous|second|hidden|quiet|complicated|layered) loss", "validation: 'that's a profound loss'", .statementOnly),
            CueRule("(that is|it is|those are) (two|three|several|so many|a lot of|double) (losses|blows|hits|griefs|changes) (at once|in one|together)?", "validation: 'that's two losses at once'", .statementOnly),
            CueRule("(a|its own) (@intens)* (particular|special|specific|different|unique|whole other|peculiar) (kind|sort|type) of (@hardship|@evoking|@feelingnoun|exhausting|exhausted|tired|pain|hell|loneliness|hurt|limbo|hard)", "validation: 'that's a particular kind of exhausting'", .statementOnly),
            CueRule("(that is|it is|this is|that was) (@intens)* not (a|an)? (@intens)* (small|little|minor|trivial|tiny) (thing|deal|matter|ask|worry)?", "validation: 'that's not a small thing'", .evenIfNegated, .statementOnly),
            CueRule("(that is|it is|that was) no (small|little|minor|easy) (thing|feat|matter|task)", "validation: 'that's no small thing'", .evenIfNegated, .statementOnly),
            CueRule("(that|it|this) (does not|did not) sound (@intens)* (okay|ok|right|fair|good|healthy|safe|normal|like nothing|small|easy)", "validation: 'that doesn't sound okay'", .evenIfNegated, .statementOnly),
            CueRule("(is|was|that is|that's) (a|such a) (@intens)* (big|huge|major|massive) (role|step|move|leap|transition|change to make) (to (step into|take on|take|make|face))?", "validation: 'that's a big role to step into'", .statementOnly),
            CueRule("(cuts|cut|hurts|hurt|stings|stung|wounds) (@intens)* (deep|deeply|to the bone|close to home)", "validation: 'that cuts deep'", .statementOnly),
            CueRule("(makes|made) (@intens)* (a lot of|so much|total|perfect|complete|real|such|good|every)? sense", "validation: 'relief makes a lot of sense'", .statementOnly),
            CueRule("of course (this|it|that) (hits|hit|feels|felt|knocked|shook|shakes|rocks|rocked|floors|floored|is hitting|is hard|hurts|hurt)", "validation: 'of course this hits you hard'", .statementOnly),
            CueRule("(that|it|this) must (@intens)* (have)? (@intens)* (hurt|stung|hurt you|stung you)", "validation: 'that must have really stung'", .statementOnly),
            CueRule("must (@intens)* (be|feel|have been|have felt) (@intens)* (@evoking|insulting|humiliating|crushing|gutting|galling|hurtful|bewildering|disorienting|disorientating|unsettling|surreal|lonely)", "validation: 'that must feel insulting'", .statementOnly),
            CueRule("easy (for (him|her|them|people|others|anyone|someone|your (sister|brother|mum|dad|mother|father|boss|family|friends)))? to say (from the outside|when (you|they|he|she) (have|has) not|if you have not)", "validation: 'that's easy to say from the outside'", .statementOnly),
            CueRule("(that|it|this|which) (can be|might be|may be|is often|is sometimes|can feel|often feels) (@intens)* (even)? (harder|worse|more painful|lonelier|tougher|more exhausting|more draining|more confusing) than", "validation: 'that can be harder than a loud argument'", .statementOnly),
            CueRule("(is|was|are) (@intens)* a (long|really long|very long) (time|while|stretch) (to|for|without|of) ", "validation: 'fourteen years is a long time to share your life with someone'", .statementOnly),
            // Permission and acceptance (from set E).
            CueRule("there is no (rule|rush|hurry|right time|timetable|deadline|schedule|time limit|pressure|should) (about|for|on|to|when|here)", "validation: 'there's no rule about when' (permission)", .evenIfNegated, .statementOnly),
            CueRule("(can|could|might) (come|wait|happen) (later|in (its|your) own time|when you are ready|another (day|time))", "validation: 'that can come later' (permission)", .statementOnly),
            CueRule("(that|this|it) is (exactly|just|precisely)? what (the|this|our) (time|space|session|hour|room|place|group|call|line) is for", "validation: 'this is exactly what the time is for'", .statementOnly),
            CueRule("(that|this) is (exactly|just)? what (i am|we are) here for", "validation: 'that's what I'm here for'", .statementOnly),
            CueRule("^ (you are|you're) (@intens)* (fine|okay|ok|alright|all right|good) $", "validation: 'You're fine.' (reassurance)", .statementOnly),
            CueRule("(does not|did not|will not|can not) (cancel|erase|take away|undo|diminish|cancel out|wipe out) (the|your|how much|what)", "validation: 'it doesn't cancel the love'", .evenIfNegated, .statementOnly),
            CueRule("(is|was) not (@intens)* (easy|an easy thing) to (say|admit|share|talk about|tell|bring up|put into words|own up to|hear)", "validation: 'that isn't easy to say out loud'", .evenIfNegated, .statementOnly),
            CueRule("(is|was|can be) (@intens)* (hard|difficult|tough|scary) to (admit|say out loud|share|talk about|put into words|own up to)", "validation: 'that's hard to admit'", .statementOnly),
            // From set F.
            CueRule("(one of the|the) (@intens)* (hardest|toughest|most painful|loneliest|worst|most difficult) (days|weeks|years|seasons|nights|times|moments) (of|in|after|for)", "validation: 'one of the hardest days of that first year'", .statementOnly),
            CueRule("there (is not|isn't|is no|'s no) (a|any)? (deadline|timetable|rule|right way|schedule|time limit|rush) (on|for|about|to)", "validation: 'there isn't a deadline on his room' (permission)", .evenIfNegated, .statementOnly),
            CueRule("(it is|that is|it's|that's|this is) not a sign (that)? (something|anything|you|of)", "validation: 'it's not a sign something's wrong with you' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("(that is|that's|it is|it's) not a (character flaw|weakness|failing|moral failing|flaw)", "validation: 'that's not a character flaw' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("(you are|you're) (still)? allowed to (use|say|call|keep|cry|laugh|rest|stop|take|talk|miss|love|grieve|change|be)", "validation: 'you're allowed to use it' (permission)", .statementOnly),
            CueRule("(anyone|anybody|most people|any of us) (would|'d) be (snapping|struggling|losing it|in bits|exhausted|at breaking point|worn out|falling apart|on their knees)", "validation: 'anyone would be snapping'", .statementOnly),
            CueRule("(would|will|'d) (sting|hurt|get to|rattle) (for)? (anyone|anybody|most people|any parent)", "validation: 'that would sting for anyone'", .statementOnly),
            CueRule("(i would|i'd) (@intens)* be (@intens)* (@anyfeeling|overwhelmed|exhausted|terrified|a wreck) (just thinking about it|in your shoes|in your position|if it were me|if that were me)", "validation: 'I'd be overwhelmed just thinking about it'", .statementOnly),
            CueRule("(that is|that's|it is) (a|such a) (@intens)* (tiring|frustrating|lonely|painful|hard|tough|exhausting|confusing|mixed|heavy|draining) (place to be|loop|message|position|bind|spot|road|thing to carry)", "validation: 'that's a tiring place to be'", .statementOnly),
            CueRule("(that is|that's|it is) (@intens)* a long (stretch|time|wait|road|haul) $", "validation: 'that's a long stretch'", .statementOnly),
            CueRule("i am (@intens)* here for (all of)? (it|you|this|that)", "validation: 'I'm here for all of it'", .statementOnly),
            CueRule("(after|with) (everything|all) you (have|'ve)? (put into|been through|done|given)", "validation: 'after everything you've put into this'", .statementOnly),
            CueRule("i (@intens)* (understand|know|realise|realize|can see) (that)? (this|that|it) (is|was|must be|has been) (a|an)? (@intens)* (surprise|shock|blow|bolt from the blue)", "validation: 'I understand this is a surprise'", .statementOnly),
            CueRule("(a lot of|lots of|many|so many|plenty of) ~ (describe|say|tell me|find|feel|go through) (exactly|this|that|the same|something similar|a version of)", "validation: 'a lot of people who move countries describe exactly this' (normalising)", .statementOnly),
            CueRule("some people ~~ (,|and) some (people|leave|keep|never|take|wait|do)", "validation: 'some people clear things in a week, some leave a room for years' (normalising)", .statementOnly),
            // From set G. Normalising: how common or human their reaction is.
            CueRule("^ (@intens)* (normal|natural|understandable|okay|ok|human|common) to (feel|be|want|get|find|have|need|cry|go|miss|struggle|freeze|blank|worry|wonder)", "validation: 'totally normal to feel like that' (normalising)", .statementOnly),
            CueRule("(is|are) (@intens)* (normal|common|human|natural|understandable) (when|after|in|at|among|with|for (people|anyone|someone|a lot|most|so many|new))", "validation: 'that blank is so normal when anxiety spikes' (normalising)", .statementOnly),
            CueRule("(it is|that is) (@intens)* human to", "validation: 'it's so human to go back over it' (normalising)", .statementOnly),
            CueRule("^ (grief|anxiety|shock|trauma|depression|loss|stress|exhaustion|fear|guilt|anger) (does|do|can do) that", "validation: 'Grief does that.' (normalising)", .statementOnly),
            CueRule("(lots of|a lot of|loads of|plenty of|so many|many) (of)? ~ ((say|said|tell me|told me|describe|mention|ask) (the same|that|this|exactly|something|so|it|the first|they|their|things like|how|what)|feel|felt|find|found|go through|went through|struggle|carry|come in|fail|freeze)", "validation: 'a lot of the lads here said the same' (normalising)", .statementOnly),
            CueRule("(little ones|kids|children|people|families|parents|patients|clients|couples|carers|teenagers|folk|men|women) (@intens)* (often|usually|commonly|tend to|sometimes) (ask|say|do|need|feel|struggle|find|slip|go|get|come|cry|freeze|carry|take|keep|want|worry|blame|wonder)", "validation: 'little ones often ask the same question' (normalising)", .statementOnly),
            CueRule("(you are|you're) (@intens)* (definitely|certainly|really|absolutely|so|far from)? not (@intens)* (alone|the only one|weird|strange|wrong|crazy|mad|a monster|doing (it|this|grief|anything) wrong)", "validation: 'you're definitely not alone' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("(far|a long way) from (the|being the) only (one|person|parent|mum|dad)", "validation: 'you're far from the only one' (normalising)", .evenIfNegated, .statementOnly),
            CueRule("(every|any|each) (parent|mum|mom|mother|dad|father|person|widow|widower|carer|couple|family|new parent|one of us) (@intens)* (goes through|went through|feels|felt|has|struggles|does|finds)", "validation: 'every parent goes through it' (normalising)", .statementOnly),
            CueRule("(seeing|see|are|there are) (a lot of|lots of|so many|plenty of|some) nods", "validation: 'I'm seeing a lot of nods' (normalising in a group)", .statementOnly),
            // Naming the weight of what happened.
            CueRule("(can|could|would|will) (@intens)* (hit|knock|wear|grind|drag|get) ~ (hard|down|for six|sideways|out of you)", "validation: 'anniversaries can hit so hard'", .statementOnly),
            CueRule("(can|could|would) be (@intens)* (mortifying|humiliating|crushing|gutting|heartbreaking|devastating|agonising|agonizing|isolating|lonely|exhausting|draining|frightening|terrifying|overwhelming)", "validation: 'that can be mortifying'", .statementOnly),
            CueRule("(that is|that was|it is|it was|that must be|it must be|that sounds) (@intens)* (heartbreaking|heart-breaking|gut-wrenching|agonising|agonizing|crushing|gutting)", "validation: 'it's heartbreaking when…'", .statementOnly),
            CueRule("(is|was) (a|such a) (@intens)* (real|genuine|proper|true|double|second|cruel|huge|big|heavy|terrible|quiet|lonely) (kind of)? (grief|loss|bereavement|heartbreak|wrench|betrayal)", "validation: 'that's a real grief' / 'a cruel kind of loss'", .statementOnly),
            CueRule("(a|such a) (@intens)* (heavy|hard|painful|lonely|big|tough|cruel|horrible|awful|frightening|scary) (thing|load|weight|burden) to (believe|carry|hold|hear|live with|bear|be told)", "validation: 'a really heavy thing to believe about yourself'", .statementOnly),
            CueRule("(fear|grief|pain|worry|guilt|anger|sadness|hurt|dread|panic|shame|feeling|loss) (does not|will not|can not|would not) (just)? (switch|turn|shut|go|disappear|vanish|stop|fade) (off|away|overnight|$)", "validation: 'that fear doesn't just switch off'", .evenIfNegated, .statementOnly),
            CueRule("^ (and)? (that|it|this) (gets|can get|must get|would get) (@intens)* (tiring|exhausting|old|lonely|wearing|draining|heavy|wearing)", "validation: 'that gets tiring'", .statementOnly),
            CueRule("(is|was) (a|the) (whole|big|huge|large) (chapter|part|piece) of (your|a) life", "validation: 'fourteen years is a whole chapter of your life'", .statementOnly),
            CueRule("^ (oh ,)? that is (@intens)* (dismissive|out of order|unkind|insensitive|hurtful|cruel|harsh)", "validation: 'that's so dismissive' (siding with their hurt)", .statementOnly),
            CueRule("i know (that|it|this) (took|takes|has taken|must have taken) (@intens)* (a lot|so much|everything|it) out of you", "validation: 'I know that took a lot out of you'", .statementOnly),
            CueRule("you (could not|can not|had no way to|had no way of) (have)? (known|know|knowing|seen|seeing|predicted|guessed|stopped)", "validation: 'you couldn't have known' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("hindsight (gives|makes|is|shows)", "validation: 'hindsight gives you a clarity you didn't have' (reassurance)", .statementOnly),
            // Reassurance: it does not mean what they fear.
            CueRule("(does not|did not|will not) mean (that)? you (let|failed|are|were|did|do not|did not|have|love|loved|care|cared|should|got)", "validation: 'it doesn't mean you let her down' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("(does not|did not|will not) make (your|the|their|his|her|it|that|this) ~ (any)? (smaller|less|weaker|lesser|worth less|less real|less valid)", "validation: 'it doesn't make your grief any smaller' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("(are not|is not) (any)? (smaller|less real|less important|less valid|worth less|less serious) because", "validation: 'your worries aren't smaller because someone else's are louder'", .evenIfNegated, .statementOnly),
            CueRule("(is not|was not) the same as not", "validation: 'not crying isn't the same as not loving him' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("(you are|you're) not (killing|hurting|failing|abandoning|betraying|neglecting|letting down|giving up on) (her|him|them|anyone|your)", "validation: 'you're not killing her' (reassurance)", .evenIfNegated, .statementOnly),
            CueRule("^ (it|that|this|your ~) (still)? (counts|matters) (just as much|too|as well|$)", "validation: 'It counts.' (their loss is real)", .statementOnly),
            // Permission.
            CueRule("(you are|you're) (still)? allowed (the|your|a|some|that|this|to take)", "validation: 'you're allowed the time' (permission)", .statementOnly),
            CueRule("you (can|may|are welcome to) (pass|skip|sit (this|it) out|stop (whenever|any time|at any point))", "validation: 'you can pass tonight' (permission)", .statementOnly),
            CueRule("there is (@intens)* room (here)? (for|in (this|here|the))", "validation: 'there's room for both here' (permission)", .statementOnly),
            CueRule("(all of it|everything|all of that|all of you|whatever you (feel|say|bring)|anything you (feel|say|bring)) is (@intens)* welcome", "validation: 'all of it is welcome here' (permission)", .statementOnly),
            CueRule("you (do not|don't|will not|won't) (have|need) to (have|know|pretend|choose|rush|carry|fix|hold|be (fair|perfect|strong|okay|ok|fine|sure|brave|polite|nice|over it|ready|the one|positive|grateful|calm))", "validation: 'you don't need to have all the answers' (permission)", .evenIfNegated, .statementOnly),
            CueRule("there (is not|is no|isn't|'s no) (actually|really|honestly)? (a|any)? (deadline|timetable|rule|right way|schedule|time limit|rush|shelf life|expiry date|sell-by date|clock) (on|for|about|to)", "validation: 'there isn't actually a timetable for grief' (permission)", .evenIfNegated, .statementOnly),
            CueRule("^ no (shelf life|deadline|timetable|time limit|expiry date|sell-by date|rush|right way|wrong way) (on|for|to|with)", "validation: 'no shelf life on grief' (permission)", .evenIfNegated, .statementOnly),
            // Hearing them out, conceding.
            CueRule("i (@intens)* (understand|can see|can tell|see) (that)? you (are|were|have been|feel|felt) (@intens)* (@anyfeeling|angry|frustrated|upset|worried|scared|hurt|annoyed|stressed|fed up|disappointed|furious|exhausted|tired|overwhelmed|anxious|frightened)", "validation: 'I understand you're frustrated'", .statementOnly),
            CueRule("i (@intens)* hear (that)? you (want|need|wanted|needed|would like)", "validation: 'I hear that you want me to be okay'", .statementOnly),
            CueRule("^ (yeah|yes|okay|ok|fair)? ,? i (probably|definitely|totally|fully)? (deserve|deserved) (that|it) $", "validation: 'Yeah, I deserve that.' (conceding their point)", .statementOnly),
            CueRule("you (have|have got) (a|a fair|a good|a real) point", "validation: 'you've got a point' (conceding)"),
            CueRule("^ (good|great|fair|brilliant|excellent|really good|such a good) question", "validation: 'Good question.'", .statementOnly),
            CueRule("^ i know ,? right", "validation: 'I know, right?' (agreeing)"),
            CueRule("^ of course (it|that|they|you) (does not|did not|would not|can not|is not|was not|has not|do not|are not) (,|$)", "validation: 'Of course it doesn't.' (it makes sense)", .evenIfNegated),
            // An acknowledging "I know" (sets C, D and E; see docs/cues.md).
            CueRule("^ (i know|i remember|i hear you) (,|$|and|but|that|i|it|you|this|what|how|we|they|he|she|my|your)", acknowledgingIKnowRule, .statementOnly),
            CueRule("^ (maybe|perhaps|possibly) i (have|did|was|am|do) (a bit|a little|sometimes|at times)? $", "validation: 'maybe I have a bit' (conceding their point)", .statementOnly),
            // From set G (second pass).
            CueRule("i could have written (this|that|your post|that post|it) (myself)?", "validation: 'I could have written this' (me too)", .statementOnly),
            CueRule("(often|usually|commonly) (means|brings|involves|comes with) (grieving|grief|a (lot|bit|kind|sort)|some|mixed|feeling|losing)", "validation: 'the first year sober often means grieving…' (normalising)", .statementOnly),
            // From set H (session 6).
            CueRule("(that|this|it) happens to (everyone|everybody|all of us|the best of us|us all)", "validation: 'it happens to everyone' (normalising)"),
            CueRule("^ (everybody|everyone) (slips|stumbles|struggles|messes up|gets it wrong|has (bad|off) days|has a wobble)", "validation: 'everybody slips' (normalising)", .statementOnly),
            CueRule("(for|to) (almost|nearly) (everyone|everybody) $", "validation: 'friendships drift after uni for almost everyone' (normalising)", .statementOnly),
            CueRule("(lots of|a lot of|many|most|loads of) people (bounce around|skip|go back and forth|carry it|cope|grieve) ", "validation: 'lots of people bounce around' (normalising)", .statementOnly),
            CueRule("people (carry|show|handle|process|express) (it|grief|this|that) (in)? (different|their own|all sorts of) ways", "validation: 'people carry it in different ways' (normalising)", .statementOnly),
            CueRule("^ (that is|that's|thats|it is) (a|such a) (@intens)* (long|big|huge|whole|heavy|hard|tough|lonely|massive) (silence|gap|time|wait|loss|life|load|weight|burden|road|stretch)", "validation: 'that's a long silence between sisters'", .statementOnly),
            CueRule("(that is|that's|thats) a lot (of money|of time|of years|of change|of pressure|of loss)", "validation: 'that's a lot of money to be owed'", .statementOnly),
            CueRule("(that is|that's|thats) (@intens)* (maddening|infuriating|so annoying|really annoying|annoying|exhausting|rough|brutal|gutting|horrible|awful|rubbish|the worst)", "validation: 'an hour on hold, that's maddening'", .statementOnly),
            CueRule("^ i (understand|appreciate|get|realise|realize) (that)? (it is|it's|costs|things|this is|prices|times|money|work|you are|you have|you were|you need|you want|everyone) ", "validation: 'I understand it's busy' (their side acknowledged)", .statementOnly),
            CueRule("^ (you are|ur|youre|you're|u r) right ,? (my bad|i (forgot|was|did|should|have|messed|dropped))", "validation: 'ur right, my bad' (conceding their point)"),
            CueRule("^ (true|fair|ha ,? fair|haha ,? fair|ok ,? fair) ,? i (have been|was|did|should|am|have)", "validation: 'true, I've been slack' (conceding their point)"),
            CueRule("((you are both|both of you are) right|you (have|have each|have both|each have|both have) (got)? a point)", "validation: 'you've each got a point'"),
            CueRule("(it is|that is|it's|that's|its|thats) not (stupid|silly|weird|crazy|dumb|daft|ridiculous) ($|,|\\.|to|at all)", "validation: 'it's not stupid' (their reaction is reasonable)", .evenIfNegated, .statementOnly),
            CueRule("there is nothing wrong with (her|him|them|that|it|you|your)", "validation: 'there's nothing wrong with her' (normalising)", .evenIfNegated),
            CueRule("you are not wasting (anything|my time|our time|time|the time)", "validation: 'you're not wasting anything'", .evenIfNegated),
            CueRule("i would be (@intens)* (furious|livid|upset|annoyed|angry|gutted|fuming|raging|devastated|the same) (too|as well)?", "validation: 'I'd be furious' (their reaction is reasonable)", .statementOnly),
            CueRule("(it is|it's|its) still a (loss|big deal|real loss)", "validation: 'it's still a loss, even if you weren't close'", .evenIfNegated),
        ],
        vetoes: [
            "(film|movie|book|song|show|match|game|episode|exam|test|question|workout|hike|climb|drive|puzzle|level) (is|was|would be|has been|sounds)",
            "(@hardship|sad|big|heavy) (film|movie|book|song|show|match|game|episode|exam|test|question|workout|hike|climb|drive|puzzle|level|watch|read)",
            "(that is|that was) (@intens)* (a|an)? (@intens)* (hard|tough|big|huge) (one|question|call) (to answer|for me)",
            "(weight|load) off",
            "(for me|i|me|my) (@intens)* (to|when i)",
            "(hard|difficult|tough) to (believe|say|tell|hear (you|him|her|them|over|anything|with|in|on|properly))",
            "(is|was) fair (enough)? (to say|game)",
            "a lot (more|less|better|worse)",
            "i know you (@intens)* (mean|meant) well",
            "i know you (@intens)* (want|wanted) to help",
            "i know how much you (do|have done|did|put in|give|help|care)",
            "i know (how|where|when|what|who|why) to",
            "i know (a|an|the|some|him|her|them|someone|somebody|nothing|everything|exactly) ",
            "(make|makes|made|making) (@intens)* sense (of|to (leave|go|stay|buy|sell|wait|move|do|get|ask|take))",
            "(does|did|would) not (@intens)* make (any|much)? sense",
            "a lot of (fun|money|time|work|things|stuff|them|us|you)",
            "(a lot of|lots of|loads of|plenty of) people (@intens)* (feel|felt) (that|this|the same) way",
            "(find|found|finds) it (@intens)* (rewarding|helpful|useful|fun|great|good|enjoyable|relaxing)",
            "a lot (has|have|had) ",
            "(that is|that's) rubbish , i",
            "i understand (why|how) you (could|would|can) (be|do) (so)? (@insult)",
            "i know my (rights|stuff|place)",
            "you are feeling (fine|okay|ok|good|alright|all right|better)",
        ],
        derive: { detection in
            let parsed = detection.parsed
            // "I know…" acknowledges *their* point: not with no line to
            // answer ("I know it's random, but…"), and "I know I'm not the
            // most talkative" is about oneself unless it concedes their charge.
            let previous = detection.previous
            // Only touch the list when such a match is there: removeAll on
            // an unchanged list still costs a uniqueness check and a pass.
            // Both drops below need a validation match: with none, neither reads the list.
            let hasValidation = detection.hasAny(.validation)
            if hasValidation, detection.hasAny(.validation, rule: acknowledgingIKnowRule) {
                detection.found.removeAll { match in
                    guard match.cue == .validation, match.rule == acknowledgingIKnowRule else { return false }
                guard let previous else { return true }
                let next = match.tokens.upperBound - 1
                    return parsed.tokens[next].norm == "i" && !previous.complains && !previous.chargesListener
                }
            }
            // "How's the new job?" → "Honestly it's a lot. I'm overwhelmed":
            // their own load, answering a question about them.
            if hasValidation, let previous, previous.isQuestion,
                detection.hasAny(.validation, rule: thatIsALotRule)
            {
                detection.found.removeAll { match in
                    match.cue == .validation && match.rule == thatIsALotRule
                        && parsed.tokens.contains { WordClasses.firstPersonSingular.contains($0.norm) }
                }
            }
            guard let previous, previous.speaksOfThemselves, !previous.chargesListener else { return }
            // A reassuring denial of the words they used of themselves: "You're
            // not invisible." / "Not weird at all." after "I feel invisible" /
            // "Is that weird?".
            for index in parsed.sentences.indices {
                // Cheapest tests first: most sentences fail on their first word.
                let sentence = parsed.sentences[index]
                let start = parsed.contentStart[index]
                guard start < sentence.tokens.upperBound else { continue }
                guard reassuringFirstWords.contains(parsed.norm(start)) else { continue }
                guard parsed.anyNegated(in: sentence.tokens) else { continue }
                guard detection.questionForm(ofSentence: index) == nil || detection.questionForm(ofSentence: index) == .tag else { continue }
                if detection.has(.validation, inSentence: index) { continue }
                if deniesOtherActs.contains(where: { detection.has($0, inSentence: index) }) { continue }
                var denies = false
                for position in sentence.tokens where parsed.negated[position] {
                    if let stem = detection.sharedStems.isEmpty ? nil : detection.sharedStems[position],
                        selfCriticalWords.contains(parsed.tokens[position].norm) || selfCriticalWords.contains(stem)
                    {
                        denies = true
                        break
                    }
                }
                if denies {
                    detection.add(.validation, sentence: index, "validation: denies the hard word they used of themselves ('You're not invisible.')")
                }
            }
        },
        fires: [
            CueExample("You're not invisible to me.", after: "I feel invisible at work."),
            CueExample("Not strange at all.", after: "I still sleep with his jumper. Is that strange?"),
            "That's such a common thing after a death.",
            "People heal at different speeds.",
            "I hear that a lot from new parents.",
            "That's not a small thing.",
            "That's a particular kind of lonely.",
            "That's what tired brains do.",
            CueExample("I know, and I should have rung.", after: "You said you'd ring me."),
            "Grief is often messier than people expect.",
            "That makes sense.",
            "I can see why you'd be upset.",
            "Anyone would feel that way after a week like that.",
            "That sounds really hard.",
            "You have every right to be angry.",
            "I understand why you said it.",
            "It's completely understandable to feel lost.",
            "No wonder you're tired.",
            "Of course you feel let down.",
            "Fair point, I hadn't thought of that.",
            "What a tough week you've had.",
            "It's not your fault.",
            "I can't imagine how painful that was.",
            "That's a lot to carry.",
            "You're right, I did leave them.",
            "It's okay to cry.",
            "Of course you're upset.",
            "Your feelings are valid.",
            "I don't blame you for being cross.",
            "That's a fair question.",
            "It's late, you're right.",
            "You're right to be worried.",
            "I forgot again, that's true.",
            "You do deserve a rest.",
            "It's a long wait, I get that.",
            "You're not a burden.",
            "You're not stupid for asking.",
            "It's okay to find this scary.",
            "That must feel like a kick in the teeth.",
            "That's a big adjustment.",
            "That's so much to carry at once.",
            "I know this has been really hard.",
            "That can't have been easy.",
            "You don't have to decide tonight.",
            // From set G (own wording).
            "Pretty normal to feel wobbly the night before.",
            "Forgetting words is so common after a shock like that.",
            "It's so human to replay the last conversation.",
            "Guilt does that.",
            "A lot of the parents here have told me the same thing.",
            "You're definitely not alone in that.",
            "Every dad goes through a version of this.",
            "Birthdays can hit you really hard.",
            "Being laughed at in a meeting can be humiliating.",
            "That's a real loss, even if nobody says so.",
            "That's such a heavy thing to carry on your own.",
            "That kind of dread doesn't just switch off.",
            "That gets exhausting.",
            "Thirty years is a whole chapter of your life.",
            "It doesn't mean you failed him.",
            "It doesn't make your loss any less real.",
            "You couldn't have known what was coming.",
            "You're allowed the afternoon off.",
            "There's room for all of it in here.",
            "You don't need to have it figured out today.",
            "There isn't really a deadline for this.",
            "I understand you're upset about the delay.",
            "I hear that you want this sorted today.",
            "Yeah, I deserve that.",
            "You've got a point there.",
            "Good question, Sam.",
            CueExample("It's not desperate at all.", after: "Would I look desperate if I texted her first?"),
            "Honestly, I could have written this myself.",
            "The first winter after a divorce often brings a lot of loneliness.",
            "It's okay to let him see you upset.",
        ],
        doesNotFire: [
            "That doesn't make sense.",
            "I can't see why you're so upset.",
            "That's hard to believe.",
            "I don't understand why you'd do that.",
            "A lot of people feel that way, get over it.",
            "You have no right to speak to me like that.",
            "Are you right about that?",
            "It's your fault.",
            "That was a hard film.",
            "I see.",
            "A lot more needs doing.",
            "You're right there?",
            "It's okay, I'll do it.",
            "Sometimes I think everyone would be happier if I disappeared.",
            "I understand the instructions now, thanks.",
            "It was a real shock.",
            "It's been hard since she died.",
            "You're not going out like that.",
            "Are you right about that?",
            "That is not true.",
            "I know it.",
            CueExample("I know I'm not the best cook.", after: "Thanks for having us."),
            CueExample("You're not listening.", after: "I'm listening."),
            "I know how to fix it.",
            "It made sense to leave early.",
            "I can't make sense of it.",
            "Lots of people came to the party.",
            CueExample("Honestly it's a lot. I'm kind of overwhelmed.", after: "How's the new job?"),
            "A lot of people said no to the invitation.",
            "It doesn't mean you can skip the meeting.",
            "You don't have to shout.",
            "I deserve a raise.",
            "The exam can hit the top marks only with practice.",
            "I know my rights.",
            CueExample("You're feeling fine, and yet you're here.", after: "I'm fine."),
            "Call me when it gets lonely up there.",
        ]
    )

    /// The acknowledging "I know…" rule's label, written once: the derive
    /// drops its matches when there is no point of theirs to acknowledge.
    private static let thatIsALotRule = "validation: 'that's a lot to carry'"

    private static let acknowledgingIKnowRule = "validation: 'I know, and I'm sorry' (acknowledges their point)"

    /// Acts that make a denial something other than reassurance.
    private static let deniesOtherActs: [CueName] = [.blame, .insult, .defensiveness, .refusal, .threat]

    /// Hard words people use of themselves, whose denial reassures them.
    private static let selfCriticalWords: Set<String> = [
        "weird", "strange", "odd", "invisible", "rambling", "ramble", "boring", "bored", "bore", "useless", "failure",
        "burden", "stupid", "silly", "pathetic", "crazy", "mad", "selfish", "weak", "broken", "alone", "nobody",
        "worthless", "hopeless", "mess", "idiot", "ugly", "lazy", "bad", "awful", "terrible", "horrible", "dramatic",
        "overreacting", "needy", "annoying", "ungrateful", "wallowing", "wallow", "fraud", "failing", "fail", "lost",
        "ridiculous", "naive", "cold", "heartless", "unlovable", "unreasonable", "whining",
        "whinging", "complaining", "moaning",
        // From set G.
        "desperate", "embarrassing", "embarrassed", "unlikeable", "unlikable", "wrong", "monster", "clingy", "weirdo",
        "loser", "disappointment", "greedy", "petty", "bitter", "jealous",
    ]

    /// Words a reassuring denial opens with ("You're not…", "Not weird…", "It isn't…").
    private static let reassuringFirstWords = WordTable(["you", "not", "no", "she", "he", "it", "that"])
}
