/* Unit tests of the quotepull engine: the tags of enttag upstream read as
 * evidence. */
#include <stdio.h>
#include <string.h>

#include "qp_test.h"

/* Tags from enttag: the <PER> span with its title inside, a <TIMEX3> word
 * that is no name. */
Test(tags, per_with_title_inside)
{
	struct got g;
	const char *doc =
	    "Crown Prince Mohammad bin Salman accepted responsibility. Speaking to PBS, he said, \"It happened under my watch.\"\n";
	struct qp_ent ents[2] = { { 0, 0, QP_PER }, { 0, 0, QP_ORG } };

	ents[0].end = strlen("Crown Prince Mohammad bin Salman");
	ents[1].start = (size_t)(strstr(doc, "PBS") - doc);
	ents[1].end = ents[1].start + 3;
	run_doc(doc, &g, ents, 2);
	cr_assert_eq(g.n, 1);
	cr_assert_str_eq(g.speaker[0], "Mohammad bin Salman");
}

Test(tags, timex_words_are_no_speaker)
{
	struct got g;
	const char *doc = "\"We will win,\" Ann Lee said on Christmas Day.\n";
	struct qp_ent ent = { 0, 0, QP_OTHER };

	ent.start = (size_t)(strstr(doc, "Christmas") - doc);
	ent.end = ent.start + strlen("Christmas Day");
	run_doc(doc, &g, &ent, 1);
	cr_assert_eq(g.n, 1);
	cr_assert_str_eq(g.speaker[0], "Ann Lee");
}

/* Run the engine over doc with its <PER>, <ORG>, <LOC>, <MISC> and
 * <TIMEX3> tags taken out and given as entities. */
static void
run_tagged(const char *doc, struct got *g)
{
	static char text[4096];
	struct qp_ent ents[32];
	size_t n = 0, nents = 0, open_at[32], nopen = 0;
	int open_type[32];

	for (const char *p = doc; *p && n < sizeof text - 1;) {
		static const struct {
			const char *name;
			int type;
		} tags[] = { { "PER", QP_PER }, { "ORG", QP_ORG },
			{ "LOC", QP_PLACE }, { "MISC", QP_PLACE },
			{ "TIMEX3", QP_OTHER } };
		size_t k, l = 0;

		for (k = 0; k < sizeof tags / sizeof *tags; k++) {
			l = strlen(tags[k].name);
			if (p[0] == '<' &&
			    strncmp(p + 1, tags[k].name, l) == 0 &&
			    p[l + 1] == '>')
				break;
			if (p[0] == '<' && p[1] == '/' &&
			    strncmp(p + 2, tags[k].name, l) == 0 &&
			    p[l + 2] == '>')
				break;
		}
		if (k == sizeof tags / sizeof *tags) {
			text[n++] = *p++;
			continue;
		}
		if (p[1] == '/') {
			nopen--;
			ents[nents].start = open_at[nopen];
			ents[nents].end = n;
			ents[nents++].type = open_type[nopen];
			p += l + 3;
		} else {
			open_at[nopen] = n;
			open_type[nopen++] = tags[k].type;
			p += l + 2;
		}
	}
	text[n] = '\0';
	/* the engine takes the tags in text order, by start */
	for (size_t a = 1; a < nents; a++)
		for (size_t b = a; b > 0 && ents[b - 1].start > ents[b].start;
		     b--) {
			struct qp_ent t = ents[b];
			ents[b] = ents[b - 1];
			ents[b - 1] = t;
		}
	run_doc(text, g, ents, nents);
}

static void
expect_tagged(const char *doc, size_t n, size_t i, const char *speaker)
{
	struct got g;

	run_tagged(doc, &g);
	cr_assert_eq(g.n, n, "%zu quotes in: %s", g.n, doc);
	cr_assert_str_eq(
	    g.speaker[i], speaker, "speaker \"%s\" in: %s", g.speaker[i], doc);
}

Test(tags, title_of_a_place_before_a_person)
{
	expect_tagged(
	    "A bus caught fire on Elm Bridge on Friday. \"I thank the people who "
	    "ran to help\" tweeted Mayor of <LOC>Riverton</LOC> <PER>Amal Reyes</PER>.\n",
	    1, 0, "Amal Reyes");
}

Test(tags, place_qualifying_a_title)
{
	expect_tagged(
	    "\"This is the worst night we have had,\" said <LOC>Santa Clara "
	    "County</LOC> Sheriff <PER>Dan Moreno</PER>.\n",
	    1, 0, "Dan Moreno");
	expect_tagged(
	    "<LOC>Oregon</LOC> Attorney General <PER>Rita Vance</PER> said: "
	    "\"We will defend the law in every court.\"\n",
	    1, 0, "Rita Vance");
	expect_tagged(
	    "This week <MISC>Danish</MISC> Foreign Minister <PER>Leif Holm</PER> "
	    "spoke, saying \"The treaty must be kept by all sides.\"\n",
	    1, 0, "Leif Holm");
}

Test(tags, place_speaks_only_when_no_one_else_does)
{
	expect_tagged(
	    "\"We are ready for the storm,\" <LOC>Lisbon</LOC> said in a "
	    "statement.\n",
	    1, 0, "Lisbon");
}

Test(tags, full_name_after_a_possessive)
{
	expect_tagged(
	    "Prime Minister <PER>Olek Hanna</PER>'s offer to resign was "
	    "declined.\n\n\"I will stay as long as I am needed,\" <PER>Hanna</PER> said.\n",
	    1, 0, "Olek Hanna");
}

Test(tags, a_storm_is_no_person)
{
	expect_tagged(
	    "<PER>Hurricane Mara</PER> hit the coast on Monday.\n\n\"Stay "
	    "indoors until the wind has passed,\" the mayor said, as <PER>Mara</PER> "
	    "moved north.\n",
	    1, 0, "the mayor");
}

Test(tags, a_role_tagged_as_an_organisation)
{
	expect_tagged(
	    "COO <PER>Jane Li</PER> defended the decision. \"The numbers speak for "
	    "themselves,\" the <ORG>COO</ORG> said.\n",
	    1, 0, "Jane Li");
}

Test(tags, organisation_widened_to_its_name)
{
	expect_tagged(
	    "The <ORG>High Court of Avon</ORG> and Wales ruled on Monday: \"The "
	    "fees are lawful.\"\n",
	    1, 0, "High Court of Avon and Wales");
	expect_tagged(
	    "A statement from the Foreign <ORG>Ministry of Norland</ORG> said "
	    "\"the border stays closed\".\n",
	    1, 0, "Foreign Ministry of Norland");
}

Test(tags, organisation_qualifying_a_spokesperson)
{
	expect_tagged(
	    "Speaking on radio, <ORG>Delta</ORG> military spokesperson <PER>Sam "
	    "Reed</PER> said the bridge had fallen. According to him, it was rebuilt "
	    "with the help of \"brave workers from the valley\".\n",
	    1, 0, "Sam Reed");
}

Test(tags, person_inside_an_organisation_tag)
{
	expect_tagged(
	    "President of <ORG>Norland Arvid Dahl</ORG> said, \"We expect a full "
	    "and open investigation.\"\n",
	    1, 0, "Arvid Dahl");
}

Test(tags, letters_after_a_tagged_name)
{
	expect_tagged(
	    "Judge <PER>Durham Vale QC</PER> said they \"showed no respect for "
	    "the court\".\n",
	    1, 0, "Durham Vale");
}

Test(tags, place_cut_after_a_preposition)
{
	/* "at Saint <PER>Jude</PER>": the capital before the tag is part
	 * of the place, a prepositional object, not the speaker */
	expect_tagged("Dr. <PER>Mia Ross</PER> at Saint <PER>Jude</PER> "
	              "said, \"We have enough beds for tonight.\"\n",
	    1, 0, "Mia Ross");
}

Test(tags, that_clause_subject_of_a_second_verb)
{
	/* "X claimed that … Y refused … and called them "…"": the second
	 * verb is the that-clause subject's, also with X tagged */
	expect_tagged("<ORG>The Herald</ORG> claimed that during a trip to "
	              "<LOC>Paris</LOC>, <PER>Tom Hart</PER> skipped the "
	              "ceremony and called the guests \"freeloaders.\"\n",
	    1, 0, "Tom Hart");
	expect_speaker("The Herald claimed that during a trip to Paris, Tom "
	               "Hart skipped the ceremony and called the guests "
	               "\"freeloaders.\"\n",
	    1, 0, "Tom Hart");
}

Test(tags, organisation_not_swallowed_by_a_longer_one)
{
	/* "<ORG>Acme</ORG>" later is still Acme, not the "Acme Safety
	 * Board" named in between */
	expect_tagged("<ORG>Acme</ORG> restored the service on Monday, "
	              "saying it \"will never happen again.\" The <ORG>Acme "
	              "Safety Board</ORG> will review every case. "
	              "<ORG>Acme</ORG> also pledged a fund \"to cover the "
	              "legal costs of small shops\".\n",
	    2, 1, "Acme");
}

Test(tags, person_tag_that_took_in_the_word_before)
{
	/* "on <PER>Twitter Marsh</PER> accused his wife of …": the tag
	 * took in the word before the surname of a person tagged before,
	 * who is the subject */
	expect_tagged("Rapper <PER>Kanye Marsh</PER> held a rally. The next "
	              "day on <PER>Twitter Marsh</PER> accused his wife of "
	              "trying to \"silence me\" after the rally.\n",
	    1, 0, "Kanye Marsh");
	expect_tagged("Rapper <PER>Kanye Marsh</PER> held a rally.\n\nThe "
	              "next day on <PER>Twitter Marsh</PER> accused his "
	              "wife of trying to \"silence me\" after the rally.\n",
	    1, 0, "Kanye Marsh");
}

/* a name tagged as no speaker, in apposition to an organisation's role
 * phrase opening the clause, names the organisation */
Test(tags, misc_name_of_an_organisation_in_apposition)
{
	struct got g;

	run_tagged("The company behind the app, <MISC>Lumina Labs</MISC>, said "
	           "the outage was \"caused by a configuration error\".\n",
	    &g);
	cr_assert_eq(g.n, 1);
	cr_assert_str_eq(g.speaker[0], "Lumina Labs");
	run_tagged("The mayor of the town, <LOC>Paris</LOC>, said it was "
	           "\"fine and calm\".\n",
	    &g);
	cr_assert_eq(g.n, 1);
	cr_assert_str_eq(g.speaker[0], "The mayor");
}

/* A title inside a <PER> tag marks its token as no mention of its own
 * (MEN_BLOCKED); the rules that look for a mention after "according to"
 * or a comma must pass over it, not read it as one (it was read as a
 * mention out of the array, and looped). */
Test(tags, title_inside_a_person_tag_after_according_to)
{
	struct got g;

	run_tagged(
	    "\"We are sure,\" said Dr. <PER>Joaquin Ferrer-Haddad</PER>, "
	    "the lead scientist.\n\nAccording to <PER>Dr. "
	    "Ferrer-Haddad</PER>, the rock will be \"bright enough\" "
	    "tonight.\n",
	    &g);
	cr_assert_eq(g.n, 2);
	cr_assert_str_eq(g.speaker[0], "Joaquin Ferrer-Haddad");
	cr_assert_str_eq(g.speaker[1], "Joaquin Ferrer-Haddad");
}
