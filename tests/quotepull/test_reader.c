/* Unit tests of the quotepull engine: who said it, as a reader names
 * them (roles, groups, organisations by their full names, interviews). */
#include <stdio.h>
#include <string.h>

#include "qp_test.h"

Test(speakers, role_given_in_apposition)
{
	expect_speaker(
	    "Jane Doe, a spokeswoman for the ministry, confirmed the plan.\n\n"
	    "\"We will open the schools on Monday,\" the spokeswoman said.\n",
	    1, 0, "Jane Doe");
}

Test(speakers, ministry_by_its_full_name)
{
	expect_speaker(
	    "The Norland Ministry of Health confirmed the cases on Monday.\n\n"
	    "\"The risk remains low,\" the ministry said.\n",
	    1, 0, "Norland Ministry of Health");
}

Test(speakers, acronym_by_its_full_name)
{
	expect_speaker(
	    "The National Rail Safety Board (NRSB) opened an inquiry.\n\n"
	    "\"We will look at the brakes first,\" the NRSB said.\n",
	    1, 0, "National Rail Safety Board");
}

Test(speakers, kinds)
{
	struct got g;

	run_doc(
	    "\"We want the park back,\" the protesters said. \"Prices will rise,\" "
	    "the company said. \"I am glad,\" Ann Lee said.\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 3);
	cr_assert_eq(g.speaker_kind[0], QP_SK_GROUP);
	cr_assert_eq(g.speaker_kind[1], QP_SK_ORG);
	cr_assert_eq(g.speaker_kind[2], QP_SK_PERSON);
}

Test(speakers, things_do_not_speak)
{
	expect_speaker(
	    "The Clean Water Act took effect in May. \"The rivers are cleaner now,\" "
	    "said Ann Lee, a biologist.\n",
	    1, 0, "Ann Lee");
}

Test(speakers, relative_who_after_an_object)
{
	expect_speaker(
	    "The bill was written by Ann Lee who said on the floor, \"It follows "
	    "years of work.\"\n",
	    1, 0, "Ann Lee");
}

Test(speakers, plural_pronoun_after_a_group)
{
	expect_speaker(
	    "The researchers tested the water. They reported, \"The levels are "
	    "safe for now.\"\n",
	    1, 0, "The researchers");
}

Test(speakers, object_after_a_possessive_name)
{
	expect_speaker(
	    "Nina Hale of the UK's National Water Agency (NWA) said, \"The rivers "
	    "are low this year.\"\n",
	    1, 0, "Nina Hale");
	expect_speaker(
	    "\"It will heal us,\" Rosa Day of the Northern Pine tribal history "
	    "office told those gathered.\n",
	    1, 0, "Rosa Day");
}

Test(speakers, with_a_name_and_a_participle)
{
	expect_speaker(
	    "Senators attacked the plan, with Tom Reed of Ohio calling it \"a "
	    "disaster for farmers\".\n",
	    1, 0, "Tom Reed");
}

Test(speakers, title_in_apposition_without_closing_comma)
{
	expect_speaker(
	    "Others dismissed it. Erik Moss, Dean of the City Law School called it "
	    "\"a truly silly idea.\"\n",
	    1, 0, "Erik Moss");
}

Test(speakers, second_verb_after_and_then)
{
	expect_speaker(
	    "Professor Ana Cruz asked whether Oslo was part of it and then declared "
	    "\"that is the whole analysis.\"\n",
	    1, 0, "Ana Cruz");
}

Test(speakers, colon_speaker_before_the_names_after_it)
{
	expect_speaker(
	    "Bob Lee is a rival.\n\nHe sent a message to board chair Tom Ash:\n\n"
	    "\"I will stand down as your deputy this year.\"\n",
	    1, 0, "Bob Lee");
}

Test(speakers, naming_verb_shows_no_person)
{
	expect_speaker(
	    "Nora Kim would list her dream roles. She got a part when Vizmedia "
	    "dubbed the show. When she was cast, \"I was speechless,\" she told an "
	    "audience.\n",
	    1, 0, "Nora Kim");
}

/* A role given as a predicate names the person for "the spokeswoman said"
 * later, either way round. */
Test(speakers, role_as_predicate)
{
	expect1("Jane Roe is the ministry's spokeswoman. The talks ended on "
	        "Monday.\n\n\"We are satisfied,\" the spokeswoman said.",
	    "We are satisfied", "Jane Roe");
	expect1("The ministry's spokeswoman was Jane Roe. The talks ended on "
	        "Monday.\n\n\"We are satisfied,\" the spokeswoman said.",
	    "We are satisfied", "Jane Roe");
	expect1("Tom Baker serves as the club's coach.\n\n\"We will win,\" "
	        "the coach said.",
	    "We will win", "Tom Baker");
	/* an indefinite predicate or a bare title gives no title */
	expect1("The Andaman Sea is a major conduit for ships.\n\n\"We "
	        "will win,\" the major said.",
	    "We will win", "the major");
	/* no copula: the role stays a role */
	expect1("Jane Roe met the ministry's spokeswoman.\n\n\"We are "
	        "satisfied,\" the spokeswoman said.",
	    "We are satisfied", "the spokeswoman");
}

Test(speakers, dash_attribution_after_format_characters)
{
	/* a joiner, a zero-width space or a direction mark between the
	 * dash and the name is invisible */
	expect1("\"We will appeal the ruling.\"  \xe2\x80\x94 \xe2\x80\x8d"
	        "Ann Lee, county commissioner\n",
	    "We will appeal the ruling.", "Ann Lee");
	expect1("\"The bridge stays shut.\" \xe2\x80\x94 \xe2\x80\x8b"
	        "\xe2\x80\x8fTom Baker, mayor\n",
	    "The bridge stays shut.", "Tom Baker");
}

Test(speakers, organisation_before_title_and_name)
{
	/* an unknown organisation qualifies the title of the person */
	expect1("\"We work seven days a week,\" quipped Brightwater Comics "
	        "editor Jo Marsh, later in the panel.\n",
	    "We work seven days a week", "Jo Marsh");
	expect1("\"Prices will rise,\" said Harlow Foods chief executive "
	        "Ann Lee.\n",
	    "Prices will rise", "Ann Lee");
}

Test(speakers, headline_quote_before_colon_and_subject)
{
	/* a title: the quotation, a colon, then who tells it */
	expect1("Farmers 'lost everything in the flood': Agronomist Dr Ann "
	        "Lee discusses the harvest with reporters\n\nThe flood hit "
	        "the valley on Sunday.\n",
	    "lost everything in the flood", "Ann Lee");
	expect1("'The river rose overnight': Harlow University professor Dr "
	        "Tom Baker tells of the flood\n\nThe flood hit the valley on "
	        "Sunday.\n",
	    "The river rose overnight", "Tom Baker");
}

Test(speakers, surname_after_a_prepositions_object)
{
	/* "on Twitter Marsh": the name is the person named before, not a
	 * name "Twitter Marsh"; the same paragraph or an earlier one */
	expect1("Singer Jo Marsh made a surprise bid. The next day on Twitter "
	        "Marsh accused her rival of trying to \"shut me up\" over the "
	        "remarks.\n",
	    "shut me up", "Jo Marsh");
	expect1("Singer Jo Marsh made a surprise bid.\n\nIn Leeds Marsh told "
	        "the crowd \"we will not stop\" on Monday.\n",
	    "we will not stop", "Jo Marsh");
}

Test(speakers, praise_verbs_cue_a_partial_quote)
{
	/* "lauded X as a "…"": a verb of praise is a speech act */
	expect1("Mayor Tom Baker lauded Ann Lee as a \"tireless champion of "
	        "the harbour.\" The ceremony ended at noon.\n",
	    "tireless champion of the harbour.", "Tom Baker");
	expect1("Coach Jo Marsh hailed the win as \"the best night of my "
	        "life\" on Sunday.\n",
	    "the best night of my life", "Jo Marsh");
}

Test(speakers, surname_alone_after_the_full_name)
{
	/* the last word of a name, alone, later in the paragraph is the
	 * person, even a word with another sense ("West", "Marsh") */
	expect1("That day, rapper Kanye Marsh made a surprise bid. Marsh held "
	        "his first campaign rally in Leeds, where he tearfully "
	        "discussed his family, screaming \"I almost lost my "
	        "daughter!\" The crowd cheered.\n",
	    "I almost lost my daughter!", "Kanye Marsh");
}

Test(speakers, pronoun_after_a_subject_with_a_possessive_object)
{
	/* a possessive and a place in that sentence are no other speaker */
	expect_speaker("Senator Joe Smith spoke on Monday. Smith, while "
	               "campaigning in Ohio, called Tom Jones's plan \"a "
	               "reckless gamble with our savings.\" He described it "
	               "as \"beyond reckless.\"\n",
	    2, 1, "Joe Smith");
}

Test(speakers, pronoun_against_a_given_name_guess)
{
	/* the gender of a given name is a guess: the pronoun right after
	 * the one person named as the subject wins, when nobody else of
	 * its gender was named just before */
	expect1("Local historian Li Wei said the vote was seen as support "
	        "of the marchers in Shanghai. He noted, \"The council "
	        "always claimed support, but this is a rebuke.\"\n",
	    "The council always claimed support, but this is a rebuke.",
	    "Li Wei");
	expect1("Mary Rowe met the press with Tom Hart. Hart spoke first. "
	        "He said, \"We will build the bridge.\"\n",
	    "We will build the bridge.", "Tom Hart");
}

Test(speakers, first_person_in_an_interview_answer)
{
	/* in a "((Name)) …" answer, and the paragraphs going on with it,
	 * "I said", "I was like", "made me wonder" are the one answering */
	const char *doc =
	    "((WN)) How did it start?\n\n"
	    "((Ann Berg)) My aunt phoned. And I said, \"Count me in.\" We "
	    "drove north.\n\n"
	    "Later I was like, \"This is home now.\"\n\n"
	    "((WN)) Why the farm?\n\n"
	    "((Ann Berg)) The quiet made me wonder, \"Why did we wait?\"\n";
	expect_speaker(doc, 3, 0, "Ann Berg");
	expect_speaker(doc, 3, 1, "Ann Berg");
	expect_speaker(doc, 3, 2, "Ann Berg");
}

Test(speakers, interviewer_label_is_no_speaker)
{
	/* "((WN))" labels the interviewer's turn: no organisation for a
	 * later "they" */
	expect1("((WN)) Did the rangers ever warn you?\n\n((Ann Berg)) Well, "
	        "they said \"Keep your boots on at all times, even "
	        "indoors\", and I laughed.\n",
	    "Keep your boots on at all times, even indoors", "");
}

Test(speakers, group_opened_by_a_number)
{
	/* a number opens the group's phrase, capitalised or in figures */
	expect1("Twelve local doctors said the plan \"puts every patient at "
	        "risk.\"\n",
	    "puts every patient at risk.", "Twelve local doctors");
	expect1("On Monday 200 residents signed a petition saying the road "
	        "\"must stay open to buses.\"\n",
	    "must stay open to buses.", "200 residents");
}

Test(speakers, list_aside_between_subject_and_verb)
{
	/* the names of ", including A, B, and C," are not the subject */
	expect1("Forty retired diplomats, including Jo Bell, Al Kerr, and Ed "
	        "Moss, signed a letter saying the bill \"undermines the "
	        "courts.\"\n",
	    "undermines the courts.", "Forty retired diplomats");
	expect1("Forty retired diplomats, including Jo Bell, Al Kerr, and Ed "
	        "Moss, said the bill \"undermines the courts.\"\n",
	    "undermines the courts.", "Forty retired diplomats");
}

Test(speakers, characterising_verbs_with_as)
{
	/* "referred to X as", "regarded X as", "professed himself": the
	 * words in marks are the subject's */
	expect1("Senator Ann Lee referred to the protests as acts of "
	        "\"domestic sabotage\" and left.\n",
	    "domestic sabotage", "Ann Lee");
	expect1("The Herald regarded the speech as \"far more honest\" "
	        "than the last.\n",
	    "far more honest", "Herald");
	expect1("Mayor Tom Hart professed himself \"deeply worried\" about "
	        "the vote.\n",
	    "deeply worried", "Tom Hart");
}

Test(speakers, short_terms_far_after_a_quotation)
{
	/* a word or two in marks many words after a quotation of the
	 * sentence are terms, not more of it */
	expect1("Mayor Tom Hart professed himself \"deeply worried\" about "
	        "the vote and proposed using \"thrift\" and \"candour\" as "
	        "the measure of success.\n",
	    "deeply worried", "Tom Hart");
}

Test(speakers, surname_of_the_person_named_most)
{
	/* a relative named later by the full name does not take the
	 * surname over from the person named most often */
	expect_speaker("Senator Joe Lind toured the plant. Lind met workers. "
	               "Lind spoke of wages. His son Tom Lind was there "
	               "too.\n\nLind called the plan \"a fair deal for "
	               "everyone.\"\n",
	    1, 0, "Joe Lind");
}

Test(speakers, pronoun_after_a_relative_clause)
{
	/* the subject of a relative clause is no rival for "He" */
	expect_speaker("Mayor Tom Hart backed the ban, which Joe Lind "
	               "opposed. He said the ban \"will save lives.\"\n",
	    1, 0, "Tom Hart");
}

Test(speakers, name_qualifying_an_organisation)
{
	/* "the Lind campaign": the campaign speaks, not the person it is
	 * named after, also when he was quoted just before */
	expect_speaker("Senator Joe Lind spoke in Ohio. Lind met workers. "
	               "Senator Ann Roe called it \"unthinkable.\" The Lind "
	               "campaign put out a statement: \"The voters will "
	               "decide this election.\"\n",
	    2, 1, "The Lind campaign");
}

Test(speakers, text_after_a_sentence_with_no_named_subject)
{
	/* "the letter read": the sentence before has no name for a
	 * subject, so not the plural noun at its end */
	expect1("The tool has parsers to handle videos from different "
	        "sources. \"Any reader of the page can see the link,\" the "
	        "letter read.\n",
	    "Any reader of the page can see the link", "the letter");
}

Test(speakers, text_signed_by)
{
	/* "The statement, signed by X, said": X */
	expect1("The statement, signed by Mayor Tom Hart, said the city "
	        "\"will not back down.\"\n",
	    "will not back down.", "Tom Hart");
}

Test(speakers, we_in_an_interview_answer)
{
	/* "we" before the verb in an answer: the one answering */
	expect1("((WN)) How did the team react?\n\n((Ann Berg)) We wrote "
	        "back, \"Give us a week.\" They agreed.\n",
	    "Give us a week.", "Ann Berg");
}

Test(speakers, according_to_ending_the_sentence)
{
	/* "according to X" at the end of a sentence with no speech verb
	 * is the source of the quotation in it */
	expect1("The old bridge was left \"badly cracked in three places\" "
	        "by the flood, according to investigators.\n",
	    "badly cracked in three places", "investigators");
}

Test(speakers, my_text_in_an_interview_answer)
{
	/* "my blog post" in an answer going on from its turn: the one
	 * answering, not "post" */
	expect1("Tom Hart and Ann Berg run the farm. Tom Hart founded "
	        "it.\n\n((Tom Hart)) We started small.\n\n((WN)) Is the "
	        "project over?\n\n((Ann Berg)) No. We will go on.\n\nThe "
	        "first sentence of my blog post on Friday was \"The farm "
	        "goes on.\" That still holds.\n",
	    "The farm goes on.", "Ann Berg");
}

Test(speakers, name_used_alone_is_not_a_longer_one)
{
	/* "Acme" named alone three times is not "Acme Safety", named
	 * after */
	expect_speaker("On Monday, Acme restored the site. Later, Acme said "
	               "it \"will never happen again.\" Users thanked Acme. "
	               "The Acme Safety team will review every case. Acme "
	               "also pledged a fund \"to cover the legal costs of "
	               "small shops\".\n",
	    2, 1, "Acme");
}

Test(speakers, pronoun_after_a_participle_phrase)
{
	/* a name in ", expressing dismay at reports Grant hid" is no rival
	 * for "He", even a person named more often */
	expect1("Governor Joe Grant toured the state. Grant met voters. "
	        "Rapper Tom Hart ran for office. Hart backed away from his "
	        "support for Grant, expressing dismay at reports Grant hid "
	        "in his office during the riots. He aimed more criticism at "
	        "Lee, saying Lee was \"unfit to lead.\"\n",
	    "unfit to lead.", "Tom Hart");
}

Test(speakers, pronoun_with_an_s_contraction)
{
	/* "She's since said": a subject pronoun, not a possessive */
	expect1("Mayor Ann Lee met Governor Tom Hart on Monday. Hart toured "
	        "the site. She's since said the town \"will rebuild every "
	        "home.\"\n",
	    "will rebuild every home.", "Ann Lee");
}

/* a role given to a named person as an object ("appointed X as its
 * spokeswoman"), in a relative clause ("X, who is the spokeswoman"),
 * before the name with a complement ("The Prime Minister of Canada, X,")
 * or indefinite ("a 32-year-old man, X,"): the role phrase later is the
 * person */
Test(speakers, role_given_to_a_name)
{
	expect1("The city council appointed Laura Fenwick as its new "
	        "spokeswoman last month.\n\n\"We will review every "
	        "complaint,\" the spokeswoman said.\n",
	    "We will review every complaint", "Laura Fenwick");
	expect1("Laura Fenwick, who is the spokeswoman for the council, met "
	        "residents.\n\n\"We will act,\" the spokeswoman said.\n",
	    "We will act", "Laura Fenwick");
	expect1("The Prime Minister of Canada, Joan Miller, spoke on Monday. "
	        "\"Canada stands firm,\" the prime minister said.\n",
	    "Canada stands firm", "Joan Miller");
	expect1("Police arrested a 32-year-old man, Carl Ward, on Friday. "
	        "\"I did nothing wrong,\" the 32-year-old told reporters.\n",
	    "I did nothing wrong", "Carl Ward");
	/* not a role after a preposition */
	expect1("In a letter to the minister, Ann Lee asked for help. \"Go "
	        "home,\" the minister said.\n",
	    "Go home", "the minister");
}

/* plural roles are groups; a lower-case word before one after a
 * conjunction or a speech verb names the group */
Test(speakers, plural_roles_are_groups)
{
	expect1("Officers said the suspect was \"cooperating fully\".\n",
	    "cooperating fully", "Officers");
	expect_speaker("The company said it was \"disappointed\" by the "
	               "ruling, while union leaders called it \"a victory "
	               "for workers\".\n",
	    2, 1, "union leaders");
	expect1("\"We will not give up,\" said opposition leaders in a "
	        "joint statement.\n",
	    "We will not give up", "opposition leaders");
	/* a definite group as the object before "saying" is no speaker */
	expect1("Coach Ann Lee explained the decision to drop the players "
	        "saying, \"They broke the rules of the team.\"\n",
	    "They broke the rules of the team.", "Ann Lee");
}

/* a group with the places it is from speaks as written, the places
 * with it: not the last place, not the bare head */
Test(speakers, group_from_places)
{
	expect1("\"The river is rising,\" said residents of Marsby.\n",
	    "The river is rising", "residents of Marsby");
	expect1("Delegates from Norway, Chile and Kenya said in a "
	        "statement: \"The talks must go on.\"\n",
	    "The talks must go on.", "Delegates from Norway, Chile and Kenya");
	/* after a dateline, not opening the sentence */
	expect1("OSLO \xe2\x80\x94 Delegates from Norway and Chile said "
	        "they had made \"good progress\" on Friday.\n",
	    "good progress", "Delegates from Norway and Chile");
	expect1("Farmers from Dunmore met on Friday. \"We cannot go on,\" "
	        "they said.\n",
	    "We cannot go on", "Farmers from Dunmore");
}

/* a name opening the sentence in a prepositional phrase is no name the
 * role after the comma stands in apposition to */
Test(speakers, role_after_a_fronted_place)
{
	expect1("In Dunmore, farmers said the rain had been \"a blessing\" "
	        "this year.\n",
	    "a blessing", "farmers");
	expect1("Ann Lee, chair of the panel, told reporters: \"It is "
	        "fair.\"\n",
	    "It is fair.", "Ann Lee");
}

/* a participle with no comma after an object (a text, a place, someone
 * spoken to) goes on with the subject; "saying" after a name is a noun
 * only after an article or a possessive */
Test(speakers, participle_after_an_object)
{
	expect1("The family released a statement calling her \"a kind and "
	        "loving daughter\".\n",
	    "a kind and loving daughter", "The family");
	expect1("Ann Lee spoke to Reuters saying \"I am fine\".\n", "I am fine",
	    "Ann Lee");
	expect1("Ann Lee posted a video on Instagram saying \"I am fine\".\n",
	    "I am fine", "Ann Lee");
	expect1("Residents received a letter from the council saying the "
	        "road would be \"closed for a year\".\n",
	    "closed for a year", "the council");
	expect1("He cited the Mark Twain saying that \"a lie can travel "
	        "halfway\".\n",
	    "a lie can travel halfway", "Mark Twain");
}

/* "it": the subject of the sentence before that is no person, as an
 * organisation */
Test(speakers, it_is_the_organisation_before)
{
	expect1("Google bought a smaller rival in 2019. It said the deal would "
	        "\"help millions of people\".\n",
	    "help millions of people", "Google");
	expect1("Acme Corp. was founded by Ann Lee.\n\n\"We are ready,\" it "
	        "said.\n",
	    "We are ready", "Acme Corp.");
}

/* "she" after a first-person subject is the one the first person spoke
 * of ("I told my mom …, and she said"), not the speaker of the turn */
Test(speakers, pronoun_after_a_first_person)
{
	expect1("Ann Lee spoke at the event. I told my mom I was leaving, and "
	        "she said \"you must stay\".\n",
	    "you must stay", "mom");
	expect1("I met Tom Hart and he said \"we will win\".\n", "we will win",
	    "Tom Hart");
}

/* "the company", "the organisation": the organisation named last */
Test(speakers, any_organisation_named_last)
{
	expect1("Shares of Globex Corporation fell sharply. \"We expected "
	        "this,\" the company said.\n",
	    "We expected this", "Globex Corporation");
	expect1("The World Health Organization warned on Monday.\n\n\"The "
	        "virus is spreading,\" the organisation said.\n",
	    "The virus is spreading", "World Health Organization");
	/* a group of people is no organisation named before */
	expect1("A group of students from Leeds met Ann Lee. \"We are "
	        "ready,\" the group said.\n",
	    "We are ready", "the group");
}

/* an aside opening with a past participle (", known as …,", ", elected
 * in 2019,") is no subject; a name in quotation marks there is no
 * quotation before "said" */
Test(speakers, past_participle_aside)
{
	expect1("Ann Lee, known as the Iron Lady, said the vote was \"rigged "
	        "and unfair\".\n",
	    "rigged and unfair", "Ann Lee");
	expect1("Ann Lee, known as \"the Iron Lady\", said the vote was "
	        "\"rigged\".\n",
	    "rigged", "Ann Lee");
	expect1("Tom Hart, elected in 2019, said the budget was \"a mess\".\n",
	    "a mess", "Tom Hart");
	/* a name after "calls itself" is no quotation */
	expect1("The group, which calls itself \"Citizens for Truth\", said "
	        "the law was \"unconstitutional\".\n",
	    "unconstitutional", "The group");
}

/* a rank ("Deputy Prime Minister") or a field after the title ("Minister
 * of Economy") makes another office than "the Prime Minister"; the
 * subject of a sentence is the main clause's, past an opening
 * subordinate clause */
Test(speakers, another_office_and_the_main_clause)
{
	expect1("Prime Minister Igor Novak met the press. After Deputy Prime "
	        "Minister for Finance and Minister of Economy Tom Hart failed "
	        "to buy the kits, the Prime Minister apologised for \"having "
	        "an idiot as economy minister.\"\n",
	    "having an idiot as economy minister.", "Igor Novak");
	expect1("Minister of Health Ann Lee spoke. The health minister said it "
	        "was \"fine and good\".\n",
	    "fine and good", "Ann Lee");
}

/* a plural possessive is part of the group's name: "the players' union" */
Test(speakers, plural_possessive_group)
{
	expect1("The season may be delayed. \"We have not been consulted,\" "
	        "the players' union said.\n",
	    "We have not been consulted", "the players' union");
	expect1("The season may be delayed. The nurses\xe2\x80\x99 union said: "
	        "\"We were not asked.\"\n",
	    "We were not asked.", "The nurses\xe2\x80\x99 union");
}

/* "it said" after a name nothing but a speech verb showed to be a
 * person: an organisation */
Test(speakers, it_said_after_a_name_that_announced)
{
	expect1("Greenfield Energy announced the closure on Monday. \"The "
	        "decision was not taken lightly,\" it said.\n",
	    "The decision was not taken lightly", "Greenfield Energy");
	/* not a person with a title */
	expect1("Mayor Greenfield announced the closure on Monday. \"The "
	        "decision was not easy,\" it said.\n",
	    "The decision was not easy", "");
}

/* "Mrs. Lee" is the woman of the two named Lee */
Test(speakers, surname_with_a_title_of_gender)
{
	expect1("Mayor Ann Lee and her husband, Governor Tom Lee, opened the "
	        "school.\n\nMrs. Lee told the children: \"Reading is the key "
	        "to everything.\"\n",
	    "Reading is the key to everything.", "Ann Lee");
	expect1("Mayor Ann Lee and her husband, Governor Tom Lee, opened the "
	        "school.\n\nMr. Lee told the children: \"Reading is the key "
	        "to everything.\"\n",
	    "Reading is the key to everything.", "Tom Lee");
}

/* "Secretary of State Lee" is Ann Lee, named so before; "17 Nobel Prize
 * winners" a group */
Test(speakers, title_of_a_field_before_a_surname)
{
	expect1("Ann Lee arrived on Monday. Secretary of State Lee warned "
	        "the council: \"We cannot wait any longer.\"\n",
	    "We cannot wait any longer.", "Ann Lee");
	expect1("Prices rose again. 17 Nobel Prize winners in economics have "
	        "said that the plan will \"ease the pressure on prices.\"\n",
	    "ease the pressure on prices.", "17 Nobel Prize winners");
}
