#!/usr/bin/env python3
"""Article-extraction score of `newsnlp extract` on the development pages (../shared/data/html-pages).

The metric is the article-extraction benchmark's (scrapinghub/article-extraction-benchmark, evaluate.py): tokens are
`\\w+` matches; each text becomes a multiset of word 4-gram shingles; TP/FP/FN over shingles are normalised to sum 1
per page; precision and recall are averaged over pages and F1 is computed from the two averages. The extractor's
body is scored (its text without the leading headline paragraph and the "By …" line written from metadata), as the
references have no headline. References: `articleBody` (scrapinghub pages) and `expected.html` turned into text by the
rule in html-pages/SOURCE.md (Readability pages).

Split: a page is a tuning page when the first hex digit of sha256(id) is even, else held out (deterministic, ~half).

usage: python3 tools/score_html_pages.py ../shared/data/html-pages [--split tune|held|all] [--english] [--show N] -- CMD…
  CMD reads {"id","html"} lines on stdin and writes {"id","text","headline","authors",…} lines
  e.g. -- samples/NewsNlp.Cli/bin/Release/net10.0/newsnlp extract --input jsonl --format jsonl
"""
import argparse, csv, gzip, hashlib, json, os, re, subprocess, sys, time
from collections import Counter
from html.parser import HTMLParser

BLOCK = {'p','div','h1','h2','h3','h4','h5','h6','li','blockquote','tr','section','article','figure',
         'figcaption','ul','ol','table','pre','br','hr','header','footer','aside'}
SKIP = {'script','style','noscript','svg'}

class _P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in SKIP: self.skip += 1
        elif t in BLOCK: self.out.append('\n' if t == 'br' else '\n\n')
    def handle_endtag(self, t):
        if t in SKIP: self.skip = max(0, self.skip - 1)
        elif t in BLOCK: self.out.append('\n\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def expected_text(html):
    p = _P(); p.feed(html); s = ''.join(p.out).replace('\u00a0', ' ')
    s = '\n'.join(re.sub(r'[ \t\r\f\v]+', ' ', l).strip() for l in s.split('\n'))
    return re.sub(r'\n{3,}', '\n\n', s).strip()

TOKEN = re.compile(r'\w+', re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)

def shingles(text, n=4):
    tokens = TOKEN.findall(text or '')
    return Counter(tuple(tokens[i:i + n]) for i in range(0, max(1, len(tokens) - n + 1)) if tokens[i:i + n])

def match(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for k in set(t) | set(p):
        tc, pc = t.get(k, 0), p.get(k, 0)
        tp += min(tc, pc); fp += max(0, pc - tc); fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)

def precision(tp, fp, fn):
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

def recall(tp, fp, fn):
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

def metrics(rows):
    if not rows: return 0.0, 0.0, 0.0
    ps = [precision(*r) for r in rows if r[0] + r[1] > 0]
    rs = [recall(*r) for r in rows if r[0] + r[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0; r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

def body_of(out):
    paras = (out.get('text') or '').split('\n\n')
    if out.get('headline') and paras and paras[0] == out['headline']:
        paras = paras[1:]
    authors = out.get('authors') or []
    if authors and paras:
        line = 'By ' + (authors[0] if len(authors) == 1 else ', '.join(authors[:-1]) + ' and ' + authors[-1])
        if paras[0] == line:
            paras = paras[1:]
    return '\n\n'.join(paras)

def load(data, split, english):
    pages = []
    with open(os.path.join(data, 'pages.tsv'), encoding='utf-8') as f:
        index = list(csv.DictReader(f, delimiter='\t'))
    truth = json.load(open(os.path.join(data, 'scrapinghub', 'ground-truth.json'), encoding='utf-8'))
    for row in index:
        src, pid = row['source'], row['id']
        if english and row['lang'] != 'en': continue
        tune = int(hashlib.sha256(pid.encode()).hexdigest()[0], 16) % 2 == 0
        if split == 'tune' and not tune or split == 'held' and tune: continue
        if src == 'scrapinghub':
            html = gzip.open(os.path.join(data, src, pid + '.html.gz'), 'rt', encoding='utf-8').read()
            ref = truth[pid]['articleBody']
        else:
            html = open(os.path.join(data, src, pid, 'source.html'), encoding='utf-8').read()
            ref = expected_text(open(os.path.join(data, src, pid, 'expected.html'), encoding='utf-8').read())
        pages.append((src + '/' + pid, html, ref))
    return pages

def main():
    argv = sys.argv[1:]
    cmd = argv[argv.index('--') + 1:] if '--' in argv else None
    ap = argparse.ArgumentParser()
    ap.add_argument('data'); ap.add_argument('--split', default='all', choices=['tune', 'held', 'all'])
    ap.add_argument('--english', action='store_true', help='only the pages whose lang is en')
    ap.add_argument('--show', type=int, default=0, help='list the N worst pages by F1')
    ap.add_argument('--self-test', action='store_true', help='feed the references back (expect 1.0)')
    args = ap.parse_args(argv[:argv.index('--')] if '--' in argv else argv)
    pages = load(args.data, args.split, args.english)
    if args.self_test:
        outs = {pid: {'text': ref} for pid, _, ref in pages}; seconds = 0.0
    else:
        if not cmd: ap.error('give the extractor command after --')
        lines = ''.join(json.dumps({'id': pid, 'html': html}, ensure_ascii=False) + '\n' for pid, html, _ in pages)
        start = time.time()
        res = subprocess.run(cmd, input=lines.encode('utf-8'), stdout=subprocess.PIPE, check=False)
        seconds = time.time() - start
        outs = {}
        for line in res.stdout.decode('utf-8').splitlines():
            o = json.loads(line); outs[o.get('id')] = o
    rows, per = [], []
    for pid, _, ref in pages:
        o = outs.get(pid, {})
        if 'error' in o: print(f'{pid}: error {o["error"]}', file=sys.stderr)
        r = match(ref, body_of(o) if not args.self_test else o['text'])
        rows.append(r); per.append((pid, r))
    for src in ('scrapinghub', 'readability'):
        sub = [r for pid, r in per if pid.startswith(src + '/')]
        if sub:
            p, r, f = metrics(sub); print(f'{src:<12} pages {len(sub):4d}  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}')
    if args.show:
        worst = sorted(per, key=lambda x: metrics([x[1]])[2])[:args.show]
        for pid, r in worst:
            p, rc, f = metrics([r]); print(f'  {pid[:60]:<60} P {p:.2f} R {rc:.2f} F1 {f:.2f}')
    p, r, f = metrics(rows)
    print(f'split {args.split}: {len(rows)} pages in {seconds:.1f} s ({len(rows) / seconds if seconds else 0:.0f} pages/s incl. start-up)')
    print(f'precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}')

if __name__ == '__main__':
    main()
