#!/usr/bin/env python3
"""Evaluate quoth attribution extraction on PolNeAR (train/dev splits).

Standard library only (Python >= 3.11).  The corpus is research data: this
script reads it from its shared location and never copies it anywhere.

Gold
  One gold item per BRAT event line ``E<n>\tAttribution:T<k> Content:T<a>
  Cue:T<b> Source:T<c>`` (trigger type ``Attribution`` or
  ``Attribution-no-source``; some events carry a second ``Content2`` role).
  Gold content = union of all fragments of all Content roles, in Unicode code
  points (end exclusive).  Events without any Content role are skipped (and
  counted).  Articles with several annotators: the first annotator listed in
  metadata.tsv is used (falls back to the alphabetically first .ann).

Predictions
  ``quoth --jsonl FILE...`` (batched), one JSON object per line with a "file"
  field.  Byte offsets are converted to code point offsets here.  Files with no
  output line count as "no predictions".

Matching (per threshold T)
  Gold items in document order; each takes the still-unmatched prediction with
  the highest overlap |gold & pred| / |gold| provided it is strictly greater
  than T (ties -> earliest prediction).  Greedy, one-to-one.

Usage
  python3 benchmarks/polnear_eval.py [--split dev|train] [--data DIR]
      [--quoth PATH] [--show N] [--threshold T] [--limit K] [--json]
  extra: --quoth-arg ARG (repeatable), --pred FILE.jsonl (score saved output),
         --save-pred FILE.jsonl; hidden: --fake-from-gold (must score 1.0),
         --batch-size N, --show-seed S
Self-test: python3 benchmarks/test_polnear_eval.py
"""

from __future__ import annotations

import argparse
import collections
import glob
import itertools
import json
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field

DEFAULT_DATA = "/work/shared/corpora/polnear"
DEFAULT_THRESHOLDS = (0.3, 0.8)
BATCH_SIZE = 200
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_QUOTH = ("build/examples/quoth", "build/default/examples/quoth")

# Double quotation marks only: single quotes are mostly apostrophes.
QUOTE_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "him", "her", "them",
            "us", "me", "his", "its", "their", "our", "who", "which", "that"}

Spans = list  # list[tuple[int, int]], sorted, non-overlapping, non-empty


# --------------------------------------------------------------------------
# span helpers (code point intervals, end exclusive)

def norm_spans(spans) -> Spans:
    """Sort, drop empty intervals and merge overlapping/adjacent ones."""
    out: list[list[int]] = []
    for b, e in sorted((int(b), int(e)) for b, e in spans):
        if e <= b:
            continue
        if out and b <= out[-1][1]:
            if e > out[-1][1]:
                out[-1][1] = e
        else:
            out.append([b, e])
    return [(b, e) for b, e in out]


def span_len(spans: Spans) -> int:
    return sum(e - b for b, e in spans)


def intersect_len(a: Spans, b: Spans) -> int:
    """Size of the intersection of two normalised interval lists."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if hi > lo:
            total += hi - lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def overlaps(a: Spans | None, b: Spans | None) -> bool:
    return bool(a) and bool(b) and intersect_len(a, b) > 0


def gold_overlap(gold: Spans, pred: Spans) -> float:
    """|gold & pred| / |gold| (0.0 for an empty gold)."""
    n = span_len(gold)
    return intersect_len(gold, pred) / n if n else 0.0


def greedy_match(golds: list[Spans], preds: list[Spans], threshold: float):
    """Greedy one-to-one matching.

    ``golds`` must already be in document order.  Returns a list with, for each
    gold, ``(pred_index, overlap)`` or ``None``.  A gold takes the unmatched
    prediction with the highest overlap strictly above ``threshold``; ties go to
    the earliest prediction (lowest index -- callers sort predictions by start).
    """
    used = [False] * len(preds)
    pred_lens = [span_len(p) for p in preds]
    result = []
    for g in golds:
        best, best_ov = None, threshold
        n = span_len(g)
        if n:
            g_lo, g_hi = g[0][0], g[-1][1]
            for k, p in enumerate(preds):
                if used[k] or not pred_lens[k] or p[0][0] >= g_hi or p[-1][1] <= g_lo:
                    continue
                ov = intersect_len(g, p) / n
                if ov > best_ov:
                    best, best_ov = k, ov
        if best is None:
            result.append(None)
        else:
            used[best] = True
            result.append((best, best_ov))
    return result


# --------------------------------------------------------------------------
# byte <-> code point offsets

_START_BYTE = bytes(0 if 0x80 <= i < 0xC0 else 1 for i in range(256))


def byte_to_cp_map(data: bytes) -> list[int]:
    """m[i] = number of code points starting before byte i (len(data)+1 entries).

    For i on a character boundary this is the code point offset; an offset in
    the middle of a multi-byte character is rounded up to the next character.
    """
    return list(itertools.accumulate(data.translate(_START_BYTE), initial=0))


def cp_to_byte_map(text: str) -> list[int]:
    """m[i] = byte offset of code point i in text.encode('utf-8') (len+1 entries)."""
    return list(itertools.accumulate((len(c.encode("utf-8")) for c in text), initial=0))


# --------------------------------------------------------------------------
# gold

@dataclass
class Gold:
    eid: str
    content: Spans
    source: Spans | None
    cue: Spans | None
    trigger: str  # "Attribution" / "Attribution-no-source"


@dataclass
class Pred:
    content: Spans
    speaker: Spans | None
    cue: Spans | None
    pattern: str
    type: str
    raw: dict = field(repr=False, default_factory=dict)


@dataclass
class Doc:
    name: str
    txt_path: str
    ann_path: str
    data: bytes
    text: str
    golds: list
    discards: Spans
    skipped_events: int = 0
    preds: list = field(default_factory=list)
    _b2c: list | None = None

    def b2c(self, off) -> int | None:
        if not isinstance(off, int) or isinstance(off, bool):
            return None
        off = min(max(off, 0), len(self.data))
        if len(self.data) == len(self.text):  # pure ASCII
            return off
        if self._b2c is None:
            self._b2c = byte_to_cp_map(self.data)
        return self._b2c[off]


_T_RE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?")
_E_RE = re.compile(r"^(E\d+)\t(.*)$")


def parse_ann(lines):
    """Parse BRAT lines -> (golds, discard spans, skipped event count).

    Lines that are neither T nor E (notes, continuation lines of a span text
    containing newlines) are ignored.
    """
    tb: dict[str, tuple[str, Spans]] = {}
    events = []
    for line in lines:
        line = line.rstrip("\r\n")
        m = _T_RE.match(line)
        if m:
            frags = [tuple(map(int, f.split())) for f in m.group(3).split(";")]
            tb[m.group(1)] = (m.group(2), norm_spans(frags))
            continue
        m = _E_RE.match(line)
        if m:
            roles = []
            for item in m.group(2).split():
                if ":" in item:
                    roles.append(tuple(item.split(":", 1)))
            events.append((m.group(1), roles))
    golds, skipped = [], 0
    for eid, roles in events:
        content, source, cue, trig_span, trigger = [], [], None, None, "Attribution"
        for role, tid in roles:
            if tid not in tb:
                continue
            spans = tb[tid][1]
            base = role.rstrip("0123456789")
            if base.startswith("Attribution"):
                trigger, trig_span = base, spans
            elif base == "Content":
                content.extend(spans)
            elif base == "Source":
                source.extend(spans)
            elif base == "Cue":
                cue = spans
        content = norm_spans(content)
        if not content:
            skipped += 1
            continue
        golds.append(Gold(eid, content, norm_spans(source) or None,
                          cue or trig_span or None, trigger))
    golds.sort(key=lambda g: (g.content[0][0], g.content[-1][1], int(g.eid[1:])))
    discards = norm_spans(s for ty, sp in tb.values() if ty == "Discard" for s in sp)
    return golds, discards, skipped


def split_dir(data_dir: str, split: str) -> str | None:
    for cand in (os.path.join(data_dir, split), os.path.join(data_dir, "data", split)):
        if os.path.isdir(os.path.join(cand, "text")):
            return cand
    return None


def read_metadata_annotators(data_dir: str) -> dict[str, list[str]]:
    for cand in (os.path.join(data_dir, "metadata.tsv"), os.path.join(data_dir, "data", "metadata.tsv")):
        if os.path.isfile(cand):
            out = {}
            with open(cand, encoding="utf-8") as f:
                header = f.readline().rstrip("\n").split("\t")
                try:
                    i_name, i_ann = header.index("filename"), header.index("annotators")
                except ValueError:
                    return {}
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) > max(i_name, i_ann):
                        out[cols[i_name]] = cols[i_ann].split("|")
            return out
    return {}


def load_split(data_dir: str, split: str, limit: int | None = None) -> list[Doc]:
    sdir = split_dir(data_dir, split)
    if sdir is None:
        raise FileNotFoundError(f"no {split}/text under {data_dir}")
    meta = read_metadata_annotators(data_dir)
    anns: dict[str, list[str]] = collections.defaultdict(list)
    for p in glob.glob(os.path.join(sdir, "attributions", "*.ann")):
        stem = os.path.basename(p)[:-4]
        if "_" in stem:
            art, annot = stem.rsplit("_", 1)
            anns[art].append(annot)
    docs = []
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(sdir, "text", "*.txt")))
    for name in names:
        if name not in anns:
            continue
        avail = sorted(anns[name])
        annot = next((a for a in meta.get(name, []) if a in avail), avail[0])
        txt_path = os.path.join(sdir, "text", name + ".txt")
        ann_path = os.path.join(sdir, "attributions", f"{name}_{annot}.ann")
        with open(txt_path, "rb") as f:
            data = f.read()
        with open(ann_path, encoding="utf-8", newline="") as f:
            golds, discards, skipped = parse_ann(f.read().split("\n"))
        docs.append(Doc(name, txt_path, ann_path, data, data.decode("utf-8", "replace"),
                        golds, discards, skipped))
        if limit is not None and len(docs) >= limit:
            break
    return docs


# --------------------------------------------------------------------------
# predictions

def _span_from(doc: Doc, obj) -> Spans | None:
    if not isinstance(obj, dict):
        return None
    spans = []
    parts = obj.get("parts")
    if isinstance(parts, list) and parts:
        for p in parts:
            if isinstance(p, dict):
                b, e = doc.b2c(p.get("begin")), doc.b2c(p.get("end"))
                if b is not None and e is not None:
                    spans.append((b, e))
    if not spans:
        b, e = doc.b2c(obj.get("begin")), doc.b2c(obj.get("end"))
        if b is not None and e is not None:
            spans.append((b, e))
    return norm_spans(spans) or None


def preds_from_json(doc: Doc, obj: dict) -> list[Pred]:
    preds = []
    for a in obj.get("attributions") or []:
        if not isinstance(a, dict):
            continue
        preds.append(Pred(content=_span_from(doc, a.get("content")) or [],
                          speaker=_span_from(doc, a.get("speaker")),
                          cue=_span_from(doc, a.get("cue")),
                          pattern=str(a.get("pattern") or "(none)"),
                          type=str(a.get("type") or "(none)"), raw=a))
    preds.sort(key=lambda p: (p.content[0][0], p.content[-1][1]) if p.content else (1 << 62, 0))
    return preds


def find_quoth(path: str | None) -> str | None:
    cands = [path] if path else [os.path.join(REPO_ROOT, p) for p in DEFAULT_QUOTH]
    for c in cands:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


def run_quoth(quoth: str, paths: list[str], extra_args=(), batch_size: int = BATCH_SIZE,
              save=None, log=None):
    """Run quoth in batches; returns ({file: json_obj}, stats)."""
    log = log or sys.stderr
    out: dict[str, dict] = {}
    stats = {"invocations": 0, "stderr_lines": 0, "bad_lines": 0, "nonzero_exit": 0, "seconds": 0.0}
    t0 = time.monotonic()
    for i in range(0, len(paths), batch_size):
        batch = paths[i:i + batch_size]
        proc = subprocess.run([quoth, *extra_args, "--jsonl", *batch], capture_output=True)
        stats["invocations"] += 1
        if proc.returncode != 0:
            stats["nonzero_exit"] += 1
            print(f"warning: quoth exited with {proc.returncode} on batch {i // batch_size}", file=log)
        err = proc.stderr.decode("utf-8", "replace").splitlines()
        stats["stderr_lines"] += len(err)
        for line in err[:3]:
            print(f"quoth stderr: {line}", file=log)
        for line in proc.stdout.decode("utf-8", "replace").splitlines():
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                stats["bad_lines"] += 1
                continue
            if isinstance(obj, dict) and isinstance(obj.get("file"), str):
                out[obj["file"]] = obj
                if save:
                    save.write(line + "\n")
            else:
                stats["bad_lines"] += 1
    stats["seconds"] = time.monotonic() - t0
    return out, stats


def load_pred_file(path: str) -> dict[str, dict]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("file"), str):
                out[obj["file"]] = obj
    return out


def attach_predictions(docs: list[Doc], by_file: dict[str, dict]) -> int:
    """Attach JSON outputs to docs (exact path, else basename). Returns #docs without output."""
    by_base = {os.path.basename(k): v for k, v in by_file.items()}
    missing = 0
    for d in docs:
        obj = by_file.get(d.txt_path) or by_base.get(os.path.basename(d.txt_path))
        if obj is None:
            missing += 1
            d.preds = []
        else:
            d.preds = preds_from_json(d, obj)
    return missing


def fake_json_from_gold(doc: Doc) -> dict:
    """Build a quoth-like JSON object (byte offsets) from the gold annotations."""
    c2b = cp_to_byte_map(doc.text)

    def sp(spans):
        if not spans:
            return None
        b, e = c2b[spans[0][0]], c2b[spans[-1][1]]
        return {"text": doc.data[b:e].decode("utf-8", "replace"), "begin": b, "end": e,
                "parts": [{"begin": c2b[x], "end": c2b[y]} for x, y in spans]}

    atts = []
    for g in doc.golds:
        content = sp(g.content)
        ctext = content["text"]
        atts.append({"type": "direct" if any(q in ctext for q in QUOTE_CHARS) else "indirect",
                     "content": content, "speaker": sp(g.source), "cue": sp(g.cue),
                     "pattern": "fake-gold"})
    return {"file": doc.txt_path, "attributions": atts, "quotations": [], "speakers": []}


# --------------------------------------------------------------------------
# scoring

def frac(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def gold_text(doc: Doc, spans: Spans | None, sep=" ") -> str:
    return sep.join(doc.text[b:e] for b, e in spans) if spans else ""


def gold_classes(doc: Doc, g: Gold) -> dict[str, str]:
    """Cheap heuristic descriptors of a gold attribution (for miss breakdowns)."""
    ctext = gold_text(doc, g.content)
    stripped = ctext.strip()
    if stripped and stripped[0] in QUOTE_CHARS and stripped[-1] in QUOTE_CHARS + ".,":
        quote = "direct (content in quotes)"
    elif any(q in ctext for q in QUOTE_CHARS):
        quote = "mixed (some quotes)"
    else:
        quote = "no quotes"
    before = doc.text[max(0, g.content[0][0] - 12):g.content[0][0]].lower().split()
    first = stripped.lower().split()[:1]
    cue_text = " ".join(gold_text(doc, g.cue).lower().split())
    if first == ["that"] or before[-1:] == ["that"]:
        form = "that-clause"
    elif cue_text.startswith("according to"):
        form = "according-to"
    elif first and first[0] in ("to", "whether", "if", "how", "why", "what", "when"):
        form = "to/wh-clause"
    else:
        form = "other"
    if g.cue is None:
        pos = "no cue"
    elif g.cue[0][0] >= g.content[-1][1]:
        pos = "cue after content"
    elif g.cue[-1][1] <= g.content[0][0]:
        pos = "cue before content"
    else:
        pos = "cue inside content"
    if g.source is None:
        src = "no source"
    elif gold_text(doc, g.source).strip().lower() in PRONOUNS:
        src = "pronoun source"
    else:
        src = "named/NP source"
    n = len(ctext)
    length = "len<60" if n < 60 else "len<200" if n < 200 else "len>=200"
    return {"quotes": quote, "form": form, "cue position": pos, "source": src,
            "fragments": "discontinuous" if len(g.content) > 1 else "contiguous",
            "length": length, "cue word": cue_text or "(none)"}


def primary_class(c: dict[str, str]) -> str:
    if c["source"] == "no source":
        return "no-source"
    if c["quotes"].startswith("direct"):
        return "direct"
    if c["quotes"].startswith("mixed"):
        return "mixed"
    if c["form"] != "other":
        return c["form"]
    return "indirect/other"


def evaluate(docs: list[Doc], thresholds) -> dict:
    """Score all docs at all thresholds. Returns summary + per-item details."""
    res = {"thresholds": {}, "details": {}}
    n_gold = sum(len(d.golds) for d in docs)
    n_pred = sum(len(d.preds) for d in docs)
    for t in thresholds:
        m = spk_ok = spk_n = cue_ok = cue_n = nosrc = nosrc_null = 0
        ov_pred_side = 0.0
        det = []  # per doc: list of match results
        for d in docs:
            mr = greedy_match([g.content for g in d.golds], [p.content for p in d.preds], t)
            det.append(mr)
            for g, r in zip(d.golds, mr):
                if r is None:
                    continue
                p = d.preds[r[0]]
                m += 1
                pl = span_len(p.content)
                ov_pred_side += intersect_len(g.content, p.content) / pl if pl else 0.0
                if g.source is not None:
                    spk_n += 1
                    spk_ok += overlaps(g.source, p.speaker)
                else:
                    nosrc += 1
                    nosrc_null += p.speaker is None
                if g.cue is not None:
                    cue_n += 1
                    cue_ok += overlaps(g.cue, p.cue)
        P, R = frac(m, n_pred), frac(m, n_gold)
        res["thresholds"][t] = {
            "threshold": t, "precision": P, "recall": R, "f1": f1(P, R),
            "speaker_acc": frac(spk_ok, spk_n), "speaker_n": spk_n,
            "cue_acc": frac(cue_ok, cue_n), "cue_n": cue_n,
            "gold": n_gold, "pred": n_pred, "matched": m,
            "nosource_matched": nosrc, "nosource_matched_pred_speaker_null": nosrc_null,
            "mean_pred_precision_overlap": frac(ov_pred_side, m) if m else 0.0,
        }
        res["details"][t] = det
    return res


def breakdowns(docs: list[Doc], res: dict, thresholds) -> dict:
    pat = collections.defaultdict(lambda: {"pred": 0, **{f"matched@{t}": 0 for t in thresholds}})
    typ = collections.defaultdict(lambda: {"pred": 0, **{f"matched@{t}": 0 for t in thresholds}})
    for d in docs:
        for p in d.preds:
            pat[p.pattern]["pred"] += 1
            typ[p.type]["pred"] += 1
    for t in thresholds:
        for d, mr in zip(docs, res["details"][t]):
            for r in mr:
                if r is not None:
                    p = d.preds[r[0]]
                    pat[p.pattern][f"matched@{t}"] += 1
                    typ[p.type][f"matched@{t}"] += 1
    for tbl in (pat, typ):
        for row in tbl.values():
            for t in thresholds:
                row[f"false_alarms@{t}"] = row["pred"] - row[f"matched@{t}"]
    # misses by heuristic class: {dimension: {value: {"gold": n, "missed@t": k}}}
    miss = collections.defaultdict(lambda: collections.defaultdict(
        lambda: {"gold": 0, **{f"missed@{t}": 0 for t in thresholds}}))
    for di, d in enumerate(docs):
        for gi, g in enumerate(d.golds):
            cls = gold_classes(d, g)
            cls["primary"] = primary_class(cls)
            for dim, val in cls.items():
                miss[dim][val]["gold"] += 1
                for t in thresholds:
                    if res["details"][t][di][gi] is None:
                        miss[dim][val][f"missed@{t}"] += 1
    fa_in_discard = {}
    for t in thresholds:
        n = 0
        for d, mr in zip(docs, res["details"][t]):
            used = {r[0] for r in mr if r is not None}
            for k, p in enumerate(d.preds):
                if k not in used and overlaps(p.content, d.discards):
                    n += 1
        fa_in_discard[t] = n
    return {"patterns": {k: dict(v) for k, v in pat.items()},
            "types": {k: dict(v) for k, v in typ.items()},
            "miss_classes": {k: {kk: dict(vv) for kk, vv in v.items()} for k, v in miss.items()},
            "false_alarms_overlapping_discard": fa_in_discard}


# --------------------------------------------------------------------------
# printing

def print_table(summary: dict, out=None):
    out = out or sys.stdout
    hdr = f"{'threshold':>9} | {'P':>6} | {'R':>6} | {'F1':>6} | {'speaker acc':>11} | {'cue acc':>7} | {'gold':>6} | {'pred':>6} | {'matched':>7}"
    print(hdr, file=out)
    print("-" * len(hdr), file=out)
    for s in summary.values():
        print(f"{s['threshold']:>9.2f} | {s['precision']:6.3f} | {s['recall']:6.3f} | {s['f1']:6.3f} | "
              f"{s['speaker_acc']:11.3f} | {s['cue_acc']:7.3f} | {s['gold']:6d} | {s['pred']:6d} | {s['matched']:7d}",
              file=out)
    for s in summary.values():
        print(f"  @{s['threshold']:.2f}: speaker acc over {s['speaker_n']} matches with gold source; "
              f"cue acc over {s['cue_n']}; no-source golds matched: {s['nosource_matched']} "
              f"(pred speaker null: {s['nosource_matched_pred_speaker_null']}); "
              f"mean |g&p|/|p| of matches: {s['mean_pred_precision_overlap']:.3f}", file=out)


def print_breakdowns(bd: dict, thresholds, out=None, top_cues: int = 40):
    out = out or sys.stdout
    ts = list(thresholds)

    def pred_table(title, tbl):
        print(f"\n{title}", file=out)
        cols = "".join(f" | {'match@' + format(t, 'g'):>10} | {'FA@' + format(t, 'g'):>8}" for t in ts)
        print(f"{'':32} | {'pred':>6}{cols}", file=out)
        for k, row in sorted(tbl.items(), key=lambda kv: -kv[1]["pred"]):
            cells = "".join(f" | {row[f'matched@{t}']:>10} | {row[f'false_alarms@{t}']:>8}" for t in ts)
            print(f"{k[:32]:32} | {row['pred']:>6}{cells}", file=out)

    pred_table("Per pattern (predictions):", bd["patterns"])
    pred_table("Per type (predictions):", bd["types"])
    print("  false alarms overlapping Discard spans (bylines, notes): "
          + ", ".join(f"@{t:g}: {n}" for t, n in bd["false_alarms_overlapping_discard"].items()), file=out)

    print("\nMisses by gold class (heuristic; missed / gold):", file=out)
    cols = "".join(f" | {'miss@' + format(t, 'g'):>9}" for t in ts)
    order = ["primary", "quotes", "form", "cue position", "source", "fragments", "length"]
    for dim in order:
        vals = bd["miss_classes"].get(dim, {})
        print(f"  [{dim}]{'':{max(0, 33 - len(dim))}} | {'gold':>6}{cols}", file=out)
        for v, row in sorted(vals.items(), key=lambda kv: -kv[1]["gold"]):
            cells = "".join(f" | {row[f'missed@{t}']:>4} {frac(row[f'missed@{t}'], row['gold']):4.0%}" for t in ts)
            print(f"    {v[:32]:32} | {row['gold']:>6}{cells}", file=out)
    cue = bd["miss_classes"].get("cue word", {})
    t_hi = ts[-1]
    print(f"  [top {top_cues} gold cues among misses @{t_hi:g}]", file=out)
    rows = [kv for kv in cue.items() if any(kv[1][f"missed@{t}"] for t in ts)]
    for v, row in sorted(rows, key=lambda kv: (-kv[1][f"missed@{t_hi}"], -kv[1]["gold"], kv[0]))[:top_cues]:
        cells = "".join(f" | {row[f'missed@{t}']:>4} {frac(row[f'missed@{t}'], row['gold']):4.0%}" for t in ts)
        print(f"    {v[:32]:32} | {row['gold']:>6}{cells}", file=out)


def render_context(doc: Doc, marks: list[tuple[Spans | None, str, str]], max_extra: int = 250) -> str:
    """Text around the marked spans (sentence/paragraph bounded) with inline markers."""
    spans = [s for sp, _, _ in marks if sp for s in sp]
    if not spans:
        return ""
    text = doc.text
    lo, hi = min(b for b, _ in spans), max(e for _, e in spans)
    line_lo = text.rfind("\n", 0, lo) + 1
    line_hi = text.find("\n", hi)
    line_hi = len(text) if line_hi < 0 else line_hi
    left = max(line_lo, lo - max_extra)
    ends = [m.end() for m in re.finditer(r"[.!?][\"'\u201d\u2019]?\s+", text[left:lo])]
    left = left + ends[-1] if ends else left
    right = min(line_hi, hi + max_extra)
    m = re.search(r"[.!?][\"'\u201d\u2019]?(?=\s|$)", text[hi:right])
    right = hi + m.end() if m else right
    inserts = []
    for sp, o, c in marks:
        for b, e in sp or []:
            inserts.append((b, 1, -e, o))  # at one position: closers first; longer span opens first
            inserts.append((e, 0, -b, c))  # ... and the later-opened span closes first
    inserts.sort(key=lambda x: x[:3])
    out, pos = [], left
    for p, _, _, s in inserts:
        if p < left or p > right:
            continue
        out.append(text[pos:p])
        out.append(s)
        pos = p
    out.append(text[pos:right])
    s = "".join(out).replace("\n", " / ")
    return ("…" if left > line_lo else "") + s + ("…" if right < line_hi else "")


GOLD_MARKS = ("[[", "]]"), ("{", "}"), ("<", ">")
PRED_MARKS = ("((", "))"), ("{{", "}}"), ("<<", ">>")


def show_examples(docs: list[Doc], res: dict, t: float, n: int, seed: int, out=None):
    out = out or sys.stdout
    misses, fas = [], []
    for d, mr in zip(docs, res["details"][t]):
        used = {r[0] for r in mr if r is not None}
        misses.extend((d, g) for g, r in zip(d.golds, mr) if r is None)
        fas.extend((d, p) for k, p in enumerate(d.preds) if k not in used)
    rng = random.Random(seed)
    print(f"\n=== {min(n, len(misses))} of {len(misses)} misses @{t:g} "
          f"(gold: [[content]] {{source}} <cue>; best pred: ((content)) ) ===", file=out)
    for d, g in sorted(rng.sample(misses, min(n, len(misses))), key=lambda x: x[0].name):
        best = max(d.preds, key=lambda p: intersect_len(g.content, p.content), default=None)
        ov = gold_overlap(g.content, best.content) if best else 0.0
        cls = primary_class(gold_classes(d, g))
        marks = [(g.content, *GOLD_MARKS[0]), (g.source, *GOLD_MARKS[1]), (g.cue, *GOLD_MARKS[2])]
        info = "no overlapping prediction"
        if best is not None and ov > 0:
            marks.append((best.content, *PRED_MARKS[0]))
            info = f"best pred overlap {ov:.2f} pattern={best.pattern}"
        print(f"- {d.name} {g.eid} class={cls}; {info}", file=out)
        print(f"    {render_context(d, marks)}", file=out)
    print(f"\n=== {min(n, len(fas))} of {len(fas)} false alarms @{t:g} "
          f"(pred: ((content)) {{{{speaker}}}} <<cue>>; best gold: [[content]] ) ===", file=out)
    for d, p in sorted(rng.sample(fas, min(n, len(fas))), key=lambda x: x[0].name):
        marks = [(p.content, *PRED_MARKS[0]), (p.speaker, *PRED_MARKS[1]), (p.cue, *PRED_MARKS[2])]
        best = max(d.golds, key=lambda g: intersect_len(g.content, p.content), default=None)
        info = "no overlapping gold"
        if best is not None and intersect_len(best.content, p.content) > 0:
            marks.append((best.content, *GOLD_MARKS[0]))
            info = f"best gold {best.eid} overlap {gold_overlap(best.content, p.content):.2f}"
        in_discard = " (in Discard span)" if overlaps(p.content, d.discards) else ""
        print(f"- {d.name} pattern={p.pattern} type={p.type}; {info}{in_discard}", file=out)
        print(f"    {render_context(d, marks)}", file=out)


# --------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate quoth on PolNeAR (attribution content spans).")
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--data", default=os.environ.get("POLNEAR_DIR", DEFAULT_DATA),
                    help="PolNeAR directory (default %(default)s; env POLNEAR_DIR)")
    ap.add_argument("--quoth", help="quoth CLI binary (default: build/examples/quoth, "
                                    "then build/default/examples/quoth under the repo root)")
    ap.add_argument("--quoth-arg", action="append", default=[], metavar="ARG",
                    help="extra argument passed to quoth (repeatable)")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N misses and N false alarms")
    ap.add_argument("--show-seed", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--threshold", type=float, action="append", default=[], metavar="T",
                    help="extra overlap threshold (strictly exceeded); --show uses the last one given")
    ap.add_argument("--limit", type=int, metavar="K", help="only the first K articles")
    ap.add_argument("--json", action="store_true", help="print summary figures as JSON")
    ap.add_argument("--pred", metavar="JSONL", help="read quoth --jsonl output from a file instead of running quoth")
    ap.add_argument("--save-pred", metavar="JSONL", help="save raw quoth output lines to a file")
    ap.add_argument("--batch-size", type=int, default=BATCH_SIZE, help=argparse.SUPPRESS)
    ap.add_argument("--fake-from-gold", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if split_dir(args.data, args.split) is None:
        print(f"PolNeAR not found at {args.data} (no {args.split}/text); skipping")
        return 0
    thresholds = list(DEFAULT_THRESHOLDS)
    for t in args.threshold:
        if t not in thresholds:
            thresholds.append(t)
    thresholds.sort()
    log = sys.stderr

    t0 = time.monotonic()
    docs = load_split(args.data, args.split, args.limit)
    t_load = time.monotonic() - t0
    qstats = {}
    if args.fake_from_gold:
        by_file = {d.txt_path: fake_json_from_gold(d) for d in docs}
        source = "fake-from-gold"
    elif args.pred:
        by_file = load_pred_file(args.pred)
        source = args.pred
    else:
        quoth = find_quoth(args.quoth)
        if quoth is None:
            tried = [args.quoth] if args.quoth else [os.path.join(REPO_ROOT, p) for p in DEFAULT_QUOTH]
            print("error: quoth binary not found (tried: " + ", ".join(tried)
                  + "); build it or pass --quoth PATH", file=log)
            return 2
        save = open(args.save_pred, "w", encoding="utf-8") if args.save_pred else None
        try:
            by_file, qstats = run_quoth(quoth, [d.txt_path for d in docs], args.quoth_arg,
                                        args.batch_size, save, log)
        finally:
            if save:
                save.close()
        source = quoth
    t1 = time.monotonic()
    missing = attach_predictions(docs, by_file)
    res = evaluate(docs, thresholds)
    bd = breakdowns(docs, res, thresholds)
    t_score = time.monotonic() - t1

    n_gold = sum(len(d.golds) for d in docs)
    summary = {
        "split": args.split, "articles": len(docs), "gold": n_gold,
        "gold_no_source": sum(g.source is None for d in docs for g in d.golds),
        "gold_events_without_content_skipped": sum(d.skipped_events for d in docs),
        "pred": sum(len(d.preds) for d in docs), "docs_without_output": missing,
        "prediction_source": source, "quoth": qstats,
        "seconds": {"load": round(t_load, 3), "quoth": round(qstats.get("seconds", 0.0), 3),
                    "score": round(t_score, 3)},
        "thresholds": {format(t, "g"): s for t, s in res["thresholds"].items()},
        **bd,
    }
    cues = summary["miss_classes"].get("cue word", {})
    summary["miss_classes"]["cue word"] = dict(sorted(cues.items(), key=lambda kv: -kv[1]["gold"])[:50])
    summary["false_alarms_overlapping_discard"] = {format(t, "g"): n for t, n in bd["false_alarms_overlapping_discard"].items()}
    show_t = args.threshold[-1] if args.threshold else thresholds[0]

    if args.json:
        json.dump(summary, sys.stdout, indent=1, sort_keys=False)
        print()
        if args.show:
            show_examples(docs, res, show_t, args.show, args.show_seed, out=log)
        return 0

    print(f"PolNeAR {args.split}: {len(docs)} articles, {n_gold} gold attributions "
          f"({summary['gold_no_source']} without source; {summary['gold_events_without_content_skipped']} "
          f"events without content skipped), {summary['pred']} predictions from {source}")
    extra = ""
    if qstats:
        extra = (f"; quoth {qstats['seconds']:.1f}s in {qstats['invocations']} call(s), "
                 f"{qstats['stderr_lines']} stderr line(s), {qstats['bad_lines']} unparsable line(s)")
    print(f"docs without output: {missing}; load {t_load:.2f}s, score {t_score:.2f}s{extra}\n")
    print_table(res["thresholds"])
    print_breakdowns(bd, thresholds)
    if args.show:
        show_examples(docs, res, show_t, args.show, args.show_seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
