/*
 * rule-table - what each post-rule of enttag is worth: the model is scored
 * on each CoNLL file with all rules, then with each rule switched off
 * alone.  For maintainers (make rule-table), not installed.
 *
 *   rule-table MODEL FILE...
 *   rule-table -x RULE[,RULE]... [-o DUMP] MODEL FILE...
 *
 * Output: a TSV table, a column per file; the first row gives the entity
 * F1 with every rule, each further row what that rule is worth: the F1
 * with every rule less the F1 with that rule alone off (negative: the
 * rule costs that much).
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "train/train.h"

static double
f1(const struct counts *ct)
{
	size_t tp = 0, g = 0, p = 0;
	double P, R;

	for (int t = 0; t < ET_NTYPES; t++) {
		tp += ct->tp[t];
		g += ct->gold[t];
		p += ct->pred[t];
	}
	P = p ? 100.0 * (double)tp / (double)p : 0;
	R = g ? 100.0 * (double)tp / (double)g : 0;
	return P + R > 0 ? 2 * P * R / (P + R) : 0;
}

/* The rules of a comma list, as a mask; exits 2 on an unknown one. */
static uint32_t
rule_mask(const char *list)
{
	uint32_t mask = 0;

	while (*list) {
		size_t n = strcspn(list, ","), r;
		for (r = 0; r < et_rule_count(); r++)
			if (strlen(et_rule_name(r)) == n &&
			    strncmp(et_rule_name(r), list, n) == 0)
				break;
		if (r == et_rule_count())
			die("unknown rule '%.*s'", (int)n, list);
		mask |= 1u << r;
		list += n + (list[n] == ',');
	}
	return mask;
}

int
main(int argc, char **argv)
{
	size_t len, nf, nr = et_rule_count();
	uint32_t off = 0;
	FILE *dump = NULL;
	unsigned char *blob;
	const char *err;
	struct et_model *m;
	struct corpus *c;
	double *base;

	set_progname(argv[0]);
	while (argc > 2 && argv[1][0] == '-') {
		if (strcmp(argv[1], "-x") == 0)
			off |= rule_mask(argv[2]);
		else if (strcmp(argv[1], "-o") == 0) {
			if ((dump = fopen(argv[2], "w")) == NULL)
				die("%s: cannot write", argv[2]);
		} else
			break;
		argc -= 2;
		argv += 2;
	}
	if (argc < 3) {
		fprintf(stderr,
		    "usage: %s [-x RULE[,RULE]...] [-o DUMP] MODEL "
		    "FILE...\n",
		    progname());
		return 2;
	}
	blob = et_read_file(argv[1], &len);
	if ((m = et_model_open_checked(blob, len, &err)) == NULL)
		die("%s: %s", argv[1], err);
	nf = (size_t)argc - 2;
	c = calloc(nf, sizeof *c);
	base = calloc(nf, sizeof *base);
	if (c == NULL || base == NULL)
		die("out of memory");
	printf("rule");
	for (size_t f = 0; f < nf; f++) {
		const char *name = strrchr(argv[f + 2], '/');
		corpus_init(&c[f]);
		corpus_read(&c[f], argv[f + 2], 0, 0);
		printf("\t%s", name ? name + 1 : argv[f + 2]);
	}
	printf("\n");
	for (size_t r = 0; r <= (off ? 0 : nr); r++) {
		struct et_tagger *tg = et_tagger_new(m);
		if (r > 0)
			et_tagger_rule(tg, r - 1, 0);
		for (size_t k = 0; k < nr; k++)
			if (off >> k & 1)
				et_tagger_rule(tg, k, 0);
		printf("%s",
		    r > 0     ? et_rule_name(r - 1)
		        : off ? "F1, without -x"
		              : "F1, all rules");
		for (size_t f = 0; f < nf; f++) {
			struct counts ct;
			evaluate(tg, &c[f], &ct, dump);
			if (r == 0)
				printf("\t%.2f", base[f] = f1(&ct));
			else
				printf("\t%+.2f", base[f] - f1(&ct));
		}
		printf("\n");
		fflush(stdout);
		et_tagger_free(tg);
	}
	for (size_t f = 0; f < nf; f++)
		corpus_free(&c[f]);
	free(c);
	free(base);
	et_model_close(m);
	free(blob);
	if (dump != NULL && fclose(dump) != 0)
		die("write error");
	return ferror(stdout) ? 2 : 0;
}
