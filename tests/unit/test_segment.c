/* Unit tests: common/segment -- one case per rule, each with the text it
 * is for */
#include <criterion/criterion.h>
#include <string.h>

#include "markup.h"
#include "segment.h"

static void
check(const char *text, const char *const *want, size_t n)
{
	struct segmenter sg = { NULL };
	struct spanvec sv = { NULL, 0, 0 };
	struct view v = { 0 };

	view_build(&v, (const unsigned char *)text, strlen(text), 0);
	segment(&sg, v.text, v.len, v.pairs, v.npairs, &sv);
	cr_assert_eq(sv.n, n, "\"%s\": %zu sentences, want %zu", text, sv.n, n);
	for (size_t i = 0; i < n; i++) {
		size_t l = sv.v[i].end - sv.v[i].start;
		cr_assert(l == strlen(want[i]) &&
		    memcmp(v.text + sv.v[i].start, want[i], l) == 0,
		    "\"%s\": sentence %zu is \"%.*s\", want \"%s\"", text, i, (int)l,
		    (const char *)v.text + sv.v[i].start, want[i]);
	}
	spanvec_free(&sv);
	view_free(&v);
}

#define SPLIT(s, ...) do { \
	static const char *const w[] = { __VA_ARGS__ }; \
	check(s, w, sizeof w / sizeof w[0]); \
} while (0)

Test(segment, simple)
{
	SPLIT("Hello World. My name is Jonas.", "Hello World.", "My name is Jonas.");
	SPLIT("What is your name? My name is Jonas.", "What is your name?", "My name is Jonas.");
	SPLIT("There it is! I found it.", "There it is!", "I found it.");
	SPLIT("  Padded.  ", "Padded.");
}

Test(segment, titles_and_initials)
{
	SPLIT("My name is Jonas E. Smith.", "My name is Jonas E. Smith.");
	SPLIT("Dr. Smith met Mr. Jones at St. Mary's.", "Dr. Smith met Mr. Jones at St. Mary's.");
	SPLIT("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.");
	SPLIT("We make a good team, you and I. Did you see Albert I. Jones yesterday?",
	    "We make a good team, you and I.", "Did you see Albert I. Jones yesterday?");
	SPLIT("Please turn to p. 55.", "Please turn to p. 55.");
	SPLIT("He is No. 5 in line.", "He is No. 5 in line.");
}

Test(segment, company_and_country_abbreviations)
{
	SPLIT("They closed the deal with Pitt, Briggs & Co. at noon.",
	    "They closed the deal with Pitt, Briggs & Co. at noon.");
	SPLIT("They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
	    "They closed the deal with Pitt, Briggs & Co.", "It closed yesterday.");
	SPLIT("I live in the U.S. How about you?", "I live in the U.S.", "How about you?");
	SPLIT("I have lived in the U.S. for 20 years.", "I have lived in the U.S. for 20 years.");
	SPLIT("I visited the U.S.A. last year.", "I visited the U.S.A. last year.");
	SPLIT("Apple Inc. and IBM Corp. agreed on Jan. 5.",
	    "Apple Inc. and IBM Corp. agreed on Jan. 5.");
}

Test(segment, numbers)
{
	SPLIT("She has $100.00 in her bag.", "She has $100.00 in her bag.");
	SPLIT("Growth was 3.5 percent. It slowed.", "Growth was 3.5 percent.", "It slowed.");
	SPLIT("It ended in 2010. 15 people died.", "It ended in 2010.", "15 people died.");
}

Test(segment, quotes_and_brackets)
{
	SPLIT("She turned to him, \"This is great.\" she said.",
	    "She turned to him, \"This is great.\" she said.");
	SPLIT("He left. \"Why?\" she asked.", "He left.", "\"Why?\" she asked.");
	SPLIT("He said, “It's over.” Then he left.", "He said, “It's over.”", "Then he left.");
	SPLIT("He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
	    "He teaches science (He previously worked for 5 years as an engineer.) at the local University.");
	SPLIT("He went to Harrow. [6] Later he left.", "He went to Harrow. [6]", "Later he left.");
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
	SPLIT("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
	    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.");
	SPLIT("indicate the end of the sentence with a period . . . . Next sentence.",
	    "indicate the end of the sentence with a period . . . .", "Next sentence.");
	SPLIT("I never meant that.... She left the store.", "I never meant that....",
	    "She left the store.");
}

Test(segment, lists)
{
	SPLIT("1.) The first item 2.) The second item", "1.) The first item", "2.) The second item");
	SPLIT("1) The first item 2) The second item", "1) The first item", "2) The second item");
	SPLIT("1. The first item 2. The second item", "1. The first item", "2. The second item");
	SPLIT("• 9. The first item • 10. The second item", "• 9. The first item", "• 10. The second item");
	SPLIT("a. The first item b. The second item c. The third list item",
	    "a. The first item", "b. The second item", "c. The third list item");
}

Test(segment, urls_and_email)
{
	SPLIT("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
	    "The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out.");
	SPLIT("Write to jo.smith@example.org. We answer.", "Write to jo.smith@example.org.", "We answer.");
}

Test(segment, other_scripts)
{
	SPLIT("你好。我很好！谢谢？", "你好。", "我很好！", "谢谢？");
	SPLIT("यह एक वाक्य है। यह दूसरा है।", "यह एक वाक्य है।", "यह दूसरा है।");
	SPLIT("هل أنت بخير؟ نعم.", "هل أنت بخير؟", "نعم.");
}

Test(segment, no_break_inside_markup)
{
	SPLIT("<QUOTE speaker=\"A\">One. Two.</QUOTE> Three.", "One. Two.", "Three.");
	SPLIT("<PER>Ren</PER> left. <ORG>Huawei</ORG> grew.", "Ren left.", "Huawei grew.");
}

Test(segment, headline_without_stop)
{
	SPLIT("Education and early loves", "Education and early loves");
}

Test(segment, web_text)
{
	/* lower-case starts after a plain word, not after an abbreviation */
	SPLIT("It is expensive. anybody can go.", "It is expensive.", "anybody can go.");
	SPLIT("Apples, pears, etc. and more.", "Apples, pears, etc. and more.");
	SPLIT("what should i do? i dont know.", "what should i do?", "i dont know.");
	SPLIT("Thanks for reading! :) See you.", "Thanks for reading! :)", "See you.");
	SPLIT("It was fun... I went home.", "It was fun...", "I went home.");
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
	SPLIT("Pelosi elected Speaker\nFriday, January 4, 2019\nNancy Pelosi yesterday resumed the office of Speaker of the House, being\nvoted into the position by the incoming Congress.",
	    "Pelosi elected Speaker", "Friday, January 4, 2019",
	    "Nancy Pelosi yesterday resumed the office of Speaker of the House, being\nvoted into the position by the incoming Congress.");
	/* a wrapped line ending before a name is no headline */
	SPLIT("The new members of the House of Representatives voted for Speaker\nNancy Pelosi with 220 votes on Thursday afternoon in Washington.",
	    "The new members of the House of Representatives voted for Speaker\nNancy Pelosi with 220 votes on Thursday afternoon in Washington.");
}

Test(segment, forced_start_skips_white_space)
{
	/* found by fuzz_segment: a headline line before a line that opens
	 * with white space */
	SPLIT("Short head\n U.S. stocks rose today on the news from the Fed in Washington.",
	    "Short head", "U.S. stocks rose today on the news from the Fed in Washington.");
}

/* sent_boundary_at: the decision at one candidate, as quotepull asks it */
static int
boundary(const char *text, const char *at, size_t *next, size_t *end)
{
	struct segmenter sg = { NULL };
	const char *p = strstr(text, at);

	cr_assert(p != NULL);
	return sent_boundary_at(&sg, (const unsigned char *)text, strlen(text), 0,
	    (size_t)(p - text), next, end);
}

Test(segment, boundary_at_one_candidate)
{
	size_t next, end;

	/* an abbreviation before a sentence starter */
	cr_assert_eq(boundary("I live in the U.S. How about you?", ". How", &next, &end), 1);
	cr_assert_eq(next, 18);
	cr_assert_eq(end, 18);
	/* a title */
	cr_assert_eq(boundary("Dr. Smith came.", ". Smith", &next, &end), 0);
	cr_assert_eq(next, 3);
	/* closers belong to the sentence */
	cr_assert_eq(boundary("\"It is over.\" Smith left.", ".\"", &next, &end), 1);
	cr_assert_eq(next, 12);
	cr_assert_eq(end, 13);
	/* a question in quotes before a lower-case word */
	cr_assert_eq(boundary("\"Why?\" she asked.", "?", &next, &end), 0);
	/* the run is one candidate: "?!", an ellipsis */
	cr_assert_eq(boundary("Really?! Yes.", "?!", &next, &end), 1);
	cr_assert_eq(next, 8);
	cr_assert_eq(boundary("what I mean... well, no.", "...", &next, &end), 0);
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
