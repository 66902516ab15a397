/* Unit tests of the quotepull engine (filters/quotepull, qp.h): marks,
 * quote forms, what is no quotation, tokens and sentences; the speakers
 * are in test_speakers.c, the tags upstream in test_tags.c. */
#include <stdio.h>
#include <string.h>

#include "qp_test.h"
#include "token.h"

Test(marks, straight_after)
{
	expect1(
	    "\"Prices will rise again next year,\" Ren Zhengfei told reporters.\n",
	    "Prices will rise again next year", "Ren Zhengfei");
}

Test(marks, curly_colon_before)
{
	expect1(
	    "Jane Li, the chief operating officer, said on Monday: \xe2\x80\x9cWe will not sell the plant.\xe2\x80\x9d Analysts were surprised.\n",
	    "We will not sell the plant.", "Jane Li");
}

Test(marks, mixed_straight_and_curly)
{
	expect2(
	    "\xe2\x80\x9cWe won,\xe2\x80\x9d said Ann Lee. \"We will win again,\" said Bob Stone.\n",
	    "Ann Lee", "Bob Stone");
}

Test(marks, apostrophes_are_not_quotes)
{
	expect1(
	    "Officials said the farmers' protest was peaceful. \"We don't want trouble, we're just tired,\" said farmer Joe O'Neill of the \xe2\x80\x99"
	    "90s band.\n",
	    "We don't want trouble, we're just tired", "Joe O'Neill");
}

Test(marks, nested_single)
{
	expect1(
	    "Prosecutor Lena Ortiz said: \"The defendant told the victim, 'You will regret this,' before leaving.\"\n",
	    "The defendant told the victim, 'You will regret this,' before leaving.",
	    "Lena Ortiz");
}

Test(marks, nested_straight_double)
{
	expect1(
	    "Brett McGurk wrote, \"The \"United States\" is not holding any detainees.\"\n",
	    "The \"United States\" is not holding any detainees.",
	    "Brett McGurk");
}

Test(marks, odd_marks_no_crash)
{
	struct got g;

	run_doc(
	    "He is 6' tall and said \"yes.\n\nNothing \" here \" and \" there.\n\n\"\n",
	    &g, NULL, 0);
	cr_assert(g.n <= 3);
}

Test(marks, unclosed_short_mark_is_stray)
{
	expect_none(
	    "The sign read \"closed for today.\n\nThe shop opened later.\n");
}

Test(marks, editorial_brackets)
{
	expect1(
	    "\"[T]his impulsive decision has undone all the gains [...] we made,\" Graham said.\n",
	    "[T]his impulsive decision has undone all the gains [...] we made",
	    "Graham");
}

Test(split, one_speaker_two_quotes)
{
	struct got g;

	run_doc(
	    "\"We tried everything,\" said coach Tom Baker, \"but the rain beat us.\"\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 2);
	cr_assert_str_eq(g.text[0], "We tried everything");
	cr_assert_str_eq(g.text[1], "but the rain beat us.");
	cr_assert_str_eq(g.speaker[0], "Tom Baker");
	cr_assert_str_eq(g.speaker[1], "Tom Baker");
}

Test(paragraphs, quote_runs_over)
{
	struct got g;

	run_doc(
	    "Dr. Sara Kim, who led the study, said: \"The results were clear from the first month.\n\n"
	    "\"We saw fewer infections in every age group. That surprised us.\"\n\n"
	    "The study will be published in May.\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 2);
	cr_assert_str_eq(g.speaker[0], "Sara Kim");
	cr_assert_str_eq(g.speaker[1], "Sara Kim");
	cr_assert_str_eq(g.text[1],
	    "We saw fewer infections in every age group. That surprised us.");
}

/* The core segmenter's rules decide the sentences: an abbreviation ends
 * one before a sentence starter, and a name does not run on into the next
 * sentence ("the U.S. She"). */
Test(sentences, abbreviation_ends_sentence)
{
	expect1(
	    "Governor Ruth Adler flew to the U.S. She met Tom Reed there. \"We have agreed on a plan for the whole region.\"\n",
	    "We have agreed on a plan for the whole region.", "Ruth Adler");
	expect1(
	    "Tom Reed met Governor Ruth Adler in the U.S. on Friday. \"We have agreed on a plan for the whole region.\"\n",
	    "We have agreed on a plan for the whole region.", "Tom Reed");
}

/* After a quotation ending in a full stop, an opening bracket starts a new
 * sentence: a gloss ("((hu))Hungarian language: …") is no part of it. */
Test(sentences, bracket_after_quotation)
{
	expect1(
	    "Commissioner Gaspar Maroth noted, \"the army modernization does not just cover buying hardware.\" ((hu))Hungarian language: a \"vas\" ma.\n",
	    "the army modernization does not just cover buying hardware.",
	    "Gaspar Maroth");
}

Test(kinds, partial_and_headline)
{
	struct got g;

	run_doc(
	    "Minister says cuts \"will not touch hospitals\"\n\nHealth minister Omar Said promised that the cuts \"will not touch hospitals\".\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 2);
	cr_assert_eq(g.kind[0], QP_HEADLINE);
	cr_assert_eq(g.kind[1], QP_PARTIAL);
	cr_assert_str_eq(g.speaker[1], "Omar Said");
}

Test(not_quotes, scare_quotes)
{
	expect_none(
	    "The company calls the layoffs a \"restructuring\", and its new \"smart\" meters have been criticised.\n");
}

Test(not_quotes, title_of_work)
{
	expect_none(
	    "The film \"Long Road Home\" opened on Friday in 300 cinemas.\n");
}

Test(not_quotes, name_after_called)
{
	expect_none(
	    "The university hosted a program called \"Learning Together\" at the hall.\n");
}

Test(not_quotes, gloss_in_brackets)
{
	expect_none(
	    "One million people marched against Brexit (\"British exit\") on Saturday.\n");
}

Test(engine, reset_forgets_names)
{
	struct qp_engine *e = qp_new();
	const struct qp_quote *q;
	const char *a = "Huawei founder Ren Zhengfei spoke in Shenzhen.\n";
	const char *b = "\"We will survive,\" Ren said.\n";

	qp_paragraph(e, (const unsigned char *)a, strlen(a), NULL, 0, &q);
	qp_reset(e);
	cr_assert_eq(
	    qp_paragraph(e, (const unsigned char *)b, strlen(b), NULL, 0, &q),
	    1);
	cr_assert_str_eq(q[0].speaker, "Ren");
	qp_free(e);
}

Test(engine, offsets_include_marks)
{
	struct got g;

	run_doc("\"It was terrifying,\" one passenger told the BBC.\n", &g,
	    NULL, 0);
	cr_assert_eq(g.n, 1);
	cr_assert_eq(g.start[0], 0);
	cr_assert_eq(g.end[0], 20);
	cr_assert_str_eq(g.speaker[0], "one passenger");
	cr_assert_str_eq(g.cue[0], "told");
}

Test(engine, empty_and_binary)
{
	struct qp_engine *e = qp_new();
	const struct qp_quote *q;
	const unsigned char junk[] = "\"\xff\xfe\0\"'\"\xe2\x80\x9c\xe2\x80";

	cr_assert_eq(
	    qp_paragraph(e, (const unsigned char *)"", 0, NULL, 0, &q), 0);
	qp_paragraph(e, junk, sizeof junk - 1, NULL, 0, &q);
	qp_free(e);
}

Test(not_quotes, sentence_initial_words_are_not_speakers)
{
	struct got g;

	run_doc(
	    "So I thought about it for a long time before I answered. \"No, I should not do it for free,\" she added.\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 1);
	cr_assert_str_neq(g.speaker[0], "So");
	cr_assert_str_neq(g.speaker[0], "So I");
}

Test(not_quotes, group_name_after_of)
{
	struct got g;

	run_doc(
	    "Mia Stone of \"Safe Streets Now\", a walking charity, told the paper \"the crossings are dangerous\".\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 1);
	cr_assert_str_eq(g.text[0], "the crossings are dangerous");
	cr_assert_str_eq(g.speaker[0], "Mia Stone");
}

Test(not_quotes, capitalised_banner_text)
{
	expect_none(
	    "The bus carried banners which mentioned \"Spring Harvest Festival Week\".\n");
}

Test(not_quotes, title_with_short_lower_case_words)
{
	expect_none(
	    "Kim says her club, \"Run Fast, They Can't Catch All of Us\", began as a joke.\n");
}

/* ---- marks of other languages and markup ---- */

Test(marks, german_low_and_high)
{
	expect1(
	    "Merkel said: \xe2\x80\x9eWe are satisfied.\xe2\x80\x9c The talks ended on "
	    "Monday.\n",
	    "We are satisfied.", "Merkel");
}

Test(marks, guillemets_trimmed)
{
	expect1("Anne Roy said: \xc2\xab We will win the vote. \xc2\xbb\n",
	    "We will win the vote.", "Anne Roy");
	expect1(
	    "Anne Roy said: \xc2\xab\xe2\x80\xafWe will win the vote.\xe2\x80\xaf\xc2\xbb\n",
	    "We will win the vote.", "Anne Roy");
}

Test(marks, cjk_corner_brackets)
{
	expect1(
	    "Mayor Ken Sato said \xe3\x80\x8cThe new bridge opens in May.\xe3\x80\x8d\n",
	    "The new bridge opens in May.", "Ken Sato");
}

Test(marks, markup_attributes_are_no_text)
{
	expect1(
	    "<a href=\"https://example.com/a.b?x=1\">Tim Cook</a> said \"We are "
	    "proud of this product.\"\n",
	    "We are proud of this product.", "Tim Cook");
	expect_none(
	    "<img src=\"a.png\" alt=\"The winners of the county fair\"/>\n");
}

Test(marks, nickname_inside_a_name)
{
	expect1(
	    "Johnny \"Shorty\" Smith said \"We will keep going until the end.\"\n",
	    "We will keep going until the end.", "Johnny Smith");
}

/* ---- news forms ---- */

Test(forms, short_follow_on_quote)
{
	struct got g;

	run_doc("\"We won,\" Mary Smith said. \"It's over.\"\n", &g, NULL, 0);
	cr_assert_eq(g.n, 2);
	cr_assert_str_eq(g.text[1], "It's over.");
	cr_assert_str_eq(g.speaker[1], "Mary Smith");
	run_doc(
	    "\"We won,\" Mary Smith said.\n\n\"It's over.\"\n", &g, NULL, 0);
	cr_assert_eq(g.n, 2);
	cr_assert_str_eq(g.speaker[1], "Mary Smith");
}

Test(forms, trailing_dash_attribution)
{
	expect1("\"We will appeal.\" \xe2\x80\x94 Commissioner Ann Lee\n",
	    "We will appeal.", "Ann Lee");
	/* title words of their own before the name, an aside after it */
	expect_speaker("The bank will close ten branches.\n\n\"We waited "
	               "too long to change.\" \xe2\x80\x94 Chief "
	               "economist Omar Haddad, in a letter to staff\n",
	    1, 0, "Omar Haddad");
}

Test(forms, colon_before_the_next_paragraph)
{
	struct got g;

	run_doc("From Chairwoman Ann Lee:\n\n\"We will appeal the ruling.\"\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 1);
	cr_assert_str_eq(g.speaker[0], "Ann Lee");
	run_doc(
	    "In a letter to members, union head Tom Ash wrote:\n\n\"The strike goes on "
	    "until the talks resume.\"\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 1);
	cr_assert_str_eq(g.speaker[0], "Tom Ash");
}

Test(forms, quotation_running_on_without_an_opening_mark)
{
	struct got g;

	run_doc(
	    "Rita Vance wrote to the board: \"Please tell the members that I will stand "
	    "down.\n\nI have served for ten years and it is time.\"\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 2);
	cr_assert_str_eq(
	    g.text[1], "I have served for ten years and it is time.");
	cr_assert_str_eq(g.speaker[1], "Rita Vance");
}

/* "A: …" answers are the one interviewed, also after more "Q: …" turns
 * than the name was written, when a question's quotation made "Q" a
 * speaker */
Test(forms, answers_after_many_questions)
{
	const char *doc =
	    "Chef Lina Okoro talked to us about her bakery.\n\nQ: When do "
	    "you start?\n\nA: At four, every day.\n\nQ: One reviewer "
	    "called the shop \"a love letter to bread\". Does that "
	    "fit?\n\nA: The dough needs time.\n\nQ: Do you rest?\n\nA: On "
	    "Mondays.\n\nQ: And next?\n\nA: A second shop, I hope.\n";

	expect_speaker(doc, 5, 2, "Lina Okoro");
	expect_speaker(doc, 5, 4, "Lina Okoro");
}

Test(forms, interview_turns)
{
	struct got g;

	run_doc(
	    "Wikinews spoke with biologist Nora Greve.\n\nQ: What did you find?\n\n"
	    "Nora Greve: The birds come back each spring.\n\nQ: Why?\n\n"
	    "NG: The food is there.\n\nA: And the nests are safe.\n",
	    &g, NULL, 0);
	cr_assert_eq(g.n, 3);
	cr_assert_str_eq(g.text[0], "The birds come back each spring.");
	cr_assert_str_eq(g.speaker[0], "Nora Greve");
	cr_assert_str_eq(g.speaker[1], "Nora Greve");
	cr_assert_str_eq(g.speaker[2], "Nora Greve");
	expect_none("Note: the figures are from May.\n");
	/* the interviewer's label: its questions are no quotations */
	expect_speaker("Wikinews spoke with biologist Nora Greve.\n\nWikinews: "
	               "What did you find?\n\nNora Greve: The birds come "
	               "back each spring.\n\nWikinews: Why?\n\nNora Greve: "
	               "The food is there all year.\n",
	    2, 1, "Nora Greve");
}

Test(not_quotes, so_called_term)
{
	expect_none("The so-called \"border deal\" was signed on Monday.\n");
}

/* ---- from the first blind batch of issue 19, in our own words ---- */

Test(marks, straight_mark_between_space_and_comma_closes)
{
	expect1(
	    "\"I heard them say 'we have a drummer' \", he recalled. Ben Ray agreed.\n",
	    "I heard them say 'we have a drummer'", "");
	expect_speaker(
	    "Ben Ray spoke first.\n\n\"I heard them say 'we have a drummer' \", he "
	    "recalled.\n",
	    1, 0, "Ben Ray");
}

Test(not_quotes, terms_and_titles)
{
	expect_none("The term \"natural born citizen\" is not defined.\n");
	expect_none(
	    "The magazine named her its \"Person of the Year\" on Monday.\n");
	expect_none(
	    "Fans could catch \"Old Town Walks\", and \"Late Night Tales Of Cats.\"\n");
	expect_none(
	    "When Ann Lee tweeted that the plan would fail, the site placed a note "
	    "\"fact checking\" the tweet.\n");
}

Test(forms, interviewer_quoting_the_interviewee)
{
	expect_speaker(
	    "Wikinews interviewed candidate Adam Cole. Cole runs for the Senate.\n\n"
	    "((WN)) On your website you state \"All the troops will come home.\" What "
	    "do you mean by that?\n",
	    1, 0, "Adam Cole");
}

Test(not_quotes, title_case_words_with_a_cue_are_a_quote)
{
	expect1(
	    "\"Three in July,\" said Ann Lee.\n", "Three in July", "Ann Lee");
}

/* The run scanner of common/token.h that quotepull's tokenizer uses: runs
 * shorter and longer than its sixteen-byte step, one ending on the step,
 * a non-ASCII letter ending the ASCII run. */
Test(tokens, ascii_run_scanner)
{
	static const struct {
		const char *s;
		size_t end;
	} c[] = {
		{ "Smith's office", 5 },
		{ "2013-05-09", 4 },
		{ "NATO", 4 },
		{ "Abcdefghijklmno1 x", 16 },
		{ "ABCDEFGHIJKLMNOPQRSTUVWxyz0123456789 tail", 36 },
		{ "Zo\xc3\xab", 2 },
		{ "@x", 0 },
		{ "[`{/:", 0 },
	};

	for (size_t k = 0; k < sizeof c / sizeof *c; k++) {
		const unsigned char *s = (const unsigned char *)c[k].s;

		cr_expect_eq(tok_ascii_run_end(s, strlen(c[k].s), 0), c[k].end,
		    "%s", c[k].s);
	}
}

/* Paragraphs that can give no quotation may be read later or never
 * (qp_no_quotes): say so only when surely so. */
Test(later, no_quotes_only_when_sure)
{
	static const char *const none[] = {
		"The mayor met Carrie Lam on Monday.",
		"She didn't say, and O'Neill's office won't either.",
		"It\xE2\x80\x99s over, the council\xE2\x80\x99s report says.",
		"The plan was approved at 6:30 on Friday by the city council.",
	};
	static const char *const maybe[] = {
		"He called it \"lousy\".",
		"The players' union met.",
		"In the 1990's the plant closed.",
		"A 3-D's effect.",
		"Jane Doe: We will appeal.",
		"A: We will.",
		"Merkel said: \xE2\x80\x9EWe are satisfied.\xE2\x80\x9C",
		"\xC2\xAB Nous gagnerons. \xC2\xBB",
		"See <a href=x>here</a>.",
		"'Tis the season.",
	};

	for (size_t i = 0; i < sizeof none / sizeof *none; i++)
		cr_expect(qp_no_quotes(
		              (const unsigned char *)none[i], strlen(none[i])),
		    "%s", none[i]);
	for (size_t i = 0; i < sizeof maybe / sizeof *maybe; i++)
		cr_expect(!qp_no_quotes((const unsigned char *)maybe[i],
		              strlen(maybe[i])),
		    "%s", maybe[i]);
}

/* What qp_no_quotes lets through gives no quotation indeed. */
Test(later, no_quotes_gives_none)
{
	static const char *const paras[] = {
		"The mayor met Carrie Lam on Monday.",
		"She didn't say, and O'Neill's office won't either.",
		"Results: the council voted, the mayor said, five to four.",
	};

	for (size_t i = 0; i < sizeof paras / sizeof *paras; i++)
		if (qp_no_quotes(
		        (const unsigned char *)paras[i], strlen(paras[i])))
			expect_none(paras[i]);
}

/* A short first turn of an interview, by a person named before; a
 * picture's credit is none. */
Test(forms, short_first_turn)
{
	expect_speaker("The interview with Mark Hill, the mayor.\n\nHill: "
	               "Yes.\n\nQ: What now?\n\nHill: We wait.",
	    2, 0, "Mark Hill");
	expect_none("Keisha Lee Image: Jo Smith.");
	expect_none("Mark Hill met the council.\n\nHill: file photo");
}

/* Q:/A: turns where the document names nobody: the answers are quotes
 * with no speaker, the questions none. */
Test(forms, answer_turns_with_no_name)
{
	expect_speaker("Q: What happens now?\n\nA: We wait for the court.\n\n"
	               "Q: And then?\n\nA: Then we appeal.",
	    2, 1, "");
}

/* "I say, "…"" with no turn label: the person the document is about */
Test(forms, first_person_without_a_label)
{
	expect1("Wikinews interviewed presidential candidate Jo Smith about "
	        "her campaign.\n\nI am counting on my base because they "
	        "know me.\n\nTo voters, I say, \"Vote for change.\"\n",
	    "Vote for change.", "Jo Smith");
}

/* names and titles in apposition to the noun that names them, or after
 * "titled", however long */
Test(not_quotes, names_after_their_nouns)
{
	expect_none("Ann Lee, the mayor, launched a campaign, \"Keep our "
	            "streets clean and safe\", on Monday.\n");
	expect_none("The school was founded in 1901. Its motto is \"Never give "
	            "up.\"\n");
	expect_none(
	    "Ann Lee wrote an essay titled \"Why we must act now on the "
	    "climate\" for the newspaper.\n");
	/* a quotation after a noun with a speech verb is still one */
	expect1("Ann Lee, the mayor, said of the campaign: \"It is working "
	        "already.\"\n",
	    "It is working already.", "Ann Lee");
}

/* "Those were the words of X" credits the quotation before it */
Test(forms, words_of_after_the_quotation)
{
	expect1("\"We will not give up on this town.\" Those were the words "
	        "of Mayor Tom Baker as the floods rose.\n",
	    "We will not give up on this town.", "Tom Baker");
	expect1("Ann Lee spoke first.\n\n\"We will rebuild every house.\" "
	        "These are the last words of Tom Baker, the mayor.\n",
	    "We will rebuild every house.", "Tom Baker");
}

/* "what X called "…"" quotes X; a title between two capitalised words of
 * a headline is part of a name */
Test(not_quotes, what_x_called_is_a_quotation)
{
	expect1("We had to clear what Dr. Ann Lee called \"the rubble of the "
	        "old system\" first.\n",
	    "the rubble of the old system", "Ann Lee");
	expect1("Leaders spoke of what Ann Lee, head of the Nurses Council, "
	        "called \"a public health emergency\" in the region.\n",
	    "a public health emergency", "Ann Lee");
	expect_none("A program called \"Learning Together\" was launched.\n");
	/* a long title: more capitals */
	expect_none(
	    "The council released a new resource, \"Guidebook to the "
	    "Flood Relief Act and Its Grants for Farmers in the Northern "
	    "Valleys,\" which explains the rules.\n");
	expect_none("Ann Lee Opens First-Ever \"Teachers of the Year\" Gala\n\n"
	            "Ann Lee opened the gala on Monday.\n");
}

/* "Statement from Mayor Ann Lee: "…"" */
Test(forms, heading_naming_the_speaker_before_a_colon)
{
	expect1("The mayor named a new police chief today.\n\nStatement from "
	        "Mayor Ann Lee: \"Tom Baker has served this city well.\"\n",
	    "Tom Baker has served this city well.", "Ann Lee");
}

/* '"…," as Lee says': the comma inside the marks */
Test(forms, as_x_says_after_a_comma_inside_the_marks)
{
	expect1("We thank them for their work to \"hold the line,\" as Ann "
	        "Lee so often says.\n",
	    "hold the line", "Ann Lee");
}
