#!/usr/bin/env python3
"""The dated events of TempEval-3's TBAQ corpus (TimeBank and AQUAINT, in
../shared/corpus/tbaq) as a measure of the events stage: an EVENT whose
instance a TLINK (IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS,
IDENTITY) ties to a DATE TIMEX3 of day precision in the same sentence is a
gold dated event (verbs and forms of unknown part of speech; classes
OCCURRENCE, I_ACTION, ASPECTUAL and REPORTING). Each document's text runs
through the command-line tool with its creation time as the reference
date. Printed: how many gold events an event of the tool has (the same day,
a sentence holding the TIMEX3's text and the event's word), and of the
tool's events whose sentence holds a gold day TIMEX3, how many carry one of
those days. TimeBank's event links are not exhaustive: the second figure
stands in for precision.

usage: scripts/te3-events.py [BIN] [--verbose]   (BIN: a built examples/communique;
       default: built here into a temporary folder)
"""
import html, json, os, re, subprocess, sys, tempfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
corpus = os.path.join(root, '..', 'shared', 'corpus', 'tbaq')
LINKS = {'IS_INCLUDED', 'DURING', 'SIMULTANEOUS', 'BEGINS', 'ENDS', 'IDENTITY'}
INVERSE = {'INCLUDES': 'IS_INCLUDED', 'IS_INCLUDED': 'INCLUDES', 'BEGINS': 'BEGUN_BY', 'BEGUN_BY': 'BEGINS', 'ENDS': 'ENDED_BY', 'ENDED_BY': 'ENDS'}


def read(path):
    x = open(path, encoding='utf-8').read()
    dct = re.search(r'<DCT><TIMEX3[^>]*value="([^"]+)"', x).group(1)[:10]
    t = re.search(r'<TEXT>(.*)</TEXT>', x, re.S).group(1)
    plain, pos, spans, stack = [], 0, {}, []
    for m in re.finditer(r'<(/?)(\w+)([^>]*)>|([^<]+)', t):
        if m.group(4) is not None:
            s = html.unescape(m.group(4))
            plain.append(s)
            pos += len(s)
        elif not m.group(1):
            stack.append((m.group(3), pos))
        else:
            attrs, start = stack.pop()
            ident = re.search(r'(eid|tid)="([^"]+)"', attrs)
            if ident:
                spans[ident.group(2)] = (start, pos, attrs)
    text = ''.join(plain)
    inst = {}
    for mi in re.findall(r'<MAKEINSTANCE[^>]*>', x):
        a = dict(re.findall(r'(\w+)="([^"]*)"', mi))
        inst[a['eiid']] = a
    gold = []
    for lm in re.findall(r'<TLINK[^>]*>', x):
        a = dict(re.findall(r'(\w+)="([^"]*)"', lm))
        rel, ev, tm = a.get('relType'), a.get('eventInstanceID'), a.get('relatedToTime')
        if not (ev and tm):
            ev, tm, rel = a.get('relatedToEventInstance'), a.get('timeID'), INVERSE.get(rel, rel)
        if rel not in LINKS or ev not in inst or tm not in spans:
            continue
        mi = inst[ev]
        if mi['eventID'] not in spans:
            continue
        es, ee, ea = spans[mi['eventID']]
        ts, te, ta = spans[tm]
        value = re.search(r'value="([^"]+)"', ta)
        cls = re.search(r'class="([^"]+)"', ea)
        if 'type="DATE"' not in ta or not value or not re.fullmatch(r'\d{4}-\d\d-\d\d', value.group(1)):
            continue
        if mi.get('pos') not in ('VERB', 'UNKNOWN') or not cls or cls.group(1) not in ('OCCURRENCE', 'I_ACTION', 'ASPECTUAL', 'REPORTING'):
            continue
        # the same sentence: no sentence end between the event and the time
        a, b = sorted((es, ts))
        if re.search(r'[.!?]\s+[A-Z"`]|\n\s*\n', text[a:b]):
            continue
        gold.append({'event': text[es:ee], 'timex': text[ts:te], 'value': value.group(1)})
    days = [{'text': text[s:e], 'value': re.search(r'value="([^"]+)"', at).group(1)}
            for k, (s, e, at) in spans.items() if k.startswith('t') and 'value="' in at]
    days = [d for d in days if re.fullmatch(r'\d{4}-\d\d-\d\d', d['value']) and len(d['text']) > 2]
    return dct, text, gold, days


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    args = [a for a in sys.argv[1:] if a != '--verbose']
    verbose = '--verbose' in sys.argv
    tmp = tempfile.mkdtemp()
    binary = args[0] if args else os.path.join(tmp, 'communique')
    if not args:
        subprocess.run(['go', 'build', '-o', binary, './examples/communique'], cwd=root, check=True)
    found = total = 0
    carried = differ = 0
    misses = []
    for sub in ('TimeBank', 'AQUAINT'):
        for fn in sorted(os.listdir(os.path.join(corpus, sub))):
            dct, text, gold, days = read(os.path.join(corpus, sub, fn))
            path = os.path.join(tmp, fn[:-4] + '.txt')
            open(path, 'w').write(text)
            out = subprocess.run([binary, '-q', '-date', dct, '-format', 'text', path], capture_output=True, text=True).stdout
            events = json.loads(out).get('events') or [] if out.strip() else []
            for g in gold:
                total += 1
                if any(e['date'][:10] == g['value'] and norm(g['timex']) in norm(e['sentence']) and
                       re.search(r'\b' + re.escape(g['event']) + r'\b', e['sentence']) for e in events):
                    found += 1
                else:
                    misses.append((fn, g))
            for e in events:
                ds = [d for d in days if norm(d['text']) in norm(e['sentence'])]
                if ds:
                    if any(e['date'][:10] == d['value'] for d in ds):
                        carried += 1
                    else:
                        differ += 1
    print(f'gold dated events {total}: found {found} ({found / max(total, 1):.3f})')
    print(f"tool events whose sentence holds a gold day: {carried + differ}, dated by one of them {carried} ({carried / max(carried + differ, 1):.3f})")
    if verbose:
        for fn, g in misses:
            print('miss', fn, g['event'], '|', g['timex'], g['value'])


if __name__ == '__main__':
    main()
