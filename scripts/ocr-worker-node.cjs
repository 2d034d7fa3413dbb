'use strict';
// The tesseract.js worker thread of the CLI, silenced: Leptonica and Tesseract write English
// diagnostics to the console (« Error in boxClipToRectangle: box outside rectangle »), which the
// thread would forward to the CLI's error output, where a person reads only French. What matters
// comes back through the recognition's result or its failure, which the document layer words.
for (const methode of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[methode] = () => undefined;
process.stdout.write = () => true;
process.stderr.write = () => true;
require('tesseract.js/src/worker-script/node/index.js');
