#!/usr/bin/env python3
"""Self-tests for polnear_eval.py (stdlib unittest; no corpus data needed).

All texts below are invented for the tests.
Run: python3 -m unittest benchmarks/test_polnear_eval.py   (or run this file)
"""

import contextlib
import io
import json
import os
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_eval as pe  # noqa: E402


class SpanTests(unittest.TestCase):
    def test_norm_spans(self):
        self.assertEqual(pe.norm_spans([(5, 8), (0, 3), (2, 4), (8, 9), (7, 7)]), [(0, 4), (5, 9)])
        self.assertEqual(pe.norm_spans([]), [])

    def test_intersect_and_overlap(self):
        g = pe.norm_spans([(10, 20), (30, 40)])  # 20 positions
        self.assertEqual(pe.intersect_len(g, [(15, 35)]), 10)
        self.assertEqual(pe.intersect_len(g, [(0, 10)]), 0)
        self.assertEqual(pe.intersect_len(g, [(0, 100)]), 20)
        self.assertAlmostEqual(pe.gold_overlap(g, [(15, 35)]), 0.5)
        self.assertAlmostEqual(pe.gold_overlap(g, [(20, 30)]), 0.0)  # the gap only
        self.assertEqual(pe.gold_overlap([], [(0, 5)]), 0.0)
        self.assertTrue(pe.overlaps([(3, 5)], [(4, 9)]))
        self.assertFalse(pe.overlaps([(3, 5)], [(5, 9)]))  # end exclusive
        self.assertFalse(pe.overlaps(None, [(0, 1)]))


class MatchTests(unittest.TestCase):
    def test_best_overlap_wins(self):
        golds = [[(0, 10)]]
        preds = [[(0, 4)], [(0, 9)], [(2, 10)]]
        self.assertEqual(pe.greedy_match(golds, preds, 0.3), [(1, 0.9)])

    def test_tie_goes_to_earliest(self):
        golds = [[(0, 10)]]
        preds = [[(0, 6)], [(4, 10)]]
        self.assertEqual(pe.greedy_match(golds, preds, 0.3), [(0, 0.6)])

    def test_threshold_is_strict(self):
        golds = [[(0, 10)]]
        self.assertEqual(pe.greedy_match(golds, [[(0, 3)]], 0.3), [None])
        self.assertEqual(pe.greedy_match(golds, [[(0, 4)]], 0.3), [(0, 0.4)])
        self.assertEqual(pe.greedy_match(golds, [[(0, 8)]], 0.8), [None])

    def test_one_to_one_greedy_in_gold_order(self):
        # first gold takes the only good prediction; the second gold cannot reuse it
        golds = [[(0, 10)], [(5, 12)]]
        preds = [[(0, 12)]]
        self.assertEqual(pe.greedy_match(golds, preds, 0.3), [(0, 1.0), None])
        # with two predictions, each gold gets one
        preds = [[(0, 10)], [(5, 12)]]
        self.assertEqual(pe.greedy_match(golds, preds, 0.3), [(0, 1.0), (1, 1.0)])

    def test_discontinuous_gold(self):
        golds = [pe.norm_spans([(0, 10), (20, 30)])]
        preds = [[(0, 30)], [(0, 10)]]
        # prediction covering both fragments (and the gap) has overlap 1.0
        self.assertEqual(pe.greedy_match(golds, preds, 0.8), [(0, 1.0)])
        # one fragment only: 0.5
        self.assertEqual(pe.greedy_match(golds, [[(0, 10)]], 0.8), [None])
        self.assertEqual(pe.greedy_match(golds, [[(0, 10)]], 0.3), [(0, 0.5)])

    def test_empty_prediction_never_matches(self):
        self.assertEqual(pe.greedy_match([[(0, 5)]], [[]], 0.0), [None])


class OffsetTests(unittest.TestCase):
    TEXT = "A\u00e9 \u201cz\u201d \U0001F600 \u4e2dx"  # 1,2,3,4-byte characters

    def test_byte_to_cp(self):
        data = self.TEXT.encode("utf-8")
        m = pe.byte_to_cp_map(data)
        self.assertEqual(len(m), len(data) + 1)
        c2b = pe.cp_to_byte_map(self.TEXT)
        self.assertEqual(len(c2b), len(self.TEXT) + 1)
        for cp, b in enumerate(c2b):
            self.assertEqual(m[b], cp)
        # substrings agree in both representations
        for sub in ("\u00e9", "\u201cz\u201d", "\U0001F600", "\u4e2dx"):
            cb = self.TEXT.index(sub)
            bb = data.index(sub.encode("utf-8"))
            self.assertEqual(m[bb], cb)
            self.assertEqual(m[bb + len(sub.encode("utf-8"))], cb + len(sub))
        # an offset inside a multi-byte character rounds up to the next character
        emoji_b = data.index("\U0001F600".encode("utf-8"))
        emoji_c = self.TEXT.index("\U0001F600")
        self.assertEqual(m[emoji_b + 2], emoji_c + 1)

    def test_doc_b2c_clamps_and_rejects(self):
        data = self.TEXT.encode("utf-8")
        d = pe.Doc("x", "x.txt", "x.ann", data, self.TEXT, [], [])
        self.assertEqual(d.b2c(-5), 0)
        self.assertEqual(d.b2c(10 ** 6), len(self.TEXT))
        self.assertIsNone(d.b2c(None))
        self.assertIsNone(d.b2c("3"))

    def test_prediction_conversion_parts_and_fallback(self):
        text = "\u00c9l said: \u201cok\u201d and \u201cyes\u201d."
        data = text.encode("utf-8")
        d = pe.Doc("x", "x.txt", "x.ann", data, text, [], [])
        b_ok, b_yes = data.index("\u201cok".encode()), data.index("\u201cyes".encode())
        e_ok = b_ok + len("\u201cok\u201d".encode())
        e_yes = b_yes + len("\u201cyes\u201d".encode())
        obj = {"attributions": [
            {"type": "direct", "pattern": "p1",
             "content": {"begin": b_ok, "end": e_yes, "parts": [{"begin": b_ok, "end": e_ok},
                                                                {"begin": b_yes, "end": e_yes}]},
             "speaker": {"begin": 0, "end": 3}, "cue": None},
            {"type": "indirect", "content": {"begin": 0, "end": 3}, "speaker": None},
        ]}
        preds = pe.preds_from_json(d, obj)
        self.assertEqual(len(preds), 2)
        p0 = preds[0]  # sorted by start: the second one (begin 0) comes first
        self.assertEqual(p0.content, [(0, 2)])
        self.assertEqual(p0.pattern, "(none)")
        p1 = preds[1]
        c_ok, c_yes = text.index("\u201cok"), text.index("\u201cyes")
        self.assertEqual(p1.content, [(c_ok, c_ok + 4), (c_yes, c_yes + 5)])
        self.assertEqual(p1.speaker, [(0, 2)])
        self.assertIsNone(p1.cue)


INVENTED_TEXT = ("Zo\u00eb Quill's pl\u00e4n \u2014 a headline\n\n"
                 "\u201cThe bridge will open in May,\u201d Zo\u00eb Quill said on Tuesday. "
                 "Officials believe that the budget is fine, according to a memo. "
                 "\u201cWe are ready,\u201d she added, \u201cand so is the town.\u201d\n")


def _off(text, sub, start=0):
    i = text.index(sub, start)
    return i, i + len(sub)


def invented_ann(text):
    q1 = _off(text, "\u201cThe bridge will open in May,\u201d")
    src1 = _off(text, "Zo\u00eb Quill", q1[1])
    cue1 = _off(text, "said", q1[1])
    c2 = _off(text, "that the budget is fine")
    cue2 = _off(text, "according to")
    src2 = _off(text, "a memo")
    q3a = _off(text, "\u201cWe are ready,\u201d")
    q3b = _off(text, "\u201cand so is the town.\u201d")
    src3 = _off(text, "she")
    cue3 = _off(text, "added")
    cue4 = _off(text, "believe")
    lines = [
        f"T1\tContent {q1[0]} {q1[1]}\t{text[q1[0]:q1[1]]}",
        f"T2\tSource {src1[0]} {src1[1]}\t{text[src1[0]:src1[1]]}",
        f"T3\tCue {cue1[0]} {cue1[1]}\tsaid",
        f"T4\tAttribution {cue1[0]} {cue1[1]}\tsaid",
        f"E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        f"T5\tContent {c2[0]} {c2[1]}\tthat the budget is fine",
        f"T6\tCue {cue2[0]} {cue2[1]}\taccording to",
        f"T7\tSource {src2[0]} {src2[1]}\ta memo",
        f"T8\tAttribution {cue2[0]} {cue2[1]}\taccording to",
        f"E2\tAttribution:T8 Cue:T6 Source:T7 Content:T5",
        f"T9\tContent {q3a[0]} {q3a[1]};{q3b[0]} {q3b[1]}\tsome text",
        "which continues on a second line",
        f"T10\tSource {src3[0]} {src3[1]}\tshe",
        f"T11\tCue {cue3[0]} {cue3[1]}\tadded",
        f"T12\tAttribution {cue3[0]} {cue3[1]}\tadded",
        f"E3\tAttribution:T12 Content:T9 Cue:T11 Source:T10",
        f"T13\tCue {cue4[0]} {cue4[1]}\tbelieve",
        f"T14\tAttribution-no-source {cue4[0]} {cue4[1]}\tbelieve",
        f"E4\tAttribution-no-source:T14 Cue:T13",  # no content: skipped
        "#1\tAnnotatorNotes T1\tinvented note",
        f"T15\tDiscard 0 4\tZo\u00eb ",
    ]
    return "\n".join(lines) + "\n", dict(q1=q1, src1=src1, cue1=cue1, c2=c2, q3a=q3a, q3b=q3b, src3=src3)


class AnnTests(unittest.TestCase):
    def test_parse_ann(self):
        ann, o = invented_ann(INVENTED_TEXT)
        golds, discards, skipped = pe.parse_ann(ann.split("\n"))
        self.assertEqual(skipped, 1)
        self.assertEqual(len(golds), 3)
        self.assertEqual([g.eid for g in golds], ["E1", "E2", "E3"])
        self.assertEqual(golds[0].content, [o["q1"]])
        self.assertEqual(golds[0].source, [o["src1"]])
        self.assertEqual(golds[0].cue, [o["cue1"]])
        self.assertEqual(golds[2].content, [o["q3a"], o["q3b"]])
        self.assertEqual(discards, [(0, 4)])
        no_src = "T1\tContent 5 9\tx\nT2\tCue 0 4\tx\nT3\tAttribution-no-source 0 4\tx\n" \
                 "E1\tAttribution-no-source:T3 Content:T1 Cue:T2\n"
        g, _, _ = pe.parse_ann(no_src.split("\n"))
        self.assertIsNone(g[0].source)
        self.assertEqual(g[0].trigger, "Attribution-no-source")

    def test_content2_is_merged(self):
        ann = ("T1\tContent 0 5\ta\nT2\tContent 10 12\tb\nT3\tCue 6 9\tc\nT4\tAttribution 6 9\tc\n"
               "E1\tAttribution:T4 Content:T1 Cue:T3 Content2:T2\n")
        g, _, _ = pe.parse_ann(ann.split("\n"))
        self.assertEqual(g[0].content, [(0, 5), (10, 12)])


FAKE_QUOTH = textwrap.dedent(r'''
    #!{python}
    import json, sys
    files = sys.argv[sys.argv.index("--jsonl") + 1:]
    with open({log!r}, "a") as log:
        log.write(str(len(files)) + "\n")
    for f in files:
        if "bbb" in f:
            print("error: " + f + ": invalid UTF-8", file=sys.stderr)
            continue
        data = open(f, "rb").read()
        def span(s, start=0):
            b = data.index(s.encode("utf-8"), start)
            return {{"text": s, "begin": b, "end": b + len(s.encode("utf-8"))}}
        q = span("\u201cThe bridge will open in May,\u201d")
        atts = [
            {{"type": "direct", "pattern": "quote-said", "content": q,
              "speaker": span("Zo\u00eb Quill", q["end"]), "cue": span("said")}},
            {{"type": "indirect", "pattern": "np-believe", "content": span("the budget is fine"),
              "speaker": span("Officials"), "cue": span("believe")}},
            {{"type": "direct", "pattern": "bogus", "content": span("a headline"),
              "speaker": None, "cue": None}},
        ]
        print(json.dumps({{"file": f, "attributions": atts, "quotations": [], "speakers": []}}))
''').lstrip()


class EndToEndTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        root = self.tmp.name
        self.data = os.path.join(root, "corpus")
        for sub in ("dev/text", "dev/attributions"):
            os.makedirs(os.path.join(self.data, sub))
        ann, _ = invented_ann(INVENTED_TEXT)
        # three invented articles; "bbb" gets no quoth output, "ccc" has two annotators
        for name in ("aaa_2000-01-01_x", "bbb_2000-01-02_y", "ccc_2000-01-03_z"):
            with open(os.path.join(self.data, "dev/text", name + ".txt"), "w", encoding="utf-8") as f:
                f.write(INVENTED_TEXT)
            with open(os.path.join(self.data, "dev/attributions", name + "_a1.ann"), "w", encoding="utf-8") as f:
                f.write(ann)
        # another annotator of ccc (alphabetically first) with an extra relation: must be
        # ignored because metadata lists a1 first
        extra = ann + "T99\tContent 0 10\tx\nT98\tCue 11 13\tx\nT97\tAttribution 11 13\tx\n" \
                      "E99\tAttribution:T97 Content:T99 Cue:T98\n"
        with open(os.path.join(self.data, "dev/attributions", "ccc_2000-01-03_z_a0.ann"), "w",
                  encoding="utf-8") as f:
            f.write(extra)
        with open(os.path.join(self.data, "metadata.tsv"), "w", encoding="utf-8") as f:
            f.write("compartment\tfilename\tannotators\n")
            f.write("dev\tccc_2000-01-03_z\ta1|a0\n")
        self.log = os.path.join(root, "calls.log")
        self.quoth = os.path.join(root, "fake_quoth")
        with open(self.quoth, "w", encoding="utf-8") as f:
            f.write(FAKE_QUOTH.format(python=sys.executable, log=self.log))
        os.chmod(self.quoth, 0o755)

    def tearDown(self):
        self.tmp.cleanup()

    def run_main(self, *args):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = pe.main(["--data", self.data, *args])
        return rc, out.getvalue(), err.getvalue()

    def test_missing_corpus_skips(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = pe.main(["--data", os.path.join(self.tmp.name, "nowhere")])
        self.assertEqual(rc, 0)
        self.assertIn("PolNeAR not found at", out.getvalue())
        self.assertIn("skipping", out.getvalue())

    def test_fake_from_gold_is_perfect(self):
        rc, out, _ = self.run_main("--fake-from-gold", "--json")
        self.assertEqual(rc, 0)
        s = json.loads(out)
        self.assertEqual(s["articles"], 3)
        self.assertEqual(s["gold"], 9)
        self.assertEqual(s["gold_events_without_content_skipped"], 3)
        for t in ("0.3", "0.8"):
            r = s["thresholds"][t]
            self.assertEqual((r["precision"], r["recall"], r["f1"]), (1.0, 1.0, 1.0))
            self.assertEqual((r["speaker_acc"], r["cue_acc"]), (1.0, 1.0))

    def test_fake_quoth_batches_and_scores(self):
        rc, out, err = self.run_main("--quoth", self.quoth, "--json", "--batch-size", "2",
                                     "--threshold", "0.9", "--show", "2")
        self.assertEqual(rc, 0, err)
        with open(self.log) as f:
            self.assertEqual([int(x) for x in f.read().split()], [2, 1])  # batched
        s = json.loads(out)
        self.assertEqual(s["docs_without_output"], 1)
        self.assertEqual(s["quoth"]["stderr_lines"], 1)
        self.assertEqual(s["pred"], 6)  # 3 per article with output
        self.assertEqual(s["gold"], 9)
        # per article with output: quote matched (1.0), "the budget is fine" vs gold
        # "that the budget is fine" (18/23 = 0.78) matched at 0.3 only, headline = false alarm
        r3, r8, r9 = (s["thresholds"][k] for k in ("0.3", "0.8", "0.9"))
        self.assertEqual(r3["matched"], 4)
        self.assertEqual(r8["matched"], 2)
        self.assertEqual(r9["matched"], 2)
        self.assertAlmostEqual(r3["precision"], 4 / 6)
        self.assertAlmostEqual(r3["recall"], 4 / 9)
        # speaker: quote -> overlaps gold source; budget -> "Officials" vs gold "a memo": wrong
        self.assertAlmostEqual(r3["speaker_acc"], 0.5)
        self.assertAlmostEqual(r8["speaker_acc"], 1.0)
        # cue: "said" ok, "believe" vs gold "according to": wrong
        self.assertAlmostEqual(r3["cue_acc"], 0.5)
        pat = s["patterns"]
        self.assertEqual(pat["quote-said"]["matched@0.8"], 2)
        self.assertEqual(pat["np-believe"]["matched@0.3"], 2)
        self.assertEqual(pat["np-believe"]["false_alarms@0.8"], 2)
        self.assertEqual(pat["bogus"]["false_alarms@0.3"], 2)
        self.assertEqual(s["false_alarms_overlapping_discard"]["0.3"], 0)
        prim = s["miss_classes"]["primary"]
        # misses @0.3: bbb's three golds + the discontinuous quote of aaa and ccc
        self.assertEqual(prim["direct"]["missed@0.3"], 4)
        self.assertEqual(prim["that-clause"]["missed@0.3"], 1)
        self.assertEqual(prim["that-clause"]["missed@0.8"], 3)
        # --show goes to stderr in --json mode and marks spans
        self.assertIn("misses @0.9", err)
        self.assertIn("[[", err)

    def test_table_output(self):
        rc, out, _ = self.run_main("--quoth", self.quoth, "--limit", "1")
        self.assertEqual(rc, 0)
        self.assertIn("threshold |", out)
        self.assertIn("speaker acc", out)
        self.assertIn("quote-said", out)


if __name__ == "__main__":
    unittest.main()
