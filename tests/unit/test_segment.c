/* Unit tests: common/segment -- one case per rule, each with the text it
 * is for */
#include <criterion/criterion.h>
#include <string.h>

#include "markup.h"
#include "segment.h"

static void
check_sg(const struct segmenter *sg, const char *text, const char *const *want,
    size_t n)
{
	struct spanvec sv = { NULL, 0, 0 };
	struct view v = { 0 };

	view_build(&v, (const unsigned char *)text, strlen(text), 0);
	segment(sg, v.text, v.len, v.pairs, v.npairs, &sv);
	cr_assert_eq(sv.n, n, "\"%s\": %zu sentences, want %zu", text, sv.n, n);
	for (size_t i = 0; i < n; i++) {
		size_t l = sv.v[i].end - sv.v[i].start;
		cr_assert(l == strlen(want[i]) &&
		        memcmp(v.text + sv.v[i].start, want[i], l) == 0,
		    "\"%s\": sentence %zu is \"%.*s\", want \"%s\"", text, i,
		    (int)l, (const char *)v.text + sv.v[i].start, want[i]);
	}
	spanvec_free(&sv);
	view_free(&v);
}

/* SPLIT(text, sentences...); SPLIT_Q the same with -Q (keep_quotes) */
#define SPLIT_SG(q, s, ...)                                                    \
	do {                                                                   \
		static const char *const w[] = { __VA_ARGS__ };                \
		const struct segmenter sg = { NULL, q };                       \
		check_sg(&sg, s, w, sizeof w / sizeof w[0]);                   \
	} while (0)
#define SPLIT(s, ...) SPLIT_SG(0, s, __VA_ARGS__)
#define SPLIT_Q(s, ...) SPLIT_SG(1, s, __VA_ARGS__)

Test(segment, simple)
{
	SPLIT("Hello World. My name is Jonas.", "Hello World.",
	    "My name is Jonas.");
	SPLIT("What is your name? My name is Jonas.", "What is your name?",
	    "My name is Jonas.");
	SPLIT("There it is! I found it.", "There it is!", "I found it.");
	SPLIT("  Padded.  ", "Padded.");
}

Test(segment, titles_and_initials)
{
	SPLIT("My name is Jonas E. Smith.", "My name is Jonas E. Smith.");
	SPLIT("Dr. Smith met Mr. Jones at St. Mary's.",
	    "Dr. Smith met Mr. Jones at St. Mary's.");
	SPLIT("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.");
	SPLIT(
	    "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
	    "We make a good team, you and I.",
	    "Did you see Albert I. Jones yesterday?");
	SPLIT("Please turn to p. 55.", "Please turn to p. 55.");
	SPLIT("He is No. 5 in line.", "He is No. 5 in line.");
	SPLIT("See Sect. 4 and Eq. 2 for the proof.",
	    "See Sect. 4 and Eq. 2 for the proof.");
	SPLIT("They formed a sect. Others left.", "They formed a sect.",
	    "Others left.");
	SPLIT("The Drs. Lee run the clinic.", "The Drs. Lee run the clinic.");
}

Test(segment, company_and_country_abbreviations)
{
	SPLIT("They closed the deal with Pitt, Briggs & Co. at noon.",
	    "They closed the deal with Pitt, Briggs & Co. at noon.");
	SPLIT(
	    "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
	    "They closed the deal with Pitt, Briggs & Co.",
	    "It closed yesterday.");
	SPLIT("I live in the U.S. How about you?", "I live in the U.S.",
	    "How about you?");
	SPLIT("I have lived in the U.S. for 20 years.",
	    "I have lived in the U.S. for 20 years.");
	SPLIT("I visited the U.S.A. last year.",
	    "I visited the U.S.A. last year.");
	SPLIT("Apple Inc. and IBM Corp. agreed on Jan. 5.",
	    "Apple Inc. and IBM Corp. agreed on Jan. 5.");
}

Test(segment, numbers)
{
	SPLIT("She has $100.00 in her bag.", "She has $100.00 in her bag.");
	SPLIT("Growth was 3.5 percent. It slowed.", "Growth was 3.5 percent.",
	    "It slowed.");
	SPLIT("It ended in 2010. 15 people died.", "It ended in 2010.",
	    "15 people died.");
}

Test(segment, quotes_and_brackets)
{
	SPLIT("She turned to him, \"This is great.\" she said.",
	    "She turned to him, \"This is great.\" she said.");
	SPLIT(
	    "He left. \"Why?\" she asked.", "He left.", "\"Why?\" she asked.");
	SPLIT("He said, “It's over.” Then he left.", "He said, “It's over.”",
	    "Then he left.");
	SPLIT(
	    "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
	    "He teaches science (He previously worked for 5 years as an engineer.) at the local University.");
	SPLIT("He went to Harrow. [6] Later he left.", "He went to Harrow. [6]",
	    "Later he left.");
}

Test(segment, punctuation_runs)
{
	SPLIT("Hello!! Long time no see.", "Hello!!", "Long time no see.");
	SPLIT("Hello!? Is that you?", "Hello!?", "Is that you?");
	SPLIT("She works at Yahoo! in the accounting department.",
	    "She works at Yahoo! in the accounting department.");
}

Test(segment, ellipses)
{
	SPLIT(
	    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
	    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.");
	SPLIT(
	    "indicate the end of the sentence with a period . . . . Next sentence.",
	    "indicate the end of the sentence with a period . . . .",
	    "Next sentence.");
	SPLIT("I never meant that.... She left the store.",
	    "I never meant that....", "She left the store.");
}

Test(segment, lists)
{
	SPLIT("1.) The first item 2.) The second item", "1.) The first item",
	    "2.) The second item");
	SPLIT("1) The first item 2) The second item", "1) The first item",
	    "2) The second item");
	SPLIT("1. The first item 2. The second item", "1. The first item",
	    "2. The second item");
	SPLIT("• 9. The first item • 10. The second item",
	    "• 9. The first item", "• 10. The second item");
	SPLIT("a. The first item b. The second item c. The third list item",
	    "a. The first item", "b. The second item",
	    "c. The third list item");
	/* an enumeration inside a sentence, items in lower case */
	SPLIT("You can either 1) wait or 2) call again.",
	    "You can either 1) wait or 2) call again.");
	SPLIT("Two options: a) rent a car, b) take the bus.",
	    "Two options: a) rent a car, b) take the bus.");
	/* a label's number is no marker */
	SPLIT("Step 1. Open the lid. Step 2. Pour the water.", "Step 1.",
	    "Open the lid.", "Step 2.", "Pour the water.");
	SPLIT("1. Apples 2. Pears", "1. Apples", "2. Pears");
}

Test(segment, urls_and_email)
{
	SPLIT(
	    "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
	    "The site is: https://www.example.50.com/new-site/awesome_content.html.",
	    "Please check it out.");
	SPLIT("Write to jo.smith@example.org. We answer.",
	    "Write to jo.smith@example.org.", "We answer.");
}

Test(segment, other_scripts)
{
	SPLIT("你好。我很好！谢谢？", "你好。", "我很好！", "谢谢？");
	SPLIT("यह एक वाक्य है। यह दूसरा है।", "यह एक वाक्य है।", "यह दूसरा है।");
	SPLIT("هل أنت بخير؟ نعم.", "هل أنت بخير؟", "نعم.");
}

Test(segment, no_break_inside_markup)
{
	SPLIT("<QUOTE speaker=\"A\">One. Two.</QUOTE> Three.", "One. Two.",
	    "Three.");
	SPLIT("<PER>Ren</PER> left. <ORG>Huawei</ORG> grew.", "Ren left.",
	    "Huawei grew.");
}

Test(segment, headline_without_stop)
{
	SPLIT("Education and early loves", "Education and early loves");
}

Test(segment, web_text)
{
	/* lower-case starts after a plain word, not after an abbreviation */
	SPLIT("It is expensive. anybody can go.", "It is expensive.",
	    "anybody can go.");
	SPLIT("Apples, pears, etc. and more.", "Apples, pears, etc. and more.");
	SPLIT("what should i do? i dont know.", "what should i do?",
	    "i dont know.");
	SPLIT("Thanks for reading! :) See you.", "Thanks for reading! :)",
	    "See you.");
	SPLIT("It was fun... I went home.", "It was fun...", "I went home.");
}

/* a question or exclamation mark before an aside in brackets that opens
 * in lower case ends its sentence, but not after a name */
Test(segment, aside_in_lower_case_after_a_question)
{
	SPLIT("The fries were a nice touch! (other dishes were bland)",
	    "The fries were a nice touch!", "(other dishes were bland)");
	SPLIT("Can I renew it online? (the form asks for a code.)",
	    "Can I renew it online?", "(the form asks for a code.)");
	SPLIT("She works at Yahoo! (now part of a fund) in sales.",
	    "She works at Yahoo! (now part of a fund) in sales.");
	SPLIT("He asked \"why?\" (in a low voice) and left.",
	    "He asked \"why?\" (in a low voice) and left.");
}

/* an emoticon after a terminator stays with its sentence, and a word in
 * lower case after it starts the next; after a word it ends nothing */
Test(segment, lower_case_after_an_emoticon)
{
	SPLIT("The cake was good. :) next time I bring a friend.",
	    "The cake was good. :)", "next time I bring a friend.");
	SPLIT("We won! :D the whole team came.", "We won! :D",
	    "the whole team came.");
	SPLIT("See you at noon :) and bring the map.",
	    "See you at noon :) and bring the map.");
}

/* a full stop set apart by a space after a word in lower case ends
 * its sentence before a word in lower case too */
Test(segment, spaced_full_stop_before_lower_case)
{
	SPLIT("The staff was friendly . if you go, ask for Sam.",
	    "The staff was friendly .", "if you go, ask for Sam.");
	SPLIT("It was cheap . The food was fine.", "It was cheap .",
	    "The food was fine.");
	SPLIT("Take the 7 . it stops here.", "Take the 7 . it stops here.");
}

/* an exclamation mark after a word in capitals ends its sentence
 * before a word in lower case; after a name it does not */
Test(segment, shouted_word_before_lower_case)
{
	SPLIT("The line was an hour long. NOPE! we went home.",
	    "The line was an hour long.", "NOPE!", "we went home.");
	SPLIT("He works at Yahoo! in sales.", "He works at Yahoo! in sales.");
	SPLIT("Ask for A! and B!", "Ask for A! and B!");
}

/* a URL after a terminator starts a sentence, closers or not */
Test(segment, url_after_a_terminator)
{
	SPLIT("More on the site... http://example.org/faq",
	    "More on the site...", "http://example.org/faq");
	SPLIT("She called it \"a fine day.\" www.example.org/day",
	    "She called it \"a fine day.\"", "www.example.org/day");
	SPLIT("See the map (page 2.) https://example.org/map",
	    "See the map (page 2.)", "https://example.org/map");
}

/* a postscript's mark ends no sentence */
Test(segment, postscript_mark)
{
	SPLIT("See you soon. P.S. By the way, bring a coat.", "See you soon.",
	    "P.S. By the way, bring a coat.");
	SPLIT("Great shop. PS. Love the new logo.", "Great shop.",
	    "PS. Love the new logo.");
	SPLIT("Call me. p.s. Please bring the keys.", "Call me.",
	    "p.s. Please bring the keys.");
}

Test(segment, citations_and_initial_chains)
{
	SPLIT("They married in 2014. [17] [18] [19] They have two daughters.",
	    "They married in 2014. [17] [18] [19]", "They have two daughters.");
	SPLIT("It was found in Rome. [citation needed] Later it moved.",
	    "It was found in Rome. [citation needed]", "Later it moved.");
	SPLIT("He was described by W. W. Rouse Ball as great.",
	    "He was described by W. W. Rouse Ball as great.");
	SPLIT("Miriam R. L. Petruck spoke.", "Miriam R. L. Petruck spoke.");
}

Test(segment, headline_lines_in_a_wrapped_paragraph)
{
	SPLIT(
	    "Pelosi elected Speaker\nFriday, January 4, 2019\nNancy Pelosi yesterday resumed the office of Speaker of the House, being\nvoted into the position by the incoming Congress.",
	    "Pelosi elected Speaker", "Friday, January 4, 2019",
	    "Nancy Pelosi yesterday resumed the office of Speaker of the House, being\nvoted into the position by the incoming Congress.");
	/* a wrapped line ending before a name is no headline */
	SPLIT(
	    "The new members of the House of Representatives voted for Speaker\nNancy Pelosi with 220 votes on Thursday afternoon in Washington.",
	    "The new members of the House of Representatives voted for Speaker\nNancy Pelosi with 220 votes on Thursday afternoon in Washington.");
}

/* a headline and its dateline, or a caption and its credit, in one
 * paragraph with no full stop between them */
Test(segment, dateline_and_credit_in_one_paragraph)
{
	SPLIT("Ferry service resumes across the bay Tuesday, March 3, 2015",
	    "Ferry service resumes across the bay", "Tuesday, March 3, 2015");
	SPLIT("Wednesday, June 10, 2020 Officials opened the new bridge.",
	    "Wednesday, June 10, 2020", "Officials opened the new bridge.");
	/* a date tied to the words before it, or after a comma, stays */
	SPLIT("The notice was posted on Friday, May 1, 2015",
	    "The notice was posted on Friday, May 1, 2015");
	SPLIT("The council will meet again, Friday, May 1, 2015",
	    "The council will meet again, Friday, May 1, 2015");
	SPLIT("The council met. Friday, May 1, 2015", "The council met.",
	    "Friday, May 1, 2015");
	/* only a date in full */
	SPLIT("The council meets Friday, May 1",
	    "The council meets Friday, May 1");
	SPLIT("A heron on the lake shore Image: Jane Doe.",
	    "A heron on the lake shore", "Image: Jane Doe.");
	SPLIT("The old mill at dusk. Photo: City archive.",
	    "The old mill at dusk.", "Photo: City archive.");
	SPLIT("We looked at the image: a blurred shape.",
	    "We looked at the image: a blurred shape.");
	SPLIT("Her caption read, Photo: me.", "Her caption read, Photo: me.");
}

/* a place's dateline and a dash opening a news paragraph: a sentence of
 * its own */
Test(segment, place_dateline_before_a_dash)
{
	SPLIT("Bendigo, Victoria, Australia - On Monday the mill closed. Staff "
	      "left.",
	    "Bendigo, Victoria, Australia -", "On Monday the mill closed.",
	    "Staff left.");
	SPLIT("TOPEKA, Kan. -- Two bridges reopened.", "TOPEKA, Kan. --",
	    "Two bridges reopened.");
	SPLIT("OSLO (NTB) \xE2\x80\x94 Fares rose in May.",
	    "OSLO (NTB) \xE2\x80\x94", "Fares rose in May.");
	SPLIT("Nuuk, Greenland \xE2\x80\x93 \"We are ready,\" she said.",
	    "Nuuk, Greenland \xE2\x80\x93", "\"We are ready,\" she said.");
	/* one name before a dash is too often something else */
	SPLIT("FYI - The file is attached.", "FYI - The file is attached.");
	SPLIT("Pool B - Ghana beat Peru.", "Pool B - Ghana beat Peru.");
	/* a heading, with no sentence's end */
	SPLIT("Quito, Ecuador - A Walking Tour",
	    "Quito, Ecuador - A Walking Tour");
	/* words in lower case, or nothing capitalised after the dash */
	SPLIT("Bread, milk and eggs - That was all.",
	    "Bread, milk and eggs - That was all.");
	SPLIT("Bendigo, Victoria - the mill closed.",
	    "Bendigo, Victoria - the mill closed.");
	/* only where the paragraph opens */
	SPLIT("It was cold. Bendigo, Victoria - The mill closed.",
	    "It was cold.", "Bendigo, Victoria - The mill closed.");
}

/* a dash and a name closing the paragraph: the author of what precedes */
Test(segment, attribution_after_the_last_sentence)
{
	SPLIT("It was a long season. \"We will be back next year.\" - Ann Lee",
	    "It was a long season.",
	    "\"We will be back next year.\" - Ann Lee");
	SPLIT("Keep going. \xE2\x80\x94 Ann Lee",
	    "Keep going. \xE2\x80\x94 Ann Lee");
	/* not before words in lower case, nor where the paragraph goes on */
	SPLIT("It rained. \xE2\x80\x94 Then it stopped.", "It rained.",
	    "\xE2\x80\x94 Then it stopped.");
	SPLIT("It rained. - Ann Lee said so.", "It rained.",
	    "- Ann Lee said so.");
}

Test(segment, forced_start_skips_white_space)
{
	/* found by fuzz_segment: a headline line before a line that opens
	 * with white space */
	SPLIT(
	    "Short head\n U.S. stocks rose today on the news from the Fed in Washington.",
	    "Short head",
	    "U.S. stocks rose today on the news from the Fed in Washington.");
}

/* sent_boundary_at: the decision at one candidate, as quotepull asks it */
static int
boundary(const char *text, const char *at, size_t *next, size_t *end)
{
	struct segmenter sg = { NULL };
	const char *p = strstr(text, at);

	cr_assert(p != NULL);
	return sent_boundary_at(&sg, (const unsigned char *)text, strlen(text),
	    0, (size_t)(p - text), next, end);
}

Test(segment, boundary_at_one_candidate)
{
	size_t next, end;

	/* an abbreviation before a sentence starter */
	cr_assert_eq(
	    boundary("I live in the U.S. How about you?", ". How", &next, &end),
	    1);
	cr_assert_eq(next, 18);
	cr_assert_eq(end, 18);
	/* a title */
	cr_assert_eq(boundary("Dr. Smith came.", ". Smith", &next, &end), 0);
	cr_assert_eq(next, 3);
	/* closers belong to the sentence */
	cr_assert_eq(
	    boundary("\"It is over.\" Smith left.", ".\"", &next, &end), 1);
	cr_assert_eq(next, 12);
	cr_assert_eq(end, 13);
	/* a question in quotes before a lower-case word */
	cr_assert_eq(boundary("\"Why?\" she asked.", "?", &next, &end), 0);
	/* the run is one candidate: "?!", an ellipsis */
	cr_assert_eq(boundary("Really?! Yes.", "?!", &next, &end), 1);
	cr_assert_eq(next, 8);
	cr_assert_eq(
	    boundary("what I mean... well, no.", "...", &next, &end), 0);
	cr_assert_eq(next, 14);
	/* no terminator there: the scan goes on after the character */
	cr_assert_eq(boundary("a, b", ",", &next, &end), 0);
	cr_assert_eq(next, 2);
}

/* The segmenter reads "It’s" as "It's": the same boundaries. */
Test(segment, typographic_apostrophes)
{
	SPLIT("He joined Apple Inc. It’s a big firm.", "He joined Apple Inc.",
	    "It’s a big firm.");
	SPLIT("He joined Apple Inc. It's a big firm.", "He joined Apple Inc.",
	    "It's a big firm.");
	SPLIT("they’re gone. nobody’s home", "they’re gone.", "nobody’s home");
}

/* a.m. and p.m. end a sentence before a capitalised word that is no day,
 * month or time zone */
Test(segment, time_abbreviations)
{
	SPLIT("The vote was at 3 p.m. Sen. Warren replied.",
	    "The vote was at 3 p.m.", "Sen. Warren replied.");
	SPLIT("They met at 10 a.m. Officials said little.",
	    "They met at 10 a.m.", "Officials said little.");
	SPLIT("The store shuts at 9 P.M. Staff go home.",
	    "The store shuts at 9 P.M.", "Staff go home.");
	SPLIT("Kickoff is at 7 p.m. ET on Friday.",
	    "Kickoff is at 7 p.m. ET on Friday.");
	SPLIT("The hearing is at 2 p.m. Monday in Room 4.",
	    "The hearing is at 2 p.m. Monday in Room 4.");
	SPLIT("Doors open at 6 p.m. Eastern time.",
	    "Doors open at 6 p.m. Eastern time.");
	SPLIT("It starts at 8 a.m. and ends at noon.",
	    "It starts at 8 a.m. and ends at noon.");
}

/* "No." is a number sign before a figure and a word elsewhere */
Test(segment, number_signs)
{
	SPLIT("She was ranked No. 1. The next was No. 2 on the list.",
	    "She was ranked No. 1.", "The next was No. 2 on the list.");
	SPLIT("See nos. 7 and 8 and pp. 12-14 for more.",
	    "See nos. 7 and 8 and pp. 12-14 for more.");
	SPLIT("The answer was no. Then the talks ended.", "The answer was no.",
	    "Then the talks ended.");
	SPLIT("He took the No. #4 bus home.", "He took the No. #4 bus home.");
	SPLIT("Call Ann Lee on ext. 4410 today.",
	    "Call Ann Lee on ext. 4410 today.");
}

/* a period closed by a quotation mark, then a capital */
Test(segment, quoted_endings)
{
	SPLIT("She said \"No.\" Then she left.", "She said \"No.\"",
	    "Then she left.");
	SPLIT("The sign read \"Closed for lunch.\" We waited.",
	    "The sign read \"Closed for lunch.\"", "We waited.");
	SPLIT("He works for \"Acme Inc.\" He likes it.",
	    "He works for \"Acme Inc.\"", "He likes it.");
	/* a sentence opening with a quotation mark keeps its mark */
	SPLIT("He left. \"I am done,\" she said.", "He left.",
	    "\"I am done,\" she said.");
	SPLIT("He left.\"I am done,\" she said.", "He left.",
	    "\"I am done,\" she said.");
	SPLIT("It was late.\xe2\x80\x9cWe go now,\xe2\x80\x9d she said.",
	    "It was late.", "\xe2\x80\x9cWe go now,\xe2\x80\x9d she said.");
}

/* a parenthetical citation after a closing quotation mark stays with it */
Test(segment, citations_after_quotations)
{
	SPLIT("It was \"a turning point.\" (Miller 2011) Few agreed.",
	    "It was \"a turning point.\" (Miller 2011)", "Few agreed.");
	SPLIT("Call it \"the best year yet.\" (p. 42) Others differ.",
	    "Call it \"the best year yet.\" (p. 42)", "Others differ.");
	SPLIT("It was \"a turning point.\" (Few agreed.) We left.",
	    "It was \"a turning point.\"", "(Few agreed.)", "We left.");
	SPLIT("She wrote \"we won\" (Lee, 2003). Others lost.",
	    "She wrote \"we won\" (Lee, 2003).", "Others lost.");
	/* an aside in brackets after a title or an abbreviation, and the
	 * sentence goes on */
	SPLIT("She starred in Viva Maria! (1965), and in more.",
	    "She starred in Viva Maria! (1965), and in more.");
	SPLIT("It is the biggest in the U.S. (Ohio Hall) and still grows.",
	    "It is the biggest in the U.S. (Ohio Hall) and still grows.");
	SPLIT("He sold Acme Inc. (Ann Lee bought it.) We left.",
	    "He sold Acme Inc.", "(Ann Lee bought it.)", "We left.");
}

/* omission marks and spaced ellipses */
Test(segment, ellipsis_conventions)
{
	SPLIT("\"[...] I always knew it,\" she said.",
	    "\"[...] I always knew it,\" she said.");
	SPLIT("The text reads (...) and goes on.",
	    "The text reads (...) and goes on.");
	SPLIT("That was the end . . . . Then a new day began.",
	    "That was the end . . . .", "Then a new day began.");
	SPLIT("It was dark . . . and cold.", "It was dark . . . and cold.");
	SPLIT(". . . and so it went. We stayed.", ". . . and so it went.",
	    "We stayed.");
	/* two periods, an informal ellipsis */
	SPLIT("The soup was the best.. so we went back.",
	    "The soup was the best.. so we went back.");
	SPLIT("It was late.. We left.", "It was late..", "We left.");
	SPLIT("It went to Ann Lee Jr.. He sold it.", "It went to Ann Lee Jr..",
	    "He sold it.");
	/* a full stop, then an ellipsis that opens the next sentence */
	SPLIT("The bridge closed in May. ...and it never opened again.",
	    "The bridge closed in May.", "...and it never opened again.");
	SPLIT("The court adjourned. ... Later the jury returned.",
	    "The court adjourned.", "...", "Later the jury returned.");
}

/* what no sentence starts with: a closing bracket, a comma, a run of
 * question marks; nor does a question mark glued to a comma end one */
Test(segment, no_sentence_starts_with_a_closer)
{
	SPLIT("(We leave early on the last day. ) Book a taxi.",
	    "(We leave early on the last day. )", "Book a taxi.");
	SPLIT("Is this the moral high ground ? ? ? Think again.",
	    "Is this the moral high ground ? ? ?", "Think again.");
	SPLIT("All rights reserved by the firms. , 2004 Acme Media",
	    "All rights reserved by the firms. , 2004 Acme Media");
	SPLIT("Phone:? 555 0100 Fax:? 555 0101",
	    "Phone:? 555 0100 Fax:? 555 0101");
	SPLIT("We sell hats,? coats,? and boots.",
	    "We sell hats,? coats,? and boots.");
}

/* "etc." before a capital ends its sentence */
Test(segment, etc_before_a_capital)
{
	SPLIT("We packed tents, lamps, stoves etc. I carried the food.",
	    "We packed tents, lamps, stoves etc.", "I carried the food.");
	SPLIT("Bring pens, paper, etc. The shop opens at nine.",
	    "Bring pens, paper, etc.", "The shop opens at nine.");
	SPLIT("Bring pens, paper, etc. to the desk.",
	    "Bring pens, paper, etc. to the desk.");
}

/* list items on lines of their own, with "-", "*" or "+" */
Test(segment, dash_lists)
{
	SPLIT("Bring:\n- a tent\n- a lamp\n- some food", "Bring:", "- a tent",
	    "- a lamp", "- some food");
	SPLIT("To do:\n* call the bank\n* send the report",
	    "To do:", "* call the bank", "* send the report");
	SPLIT("A range\n- not a list at all.", "A range\n- not a list at all.");
}

/* e-mail and web text */
Test(segment, mail_and_web)
{
	SPLIT("Anna Berg 04/26/2001 07:17 AM Will you send the file?",
	    "Anna Berg", "04/26/2001 07:17 AM", "Will you send the file?");
	SPLIT("It was sent on 05/01/2001 08:50 PM by Tom.",
	    "It was sent on 05/01/2001 08:50 PM by Tom.");
	SPLIT("The call is at 10:30 AM Monday and at 8:00 PM Eastern time.",
	    "The call is at 10:30 AM Monday and at 8:00 PM Eastern time.");
	SPLIT("Please call me. Thanks, Maria", "Please call me.", "Thanks,",
	    "Maria");
	SPLIT("Best regards, Jo Smith", "Best regards,", "Jo Smith");
	SPLIT("More at http://example.org/a.html Posted by Kim",
	    "More at http://example.org/a.html", "Posted by Kim");
	SPLIT("http://example.org/a http://example.org/b",
	    "http://example.org/a", "http://example.org/b");
	SPLIT("Email: kim@example.com Groups: cats", "Email: kim@example.com",
	    "Groups: cats");
	SPLIT("Yours ever ========== The notice follows.", "Yours ever",
	    "==========", "The notice follows.");
	SPLIT("It was great! we went back twice.", "It was great!",
	    "we went back twice.");
	SPLIT("Best pizza ever!!! worth the wait", "Best pizza ever!!!",
	    "worth the wait");
	/* a capitalised pronoun's contraction after a lower-case word */
	SPLIT("the bus was late again They've cut the route in half",
	    "the bus was late again", "They've cut the route in half");
	SPLIT("we waited an hour You'll want to book ahead",
	    "we waited an hour", "You'll want to book ahead");
	SPLIT("she starred in You've Got Mail with him.",
	    "she starred in You've Got Mail with him.");
	SPLIT("the fans say Bush's plan failed.",
	    "the fans say Bush's plan failed.");
	SPLIT("- notes.doc << File: notes.doc >> Please read them.",
	    "- notes.doc << File: notes.doc >>", "Please read them.");
	SPLIT("He wrote >> Hi Tom, we agree.", "He wrote >> Hi Tom, we agree.");
	SPLIT("We had fun :) Now we rest.", "We had fun :)", "Now we rest.");
	SPLIT("Great! :) See you.", "Great! :)", "See you.");
	SPLIT("Note :D and :P are faces.", "Note :D and :P are faces.");
}

/* e-mail lines that are sentences whatever their punctuation: header
 * fields, separators, a salutation, a sign-off and the name after it;
 * a short line the next word would have fitted on ends its sentence */
Test(segment, mail_lines)
{
	SPLIT("From: Ann Lee\nSent: Friday, March 1, 2019 4:10 PM\nTo: Bob "
	      "Stone\nSubject: lunch order",
	    "From: Ann Lee", "Sent: Friday, March 1, 2019 4:10 PM",
	    "To: Bob Stone", "Subject: lunch order");
	SPLIT("-----Original Message-----\nFrom: Bob Stone\nDate: Monday",
	    "-----Original Message-----", "From: Bob Stone", "Date: Monday");
	SPLIT("Hi Bob,\nThe order is in. Call me if it is late.\nBest "
	      "regards,\nAnn",
	    "Hi Bob,", "The order is in.", "Call me if it is late.",
	    "Best regards,", "Ann");
	SPLIT("Lunch moved to Friday\nSame room as before",
	    "Lunch moved to Friday", "Same room as before");
	/* wrapped text: the next word would not have fitted */
	SPLIT("The board met on Monday and voted to close the old depot by\n"
	      "March, when the new one opens.",
	    "The board met on Monday and voted to close the old depot by\n"
	    "March, when the new one opens.");
	SPLIT("In Paris, the mayor\nsaid no.", "In Paris, the mayor\nsaid no.");
	SPLIT(
	    "He said thank you,\nthank you.", "He said thank you,\nthank you.");
}

/* -Q: a quotation of several sentences stays whole */
Test(segment, keep_quotes)
{
	SPLIT_Q("He said: \"We won. It was hard. Now we rest.\" Then he left.",
	    "He said: \"We won. It was hard. Now we rest.\"", "Then he left.");
	SPLIT_Q("\xe2\x80\x9cGo. Now.\xe2\x80\x9d She went. He stayed.",
	    "\xe2\x80\x9cGo. Now.\xe2\x80\x9d", "She went.", "He stayed.");
	/* a quotation left open keeps nothing together */
	SPLIT_Q("He said: \"We won. It was hard.", "He said: \"We won.",
	    "It was hard.");
	/* the default splits inside */
	SPLIT("He said: \"We won. It was hard.\" Then he left.",
	    "He said: \"We won.", "It was hard.\"", "Then he left.");
}
