/* model.S - the default English model, compiled in (see en.model). */
	.section .rodata
	.balign 64
	.globl et_model_blob
	.globl et_model_blob_end
et_model_blob:
	.incbin ET_MODEL_FILE
et_model_blob_end:
	.byte 0
	/* its gazetteer filter (et_filter_make), made at build time */
	.balign 64
	.globl et_filter_blob
	.globl et_filter_blob_end
et_filter_blob:
	.incbin ET_FILTER_FILE
et_filter_blob_end:
	.byte 0
#if defined(__linux__) && defined(__ELF__)
	.section .note.GNU-stack,"",%progbits
#endif
