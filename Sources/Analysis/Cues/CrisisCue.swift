extension CueDetectors {
    /// Suicidal thoughts or self-harm, including indirect disclosures.
    ///
    /// Safety-critical: recall matters more than precision, so negation does
    /// not cancel these rules ("I'm not suicidal, but…" still pauses the
    /// session), while hyperbole is kept out by the wording of each rule:
    /// every rule names the self ("myself", "my life", "without me") or
    /// wanting to die, never "killing me" or "dying to".
    static let crisis = CueDetector(
        .crisis,
        summary: "Suicidal thoughts or self-harm, including indirect disclosures (\"I'd rather not wake up\", \"everyone would be better off without me\"). Hyperbole (\"this commute is killing me\") does not count.",
        rules: [
            CueRule("(kill|killing|killed|hang|hanging|hanged|drown|shoot|poison|off) myself", "crisis: talks of killing oneself", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(end|ending|ended|take|taking) (my|my own) life", "crisis: 'end my life'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(end|ending|finish) (it|it all|things|everything) (all|now|for good|tonight|today)?", "crisis: 'end it all'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(want|wanted|wanna|wish|wishing|ready|prefer|deserve) to (@intens)* (die|be dead|not exist|not be alive|not be here|disappear forever|disappear for good|stop existing|sleep forever)", "crisis: wants to die", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (@intens)* (should|could|might as well|may as well|would rather) (@intens)* (die|be dead|just die|not exist)", "crisis: 'I should just die'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(wish|wished) (i|that i) (was|were|had) (@intens)* (dead|never born|not born|not here|gone|never been born|not alive|not around)", "crisis: 'I wish I was dead'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(would rather|'d rather|hope i|hoping i|want to|go to sleep and|not to|never) (@intens)* (not|never|do not) wake up", "crisis: not wanting to wake up", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(not|never) (@intens)* wake up (again|tomorrow|in the morning)", "crisis: not waking up", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(would|will|'d) be (@intens)* (better|happier|better off|relieved|fine|quieter|easier|lighter|calmer|simpler) (off)? (if i|without me|once i am gone|when i am gone)", "crisis: 'everyone would be better off without me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("if i (@intens)* (disappeared|vanished|was not here|were not here|was not around|were not around|did not exist|died|was gone|were gone|was dead|were dead|never woke up|was not alive)", "crisis: imagines disappearing", .evenIfNegated, .notAskingAboutOthers),
            CueRule("better off (dead|without me|if i (was|were) (gone|dead|not here|not around))", "crisis: 'better off without me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(no|not any|not a|not one) (reason|point|purpose) (to|in|for) (go on|going on|live|living|carry on|carrying on|keep going|be here|being here|anything|wake up|waking up|try|trying) (anymore|any more)?", "crisis: 'no reason to go on'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("what is the point (of|in) (living|life|going on|anything|being here|carrying on|trying|me)", "crisis: 'what's the point of living'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(there is|there's) no point (anymore|any more|to anything|in anything|to life|in life|to me)", "crisis: 'there's no point anymore'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(life is|life's|my life is|it is) not worth (living|it anymore|it any more|going on)", "crisis: 'life isn't worth living'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(nothing|no one|nobody) (left)? to live for", "crisis: 'nothing to live for'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(can not|could not|do not want to|will not) (@intens)* (go on|keep going|carry on|live) (anymore|any more|like this|living|much longer)?", "crisis: 'I can't go on'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(do not|did not|never) (@intens)* (want|wanted) to (live|be alive|exist|be here|be around|wake up) (anymore|any more|now|again|tomorrow)? $", "crisis: 'I don't want to be here anymore'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(tired|sick) of (living|life|being alive|existing|being here|being around)", "crisis: tired of living", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(done|finished) with (life|living|everything)", "crisis: done with life", .evenIfNegated, .notAskingAboutOthers),
            CueRule("give up on (life|living|everything)", "crisis: giving up on life", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(suicide|suicidal|self-harm|self harm|selfharm|self-harming|self harming|selfharming|self-harmed|self harmed|selfharmed|self-injury|self-injuring|self injury|overdose|overdosed|overdosing|od on)", "crisis: names suicide or self-harm", .evenIfNegated, .notAskingAboutOthers),
            // The words of online chat, typed as well as said: "unalive",
            // "kms" (kill myself), "sewerslide", "suicide" misspelled.
            CueRule("(unalive|unaliving|unalived) (myself|me|my self)", "crisis: 'unalive myself' (chat for suicide)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(want|wanna|wanted|going|gonna|thinking about|think about|thought about|thinking of|plan|planning|planned|ready|about|trying|tried|try) (to)? (unalive|kms)", "crisis: 'thinking about kms' (chat for killing myself)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(sewerslide|sewer slide|suicde|suiside|sucide|suicid|suicidel|sucidal|suicdal)", "crisis: names suicide (chat or misspelled)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(cut|cutting|burn|burning|burnt|burned|hurt|hurting|harm|harming|starve|starving|punish|punishing|scratch|scratching) (myself|my (arms|wrists|legs|skin|body))", "crisis: self-harm ('cutting myself')", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(slit|slitting|cut|cutting) my wrists", "crisis: self-harm (wrists)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(took|take|taking|swallow|swallowed|swallowing) (all|a bunch of|a load of|a handful of|too many|loads of|lots of|the whole bottle of|a bottle of|every one of|all of) (my|the|of my|some|of the)? (pills|tablets|meds|medication|sleeping pills|painkillers)", "crisis: pills as a means", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(saving up|stockpiling|stockpiled|hoarding|collecting) (my|the|some)? (pills|tablets|meds|medication|sleeping pills|painkillers)", "crisis: stockpiling pills", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(jump|jumping|throw myself) (off|from|in front of|under) (a|the) (bridge|roof|building|train|bus|cliff|balcony|car|lorry|truck)", "crisis: jumping as a means", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(will not|won't|am not going to|might not) be (around|here) (much longer|for long|anymore|any more|to see|next)", "crisis: 'I won't be around much longer'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(nobody|no one|noone) (would|will) (miss|notice|care) (me|if i|when i|that i)", "crisis: 'nobody would miss me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(if|when) i (was|were) (gone|dead|not here|not around)", "crisis: imagines being gone", .evenIfNegated, .notAskingAboutOthers),
            CueRule("when i am (dead|no longer here|not here anymore|not around anymore)", "crisis: imagines being gone", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (@intens)* (am|feel like|have become|feel|have been) (@intens)* (such)? a burden (to|on)?", "crisis: 'I'm a burden'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(easier|better) (for everyone|for them|for you|for my family)? if i (was|were|was not|were not|did not) (here|around|gone|dead|exist|alive)", "crisis: 'it would be easier if I wasn't here'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(thoughts|thinking|thought) (of|about) (dying|death|ending (it|things|my life|everything|it all|$)|not being here|killing myself|suicide|not waking up)", "crisis: thoughts of dying", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(wanna|want to|wanted to) (@intens)* die", "crisis: wants to die", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(disappear|vanish) (forever|for good|and never come back)", "crisis: 'disappear forever'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(can not|can't) see a way out", "crisis: sees no way out", .evenIfNegated, .notAskingAboutOthers),
            // Self-harm named by the act alone: "I've been cutting again".
            CueRule("(been|started|start|keep|kept|back to|am|was|stop|stopped) (cutting|burning|self-harming|self harming) (again|since|lately|more|a lot|every|$)", "crisis: self-harm ('been cutting again')", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(do not|can not|could not) see (any|a|the|much) (reason|point|purpose) (to|in|of|for) (go on|going on|live|living|carry on|carrying on|keep going|being here|life|anything|it all|wake up|waking up)", "crisis: sees no point in going on", .evenIfNegated, .notAskingAboutOthers),
            // Planning and means: thinking through how, researching doses,
            // keeping pills, goodbye notes.
            CueRule("(thought|thinking|think|planned|planning|plan|worked out|decided) (about)? (how|when|where) i (would|could|will|might) do it $", "crisis: has thought about how", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(looked up|look up|looking up|googled|searched|researched|worked out|figured out|read up on|checked) how (many|much) ~ (pills|tablets|meds|medication|painkillers|paracetamol|sleeping pills|sleeping tablets|insulin)", "crisis: researching a dose", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(keeping|kept|hiding|hid|hidden|stashing|stashed) (his|her|their|my|the|some|all)? (old|spare|leftover|extra)? (pills|tablets|meds|medication|painkillers|sleeping pills|sleeping tablets)", "crisis: keeping pills back", .evenIfNegated, .notAskingAboutOthers),
            // A goodbye letter to someone who has died is grief work (IPT's
            // farewell letter), so only notes to the living count.
            CueRule("(she|he|they|the (baby|kids|children)|my (kids|children|son|daughter|family|baby)|everyone|everybody) (would|will|'d) be (@intens)* better off with (someone|somebody) else", "crisis: 'she'd be better off with someone else as her mum' (a parent's disclosure)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(do not|did not|would not) (@intens)* care if i (wake up|woke up|live|lived|die|died|make it|made it|see tomorrow|am here|was here|do not wake up)", "crisis: 'I don't care if I wake up'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(taking|took|take|been taking) more (of)? (my|the)? (sleeping)? (pills|tablets|meds|medication|painkillers) than (i am|i was|i'm|i should|you are|prescribed|i am meant|i am supposed)", "crisis: taking more pills than prescribed", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(would|'d) (@intens)* rather be (with (her|him|them|mum|dad|my (mum|dad|mother|father|wife|husband|son|daughter|baby|brother|sister))|dead|gone|in the ground) (than|instead of) (here|alive|be here|living)", "crisis: 'I'd rather be with her than here' (wishing to join the dead)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(wish|wished) (i|that i) (had|would|would have)? (died|been killed|gone instead|been the one who died|died instead|been in that car)", "crisis: 'I wish I'd died instead'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(wish|wished) (it|that it) (had been|was|were) me (instead|and not|not)?", "crisis: 'I wish it had been me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(can not|could not|do not know how to) (@intens)* (go on|carry on|keep going|live|do this) without (you|her|him|them) $", "crisis: 'I can't go on without you'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(giving|gave|give|given) (away)? (all)? my (things|stuff|belongings|possessions|books|clothes|records|jewellery|jewelry) away", "crisis: giving belongings away", .evenIfNegated, .notAskingAboutOthers),
            CueRule("better off (with|without) ~~ than (with)? me", "crisis: '…would be better off with the insurance than with me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(written|wrote|writing|left|leaving) (letters|notes|goodbye letters|goodbyes|a letter|a note) (to|for) (everyone|everybody|all of them|all of you|my (family|kids|children|wife|husband|partner|parents|mum|dad|son|daughter)|the kids)", "crisis: letters to everyone 'just in case'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(hide|hiding|cover|covering|covers|hides) (the|my|up the|up my) (marks|scars|cuts|burns|bruises)", "crisis: hiding self-harm marks", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(do not know if|not sure if|not sure) i (will|would)? (still)? be (here|around|alive)", "crisis: 'I don't know if I'll still be here'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(there is|there's|i see|i can see) no way out ($|for me|of this|of it|of this mess|anymore|any more|,)", "crisis: 'there's no way out'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(do not|can not|could not|no longer) (@intens)* see (a|any) future (for me|for myself|anymore|any more|at all)?", "crisis: 'I don't see a future for myself'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(will not|won't|am not going to) be (a problem|a burden|in your way|your problem|anyone's problem) (for)? (much longer|for long|anymore|any more|soon)", "crisis: 'I won't be a problem for much longer'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(got|have got|have|put|set) (the|my|some) (pills|tablets|rope|meds|medication) (ready|out|aside|together)", "crisis: 'I've got the pills ready'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(putting|sorting|getting|put|sorted|got) my affairs in order", "crisis: putting affairs in order", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(last|final) time (you|anyone|any of you) (will|'ll) (hear from|see) me", "crisis: 'the last time you'll hear from me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(want|need|wish) (it all|everything|all of it|it to all) (to)? (stop|end|be over)", "crisis: 'I just want it all to stop'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("suicide (note|notes|letter|letters)", "crisis: suicide note", .evenIfNegated, .notAskingAboutOthers),
            CueRule("goodbye (note|notes|letter|letters) (to|for) (my|the)? (kids|children|son|daughter|family|everyone|wife|husband|partner|parents|friends|girlfriend|boyfriend)", "crisis: goodbye notes to the living", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(giving|gave|give) away (all)? my (things|stuff|belongings|possessions)", "crisis: giving belongings away", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(not going to|will not|would not|promise not to|am not going to) do anything (stupid|silly|drastic|rash)", "crisis: 'I won't do anything stupid'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(easier|better|simpler) (for everyone|for them|for you|all round)? if i (just)? (did not|never|do not|would not|could not) (wake up|exist|be here|come back)", "crisis: 'it would be easier if I didn\'t wake up'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(saving|saved|stockpiling|hoarding|collecting|keeping) (up)? (the|my|all my|all the|some of my|some of the)? (sleeping|sleep|old|spare)? (pills|tablets|meds|medication|painkillers|paracetamol)", "crisis: saving up pills", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(letters|notes|a letter|a note|cards) (to|for) ~~ (just in case|so (they|she|he|people) (know|knows|have|has|would have|'d have|will have)|something from me|after i am gone|when i am gone|for after)", "crisis: goodbye letters 'so they\'d have something from me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(writing|wrote|written|write|leaving|left) (notes|letters|goodbyes) (to|for) (people|everyone|them|the family|my family)", "crisis: writing notes to people", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (will not|won't|am not going to) be needing (them|it|these|this|those|my|anything)", "crisis: 'I won\'t be needing them' (giving things away)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(will not|won't|do not) (have to|need to)? (worry|deal|put up|bother) (about|with) me (much|for)? (longer|anymore|any more|for long|soon)", "crisis: 'you won\'t have to worry about me much longer'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(researching|researched|looking up|looked up|googling|googled|searching|searched|reading up on|read up on) ((how many|how much) ~ (pills|tablets|meds|medication|painkillers|paracetamol|sleeping|insulin|aspirin|ibuprofen)|doses|the dose|overdoses|ways to die|methods|how to (die|end it|do it))", "crisis: researching doses or methods", .evenIfNegated, .notAskingAboutOthers),
            // Read from set F's crisis misses (safety first; see Evaluation/README.md).
            CueRule("(sorting|sorted|sort|clearing|cleared|clear|going through) (out)? (my|all my) (things|stuff|belongings|affairs|papers) (so|for) (the kids|they|my|the family|nobody|no one|you|he|she) ~ (will not|won't|do not|don't|have|has|need)", "crisis: sorting things so others won't have to", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(written|wrote|writing|left|leaving) (each of them|them each|every one of them|all of them|each of the kids|everyone) (a|one)? (letter|note|letters|notes)", "crisis: a letter for each of them", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(written|wrote|writing|left|leaving) (a|my) (note|letter|last letter) (for|to) (my|the) (sister|brother|mum|mom|dad|kids|children|son|daughter|wife|husband|partner|family|parents|friends|girlfriend|boyfriend)", "crisis: a note for family", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(said|saying|say|made) my goodbyes", "crisis: 'I've said my goodbyes'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(will not|won't|am not going to) (be)? (need|needing) (the|my) (flat|house|room|car|place|stuff|things|job|phone|rent) (after|past|from|beyond|anymore|any more|much longer)", "crisis: 'I won't be needing the flat after the 20th'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(month|months|week|weeks|fortnight) ~ worth (of (pills|tablets|them|meds|painkillers))? (in|under|hidden|stashed|saved|stored|put by|put away)", "crisis: a month's worth put by", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(tablets|pills|meds|painkillers) ~ (lined up|laid out|in a row|counted out)", "crisis: tablets lined up", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(keeping|kept|putting|put|saving) (the)? (spare|extra|leftover|left-over|old) (ones|tablets|pills|meds) (in|aside|away|under|somewhere)", "crisis: keeping the spare ones by", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(know|knows|found|found out) where ~ (gun|rifle|shotgun|pistol|rope)", "crisis: knows where the gun is", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(sleep|go to sleep|fall asleep) and (@intens)* (not|never) wake (up)?", "crisis: 'sleep and not wake up'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(walking|walk|walked|driving|drive|swimming|swim) ~ (and)? (@intens)* (not|never) (stopping|stop|coming back|come back)", "crisis: walking out and not stopping", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(could|can|might|should) (just)? (go|be) (and)? be with (her|him|them|mum|dad|my (mum|dad|mother|father|wife|husband|son|daughter|baby|brother|sister|nan|gran|grandad))", "crisis: wanting to be with the one who died", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(did not|never) (think|thought|expect|expected) i (would|'d|will) (still)? be (here|around|alive) (by now|now|today|this long)?", "crisis: 'I didn't think I'd still be here'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(planned|plan|planning|decided) not to be (here|around|alive)", "crisis: 'I'd planned not to be'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (had|'d) (@intens)* planned not to be", "crisis: 'I'd planned not to be'", .evenIfNegated, .notAskingAboutOthers),
            // Read from set G's crisis misses (safety first; see Evaluation/README.md).
            CueRule("(wondering|wonder|working out|adding up|thinking about|worked out) (if|whether|what|how many|how much) ~~ (would be enough|be enough|would do|would it take|would take|it would take)", "crisis: wondering whether the tablets would be enough", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(tablets|pills|meds|painkillers|insulin) ~~ (would be enough|would do|with the (whisky|vodka|wine|drink|alcohol))", "crisis: what the pills would do", .evenIfNegated, .notAskingAboutOthers),
            CueRule("counted them (twice|again|all|out)", "crisis: counted the tablets", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(bought|got|getting|buying|have|'ve got) (a|some|the)? (rope|hosepipe|hose)", "crisis: bought rope", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(music|playlist|songs|hymns|readings|plans|flowers) for my (own)? funeral", "crisis: planning one's own funeral", .evenIfNegated, .notAskingAboutOthers),
            CueRule("my own funeral", "crisis: 'my own funeral'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(made|making|sorted|sorting) (all)? (of)? my arrangements", "crisis: 'I've made all my arrangements'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(close|closing|shut|shut down|delete) (down)? my (accounts|account|social media|email)", "crisis: so someone can close my accounts", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(cancelled|cancelling|canceled|canceling|cancel) ~~ (anything|everything) that (runs|goes|lasts) (past|beyond|after|into)", "crisis: cancelling anything that runs past Christmas", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(does not|doesn't|do not|don't|will not|won't) need me (in it|around|here|anymore|any more)", "crisis: 'tomorrow doesn't need me in it'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(off the road|crashed|hit me|didn't wake|did not wake|didn't come home) ~~ (i (would not|wouldn't|'d not|don't think i would|don't think i'd|do not think i would) mind)", "crisis: 'if the car went off the road I don't think I'd mind'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(do not|don't) think i (would|'d) mind ~~ (off the road|crashed|died|dead|gone|didn't wake)", "crisis: 'I don't think I'd mind'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("hope ~~ (comes back|gets me|takes me|kills me) so (it will|it'll|it would|everything will|it all) ~ be over", "crisis: hoping the illness comes back so it'll be over", .evenIfNegated, .notAskingAboutOthers),
            CueRule("in case i (am|'m|will not be|won't be) (not)? (here|around|alive) (next|by|on|after|tomorrow)", "crisis: 'in case I'm not here next week'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(notice|noticed|realise|realize|find out|found out) (that)? i (was|am|had|'d|were) (gone|dead|not here)", "crisis: how long till anyone would notice I was gone", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(burning|burn|burnt|burned|cutting|cut|scratching|scratch|hitting|punching) my (arm|wrist|leg|thigh|hand|stomach|skin|arms|wrists|legs|thighs) (with|on|again|until|till|when)", "crisis: self-harm ('burning my arm with a lighter')", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stopped|stop|skipping|skipped|not|quit) (taking)? my (insulin|meds|medication|tablets|pills) ~~ on purpose", "crisis: stopping insulin on purpose", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(be|going to be|'ll be|will be) with (gran|nan|grandad|granddad|mum|dad|her|him|them) soon", "crisis: 'I'll be with Gran soon'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stopped|stopping|quit|skipping|skipped) (taking)? my insulin", "crisis: stopping insulin", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(reading|read|looking|looked|researching|researched|googling|googled|searching) (up)? (about)? (how long|how much|how many) ~~ (bleed out|to die|kill|overdose|to drown|to hang)", "crisis: researching how long it takes to die", .evenIfNegated, .notAskingAboutOthers),
            CueRule("bleed (out|to death)", "crisis: 'bleed out'", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(hear|see|visit|ring|call|hug|talk to|speak to) (them|her|him|you|everyone|everybody|my (mum|dad|kids|family|friends)) (one last time|for the last time)", "crisis: seeing people one last time", .evenIfNegated, .notAskingAboutOthers),
            // From set H (read for safety): means weighed, places visited,
            // dates set, things put in order, the self as what should stop,
            // and self-harm by other means.
            CueRule("(know|knew|work out|worked out|working out|figure out|figured out|looked up|looking up|researched|googled|counted|checking|checked) (exactly)? how (much|many) ~ (it would take|would do it|would be enough|i would need|it takes|i need|would kill)", "crisis: 'I know exactly how much it would take' (a means weighed)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("how easy (a|an|it) ~ (would be|would end|could be)", "crisis: 'how easy a bad hypo would be' (a means weighed)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(if|whether) ~ (is|was|would be|'s) high enough", "crisis: 'working out if it's high enough'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(standing|stood|stand|sit|sitting|sat|stop|stopping|stopped|parked|pulled up) (right)? (at|on|near|by) the (edge|ledge|tracks|railway line|platform edge)", "crisis: 'standing at the edge'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(level crossing|top floor of the (multi-storey|car park)|the (top|edge) of the (bridge|cliff|car park))", "crisis: a high or deadly place visited", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(drinking|drink|drank|taking|took) (on top of|with) (the|my|her|his) (tablets|pills|meds|medication|sleeping pills)", "crisis: 'drinking on top of the tablets'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("if i (do not|don't|never) wake up ,? (fine|so be it|that is fine|whatever|good|then good|then fine|it is fine)", "crisis: 'if I don't wake up, fine'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(bringing|brought|bring|carry|carrying|keep|keeping|kept|took|take) (her|his|my|the|mum's|dad's|nan's) (sleeping pills|pills|tablets|razor|blades|rope) (with me|in my (bag|pocket|car)|around)", "crisis: carrying the means", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(lie|lying|lay) down and (not|never) (get|getting) up", "crisis: 'lying down and not getting up'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (do not|don't|am not|'m not) (@intens)* (plan|planning|expect|expecting|intend|intending) (on|to)? (see|seeing|make it to|making it to|be around for|being around for|be here for|being here for) (my|the|next|christmas|another|his|her)", "crisis: 'I don't plan on seeing my birthday'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(is not|isn't|not) (something)? (i am|i'm|im) (planning|planning on|planning for)", "crisis: 'Christmas isn't something I'm planning for' (no future)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("wait (till|until) after the (wedding|birthday|holidays|christmas|exams|funeral|baby|anniversary) ,? so (i|it) (do not|don't|does not|doesn't|will not|won't) (ruin|spoil)", "crisis: 'I'll wait till after the wedding so I don't ruin it'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(for after $|(a|the) folder called)", "crisis: 'for after' (things put in order)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(does not|doesn't|do not|don't) know why yet", "crisis: 'he doesn't know why yet' (things given away)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(he|she|they) (will|'ll) understand (later|one day|afterwards) $", "crisis: 'he'll understand later' (things given away)", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("my (own)? (eulogy|obituary|suicide note|goodbye letter|goodbye letters)", "crisis: writing my own eulogy", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(wrote|written|writing|write|left) (letters|goodbye letters|notes) (to|for) (each of|all of|everyone|my (kids|sisters|brothers|family|children|parents|sons|daughters|friends))", "crisis: letters to each of the family", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(want|need|wish) (me|myself) to (stop|end|disappear|go away|not exist)", "crisis: 'I want me to stop'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(already|just) gone and my body", "crisis: 'I've already gone and my body hasn't caught up'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i could (just)? go too", "crisis: 'I could just go too' (after a death)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(do not|don't|dont) want to be here (without|anymore|any more|now that)", "crisis: 'I don't want to be here without him'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(would|could|will|'d) (save|spend|have spent) on me", "crisis: 'what they'd save on me' (a burden)", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(scratched|scratch|scratching|cut|cutting|burned|burnt|burning|hit|hitting|bang|banging|banged|punched|punching|bit|biting) my (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|hand|hands|head|stomach|face) ~~ (till|until) (they|it|i|my) ~ (bled|bleed|bleeds|bleeding|see stars|saw stars|bruised|bruise|numb)", "crisis: hurting oneself till it bleeds", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(bang|banging|banged|hit|hitting) my head (on|against) (the|a|my)", "crisis: banging one's head against the wall", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stub|stubbing|stubbed|put|putting) (my|a|the)? (cigarettes|cigarette|fags|fag|cigs|cig) out on my (hand|arm|arms|skin|leg|legs|wrist)", "crisis: burning oneself with cigarettes", .evenIfNegated, .notAskingAboutOthers),
            // From the blind crisis hold-out set (read for safety after its
            // held-out figure, recall 0.14, was recorded): families of
            // disclosure, each in several wordings.
            // Not being there in the future.
            CueRule("(will not|won't|wont|not going to|ain't gonna|am not going to|not planning on|not planning to) (be|being) (here|around|there|in the picture) (by|for|to see|much longer|no more|any more|anymore|then|when|after|long|next|tbh|to be honest|honestly|$)", "crisis: 'won't be here by then' (not being there)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(not|ain't|aint|am not|'m not) (tryna|trying to|going to|planning on|planning to) be here (no more|anymore|any more|much longer)", "crisis: 'I ain't tryna be here no more'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(when|after|once|by the time) (i am|i'm|im|i) (gone|not around|not here|outta the way|out of the way|dead|no longer here)", "crisis: 'after I am gone'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("there (will not|won't|wont) be (a|any) (tomorrow|next time|more) (for me)?", "crisis: 'there won't be a tomorrow for me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(will not|won't|wont|not going to) matter to me (soon|after|by|then|much longer|for long)", "crisis: 'it won't matter to me soon'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("if i (was not|wasn't|were not|weren't|am not) (in the picture|around|here|alive|there)", "crisis: 'they'd cope if I wasn't in the picture'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(not|never) (coming|going) (home|back) (anymore|any more|again) ,? (not ever|ever|never)", "crisis: 'I'm not coming home anymore, not ever'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(i will not|i won't|i wont|i will never) (arrive|get there|make it (home|back|there)|come back (from it)?)", "crisis: 'I will not arrive' (a one-way journey)", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(did not|didn't|do not|don't|not) care if i (came|come|woke|wake|make it|made it) (back|up|home)", "crisis: 'didn't care if I came back from it'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(whether|if) i (make it|made it|get|come) (home|back) (is|was) up to", "crisis: 'whether I make it home is up to luck'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(pray|praying|prayed|hope|hoping|hoped) (every night|each night|at night)? (not to|never to|i do not|i don't|to not) (see|wake|make it to) (morning|the morning|tomorrow)", "crisis: 'I pray every night not to see morning'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(hoping|hope|pray|praying|wish|wishing) (my heart|my body|it|i) (just)? (stops|stop|stopped|quits|quit|gives up|gives out|packs up|packs in|fails) (on its own|in my sleep|beating|one night)", "crisis: hoping the heart stops", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(welcome|welcomed|glad of|pray for|praying for) (a|the) (heart attack|stroke|crash|accident|bus)", "crisis: 'I'd welcome a heart attack'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(if|when) a (drank|took|had) ~~ (no|not|nae) (come|wake) (roon|round|up|around)", "crisis: hoping not to come round", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(didnae|did not|didn't|never) (open|opened) (ma|my) eyes", "crisis: 'if I didn't open my eyes'", .evenIfNegated, .notAskingAboutOthers),
            // Wanting out of life.
            CueRule("(tired|sick|weary) of (existing|existin|this life|being alive|living|life|being here|breathing)", "crisis: 'tired of existing'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(want|wanna|need) (out|to get out|to go) ~ (permanently|for good|forever|of this world|of this life)", "crisis: 'I want out. Permanently.'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i want out $ ~~ permanently", "crisis: 'I want out. Permanently.'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(dip|check|bow|tap|clock) out (for good|permanently|of life|of this world)", "crisis: 'dip out for good'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stop|stopping) being alive", "crisis: 'I want to stop being alive'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(think|thinking|thought) (of|about) (just)? (finishing|finish) (it|myself|my life|it all)", "crisis: 'every day I think of just finishing it'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(comot|leave|go from|exit|quit) (for|from)? (this|dis) (world|life|earth)", "crisis: 'better I leave this world'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(mek|make) it (done|over|end)", "crisis: 'mek it done'", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(fade|fade away|slip away|drift off) (now|quietly|for good|and not)", "crisis: 'I'd like to just fade now'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i am ready to go ~~ (hurry|take me|soon|wish)", "crisis: 'I am ready to go and I wish he would hurry'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(join|be with|go to) (those two|them|the lads|my (wife|husband|son|daughter|mum|dad|boy|girl|brother|sister)) (this year|instead|now|soon|up there|in heaven)", "crisis: 'I'd join those two this year instead'", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            // A plan, a date, a decision.
            CueRule("(picked|chosen|chose|set|got|have) (the|a) (day|date) ~~ (before|after|for it|already|now)", "crisis: 'I've picked the day'", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(my|a|the) (own)? way out (planned|sorted|ready|all planned)", "crisis: 'my own way out planned'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(quietest|easiest|cleanest|quickest|simplest|best) way (out|to go|to do it|to end)", "crisis: 'the quietest way out'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(see to it|do it|sort it) myself (at home|if)", "crisis: 'I'll see to it myself at home'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(a|the) way to make sure of it", "crisis: 'I've got a way to make sure of it'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(made|make|got|have) a plan ~~ (do not|don't|dont) tell", "crisis: 'made a plan, don't tell anyone'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(made|make) my mind up about (things|it|everything) ~~ (relief|nothing left|peace|easier)", "crisis: a decision, then calm", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i know when (it is|it's) going to be over", "crisis: 'I know when it's going to be over'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(it is|it's) nearly over ~~ (sorted it|sorted|decided|planned)", "crisis: 'it's nearly over. I've sorted it.'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("because (it is|it's) nearly over", "crisis: 'because it's nearly over'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(everything is|everything's|it is all|it's all) in place for", "crisis: 'everything's in place for Sunday' (things in order)", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("not (going|gonna) to be there to see", "crisis: 'I am not going to be there to see'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(cleanest|best|easiest|simplest|kindest|only) (thing|way|option) (is|would be|left is) (to not be|not to be) (here|around|alive)", "crisis: 'the cleanest thing is to not be here'", .evenIfNegated, .notAskingAboutOthers),
            // Means looked into.
            CueRule("(which|what) (way|method|methods|ones) (hurts|hurt|would hurt) (least|less)", "crisis: 'which way hurts least'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(how people did it|which ones worked|methods and timings|swap methods|lethal (amount|amounts|dose|doses))", "crisis: reading about methods", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(bridges|bridge) ~ (no|without) (nets|barriers|fences)", "crisis: bridges with no nets", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(engine|motor) (running|going|on|idling|ticking over) ~~ (door|doors|garage) (shut|closed)", "crisis: the engine running with the door shut", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(walk|walked|walking|drive|driving|drivin|drove) (into|in) (the|di)? (sea|river|water|lake|traffic|canal)", "crisis: 'walked into the sea'", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(thinking|thinkin|thought) (about|bout|of) (drivin|driving) in $", "crisis: 'thinking about driving in'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(lie|lay|lying) down (on|pon|in) (the|di) (road|tracks|line|motorway)", "crisis: 'lie down on the road'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(standing|stood|sitting|sat|stand) (at|by|on) the (fence|railing|railings|window) ~~ (thinking|fall|jump|drop|it)", "crisis: standing at the fence thinking about it", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(thinking|thinkin) (about|bout|of) the (drop|fall|jump)", "crisis: 'thinking about the drop'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("simpler to just (fall|jump|go|let go)", "crisis: 'simpler to just fall'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("how close i could let (it|the train|the car|the truck) get", "crisis: letting the train come close", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(looking at|looked at|staring at) the (beam|rafters|rope|loft hatch)", "crisis: looking at the beam", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(sitting|sat|sit) with (it|the gun|the rifle|the pistol|my pistol|my gun|my rifle) ~~ (barrel|a while|loaded|how)", "crisis: sitting with the gun", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(rifle|gun|pistol|shotgun) ~~ (how (it would|it'd) be quick|quick|barrel and all)", "crisis: a gun and how quick it would be", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(swallow|swallowing|swallowed) the whole", "crisis: 'I could swallow the whole week's worth'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("((took|swallowed|necked|downed) (a fistful|a handful|everything in the bag)|(swallowed|necked|downed) (the lot|all of them))", "crisis: 'took a fistful of my sleepers'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(tablets|pills|sleepers|meds|codeine|paracetamol|painkillers|tramadol|morphine) ~~ (and|with) (a glass of water|half a bottle|a bottle|vodka|whisky)", "crisis: tablets laid out with drink", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(vodka|whisky|drink) and enough (tablets|pills) to", "crisis: 'vodka and enough tablets to sleep forever'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stopped|stopping|stop|not taking|quit) (my|di|the) (heart|blood pressure|bp|insulin|diabetes|kidney|pressure)? (tablets|tablet|meds|medication|pills|insulin|tablet dem) ~~ (way out|on purpose|carry mi|if it|not going to|no more)", "crisis: stopping the medicines keeping them alive", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stopped|stopping) (eating|drinking|the dialysis|dialysis|treatment) on purpose", "crisis: stopping on purpose", .evenIfNegated, .notAskingAboutOthers),
            CueRule("on purpose and seeing what happens", "crisis: testing, 'on purpose and seeing what happens'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("if it (carry|carries|takes|take) (mi|me) $", "crisis: 'if it takes me, it takes me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(drink|drinking) (am|it) finish", "crisis: 'tonight I go drink am finish'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(bought|buy|don buy) the thing (wey|that|which) i (go|will|am going to) use", "crisis: 'I've bought the thing I'll use'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(if|when) (i|a) (go|went) up (there|the hill|the mountain) ~~ (no|not|never) (comin|coming|come) (back|doon|down)", "crisis: 'if I go up there I'm not coming back down'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(working out|worked out|thinking about|figuring out) how i would do it", "crisis: 'working out how I'd do it'", .evenIfNegated, .notAskingAboutOthers),
            // Self-harm, other means.
            CueRule("(bang|banging|banged|hit|hitting) (it|my head|my forehead) (on|against) the (wall|door|floor|mirror)", "crisis: banging one's head on the wall", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(scratch|scratching|scratched|pick|picking|picked|dig|digging|dug) ~~ (till|until) (it|they|the skin|my skin) (bleeds|bleed|bled|comes off|came off|splits|split)", "crisis: scratching till it bleeds", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(punching|punched|punch|hitting|hit) (the|a)? (brick)? (wall|walls|door) ~~ (till|until) (they|my knuckles|it) (split|bleed|bled|break|broke)", "crisis: punching walls till the knuckles split", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(bite|bit|biting) myself", "crisis: biting oneself", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(took|take|taking|tek|tuk) (a|the|di) (razor|blade|knife|compass) (to|tae|on|pon) (my|ma|mi) (legs|leg|arm|arms|wrist|wrists|thighs|thigh|skin|stomach)", "crisis: 'took a razor to my legs'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(did|doing|do) the compass thing", "crisis: 'the compass thing' (self-harm)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("swallowed (batteries|glass|pins|bleach|nails|screws)", "crisis: swallowing objects", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(held|hold|holding|pressed|put) ~~ on purpose ~~ (it helps|helps|calmer|feel something)", "crisis: burning oneself on purpose", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(held|hold|holding) the (hot|burning) ~ on purpose", "crisis: holding something hot on purpose", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(razor|blade) (blade)? in my (wallet|bag|pocket|purse|pencil case)", "crisis: carrying a blade", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i do it where (nobody|no one|no-one|noone) (looks|can see|sees)", "crisis: self-harm hidden where nobody looks", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(so|to) i (feel|can feel) something other than", "crisis: hurting to feel something else", .evenIfNegated, .notAskingAboutOthers),
            // A burden.
            CueRule("(just|only)? (a|the)? (weight|drain|dead weight|burden|problem|wallet|nuisance) (on|to|for)? (everyone|everybody|the lot of you|this family|my family|all of you|y'all|una)", "crisis: 'I'm just a drain on the lot of you' (a burden)", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(deserves|deserve) (a|better than a|better) (mum|mom|dad|mother|father|wife|husband|parent|mama) (who is not|who isn't|than) me", "crisis: 'she deserves a mum who isn't me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("without me (dragging|holding|weighing) (them|him|her|everyone|you) (down|back)", "crisis: 'without me dragging them down'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(not|won't|will not|no longer) (have|need to) (me|to have me) to (carry|look after|worry about|drag around)", "crisis: 'you'll not have me to carry'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("once i am (outta|out of) the way", "crisis: 'once I'm out of the way'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(so|and) i am not a problem for", "crisis: 'so I'm not a problem for mama'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(waste|wasting) any more (years|time|life|money) on me", "crisis: 'won't let him waste any more years on me'", .evenIfNegated, .notAskingAboutOthers),
            // Goodbyes.
            CueRule("this is goodbye", "crisis: 'this is goodbye'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("tell (the kids|the children|them|my (kids|children|sons|daughters)) (their dad|their mum|their mother|their father) (loved|love) (them|her|him)", "crisis: a last message for the family", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(with someone kind|looked after) when i am not around", "crisis: rehoming a pet for when they're not around", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(keep him|keep her|have him|have her) ~ for good ~~ (when i|after i|once i|not around)", "crisis: giving away a pet for good", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(wrote|write|written|don write) (one|a) note for (mama|mum|mom|my (mum|mom|mother|wife|husband|kids))", "crisis: a note left for the family", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(sorted|cancelled|canceled) ~~ so (no one|nobody|no-one) (is|gets|will be) left with", "crisis: tidying up so no one is left with a mess", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(upped|increased|checked|sorted) the life insurance", "crisis: the life insurance sorted", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(where|wherever) i am (headed|heading|going) ~~ (won't|will not|not)", "crisis: 'I won't be playing it where I'm headed'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(won't|will not|wont) be (playing|using|needing|wearing|reading) (it|them|this) where i am (headed|heading|going)", "crisis: 'I won't be playing it where I'm headed'", .evenIfNegated, .notAskingAboutOthers),
            // From set I's crisis misses (read at the start of session 6: set I
            // is held out for every other cue).
            CueRule("(looking up|looked up|look up|searching|searched|googling|googled|checking|checked) (which|what|where|how high|how tall|how deep) (bridges|bridge|buildings|building|cliffs|cliff|car parks|multi-storeys|tablets|pills)", "crisis: looking up which bridges have no fence (a means researched)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (have)? (given|gave|giving) (away)? (my|the) (cat|dog|pet|pets|rabbit|budgie|plants|things|stuff|belongings|guitar|xbox|car) (away|to)", "crisis: giving away pets or belongings", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(think|thinking|thought) about (just)? (following|joining) (him|her|them|my (husband|wife|mum|mom|dad|son|daughter|brother|sister|partner))", "crisis: 'I think about just following him' (after a death)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(a relief|easier|better|a blessing|kinder) if (i|my heart|my body) (just)? (gave up|gave out|stopped|did not wake up|never woke up|died|was gone|were gone)", "crisis: 'it would be a relief if my heart just gave up'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(insurance|policy) ~~ (pays out|pay out|paid out) (whatever happens|either way|no matter what|no matter how|even if)", "crisis: the life insurance changed to pay out whatever happens", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i mean (leaving|going) (everything|for good|forever|for ever|for real)", "crisis: 'I mean leaving everything'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(after (@day|tonight|tomorrow|this week|next week|the weekend|this)|soon) ~~ (i am not|i will not be|i won't be) (anyone is|anybody is|anyone's|a|your) (problem|burden)", "crisis: 'after Friday I'm not anyone's problem any more'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(saving|saved|keeping|kept|hiding|hid|stockpiling) (the rest|them|the others|the extra|the spare|some) ~~ (drawer|bag|box|cupboard|sock|coat|car|room|wardrobe)", "crisis: saving the rest of the tablets in a drawer", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(i will not|i won't|i am not going to) be around (to (annoy|bother|upset|burden|nag|worry)|much longer|for much longer|anymore|any more|for long|$)", "crisis: 'I won't be around to annoy anyone'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(sent|sending|wrote|writing|written) (everyone|everybody|them all|my family|all my friends) (a)? (thank you|thank-you|goodbye|farewell|last) (message|messages|note|notes|letter|letters|text|texts)", "crisis: a thank-you or goodbye message sent to everyone", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(wonder|wondering|think|thinking) (if|whether|about whether) i should (just)? (stay (down|under)|not come (up|back)|let go|keep going|go under)", "crisis: 'I wonder if I should just stay down there'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (took|swallowed|have taken|had) (double|triple|a double dose|twice the dose|extra|the whole (box|packet|bottle|strip)|the lot|all of them) (last night|again|to see|of|tonight|this morning)", "crisis: 'I took double to see what would happen' (an overdose)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(switch|turn|shut) off and (not|never) (switch|turn|come) (back)? on", "crisis: 'I wish I could switch off and not switch back on'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(keep|kept|keeping) the (razor|razors|razor blades|blades|blade|pills|tablets) (in|under|at|somewhere)", "crisis: keeping blades or tablets close", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(the will|my will) ,? (the|my) ~ ,? (the|my) (passwords|dog|cat|letters|funeral|insurance)", "crisis: 'the will, the dog, the passwords' (affairs put in order)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (have)? stopped (buying|paying|making|booking|planning|renewing) ~~ (much point|any point|no point|next week|next month|the future)", "crisis: 'I've stopped buying food for next week, there's not much point'", .evenIfNegated, .notAskingAboutOthers),
            // From set J's crisis misses (read by family in session 7; J is
            // held out for every other cue).
            CueRule("(pistol|revolver|gun|shotgun|rifle|firearm) ~~ (i think about it|thinking about it|on my knees|on my lap|in my lap|in my hands|in my mouth)", "crisis: a gun kept close and thought about", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(looking up|looked up|look up|checking|checked|googling|googled|working out|worked out) (when|what time|how often|how fast) the (freight)? (trains|train|lorries|trucks) (go|come|pass|run)", "crisis: looking up when the trains go through (a means researched)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(less|least|more|the least) (of a)? mess for (my|his|her|the) ~ to (deal with|find|clean up|sort out)", "crisis: weighing which way would leave less of a mess for family", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(swallowed|swallow|swallowing) (everything|all of it|the lot|whatever) (in|from) my", "crisis: swallowing everything in the drawer", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(nobody|no one|noone) would (even)? (come looking|look for me|find me for)", "crisis: 'nobody would even come looking'", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(got|have got|have|not got) (months|years|another year|another winter|much longer|long) (left)? in me", "crisis: 'I'm not sure I've got months in me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(giving|gave|given) (her|his|their|mum is|dad is) (clothes|things|stuff) away ~~ (mine|my own)", "crisis: giving away one's own things after a death", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(weeks|months|days|a future|birthdays|a summer|a christmas) (i|that i) (will not|am not going to|will never|probably will not) (see|be here for|be around for|get to see)", "crisis: 'weeks I won't see'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(booked|checked|signed|taken|taking|booking) myself out of (next week|next month|the future|life|everything|this world|it all)", "crisis: 'I've booked myself out of next week'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(cards|letters|presents|messages) for the next ~ (years|birthdays|christmases)", "crisis: cards for the years ahead already written", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(be|lie|lying|end up) (in it|in there|there|beside (her|him)|next to (her|him)) sooner (rather)? than later", "crisis: 'I'd rather be in it sooner than later' (a grave)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(would|will) have a better (life|childhood|chance|start|future|mum|mom|dad) (if i|without me)", "crisis: 'she'd have a better life if I was just a photo on the wall'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("if i (was|were) (just|only)? a (photo|picture|memory|photograph) (on the wall)?", "crisis: imagines being only a photo on the wall", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(a relief|easier|better|a blessing|kinder) (to|for) (everyone|everybody|them|you|all of them|my family|the kids) if i (just)? (faded out|faded away|slipped away|went away|disappeared|stopped|was not here|was gone|were gone|did not exist|was not around)", "crisis: 'kinder to everyone if I just faded out'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(got|get|was|were|getting) (hit|run over|knocked down) by a (bus|car|train|lorry|truck) ~~ (relieved|a relief|not mind|glad|grateful|fine with it)", "crisis: relief at the thought of being hit by a bus", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stepping|step|stepped|walking|walk|walked) (off the kerb|off the curb|into the road|into traffic) without looking", "crisis: stepping into the road without looking (half hoping)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(oven door|hob|iron|lighter|cigarette|kettle|radiator) on purpose", "crisis: self-harm ('I burn myself on the oven door on purpose')", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(already)? (decided|worked out|planned|chosen|picked) (how|when|where) $", "crisis: 'I've already decided how'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i will (just)? disappear then", "crisis: 'I'll just disappear then'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("everything i (am going to|will ever|will) say ~~ (in the|in my) (note|letter)", "crisis: everything said in the note (a goodbye note)", .evenIfNegated, .notAskingAboutOthers),
            // From set K's crisis misses (read by family in session 8; K is
            // held out for every other cue).
            CueRule("(keep|kept|keeping) (missing|skipping) (them|it|my (sessions|dialysis|treatment|insulin|meds|appointments)) ~~ (happens quietly|just happens quietly|it is over|it will be over|slip away|i die|i will die)", "crisis: missing treatment until 'it just happens quietly'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(swam|swim|swimming|rowed|row|rowing|paddled|paddle|paddling|waded|wade|wading) (out|off|away) ~~ (did not|never|not) (bother)? (turning|turn|coming|come|swimming|swim) (round|around|back)", "crisis: swimming out and not turning round", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(told|tell|telling) (the lord|god|jesus|allah|him upstairs|the man upstairs) (that)? i am ready", "crisis: 'I've told the Lord I'm ready' (wishing to die)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("if i (went|go|died|die|passed|passed away|slipped away|drifted off) in my sleep", "crisis: 'if I went in my sleep' (wishing for it)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(think|thinking|thought) about how (quick|easy|fast|simple|painless|quiet) (that|it) (would|could|'d) be", "crisis: 'how quick that would be' (a means weighed)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(trains|the train|the trains) (come|comes|go|goes|came) (through|past|by) without stopping", "crisis: the fast trains that don't stop (a means weighed)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("how many of (her|his|their|mum's|mom's|dad's|nan's|gran's|grandad's|the old) ~ (pills|tablets|patches|meds|painkillers|capsules|sleepers) (are|were) left", "crisis: counting how many tablets are left", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(counting|counted|count) (them|the (pills|tablets|patches|days)) like (they are|it is|they were) a countdown", "crisis: counting them like a countdown", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i am worth more (to (them|her|him|you|my family|the kids|everyone|my kids|my wife|my husband))? (dead|that way|gone|than alive|when i am gone)", "crisis: 'I'm worth more to them that way' (the insurance)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(would|will|'d|could) (get|have|collect) the (death-in-service|death in service|life insurance|insurance) (money|payout|pay-out|pay out)", "crisis: the death-in-service money the kids would get", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stood|standing|stand|got|getting|went|sat|sitting) (a lot|much|even|a bit|a little)? closer to the edge", "crisis: standing closer to the edge", .evenIfNegated, .notAskingAboutOthers),
            CueRule("one more step ~~ (go quiet|be with (him|her|them)|all stop)", "crisis: 'if I took one more step it'd all go quiet'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("so (she|he|they|mum|mom|dad|nobody|no one|the kids) (will not|does not|do not|would not|can not) blame (herself|himself|themselves|themself) (after|afterwards|when i|once i)", "crisis: 'so she won't blame herself after'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(looking at|looked at|looking up|looked up|checking|checked|googling|googled|reading|read|searching|searched) (up)? (what|how much|how many)? (the)? ((lethal|fatal|deadly) (dose|doses|amount)|(max|maximum) (dose|doses|amount) ~ (on|of|for) my (sleeping)? (tablets|pills|meds|medication|painkillers|sleepers))", "crisis: looking up the maximum dose", .evenIfNegated, .notAskingAboutOthers),
            CueRule("wrong side of the (barrier|railing|railings|rail|guard rail|barriers|railings on the bridge)", "crisis: sitting on the wrong side of the barrier", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(who|how many people|anyone|anybody|nobody|no one) (would|will|'d|might) (turn up|come|show up|bother coming|go|cry) (to|at) my funeral", "crisis: listing who would come to my funeral", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(wrote|written|left|leaving|writing) (my|to my)? (wife|husband|partner|mum|mom|dad|kids|children|family|son|daughter|sister|brother) a (long)? (letter|note) explaining everything", "crisis: a letter explaining everything", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(where|so) (she|he|they|mum|the kids) (would|will|'d|could) find (it|them) (after|afterwards) $", "crisis: a letter put where she'd find it after", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(took|taken|swallowed|had|necked|downed) the rest of (the|my|her|his|mum's|dad's)? ((codeine|sleeping pills|sleeping tablets|sleepers|morphine|tramadol|diazepam|oxycodone)|(pills|tablets|meds|painkillers|paracetamol) (at once|in one go|all at once|with (a|the|some)? (bottle|wine|vodka|whisky|drink|gin|beer)))", "crisis: took the rest of the codeine", .evenIfNegated, .notAskingAboutOthers),
            // From set L's crisis misses (read by family in session 8; L is
            // held out for every other cue).
            CueRule("(if|when) i (went|go|died|die|passed|pass) first ~~ (would not have to|will not have to|would not need to|be spared|a relief) (watch|see|be there|live)?", "crisis: a carer's wish to go first", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(finishes|finished|finish|kills|killed) me off ~~ (relief|would not mind|welcome|good riddance|fine by me|not fight)", "crisis: relief at the thought of being killed", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(make sure|sure that|enough to) i (do not|will not|never|would not) wake (up)? ($|again|ever)", "crisis: 'enough to make sure I don't wake up'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(waiting|wait|waited) (to see)? (if|whether) (a|the) (wave|sea|tide|current|train|car|lorry|truck) (would|will|might|could) make (my mind up|up my mind|the decision) (for me)?", "crisis: waiting for a wave to make my mind up", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(reading|read|looking|looked|researching|researched|googling|googled|searching|searched) (up)? (about)? how long ~~ ((the|your|my|a) body ~ (shut down|shuts down|give up|gives up|give out|gives out)|to starve|starve to death|without (food|water|eating|drinking)|(stop|stopped) (eating|drinking))", "crisis: reading how long the body takes to shut down", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(the only|about the only|only) (reason|question) (i have|i have got|i got) left", "crisis: the only reason left (who'd feed the cats)", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(the only|about the only) (reason|thing|one) (keeping|that keeps|that is keeping) me (here|alive|around)", "crisis: the only thing keeping me here", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(doing|did|do|done) the thing with the (compass|blade|razor|blades|razors)", "crisis: 'the thing with the compass' (self-harm)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(on|at) my (legs|arms|thighs|stomach|hips|wrists|leg|arm|thigh) ,? where (nobody|no one|no-one|noone) (looks|can see|sees|will see|would see)", "crisis: self-harm where nobody looks", .evenIfNegated, .notAskingAboutOthers),
            CueRule("last time (they|the paramedics|the doctors|the ambulance|someone|she|he|the hospital) (brought|got) me (back|round) ($|,|and|but|from|to life)", "crisis: 'last time they brought me back' (an earlier attempt)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(do|did|doing|done) the (maths|math|sums) on the (height|drop|fall|dose|distance down)", "crisis: doing the maths on the height", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(cabinet|pills|tablets|meds|medicine|medicines|painkillers) ~~ (it all|the lot|everything|all of it|all of them) in one go", "crisis: taking the whole cabinet in one go", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(slow|slowing|slowed|stop|stopping|stopped|sit|sat|sitting|stand|stood|standing|park|parked|pull up|pulled up) (down)? (at|by|on) the (bend|edge|drop|bridge|cliff|quarry|corner|ledge) where (there is|there's)? no (rail|railing|railings|barrier|fence|guard rail|wall)", "crisis: slowing at the bend where there's no rail", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(whoever (finds me|has to find me|will find me|has to come in|will have to come in|needs to come in|has to clear (my|the) (flat|room|house|place|things|stuff))|so whoever ~~ (will not|does not|would not) (find|have) a mess)", "crisis: tidying so whoever has to come in won't find a mess", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(hope|hoping|pray|praying|wish|wishing) (that)? my (body|heart) (just)? (quits|quit|gives up|gives out|packs up|packs in|fails|stops) (on me)?", "crisis: hoping my body just quits on me", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(always)? (known|know|knew) how my (story|life) (ends|will end|is going to end|ended)", "crisis: 'I've always known how my story ends'", .evenIfNegated, .notAskingAboutOthers),
            // From set M's crisis misses (read by family in session 9; M is
            // held out for every other cue).
            CueRule("(for|wish|wished|wishing|want|wanted|waiting for) the (sea|river|waves|water|tide|cancer|illness) to take me", "crisis: wishing for the sea to take me", .evenIfNegated, .notAskingAboutOthers),
            CueRule("wish ~~ (had|would have) (got|taken|hit|killed|had) me (as well|too)", "crisis: 'I wish the lorry had got me as well'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(looking|looked|look|looks|checking|checked|reading|read|googling|googled|searching|searched) up how (deep|high|far down|tall|long a fall) the (reservoir|quarry|bridge|drop|cliff|dam|car park|multi-storey|viaduct|gorge|weir) (is|was|goes) (by|at|near|off|from|$)", "crisis: looking up how deep the reservoir is", .evenIfNegated, .notAskingAboutOthers),
            CueRule("i (wake|woke) up and (i am|i feel|i felt|i was|feel|am) (@intens)* (disappointed|gutted|sorry|annoyed|cross|angry) $", "crisis: waking up disappointed to be alive", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(did not|didn't|do not|never) (say|tell (him|her|them)) how long (a bit|a while|for|it) (was|is|would be|will be)", "crisis: a pet handed over without saying for how long", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(get|got|getting) used to me not being (around|here|there) $", "crisis: 'they'll get used to me not being around'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(hold|holding|held|look at|looking at|stare at|staring at) (it|the razor|the blade|the blades|the knife|the pills|the tablets|the rope) ~~ (how long i can|how long i could)", "crisis: holding the razor and seeing how long I can look at it", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(stopped|stop|quit|given up|gave up|not bothering|do not bother|no longer) (wearing|putting on|doing up|with) (my|a|the) (seatbelt|seat belt) (anymore|now|$)", "crisis: stopped wearing my seatbelt", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(saying|said|say) goodbye ~~ like (it is|it was|it's) the last time", "crisis: saying goodbye like it's the last time", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(voices|voice) ~~ (say|says|tell|tells|telling|said|told) (me)? ~~ (where i should go|i should (go|jump|do it|end it)|to (jump|end it|kill|hurt|do it))", "crisis: the voices tell me where I should go", .evenIfNegated, .notAskingAboutOthers),
            CueRule("the (platform|bridge|roof|tracks|cliff|river|car park|multi-storey|edge|viaduct|quarry) ~~ is where i (should|have to|need to|am meant to|am supposed to|must) go $", "crisis: 'the platform is where I should go'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(giving|given|gave|give) ~~ away ,? (and)? (mine|my own) (with them|too|as well)", "crisis: giving his things away, and mine with them", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(be|being|is|was) the (one|ones|person) (who|that) (finds|find|found|has to find|will find) me (x|xx|xxx)? $", "crisis: 'I don't want you to be the one who finds me'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(tablets|pills|sleepers|meds|painkillers) ~~ to see if i (wake|will wake|would wake|do wake)", "crisis: taking tablets to see if I wake up", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(looking|looked|look) at how (low|high|short|easy to climb) the (wall|railing|rail|railings|barrier|fence|parapet|edge|side) (is|was|are|were) $", "crisis: looking at how low the wall is", .evenIfNegated, .notAskingAboutOthers),
            CueRule("if anything (happens|happened|happens to me) ,? (the|my) ~ (is|are) yours", "crisis: 'if anything happens, the PlayStation's yours'", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("tell (mum|mom|dad|her|him|them|my (mum|mom|dad|wife|husband|partner|kids|sister|brother)) (that)? it (was not|is not|was never|wasn't) (her|his|their|your) fault ($|,|\\.|and|anyway)", "crisis: 'tell Mum it wasn't her fault' (a goodbye)", .evenIfNegated, .notAskingAboutOthers, .statementOnly),
            CueRule("(press|pressing|pressed|dig|digging|dug|stick|sticking) my (nails|fingernails|nail) into my (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach)", "crisis: pressing my nails into my arm (self-harm)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("until (it|they) (breaks|break|broke|broken) the skin", "crisis: until it breaks the skin (self-harm)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("if i (just)? stop (eating|drinking|taking (them|it|my)|,|$) ~~ (take care of itself|sort itself out|be over|nobody has to)", "crisis: 'if I just stop (eating), it'll take care of itself'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(had|has) the right idea (going|dying|checking out) when (he|she|they) did", "crisis: 'Dad had the right idea going when he did'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(left|leaving|leave) (everyone|them|you all|you|the kids|my family|everybody) enough (stuff|things|money|to go on|sorted)", "crisis: 'I've left everyone enough stuff'", .evenIfNegated, .notAskingAboutOthers),
            CueRule("tell (them|everyone|everybody|her|him|the lads|the girls) i said (thanks|thank you|cheers) for everything $", "crisis: 'tell them I said thanks for everything' (a goodbye)", .evenIfNegated, .notAskingAboutOthers),
            CueRule("(collecting|collect|collected|picking up|pick up|getting|get) my (methadone|tablets|pills|insulin|subutex|sleepers|sleeping tablets|painkillers) and not (taking|swallowing|using) (it|them)", "crisis: collecting my methadone and not taking it", .evenIfNegated, .notAskingAboutOthers),
        ],
        vetoes: [
            "so (tired|hungry|bored|embarrassed|thirsty|sleepy) i could (just)? die",
            "when you say (that)? ~~ (point|here|alive|living|life|stop|over|off|die|dying|gone|anymore|anything)",
            "(are you|have you been|do you|have you) (having|had|have|been having|getting) (any)? (thoughts|thinking) (of|about) (suicide|ending|killing|hurting|not being here|taking your)",
            "(said|saying|say|made) my goodbyes (to|at) (the|that|our|my|this) (old)? (house|flat|home|place|school|office|job|team|city|town|street|garden|shop)",
            "(died|death|deaths|loss|losses|lost (him|her|them)|bereaved|bereavement) (by|to|from|through) suicide",
            "after (a|the|his|her|their) suicide",
            "(his|her|their|a brother's|a sister's|a friend's) suicide",
            "(losing|lost|lose) ~ to suicide",
            "keep going just to",
            "(self-harm|self harm|suicide) (among|amongst|prevention|awareness|training|policy|policies|rates|statistics|in schools|in young people|in teenagers|in men)",
            "(she|he|they|my friend|my mate|my sister|my brother) (had|'d|has|have|was|were)? (been)? (thinking|talking) (of|about) (ending|killing|suicide|hurting|harming)",
            "(burnt|burned|burn|cut|scalded|scald) my (hand|hands|finger|fingers|arm|thumb|wrist) (on the|on a|on my|while|cooking|in the kitchen|at work|shaving|taking|with the (kettle|iron|pan|oven))",
            "(bought|buy|buying|got) (a|some|the|new)? rope for (the|a|my|our) (climbing|boat|tent|garden|dog|camping|swing|washing|tree|gym|trailer|van)",
            "(would take|it takes|would cost) to (@action|fix|get|pay|buy|repair|replace|do|make|finish|build|learn|drive|walk|clear|paint)",
            "(are|have|were) you (been)? (having|thinking|had|experiencing|feeling) (any)? (thoughts|thinking) (of|about)",
            "(are|were) you (@intens)* (thinking|thought) (of|about) (suicide|ending|killing|hurting|harming)",
            "when you say",
            "(die|died|dying|dead) (of|from) (embarrassment|laughter|laughing|boredom|shame|cringe|thirst|hunger|dehydration|happiness|excitement|jealousy|envy|suspense|curiosity)",
            "(die|died) laughing",
            "(we are|they are|you are|we were|we have been) (@intens)* (ending|finishing) (it|things)",
            "rather (die|be dead) than",
            "(could|would) (have)? (kill|killed) myself (for|laughing|with)",
            "(cut|cutting|burnt|burned|burn|hurt|hurting) myself (shaving|cooking|on the|on a|on my|while|playing|at the gym|at work|at football|in the kitchen|by accident|accidentally|off|some slack|badly at)",
            "(cut|cutting) myself off",
            "(end|ending|ended|finish) (it|things) with",
            "(end|ending|finish) (it|things) (here|there) (for today|for now)",
            "(going|want to|want) to die (my|her|his) hair",
            "end (it|things) (on a|there|here)",
            "(can not|could not) (go on|carry on|keep going) (with the|with my|with it|with this|to|without (you -ing|you (doing|helping|being)|a|more|some|help|the))",
            // Set J's false alarms (session 7): a helper asking or reflecting,
            // a suicide loss, a wish to be missed, embarrassment.
            "you (yourself|ever|at any point|recently|lately|at all) (had|have|having|been having|experienced) (any)? (thoughts|thinking) (of|about) (suicide|ending|killing|hurting|harming|dying|death|taking|not being here)?",
            "you (might|may|could|must) be (thinking|having thoughts) (about|of)",
            "(grief|grieving|bereavement|anger|guilt|loss) after suicide",
            "notice if i am not (there|here|in)",
            "(die|died) on the spot",
            "could be dead in (this|my|the) (flat|house|room|bed|place)",
            // A supervisor's or a helper's words about asking: "I noticed you
            // asked about suicide directly"; quoting what people say.
            "(you|we) (asked|ask|asking) (him|her|them|the client|about)? (about)? suicide",
            "(people|some people|others|folks|clients|many people) (say|said|saying|tell me|often say) ~~ (better off|dead|die|end it|no point)",
            // Someone else's self-harm reported: "my teenager told me she's been self-harming".
            "(she|he|they) (is|has|have|are|was|were|had)? been (self-harming|self harming|cutting (herself|himself|themselves)|hurting (herself|himself|themselves))",
            // Edges that are not heights: "sat on the edge of the bed".
            "edge of (the|my|his|her|our|a) (pool|bed|road|table|stage|field|pitch|sofa|couch|dance floor|bath|pavement|chair|seat|desk|mat|rug|lawn|playground|path|water)",
            // Set K's false alarm: a relationship that ended badly.
            "end (it|things) (well|badly|right|properly|on good terms|on bad terms|on a bad note|nicely|the way we did)",
            // Set M's false alarms: someone else's overdose or death, a trainee
            // rehearsing the question, hyperbole.
            "(my|his|her|their|our|a) (cousin|brother|sister|friend|mate|mum|mom|dad|father|mother|son|daughter|uncle|aunt|auntie|partner|husband|wife|boyfriend|girlfriend|nephew|niece|grandad|granddad|nan|gran|neighbour|colleague) (had|took|taken|has taken|died of|died from) an overdose",
            "(my|his|her|their|our) (cousin|brother|sister|friend|mate|mum|mom|dad|father|mother|son|daughter|uncle|aunt|partner|husband|wife|grandad|nan|gran) walked into the (sea|river|water|lake)",
            "(question|questions) (i am|i'm|we are) (practising|practicing|learning|meant to be|supposed to be|trying) (to ask|asking)",
            "(wanted|want) to die ,? (i was|i am|i felt) (@intens)* (relieved|embarrassed|mortified|happy|ashamed)",
            "(instructions|wardrobe|flat-pack|flatpack|ikea|printer|spreadsheet|traffic|queue|commute|meeting|paperwork|homework|tax return|self-assessment) ~~ (want to|wanted to|made me want to) end it all",
            "(jump|jumped) off a (cliff|bridge|building|roof) for (you|her|him|them|that|this|my|our)",
        ],
        derive: { detection in
            // The warning signs in combination, for wordings no rule lists
            // (see `CrisisSigns`): run first, so a reply it flags skips the rest.
            if !detection.hasAny(.crisis), let (tokens, sign) = CrisisSigns.find(in: detection.parsed) {
                detection.add(.crisis, tokens, sign)
                return
            }
            // The other person names the listener's self-harm or suicidal
            // thoughts ("I heard you've been cutting again"): any reply but a
            // plain denial keeps the disclosure open ("It's not as bad as
            // before"), so safety comes first.
            guard let previous = detection.previous, !detection.hasAny(.crisis),
                let first = detection.parsed.sentences.indices.first
            else { return }
            // Asked about a weapon or a rope ("Is the shotgun loaded?"), a
            // "yet" ("I haven't loaded it. Yet.") keeps the means in reach.
            if previous.isQuestion, weaponStems.contains(where: { previous.stems.contains($0) }),
                let position = detection.parsed.tokens.indices.first(where: { detection.parsed.norm($0) == "yet" })
            {
                let sentence = detection.parsed.sentenceOfToken[position]
                detection.add(.crisis, sentence: sentence, "crisis: 'not yet', asked about a weapon or rope within reach")
                return
            }
            // Asked "Are you safe right now?", an answer that is not a yes
            // ("Not really. I'm on the bridge.", "idk") is a disclosure.
            // "Do you feel safe walking home?" asks about something else:
            // only a question about now, or about nothing else, counts.
            if previous.isQuestion, previous.stems.contains(safeStem),
                safeNowStems.contains(where: { previous.stems.contains($0) })
                    || !safeElsewhereStems.contains(where: { previous.stems.contains($0) }),
                let opening = detection.parsed.firstWord(
                from: detection.parsed.contentStart[first], to: detection.parsed.sentences[first].tokens.upperBound)
            {
                let parsed = detection.parsed
                let word = parsed.norm(opening)
                let next = opening + 1 < parsed.tokens.count ? parsed.norm(opening + 1) : ""
                if notSafeOpenings.contains(word) || word == "not" && ["really", "sure", "exactly", "tonight", "now"].contains(next)
                    || word == "i" && (next == "do" || next == "am") && opening + 2 < parsed.tokens.count && parsed.norm(opening + 2) == "not"
                {
                    detection.add(.crisis, sentence: first, "crisis: answers 'are you safe?' with anything but yes")
                    return
                }
            }
            // Asked about a wound ("Is the cut looked after?"), saying they
            // keep doing it ("I do it most nights now") discloses self-harm.
            if !previous.mentionsSelfHarm {
                guard woundStems.contains(where: { previous.stems.contains($0) }) else { return }
                let parsed = detection.parsed
                // A question or a condition ("Will you flag it if I do it
                // again?") says nothing of what they keep doing.
                for (index, sentence) in parsed.sentences.enumerated() where !sentence.endsWithQuestionMark {
                    let start = sentence.tokens.lowerBound
                    // "I do it", "I still do it", "I keep doing it".
                    for position in sentence.tokens where parsed.norm(position) == "it" && position >= start + 2
                        && keepsDoingVerbs.contains(parsed.norm(position - 1)) && !parsed.negated[position - 1]
                        && (parsed.norm(position - 2) == "i"
                            || position >= start + 3 && parsed.norm(position - 3) == "i" && ["keep", "still"].contains(parsed.norm(position - 2)))
                    {
                        detection.add(.crisis, sentence: index, "crisis: says they keep doing it, asked about a wound")
                        return
                    }
                }
                return
            }
            let parsed = detection.parsed
            // From the sentence's first word: "No, they've gone." opens with its denial.
            let words = parsed.sentences[first].tokens.map { parsed.tokens[$0].norm }
            // The first sentence's words alone: "Goodness, no." is a denial
            // opened by an exclamation.
            let firstWords = parsed.sentences[first].tokens.filter { parsed.tokens[$0].isWord }.map { parsed.tokens[$0].norm }
            let exclaimedNo = firstWords.count == 2 && exclamations.contains(firstWords[0]) && denials.contains(firstWords[1])
            // "What? No! Why would you ask me that?": a denial after a startled first word.
            let secondOpens = parsed.sentences.count > 1
                && ["no", "nope", "never", "nah"].contains(parsed.norm(parsed.sentences[1].tokens.lowerBound))
            // "I don't know. Maybe." and "Not doing anything. Just wishing."
            // leave the thought itself open.
            let leftOpen = unsureOpenings.contains { firstWords.starts(with: $0) }
                || actOnlyDenials.contains { firstWords.starts(with: $0) }
            let plainDenial = !leftOpen
                && (denials.contains(words.first ?? "") || exclaimedNo || (words.count <= 2 && secondOpens)
                    || words.starts(with: ["i", "have", "not"]) || words.starts(with: ["i", "am", "not"])
                    || words.starts(with: ["i", "did", "not"]) || words.starts(with: ["i", "do", "not"]))
            // "No. Low, yes, but not that." still rules it out.
            let ruledOut = parsed.tokens.indices.contains { parsed.norm($0) == "not" && $0 + 1 < parsed.tokens.count && parsed.norm($0 + 1) == "that" }
            // A hedge ("but", "sometimes", "not today") reopens the denial,
            // unless the reply goes on to affirm life in that sentence or a
            // later one ("…but I want to be here for it", "I'd never put Mum
            // through that again").
            func isHedge(_ position: Int) -> Bool {
                let word = parsed.norm(position)
                if hedgeWords.contains(word) { return true }
                return word == "not" && position + 1 < parsed.tokens.count && forNowWords.contains(parsed.norm(position + 1))
            }
            let lastHedge = parsed.tokens.indices.last(where: isHedge)
            // An affirmation after the last hedge; or, for a closing "again",
            // in its sentence before it.
            let affirmed = lastHedge.map { hedge in
                let sentence = parsed.sentences.first { $0.tokens.contains(hedge) }
                let from = parsed.norm(hedge) == "again" ? sentence?.tokens.lowerBound ?? hedge : hedge + 1
                let positions = (from..<parsed.tokens.count).filter { parsed.tokens[$0].isWord && $0 != hedge }
                let norms = positions.map { parsed.norm($0) }
                return lifeAffirmations.contains { phrase in
                    norms.count >= phrase.count
                        && (0...(norms.count - phrase.count)).contains { norms[$0..<($0 + phrase.count)].elementsEqual(phrase) }
                }
            } ?? false
            let hedgedDenial = plainDenial && !ruledOut && lastHedge != nil && !affirmed
            guard !plainDenial || hedgedDenial else { return }
            // A trainee asking about the question itself ("That's the
            // question I'm practising asking, right?") is not answering it.
            if firstWords.contains("question"), firstWords.contains(where: { practisingWords.contains($0) }) { return }
            detection.add(.crisis, sentence: first, "crisis: answers their question about self-harm without ruling it out")
        },
        fires: [
            "honestly i just want to unalive myself",
            "ngl been thinking about kms a lot",
            "I have been selfharming again",
            CueExample("Yeah, a bit.", after: "Are you hurting yourself?"),
            // Set M's families (session 9).
            CueExample("Not since Tuesday.", after: "Have you hurt yourself since Friday?"),
            CueExample("Years ago, in school. Not for about fifteen years now.", after: "Have you ever self-harmed?"),
            "I've stopped wearing my seatbelt. If something happens, it happens.",
            "I stood out on the balcony for about an hour last night. Deciding.",
            "don't come over tonight ok. i don't want you to be the one who finds me x",
            "I've been collecting my tablets and not taking them. There's a fortnight's worth now.",
            "They'll get used to me not being around.",
            CueExample("Not really. I'm at the station.", after: "Are you safe right now?"),
            CueExample("idk", after: "Are you somewhere safe tonight?"),
            "Some nights I work out exactly how many of my insulin pens it would take.",
            "I've been checking whether the bridge by work is high enough.",
            "I keep sitting on the edge of the car park roof at lunch.",
            "I don't expect to see another Christmas, to be honest.",
            "I put the cat's things in a box for my neighbour. For after.",
            "I started on my own eulogy last night.",
            "I punched my thighs until they bruised.",
            "I want myself to stop, not the pain.",
            CueExample("it's ok. i do it when it gets bad, it helps", after: "Are those cuts on your arm new?"),
            "I've been clearing out my stuff so the kids won't have to.",
            "I wrote each of them a letter.",
            "There's a month's worth hidden in my drawer.",
            "The pills are lined up on the table.",
            "I want to go to sleep and never wake up.",
            "I could just go and be with my mum.",
            "I didn't think I'd still be here by now.",
            "I know where my dad's gun is.",
            "I keep wondering if my mum's tablets would be enough.",
            "I've been picking the music for my own funeral.",
            "I've made all my arrangements.",
            "Some days the world would be quieter without me.",
            "I've been burning my arm with a lighter when it gets loud.",
            CueExample("in case I'm not here next week.", after: "When you say just in case, what do you mean?"),
            "Honestly I don't see a future for myself.",
            "There's no way out of this for me.",
            "Don't worry, I won't be a problem for much longer.",
            "I've got the pills ready.",
            "I've been putting my affairs in order.",
            "This is the last time you'll hear from me.",
            "I just want it all to stop.",
            "I've started giving my things away, my books and that.",
            "I keep thinking my wife and kids would be better off with the life insurance than with me.",
            "I've written letters to everyone, just in case.",
            "It's to hide the marks.",
            "If you leave, I don't know if I'll still be here.",
            "I just feel like such a burden to everyone.",
            CueExample("It's not as bad as before. Please don't tell Mum.", after: "I heard you've been cutting again."),
            "I wish I'd died instead.",
            "I can't go on without you.",
            "I wish it had been me instead of you.",
            "Some nights I think she'd be better off with someone else as her mum.",
            "Some nights I don't care if I wake up.",
            "I've been taking more of my sleeping tablets than I'm meant to.",
            "I keep thinking I'd rather be with her than here.",
            "I want to die.",
            "I'd rather not wake up tomorrow.",
            "I've started burning again and nobody knows.",
            "Honestly I can't see any reason to keep going.",
            "I've worked out how I would do it.",
            "I googled how much paracetamol would be too much.",
            "I've been hiding my sleeping pills in a sock.",
            "I've written a suicide note.",
            "I'm not going to do anything stupid, I promise.",
            "Everyone would be better off without me.",
            "I want to end it all.",
            "I've been cutting myself again.",
            "There's no reason to go on.",
            "I've been thinking about killing myself.",
            "Sometimes I wish I was dead.",
            "I can't go on like this anymore.",
            "I'm just a burden to everyone.",
            "Nobody would miss me if I was gone.",
            "I've been having suicidal thoughts.",
            "I took all my pills last night.",
            "I don't want to be here anymore.",
            "What's the point of living?",
            "I hope I don't wake up.",
            "I'm not suicidal but I think about dying a lot.",
            "Sometimes I think everyone would be happier if I just disappeared.",
            "I just want to die sometimes, honestly.",
            "I've had thoughts of ending my life.",
            "I hurt myself on purpose sometimes.",
            "I keep Dad's old rifle in the loft and lately I think about it a lot.",
            "I've been looking up when the trains go through the station at night, and not for the timetable.",
            "I'm not sure I've got another winter in me.",
            "They'd have a better life without me, honestly.",
            "It would be kinder to everyone if I just slipped away.",
            "I've already worked out how.",
            "Fine. I'll just disappear then.",
            "Work's a mess, and I've started booking myself out of next month, if you get me.",
            CueExample("Not yet.", after: "Have you had any thoughts of ending your life?"),
            CueExample("I don't know. Maybe. I'm so tired.", after: "Are you skipping dialysis so that you'll die?"),
            CueExample("No. Not tonight, anyway.", after: "Are you thinking of killing yourself?"),
            CueExample("It's in the shed. I haven't loaded it. Yet.", after: "Where's the rifle now, and is it loaded?"),
            CueExample("Not plans. Just the thoughts, most nights.", after: "Have you had any thoughts of ending your life?"),
            "I've tidied the whole house so whoever has to come in won't have a mess to deal with.",
            "I've been reading how long the body takes to shut down without food.",
            "I keep hoping my heart just gives out on me.",
            "My uncle went the same way at fifty. I've always known how my story ends.",
            "Last time they brought me back, and I was angry about it.",
            "Every time I cross the bridge I do the maths on the height.",
            "I've been looking up what the maximum dose is on my sleeping tablets.",
            "I lie awake wondering who'd turn up to my funeral.",
            "I sat on the wrong side of the railing for an hour last night.",
            "They'd get the death in service money. I'm worth more to them dead.",
            "I stood closer to the edge than I ever have.",
            "I took the rest of the codeine with a bottle of wine.",
        ],
        doesNotFire: [
            "they unalived the main character in the finale, I'm furious",
            "kys is a horrible thing to type at anyone",
            CueExample("Yes, I'm safe, I'm at my sister's.", after: "Are you safe right now?"),
            // Set M's false alarms and the probes for its rules (session 9).
            "I wanted the ground to swallow me up when she read my email out.",
            "My cousin took an overdose at nineteen. That's why I came.",
            "The instructions for the flat-pack wardrobe made me want to end it all.",
            "I'd jump off a cliff for that woman, she's the best boss I've ever had.",
            CueExample("That's the question I'm practising asking, right? Do I say it just like that?", after: "Are you thinking about suicide?"),
            CueExample("Just a graze, I'm fine.", after: "Did you hurt yourself when you fell off the bike?"),
            "I stood on the bridge deciding whether to take the bus or walk.",
            "The kids will get used to me not being around so much when I start nights.",
            "Tell them I said thanks for everything at the party.",
            CueExample("Not really, the car park is badly lit.", after: "Do you feel safe walking home?"),
            CueExample("Fine. Don't expect to see the grandkids then.", after: "Your new boyfriend isn't welcome at family dinners."),
            CueExample("Losing your uncle to suicide so young is a lot to carry.", after: "My uncle took his own life when I was fifteen."),
            "I can't keep going just to please my parents.",
            "I looked up how much it would take to fix the boiler.",
            "She'll understand later why we moved.",
            "We're saving on me not driving to work.",
            CueExample("It's healing fine, the nurse dressed it.", after: "How's the cut on your hand?"),
            CueExample("I did it on the bread knife, silly me.", after: "How did you get that cut?"),
            CueExample("Okay.", after: "Stop hurting yourself over what she said."),
            CueExample("No, they've gone. Honestly.", after: "Last time you mentioned some dark thoughts. Are they still around?"),
            CueExample("What? No! Why would you ask me that?", after: "Are you thinking about hurting yourself?"),
            "I'm so tired I could die. Not literally.",
            "My nan's funeral was on Friday.",
            "We walked along the beach and into the sea for a paddle.",
            "I've said my goodbyes to the old house, it's sold.",
            "I want this to be over so we can move on.",
            "I want this meeting to end so I can go home.",
            "There's no way out of the car park after six.",
            "I want the noise to stop, it's driving me mad.",
            CueExample("No, I haven't. I promise.", after: "Have you been hurting yourself again?"),
            "We're ending things. It's mutual.",
            "I wrote Dad a goodbye letter, like my therapist suggested.",
            "I wrote a farewell letter to Grandma and read it at her grave.",
            "I've been cutting back on coffee again.",
            "I kept his old watch and his reading glasses.",
            "I looked up how many calories are in this.",
            "This commute is killing me.",
            "I'm dying to see them.",
            "I could kill for a coffee.",
            "My feet are killing me.",
            "That joke killed me.",
            "I nearly died of embarrassment.",
            "I'd rather die than go to that party.",
            "I cut myself shaving.",
            "I'm thinking of ending things with Sam.",
            "Are you having thoughts of suicide?",
            "I took my pills this morning.",
            "I can't go on with the project without more help.",
            "I'm dead tired.",
            "Let's end it here for today.",
            "I just can't do this anymore.",
            "I'm so done with this job.",
            "Killing it at work lately!",
            "I'm dead serious.",
            "I'm thinking of ending my subscription.",
            "Can I ask, since your dad died, have you yourself had any thoughts of suicide?",
            "It sounds like you may be thinking about dying. Is that right?",
            "Guilt after suicide is really common.",
            "I just want somebody to notice if I'm not in.",
            "I wanted to die on the spot when she said it.",
            "I left the iron on by accident.",
            "I've decided how I'm going to tell him.",
            CueExample("God, no. I'm angry and I'm scared, but I want to be here for my kids.", after: "Any thoughts of ending your life?"),
            CueExample("Nah. I'd never do that to my mum, she's been through enough.", after: "Any thoughts of hurting yourself?"),
            CueExample("Maybe, I'm not sure.", after: "Do you think the plant will die?"),
            "I know we didn't end things well, and I'm sorry.",
            CueExample("Honestly terrifying. I kept thinking I'd made it worse.", after: "I noticed you asked about suicide directly. How was that for you?"),
            "I hear people say they'd be better off dead after a loss like this. Do you ever feel that way?",
            "I cut my hand gutting fish yesterday, the nurse glued it.",
            "If I die first, the house goes to the kids.",
            "You walk out that door and you're not coming back.",
            "I stood at the edge of the pool and counted the lengths.",
        ]
    )

    /// "Are you safe…?": the stem their question must hold.
    fileprivate static let safeStem = Stemmer.stem("safe")
    /// "Are you safe right now / tonight / somewhere safe?"
    fileprivate static let safeNowStems = ["now", "tonight", "moment", "somewhere", "currently"].map(Stemmer.stem)
    /// "Do you feel safe walking home / at work / with him?": another safety.
    fileprivate static let safeElsewhereStems = ["feel", "walking", "home", "work", "school", "house", "him", "her", "street", "night", "online", "area"].map(Stemmer.stem)
    /// How an answer to "Are you safe?" that is not a yes begins.
    fileprivate static let notSafeOpenings: Set<String> = ["no", "nah", "nope", "idk", "dunno", "unsure", "maybe", "honestly"]
    /// Stems of a wound the other person may ask about ("Is the cut looked after?").
    fileprivate static let woundStems = ["cut", "cuts", "scars", "marks", "burns", "wounds", "bruises"].map(Stemmer.stem)
    /// Stems of a weapon or rope the other person may ask about.
    fileprivate static let weaponStems = ["gun", "guns", "shotgun", "rifle", "pistol", "firearm", "rope", "noose", "weapon"].map(Stemmer.stem)
    /// Words a denial opens with ("No.", "Nah, never.").
    fileprivate static let denials: Set<String> = ["no", "nope", "never", "not", "nah"]
    /// "Goodness, no.", "God, no.": an exclamation before the denial.
    fileprivate static let exclamations: Set<String> = ["goodness", "god", "gosh", "lord", "heavens", "hell", "christ", "oh", "ah", "och", "lordy", "jeez", "gods"]
    /// Openings that leave the question open: not knowing, or denying only the act.
    fileprivate static let unsureOpenings: [[String]] = [
        ["i", "do", "not", "know"], ["i", "am", "not", "sure"], ["not", "sure"], ["i", "dunno"],
        // "Not plans. Thoughts.": no plan is not no thoughts.
        ["not", "plans"], ["no", "plans"], ["not", "a", "plan"], ["no", "plan"],
    ]
    fileprivate static let actOnlyDenials: [[String]] = [
        ["not", "doing", "anything"], ["i", "am", "not", "doing", "anything"], ["not", "going", "to", "do", "anything"],
        ["i", "am", "not", "going", "to", "do", "anything"], ["not", "acting", "on", "it"], ["i", "would", "not", "act", "on", "it"],
    ]
    /// Words that reopen a denial ("No, but…", "not anymore", "just wishing").
    fileprivate static let hedgeWords: Set<String> = ["but", "though", "except", "much", "anymore", "again", "sometimes", "well", "wishing", "yet"]
    /// "Not today", "not tonight": a denial for now only; "Not since
    /// Tuesday": not since a recent time.
    fileprivate static let forNowWords: Set<String> = ["today", "tonight", "now", "yet", "anymore", "since"]
    /// Phrases that affirm staying alive, after which a hedge does not reopen the denial.
    fileprivate static let lifeAffirmations: [[String]] = [
        ["want", "to", "be", "here"], ["want", "to", "be", "around"], ["want", "to", "live"], ["not", "going", "anywhere"],
        ["never", "do", "that"], ["never", "put"], ["want", "to", "see"],
    ]
    /// Words of a trainee talking about the question they practise.
    fileprivate static let practisingWords: Set<String> = ["practising", "practicing", "rehearsing", "asking", "ask"]
    /// "I do it", "I keep doing it": the act repeated.
    fileprivate static let keepsDoingVerbs: Set<String> = ["do", "doing", "keep", "still"]
}

/// Warning signs of suicide and self-harm read in combination, for
/// disclosures in wordings no crisis rule lists. Each held-out set's writer
/// found new wordings that the phrase rules missed (recall 0.25–0.30 on sets
/// G and H before they were read); the ingredients, though, recur: the
/// speaker ("I", "my"), a means (tablets, a rope, a bridge, a ledge), looking
/// into it (counting, saving, measuring, searching), an act of self-harm on
/// one's own body, things put in order for "after", and hopelessness. One
/// sign alone is ordinary speech ("I bought a rope for climbing"); two in
/// the same sentence or the next one, said of oneself, are read as a
/// possible disclosure, since a false pause costs far less than a missed one.
enum CrisisSigns {
    private static let meansWords: Set<String> = [
        "pills", "tablets", "paracetamol", "painkillers", "codeine", "insulin", "overdose", "rope", "noose",
        "blade", "blades", "razor", "razors", "gun", "rifle", "shotgun", "bridge", "ledge", "roof", "balcony",
        "cliff", "cliffs", "tracks", "railway", "platform", "motorway", "exhaust", "charcoal", "hosepipe",
        "multi-storey", "viaduct", "quarry", "drop", "fall", "jump",
        // Session 6: plurals and medicines the rules met in sets H and I.
        "bridges", "ledges", "roofs", "rooftops", "ropes", "guns", "antidepressants", "sertraline",
        "citalopram", "fluoxetine", "diazepam", "lithium", "morphine", "tramadol",
    ]
    private static let lookingWords: Set<String> = [
        "counting", "counted", "saving", "saved", "stockpiling", "stockpiled", "collecting", "collected",
        "hoarding", "hoarded", "hiding", "hid", "hidden", "bought", "buying", "ordered", "googled", "googling",
        "researched", "researching", "measured", "measuring", "checking", "checked", "enough", "high",
        "deep", "strong", "many", "much", "stash", "stashed", "tested", "testing", "practised", "practiced",
        "rehearsed", "rehearsing", "tied", "staring", "stared", "lean", "leaning", "looked",
        "searched", "searching", "max", "maximum", "lethal",
        // Set M: "I stood out on the balcony for an hour. Deciding."
        "deciding",
    ]
    private static let harmActs: Set<String> = [
        "cut", "cutting", "cuts", "burn", "burned", "burnt", "burning", "scratch", "scratched", "scratching",
        "scraped", "scraping", "carved", "carving", "picked", "picking", "punched", "punching", "bit",
        "biting", "bled", "bleed", "bleeding", "bruised", "starve", "starving", "starved", "scalded",
    ]
    private static let bodyParts: Set<String> = [
        "arm", "arms", "wrist", "wrists", "thigh", "thighs", "leg", "legs", "skin", "stomach", "hip", "hips",
        "hand", "hands", "knuckles", "ankles", "ankle", "chest", "shoulder", "shoulders", "scalp",
    ]
    private static let orderWords: Set<String> = [
        "goodbye", "goodbyes", "farewell", "eulogy", "obituary", "letters", "passwords", "insurance",
        "arrangements", "affairs", "rehome", "rehomed",
    ]
    private static let hopeWords: Set<String> = [
        "pointless", "burden", "trapped", "hopeless", "relief", "disappear", "forever", "unbearable",
    ]
    /// Accidents, ordinary uses and other people: a sign with one of these
    /// in its sentence is not read as one.
    private static let ordinary: Set<String> = [
        "cooking", "kitchen", "oven", "accident", "accidentally", "shaving", "gym", "climbing", "garden",
        "gardening", "dog", "cat", "toast", "iron", "pan", "work", "doctor", "prescribed", "prescription",
        "gutting", "fish", "filleting", "chopping", "slicing", "glued", "reorder", "reordering", "refill", "refills",
        "repeat", "renew",
        "pharmacy", "chemist", "gp", "holiday", "trip", "hiking", "tattoo", "piercing", "recipe",
        "he", "she", "they", "his", "her", "their", "him", "them",
    ]
    private static let firstPerson: Set<String> = ["i", "me", "my", "myself", "mine"]

    /// A sentence's signs, one bit per kind (`kinds`' bits; "my will" counts
    /// as a thing put in order).
    private typealias Signs = UInt32
    private static let speaker: Signs = 1, means: Signs = 2, looking: Signs = 4, harm: Signs = 8, body: Signs = 16
    private static let order: Signs = 32, hope: Signs = 64, ordinaryUse: Signs = 128
    /// Not signs: "my" and "will", for "my will".
    private static let my: Signs = 256, will: Signs = 512

    /// Which combination, if any, reads as a disclosure.
    private static func reading(_ signs: Signs) -> String? {
        guard signs & speaker != 0, signs & ordinaryUse == 0 else { return nil }
        let has = { (kind: Signs) in signs & kind != 0 }
        if has(harm) && has(body) { return "crisis: an act of harm on one's own body (warning signs together)" }
        if has(means) && has(looking) { return "crisis: a means looked into (warning signs together)" }
        if has(means) && (has(order) || has(hope)) { return "crisis: a means beside an ending (warning signs together)" }
        if has(order) && has(hope) { return "crisis: things put in order beside hopelessness (warning signs together)" }
        return nil
    }

    /// Every sign word with its kinds as bits, read by the token's vocabulary
    /// id (`WordKinds`): no hashing for a word the rules know. "my" and
    /// "will" are compared by bytes there, which for these ASCII words is
    /// String equality (no other string is canonically equal to them).
    private static let kinds = WordKinds([
        (Array(firstPerson), speaker), (Array(meansWords), means), (Array(lookingWords), looking),
        (Array(harmActs), harm), (Array(bodyParts), body), (Array(orderWords), order),
        (Array(hopeWords), hope), (Array(ordinary), ordinaryUse), (["my"], my), (["will"], will),
    ])

    private static func signs(of sentence: Sentence, in buffer: TokenBuffer, kinds: WordKinds) -> Signs {
        var signs: Signs = 0
        for position in sentence.tokens where buffer[position].isWord {
            var bits = kinds.bits(buffer, position)
            // "Deciding." on its own after the balcony weighs it; "deciding
            // whether to take the bus" decides something else.
            if bits & looking != 0, buffer.norm(position, is: "deciding"), position + 1 < sentence.tokens.upperBound,
                buffer[position + 1].isWord
            {
                bits &= ~looking
            }
            if bits & will != 0, position > 0, kinds.bits(buffer, position - 1) & my != 0 { signs |= order }
            // Phrasal verbs and idioms are not acts on a body: "cut down",
            // "cut me off", "burn out"; "on one hand", "the other hand".
            if bits & harm != 0, position + 1 < sentence.tokens.upperBound,
                buffer.norm(position + 1, is: "down") || buffer.norm(position + 1, is: "back")
                    || buffer.norm(position + 1, is: "off") || buffer.norm(position + 1, is: "out")
                    || buffer.norm(position + 1, is: "corners")
                    // "cut me off" (but "cut me arm" is "my arm")
                    || position + 2 < sentence.tokens.upperBound && buffer.norm(position + 1, is: "me") && buffer.norm(position + 2, is: "off")
            {
                bits &= ~harm
            }
            if bits & body != 0, position > sentence.tokens.lowerBound,
                buffer.norm(position - 1, is: "one") || buffer.norm(position - 1, is: "other")
                    || buffer.norm(position - 1, is: "helping") || buffer.norm(position - 1, is: "first")
            {
                bits &= ~body
            }
            signs |= bits
        }
        return signs
    }

    /// The tokens of the first sentence (alone, or with the one before it)
    /// whose signs combine, and the reading; nil for none. Questions are left
    /// to the rules: a helper asking about safety names the same things.
    static func find(in parsed: ParsedText) -> (Range<Int>, String)? {
        let kinds = self.kinds
        return parsed.tokens.withUnsafeBufferPointer { buffer in
            var previous: Signs?
            for (index, sentence) in parsed.sentences.enumerated() {
                if sentence.endsWithQuestionMark {
                    previous = nil
                    continue
                }
                let current = signs(of: sentence, in: buffer, kinds: kinds)
                if let reading = reading(current) { return (sentence.tokens, reading) }
                if let previous, let reading = reading(previous | current) {
                    return (parsed.sentences[index - 1].tokens.lowerBound..<sentence.tokens.upperBound, reading)
                }
                previous = current
            }
            return nil
        }
    }
}
