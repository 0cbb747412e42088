// The JSON the web checker serves, as `make dist` writes it (tools/web_dist.sh):
// without the spaces and line breaks kept for reading it (lint has passed on
// the sources, so no message needs their lines), and a catalog without the
// words of the Short Breaks Services Statement, which is written ahead of
// time as pages of its own and never by the module.
//   node tools/dist_json.mjs compact FILE...           each file in place
//   node tools/dist_json.mjs content OFFER OUT          an offer's content file
// An offer's content file is {"files": {path: text}}: its rules, questions,
// pathway, places, directory and pack, with the English words it needs (the
// offer's own and the common ones), each read later under its own path.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const NOT_FOR_THE_MODULE = 'statement.';

function compact(path) {
  const value = JSON.parse(readFileSync(path, 'utf8'));
  if (/^(.*\/)?(i18n|easyread)\/[^/]+\/[^/]+\.json$/.test(path))
    for (const section of ['messages', 'ideas', 'young-person'])
      for (const key of Object.keys(value[section] ?? {}))
        if (key.startsWith(NOT_FOR_THE_MODULE)) delete value[section][key];
  return JSON.stringify(value);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'compact') {
  for (const file of args) writeFileSync(file, compact(file));
} else if (command === 'content') {
  const [offer, out] = args;
  const files = {};
  for (const name of readdirSync(`offers/${offer}`).filter((n) => n.endsWith('.json') && n !== 'statement.json').sort())
    files[`offers/${offer}/${name}`] = compact(`offers/${offer}/${name}`);
  const catalog = JSON.parse(files[`offers/${offer}/pack.json`]).catalog || offer;
  for (const name of ['common', catalog]) files[`i18n/en-GB/${name}.json`] = compact(`i18n/en-GB/${name}.json`);
  writeFileSync(out, JSON.stringify({ files }));
} else {
  throw new Error(`unknown command ${command}: expected compact or content`);
}
