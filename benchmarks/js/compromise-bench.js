#!/usr/bin/env node
// Throughput benchmark for compromise (https://github.com/spencermountain/compromise),
// doing roughly the work NewsNlp's `analyze` does per article: full parse + POS tagging,
// sentences, people / places / organizations, and quotations.
//
// usage: node compromise-bench.js ARTICLES.jsonl [--passes N] [--quiet]
//   ARTICLES.jsonl  one {"id": ..., "text": ...} object per line
//   --passes N      run N passes over the articles (default 1); the last pass is
//                   reported separately as the steady-state (JIT-warm) figure
//   --quiet         write the per-article result lines to /dev/null instead of stdout
//
// Per-article results go to stdout as JSON lines (from the first pass only; later passes
// do the same work, including serialisation, but write to /dev/null). Stats go to stderr.
'use strict';

const fs = require('fs');

function usage(msg) {
  if (msg) process.stderr.write(`compromise-bench: ${msg}\n`);
  process.stderr.write('usage: node compromise-bench.js ARTICLES.jsonl [--passes N] [--quiet]\n');
  process.exit(2);
}

// ---- arguments ----
let input = null;
let passes = 1;
let quiet = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--quiet' || a === '-q') quiet = true;
  else if (a === '--passes') {
    passes = Number(args[++i]);
    if (!Number.isInteger(passes) || passes < 1) usage('--passes needs a positive integer');
  } else if (a.startsWith('--passes=')) {
    passes = Number(a.slice('--passes='.length));
    if (!Number.isInteger(passes) || passes < 1) usage('--passes needs a positive integer');
  } else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
  else if (input === null) input = a;
  else usage(`unexpected argument ${a}`);
}
if (input === null) usage('missing input file');

const tStart = performance.now(); // ms since process start (timeOrigin)
const nlp = require('compromise');
const tLoaded = performance.now();

// ---- read + parse JSONL (counted in whole-run wall time, not in pass times) ----
const raw = fs.readFileSync(input === '-' ? 0 : input, 'utf8');
const articles = [];
let malformed = 0;
let blank = 0;
let totalChars = 0;
let lineNo = 0;
for (const line of raw.split('\n')) {
  lineNo++;
  if (line.trim() === '') { blank++; continue; }
  let obj;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    malformed++;
    continue;
  }
  if (obj === null || typeof obj !== 'object' || typeof obj.text !== 'string') {
    malformed++;
    continue;
  }
  const id = obj.id === undefined || obj.id === null ? String(lineNo) : String(obj.id);
  articles.push({ id, text: obj.text });
  totalChars += obj.text.length;
}

// ---- output sink: buffered synchronous writes (process.stdout is async on pipes) ----
function makeSink(fd) {
  let buf = [];
  let size = 0;
  return {
    write(s) {
      buf.push(s);
      size += s.length;
      if (size >= 1 << 20) this.flush();
    },
    flush() {
      if (buf.length === 0) return;
      const data = buf.join('');
      buf = [];
      size = 0;
      let b = Buffer.from(data, 'utf8');
      while (b.length > 0) {
        try {
          const n = fs.writeSync(fd, b);
          b = b.subarray(n);
        } catch (e) {
          if (e.code === 'EAGAIN') continue; // non-blocking stdout: retry
          if (e.code === 'EPIPE') process.exit(0); // reader went away (e.g. | head)
          throw e;
        }
      }
    },
  };
}
const devNull = fs.openSync('/dev/null', 'w');
const nullSink = makeSink(devNull);
const firstSink = quiet ? nullSink : makeSink(1);

// ---- the work ----
function analyze(article) {
  const doc = nlp(article.text);
  const sentences = doc.sentences().out('array');
  // doc.json(): every sentence with every term and its tags (forces full tagging output)
  const json = doc.json();
  let tokens = 0;
  let tags = 0;
  for (const s of json) {
    for (const t of s.terms) {
      tokens++;
      tags += t.tags.length;
    }
  }
  const people = doc.people().out('array');
  const places = doc.places().out('array');
  const organizations = doc.organizations().out('array');
  const quotes = doc.quotations().out('array');
  return { id: article.id, sentences, tokens, tags, people, places, organizations, quotes };
}

const passTimes = [];
for (let p = 0; p < passes; p++) {
  const sink = p === 0 ? firstSink : nullSink;
  const t0 = performance.now();
  for (const a of articles) {
    sink.write(JSON.stringify(analyze(a)) + '\n');
  }
  sink.flush();
  passTimes.push((performance.now() - t0) / 1000);
}
firstSink.flush();
nullSink.flush();

const wall = performance.now() / 1000; // whole process so far, incl. node start-up
const n = articles.length;
const rate = (secs) => (secs > 0 ? n / secs : 0);
const f = (x, d = 2) => x.toFixed(d);
const err = (s) => process.stderr.write(s + '\n');

err(`compromise ${nlp.version} on node ${process.version}`);
err(`articles:        ${n}` + (malformed ? ` (skipped ${malformed} malformed line(s))` : ''));
err(`characters:      ${totalChars}`);
err(`load compromise: ${f((tLoaded - tStart) / 1000, 3)} s`);
err(`passes:          ${passes} (${passTimes.map((t) => f(t, 3) + ' s').join(', ')})`);
err(`wall seconds:    ${f(wall, 3)} (whole run incl. start-up, reading, all passes)`);
err(`articles/s:      ${f(rate(wall))} (whole run)`);
err(`first pass:      ${f(rate(passTimes[0]))} articles/s, ${f(totalChars / passTimes[0] / 1e6, 3)} Mchars/s`);
err(`last pass:       ${f(rate(passTimes[passes - 1]))} articles/s (steady state${passes === 1 ? '; use --passes 2' : ''})`);
// machine-readable summary line for scripts
err(`RESULT articles=${n} chars=${totalChars} malformed=${malformed} wall=${f(wall, 3)} ` +
    `first_pass=${f(passTimes[0], 3)} last_pass=${f(passTimes[passes - 1], 3)} ` +
    `last_pass_aps=${f(rate(passTimes[passes - 1]))}`);
