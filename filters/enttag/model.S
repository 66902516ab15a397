/* model.S - the default English model, compiled in (see en.model). */
	.section .rodata
	.balign 64
	.globl et_model_blob
	.globl et_model_blob_end
et_model_blob:
	.incbin ET_MODEL_FILE
et_model_blob_end:
	.byte 0
#if defined(__linux__) && defined(__ELF__)
	.section .note.GNU-stack,"",%progbits
#endif
