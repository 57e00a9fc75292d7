"""The version of timeline: the one source (pyproject.toml reads it, the CLI prints it), and the version
of the merge's rules (both the store's cache keys and the merge's own records are tied to it)."""

__version__ = "0.1.0"

# Bump when merge output changes for the same extractions: cached merged chronologies are redone, and
# a store's merge record made under other rules is not continued (the next merge is a whole one).
# 32: a verb's bare form after an auxiliary, "to", "not" or a subject pronoun ("will attack", "to
# visit") is a verb, not a noun, when two reports are weighed as another one of a kind
# (repeats.another_one).
# 31: two undated reports of one article, of one party's reciprocal happenings with different partners
# ("will hold talks with Villepin" ... "is expected to hold talks with Socrates"), stay two happenings;
# a country and its envoys ("North Korea" / "North Korean delegations") are one partner.
# 30: within one article, two reports of a reciprocal happening (a meeting, talks, a match) whose
# partners differ are two happenings ("met with Shattuck" ... "a meeting between Clinton and the Dalai
# Lama"): one party's meetings with two others are not folded.
# 29: a report in the present perfect with no day of its own ("which has killed almost 70 people") holds
# by its article's day: it joins no other article's happening dated over a week before that day; a
# teller named by common words ("local media") is no shared participant; an event's date that some
# article gives only more widely or otherwise is marked "merged"; a surname of several words
# ("Abdul-Rahman") is a lone surname for the one-month rule.
# 28: across articles, a body's description of common words ("Socialist Party", "Air Force") joins a
# longer name only when that name adds a country its articles name (or they name none) or every
# article using it gives that name; a body is not the longer name of what it belongs to ("United
# Nations" / "Security Council of the United Nations"); an article's alias of a person does not join
# a name other articles type a place or body; a surname used on one day only does not stand for a full
# name used on one day only more than 30 days away (the names and days go into the merge record).
# 27: a person's lone surname joins another article's full name only when every year it is used in
# is within four years of one the full name is used in (the years go into the merge record); a short
# index name of words any index has ("Composite Index") is no other market's longer index.
# 25: a phrasal verb whose particle makes another happening of its verb is of its own kinds ("beat
# up" an attack, not a contest; extract.kinds._PHRASAL), which the merge's checks read too; across
# articles a verb and the word after it that names a happening is compared under that happening's
# verb ("shot dead" / "killed", "taken hostage" / "kidnapped"); two articles' reports that share only
# a place are judged as reports that share no participant are, unless a region, country or doer
# sets them apart.
# 24: a body's name without the words of its kind written after it is that body across articles
# ("Xinhua" / "Xinhua news agency"; merge.actors._name_and_its_form).
# 23: two articles' reports of an event noun naming different occasions of one series stay apart:
# who holds it ("the leaders' meeting" / "the ministerial meeting", "a bilateral meeting") or which
# one ("the 11th meeting" / "the 12th"), also through a report of the whole series
# (cluster._occasions_differ).
# 22: two articles' reports of one dated happening whose participants were found apart join when
# their sentences name the same people or bodies (and their dates agree); two versions of one story
# edited here and there are one sentence at 85% alike (was 90%).
# 21: across articles, a lower-case name is not the short form of another article's name.
# 20: ... or a word between its own first word and its last ("iTunes Store" is the iTunes Music
# Store, "Apple Inc." Apple Computer Inc.; not after a first word many bodies share).
# 19: a body's short form drops only leading words of the longer name ("European Union" is no
# "European Monetary Union", "Red Cross" no ICRC: merge.actors._shorter_form).
# 18: a joined event's summary is another report's when that one reads whole and the best-dated
# report's does not, or is fuller than a short one (combine._told_by).
# 17: a country's name is no short form of a longer name of another body ("South Africa" is not
# "Basketball South Africa"). 16: a report dated only by inference over more than a week joins another
# article's report of a day only when the two read alike.
# 15: "another" right after the verb ("will lead another delegation") says a report is another
# happening (repeats.another_one), and support participles hand their rows to the happening's noun.
# 13: two reports of one article that each name whom it was done to, with nobody in common, or where
# one is a revenge for the other, stay apart (repeats.another_one).
# 11: two doers who differ and share only a place keep happenings apart; a year-long date joins a day
# only when alike; two versions of one story told in the same sentence are one happening.
# 10: two readings of a market, two places in one country, different partners, and two reports
# neither of which dates itself unless they read alike, stay apart.
# 9: reports sharing only places join only when they read alike; articles far apart only on the
# same explicit time; an undated plan joins another article's only when alike or in one town.
# 8: talks/discussions/negotiations are one kind of happening; a plan named twice in an article,
# with its time and without, is one. 7: people who differ keep happenings apart.
MERGE_VERSION = "32"
