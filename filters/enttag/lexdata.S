/* lexdata.S - the tokenizer's abbreviation list, compiled in. */
	.section .rodata
	.balign 16
	.globl et_abbrev_data
	.globl et_abbrev_end
et_abbrev_data:
	.incbin ET_ABBREV_FILE
et_abbrev_end:
	.byte 0
#if defined(__linux__) && defined(__ELF__)
	.section .note.GNU-stack,"",%progbits
#endif
