/* The tokenizer built without its shortcuts (TOK_REFERENCE in
 * common/token.c), as ref_tokenize(): test_token.c compares the two
 * token by token.  The spans it measures by rule (common/tokspan.c) have
 * no shortcuts, and both share them. */
#define TOK_REFERENCE 1
#define tokenize ref_tokenize
#define tokenize_each ref_tokenize_each
#define tokvec_reset ref_tokvec_reset
#define tokvec_free ref_tokvec_free
#define is_figure ref_is_figure
#define tok_fold_apos ref_tok_fold_apos
#include "../../common/token.c"
