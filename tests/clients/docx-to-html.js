// Reads a DOCX with mammoth as a web publisher would: node docx-to-html.js FILE [STYLE-MAP-LINE...]
// The style map lines are added to mammoth's defaults. Prints {"html": ..., "messages": [...]}.
const mammoth = require("mammoth");

const [file, ...styleMap] = process.argv.slice(2);
mammoth.convertToHtml({ path: file }, { styleMap })
  .then(result => process.stdout.write(JSON.stringify({
    html: result.value,
    messages: result.messages.map(m => `${m.type}: ${m.message}`),
  })))
  .catch(error => { console.error(error); process.exit(1); });
